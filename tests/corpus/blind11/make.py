#!/usr/bin/env python3
"""Blind set 11 (issue 11): Korean portals' and services' replies.

Written without reading the reader (src/), docs/reader.md or any other
corpus set's cases. Each case imitates a public notice or template named in
its `imitates` field; the emails are written here in our own sentences with
fictional URLs. Expected results were written from each email's meaning
before anything was run.

    python3 tests/corpus/blind11/make.py

is deterministic: fixed boundaries, fixed dates, XLSX zip entries
normalised (openpyxl 3.1.5).
"""
import base64
import io
import os
import quopri
import re
import sys
import zipfile
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# ---------------------------------------------------------------- items
# KCSC-240910-01 (naver, 14 items, the largest request)
NB1 = "https://blog.naver.com/fakebloger01/223551234501"
NB2 = "https://blog.naver.com/fakebloger01/223551234502"
NB3 = "https://blog.naver.com/%EA%B0%80%EC%A7%9C%EB%B8%94%EB%A1%9C%EA%B7%B8/223551234503"
NB3_RAW = "https://blog.naver.com/가짜블로그/223551234503"
NC1 = "https://cafe.naver.com/fakecafe77/10231"
NC2 = "https://cafe.naver.com/fakecafe77/10232"
NC3 = "https://cafe.naver.com/fakecafe77/10233"
NMOM = "https://cafe.naver.com/가상맘카페/5501"
NMOM_PCT = "https://cafe.naver.com/%EA%B0%80%EC%83%81%EB%A7%98%EC%B9%B4%ED%8E%98/5501"
NB11 = "https://blog.naver.com/fakebloger02/223560000011"
NB12 = "https://blog.naver.com/fakebloger02/223560000012"
KIN = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8020&docId=470001234"
POST = "https://post.naver.com/viewer/postView.naver?volumeNo=38001234&memberNo=51234567"
NTV = "https://tv.naver.com/v/61234567"
CHZ = "https://chzzk.naver.com/video/3123456"
BAND = "https://band.us/band/91234567/post/88"
NAVER_ALL = [NB1, NB2, NB3, NC1, NC2, NC3, NMOM, NB11, NB12, KIN, POST, NTV, CHZ, BAND]
# KCSC-240911-01 (kakao, 5)
KC1 = "https://cafe.daum.net/fakedaumcafe/Bx1A/312"
KC2 = "https://cafe.daum.net/fakedaumcafe/Bx1A/313"
T57 = "https://fakeblog-k.tistory.com/57"
TENT = "https://fakeblog-k.tistory.com/entry/%EA%B0%80%EC%A7%9C-%EC%A0%9C%EB%AA%A9"
TENT_RAW = "https://fakeblog-k.tistory.com/entry/가짜-제목"
KTV = "https://tv.kakao.com/v/448123456"
KAKAO_ALL = [KC1, KC2, T57, TENT, KTV]
# KCSC-240912-01 (dcinside, 4)
D1 = "https://gall.dcinside.com/board/view/?id=fakegall&no=2345671"
D2 = "https://gall.dcinside.com/board/view/?id=fakegall&no=2345672"
DM = "https://gall.dcinside.com/mgallery/board/view/?id=fakeminor&no=98765"
DMINI = "https://gall.dcinside.com/mini/board/view/?id=fakemini&no=4321"
DC_ALL = [D1, D2, DM, DMINI]
# KCSC-240913-01 (soop, 3)
S1 = "https://vod.sooplive.co.kr/player/134567890"
S2 = "https://vod.sooplive.co.kr/player/134567891"
SCH = "https://ch.sooplive.co.kr/fakebj01"
# KCSC-240916-01 (nate, 2)
P1 = "https://pann.nate.com/talk/372001234"
P2 = "https://pann.nate.com/talk/372001235"
# KCSC-240917-01 (naver, 1)
SOLO = "https://blog.naver.com/fakebloger03/223570000001"


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047 encoded-word subject (deterministic)."""
    return Header(s, "utf-8").encode()


def b64(s, charset="utf-8"):
    return base64.encodebytes(s.encode(charset)).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def pending(*urls):
    return {u: "pending" for u in urls}


def our_request(ref, date_ko, urls):
    lines = [
        f"수신: 귀사 정책담당자",
        f"제목: 불법정보에 대한 시정요구 ({ref})",
        "",
        f"1. 방송통신심의위원회는 {date_ko} 아래 정보에 대하여 심의·의결하였습니다.",
        "2. 정보통신망법 제44조의7에 따라 아래 게시물의 삭제 또는 접속차단을 요구하오니",
        "   조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"  {i}. {u}  (시정요구: 삭제)")
    lines += ["", "방송통신심의위원회 통신심의국"]
    return "\n".join(lines)


def xlsx_bytes(rows):
    import openpyxl
    import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "조치결과"
    for r in rows:
        ws.append(r)
    fixed = datetime.datetime(2024, 9, 13, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "NAVER"
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'now' on save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-09-13T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    return out.getvalue()


NAVER_FOOTER = """\
본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
네이버 운영정책: https://policy.naver.com/policy/service.html
네이버 주식회사 | 경기도 성남시 분당구 정자일로 95, NAVER 1784 | 대표이사 (가상)"""

KAKAO_FOOTER = """\
카카오 운영정책 https://www.kakao.com/policy/oppolicy
이 메일은 발신 전용이며 회신되지 않습니다. 문의: 카카오 고객센터 https://cs.kakao.com
(주)카카오 | 제주특별자치도 제주시 첨단로 242"""

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    nf = kw.get("name_from")
    if nf and not nf.isascii():
        kw["name_from"] = subj(nf)  # display names as RFC 2047 encoded-words
    CASES.append(kw)


# 1 ------------------------------------------------------------------ NAVER 공문
case(
    name="naver-gongmun-numbered-paragraphs",
    date="Thu, 12 Sep 2024 16:40:02 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책협력",
    subject=subj("[회신] 시정요구에 대한 조치결과 회신 (KCSC-240910-01)"),
    reply_to_req="req-240910-01",
    body=f"""\
수신: 방송통신심의위원회 (통신심의국장)
참조: 불법정보 시정요구 담당
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 관련: 방송통신심의위원회 시정요구 KCSC-240910-01 (2024. 9. 10.)

3. 위 호와 관련하여, 당사는 귀 위원회의 시정요구 대상 정보 중 아래 정보에
   대하여 다음과 같이 조치하였음을 회신합니다.

   가. 삭제
     - {NB1}
     - {NB2}
   나. 접속차단(국내)
     - {NC1}

4. 나머지 시정요구 대상 정보에 대하여는 조치가 완료되는 대로 별도 회신드리겠습니다.

붙임: 조치결과 캡처 1부.  끝.

네이버 주식회사 정책협력실
{NAVER_FOOTER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean corporate 공문 reply to a KCSC 시정요구 (수신/참조/제목, 1. 2. 3. paragraphs, 가. 나. sub-items, 붙임, 끝.) as portals send them",
    why="formal 공문: 가. 삭제 lists two blog posts, 나. 접속차단(국내) one cafe post; paragraph 4 promises a later reply for the rest, which stay pending",
    items={NB1: "removed", NB2: "removed", NC1: "restricted"},
)

# 2 ------------------------------------------------------------------ 임시조치 notice
case(
    name="naver-imsijochi-notice",
    date="Wed, 11 Sep 2024 11:05:44 +0900",
    **{"from": "inoti@naver.com"},
    name_from="네이버 게시중단요청서비스",
    subject=subj("[네이버] 요청하신 게시물에 대한 임시조치 결과 안내"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요, 네이버 게시중단요청서비스입니다.

방송통신심의위원회에서 요청하신 아래 게시물에 대하여 정보통신망 이용촉진 및
정보보호 등에 관한 법률 제44조의2에 따른 임시조치를 하였습니다.

■ 임시조치 대상 게시물
  · 카페: {NMOM}
  · 카페: {NC2}

■ 임시조치 기간: 2024.09.11 ~ 2024.10.10 (30일)
게시자가 임시조치 기간 내에 재게시를 요청하지 않는 경우 해당 게시물은 삭제될 수 있습니다.

접수번호: PS-20240911-008812
게시중단요청서비스 바로가기: https://inoti.naver.com/inoti/main.nhn

{NAVER_FOOTER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 (inoti.naver.com) 임시조치 notice: ■ headings, 30-day period, 재게시 요청 boilerplate",
    why="임시조치 under Art. 44-2 is a restriction; the raw Korean cafe path and another cafe post are restricted; the inoti link is not an item; 'may be deleted' later is no removal",
    items={NMOM: "restricted", NC2: "restricted"},
)

# 3 ------------------------------------------------------------------ rejected (customer centre)
case(
    name="naver-cs-no-violation-kin",
    date="Fri, 13 Sep 2024 10:12:30 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=subj("Re: [KCSC-240910-01] 지식iN 게시물 관련 문의 답변"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요. 네이버 고객센터입니다.

문의하신 지식iN 게시물을 담당 부서에서 검토하였습니다.

{KIN}

검토 결과, 위 게시물은 특정 의약품의 효능을 묻는 일반적인 질의로 확인되었으며
네이버 지식iN 운영원칙 및 관련 법령에 위반되는 내용을 찾지 못하여 별도의 조치 없이
게시를 유지하기로 하였습니다.

추가 자료가 있으시면 고객센터(https://help.naver.com/service/5625/)로 다시 문의해 주세요.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 답변 mail after review ('검토 결과 ... 위반되는 내용을 찾지 못하여 별도의 조치 없이 게시를 유지')",
    why="bare URL, then the decision below it: no violation found, kept online = rejected; help link is not an item",
    items={KIN: "rejected"},
)

# 4 ------------------------------------------------------------------ particles after URLs
case(
    name="naver-particles-after-urls",
    date="Fri, 13 Sep 2024 15:33:10 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject=subj("KCSC-240910-01 동영상 게시물 처리 결과"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

요청하신 동영상 게시물 두 건에 대한 처리 결과를 알려드립니다.

{CHZ}에 대해서는 운영정책 위반이 확인되어 동영상 삭제 조치를 완료하였습니다.
{NTV}은 확인 결과 이미 게시자가 직접 삭제하여 존재하지 않는 영상입니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER policy team prose reply; Korean particles (에 대해서는, 은) glued to URLs as Korean staff write them",
    why="URLs followed directly by Korean particles: chzzk video deleted = removed; tv video already deleted by its uploader = not_found",
    items={CHZ: "removed", NTV: "not_found"},
)

# 5 ------------------------------------------------------------------ HTML table, Korean headers
case(
    name="naver-html-table-korean-headers",
    date="Sat, 14 Sep 2024 09:20:00 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER",
    subject=subj("[NAVER] 시정요구 조치결과 (KCSC-240910-01) 2차"),
    reply_to_req="req-240910-01",
    type="html",
    body=f"""\
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240910-01) 대상 게시물 중 아래 건의 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>게시물 URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{POST}</td><td>삭제</td><td>2024.09.13 처리</td></tr>
<tr><td>2</td><td>{BAND}</td><td>블라인드</td><td>밴드 리더에게 통지</td></tr>
<tr><td>3</td><td>{NB11}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>4</td><td>{NB12}</td><td>조치 불가</td><td>위반사항 없음</td></tr>
</table>
<p>운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>네이버 주식회사 정책협력실</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="KCSC 시정요구 조치결과 table as portals return it (번호 | URL | 조치결과 | 비고), HTML-only mail",
    why="table rows: 삭제 = removed, 블라인드 = removed, 게시물 없음 (작성자 삭제) = not_found, 조치 불가 + 위반사항 없음 = rejected; policy link is not an item",
    items={POST: "removed", BAND: "removed", NB11: "not_found", NB12: "rejected"},
)

# 6 ------------------------------------------------------------------ EUC-KR CSV attachment
CSV6 = (
    "순번,URL,처리결과,처리일시\r\n"
    f"1,{NB1},삭제완료,2024-09-12 14:02\r\n"
    f"2,{NB2},삭제완료,2024-09-12 14:03\r\n"
    f"3,{NC3},임시조치(30일),2024-09-12 14:10\r\n"
    f"4,{NMOM_PCT},해당 게시물 없음(작성자 삭제),2024-09-12 14:11\r\n"
)
case(
    name="naver-csv-euckr-attachment",
    date="Thu, 12 Sep 2024 18:01:45 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER",
    subject=subj("KCSC-240910-01 조치결과 송부"),
    reply_to_req="req-240910-01",
    raw_mime=f"""\
Content-Type: multipart/mixed; boundary="----=_NaverMail_b11csv"

------=_NaverMail_b11csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요. 네이버입니다." + chr(10) + "시정요구(KCSC-240910-01)에 대한 처리 결과를 첨부 파일로 송부드립니다." + chr(10) + "확인 부탁드립니다." + chr(10))}
------=_NaverMail_b11csv
Content-Type: text/csv; charset=euc-kr; name="=?utf-8?b?{base64.b64encode('조치결과.csv'.encode()).decode()}?="
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(CSV6, "euc-kr")}
------=_NaverMail_b11csv--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal result spreadsheet exported as EUC-KR CSV (Excel Korean default) with headers 순번,URL,처리결과,처리일시",
    why="statuses only in an EUC-KR CSV attachment: 삭제완료 x2 = removed, 임시조치 = restricted, 해당 게시물 없음(작성자 삭제) = not_found (percent-encoded form of an item stored with a raw Korean path)",
    items={NB1: "removed", NB2: "removed", NC3: "restricted", NMOM: "not_found"},
)

# 7 ------------------------------------------------------------------ XLSX attachment
XLSX7 = xlsx_bytes([
    ["번호", "요청 URL", "조치 내용", "조치 일자"],
    [1, KIN, "삭제", "2024-09-13"],
    [2, POST, "비공개 처리", "2024-09-13"],
    [3, NTV, "게시물 없음", "2024-09-13"],
    [4, CHZ, "19세 연령제한 설정", "2024-09-13"],
])
case(
    name="naver-xlsx-attachment-korean-headers",
    date="Fri, 13 Sep 2024 17:45:00 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER",
    subject=subj("[회신] KCSC-240910-01 조치 결과"),
    reply_to_req="req-240910-01",
    raw_mime=f"""\
Content-Type: multipart/mixed; boundary="b11-xlsx-boundary"

--b11-xlsx-boundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
요청하신 건의 조치 결과는 붙임 파일을 참고해 주시기 바랍니다.

붙임: 조치결과_KCSC-240910-01.xlsx 1부.  끝.

--b11-xlsx-boundary
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="result_KCSC-240910-01.xlsx"
Content-Disposition: attachment; filename="result_KCSC-240910-01.xlsx"
Content-Transfer-Encoding: base64

{base64.encodebytes(XLSX7).decode("ascii").rstrip(chr(10))}
--b11-xlsx-boundary--
""",
    outcome="applied",
    classification="confirmation",
    imitates="result spreadsheet (번호 | 요청 URL | 조치 내용 | 조치 일자) attached to a short 붙임 cover mail",
    why="XLSX only: 삭제 = removed, 비공개 처리 = removed, 게시물 없음 = not_found, 19세 연령제한 = restricted",
    items={KIN: "removed", POST: "removed", NTV: "not_found", CHZ: "restricted"},
)

# 8 ------------------------------------------------------------------ status below bare URL
case(
    name="naver-status-line-below-url",
    date="Sat, 14 Sep 2024 13:02:19 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=subj("[네이버 고객센터] 신고하신 게시물 처리 결과 안내"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요. 네이버 고객센터입니다.
신고해 주신 게시물의 처리 결과를 안내드립니다.

{NB3_RAW}
해당 게시글은 운영정책에 따라 비공개 처리되었습니다.

{NC3}
청소년 유해 게시글로 확인되어 카페 매니저에게 통보 후 삭제하였습니다.

{NB12}
확인 결과 존재하지 않는 게시물입니다.

깨끗한 네이버를 만들기 위한 신고에 감사드립니다.
네이버 고객센터 드림

{NAVER_FOOTER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 신고 처리 결과 mail: bare URL line, result sentence below it",
    why="status on the line below each bare URL: 비공개 처리 = removed (raw Korean blog id matches the percent-encoded item), 삭제 = removed, 존재하지 않는 게시물 = not_found",
    items={NB3: "removed", NC3: "removed", NB12: "not_found"},
)

# 9 ------------------------------------------------------------------ top-posted over quoted request
case(
    name="naver-top-posted-over-quoted-request",
    date="Sun, 15 Sep 2024 20:14:51 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책협력",
    subject=subj("RE: 불법정보에 대한 시정요구 (KCSC-240910-01)"),
    reply_to_req="req-240910-01",
    body=f"""\
담당자님 안녕하세요.

아래 시정요구 건 중 {BAND} 게시물은 밴드에서 삭제 처리하였습니다.
나머지 건은 순차적으로 회신드리겠습니다.

네이버 정책협력실 드림

2024년 9월 10일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quote(our_request("KCSC-240910-01", "2024. 9. 10.", NAVER_ALL))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style Korean top-posted reply ('…님이 작성:' attribution) over the quoted 시정요구 with all 14 URLs and 삭제 wording",
    why="only the band post is stated deleted in the sender's own words; the quoted request lists every item with (시정요구: 삭제) and must not count",
    items={BAND: "removed"},
)

# 10 ----------------------------------------------------------------- bilingual base64
case(
    name="naver-bilingual-base64",
    date="Thu, 12 Sep 2024 09:41:03 +0900",
    **{"from": "legal@navercorp.com"},
    name_from="NAVER Legal",
    subject="Re: KCSC-240910-01 / Result of removal request",
    reply_to_req="req-240910-01",
    raw_mime=f"""\
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Dear KCSC,

Thank you for your request (KCSC-240910-01). Please find the result below.
요청하신 건(KCSC-240910-01)의 처리 결과를 알려드립니다.

The following posts have been taken down / 아래 게시물은 삭제되었습니다:
- {NB2}
- {NC1}

The following post could not be found / 아래 게시물은 확인되지 않습니다:
- {NB11}

Best regards,
NAVER Legal Team / 네이버 법무실
''')}
""",
    outcome="applied",
    classification="confirmation",
    imitates="bilingual English/Korean legal-team reply as Korean portals send to foreign and domestic authorities, base64 transfer encoding",
    why="two headed bilingual lists: taken down / 삭제 = removed, could not be found = not_found",
    items={NB2: "removed", NC1: "removed", NB11: "not_found"},
)

# 11 ----------------------------------------------------------------- URL on the line below statement
case(
    name="naver-url-below-statement-age-restriction",
    date="Mon, 16 Sep 2024 11:11:11 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject=subj("[KCSC-240910-01] 동영상·블로그 게시물 조치 안내"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요, 네이버입니다.

다음 동영상은 청소년유해 정보로 판단되어 성인 인증 후에만 시청할 수 있도록 연령 제한 조치하였습니다.
{NTV}

다음 블로그 게시물은 운영정책 위반으로 삭제하였습니다.
{NB1}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER TV / blog policy notice in which the statement comes first and the URL sits on the next line",
    why="URL on the line below its statement: age-restricted (성인 인증 후 시청) = restricted; 삭제 = removed",
    items={NTV: "restricted", NB1: "removed"},
)

# 12 ----------------------------------------------------------------- multipart/alternative QP
ALT12_TXT = f"""\
안녕하세요. 네이버 카페 운영팀입니다.

요청하신 카페 게시글 2건을 확인하여 아래와 같이 처리하였습니다.

1) {NC1} : 삭제 완료
2) {NC2} : 삭제 완료

카페 운영정책 https://section.cafe.naver.com/ca-fe/cafe-policy
"""
ALT12_HTML = f"""\
<html><body><p>안녕하세요. 네이버 카페 운영팀입니다.</p>
<p>요청하신 카페 게시글 2건을 확인하여 아래와 같이 처리하였습니다.</p>
<ol><li><a href="{NC1}">{NC1}</a> : 삭제 완료</li>
<li><a href="{NC2}">{NC2}</a> : 삭제 완료</li></ol>
<p>카페 운영정책 <a href="https://section.cafe.naver.com/ca-fe/cafe-policy">바로가기</a></p></body></html>
"""
case(
    name="naver-cafe-alternative-qp",
    date="Fri, 13 Sep 2024 08:30:00 +0900",
    **{"from": "cafe_noreply@navercorp.com"},
    name_from="네이버 카페",
    subject=subj("[네이버 카페] 요청 게시글 처리 완료 안내 (KCSC-240910-01)"),
    reply_to_req="req-240910-01",
    raw_mime=f"""\
Content-Type: multipart/alternative; boundary="b11-alt-12"

--b11-alt-12
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(ALT12_TXT)}
--b11-alt-12
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(ALT12_HTML)}
--b11-alt-12--
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe operations mail, multipart/alternative in quoted-printable, numbered 'URL : 삭제 완료' lines",
    why="quoted-printable text and HTML parts say the same: two cafe posts 삭제 완료 = removed, no doubling or conflict",
    items={NC1: "removed", NC2: "removed"},
)

# 13 ----------------------------------------------------------------- hedged / future (review)
case(
    name="naver-under-review-future-tense",
    date="Wed, 11 Sep 2024 17:20:00 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책협력",
    subject=subj("Re: 불법정보에 대한 시정요구 (KCSC-240910-01)"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요, 네이버 정책협력실입니다.

시정요구하신 게시물 중 아래 건은 현재 법무 검토가 진행 중입니다.
검토가 끝나는 대로 삭제 여부를 결정하여 조치할 예정이며, 결과는 별도로 회신드리겠습니다.

- {NB11}
- {NB12}
- {KIN}

양해 부탁드립니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal holding reply: 법무 검토 진행 중, 조치할 예정 (future tense) for named URLs",
    why="names three requested items but states nothing done: under review and future tense; nothing may be applied, and a named-item statement must not be silently ignored",
    items=pending(NB11, NB12, KIN),
)

# 14 ----------------------------------------------------------------- asks more
case(
    name="naver-asks-resolution-copy",
    date="Thu, 12 Sep 2024 13:13:13 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책협력",
    subject=subj("[KCSC-240910-01] 심의 의결서 사본 요청"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요. 네이버 정책협력실입니다.

아래 게시물에 대하여 조치 여부를 판단하기 위해 다음 자료를 추가로 요청드립니다.

  {NB3_RAW}
  {BAND}

가. 해당 정보에 대한 심의 의결서 사본
나. 피해자(정보주체)의 신청서 또는 위임장

자료를 회신해 주시면 검토 후 처리 결과를 안내드리겠습니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Korean portal request for supporting documents (심의 의결서 사본, 위임장) before acting",
    why="the platform asks for documents before deciding; the two named items stay pending",
    items=pending(NB3, BAND),
)

# 15 ----------------------------------------------------------------- partly done
case(
    name="naver-partly-done-rest-later",
    date="Mon, 16 Sep 2024 16:02:00 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책협력",
    subject=subj("RE: [KCSC-240910-01] 조치 현황"),
    reply_to_req="req-240910-01",
    body=f"""\
담당자님께,

{NC3} 게시글은 9월 16일 삭제하였습니다.
{NC1}, {NC2} 두 건은 카페 매니저 소명 절차가 진행 중이어서 소명 기간이 끝난 뒤 조치할 계획입니다.

네이버 정책협력실
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal status update mixing one completed deletion with a planned action after the cafe manager's 소명 (explanation) period",
    why="one unhedged deletion = removed; the two others are only planned (조치할 계획) and stay pending",
    items={NC3: "removed", **pending(NC1, NC2)},
)

# 16 ----------------------------------------------------------------- DMARC fail
case(
    name="naver-dmarc-fail-perfect-confirmation",
    date="Fri, 13 Sep 2024 02:10:00 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER",
    auth="fail",
    subject=subj("[회신] KCSC-240910-01 조치 완료"),
    reply_to_req="req-240910-01",
    body=f"""\
방송통신심의위원회 귀중

시정요구(KCSC-240910-01) 대상 정보에 대하여 아래와 같이 삭제 조치하였습니다.

1. {NB1} - 삭제
2. {NB2} - 삭제
3. {NTV} - 삭제

네이버 주식회사
""",
    outcome="review",
    review="untrusted",
    imitates="the same per-line 공문 reply as the real ones, but the topmost Authentication-Results says dmarc=fail",
    why="a perfect confirmation that fails DMARC must go to review as untrusted, nothing applied",
    items=pending(NB1, NB2, NTV),
)

# 17 ----------------------------------------------------------------- look-alike domain
case(
    name="naver-lookalike-domain-unknown-sender",
    date="Fri, 13 Sep 2024 03:44:00 +0900",
    **{"from": "report@naver-corp.com"},
    name_from="NAVER 정책협력",
    subject=subj("[NAVER] KCSC-240910-01 처리 결과"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요. 네이버입니다.

아래 게시물은 모두 영구 삭제 처리되었습니다.
{NB11}
{NB12}
{CHZ}

추가 요청은 이 메일로 회신해 주세요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="spoof attempt: a look-alike domain (naver-corp.com) that passes DMARC for itself and copies a portal's result mail",
    why="authenticated but the domain is no platform's; it names our request and items, so it must be seen (unknown_sender), nothing applied",
    items=pending(NB11, NB12, CHZ),
)

# 18 ----------------------------------------------------------------- bulk
case(
    name="naver-bulk-all-deleted",
    date="Tue, 17 Sep 2024 10:30:00 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책협력",
    subject=subj("[회신] KCSC-240910-01 전체 조치 완료"),
    reply_to_req="req-240910-01",
    body="""\
방송통신심의위원회 담당자님,

2024. 9. 10.자 시정요구(KCSC-240910-01) 대상 게시물 14건 전체에 대하여 삭제 조치를 완료하였습니다.

네이버 정책협력실 드림
""",
    outcome="review",
    review="bulk",
    imitates="Korean bulk completion line (… 14건 전체에 대하여 삭제 조치를 완료) without an item list",
    why="a count and 'all' instead of an item list: bulk_confirmations = review, nothing applied",
    items={},
)

# 19 ----------------------------------------------------------------- negated removal with reason
case(
    name="naver-negated-removal-with-reason",
    date="Tue, 17 Sep 2024 14:25:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject=subj("KCSC-240910-01 블로그 게시물 검토 결과"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

요청하신 블로그 게시물 {NB3_RAW} 은(는) 삭제하지 않았습니다.
해당 글은 공인의 공적 활동에 대한 의견 표명으로서 명예훼손이나 불법정보에 해당한다고 보기 어렵다고 판단하였습니다.

이의가 있으시면 회신 주시기 바랍니다.
네이버 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal decision mail declining removal with a reason (공인의 공적 활동에 대한 의견 표명)",
    why="a negated removal together with a reason is a rejection, not silence; raw Korean blog id matches the percent-encoded item",
    items={NB3: "rejected"},
)

# 20 ----------------------------------------------------------------- echoed report
case(
    name="naver-reported-content-echoed-report",
    date="Sat, 14 Sep 2024 18:18:18 +0900",
    **{"from": "inoti@naver.com"},
    name_from="네이버 게시중단요청서비스",
    subject=subj("[네이버] 신고 처리 완료 안내"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요. 네이버 게시중단요청서비스입니다.

신고하신 게시물에 대하여 임시조치를 완료하였습니다.
임시조치된 게시물은 30일간 게시가 중단되며, 해당 기간 동안 외부에 노출되지 않습니다.

--------------------------------------------------
[신고 내용]
접수번호 : PS-20240913-011204
신고자   : 방송통신심의위원회
신고 사유: 개인정보 침해
신고 게시물:
  {NB11}
  {POST}
--------------------------------------------------

게시중단 관련 안내: https://inoti.naver.com/inoti/main.nhn
{NAVER_FOOTER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER inoti '신고 처리 완료' notice: statement about '신고하신 게시물' followed by the echoed report block listing the URLs",
    why="the statement about the reported content (임시조치 = restricted) covers the URLs listed in the echoed report below it; the inoti link is not an item",
    items={NB11: "restricted", POST: "restricted"},
)

# 21 ----------------------------------------------------------------- Outlook original message
case(
    name="naver-outlook-original-message-quote",
    date="Sun, 15 Sep 2024 09:05:00 +0900",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책협력",
    subject=subj("RE: 불법정보에 대한 시정요구 (KCSC-240910-01)"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하십니까, 네이버 정책협력실입니다.

요청하신 게시물 중 아래 2건은 삭제 완료하였습니다.

  - {KIN}
  - {NB3_RAW}

감사합니다.

-----Original Message-----
From: "방송통신심의위원회" <takedown@kcsc.example>
To: <kcsc-reply@navercorp.com>
Sent: 2024-09-10 (화) 10:00:00
Subject: 불법정보에 대한 시정요구 (KCSC-240910-01)

{our_request("KCSC-240910-01", "2024. 9. 10.", NAVER_ALL)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook/Naver Works reply with a '-----Original Message-----' block carrying our whole request (not '>'-prefixed)",
    why="only the two URLs above the Original Message block are stated deleted; the quoted request (삭제 요구 on every URL) does not count",
    items={KIN: "removed", NB3: "removed"},
)

# 22 ----------------------------------------------------------------- hedge in relative clause
case(
    name="naver-relative-clause-hedge",
    date="Mon, 16 Sep 2024 19:40:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject=subj("KCSC-240910-01 관련 추가 조치 안내"),
    reply_to_req="req-240910-01",
    body=f"""\
안녕하세요, 네이버입니다.

신고 접수 이후 작성자가 일부 내용을 수정한 것으로 보이는 게시물 {NB12} 는
9월 16일 운영정책 위반으로 삭제 조치되었습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal follow-up whose main clause reports a deletion, with a hedged relative clause ('…수정한 것으로 보이는') about the post's past",
    why="the hedge (것으로 보이는) qualifies the post's history, not the main clause 삭제 조치되었습니다 = removed",
    items={NB12: "removed"},
)

# 23 ----------------------------------------------------------------- single URL + one sentence (solo request)
case(
    name="naver-solo-url-one-sentence",
    date="Wed, 18 Sep 2024 10:01:00 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=subj("Re: [KCSC-240917-01] 시정요구"),
    reply_to_req="req-240917-01",
    body=f"""\
{SOLO} 게시물은 금일 삭제 처리되었습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="one-line customer-centre answer: a URL and one sentence",
    why="a notice that is only a URL and one sentence: 삭제 처리되었습니다 = removed",
    items={SOLO: "removed"},
)

# 24 ----------------------------------------------------------------- naver OOO (ignored)
case(
    name="naver-out-of-office-korean",
    date="Tue, 17 Sep 2024 10:00:05 +0900",
    **{"from": "jiwoo.kim@navercorp.com"},
    name_from="김지우",
    subject=subj("[자동회신] 불법정보에 대한 시정요구 (KCSC-240917-01)"),
    reply_to_req="req-240917-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""\
안녕하세요. 김지우입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)에 복귀하여 확인 후 회신드리겠습니다.
급한 용무는 정책협력실 대표 메일(kcsc-reply@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean Outlook out-of-office auto-reply ([자동회신], 추석 연휴 부재중)",
    why="out-of-office auto-reply referencing the request: nothing about items, ignored",
    items={},
)

# ================================================================ KAKAO
# 25 ----------------------------------------------------------------- Daum cafe blind
case(
    name="kakao-daum-cafe-blind",
    date="Thu, 12 Sep 2024 10:40:00 +0900",
    **{"from": "cleancenter@kakaocorp.com"},
    name_from="Daum 클린센터",
    subject=subj("[Daum 카페] 신고 게시물 처리 결과 안내 (KCSC-240911-01)"),
    reply_to_req="req-240911-01",
    body=f"""\
안녕하세요. Daum 클린센터입니다.

신고가 접수되어 살펴본 결과, 아래 카페 게시글이 카페 운영정책 중
'음란물 게시 및 유통 금지' 항목에 위배되어 블라인드 처리하였습니다.

  - {KC1}
  - {KC2}

블라인드 처리된 게시글은 카페 회원을 포함한 모든 이용자에게 노출되지 않으며,
게시자는 30일 이내에 고객센터를 통해 소명할 수 있습니다.

{KAKAO_FOOTER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 클린센터 blind notice ('신고가 접수되어 살펴본 결과 … 블라인드 처리하였습니다', 30-day 소명 boilerplate)",
    why="블라인드 = removed for both cafe posts; policy and help links are not items; the 소명 possibility does not hedge the action",
    items={KC1: "removed", KC2: "removed"},
)

# 26 ----------------------------------------------------------------- tistory raw Korean slug, full-width punctuation
case(
    name="kakao-tistory-raw-slug-fullwidth",
    date="Fri, 13 Sep 2024 14:14:00 +0900",
    **{"from": "noreply@tistory.com"},
    name_from="티스토리",
    subject=subj("[티스토리] 요청하신 게시글에 대한 조치 결과"),
    reply_to_req="req-240911-01",
    body=f"""\
안녕하세요, 티스토리 운영팀입니다.

방송통신심의위원회의 시정요구(KCSC-240911-01)에 따라 다음과 같이 처리하였습니다.

• 게시글（{TENT_RAW}）：게시중단 처리
• 게시글 <{T57}>：삭제

티스토리 운영정책: https://www.tistory.com/policy
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory operations mail (Kakao) with bullet lines, full-width parentheses and colon around URLs",
    why="raw Korean entry slug inside full-width parentheses matches the percent-encoded item (게시중단 = removed, the issue's removal form); URL in angle brackets 삭제 = removed",
    items={TENT: "removed", T57: "removed"},
)

# 27 ----------------------------------------------------------------- Kakao TV rejected
case(
    name="kakao-tv-kept-no-violation",
    date="Fri, 13 Sep 2024 19:00:00 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    subject=subj("Re: [KCSC-240911-01] 카카오TV 영상 검토 결과"),
    reply_to_req="req-240911-01",
    body=f"""\
안녕하세요. 카카오 정책팀입니다.

요청하신 카카오TV 영상({KTV})을 검토하였습니다.
해당 영상은 의료 교육 목적의 콘텐츠로, 카카오 운영정책상 음란물에 해당하지 않아 게시를 유지합니다.

{KAKAO_FOOTER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao policy-team review decision ('운영정책상 … 해당하지 않아 게시를 유지합니다')",
    why="URL in parentheses, kept online because it breaks no rule = rejected",
    items={KTV: "rejected"},
)

# 28 ----------------------------------------------------------------- Kakao mixed incl. not found, multipart alt
K28_TXT = f"""\
[카카오] 시정요구 조치결과 회신

요청번호: KCSC-240911-01

{KC1}
 -> 삭제 완료

{T57}
 -> 존재하지 않는 페이지입니다 (블로그 운영자가 글을 삭제)

{KTV}
 -> 접근 제한 (국내)
"""
K28_HTML = f"""\
<html><body><h3>[카카오] 시정요구 조치결과 회신</h3><p>요청번호: KCSC-240911-01</p>
<table border="1"><tr><th>URL</th><th>결과</th></tr>
<tr><td>{KC1}</td><td>삭제 완료</td></tr>
<tr><td>{T57}</td><td>존재하지 않는 페이지입니다 (블로그 운영자가 글을 삭제)</td></tr>
<tr><td>{KTV}</td><td>접근 제한 (국내)</td></tr></table></body></html>
"""
case(
    name="kakao-alternative-mixed-statuses",
    date="Sun, 15 Sep 2024 11:30:00 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    subject=subj("[카카오] 시정요구 조치결과 회신 (KCSC-240911-01)"),
    reply_to_req="req-240911-01",
    raw_mime=f"""\
Content-Type: multipart/alternative; boundary="b11-kakao-28"

--b11-kakao-28
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(K28_TXT)}
--b11-kakao-28
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(K28_HTML)}
--b11-kakao-28--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 조치결과 mail as multipart/alternative (status line under each URL in text, URL | 결과 table in HTML), base64",
    why="삭제 완료 = removed, 존재하지 않는 페이지 (운영자가 삭제) = not_found, 접근 제한 (국내) = restricted; both parts agree",
    items={KC1: "removed", T57: "not_found", KTV: "restricted"},
)

# 28b ---------------------------------------------------------------- statement after the list ("위 게시물")
case(
    name="kakao-statement-after-list",
    date="Tue, 17 Sep 2024 09:15:00 +0900",
    **{"from": "cleancenter@daum.net"},
    name_from="Daum 고객센터",
    subject=subj("Re: 불법정보에 대한 시정요구 (KCSC-240911-01)"),
    reply_to_req="req-240911-01",
    body=f"""\
안녕하세요. Daum 고객센터입니다.

1. {KC2}
2. {KTV}

위 게시물 2건은 운영정책(음란물 유통 금지) 위반으로 삭제 조치되었음을 알려드립니다.
나머지 게시물에 대한 결과는 처리 후 별도로 안내드리겠습니다.

{KAKAO_FOOTER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean notice layout in which the numbered URL list comes first and '위 게시물 N건은 … 삭제 조치되었음' follows it",
    why="the statement after the list refers back to it ('위 게시물 2건'): both = removed; the rest stay pending",
    items={KC2: "removed", KTV: "removed"},
)

# 29 ----------------------------------------------------------------- Kakao ack with echoed URLs (ignored)
case(
    name="kakao-ack-echoing-request",
    date="Wed, 11 Sep 2024 14:00:40 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject=subj("[카카오 고객센터] 문의가 접수되었습니다"),
    reply_to_req="req-240911-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""\
안녕하세요. 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 2409-1114-0072

담당자가 확인 후 순차적으로 답변드릴 예정입니다.
문의량에 따라 답변이 지연될 수 있는 점 양해 부탁드립니다.

[접수 내용]
제목: 불법정보에 대한 시정요구 (KCSC-240911-01)
대상 URL:
{KC1}
{KC2}
{T57}
{TENT}
{KTV}

{KAKAO_FOOTER}
""",
    outcome="ignored",
    imitates="Kakao 고객센터 automatic receipt ('문의가 정상적으로 접수되었습니다', 접수번호) echoing the submitted URLs",
    why="a pure ticket receipt: the echoed URLs are our own submission, the mail states nothing about any item; recognized as an acknowledgement as a whole",
    items=pending(*KAKAO_ALL),
)

# 30 ----------------------------------------------------------------- Kakao wrong platform
case(
    name="kakao-claims-naver-items",
    date="Mon, 16 Sep 2024 09:50:00 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    subject=subj("[카카오] 요청 게시물 조치 결과"),
    body=f"""\
안녕하세요, 카카오 정책팀입니다.

보내주신 목록의 아래 게시물은 삭제 완료되었습니다.

{NB1}
{NC2}

감사합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Kakao result mail sent in error about another portal's (NAVER) posts",
    why="a trusted Kakao email claims NAVER items removed; Kakao cannot remove NAVER posts, so they stay pending and the email goes to review",
    items=pending(NB1, NC2),
)

# ================================================================ DC INSIDE
# 31 ----------------------------------------------------------------- per-line statuses
case(
    name="dc-numbered-per-line-statuses",
    date="Fri, 13 Sep 2024 16:16:00 +0900",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    subject=subj("[디시인사이드] 게시물 삭제 요청 처리 결과 (KCSC-240912-01)"),
    reply_to_req="req-240912-01",
    body=f"""\
안녕하세요, 디시인사이드입니다.
요청하신 게시물에 대한 처리 결과를 알려드립니다.

1. {D1} - 삭제 처리
2. {D2} - 삭제 처리
3. {DM} - 이미 삭제된 게시물 (갤러리 매니저 삭제)
4. {DMINI} - 게시물 내용상 개인정보 노출이 확인되지 않아 조치하지 않음

※ 마이너/미니 갤러리 게시물은 해당 갤러리 매니저에게도 삭제 요청을 하실 수 있습니다.
디시인사이드 이용약관: https://www.dcinside.com/policy/terms

(주)디시인사이드 고객센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 고객센터 삭제 요청 처리 결과 reply, numbered 'URL - 결과' lines",
    why="삭제 처리 x2 = removed; 이미 삭제된 게시물 (by the gallery manager, before our request was acted on) = not_found; no privacy exposure found, not actioned = rejected",
    items={D1: "removed", D2: "removed", DM: "not_found", DMINI: "rejected"},
)

# 32 ----------------------------------------------------------------- EUC-KR body, IP block trap
EUC32 = f"""\
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물({D2})은 삭제하였으며, 동일 내용의 반복 게시를 막기 위해 작성자 IP를 차단하였습니다.
{DM} 게시물은 갤러리 매니저와 확인 중이며 아직 조치되지 않았습니다.

감사합니다.
"""
case(
    name="dc-euckr-ip-block-and-pending",
    date="Sat, 14 Sep 2024 12:00:00 +0900",
    **{"from": "admin@dcinside.com"},
    name_from="DCInside",
    subject="=?euc-kr?b?" + base64.b64encode("[디시인사이드] 요청 게시물 처리 안내".encode("euc-kr")).decode() + "?=",
    reply_to_req="req-240912-01",
    raw_mime=f"""\
Content-Type: text/plain; charset=euc-kr
Content-Transfer-Encoding: base64

{b64(EUC32, "euc-kr")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside operations reply in EUC-KR (legacy Korean webmail), deletion plus author IP block",
    why="post 2345672 deleted = removed (the author's IP block is not a status of another item); the minor-gallery post is 확인 중 / 아직 조치되지 않음 and stays pending",
    items={D2: "removed", DM: "pending"},
)

# 33 ----------------------------------------------------------------- future tense only
case(
    name="dc-will-delete-after-check",
    date="Thu, 12 Sep 2024 15:00:00 +0900",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    subject=subj("Re: 불법정보에 대한 시정요구 (KCSC-240912-01)"),
    reply_to_req="req-240912-01",
    body=f"""\
안녕하세요, 디시인사이드 고객센터입니다.

보내주신 {D1} , {DMINI} 게시물은 내용 확인 후 금주 중 삭제 조치하도록 하겠습니다.
처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="DC Inside customer-centre promise ('확인 후 … 삭제 조치하도록 하겠습니다')",
    why="future tense promise about two named items: nothing done yet, must not apply and must not be silently ignored",
    items=pending(D1, DMINI),
)

# 34 ----------------------------------------------------------------- unknown sender (gmail)
case(
    name="dc-unknown-sender-freemail",
    date="Sat, 14 Sep 2024 23:10:00 +0900",
    **{"from": "dcinside.report.team@gmail.com"},
    name_from="디시인사이드 신고팀",
    subject=subj("[디시인사이드] KCSC-240912-01 처리 완료"),
    body=f"""\
안녕하세요 디시인사이드 신고처리팀입니다.

요청하신 게시물 4건 모두 삭제하였습니다.
{D1}
{D2}
{DM}
{DMINI}
""",
    outcome="review",
    review="unknown_sender",
    imitates="spoofed 'report team' mail from a free-mail address claiming a portal's removals",
    why="authenticated gmail.com sender, not a platform; it names our request and items: review as unknown_sender, nothing applied",
    items=pending(*DC_ALL),
)

# ================================================================ SOOP
# 35 ----------------------------------------------------------------- VOD deleted + channel permanently suspended
case(
    name="soop-vod-deleted-channel-suspended",
    date="Mon, 16 Sep 2024 14:00:00 +0900",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    subject=subj("[SOOP] 시정요구 조치결과 안내 (KCSC-240913-01)"),
    reply_to_req="req-240913-01",
    body=f"""\
안녕하세요. SOOP(구 아프리카TV) 운영정책팀입니다.

요청하신 건에 대해 아래와 같이 조치하였습니다.

[VOD]
  {S1}  → VOD 삭제
  {S2}  → VOD 삭제

[방송국]
  {SCH}  → 음란물 반복 유포로 영구 이용정지

이용정지 사유 및 기준은 SOOP 운영정책(https://www.sooplive.co.kr/policy)을 참고해 주세요.

(주)숲 운영정책팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="SOOP (AfreecaTV) sanction notice: VOD 삭제 and 방송국 영구 이용정지 lines",
    why="two VODs deleted = removed; the channel permanently suspended (영구 이용정지) = removed, as an account suspension on the item itself",
    items={S1: "removed", S2: "removed", SCH: "removed"},
)

# 36 ----------------------------------------------------------------- age restriction
case(
    name="soop-vod-age-restricted",
    date="Sat, 14 Sep 2024 10:45:00 +0900",
    **{"from": "cs@afreecatv.com"},
    name_from="아프리카TV 고객센터",
    subject=subj("Re: [KCSC-240913-01] VOD 관련 회신"),
    reply_to_req="req-240913-01",
    body=f"""\
안녕하세요, 아프리카TV 고객센터입니다.

{S2}
해당 VOD는 19세 이상만 시청할 수 있도록 연령 제한(19+)을 적용하였습니다.

참고로 연령 제한 콘텐츠는 본인 인증을 마친 성인 이용자에게만 노출됩니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="AfreecaTV customer-centre reply applying a 19+ age restriction to a VOD",
    why="bare URL with the status on the line below: 19+ age restriction = restricted",
    items={S2: "restricted"},
)

# 37 ----------------------------------------------------------------- bounce
case(
    name="soop-bounce-dsn",
    date="Fri, 13 Sep 2024 09:30:08 +0900",
    **{"from": "MAILER-DAEMON@sooplive.co.kr"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""\
Content-Type: multipart/report; report-type=delivery-status; boundary="b11-dsn-37"

--b11-dsn-37
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.sooplive.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@sooplive.co.kr>: host mx1.sooplive.co.kr said: 550 5.1.1
    User unknown (in reply to RCPT TO command)

--b11-dsn-37
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.sooplive.co.kr
Arrival-Date: Fri, 13 Sep 2024 09:30:05 +0900

Final-Recipient: rfc822; policy-kr@sooplive.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b11-dsn-37
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@sooplive.co.kr
Subject: =?utf-8?b?67aI67KV7KCV67O07JeQIOuMgO2VnCDsi5zsoJXsmpTqtawgKEtDU0MtMjQwOTEzLTAxKQ==?=
Message-ID: <req-240913-01@kcsc.example>
Date: Fri, 13 Sep 2024 09:30:00 +0900

--b11-dsn-37--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report; report-type=delivery-status) returning our request, with text/rfc822-headers",
    why="a delivery failure report of our own request: ignored as a bounce, items untouched",
    items={},
)

# 38 ----------------------------------------------------------------- MDN read receipt
case(
    name="soop-read-receipt-mdn",
    date="Fri, 13 Sep 2024 11:02:00 +0900",
    **{"from": "minji.park@sooplive.co.kr"},
    name_from="박민지",
    subject=subj("읽음: 불법정보에 대한 시정요구 (KCSC-240913-01)"),
    reply_to_req="req-240913-01",
    raw_mime=f"""\
Content-Type: multipart/report; report-type=disposition-notification; boundary="b11-mdn-38"

--b11-mdn-38
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("보낸 메일을 받는 사람이 읽었습니다." + chr(10) + chr(10) + "받는 사람: 박민지 <minji.park@sooplive.co.kr>" + chr(10) + "제목: 불법정보에 대한 시정요구 (KCSC-240913-01)" + chr(10) + "읽은 시간: 2024-09-13 (금) 오전 11:02" + chr(10))}
--b11-mdn-38
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822; minji.park@sooplive.co.kr
Original-Message-ID: <req-240913-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b11-mdn-38--
""",
    outcome="ignored",
    imitates="Korean Outlook read receipt ('읽음:' subject, 보낸 메일을 받는 사람이 읽었습니다) as an MDN",
    why="a read receipt (MDN) is ignored, not forwarded; it says nothing about items",
    items={},
)

# ================================================================ NATE
# 39 ----------------------------------------------------------------- pann deleted
N39_TXT = f"""\
안녕하세요. 네이트 고객센터입니다.

방송통신심의위원회에서 요청하신 네이트판 게시물 2건을 확인하였으며,
모두 이용약관 제14조(게시물의 관리)에 따라 삭제 조치하였습니다.

  1) {P1}
  2) {P2}

네이트 고객센터 https://helpdesk.nate.com
SK커뮤니케이션즈(주)
"""
case(
    name="nate-pann-both-deleted",
    date="Wed, 18 Sep 2024 15:20:00 +0900",
    **{"from": "helpdesk@skcomms.co.kr"},
    name_from="네이트 고객센터",
    subject=subj("[네이트] 게시물 삭제 요청 처리 결과 (KCSC-240916-01)"),
    reply_to_req="req-240916-01",
    raw_mime=f"""\
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(N39_TXT)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Nate (SK Communications) 고객센터 reply: statement first ('모두 … 삭제 조치'), numbered URL list below, quoted-printable",
    why="the statement about '게시물 2건' covers the numbered list that follows: both = removed; helpdesk link is not an item",
    items={P1: "removed", P2: "removed"},
)

# 40 ----------------------------------------------------------------- nate ack only
case(
    name="nate-ticket-receipt",
    date="Mon, 16 Sep 2024 16:05:00 +0900",
    **{"from": "helpdesk@nate.com"},
    name_from="네이트 고객센터",
    subject=subj("[네이트 고객센터] 문의 접수 안내"),
    reply_to_req="req-240916-01",
    body="""\
고객님의 문의가 접수되었습니다.

접수번호: NATE-20240916-00421
접수일시: 2024-09-16 16:04

영업일 기준 3일 이내에 등록하신 이메일로 답변드리겠습니다.
이 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Nate helpdesk automatic ticket receipt (접수번호, 영업일 기준 3일 이내 답변)",
    why="pure acknowledgement: no item, no statement",
    items={},
)

# 41 ----------------------------------------------------------------- nate not understood
case(
    name="nate-passed-to-department",
    date="Tue, 17 Sep 2024 17:30:00 +0900",
    **{"from": "helpdesk@skcomms.co.kr"},
    name_from="네이트 고객센터",
    subject=subj("Re: 불법정보에 대한 시정요구 (KCSC-240916-01)"),
    reply_to_req="req-240916-01",
    body=f"""\
안녕하세요, 네이트 고객센터입니다.

{P1} 게시물 건은 판 운영 담당 부서에 전달해 드렸습니다.
담당 부서의 판단에 따라 처리될 예정이며 별도 회신이 없을 수 있습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="customer-centre handover reply ('담당 부서에 전달해 드렸습니다')",
    why="names a requested item but only says it was passed on and 'will be handled'; no status, must go to review, not be ignored",
    items=pending(P1),
)


HEADER = """\
# Blind set 11 (issue 11): Korean portals' and services' replies.
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Config: tests/corpus/blind11/config.toml."""

if __name__ == "__main__":
    write_set(HERE, "blind11", HEADER, CASES)
    print(len(CASES), "cases")
