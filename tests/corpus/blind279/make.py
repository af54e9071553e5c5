#!/usr/bin/env python3
"""Blind corpus set 279: Korean portals and community sites.

    python3 tests/corpus/blind279/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was run on it. All names, ids and URLs are invented; the "content"
is never described.
"""
import base64
import datetime
import email.header
import email.utils
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(s):
    """'2024-09-11 14:22:05' (KST) -> RFC 5322 date."""
    t = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST)
    return email.utils.format_datetime(t)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests

KR_PATH = "%EB%B3%84%EB%B9%9B%EC%84%9C%EC%A0%90"  # 별빛서점
KR_RAW = "별빛서점"

DC = "https://gall.dcinside.com"
DC_1041 = DC + "/mgallery/board/view/?id=dfk_minor&no=1041"
DC_1042 = DC + "/mgallery/board/view/?id=dfk_minor&no=1042"
DC_1057 = DC + "/mgallery/board/view/?id=dfk_minor&no=1057"
DC_1063 = DC + "/mgallery/board/view/?id=dfk_minor&no=1063"
DC_HF10 = DC + "/board/view/?id=hit_free&no=228810"
DC_HF47 = DC + "/board/view/?id=hit_free&no=228847"
DC_SR77 = DC + "/mini/board/view/?id=shadowroom&no=77"
DC_SR81 = DC + "/mini/board/view/?id=shadowroom&no=81"
DC_RP12 = DC + "/mgallery/board/view/?id=rumor_pix&no=30412"
DC_RP15 = DC + "/mgallery/board/view/?id=rumor_pix&no=30415"
DC_RP99 = DC + "/mgallery/board/view/?id=rumor_pix&no=30499"
DC_M1088 = "https://m.dcinside.com/board/dfk_minor/1088"
DC_ALL = [DC_1041, DC_1042, DC_1057, DC_1063, DC_HF10, DC_HF47, DC_SR77, DC_SR81,
          DC_RP12, DC_RP15, DC_RP99, DC_M1088]

NV_MOON = "https://blog.naver.com/moonlit_kr/223500118001"
NV_C120 = "https://cafe.naver.com/bluepond/88120"
NV_C134 = "https://cafe.naver.com/bluepond/88134"
NV_IN = "https://in.naver.com/" + KR_PATH + "/contents/internal/771203"
NV_IN_RAW = "https://in.naver.com/" + KR_RAW + "/contents/internal/771203"
NV_SORA = "https://blog.naver.com/PostView.naver?blogId=sora_lab&logNo=223520001234"
NV_ALL = [NV_MOON, NV_C120, NV_C134, NV_IN, NV_SORA]

DM_1207 = "https://cafe.daum.net/nightowl/Ab3k/1207"
DM_1219 = "https://cafe.daum.net/nightowl/Ab3k/1219"
DM_M55 = "https://m.cafe.daum.net/silverkite/ZZq1/55"
DM_TS = "https://grayriver.tistory.com/412"
DM_ALL = [DM_1207, DM_1219, DM_M55, DM_TS]

SP_V755 = "https://vod.sooplive.co.kr/player/131207755"
SP_V012 = "https://vod.sooplive.co.kr/player/131209012"
SP_POST = "https://ch.sooplive.co.kr/nightbj77/post/99120451"

FM_913 = "https://www.fmkorea.com/7410022913"
FM_815 = "https://www.fmkorea.com/7410098815"

PP_1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120344"

CL_123 = "https://www.clien.net/service/board/park/18770123"
CL_155 = "https://www.clien.net/service/board/park/18770155"

REQUESTS = [
    # ref, platform, sent, due, category, urls
    ("KCSC-240902-01", "dcinside", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "deepfake_sexual_abuse", DC_ALL),
    ("KCSC-240903-02", "naver", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "defamation_privacy", NV_ALL),
    ("KCSC-240904-03", "daum", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal_gambling", DM_ALL),
    ("KCSC-240905-04", "soop", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscene_content", [SP_V755, SP_V012, SP_POST]),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T10:15:00+09:00", "2024-09-13T18:00:00+09:00",
     "defamation_privacy", [FM_913, FM_815]),
    ("KCSC-240909-06", "ppomppu", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00",
     "drug_trade", [PP_1]),
    ("KCSC-240910-07", "clien", "2024-09-10T10:05:00+09:00", "2024-09-17T18:00:00+09:00",
     "personal_information", [CL_123, CL_155]),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},<{req_mid(ref)}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# The regulator's own request text, as quoted back by platforms.
def request_text(ref, urls, prefix=""):
    body = [
        "안녕하십니까. 방송통신심의위원회 불법정보대응팀입니다.",
        "",
        f"아래 게시물은 위원회 심의 결과 불법정보로 판단되어 삭제 또는 접속차단을 요청드립니다 ({ref}).",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "조치 결과를 기한 내 회신하여 주시기 바랍니다.", "KCSC 불법정보대응팀 드림"]
    return "\n".join(prefix + line if line else prefix.rstrip() for line in body)


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ============ applied ============

# 1
dc_rows = [
    (DC_1041, "삭제"),
    (DC_1042, "삭제"),
    (DC_HF10, "삭제"),
    (DC_SR77, "게시물 없음 (작성자 삭제)"),
    (DC_RP99, "유지 &ndash; 기사 링크만 있는 글로 문제 게시물에 해당하지 않음"),
    (DC_M1088, "접근 제한 (성인 인증 후 열람)"),
]
rows_html = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td>'
    f"<td>{r}</td></tr>"
    for i, (u, r) in enumerate(dc_rows, 1)
)
case(
    name="dc-html-table-mixed",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date=d("2024-09-05 15:12:40"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구 조치 결과 회신",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>2024년 9월 2일 요청하신 건(KCSC-240902-01) 가운데 아래 6건의 처리 결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>게시물 주소</th><th>조치 내용</th></tr>
{rows_html}
</table>
<p>나머지 게시물은 갤러리 관리자와 확인 중입니다.</p>
<p style="color:#888">운영 원칙: <a href="https://www.dcinside.com/policy/operation">https://www.dcinside.com/policy/operation</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 회신 as an HTML table from a community site",
    why="six rows, each a URL with its own result: four statuses mixed; the policy link is no item",
    items={DC_1041: "removed", DC_1042: "removed", DC_HF10: "removed", DC_SR77: "not_found",
           DC_RP99: "rejected", DC_M1088: "restricted"},
)

# 2
case(
    name="dc-numbered-list-four",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date=d("2024-09-04 10:03:11"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구 조치 결과 (dfk_minor 갤러리)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 dfk_minor 마이너 갤러리 게시물 처리 내역입니다.

1. {DC_1041} - 삭제 완료
2. {DC_1042} - 삭제 완료
3. {DC_1057} - 삭제 완료
4. {DC_1063} - 이미 삭제된 게시물 (작성자 본인 삭제, 9/2 22:14)

해당 갤러리 관리자에게도 재발 방지를 안내하였습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site moderator reply listing posts with 삭제 완료",
    why="numbered list, one status per URL; the fourth was deleted by its author before the request was handled",
    items={DC_1041: "removed", DC_1042: "removed", DC_1057: "removed", DC_1063: "not_found"},
)

# 3
csv_status = {
    DC_1041: "삭제", DC_1042: "삭제", DC_1057: "삭제", DC_1063: "삭제", DC_HF10: "삭제",
    DC_HF47: "삭제", DC_SR77: "삭제", DC_SR81: "게시물 없음", DC_RP12: "삭제", DC_RP15: "삭제",
    DC_RP99: "유지(위반 아님)", DC_M1088: "삭제",
}
csv_lines = ["번호,URL,처리결과,처리일시"]
for i, u in enumerate(DC_ALL, 1):
    csv_lines.append(f'{i},"{u}",{csv_status[u]},2024-09-06 11:{10 + i:02d}')
csv_text = "\ufeff" + "\r\n".join(csv_lines) + "\r\n"
case(
    name="dc-csv-attachment-all",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date=d("2024-09-06 13:40:02"),
    subject="Re: [KCSC-240902-01] 조치 결과 송부 (첨부)",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dcmix279"

--dcmix279
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240902-01 요청 12건 전체의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

--dcmix279
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--dcmix279--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (조치 결과 첨부)",
    why="the CSV gives each of the twelve URLs its own result: ten deleted, one gone, one kept as no violation",
    items={u: {"삭제": "removed", "게시물 없음": "not_found", "유지(위반 아님)": "rejected"}[s]
           for u, s in csv_status.items()},
)

# 4
case(
    name="dc-url-status-below",
    frm="minor-admin@dcinside.com", name_from="디시인사이드 마이너갤러리 운영지원",
    date=d("2024-09-05 09:21:55"),
    subject="Re: [KCSC-240902-01] rumor_pix 갤러리 게시물 처리 결과",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요.
요청 건 중 마이너 갤러리 rumor_pix 게시물 처리 결과입니다.

{DC_RP12}
→ 운영자 권한으로 삭제하였습니다.

{DC_RP15}
→ 작성자가 먼저 삭제하여 현재 존재하지 않는 게시물입니다.

{DC_RP99}
→ 삭제하였습니다.

디시인사이드 마이너갤러리 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply with each URL alone on a line and its result on the next",
    why="each URL is followed by its own arrow line: deleted, already gone, deleted",
    items={DC_RP12: "removed", DC_RP15: "not_found", DC_RP99: "removed"},
)

# 5
case(
    name="dc-english-mobile-url",
    frm="global@dcinside.com", name_from="DCinside Global Support",
    date=d("2024-09-11 17:05:30"),
    subject="RE: KCSC-240902-01 - removal request",
    reply_to_req="req-240902-01",
    body=f"""Dear KCSC team,

Regarding your request KCSC-240902-01: the post at
{DC_M1088} was deleted by our moderation team on 11 September
and the uploader's account has been suspended for 30 days.

We are still looking at the remaining links of your list and will write to you
again once that is done.

Best regards,
Minseo Ryu
DCinside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply from a Korean community site",
    why="one named URL with an unhedged 'was deleted'; the rest is an explicit promise and changes nothing",
    items={DC_M1088: "removed"},
)

# 6
case(
    name="dc-wrapped-query-url",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date=d("2024-09-05 18:44:09"),
    subject="Re: [KCSC-240902-01] 미니 갤러리 게시물 조치 안내",
    reply_to_req="req-240902-01",
    body="""안녕하세요. 디시인사이드 운영팀입니다.

말씀하신 미니 갤러리 shadowroom 게시물 두 건은 확인 결과 문제 게시물로 판단되어
게시물 삭제 및 작성자 IP 차단 조치하였습니다.

- https://gall.dcinside.com/mini/board/view/?id=shadowroom&
no=77
- https://gall.dcinside.com/mini/board/view/?id=shadowroom&
no=81

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose mailer hard-wrapped long query-string URLs",
    why="the statement covers the two listed posts; each URL is broken after '&' and its 'no=' continues on the next line",
    items={DC_SR77: "removed", DC_SR81: "removed"},
)

# 7
case(
    name="dc-echoed-report-form",
    frm="noreply@dcinside.com", name_from="디시인사이드 신고센터",
    date=d("2024-09-04 20:30:00"),
    subject="[디시인사이드] 신고하신 게시물의 처리 결과 안내 (KCSC-240902-01)",
    body=f"""디시인사이드 신고센터에서 알려드립니다.
신고하신 게시물의 처리가 완료되어 결과를 안내드립니다.

========================================
[신고 내용]
접수번호 : DCR-20240902-5521
신고 유형 : 불법촬영물 / 합성물
신고 게시물 : {DC_HF47}
[처리 결과]
처리 상태 : 처리 완료
조치 내용 : 게시물 삭제, 작성자 이용 제한 30일
========================================
[신고 내용]
접수번호 : DCR-20240902-5522
신고 유형 : 불법촬영물 / 합성물
신고 게시물 : {DC_HF10}
[처리 결과]
처리 상태 : 처리 완료
조치 내용 : 조치하지 않음 (신고 게시물에서 해당 콘텐츠가 확인되지 않음)
========================================

본 메일은 발신 전용입니다. 문의는 고객센터를 이용해 주세요.
https://www.dcinside.com/help/report
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result mail echoing each report form with its outcome",
    why="each echoed report block gives its URL and its own result: one deleted, one not actioned because nothing violating was found",
    items={DC_HF47: "removed", DC_HF10: "rejected"},
)

# 8
case(
    name="dc-gmail-korean-quote",
    frm="hajin.kim@dcinside.com", name_from="김하진",
    date=d("2024-09-03 11:52:17"),
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 디시인사이드 운영지원팀 김하진입니다.

요청하신 게시물 가운데 1057번, 1063번 게시물은 오늘 오전 삭제 처리했습니다.
{DC_1057}
{DC_1063}

나머지 건은 확인 중이며 처리되는 대로 다시 회신드리겠습니다.

2024년 9월 2일 (월) 오전 10:00, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240902-01", DC_ALL, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply in Korean (…님이 작성:) over the quoted request",
    why="two URLs on the lines below their statement are deleted; the other ten appear only in the quoted request",
    items={DC_1057: "removed", DC_1063: "removed"},
)

# 9
case(
    name="naver-temp-measure-cafe",
    frm="right@navercorp.com", name_from="네이버 권리보호센터",
    date=d("2024-09-04 16:02:45"),
    subject="[네이버] 게시중단 요청에 따른 임시조치 결과 안내 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

KCSC-240903-02 요청과 관련하여, 아래 게시물에 대해 정보통신망법 제44조의2에 따라
임시조치(30일간 해당 게시물에 대한 접근 차단)를 하였음을 알려드립니다.

 - 카페 게시물 : {NV_C120}
 - 카페 게시물 : {NV_C134}

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 절차에 따라 처리됩니다.
임시조치 제도 안내: https://help.naver.com/service/5636/contents/19084

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 result notice",
    why="임시조치 (30-day access block) on both named cafe posts is a restriction; the help link is no item",
    items={NV_C120: "restricted", NV_C134: "restricted"},
)

# 10
case(
    name="naver-korean-path-blind",
    frm="right@navercorp.com", name_from="네이버 권리보호센터",
    date=d("2024-09-05 10:30:12"),
    subject="Re: [KCSC-240903-02] 게시물 조치 결과",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. 네이버 권리보호센터 담당자입니다.

요청하신 인플루언서 콘텐츠 {NV_IN_RAW} 는 운영정책 위반으로 블라인드 처리되었으며,
블로그 게시글 {NV_SORA} 은(는) 비공개 처리되었습니다.

다른 게시물은 별도로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply quoting the Korean-path URL as the browser shows it",
    why="블라인드 and 비공개 처리 both make the posts unavailable; the raw Korean path is the percent-encoded requested URL",
    items={NV_IN: "removed", NV_SORA: "removed"},
)

# 11
nv_qp_text = f"""안녕하세요. 네이버 권리보호센터입니다.

KCSC-240903-02 요청 건의 검토 결과를 아래와 같이 알려드립니다.

■ {NV_MOON} : 삭제
■ {NV_SORA} : 게시물 없음 (작성자가 이미 삭제한 게시물입니다)
■ {NV_C134} : 조치 불가 - 검토 결과 네이버 운영정책 및 관련 법령 위반 소지가 확인되지 않았습니다.

감사합니다.
네이버 권리보호센터 드림
"""
case(
    name="naver-qp-mixed",
    frm="right@navercorp.com", name_from="네이버 권리보호센터",
    date=d("2024-09-09 14:18:30"),
    subject="=?UTF-8?B?" + base64.b64encode("[네이버] 요청 게시물 검토 결과 안내".encode()).decode() + "?=",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(nv_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER review-result notice in quoted-printable with an encoded subject",
    why="three bullet lines: deleted, already deleted by its author, refused because no violation was found",
    items={NV_MOON: "removed", NV_SORA: "not_found", NV_C134: "rejected"},
)

# 12
case(
    name="naver-top-posted-partial",
    frm="jiwoo.han@navercorp.com", name_from="한지우",
    date=d("2024-09-04 09:48:20"),
    subject="RE: [KCSC-240903-02] 불법정보 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""요청하신 5건 중 2건 처리 결과 먼저 회신드립니다.

{NV_C120} - 삭제
{NV_IN} - 삭제

나머지 3건은 관련 부서 검토 후 회신드리겠습니다.

한지우 드림 | NAVER Trust & Safety

-----Original Message-----
From: KCSC 불법정보대응팀 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:30 AM
To: policy@navercorp.com
Subject: [KCSC-240903-02] 불법정보 삭제 요청

{request_text("KCSC-240903-02", NV_ALL)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the unquoted original request",
    why="two URLs marked 삭제 above the Original Message line; the other three are promised and only appear in the request below",
    items={NV_C120: "removed", NV_IN: "removed"},
)

# 13
case(
    name="naver-text-table-five",
    frm="policy@navercorp.com", name_from="NAVER 정책지원",
    date=d("2024-09-10 17:55:00"),
    subject="[KCSC-240903-02] 시정요구 조치결과 회신",
    reply_to_req="req-240903-02",
    body=f"""수신: 방송통신심의위원회 불법정보대응팀
제목: 시정요구 조치결과 회신 (KCSC-240903-02)

귀 위원회의 시정요구에 대한 조치결과를 다음과 같이 회신합니다.

No | URL | 조치결과 | 조치일
---+-----+----------+-------
1 | {NV_MOON} | 삭제 | 2024-09-05
2 | {NV_C120} | 임시조치 | 2024-09-04
3 | {NV_C134} | 임시조치 | 2024-09-04
4 | {NV_IN} | 블라인드 | 2024-09-05
5 | {NV_SORA} | 비공개 처리 | 2024-09-05

끝.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 in a plain-text table (공문 style)",
    why="five rows, one result each: 삭제/블라인드/비공개 are removals, 임시조치 a restriction",
    items={NV_MOON: "removed", NV_C120: "restricted", NV_C134: "restricted", NV_IN: "removed",
           NV_SORA: "removed"},
)

# 14
case(
    name="daum-temp-measure-and-delete",
    frm="right@kakaocorp.com", name_from="Daum 권리침해신고센터",
    date=d("2024-09-06 11:11:11"),
    subject="[Daum] 요청하신 게시물 처리 결과 안내 (KCSC-240904-03)",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) {DM_1207}
   처리 결과: 임시조치 (30일간 게시물 접근 차단)
2) {DM_1219}
   처리 결과: 삭제

임시조치에 관한 자세한 사항은 고객센터 도움말을 참고해 주세요.
https://cs.daum.net/faq/95/7580.html

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 result notice with 임시조치",
    why="each numbered URL has its result line: 30-day access block (restricted) and deletion",
    items={DM_1207: "restricted", DM_1219: "removed"},
)

# 15
case(
    name="daum-tistory-geo-english",
    frm="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date=d("2024-09-07 08:20:44"),
    subject="Re: [KCSC-240904-03] Takedown request - Tistory",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Following the KCSC determination, access to the Tistory post
{DM_TS} from Korean IP addresses has been blocked as of
7 September 2024, 08:00 KST. The post is still visible outside Korea; the
blog owner has been notified and may object through our notice procedure.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply about a country-level block",
    why="blocked for Korean IP addresses only, still visible abroad: restricted",
    items={DM_TS: "restricted"},
)

# 16
case(
    name="daum-outlook-already-gone",
    frm="soyeon.kim@kakaocorp.com", name_from="김소연",
    date=d("2024-09-05 13:05:00"),
    subject="RE: [KCSC-240904-03] 불법정보 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 카카오 김소연입니다.

요청하신 모바일 카페 게시물({DM_M55})은 확인 결과 게시자가 이미 삭제한 상태로,
별도로 조치할 게시물이 존재하지 않습니다.
다른 세 건은 권리침해신고센터에서 회신드릴 예정입니다.

김소연 | Kakao 정책팀

-----Original Message-----
From: "KCSC 불법정보대응팀"<takedown@kcsc.example>
To: "policy@kakaocorp.com"<policy@kakaocorp.com>
Sent: 2024-09-04 (수) 09:40:00 (GMT+09:00)
Subject: [KCSC-240904-03] 불법정보 삭제 요청

{request_text("KCSC-240904-03", DM_ALL)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply (RE:, -----Original Message-----) with the URL in parentheses before a particle",
    why="the URL in parentheses followed by 은 was already deleted by its poster: not_found; the other three are only promised or quoted",
    items={DM_M55: "not_found"},
)

# 17
dm_alt_text = f"""안녕하세요. Daum 권리침해신고센터입니다.

KCSC-240904-03 요청 중 아래 게시물을 삭제하였습니다.

- {DM_1207}
- {DM_1219}
- {DM_TS}

감사합니다.
"""
dm_alt_html = f"""<html><body>
<p>안녕하세요. Daum 권리침해신고센터입니다.</p>
<p>KCSC-240904-03 요청 중 아래 게시물을 삭제하였습니다.</p>
<ul>
<li><a href="{DM_1207}">{DM_1207}</a></li>
<li><a href="{DM_1219}">{DM_1219}</a></li>
<li><a href="{DM_TS}">{DM_TS}</a></li>
</ul>
<p>감사합니다.</p>
</body></html>"""
case(
    name="daum-multipart-alt",
    frm="right@kakaocorp.com", name_from="Daum 권리침해신고센터",
    date=d("2024-09-10 10:40:00"),
    subject="[Daum] 게시물 삭제 완료 안내 (KCSC-240904-03)",
    reply_to_req="req-240904-03",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="dmalt279"

--dmalt279
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dm_alt_text)}
--dmalt279
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dm_alt_html)}
--dmalt279--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao notice sent as multipart/alternative, both parts base64",
    why="one deletion sentence followed by a list of three URLs (the fourth item is not mentioned)",
    items={DM_1207: "removed", DM_1219: "removed", DM_TS: "removed"},
)

# 18
sp_b64_text = f"""안녕하세요. SOOP 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-04)의 조치 결과를 알려드립니다.

VOD {SP_V755} : 삭제 처리 완료
VOD {SP_V012} : 19세 이상 시청 가능(연령 제한)으로 변경
방송국 게시글 {SP_POST} : 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다

감사합니다.
"""
case(
    name="soop-base64-mixed",
    frm="cs@sooplive.co.kr", name_from="SOOP 고객센터",
    date=d("2024-09-06 19:27:03"),
    subject="Re: [KCSC-240905-04] 불법정보 조치 요청",
    reply_to_req="req-240905-04",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(sp_b64_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) customer-centre reply in a base64 body",
    why="one line per URL: deleted, age-restricted, not actioned for want of a violation",
    items={SP_V755: "removed", SP_V012: "restricted", SP_POST: "rejected"},
)

# 19
case(
    name="soop-english-bullets",
    frm="trust@sooplive.com", name_from="SOOP Trust & Safety",
    date=d("2024-09-09 09:15:27"),
    subject="Re: KCSC-240905-04 - outcome of your request",
    reply_to_req="req-240905-04",
    body=f"""Dear KCSC,

Thank you for your request. Here is what we did:

  * {SP_V755} -- removed (VOD deleted, broadcaster warned)
  * {SP_V012} -- removed
  * {SP_POST} -- we could not find this post; the link
    returns "post does not exist".

Regards,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English bulleted outcome list from a streaming platform",
    why="two VODs removed, the station post cannot be located: not_found",
    items={SP_V755: "removed", SP_V012: "removed", SP_POST: "not_found"},
)

# 20
case(
    name="soop-html-notice",
    frm="notice@sooplive.co.kr", name_from="SOOP",
    date=d("2024-09-07 14:00:00"),
    subject="[SOOP] 콘텐츠 조치 안내 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    type="html",
    body=f"""<html><body>
<div style="max-width:600px;margin:0 auto;font-family:sans-serif">
<h2 style="color:#0545b1">콘텐츠 조치 안내</h2>
<p>요청하신 콘텐츠에 대해 아래와 같이 조치하였습니다.</p>
<table style="border-collapse:collapse;width:100%">
<tr style="background:#f2f4f8"><th>대상</th><th>조치</th></tr>
<tr><td><a href="{SP_POST}">{SP_POST}</a></td><td>블라인드 처리</td></tr>
<tr><td><a href="{SP_V755}">{SP_V755}</a></td><td>국내 접속 차단 (해외 시청만 가능)</td></tr>
</table>
<p style="font-size:11px;color:#999">운영정책 보기: <a href="https://www.sooplive.co.kr/policy/operation">운영정책</a> |
이의 제기: <a href="https://help.sooplive.co.kr/appeal">이의 제기 안내</a></p>
</div></body></html>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP-style HTML service notice with a two-column result table",
    why="블라인드 is removal; blocked in Korea only is restricted; the policy and appeal links are no items",
    items={SP_POST: "removed", SP_V755: "restricted"},
)

# 21
case(
    name="fmkorea-korean-particle",
    frm="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date=d("2024-09-09 11:33:48"),
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청 건",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요 에펨코리아 운영진입니다.

요청 주신 두 게시물 확인했습니다.
{FM_913}은 운영진이 삭제했습니다.
{FM_815}의 경우 내부 검토 결과 사이트 규정과 관련 법령에 어긋나는 부분이 없다고 판단되어 유지합니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin writing URLs with Korean particles attached (…913은, …815의)",
    why="the particle is no part of the URL: first post deleted, second kept as not violating",
    items={FM_913: "removed", FM_815: "rejected"},
)

# 22
case(
    name="fmkorea-fullwidth-punct",
    frm="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date=d("2024-09-10 16:02:00"),
    subject="Re: [KCSC-240906-05] 처리 결과",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요. 요청하신 게시물 처리 결과입니다.

① 게시물（{FM_815}）：블라인드 처리 완료
② 게시물（{FM_913}）：작성자 삭제로 확인 불가

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply typed with full-width parentheses and colon",
    why="full-width brackets around each URL; blinded (removed) and already deleted by the author (not_found)",
    items={FM_815: "removed", FM_913: "not_found"},
)

# 23
case(
    name="ppomppu-sole-statement",
    frm="help@ppomppu.co.kr", name_from="뽐뿌 운영팀",
    date=d("2024-09-10 09:05:40"),
    subject="[뽐뿌] 요청하신 KCSC-240909-06 건 처리 안내",
    reply_to_req="req-240909-06",
    body="""안녕하세요. 뽐뿌 운영팀입니다.

신고해 주신 자유게시판 게시물은 확인 후 삭제 조치하였으며,
작성자 계정은 영구 이용 정지 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community-site reply naming no URL, answering a one-item request",
    why="the request has a single item and the email states, without hedging, that the reported post was deleted",
    items={PP_1: "removed"},
)

# 24
case(
    name="ppomppu-angle-bracket-rejected",
    frm="help@ppomppu.co.kr", name_from="뽐뿌 운영팀",
    date=d("2024-09-11 15:45:10"),
    subject="Re: [KCSC-240909-06] 게시물 검토 결과",
    reply_to_req="req-240909-06",
    body=f"""안녕하세요. 뽐뿌 운영팀입니다.

<{PP_1}> 게시물은
검토 결과 운영 규정 및 관련 법령에 저촉되는 내용이 확인되지 않아 게시를 유지합니다.
추가 자료가 있으시면 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply with the URL in angle brackets",
    why="the post is kept because no rule or law is broken, with that reason given: rejected; the offer to look at more material asks for nothing",
    items={PP_1: "rejected"},
)

# 25
case(
    name="clien-prose-two",
    frm="admin@clien.net", name_from="클리앙 운영자",
    date=d("2024-09-11 10:20:00"),
    subject="Re: [KCSC-240910-07] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240910-07",
    body=f"""안녕하세요, 클리앙 운영자입니다.

모두의공원 게시물 두 건 확인했습니다.
{CL_123} — 개인정보 노출로 삭제했습니다.
{CL_155} — 작성자가 9월 10일 직접 삭제하여 이미 존재하지 않는 게시물입니다.

Thanks,
CLIEN admin
""",
    outcome="applied", classification="confirmation",
    imitates="community admin's short prose reply, URL then dash then result",
    why="one deleted by the admin, one already deleted by its author",
    items={CL_123: "removed", CL_155: "not_found"},
)

# ============ review ============

case(
    name="dc-promise-sequential",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date=d("2024-09-03 09:12:00"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 아래 게시물은 갤러리 관리자 확인 후 순차적으로 삭제될 예정입니다.

- {DC_RP12}
- {DC_RP15}
- {DC_HF47}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="moderator reply promising deletion 'in order'",
    why="'삭제될 예정' is a promise, not a statement: named items stay pending",
    items={DC_RP12: "pending", DC_RP15: "pending", DC_HF47: "pending"},
)

case(
    name="naver-hedge-seems-deleted",
    frm="jiwoo.han@navercorp.com", name_from="한지우",
    date=d("2024-09-04 18:40:00"),
    subject="Re: [KCSC-240903-02] 블로그 게시물 문의",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, NAVER 한지우입니다.

문의하신 {NV_MOON} 게시물은 현재 삭제된 것으로 보이나,
정확한 처리 경위는 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="staff reply hedging about a post's state ('삭제된 것으로 보이나')",
    why="'seems deleted' with a promise to confirm is a hedge, not a statement",
    items={NV_MOON: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date=d("2024-09-06 17:00:00"),
    subject="Re: [KCSC-240902-01] 조치 완료",
    reply_to_req="req-240902-01",
    body="""안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240902-01로 요청하신 게시물 12건 모두 삭제 처리를 완료하였습니다.
개별 게시물 목록은 생략합니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 'all done' reply to a long list",
    why="a statement about all twelve items without naming any, for a multi-item request",
    items={u: "pending" for u in DC_ALL},
)

case(
    name="daum-bulk-english",
    frm="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date=d("2024-09-08 12:00:00"),
    subject="Re: [KCSC-240904-03] Takedown request",
    reply_to_req="req-240904-03",
    body="""Hello,

All of the content reported under KCSC-240904-03 has been taken down
from Daum Cafe and Tistory.

Kind regards,
Kakao Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="English 'all reported content removed' reply",
    why="four-item request answered with one statement covering all, no item named",
    items={u: "pending" for u in DM_ALL},
)

case(
    name="naver-forged-auth-fail",
    frm="notice@naver.com", name_from="네이버 고객센터",
    auth="fail",
    date=d("2024-09-05 02:13:44"),
    subject="[네이버] 게시물 삭제 완료 (KCSC-240903-02)",
    body=f"""네이버 고객센터입니다.

요청하신 게시물이 모두 삭제되었습니다.
{NV_MOON}
{NV_C120}
{NV_C134}

처리 내역 확인: http://naver-cs-check.example/login
""",
    outcome="review", review="untrusted",
    imitates="phishing-like notice claiming to be NAVER, failing DKIM/SPF/DMARC",
    why="a naver.com From that fails authentication cannot change statuses",
    items={NV_MOON: "pending", NV_C120: "pending", NV_C134: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    frm="bluepond.manager@gmail.com", name_from="푸른연못 카페 매니저",
    date=d("2024-09-04 22:31:09"),
    subject="네이버 카페 게시글 삭제했습니다 (KCSC-240903-02)",
    body=f"""안녕하세요. 네이버 카페 '푸른연못' 매니저입니다.
네이버 쪽에서 연락을 받고 문제된 게시글 두 개를 제가 직접 삭제했습니다.

{NV_C120}
{NV_C134}

앞으로 카페 관리 더 신경 쓰겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe operator writing from a personal webmail account",
    why="the cafe manager is not NAVER and writes from gmail.com: no status changes",
    items={NV_C120: "pending", NV_C134: "pending"},
)

case(
    name="kakao-on-naver-item",
    frm="right@kakaocorp.com", name_from="Daum 권리침해신고센터",
    date=d("2024-09-04 15:20:00"),
    subject="Re: [KCSC-240903-02] 게시물 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

보내주신 요청서(KCSC-240903-02)의 게시물 {NV_MOON} 은
네이버 블로그 게시물로 당사 서비스가 아닙니다.
참고로 당사에서 확인한 시점에 해당 게시물은 이미 삭제되어 있었습니다.

네이버 측으로 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal answering a request misrouted to it, about a competitor's URL",
    why="Kakao states a NAVER item's state; only NAVER may change it",
    items={NV_MOON: "pending"},
)

case(
    name="clien-asks-official-letter",
    frm="admin@clien.net", name_from="클리앙 운영자",
    date=d("2024-09-10 15:40:00"),
    subject="Re: [KCSC-240910-07] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240910-07",
    body=f"""안녕하세요, 클리앙 운영자입니다.

아래 게시물 조치를 위해 기관 직인이 날인된 공문 사본을 먼저 보내주실 수 있을까요?
공문 확인 후 바로 처리하겠습니다.

{CL_123}
{CL_155}
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="small-site admin asking for an official letter before acting",
    why="asks for a stamped official letter; nothing has been done yet",
    items={CL_123: "pending", CL_155: "pending"},
)

case(
    name="soop-conditional-notice",
    frm="cs@sooplive.co.kr", name_from="SOOP 고객센터",
    date=d("2024-09-06 10:10:10"),
    subject="Re: [KCSC-240905-04] 불법정보 조치 요청",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요. SOOP 고객센터입니다.

해당 VOD({SP_V012})는 게시자에게 소명을 요청하였으며,
7일 이내 소명이 없을 경우 삭제될 예정입니다.
결과가 나오면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="platform notice making removal conditional on the uploader's reply",
    why="deletion depends on a condition and lies in the future: the item stays pending",
    items={SP_V012: "pending"},
)

case(
    name="fmkorea-policy-newsletter",
    frm="notice@fmkorea.com", name_from="에펨코리아",
    date=d("2024-09-12 10:00:00"),
    subject="[에펨코리아] 게시물 운영정책 개정 안내",
    body="""안녕하세요, 에펨코리아입니다.

2024년 9월 20일부터 게시물 운영정책이 아래와 같이 개정됩니다.

- 합성·편집 이미지 게시 기준 구체화
- 신고 누적 게시물 자동 블라인드 기준 조정 (10회 → 5회)
- 기관 요청 처리 전담 창구 신설: partner@fmkorea.com

자세한 내용은 공지사항을 확인해 주세요.
https://www.fmkorea.com/notice/policy2024

본 메일은 협력 기관 담당자분들께 발송되었습니다.
""",
    outcome="review", review="no_claims",
    imitates="policy-change announcement mailed to partner institutions",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="daum-conflicting",
    frm="right@kakaocorp.com", name_from="Daum 권리침해신고센터",
    date=d("2024-09-07 16:45:00"),
    subject="[Daum] 요청하신 게시물 처리 결과 안내 (KCSC-240904-03)",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

1) {DM_1219}
   처리 결과: 삭제

※ 위 게시물({DM_1219})은 검토 결과 권리침해가 인정되지 않아
   게시를 유지하였습니다.

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="templated result notice where the staff note contradicts the result line",
    why="the same URL is said to be deleted and to be kept up in one email",
    items={DM_1219: "pending"},
)

# ============ ignored ============

case(
    name="naver-ooo-korean",
    frm="jiwoo.han@navercorp.com", name_from="한지우",
    date=d("2024-09-13 09:00:05"),
    subject="[자동응답] 부재중입니다 - Re: [KCSC-240903-02] 불법정보 삭제 요청",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지우입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="an out-of-office reply says nothing about the items",
    items={},
)

dsn_orig = request_text("KCSC-240902-01", DC_ALL[:4])
case(
    name="dc-dsn-failure",
    frm="MAILER-DAEMON@mx.dcinside.com", name_from="Mail Delivery System",
    date=d("2024-09-02 10:00:41"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn279dc"

--dsn279dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kcsc-desk@dcinside.com>: mailbox unavailable (user unknown)

--dsn279dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: {d("2024-09-02 10:00:40")}

Final-Recipient: rfc822; kcsc-desk@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <kcsc-desk@dcinside.com>: Recipient address rejected

--dsn279dc
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: kcsc-desk@dcinside.com
Subject: [KCSC-240902-01] 불법정보 삭제 요청
Message-ID: <req-240902-01-copy@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn279dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report carrying our own request back",
    why="a bounce: the URLs are in our returned request, not a statement by the platform",
    items={},
)

case(
    name="soop-ticket-receipt",
    frm="noreply@sooplive.co.kr", name_from="SOOP 고객센터",
    date=d("2024-09-05 14:01:30"),
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (KCSC-240905-04)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호 : 2409-118273
 - 접수일시 : 2024-09-05 14:01

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (문의 접수 완료)",
    why="a pure receipt with a ticket number; no item statement",
    items={},
)

case(
    name="daum-mdn",
    frm="soyeon.kim@kakaocorp.com", name_from="김소연",
    date=d("2024-09-04 10:12:33"),
    subject="읽음: [KCSC-240904-03] 불법정보 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn279"

--mdn279
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

다음 메시지를 {d("2024-09-04 10:12:30")}에 읽었습니다.

  제목: [KCSC-240904-03] 불법정보 삭제 요청
  받는 사람: policy@kakaocorp.com

--mdn279
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;soyeon.kim@kakaocorp.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn279--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as a disposition notification",
    why="a read receipt says only that the request was opened",
    items={},
)

case(
    name="nate-ooo-english",
    frm="jh.park@nate.com", name_from="Jaehyun Park",
    date=d("2024-09-10 10:06:00"),
    subject="Automatic reply: 불법정보 유통 방지 협조 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hello,

I am out of the office until Monday 23 September with limited access to email.
For content reports please contact the Nate operations desk.

Jaehyun Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="English Outlook 'Automatic reply' from a portal employee",
    why="an out-of-office reply",
    items={},
)

case(
    name="fmkorea-ack-english",
    frm="support@fmkorea.com", name_from="FMKorea Support",
    date=d("2024-09-06 10:16:02"),
    subject="[Ticket #FMK-240906-3391] Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We have received your report and created ticket #FMK-240906-3391.
Our moderation team will look at the reported posts and reply on this ticket.

Please keep the ticket number in the subject line if you write to us again.
This is an automated message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt ('we have received your report, ticket # created')",
    why="a receipt; the promise to look at the posts is no statement",
    items={},
)

case(
    name="ppomppu-dsn-delayed",
    frm="postmaster@ppomppu.co.kr", name_from="Mail Delivery Subsystem",
    date=d("2024-09-09 20:21:00"),
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn279pp"

--dsn279pp
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     help@ppomppu.co.kr

Message will be retried for 4 more day(s).

--dsn279pp
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; help@ppomppu.co.kr
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: {d("2024-09-13 16:20:00")}

--dsn279pp
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: help@ppomppu.co.kr
Subject: [KCSC-240909-06] 불법정보 삭제 요청
Message-ID: <req-240909-06@kcsc.example>

--dsn279pp--
""",
    outcome="ignored", classification="bounce",
    imitates="delayed-delivery DSN (warning only)",
    why="a delivery delay report about our own request",
    items={},
)


HEADER = """# Blind set 279: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, FM Korea, Ppomppu, Clien; Nate in config only), with the
# doubtful and ignorable mail a regulator's mailbox receives.
# Written by tests/corpus/blind279/make.py before any run of the reader.
"""


def main():
    write_requests()
    for i, c in enumerate(CASES):
        c["from"] = c.pop("frm")
        # Real mailers send non-ASCII display names (and most subjects) as
        # RFC 2047 encoded words; every other subject stays raw UTF-8.
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = email.header.Header(c["name_from"], "utf-8").encode()
        if i % 2 == 0 and not c["subject"].isascii():
            c["subject"] = email.header.Header(c["subject"], "utf-8").encode()
    corpuslib.write_set(HERE, "blind279", HEADER, CASES)


if __name__ == "__main__":
    main()
