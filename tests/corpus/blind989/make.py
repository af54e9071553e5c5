#!/usr/bin/env python3
"""Blind set 989 (focus: Korean platforms writing in Korean: NAVER,
Kakao/Daum/Tistory/Brunch, YouTube Korea, DC Inside, BAND; 공문-style
replies, 임시조치 notices, 시정요구 조치결과 tables, informal operator
replies). Deterministic: rewrites requests.csv, cases/*.eml and
expected.toml from the lists below.

Expected results were written from each email's meaning, before any run
of the reader.
"""
import base64
import csv
import html
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "kakao.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DC Inside",
    "band.us": "BAND",
})

# ---------------------------------------------------------------- requests
K3_RAW = "https://pinecone-note.tistory.com/entry/정리본-모음"
T1_RAW = "https://gureum-diary.tistory.com/entry/후기-공유"


def enc(u):
    return quote(u, safe=":/?&=@%-._~")


N = {
    1: "https://blog.naver.com/haneul_pado/223561100451",
    2: "https://blog.naver.com/haneul_pado/223561187702",
    3: "https://cafe.naver.com/gaeulbit1004/88213",
    4: "https://cafe.naver.com/gaeulbit1004/88240",
    5: "https://cafe.naver.com/jusik_moim/512077",
    6: "https://blog.naver.com/sora_ddal/223570044019",
    7: "https://post.naver.com/viewer/postView.naver?volumeNo=38120554&memberNo=51230877",
    8: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60211&docId=471230988",
    9: "https://blog.naver.com/bamgil_2/223574411230",
    10: "https://cafe.naver.com/gaeulbit1004/88301",
    11: "https://in.naver.com/dalbit_story/contents/internal/715502833741234",
    12: "https://m.blog.naver.com/sora_ddal/223571230087",
}
K = {
    1: "https://cafe.daum.net/moonlit.garden/Fx3k/1207",
    2: "https://cafe.daum.net/moonlit.garden/Fx3k/1215",
    3: enc(K3_RAW),
    4: "https://brunch.co.kr/@seoridae/41",
    5: "https://oncloud-dream.tistory.com/158",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3xT8pLw2c",
    2: "https://www.youtube.com/shorts/Vb7nR1kZs0E",
    3: "https://youtu.be/H2dK9wLq4aY",
    4: "https://www.youtube.com/@bamsae_tv_kr",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stockus&no=884120",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=cheongpo_r&no=20931",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=cheongpo_r&no=20958",
}
B = {
    1: "https://band.us/band/84120677/post/312",
    2: "https://band.us/band/84120677/post/318",
}
S1 = "https://blog.naver.com/morning_tide77/223590012784"
T1 = enc(T1_RAW)

REQUESTS = [
    # ref, platform, sent, due, urls, category, message id, note
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", list(N.values()),
     "illegal-gambling", "req.240903.01@kcsc.example", "gambling promotion on blogs and cafes"),
    ("KCSC-240905-02", "kakao", "2024-09-05", "2024-09-12", list(K.values()),
     "drug-trade", "req.240905.02@kcsc.example", "Daum cafe, Tistory and Brunch posts"),
    ("KCSC-240909-03", "youtube", "2024-09-09", "2024-09-16", list(Y.values()),
     "obscenity", "req.240909.03@kcsc.example", "videos, a short and a channel"),
    ("KCSC-240911-04", "dcinside", "2024-09-11", "2024-09-18", list(D.values()),
     "privacy", "req.240911.04@kcsc.example", "gallery posts exposing personal data"),
    ("KCSC-240916-05", "band", "2024-09-16", "2024-09-23", list(B.values()),
     "illegal-gambling", "req.240916.05@kcsc.example", "two posts of one open band"),
    ("KCSC-240919-06", "naver", "2024-09-19", "2024-09-26", [S1],
     "defamation", "req.240919.06@kcsc.example", "one blog post"),
    ("KCSC-240923-07", "kakao", "2024-09-23", "2024-09-30", [T1],
     "privacy", "req.240923.07@kcsc.example", "one Tistory post with a Korean path"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def original_request(ref, urls, when):
    lines = [f"From: KCSC Takedown <takedown@kcsc.example>",
             f"Sent: {when}",
             "To: policy@navercorp.com",
             f"Subject: [{ref}] 불법정보 시정요구",
             "",
             "안녕하십니까, 방송통신심의위원회입니다.",
             "아래 정보에 대하여 시정요구(해당 정보의 삭제 또는 접속차단)를 하오니",
             "조치 후 그 결과를 회신하여 주시기 바랍니다.",
             ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    return "\n".join(lines)


ALL_N_PENDING = {u: "pending" for u in N.values()}

# ---------------------------------------------------------------- cases
CASES = []


ENCODE_SUBJECT = {"naver-csv-attachment", "kakao-gongmun-numbered", "yt-ko-legal-grouped",
                  "band-ticket-result", "naver-report-receipt", "dc-bulleted-results"}


def case(**kw):
    if kw["name"] in ENCODE_SUBJECT:
        # as most Korean mailers send it: RFC 2047 B-encoded UTF-8
        kw["subject"] = Header(kw["subject"], "utf-8").encode()
    CASES.append(kw)


# ===== applied ==============================================================
case(
    name="naver-gongmun-text-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 회신 '시정요구에 대한 조치결과 회신' with a text table (연번/URL/조치결과)",
    why="trusted NAVER letter, one row per URL: 삭제 x3, 게시중단, 임시조치, 게시물 없음; the other six are only promised",
    **{"from": "policy@navercorp.com"}, name_from="네이버 주식회사 정책지원",
    date="Thu, 05 Sep 2024 17:40:12 +0900",
    subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 회신",
    reply_to_req="req.240903.01",
    body=f"""
네이버 주식회사

수신  방송통신심의위원회 통신심의국장
제목  시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(요청번호 KCSC-240903-01, 2024. 9. 3.)와 관련하여
   당사의 조치 결과를 아래와 같이 회신합니다.

- 아    래 -

연번 | URL                                              | 조치결과                    | 조치일
-----+--------------------------------------------------+-----------------------------+-----------
1    | {N[1]} | 삭제                        | 2024-09-05
2    | {N[2]} | 삭제                        | 2024-09-05
3    | {N[3]}      | 게시중단                    | 2024-09-05
4    | {N[4]}      | 임시조치(30일)              | 2024-09-05
5    | {N[5]}       | 해당 게시물 없음(작성자 삭제) | -
6    | {N[6]} | 삭제                        | 2024-09-05

3. 나머지 6건은 내부 검토를 거쳐 추후 회신드릴 예정입니다.  끝.

네이버 주식회사 대표이사
(담당: 정책지원팀 윤하린 / 031-000-0000)
""",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "not_found", N[6]: "removed"},
)

html_rows = [
    (N[7], "블라인드 처리"),
    (N[8], "게시물 없음 (작성자가 삭제)"),
    (N[9], "위반 사항 확인되지 않음 – 게시 유지"),
    (N[10], "국내 접속 차단"),
]
html_table = "".join(
    f"<tr><td>{i}</td><td><a href=\"{html.escape(u)}\">{html.escape(u)}</a></td><td>{r}</td></tr>\n"
    for i, (u, r) in enumerate(html_rows, 1))
plain_table = "\n".join(f"{i}. {u}\n   처리결과: {r}" for i, (u, r) in enumerate(html_rows, 1))
case(
    name="naver-html-table-result",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 HTML notice with a 처리결과 table (multipart/alternative)",
    why="table rows: 블라인드=removed, 작성자 삭제=not_found, 게시 유지=rejected, 국내 접속 차단=restricted",
    **{"from": "noreply-right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Fri, 06 Sep 2024 11:02:45 +0900",
    subject="[NAVER] KCSC-240903-01 처리결과 안내",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="nv-alt-7731"

--nv-alt-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. NAVER 권리보호센터입니다.
요청번호 KCSC-240903-01 중 아래 게시물의 처리결과를 안내드립니다.

{plain_table}

본 메일은 발신전용입니다.

--nv-alt-7731
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. <b>NAVER 권리보호센터</b>입니다.<br>
요청번호 KCSC-240903-01 중 아래 게시물의 처리결과를 안내드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>No</th><th>게시물 URL</th><th>처리결과</th></tr>
{html_table}</table>
<p style="color:#888">본 메일은 발신전용입니다. 문의는 <a href="https://right.naver.com/help">권리보호센터 도움말</a>을 이용해 주세요.</p>
</body></html>

--nv-alt-7731--
""",
    items={N[7]: "removed", N[8]: "not_found", N[9]: "rejected", N[10]: "restricted"},
)

csv_text = "\ufeff연번,URL,조치결과,비고\n" + "\n".join([
    f"1,{N[11]},삭제,운영정책 위반",
    f"2,{N[12]},임시조치,30일",
    f"3,{N[5]},게시물 없음,작성자 삭제",
]) + "\n"
case(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="공문 cover mail with the 조치결과 list as a CSV attachment (Excel export, UTF-8 BOM)",
    why="CSV rows state 삭제, 임시조치, 게시물 없음 for three named URLs",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 09:15:00 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 - 조치결과 송부",
    reply_to_req="req.240903.01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-mix-0909"

--nv-mix-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀 윤하린입니다.

요청번호 KCSC-240903-01 건 중 추가로 조치된 3건의 결과를
첨부 파일(CSV)로 송부드리오니 확인 부탁드립니다.

감사합니다.

--nv-mix-0909
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--nv-mix-0909--
""",
    items={N[11]: "removed", N[12]: "restricted", N[5]: "not_found"},
)

case(
    name="naver-single-post-prose",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 one-line 게시중단 result for a single-post request",
    why="URL in parentheses followed by 은; 게시중단 처리되었습니다 = removed",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Fri, 20 Sep 2024 14:22:31 +0900",
    subject="[네이버 고객센터] 게시중단 요청 처리 결과 안내 (KCSC-240919-06)",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물({S1})은
2024년 9월 20일 오후 2시 게시중단 처리되었습니다.

이용에 참고 부탁드립니다.
네이버 고객센터 드림
""",
    items={S1: "removed"},
)

case(
    name="naver-sole-no-url",
    outcome="applied", classification="confirmation",
    imitates="short operator reply in the request's thread, no URL repeated",
    why="one-item request in the same thread, unhedged 삭제 조치하였습니다: applies to its only item",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 23 Sep 2024 10:05:09 +0900",
    subject="Re: [KCSC-240919-06] 불법정보 시정요구",
    reply_to_req="req.240919.06",
    body="""
안녕하십니까.

요청하신 블로그 게시물은 명예훼손 관련 운영정책 위반이 확인되어
금일 오전 삭제 조치하였습니다.

네이버 정책지원팀 드림
""",
    items={S1: "removed"},
)

case(
    name="naver-top-posted-over-original",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----' holding the whole request",
    why="two arrow lines state 삭제 완료 and 작성자 삭제 for N3 and N5; the quoted request's 12 URLs are not statements",
    **{"from": "cs-policy@navercorp.com"}, name_from="Naver CS 정책",
    date="Wed, 04 Sep 2024 16:48:03 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903.01",
    body=f"""
안녕하세요, 네이버 고객센터 정책 담당입니다.
요청하신 건 중 우선 처리된 두 건의 결과를 먼저 알려드립니다.

{N[3]} → 삭제 완료
{N[5]} → 작성자가 이미 삭제한 게시물로 확인됩니다.

나머지 게시물은 검토 후 회신드리겠습니다.

-----Original Message-----
{original_request("KCSC-240903-01", list(N.values()), "Tuesday, September 3, 2024 4:10 PM")}
""",
    items={N[3]: "removed", N[5]: "not_found"},
)

case(
    name="naver-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="operator reply listing each URL with the result on the indented line below",
    why="N6 비공개 처리 완료 = removed; N9 게시 유지 with its reason = rejected (re-review only if documents come)",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 18:31:40 +0900",
    subject="[KCSC-240903-01] 조치결과 (2차)",
    body=f"""
방송통신심의위원회 담당자님께,

KCSC-240903-01 건 2차 조치결과 공유드립니다.

1. {N[6]}
   → 비공개 처리 완료
2. {N[9]}
   → 명예훼손 여부가 명확하지 않아 게시 유지합니다.
     법원 판결문 등 자료를 보내주시면 재검토하겠습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    items={N[6]: "removed", N[9]: "rejected"},
)

qp_body = f"""안녕하세요. 네이버 카페 운영정책 담당입니다.

요청번호 KCSC-240903-01 관련 처리 결과입니다.

- {N[4]} : 게시글 삭제
- {N[10]} : 임시조치

임시조치된 게시글은 작성자의 재게시 요청이 없으면 30일 후 삭제됩니다.

네이버 카페 운영팀
"""
case(
    name="naver-cafe-quoted-printable",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영팀 plain notice sent quoted-printable (임시조치 + 삭제)",
    why="QP body: 게시글 삭제 = removed, 임시조치 = restricted; the 30-day note is about the future",
    **{"from": "cafe-policy@naver.com"}, name_from="네이버 카페",
    date="Sat, 07 Sep 2024 10:11:58 +0900",
    subject="[네이버 카페] 게시글 처리 결과 안내",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    items={N[4]: "removed", N[10]: "restricted"},
)

case(
    name="kakao-gongmun-numbered",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 '게시중단 요청에 대한 처리 결과 안내' with a numbered list, URLs in angle brackets",
    why="all five items named: 삭제 x2, 임시조치, 게시물 존재하지 않음, 조치하지 않음 with reason",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 Safety",
    date="Tue, 10 Sep 2024 15:00:21 +0900",
    subject="[카카오] 게시중단 요청(KCSC-240905-02)에 대한 처리 결과 안내",
    reply_to_req="req.240905.02",
    body=f"""
주식회사 카카오

수신: 방송통신심의위원회
제목: 게시중단 요청에 대한 처리 결과 안내

1. 귀 기관의 노고에 감사드립니다.
2. 귀 기관의 요청(KCSC-240905-02)에 따른 당사 서비스 내 게시물 처리 결과를
   다음과 같이 알려드립니다.

 가. <{K[1]}>
     : 게시물 삭제
 나. <{K[2]}>
     : 임시조치(30일)
 다. <{K[3]}>
     : 해당 URL의 게시물이 존재하지 않음
 라. <{K[4]}>
     : 검토 결과 불법정보로 보기 어려워 조치하지 않음
 마. <{K[5]}>
     : 게시물 삭제

3. 처리 결과에 이의가 있으신 경우 회신 주시기 바랍니다.  끝.

주식회사 카카오 Safety 정책팀
""",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "not_found", K[4]: "rejected", K[5]: "removed"},
)

case(
    name="kakao-tistory-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Tistory 운영팀 informal reply pasting the Korean-path URL undecoded",
    why="raw Korean path matches the percent-encoded K3: 블라인드 = removed; K5 게시 유지 = rejected",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Mon, 09 Sep 2024 13:27:44 +0900",
    subject="Re: 티스토리 게시물 관련 요청 (KCSC-240905-02)",
    reply_to_req="req.240905.02",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청 주신 티스토리 게시물 두 건 확인했습니다.

{K3_RAW} 게시글은 운영정책 위반으로 블라인드 처리되었습니다.

{K[5]} 게시글은 관련 법령 위반 소지가 확인되지 않아
게시 유지하기로 하였습니다.

감사합니다.
티스토리 운영팀
""",
    items={K[3]: "removed", K[5]: "rejected"},
)

case(
    name="kakao-tistory-fullwidth-brackets",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 notice quoting the URL in 「」 brackets",
    why="URL in full-width brackets, Korean path raw; 임시조치(30일)를 하였습니다 = restricted",
    **{"from": "right@daum.net"}, name_from="Daum 권리침해신고센터",
    date="Wed, 25 Sep 2024 11:40:00 +0900",
    subject="[Daum] 임시조치 결과 안내 – KCSC-240923-07",
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

요청하신 「{T1_RAW}」 게시물에 대하여
정보통신망법 제44조의2에 따라 임시조치(30일)를 하였습니다.

게시자가 30일 이내에 재게시를 요청하지 않으면 해당 게시물은 삭제됩니다.

Daum 권리침해신고센터 드림
""",
    items={T1: "restricted"},
)

b64_html = f"""<html><body>
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>KCSC-240905-02 건 처리 결과를 알려드립니다.</p>
<ul>
<li>{K[2]} &ndash; 게시중단 처리 완료</li>
<li>{K[4]} &ndash; 작가가 직접 글을 삭제하여 현재 존재하지 않는 페이지입니다.</li>
</ul>
<p>자세한 정책은 <a href="https://www.kakao.com/policy/oppolicy">카카오 운영정책</a>을 참고해 주세요.</p>
<p>카카오 고객센터 드림</p>
</body></html>
"""
case(
    name="kakao-base64-html",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 answer mail: single base64 text/html part with a bulleted list",
    why="게시중단 처리 완료 = removed; 작가가 직접 삭제 = not_found; the policy link is no item",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 09:48:12 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(b64_html)}
""",
    items={K[2]: "removed", K[4]: "not_found"},
)

case(
    name="yt-ko-legal-grouped",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome mail (Korean localisation) grouping URLs under a geo-restriction heading and a removal heading",
    why="Y1, Y3 under '대한민국에서 액세스가 제한' = restricted; Y2 under '삭제되었습니다' = removed",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Thu, 12 Sep 2024 08:03:17 +0900",
    subject="YouTube 법률 요청 결과 안내 [KCSC-240909-03]",
    body=f"""
안녕하세요.

방송통신심의위원회에서 제출하신 요청(KCSC-240909-03)을 검토했습니다.

다음 콘텐츠는 현지 법률에 따라 대한민국에서 액세스가 제한되었습니다.
- {Y[1]}
- {Y[3]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y[2]}

YouTube의 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/2801999 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    items={Y[1]: "restricted", Y[3]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-channel-terminated-bilingual",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety bilingual (Korean/English) channel termination notice",
    why="the channel URL stated 해지/terminated in both languages = removed",
    **{"from": "yt-trustandsafety@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Fri, 13 Sep 2024 19:20:00 +0900",
    subject="Re: KCSC-240909-03 / 채널 조치 결과",
    reply_to_req="req.240909.03",
    body=f"""
안녕하세요,

신고하신 채널 {Y[4]} 은(는) 스팸 및 현혹 행위 정책을 반복하여 위반하여
YouTube에서 해지되었습니다.

Hello,

The channel {Y[4]} has been terminated for repeated violations of our
spam and deceptive practices policy.

감사합니다 / Thank you,
YouTube Trust & Safety
""",
    items={Y[4]: "removed"},
)

case(
    name="yt-age-restricted-and-kept",
    outcome="applied", classification="confirmation",
    imitates="YouTube review outcome: age restriction for one video, no action for another",
    why="연령 제한 적용 = restricted; 가이드 위반 없음, 그대로 유지 = rejected",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Sat, 14 Sep 2024 10:30:45 +0900",
    subject="YouTube 검토 결과 – KCSC-240909-03 (추가)",
    body=f"""
안녕하세요. YouTube 법무팀입니다.

추가로 검토한 콘텐츠의 결과를 알려드립니다.

{Y[2]}
이 Shorts 동영상에는 연령 제한이 적용되었습니다. 만 18세 미만 사용자와 로그아웃한 사용자는 시청할 수 없습니다.

{Y[3]}
검토 결과 커뮤니티 가이드 또는 현지 법률 위반이 확인되지 않아 조치 없이 그대로 유지됩니다.

감사합니다.
""",
    items={Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-actioned-english",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals team short English outcome using 'actioned under our policies'",
    why="the configured YouTube phrase 'has been actioned under our policies' = removed for Y3",
    **{"from": "removals@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 02:14:09 +0900",
    subject="[8-2391000041237] Your request KCSC-240909-03",
    body=f"""
Hello,

Thanks for reaching out to us.

Following our review, the content at {Y[3]} has been actioned under our policies.

Regards,
The Google Team
""",
    items={Y[3]: "removed"},
)

case(
    name="yt-sor-style-geoblock",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons fields (결정/범위/근거) in Korean for one video",
    why="결정: 대한민국 내 콘텐츠 차단, 범위: 대한민국 = restricted (geo-block)",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube",
    date="Tue, 10 Sep 2024 21:55:30 +0900",
    subject="조치 사유 안내 (KCSC-240909-03)",
    body=f"""
조치 사유 안내

대상 콘텐츠: {Y[1]}
결정: 콘텐츠 차단 (지역 제한)
적용 범위: 대한민국
근거: 현지 법률 (정보통신망법 제44조의7)
탐지 방식: 정부 기관 신고
자동화 수단 사용 여부: 아니요

이 결정은 {Y[1]} 에만 적용됩니다.
""",
    items={Y[1]: "restricted"},
)

case(
    name="dc-operator-informal",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 informal reply from an operator",
    why="D1 삭제했고요 = removed; D2 이미 작성자가 지운 글 = not_found",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 13:02:11 +0900",
    subject="Re: [KCSC-240911-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req.240911.04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글 중에
{D[1]}
이 글은 오늘 오전에 삭제했고요,

{D[2]}
이 글은 저희가 확인했을 때 이미 작성자가 지운 글이라 남아있지 않습니다.

나머지 한 건은 갤러리 매니저 쪽 확인이 필요해서 따로 연락드릴게요.
수고하세요.
""",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-bulleted-results",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 마이너 갤러리 처리 결과 as a dash list",
    why="D2 삭제 및 차단 = removed; D3 삭제 대상 아님 with reason = rejected",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 13 Sep 2024 17:45:00 +0900",
    subject="[디시인사이드] KCSC-240911-04 처리 결과",
    body=f"""
KCSC-240911-04 요청 건 처리 결과 알려드립니다.

- {D[2]} : 삭제 및 작성자 IP 차단
- {D[3]} : 삭제 대상 아님 (개인정보가 모자이크되어 있어 정상 게시물로 판단)

디시인사이드 운영팀
""",
    items={D[2]: "removed", D[3]: "rejected"},
)

case(
    name="dc-heading-then-urls",
    outcome="applied", classification="confirmation",
    imitates="short DC Inside reply: one statement sentence, then the URLs on the lines below it",
    why="'아래 게시물은 삭제 처리되었습니다' then two URLs: both removed",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드",
    date="Wed, 11 Sep 2024 22:10:05 +0900",
    subject="Re: [KCSC-240911-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req.240911.04",
    body=f"""
아래 게시물은 삭제 처리되었습니다.

{D[1]}
{D[3]}

디시인사이드 운영팀
""",
    items={D[1]: "removed", D[3]: "removed"},
)

case(
    name="dc-parenthesised-url",
    outcome="applied", classification="confirmation",
    imitates="one-sentence operator reply with the URL in parentheses followed by a particle",
    why="(URL)은 11일 오후 삭제했습니다 = removed",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 관리자",
    date="Thu, 12 Sep 2024 09:01:33 +0900",
    subject="게시물 삭제 완료 건 (KCSC-240911-04)",
    body=f"""
안녕하세요.
요청 주신 주식 갤러리 게시물({D[1]})은 11일 오후 삭제했습니다.
확인 부탁드립니다.

디시인사이드 관리자 드림
""",
    items={D[1]: "removed"},
)

case(
    name="band-ticket-result",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 answer: ticket number line plus per-post results",
    why="an acknowledgement phrase plus unhedged statements: B1 삭제 = removed, B2 리더가 이미 삭제 = not_found",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Wed, 18 Sep 2024 16:20:41 +0900",
    subject="[BAND] 문의하신 내용에 대한 답변 (#B240917-0412)",
    body=f"""
안녕하세요, BAND 고객센터입니다.
문의번호 #B240917-0412 (KCSC-240916-05) 관련 처리 결과 안내드립니다.

1) {B[1]}
   운영정책(불법 도박 홍보) 위반으로 게시글을 삭제하였습니다.
2) {B[2]}
   해당 게시글은 밴드 리더가 이미 삭제하여 존재하지 않습니다.

BAND를 이용해 주셔서 감사합니다.
""",
    items={B[1]: "removed", B[2]: "not_found"},
)

case(
    name="naver-outlook-reply-three",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with a From:/Sent:/To: header block over the quoted request",
    why="above the quoted block: N7 삭제, N8 게시물 없음 = not_found, N11 위반 아님 = rejected",
    **{"from": "hj.kang@navercorp.com"}, name_from="강혜지",
    date="Sun, 08 Sep 2024 20:12:09 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903.01",
    body=f"""
안녕하세요, 네이버 강혜지입니다.

문의하신 3건 확인 결과입니다.
{N[7]} - 삭제하였습니다
{N[8]} - 해당 질문은 존재하지 않는 게시물입니다
{N[11]} - 검토 결과 도박 홍보로 볼 수 없어 조치하지 않았습니다

감사합니다.
강혜지 드림

From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 4:10 PM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법정보 시정요구

안녕하십니까, 방송통신심의위원회입니다.
아래 정보에 대하여 시정요구를 하오니 조치 결과를 회신하여 주시기 바랍니다.
{chr(10).join(f"{i}. {u}" for i, u in enumerate(N.values(), 1))}
""",
    items={N[7]: "removed", N[8]: "not_found", N[11]: "rejected"},
)

gmail_quote = "\n".join("> " + line if line else ">" for line in
                        original_request("KCSC-240903-01", list(N.values()), "2024-09-03 16:10").split("\n")[5:])
case(
    name="naver-gmail-quoted-partial",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply '…님이 작성:' over a '>'-quoted request; three done, the rest 검토 중",
    why="N1, N2 삭제 = removed, N12 임시조치 = restricted; the nine others are only 검토 중 (pending); quoted URLs are not statements",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 11:30:00 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903.01",
    body=f"""
안녕하세요.
요청하신 12건 중 아래 3건은 처리를 마쳤습니다.

* {N[1]} 삭제
* {N[2]} 삭제
* {N[12]} 임시조치

나머지 9건은 검토 중입니다.

2024년 9월 3일 (화) 오후 4:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gmail_quote}
""",
    items={N[1]: "removed", N[2]: "removed", N[12]: "restricted"},
)

case(
    name="kakao-one-item-all-removed",
    outcome="applied", classification="confirmation",
    imitates="Kakao Safety short reply '신고하신 게시물은 모두 삭제' to a one-post request",
    why="a statement about 'all' posts, but the referenced request has one item: applies to it",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 Safety",
    date="Thu, 26 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240923-07] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req.240923.07",
    body="""
안녕하세요, 카카오 Safety팀입니다.

KCSC-240923-07 건으로 신고하신 게시물은 모두 삭제 처리하였습니다.

감사합니다.
""",
    items={T1: "removed"},
)

case(
    name="naver-echoed-report-form",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-form echo (■ 신고 URL / ■ 처리 결과 blocks)",
    why="each block pairs one URL with its 처리 결과: N6 삭제 = removed, N10 정상 게시물 게시 유지 = rejected",
    **{"from": "noreply-right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Thu, 12 Sep 2024 15:33:20 +0900",
    subject="[NAVER] 신고 처리 결과 안내 (KCSC-240903-01)",
    body=f"""
NAVER 권리보호센터 신고 처리 결과 안내

■ 신고 번호: 2409-R-448120
■ 신고 URL: {N[6]}
■ 신고 사유: 불법 도박 홍보
■ 처리 결과: 삭제
■ 처리 일시: 2024-09-12 15:20

■ 신고 번호: 2409-R-448121
■ 신고 URL: {N[10]}
■ 신고 사유: 불법 도박 홍보
■ 처리 결과: 해당 없음 (정상 게시물로 판단되어 게시 유지)
■ 처리 일시: 2024-09-12 15:21

본 메일은 발신 전용입니다.
""",
    items={N[6]: "removed", N[10]: "rejected"},
)

# ===== review ===============================================================
case(
    name="naver-promise-will-remove",
    outcome="review", review="not_understood",
    imitates="portal reply promising future action (조치될 예정입니다)",
    why="'삭제 조치될 예정' is a promise, not a statement: N1, N2 stay pending",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 09:12:00 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903.01",
    body=f"""
안녕하십니까.

요청하신 게시물 중
{N[1]}
{N[2]}
두 건은 내부 검토 후 이번 주 중 삭제 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

네이버 정책지원팀 드림
""",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-hedged-seems-gone",
    outcome="review", review="not_understood",
    imitates="Daum 카페 담당자 hedged reply (…것으로 보이며 / …것 같습니다)",
    why="hedges ('삭제한 것으로 보이며', '노출되지 않는 것 같습니다') and a promise to confirm: K1, K2 pending",
    **{"from": "cafe-cs@daum.net"}, name_from="Daum 카페 고객센터",
    date="Fri, 06 Sep 2024 14:55:00 +0900",
    subject="Re: [KCSC-240905-02] 게시중단 요청",
    reply_to_req="req.240905.02",
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

{K[1]} 게시물은 작성자가 이미 삭제한 것으로 보이며,
{K[2]} 게시물도 현재는 검색에 노출되지 않는 것 같습니다.

정확한 상태를 확인한 뒤 다시 안내드리겠습니다.
""",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-done",
    outcome="review", review="bulk",
    imitates="공문-style one-liner '요청하신 게시물 전체에 대해 게시중단 조치를 완료'",
    why="a statement about all items of a 12-item request naming none of them: bulk, all pending",
    **{"from": "policy@navercorp.com"}, name_from="네이버 주식회사",
    date="Tue, 17 Sep 2024 10:00:00 +0900",
    subject="[회신] KCSC-240903-01 조치 완료 보고",
    body="""
네이버 주식회사

수신  방송통신심의위원회
제목  시정요구 조치 완료 보고

1. 귀 위원회의 시정요구(KCSC-240903-01)와 관련입니다.
2. 당사는 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였음을 알려드립니다.  끝.
""",
    items=ALL_N_PENDING,
)

case(
    name="yt-bulk-english-ko",
    outcome="review", review="bulk",
    imitates="YouTube support one-liner 'all the videos you reported have been removed' (Korean + English)",
    why="four-item request, 'all' without naming any: bulk, items pending",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Mon, 16 Sep 2024 12:12:12 +0900",
    subject="Re: KCSC-240909-03",
    reply_to_req="req.240909.03",
    body="""
안녕하세요,
신고하신 콘텐츠를 모두 검토하여 삭제했습니다.

Hello,
We have reviewed and removed all of the content you reported.

YouTube 법무팀
""",
    items={u: "pending" for u in Y.values()},
)

case(
    name="naver-dmarc-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="a NAVER-looking 조치결과 notice whose navercorp.com DKIM/DMARC fail",
    why="sender domain is NAVER's but authentication fails: nothing applied",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 08:20:00 +0900",
    subject="[KCSC-240903-01] 조치결과",
    body=f"""
안녕하세요. 요청번호 KCSC-240903-01 관련하여
{N[3]} 게시물을 삭제하였음을 알려드립니다.
""",
    items={N[3]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="a writer's law firm telling the regulator its client deleted the post",
    why="sender is no platform (law firm domain): the 삭제 statement cannot change D1",
    **{"from": "contact@hanbit-law.example"}, name_from="법무법인 한빛",
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="[KCSC-240911-04] 게시물 관련 의견서 제출",
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 아래 게시물 작성자의 대리인입니다.
의뢰인은 {D[1]} 게시물을 2024. 9. 12. 자진 삭제하였음을 알려드리며,
향후 의견진술 기회를 요청드립니다.

법무법인 한빛 변호사 오세진
""",
    items={D[1]: "pending"},
)

case(
    name="cafe-manager-gmail",
    outcome="review", review="unknown_sender",
    imitates="a Daum cafe manager (not Kakao staff) answering from a personal Gmail address",
    why="gmail.com is no platform's sender domain: K1, K2 stay pending",
    **{"from": "moonlit.garden.mgr@gmail.com"}, name_from="달빛정원 카페매니저",
    date="Sat, 07 Sep 2024 23:40:10 +0900",
    subject="카페 게시글 삭제했습니다 (KCSC-240905-02)",
    body=f"""
안녕하세요 달빛정원 카페 매니저입니다.
연락 받고 바로 확인해서 아래 두 글 지웠습니다.

{K[1]}
{K[2]}

앞으로 관리 잘 하겠습니다. 죄송합니다.
""",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-speaks-for-band",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy desk answering for BAND posts (BAND is a NAVER service but a separate platform here)",
    why="navercorp.com states statuses of band.us items, which belong to the 'band' platform",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 19 Sep 2024 10:45:00 +0900",
    subject="BAND 게시글 조치 결과 (KCSC-240916-05)",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

BAND 서비스 관련하여 요청하신 게시글 처리 결과를 대신 전달드립니다.

{B[1]} : 삭제
{B[2]} : 삭제

감사합니다.
""",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="dc-asks-for-resolution",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="DC Inside 운영팀 asking for the 심의 의결서 before acting",
    why="asks for documents and states no result: D1, D2 pending",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 10:20:00 +0900",
    subject="Re: [KCSC-240911-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req.240911.04",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신
{D[1]}
{D[2]}
건과 관련하여, 처리를 위해 심의 의결서 사본과 담당자 연락처를
회신해 주시기 바랍니다. 자료를 받는 대로 검토하겠습니다.
""",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="naver-channel-change-notice",
    outcome="review", review="no_claims",
    imitates="NAVER notice to public bodies that the 신고 접수 창구 address changes",
    why="trusted NAVER mail naming no item and no request: nothing to apply, a person decides",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="[안내] 공공기관 신고 접수 창구 변경 안내",
    body="""
안녕하십니까, 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시물 관련 요청은
기존 이메일 대신 전용 접수 페이지(https://right.naver.com/public)로 받습니다.

기존 이메일로 보내신 요청은 10월 31일까지 함께 처리됩니다.
이용에 참고 부탁드립니다.
""",
    items={},
)

case(
    name="band-under-review",
    outcome="review", review="not_understood",
    imitates="BAND 고객센터 interim answer: posts named, 검토 중, result to follow",
    why="'검토 중이며 결과는 추후 안내' is no statement about B1, B2: pending",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Tue, 17 Sep 2024 11:05:00 +0900",
    subject="[BAND] KCSC-240916-05 진행 상황 안내",
    body=f"""
안녕하세요, BAND 고객센터입니다.

{B[1]} 와 {B[2]} 게시글은 현재 담당 부서에서 검토 중이며,
결과는 확인되는 대로 추후 안내드리겠습니다.

양해 부탁드립니다.
""",
    items={B[1]: "pending", B[2]: "pending"},
)

# ===== ignored ==============================================================
case(
    name="naver-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean 자동 회신 (부재중) from a NAVER staff mailbox",
    why="out-of-office auto reply (Auto-Submitted: auto-replied)",
    **{"from": "harin.yoon@navercorp.com"}, name_from="윤하린",
    date="Tue, 03 Sep 2024 16:10:40 +0900",
    subject="자동 회신: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903.01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 윤하린입니다.
9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
긴급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    items={},
)

case(
    name="kakao-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN from the Kakao mail server (550 unknown user) returning the full request",
    why="delivery status notification: ignored, even though the returned request lists URLs",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 10:00:03 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kk-0905"

--dsn-kk-0905
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-old@kakaocorp.com>: host mailstore.kakaocorp.com[203.0.113.25]
    said: 550 5.1.1 User unknown (in reply to RCPT TO command)

--dsn-kk-0905
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; takedown-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-kk-0905
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: takedown-old@kakaocorp.com
Subject: [KCSC-240905-02] 게시중단 요청
Message-ID: <req.240905.02@kcsc.example>
Date: Thu, 05 Sep 2024 09:59:50 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물에 대하여 게시중단을 요청합니다.
{chr(10).join(f"{i}. {u}" for i, u in enumerate(K.values(), 1))}

--dsn-kk-0905--
""",
    items={},
)

case(
    name="dc-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN '읽음 확인' (multipart/report disposition-notification) from a DC Inside mailbox",
    why="read receipt: says only that the request was displayed",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 14:02:00 +0900",
    subject="읽음: [KCSC-240911-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req.240911.04",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-11"

--mdn-dc-11
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240911-04] 개인정보 노출 게시물 삭제 요청"을(를)
2024-09-11 오후 2:02에 수신자가 읽었습니다.

--mdn-dc-11
Content-Type: message/disposition-notification

Reporting-UA: webmail.dcinside.com
Final-Recipient: rfc822; cs@dcinside.com
Original-Message-ID: <req.240911.04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-11--
""",
    items={},
)

case(
    name="naver-report-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 권리보호센터 '신고가 정상적으로 접수되었습니다' receipt with a 접수번호",
    why="pure acknowledgement: a receipt number and the usual processing time, no result",
    **{"from": "noreply-right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Tue, 03 Sep 2024 16:12:30 +0900",
    subject="[NAVER] 신고 접수 완료 안내 (KCSC-240903-01)",
    body="""
안녕하세요. NAVER 권리보호센터입니다.

신고가 정상적으로 접수되었습니다.
  - 접수번호: 2409-R-440917
  - 접수일시: 2024-09-03 16:12

접수된 신고는 순차적으로 검토되며, 처리 결과는 메일로 안내드립니다.
(영업일 기준 1~3일 소요)

본 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="yt-case-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal support case-created receipt (Korean with English case line)",
    why="acknowledgement of the request with a case ID only",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Mon, 09 Sep 2024 17:01:10 +0900",
    subject="[8-2391000041237] 요청이 접수되었습니다 – KCSC-240909-03",
    body="""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 요청이 접수되었으며
사례 번호는 8-2391000041237 입니다.
Your case ID is 8-2391000041237.

검토가 끝나면 이 주소로 결과를 보내드리겠습니다.
이 메일에 회신하실 때는 제목의 사례 번호를 유지해 주세요.

YouTube 법무팀
""",
    items={},
)

case(
    name="band-after-hours-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="BAND 고객센터 운영시간 외 자동응답",
    why="automatic after-hours reply (Auto-Submitted), no statement",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Mon, 16 Sep 2024 21:30:05 +0900",
    subject="[자동응답] 고객센터 운영시간 안내",
    reply_to_req="req.240916.05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, BAND 고객센터입니다.

지금은 고객센터 운영시간(평일 10:00~18:00)이 아닙니다.
보내주신 메일은 정상적으로 수신되었으며, 운영시간에 순서대로 답변드리겠습니다.

※ 본 메일은 자동 발송되었습니다.
""",
    items={},
)

case(
    name="kakao-request-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 '게시중단 요청이 접수되었습니다' receipt naming only the request",
    why="receipt with 접수번호 and expected processing time, no item or result",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 10:30:00 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    body="""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 보내주신 게시중단 요청(KCSC-240905-02)이 접수되었습니다.
  접수번호: KC-20240905-118273

담당 부서에서 확인 후 영업일 기준 3~5일 이내에 답변드리겠습니다.
""",
    items={},
)


HEADER = """# Blind set 989 (Korean platforms writing in Korean: NAVER, Kakao/Daum,
# YouTube Korea, DC Inside, BAND). Written by tests/corpus/blind989/make.py
# before any run of the reader; see NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind989", HEADER, CASES)
