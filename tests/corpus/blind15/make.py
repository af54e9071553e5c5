#!/usr/bin/env python3
"""Blind set 15 (issue 11): a general mix as a Korean regulator meets it.

NAVER, Kakao/Daum (Daum cafe, Tistory, Kakao channel, open chat), and the
Korean offices of YouTube, X and TikTok; Korean and English wordings in the
templates and layouts those services use, plus doubtful mail (hedged,
future, partial, asks for more, vague, spoofed, wrong platform) and mail
that says nothing (out-of-office, receipts, bounce, read receipt).

Expected results were written here from each email's meaning before the
reader was run. Deterministic: `python3 tests/corpus/blind15/make.py`.
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
from urllib.parse import quote  # noqa: E402

# ---------------------------------------------------------------- requests
# NAVER, KCSC-240910-01 (largest, 14 items)
N1 = "https://blog.naver.com/haneul_diary01/223560000101"
N2 = "https://blog.naver.com/haneul_diary01/223560000102"
N3 = "https://blog.naver.com/moonpark_77/223560000203"
N4 = "https://blog.naver.com/moonpark_77/223560000204"
N5_RAW = "https://blog.naver.com/가짜여행기/223560000305"
N5 = "https://blog.naver.com/" + quote("가짜여행기") + "/223560000305"  # stored encoded
N6 = "https://cafe.naver.com/gochucafe/10231"
N7 = "https://cafe.naver.com/gochucafe/10232"
N8 = "https://cafe.naver.com/gochucafe/10240"
N9 = "https://cafe.naver.com/별빛장터/3307"  # stored raw
N9_ENC = "https://cafe.naver.com/" + quote("별빛장터") + "/3307"
N10 = "https://cafe.naver.com/smartmom2024/88412"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38000001&memberNo=51000001"
N12 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470000001"
N13 = "https://tv.naver.com/v/59000001"
N14 = "https://blog.naver.com/sunny_kr88/223560000414"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

# Kakao, KCSC-240911-01 (5 items)
K1 = "https://cafe.daum.net/dalbit_moim/Xk3p/101"
K2 = "https://cafe.daum.net/dalbit_moim/Xk3p/102"
K3 = "https://moonlit-notes.tistory.com/88"
K4 = "https://pf.kakao.com/_xQzLm/104511223"
K5 = "https://open.kakao.com/o/gHq7Zt2k"
KAKAO = [K1, K2, K3, K4, K5]

# YouTube, KCSC-240912-01 (4 items)
Y1 = "https://www.youtube.com/watch?v=Qm4rT8sLp2A"
Y2 = "https://www.youtube.com/watch?v=Hx7wN3kVd9B"
Y3_RAW = "https://www.youtube.com/@가짜뉴스채널"
Y3 = "https://www.youtube.com/@" + quote("가짜뉴스채널")  # stored encoded
Y4 = "https://www.youtube.com/shorts/Zp2cY6mRt4E"
YT = [Y1, Y2, Y3, Y4]

# X, KCSC-240913-01 (3 items)
X1 = "https://x.com/dalnim_kr/status/1833000000000000101"
X2 = "https://x.com/dalnim_kr/status/1833000000000000102"
X3 = "https://x.com/byeol_sori/status/1833000000000000203"
XS = [X1, X2, X3]

# TikTok, KCSC-240916-01 (2 items)
T1 = "https://www.tiktok.com/@byeolbit.kr/video/7412000000000000001"
T2 = "https://www.tiktok.com/@byeolbit.kr/video/7412000000000000002"
TT = [T1, T2]

# Kakao, KCSC-240917-01 (1 item)
K6 = "https://cafe.daum.net/pinkbunny22/Ab3D/15"

REQUESTS = [
    ("KCSC-240910-01", "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T10:00:00+09:00", NAVER,
     "req-240910-01"),
    ("KCSC-240911-01", "kakao", "2024-09-11T14:00:00+09:00", "2024-09-18T14:00:00+09:00", KAKAO,
     "req-240911-01"),
    ("KCSC-240912-01", "youtube", "2024-09-12T11:00:00+09:00", "2024-09-19T11:00:00+09:00", YT,
     "req-240912-01"),
    ("KCSC-240913-01", "x", "2024-09-13T16:00:00+09:00", "2024-09-20T16:00:00+09:00", XS,
     "req-240913-01"),
    ("KCSC-240916-01", "tiktok", "2024-09-16T10:30:00+09:00", "2024-09-23T10:30:00+09:00", TT,
     "req-240916-01"),
    ("KCSC-240917-01", "kakao", "2024-09-17T09:00:00+09:00", "2024-09-24T09:00:00+09:00", [K6],
     "req-240917-01"),
]
CATEGORY = {"naver": "defamation", "kakao": "illegal_gambling", "youtube": "false_information",
            "x": "sexual_exploitation", "tiktok": "drugs"}


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, mid in REQUESTS:
        for u in urls:
            cell = '"' + u + '"' if "," in u else u
            lines.append(f"{ref},{plat},{sent},{due},{cell},{CATEGORY[plat]},<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request(ref, urls, prefix="> ", korean=True):
    """Our own request as a platform quotes it (every line prefixed)."""
    if korean:
        body = [f"[방송통신심의위원회] 시정요구 ({ref})", "",
                "아래 정보는 심의 결과 불법정보로 의결되었으므로 삭제 또는 접속차단 조치를 요청합니다.",
                "조치 결과(삭제/차단 완료 여부)를 회신하여 주시기 바랍니다.", ""]
    else:
        body = [f"Request for removal ({ref})", "",
                "Please remove or block access to the following content, which was found",
                "unlawful, and report the result (removed / blocked) for each item.", ""]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "KCSC 통신심의국 / takedown@kcsc.example"]
    return "\n".join(prefix + line if line else prefix.rstrip() for line in body)


def b64(s, enc="utf-8"):
    data = base64.b64encode(s.encode(enc) if isinstance(s, str) else s).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def xlsx_bytes(rows):
    import datetime
    import openpyxl
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
    # normalise the zip entries' timestamps so that make.py is deterministic
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-09-13T00:00:00Z\g<2>", data)
            z.writestr(zi, data)
    return out.getvalue()


NAVER_FOOTER = """\
본 메일은 발신 전용이며, 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주십시오.
네이버 게시중단요청서비스: https://inoti.naver.com
NAVER Corp. | 경기도 성남시 분당구 정자일로 95 | Copyright © NAVER Corp. All Rights Reserved."""

KAKAO_FOOTER = """\
카카오 운영정책: https://www.kakao.com/policy/oppolicy
고객센터: https://cs.kakao.com
(주)카카오 | 제주특별자치도 제주시 첨단로 242 | 본 메일은 발신전용입니다."""

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# NAVER (KCSC-240910-01)
# ======================================================================
case(name="naver-temporary-measure-notice", from_="policy@navercorp.com",
     date="Wed, 11 Sep 2024 15:12:40 +0900",
     subject="[NAVER] 게시물 임시조치 결과 안내 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 '임시조치 안내' (blog post from pavlovu/kimini describing the 44-2 notice: 30-day temporary measure, 재게시 요청)",
     why="임시조치 under Article 44-2 of the Network Act on two blog posts is restriction (issue 11 lists 임시조치 under restriction)",
     items={N1: "restricted", N2: "restricted"},
     body=f"""\
안녕하세요, 네이버 게시중단요청서비스 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-01) 중 아래 블로그 게시물 2건에 대하여
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라 30일간 임시조치(게시중단)하였습니다.

- {N1}
- {N2}

임시조치 기간 동안 게시물은 작성자 본인 외에는 열람할 수 없으며, 게시자는 임시조치일로부터
30일 이내에 재게시를 요청할 수 있습니다. 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

나머지 게시물의 처리 결과는 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
네이버 게시중단요청서비스 드림

{NAVER_FOOTER}
""")

case(name="naver-per-line-deleted-particles", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 10:03:11 +0900",
     subject="Re: [KCSC-240910-01] 시정요구 조치 결과 회신",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 as Korean portals send it (one line per URL with 조치 내용; URL followed by Korean particles and full-width brackets)",
     why="per-line 삭제 / 게시중단 with URLs followed by 에 대하여, 은, and a full-width ）",
     items={N3: "removed", N4: "removed", N6: "removed"},
     body=f"""\
방송통신심의위원회 담당자님께,

귀 위원회의 시정요구(KCSC-240910-01)에 대한 조치 결과를 아래와 같이 회신드립니다.

1. {N3}에 대하여 삭제 조치 완료
2. {N4}은 게시중단 처리하였습니다.
3. 카페 게시글（{N6}）: 운영자 권한으로 삭제 완료

※ 나머지 항목은 확인 후 추가로 회신드리겠습니다.

네이버 정책협력팀 드림
{NAVER_FOOTER}
""")

TABLE_ROWS = [
    (1, N6, "삭제", "2024-09-12"),
    (2, N7, "블라인드", "2024-09-12"),
    (3, N8, "조치하지 않음 (운영정책 위반 사항 확인되지 않음)", "2024-09-12"),
    (4, N9, "게시물 없음 (작성자가 이미 삭제)", "-"),
]
rows_html = "\n".join(
    f"<tr><td>{n}</td><td><a href=\"{u}\">{u}</a></td><td>{st}</td><td>{d}</td></tr>"
    for n, u, st, d in TABLE_ROWS)
case(name="naver-kcsc-result-html-table", from_="policy@navercorp.com",
     date="Thu, 12 Sep 2024 17:40:00 +0900",
     subject="[NAVER] 시정요구 조치결과 통보 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 통보 table (번호 / URL / 조치결과 / 조치일자) as portals return it to KCSC",
     why="HTML-only table: 삭제 and 블라인드 are removal, 조치하지 않음 with 위반 사항 확인되지 않음 is rejection, 게시물 없음 (작성자 삭제) is not_found",
     items={N6: "removed", N7: "removed", N8: "rejected", N9: "not_found"},
     type="html",
     body=f"""\
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회 시정요구(KCSC-240910-01)에 대한 카페 게시물 조치 결과를 아래와 같이 통보합니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
{rows_html}
</table>
<p>운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>네이버 주식회사 정책협력팀</p>
</body></html>
""")

case(name="naver-status-on-line-below-url", from_="cs-report@naver.com",
     date="Fri, 13 Sep 2024 09:21:05 +0900",
     subject="[네이버 고객센터] 신고하신 게시물 처리 결과 안내",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 신고 처리 결과 안내 (bare URL, the result sentence on the lines below it)",
     why="bare URL lines each followed by a Korean result sentence: already deleted by its author = not_found; 게시중단 = removed",
     items={N10: "not_found", N11: "removed"},
     body=f"""\
안녕하세요. 네이버 고객센터입니다.
KCSC-240910-01 건으로 신고해 주신 게시물을 확인하였습니다.

{N10}
해당 게시글은 작성자가 스스로 삭제하여 현재 존재하지 않는 게시물입니다.

{N11}
확인 결과 이용약관 위반이 확인되어 게시중단 처리되었습니다.

더 궁금하신 사항은 네이버 고객센터(https://help.naver.com/inquiry)로 문의해 주세요.
감사합니다.

{NAVER_FOOTER}
""")

case(name="naver-korean-path-raw-and-encoded", from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 11:48:30 +0900",
     subject="RE: KCSC-240910-01 블로그·카페 게시물 처리 결과",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="NAVER blind/비공개 처리 notice (Korean blog path written raw, Korean cafe path percent-encoded)",
     why="raw Korean blog path (stored encoded) is 블라인드 처리 = removed; percent-encoded Korean cafe path (stored raw) is 비공개 처리 by the operator = removed",
     items={N5: "removed", N9: "removed"},
     body=f"""\
담당자님 안녕하세요.

요청하신 게시물 중 아래 2건은 조치를 마쳤습니다.

· {N5_RAW} → 블라인드 처리 완료
· {N9_ENC} → 운영자에 의해 비공개 처리됨

블라인드 처리된 게시물은 검색 및 외부 노출이 중단되며 작성자에게도 안내가 발송됩니다.

네이버 정책협력팀
{NAVER_FOOTER}
""")

case(name="naver-mixed-done-reviewing-scheduled", from_="policy@navercorp.com",
     date="Fri, 13 Sep 2024 16:05:44 +0900",
     subject="[KCSC-240910-01] 지식iN·네이버TV 게시물 처리 현황",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="Korean portal 처리 현황 reply mixing done, 검토 중 and 삭제 예정 lines",
     why="지식iN item deleted = removed; the NAVER TV clip is 검토 중 and the blog post 삭제 예정 (future): both stay pending",
     items={N12: "removed"},
     body=f"""\
안녕하세요, 네이버입니다. 시정요구 건 처리 현황을 공유드립니다.

[처리 완료]
- {N12}
  : 지식iN 질문글 삭제 완료 (9/13)

[처리 중]
- {N13}
  : 네이버TV 운영 부서에서 검토 중이며, 결과는 추후 회신드리겠습니다.
- {N14}
  : 작성자 소명 기간이 끝나는 9월 20일에 삭제 예정입니다.

감사합니다.
{NAVER_FOOTER}
""")

CSV_TEXT = "\ufeff번호,URL,처리결과,비고\r\n" + "\r\n".join([
    f"1,{N1},삭제완료,",
    f"2,{N2},임시조치(30일),정보통신망법 제44조의2",
    f"3,{N3},미조치,운영정책 위반 아님",
    f"4,{N4},확인불가,존재하지 않는 게시물",
]) + "\r\n"
case(name="naver-csv-attachment-results", from_="policy@navercorp.com",
     date="Sat, 14 Sep 2024 10:30:00 +0900",
     subject="[KCSC-240910-01] 조치 결과 파일 송부",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="portal reply sending 조치결과 as a CSV attachment (번호,URL,처리결과,비고; UTF-8 BOM, CRLF)",
     why="statuses only in the CSV attachment: 삭제완료 removed, 임시조치 restricted, 미조치 + 위반 아님 rejected, 확인불가 + 존재하지 않는 게시물 not_found",
     items={N1: "removed", N2: "restricted", N3: "rejected", N4: "not_found"},
     raw_mime=f"""\
Content-Type: multipart/mixed; boundary="=_nv_csv_0914"

--=_nv_csv_0914
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 요청하신 건의 블로그 게시물 조치 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

네이버 정책협력팀

--=_nv_csv_0914
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240910-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TEXT)}
--=_nv_csv_0914--
""")

XLSX = xlsx_bytes([
    ["No", "URL", "조치결과"],
    [1, N6, "삭제"],
    [2, N7, "게시중단"],
    [3, N10, "해당 게시물 없음"],
])
case(name="naver-xlsx-attachment-results", from_="policy@navercorp.com",
     date="Sat, 14 Sep 2024 14:10:00 +0900",
     subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240910-01) - 조치결과 엑셀",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="portal reply with an Excel 조치결과 sheet (No / URL / 조치결과), body only a cover note",
     why="statuses only in an XLSX attachment: 삭제 and 게시중단 removed, 해당 게시물 없음 not_found",
     items={N6: "removed", N7: "removed", N10: "not_found"},
     raw_mime=f"""\
Content-Type: multipart/mixed; boundary="=_nv_xlsx_0914"

--=_nv_xlsx_0914
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

카페 게시물 3건의 조치결과를 엑셀 파일로 첨부합니다.

--=_nv_xlsx_0914
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="result_0914.xlsx"
Content-Disposition: attachment; filename="result_0914.xlsx"
Content-Transfer-Encoding: base64

{b64(XLSX)}
--=_nv_xlsx_0914--
""")

case(name="naver-top-posted-over-quoted-request", from_="policy@navercorp.com",
     date="Sun, 15 Sep 2024 20:14:09 +0900",
     subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="top-posted portal reply over the regulator's quoted request ('2024년 9월 10일 (화) 오전 10:00, ... 님이 작성:')",
     why="two items named and deleted above the quote; the quoted request lists all 14 with 삭제/차단 wording, which must not count",
     items={N13: "removed", N14: "removed"},
     body=f"""\
아래 2건 추가로 삭제 조치 완료했습니다.
{N13}
{N14}

이로써 요청 건 처리를 마무리합니다. 감사합니다.
네이버 정책협력팀 김하늘 드림

2024년 9월 10일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240910-01", [N1, N2, N3, N4, N5_RAW, N6, N7, N8, N9, N10, N11, N12, N13, N14])}
""")

QP_BODY = f"""\
담당자님, 회신 드립니다.

{N7} 게시글은 카페 운영정책에 따라 운영자에 의해 삭제되었습니다.
{N8} 게시글은 청소년 유해 정보로 판단되어 19세 미만 이용자의 접근을 제한(성인 인증 후 열람)하였습니다.

네이버 카페 운영팀

-----원본 메시지-----
보낸 사람: "방송통신심의위원회" <takedown@kcsc.example>
받는 사람: policy@navercorp.com
보낸 날짜: 2024-09-10 (화) 10:00:00
제목: [방송통신심의위원회] 시정요구 (KCSC-240910-01)

아래 게시물을 삭제하고 결과를 회신 바랍니다.
{N6} - 삭제 요청
{N7} - 삭제 요청
{N8} - 삭제 요청
{N9} - 삭제 요청
"""
case(name="naver-qp-original-message-age-limit", from_="cafe-ops@navercorp.com",
     date="Mon, 16 Sep 2024 09:55:31 +0900",
     subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="Korean Outlook reply ('-----원본 메시지-----' block, quoted-printable) from a cafe operations team",
     why="deleted by the operator = removed; 19세 미만 접근 제한 (age restriction) = restricted; the unprefixed original message below lists 삭제 요청 for four URLs and counts for nothing",
     items={N7: "removed", N8: "restricted"},
     raw_mime=f"""\
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}""")

case(name="naver-kin-operator-and-author-deleted", from_="policy@navercorp.com",
     date="Mon, 16 Sep 2024 14:30:12 +0900",
     subject="[NAVER] KCSC-240910-01 포스트·지식iN 확인 결과",
     reply_to_req="req-240910-01",
     outcome="applied", classification="confirmation",
     imitates="NAVER 포스트/지식iN 확인 결과 notice (operator deletion vs. deletion by the author; hedge inside a relative clause)",
     why="the post was deleted by its author before our review = not_found; the 지식iN question, '작성자가 수정했을 수도 있는' (hedge in a relative clause), was still deleted by the operator = removed",
     items={N11: "not_found", N12: "removed"},
     body=f"""\
안녕하세요. 네이버 정책협력팀입니다.

1) 네이버 포스트
{N11}
위 포스트는 당사 검토 이전에 작성자가 직접 삭제하여 이미 존재하지 않습니다.

2) 지식iN
작성자가 내용을 일부 수정했을 수도 있는 아래 질문글은, 확인 결과 위반 내용이 남아 있어 운영자가 삭제하였습니다.
{N12}

감사합니다.
{NAVER_FOOTER}
""")

# --- NAVER: doubtful ---
case(name="naver-appropriate-measures-vague", from_="policy@navercorp.com",
     date="Tue, 17 Sep 2024 10:12:00 +0900",
     subject="Re: [KCSC-240910-01] 시정요구 관련",
     reply_to_req="req-240910-01",
     outcome="review", review="not_understood",
     imitates="NAVER help-centre wording 'the reported post was checked and appropriate action was taken according to the operating principles' (help.naver.com 신고 안내)",
     why="'적절한 조치를 취하였습니다' says something was done but not what (deleted? blinded? age-gated?): a clerk cannot pick a status",
     items={},
     body=f"""\
안녕하세요.

말씀하신 게시물
{N6}
{N10}
에 대해서는 담당자가 확인한 후 네이버 이용약관 및 운영원칙에 따라 적절한 조치를 취하였습니다.

감사합니다.
{NAVER_FOOTER}
""")

case(name="naver-comments-only-partial", from_="cafe-ops@navercorp.com",
     date="Tue, 17 Sep 2024 11:40:20 +0900",
     subject="RE: KCSC-240910-01 카페 게시글 관련 회신",
     reply_to_req="req-240910-01",
     outcome="review", review="not_understood",
     imitates="Daum/NAVER cafe operator reply: only the offending comments removed, the post itself kept",
     why="partly done: the comments under the post were deleted but the post stays up; neither removed nor a clean rejection, so a human must decide",
     items={},
     body=f"""\
안녕하세요, 카페 운영팀입니다.

{N8}
위 게시글의 경우 본문은 유지하고, 문제가 된 댓글 4건만 삭제하였습니다.
본문 자체에 대한 조치 필요 여부는 추가 검토가 필요합니다.

감사합니다.
""")

case(name="naver-asks-documents", from_="policy@navercorp.com",
     date="Tue, 17 Sep 2024 13:05:00 +0900",
     subject="[KCSC-240910-01] 추가 자료 요청",
     reply_to_req="req-240910-01",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Korean portal 소명/근거 자료 요청 (asks for the deliberation decision before acting on a defamation item)",
     why="asks for the 의결서 before acting on one blog post; nothing applied",
     items={},
     body=f"""\
안녕하세요, 네이버 정책협력팀입니다.

{N14}
위 게시물은 명예훼손 관련 게시물로, 당사에서 조치하기 위해서는 심의 의결서 사본 및
피해 당사자를 특정할 수 있는 자료가 필요합니다. 해당 자료를 회신해 주시면 검토 후 조치하겠습니다.

감사합니다.
""")

case(name="naver-dmarc-fail-claims-deleted", from_="policy@navercorp.com",
     auth="fail",
     date="Wed, 18 Sep 2024 02:11:45 +0900",
     subject="Re: [KCSC-240910-01] 조치 결과",
     reply_to_req="req-240910-01",
     outcome="review", review="untrusted",
     imitates="the per-line Korean 조치 결과 reply, but failing DMARC for navercorp.com",
     why="a perfect-looking Korean deletion confirmation that fails DMARC: must be seen, nothing applied",
     items={},
     body=f"""\
안녕하세요. 요청하신 게시물 전체 조치 결과입니다.

{N1} : 삭제 완료
{N2} : 삭제 완료
{N3} : 삭제 완료
{N4} : 삭제 완료

네이버 정책협력팀
""")

case(name="naver-lookalike-domain-unknown-sender", from_="report@naver-policy.co",
     name_from="NAVER 정책지원센터",
     date="Wed, 18 Sep 2024 08:30:00 +0900",
     subject="[NAVER] 시정요구 처리 완료 통지 (KCSC-240910-01)",
     reply_to_req="req-240910-01",
     outcome="review", review="unknown_sender",
     imitates="NAVER-branded notice from a look-alike domain (naver-policy.co), DMARC pass for its own domain",
     why="authenticated, but naver-policy.co is no platform's sender: claims about our items must go to review",
     items={},
     body=f"""\
방송통신심의위원회 담당자님,

요청하신 아래 게시물은 모두 게시중단(삭제) 처리되었습니다.
{N5_RAW}
{N6}
{N7}

처리 확인서가 필요하시면 본 메일로 회신해 주십시오.
NAVER 정책지원센터
""")

case(name="naver-receipt-listing-urls", from_="noreply@navercorp.com",
     date="Tue, 10 Sep 2024 10:04:10 +0900",
     subject="[NAVER] 게시중단 요청이 접수되었습니다",
     reply_to_req="req-240910-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored",
     imitates="NAVER 게시중단요청서비스 '접수완료' automatic receipt (요청 등록 → 접수완료 → 심사 후 중단 steps)",
     why="automatic receipt listing the submitted URLs; it says only that the request was received and will be reviewed in 1-3 days",
     items={},
     body=f"""\
게시중단 요청이 정상적으로 접수되었습니다.

접수번호: 2024091000183
접수일시: 2024-09-10 10:04
요청 게시물:
{N1}
{N2}
{N3}
(외 11건)

접수된 요청은 담당자 심사 후 처리되며, 처리까지 영업일 기준 1~3일이 소요될 수 있습니다.
처리 결과는 게시중단요청서비스(https://inoti.naver.com) 마이페이지에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""")

# ======================================================================
# Kakao / Daum (KCSC-240911-01, KCSC-240917-01)
# ======================================================================
case(name="kakao-daum-cafe-temporary-measure", from_="cs_notice@daum.net",
     name_from="Daum 고객센터",
     date="Thu, 12 Sep 2024 11:20:00 +0900",
     subject="[Daum] 권리침해 신고 게시물 임시조치 안내",
     reply_to_req="req-240911-01",
     outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 임시조치 안내 mail (tistory blogger's post: Article 44-2, 30 days, automatic deletion without an objection)",
     why="two Daum cafe posts put under 임시조치 (blocked from view for 30 days) = restricted",
     items={K1: "restricted", K2: "restricted"},
     body=f"""\
안녕하세요, Daum 고객센터입니다.

방송통신심의위원회의 요청(KCSC-240911-01)에 따라 아래 Daum 카페 게시물에 대하여
정보통신망법 제44조의2(정보의 삭제요청 등)에 근거한 임시조치를 진행하였습니다.

■ 대상 게시물
 {K1}
 {K2}
■ 조치 내용: 게시물 임시조치(30일간 접근 차단)
■ 조치 일시: 2024-09-12 11:05

임시조치 기간 내 게시자의 복원 요청이 없을 경우 해당 게시물은 영구 삭제됩니다.

{KAKAO_FOOTER}
""")

case(name="kakao-tistory-channel-openchat-deleted", from_="report@kakaocorp.com",
     name_from="카카오 신고센터",
     date="Fri, 13 Sep 2024 15:45:10 +0900",
     subject="Re: KCSC-240911-01 조치 결과 회신",
     reply_to_req="req-240911-01",
     outcome="applied", classification="confirmation",
     imitates="Kakao 신고센터 처리 결과 reply (numbered list over Tistory, Kakao channel post and open chat; clean.kakao.com policy link)",
     why="Tistory post deleted, channel post deleted, open chat room closed (이용 제한·폐쇄) = removed for all three",
     items={K3: "removed", K4: "removed", K5: "removed"},
     body=f"""\
안녕하세요, 카카오 신고센터입니다.
요청하신 KCSC-240911-01 건 중 3건의 조치 결과를 안내드립니다.

1. 티스토리 게시글 {K3}
   → 운영정책 위반(불법 도박 홍보)으로 게시글 삭제
2. 카카오톡 채널 게시물 {K4}
   → 게시물 삭제 및 채널 경고
3. 오픈채팅방 {K5}
   → 오픈채팅방 폐쇄 및 방장 이용 영구 제한

카카오 운영정책 및 조치 기준은 https://clean.kakao.com 에서 확인하실 수 있습니다.

{KAKAO_FOOTER}
""")

case(name="kakao-no-violation-kept", from_="report@kakaocorp.com",
     name_from="카카오 신고센터",
     date="Sat, 14 Sep 2024 10:00:00 +0900",
     subject="Re: KCSC-240911-01 티스토리 게시글 검토 결과",
     reply_to_req="req-240911-01",
     outcome="applied", classification="confirmation",
     imitates="clean.kakao.com process '검토 → 요건 미비: 규제 하지 않음' result mail",
     why="'위반 사항을 확인하지 못하여 별도 조치를 하지 않았습니다' is a negated action with its reason: rejected",
     items={K3: "rejected"},
     body=f"""\
안녕하세요, 카카오 신고센터입니다.

요청하신 티스토리 게시글({K3})을 검토하였으나, 카카오 운영정책 및 관련 법령상
위반 사항을 확인하지 못하여 별도 조치를 하지 않았습니다.
추가 근거를 보내주시면 다시 검토하겠습니다.

{KAKAO_FOOTER}
""")

KAKAO_HTML = f"""\
<html><body>
<p>안녕하세요, 카카오입니다.</p>
<p>요청(KCSC-240911-01)하신 건의 처리 결과입니다.</p>
<ul>
<li><a href="{K1}">{K1}</a> - 삭제 완료</li>
<li><a href="{K2}">{K2}</a> - 삭제 완료</li>
<li><a href="{K5}">{K5}</a> - 존재하지 않는 채팅방입니다 (이미 종료됨)</li>
</ul>
<p><a href="https://cs.kakao.com/helps?service=8">고객센터 도움말</a></p>
</body></html>
"""
KAKAO_TEXT = f"""\
안녕하세요, 카카오입니다.
요청(KCSC-240911-01)하신 건의 처리 결과입니다.

* {K1} - 삭제 완료
* {K2} - 삭제 완료
* {K5} - 존재하지 않는 채팅방입니다 (이미 종료됨)

고객센터 도움말: https://cs.kakao.com/helps?service=8
"""
case(name="kakao-multipart-base64-list", from_="report@kakaocorp.com",
     name_from="카카오 신고센터",
     date="Sat, 14 Sep 2024 16:22:00 +0900",
     subject="=?UTF-8?B?" + base64.b64encode("[카카오] 처리 결과 안내".encode()).decode() + "?=",
     reply_to_req="req-240911-01",
     outcome="applied", classification="confirmation",
     imitates="Kakao HTML notice (multipart/alternative, both parts base64, bulleted list, help-centre link)",
     why="two cafe posts deleted = removed; the open chat room does not exist (already closed) = not_found; the help link is no item",
     items={K1: "removed", K2: "removed", K5: "not_found"},
     raw_mime=f"""\
Content-Type: multipart/alternative; boundary="kk_alt_0914"

--kk_alt_0914
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(KAKAO_TEXT)}
--kk_alt_0914
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(KAKAO_HTML)}
--kk_alt_0914--
""")

case(name="kakao-future-deletion-only", from_="report@kakaocorp.com",
     name_from="카카오 신고센터",
     date="Thu, 12 Sep 2024 18:00:00 +0900",
     subject="Re: KCSC-240911-01",
     reply_to_req="req-240911-01",
     outcome="review", review="not_understood",
     imitates="Kakao reply promising deletion within a time limit ('24시간 이내 삭제 예정')",
     why="only a promise (삭제 예정) about two items; no status, but a trusted statement naming items must be seen, not ignored",
     items={},
     body=f"""\
안녕하세요.

{K4}
{K5}
위 2건은 내부 검토를 마쳤으며 24시간 이내에 삭제될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

카카오 신고센터
""")

case(name="kakao-unknown-sender-spoof", from_="safety@kakao-report.net",
     name_from="카카오 신고센터",
     date="Fri, 13 Sep 2024 07:15:00 +0900",
     subject="Re: KCSC-240911-01 조치 완료",
     reply_to_req="req-240911-01",
     outcome="review", review="unknown_sender",
     imitates="Kakao-branded 조치 완료 mail from an unrelated domain (kakao-report.net)",
     why="unknown sender claiming deletions of our items: review, nothing applied",
     items={},
     body=f"""\
요청하신 게시물은 모두 삭제 완료되었습니다.
{K1} 삭제 완료
{K2} 삭제 완료
{K3} 삭제 완료
""")

case(name="kakao-out-of-office-korean", from_="kim.jh@kakaocorp.com",
     name_from="김지현",
     date="Wed, 11 Sep 2024 14:01:30 +0900",
     subject="[자동회신] 휴가 중입니다 (9/11~9/16)",
     reply_to_req="req-240911-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook/Kakao Work out-of-office auto-reply ('[자동회신] 휴가 중입니다') quoting nothing",
     why="an out-of-office reply, tied to our request only by In-Reply-To; says nothing about items",
     items={},
     body="""\
안녕하세요, 김지현입니다.
9월 11일부터 9월 16일까지 휴가로 메일 확인이 어렵습니다.
급한 신고 건은 report@kakaocorp.com 으로 보내주시기 바랍니다.
감사합니다.
""")

case(name="kakao-single-url-one-sentence", from_="cs_notice@daum.net",
     name_from="Daum 고객센터",
     date="Wed, 18 Sep 2024 10:40:00 +0900",
     subject="[Daum 카페] 신고 게시물 조치 안내 (KCSC-240917-01)",
     reply_to_req="req-240917-01",
     outcome="applied", classification="confirmation",
     imitates="Daum cafe blind notice (cs.daum.net FAQ: '블라인드' as the restriction of a post for breach of the terms), reduced to a URL and one sentence",
     why="a notice that is only a URL and one sentence: 블라인드 처리 = removed",
     items={K6: "removed"},
     body=f"""\
{K6}
위 게시물은 Daum 카페 운영정책 위반으로 블라인드 처리되었습니다.

{KAKAO_FOOTER}
""")

# ======================================================================
# YouTube, Korean office (KCSC-240912-01)
# ======================================================================
case(name="yt-korean-legal-geo-block", from_="legal-kr@google.com",
     name_from="YouTube 법무팀",
     date="Fri, 13 Sep 2024 13:30:00 +0900",
     subject="[#5-8813000041] YouTube 법적 삭제 요청 검토 결과",
     reply_to_req="req-240912-01",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removal outcome in Korean (legal-help-center: content that violates a local law is restricted in that country only)",
     why="'대한민국에서 해당 콘텐츠에 대한 액세스를 차단했습니다' for two videos = restricted",
     items={Y1: "restricted", Y2: "restricted"},
     body=f"""\
안녕하세요.

YouTube에 제출하신 법적 요청(KCSC-240912-01)과 관련하여 연락드립니다.

검토 결과, 아래 콘텐츠가 대한민국 현지 법률에 위배된다고 판단하여 대한민국에서
해당 콘텐츠에 대한 액세스를 차단했습니다. 다른 국가에서는 계속 게시됩니다.

{Y1}
{Y2}

Google은 이와 같은 요청을 투명성 보고서(https://transparencyreport.google.com)에
공개할 수 있습니다. 자세한 내용은 https://support.google.com/legal/answer/3110420 을 참고하세요.

감사합니다.
YouTube 법무팀
""")

case(name="yt-korean-channel-removed-and-kept", from_="legal-kr@google.com",
     name_from="YouTube 법무팀",
     date="Sat, 14 Sep 2024 09:10:00 +0900",
     subject="[#5-8813000041] 추가 검토 결과 안내",
     reply_to_req="req-240912-01",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'your content has been removed / we have decided not to take action' outcomes, in Korean, with a Korean-handle channel URL and policy links",
     why="channel given with a raw Korean handle (stored encoded) was terminated = removed; the Short breaks no policy and no action is taken = rejected; help links are not items",
     items={Y3: "removed", Y4: "rejected"},
     body=f"""\
안녕하세요.

추가로 검토한 결과를 알려드립니다.

- 채널 {Y3_RAW}
  YouTube 커뮤니티 가이드(https://www.youtube.com/howyoutubeworks/policies/community-guidelines/)를
  반복적으로 위반하여 채널이 해지(삭제)되었습니다.

- {Y4}
  이 Shorts 동영상은 YouTube 정책이나 대한민국 법률을 위반하지 않는 것으로 판단되어
  별도의 조치를 취하지 않기로 결정했습니다.

결정에 대한 자세한 내용: https://support.google.com/youtube/answer/2801939

YouTube 법무팀
""")

case(name="yt-english-age-restricted-and-gone", from_="legal-kr@google.com",
     name_from="YouTube Legal Support",
     date="Mon, 16 Sep 2024 17:02:00 +0900",
     subject="Re: [#5-8813000041] KCSC-240912-01 follow-up",
     reply_to_req="req-240912-01",
     outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support follow-up in English from the Korean office ('we have age-restricted', 'could not locate the video')",
     why="age-restricted Short = restricted; second video could not be located as the uploader had already deleted it = not_found",
     items={Y4: "restricted", Y2: "not_found"},
     body=f"""\
Hello,

Following up on your request KCSC-240912-01:

{Y4}
After a second review, we have age-restricted this video. It is no longer visible to
signed-out viewers or to users under 18.

{Y2}
We could not locate this video; it appears the uploader deleted it before our review.

Regards,
The YouTube Legal Support Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

case(name="yt-korean-seems-deleted-hedged", from_="legal-kr@google.com",
     name_from="YouTube 법무팀",
     date="Tue, 17 Sep 2024 11:11:11 +0900",
     subject="[#5-8813000041] 문의하신 동영상 관련",
     reply_to_req="req-240912-01",
     outcome="review", review="not_understood",
     imitates="support reply hedging about a video's state ('이미 삭제된 것으로 보입니다', 'we are checking')",
     why="'삭제된 것으로 보이나 확인 중' is hedged (appears, still checking): a clerk would wait, so review",
     items={},
     body=f"""\
안녕하세요.

문의하신 동영상 {Y1} 은(는) 현재 재생되지 않는 것으로 보아 이미 삭제된 것으로 보이나,
내부 시스템에서 정확한 상태를 확인 중입니다. 확인되는 대로 다시 연락드리겠습니다.

YouTube 법무팀
""")

case(name="yt-auto-receipt", from_="legal-kr@google.com",
     name_from="Google Legal",
     date="Thu, 12 Sep 2024 11:02:40 +0900",
     subject="[#5-8813000041] 요청이 접수되었습니다",
     reply_to_req="req-240912-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored",
     imitates="Google legal removal request automatic confirmation ('자동 확인 이메일이 전송됩니다')",
     why="automatic receipt with a ticket number; says nothing about any item",
     items={},
     body="""\
Google에 문의해 주셔서 감사합니다.

요청이 접수되었으며 케이스 번호 5-8813000041이 배정되었습니다. 이 번호로 회신하시면
같은 케이스로 처리됩니다. 검토가 완료되면 결과를 알려드리겠습니다.

이 메일은 자동으로 발송되었습니다.
Google LLC
""")

# ======================================================================
# X (KCSC-240913-01)
# ======================================================================
case(name="x-withheld-in-korea", from_="legal@x.com",
     date="Sat, 14 Sep 2024 06:40:00 +0900",
     subject="Re: KCSC-240913-01 - Request for removal",
     reply_to_req="req-240913-01",
     outcome="applied", classification="confirmation",
     imitates="X legal 'country withheld content' reply (posts withheld in a country under local law; help link to the country-withheld-content article)",
     why="two posts withheld in South Korea = restricted; the help-centre link is no item",
     items={X1: "restricted", X2: "restricted"},
     body=f"""\
Hello,

Thank you for your report. After review, we have withheld the following posts in
South Korea in response to your request under applicable local law:

{X1}
{X2}

More information about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""")

case(name="x-no-action-echoed-report", from_="legal@x.com",
     date="Mon, 16 Sep 2024 03:12:00 +0900",
     subject="Re: KCSC-240913-01 [ref:_00D0X1234._5008R2KCSC:ref]",
     reply_to_req="req-240913-01",
     outcome="applied", classification="confirmation",
     imitates="X support case reply 'we have investigated the reported content and it is not in violation of the X Rules', followed by the echoed report (Salesforce ref tag)",
     why="statement about 'the reported content' followed by the echoed report naming one post: not in violation, no action = rejected",
     items={X3: "rejected"},
     body=f"""\
Hello,

We have investigated the reported content and have found that it is not in violation
of the X Rules (https://help.x.com/rules-and-policies/x-rules). We have therefore not
taken any action on it at this time.

Thanks,
X

---------- Reported content ----------
Reporter: Korea Communications Standards Commission
Reference: KCSC-240913-01
Reported post: {X3}
Category: Illegal content (local law)
""")

case(name="x-out-of-office-english", from_="m.han@x.com",
     name_from="Minji Han",
     date="Fri, 13 Sep 2024 16:01:05 +0900",
     subject="Automatic reply: [KCSC-240913-01] Request for removal",
     reply_to_req="req-240913-01",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply:' out-of-office",
     why="out-of-office reply; says nothing about items",
     items={},
     body="""\
Thank you for your email. I am out of the office until 20 September with limited access
to email. For legal requests please write to legal@x.com.

Best,
Minji
""")

# ======================================================================
# TikTok (KCSC-240916-01)
# ======================================================================
case(name="tiktok-korean-removed-and-restricted", from_="legal-kr@tiktok.com",
     name_from="TikTok 법무팀",
     date="Tue, 17 Sep 2024 15:00:00 +0900",
     subject="Re: [KCSC-240916-01] 콘텐츠 조치 결과 안내",
     reply_to_req="req-240916-01",
     outcome="applied", classification="confirmation",
     imitates="TikTok law-enforcement/government request outcome in Korean (removed for Community Guidelines; restricted locally under Korean law)",
     why="first video removed for guidelines violation = removed; second restricted in Korea only = restricted",
     items={T1: "removed", T2: "restricted"},
     body=f"""\
안녕하세요, TikTok입니다.

요청하신 콘텐츠에 대한 검토 결과를 안내드립니다.

{T1}
- 결과: TikTok 커뮤니티 가이드라인(https://www.tiktok.com/community-guidelines) 위반으로 삭제됨

{T2}
- 결과: 대한민국 법률에 따라 대한민국 내에서 접근이 제한됨

TikTok은 각국의 법률과 커뮤니티 가이드라인에 따라 정부 요청을 검토합니다.
TikTok Pte. Ltd.
""")

case(name="tiktok-claims-x-posts", from_="legal-kr@tiktok.com",
     name_from="TikTok 법무팀",
     date="Tue, 17 Sep 2024 16:20:00 +0900",
     subject="Re: [KCSC-240916-01] 추가 링크 관련",
     reply_to_req="req-240916-01",
     outcome="review", review="wrong_platform",
     imitates="a platform answering about another platform's URLs that were cross-posted",
     why="trusted TikTok email stating two X posts were removed: TikTok cannot remove X posts, nothing applied",
     items={},
     body=f"""\
안녕하세요.

함께 전달해 주신 아래 링크의 게시물도 삭제되었습니다.
{X1}
{X2}

TikTok 법무팀
""")

case(name="x-korean-angle-brackets-deleted", from_="legal@x.com",
     name_from="X 법무팀",
     date="Wed, 18 Sep 2024 09:30:00 +0900",
     subject="RE: KCSC-240913-01 게시물 조치 결과",
     reply_to_req="req-240913-01",
     outcome="applied", classification="confirmation",
     imitates="Korean-language reply from a global platform's Korean legal desk, URLs in angle brackets (Outlook plain-text style)",
     why="'<URL> 게시물은 X 규칙 위반으로 삭제되었습니다' = removed for the first post; the second is '삭제 검토 중' and stays pending",
     items={X1: "removed"},
     body=f"""\
안녕하세요, X 법무팀입니다.

<{X1}> 게시물은 X 규칙(민감한 미디어 정책) 위반으로 삭제되었습니다.
<{X2}> 게시물은 아직 삭제 검토 중입니다.

감사합니다.
X Corp. 법무팀
""")

case(name="kakao-ticket-created-ack", from_="cs@kakaocorp.com",
     name_from="카카오 고객센터",
     date="Wed, 11 Sep 2024 14:20:00 +0900",
     subject="[카카오 고객센터] 문의가 접수되었습니다. (접수번호 #240911-0042871)",
     reply_to_req="req-240911-01",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao 고객센터 '문의가 접수되었습니다' ticket receipt (no Auto-Submitted header)",
     why="a ticket receipt recognised by what it says as a whole (접수, 접수번호, answer to follow); names no item and states nothing",
     items={},
     body="""\
안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: #240911-0042871

담당 부서에서 확인 후 순차적으로 답변드리겠습니다. 문의량이 많아 답변까지 다소 시간이
소요될 수 있는 점 양해 부탁드립니다.

카카오 고객센터 드림
""")

case(name="tiktok-ack-phrase-plus-statement", from_="legal-kr@tiktok.com",
     name_from="TikTok 법무팀",
     date="Mon, 16 Sep 2024 18:45:00 +0900",
     subject="Re: [KCSC-240916-01] 요청 접수 및 1차 조치 안내",
     reply_to_req="req-240916-01",
     outcome="applied", classification="confirmation",
     imitates="TikTok government-request reply that opens with the receipt sentence and then reports a first action",
     why="an acknowledgement phrase AND an unhedged statement about one item: not an acknowledgement; the video is removed, the other stays pending (still under review)",
     items={T1: "removed"},
     body=f"""\
안녕하세요, TikTok입니다.

요청이 접수되었음을 알려드립니다. (케이스 번호: KR-2024-091600318)

우선 아래 동영상은 검토를 마치고 TikTok에서 삭제하였습니다.
{T1}

나머지 동영상({T2})은 검토가 진행 중이며, 결과가 나오면 안내드리겠습니다.

TikTok 법무팀
""")

MDN_HUMAN = "귀하가 보낸 메시지를 수신자가 2024-09-16 11:02 (KST)에 열어 보았습니다."
case(name="tiktok-read-receipt", from_="legal-kr@tiktok.com",
     name_from="TikTok 법무팀",
     date="Mon, 16 Sep 2024 11:02:30 +0900",
     subject="읽음: [방송통신심의위원회] 시정요구 (KCSC-240916-01)",
     reply_to_req="req-240916-01",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook Korean read receipt ('읽음:' subject, multipart/report disposition-notification)",
     why="an MDN read receipt says nothing about items",
     items={},
     raw_mime=f"""\
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_0916"

--mdn_0916
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{MDN_HUMAN}
제목: [방송통신심의위원회] 시정요구 (KCSC-240916-01)

--mdn_0916
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Exchange Server
Final-Recipient: rfc822;legal-kr@tiktok.com
Original-Message-ID: <req-240916-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_0916--
""")

# ======================================================================
# Bounce (our reminder to Kakao)
# ======================================================================
case(name="kakao-bounce-dsn", from_="MAILER-DAEMON@mx.daum.net",
     name_from="Mail Delivery System", auth="none",
     date="Wed, 18 Sep 2024 14:05:00 +0900",
     subject="Undelivered Mail Returned to Sender",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (multipart/report; report-type=delivery-status) returning our reminder",
     why="a bounce of our own reminder, which it embeds with its URLs; ignored",
     items={},
     raw_mime=f"""\
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_0918"

--dsn_0918
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@kakaocorp.com>: host mx.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

--dsn_0918
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.daum.net
Arrival-Date: Wed, 18 Sep 2024 14:04:58 +0900

Final-Recipient: rfc822; report-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn_0918
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@kakaocorp.com
Subject: [재요청] 시정요구 (KCSC-240911-01) 조치 결과 회신 요청
Message-ID: <rem-240911-01-1@kcsc.example>
In-Reply-To: <req-240911-01@kcsc.example>
Date: Wed, 18 Sep 2024 14:04:50 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 조치 결과(삭제 완료 여부)를 회신하여 주십시오.
{K1}
{K2}
{K4}

--dsn_0918--
""")


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        nm = c.get("name_from")
        if nm and not nm.isascii():
            # Korean display names as RFC 2047 encoded-words, as mail clients send them
            c["name_from"] = Header(nm, "utf-8").encode()
    header = (
        "# Blind set 15 (issue 11): Korean-heavy general mix, written from public notices\n"
        "# found with the search tool, expected results from meaning before any run.\n"
        "# Generated by make.py; do not edit by hand.\n"
    )
    write_set(HERE, "blind15", header, CASES)


if __name__ == "__main__":
    main()
