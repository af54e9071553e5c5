#!/usr/bin/env python3
"""Blind set 27 (issue 11): Korean-heavy general mix (NAVER, Kakao/Daum,
Korean offices of YouTube, X, Meta, Telegram), plus doubtful and ignorable
mail. Expected results written from each email's meaning before any run."""
import base64, os, quopri, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set

REQ = [
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T10:00:00+09:00", "req-240909-01", [
        "https://blog.naver.com/fakeblogger1/223500000001",
        "https://blog.naver.com/fakeblogger1/223500000002",
        "https://cafe.naver.com/fakecafe01/1201",
        "https://cafe.naver.com/fakecafe01/1202",
        "https://cafe.naver.com/fakecafe01/1203",
        "https://m.blog.naver.com/fakeblogger2/223500000006",
        "https://post.naver.com/viewer/postView.naver?volumeNo=38000007&memberNo=5550001",
        "https://tv.naver.com/v/58000008",
        "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=470000009",
        "https://blog.naver.com/fakeblogger3/223500000010",
        "https://blog.naver.com/fakeblogger3/223500000011",
        "https://cafe.naver.com/fakecafe02/88",
        "https://cafe.naver.com/fakecafe02/89",
        "https://blog.naver.com/fakeblogger4/223500000014",
    ]),
    ("KCSC-240910-01", "kakao", "2024-09-10T11:00:00+09:00", "2024-09-17T11:00:00+09:00", "req-240910-01", [
        "https://v.daum.net/v/20240910093000123",
        "https://cafe.daum.net/fakecafe3/Abcd/120",
        "https://tv.kakao.com/v/448000003",
        "https://brunch.co.kr/@fakewriter/31",
        "https://pf.kakao.com/_xFakeA/105000005",
    ]),
    ("KCSC-240911-01", "youtube", "2024-09-11T09:30:00+09:00", "2024-09-18T09:30:00+09:00", "req-240911-01", [
        "https://www.youtube.com/watch?v=Fk9aB3cD1eF",
        "https://www.youtube.com/watch?v=Fk9aB3cD2eG",
        "https://www.youtube.com/shorts/Qw3rTy8uI0p",
        "https://www.youtube.com/@%EA%B0%80%EC%A7%9C%EC%B1%84%EB%84%90",
    ]),
    ("KCSC-240912-01", "x", "2024-09-12T14:00:00+09:00", "2024-09-19T14:00:00+09:00", "req-240912-01", [
        "https://x.com/fake_acct_kr/status/1833000000000000001",
        "https://x.com/fake_acct_kr/status/1833000000000000002",
        "https://x.com/another_fake/status/1833000000000000003",
    ]),
    ("KCSC-240913-01", "meta", "2024-09-13T10:00:00+09:00", "2024-09-20T10:00:00+09:00", "req-240913-01", [
        "https://www.facebook.com/fakepage.kr/posts/pfbid0FakeA1",
        "https://www.instagram.com/p/C9fakeAbC12/",
    ]),
    ("KCSC-240916-01", "telegram", "2024-09-16T16:00:00+09:00", "2024-09-23T16:00:00+09:00", "req-240916-01", [
        "https://t.me/fake_kr_chan/4401",
    ]),
]
N = REQ[0][5]; K = REQ[1][5]; Y = REQ[2][5]; X = REQ[3][5]; M = REQ[4][5]; T = REQ[5][5]
Y4RAW = "https://www.youtube.com/@가짜채널"


def write_csv():
    rows = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, s, d, mid, urls in REQ:
        for u in urls:
            rows.append(f'{ref},{plat},{s},{d},"{u}",illegal_info,<{mid}@kcsc.example>,')
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def quote(urls, ref, prefix="> "):
    lines = [f"방송통신심의위원회 시정요구 ({ref})", "아래 정보에 대하여 삭제 조치를 요청드립니다.", ""]
    lines += [f"{i}. {u} - 삭제 요청" for i, u in enumerate(urls, 1)]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(s):
    e = base64.b64encode(s.encode("utf-8")).decode()
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode()


C = []
def case(**kw):
    C.append(kw)

# ---------------------------------------------------------------- NAVER
case(name="nv-gesijungdan-numbered", **{"from": "policy@navercorp.com"}, date="Tue, 10 Sep 2024 15:20:00 +0900",
     subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

1. {N[0]} : 삭제 완료
2. {N[1]} : 삭제 완료
3. {N[2]} : 삭제 완료
4. {N[3]} : 삭제 완료
5. {N[4]} : 삭제 완료

처리 기준은 네이버 운영정책(https://policy.naver.com/policy/service.html)을 참고해 주시기 바랍니다.

감사합니다.
NAVER Corp. 정책지원팀 | 경기도 성남시 분당구 정자일로 95
""", outcome="applied", classification="confirmation",
     imitates="NAVER 고객센터 게시중단 처리 결과 안내 (numbered list, '삭제 완료' per line, 운영정책 link)",
     why="numbered list with per-line 삭제 완료; the policy link is not an item",
     items={u: "removed" for u in N[:5]})

case(name="nv-imsijochi-44-2", **{"from": "noreply@naver.com"}, date="Wed, 11 Sep 2024 10:05:00 +0900",
     subject="[네이버] 임시조치 안내 - KCSC-240909-01", reply_to_req="req-240909-01",
     body=f"""네이버 권리보호센터 안내

요청하신 아래 게시물에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치(블라인드)하였음을 알려드립니다.

- {N[5]}
- {N[6]}

임시조치 기간 중 게시자의 재게시 요청이 없는 경우 해당 게시물은 삭제될 수 있습니다.
권리보호센터: https://right.naver.com
""", outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 임시조치 안내 (Article 44-2 30-day temporary measure notice)",
     why="임시조치 under 44-2 is a restriction; the 'may be deleted later' sentence is a future note, not the status",
     items={N[5]: "restricted", N[6]: "restricted"})

html_tbl = f"""<html><body><p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240909-01 시정요구 건의 조치 결과를 회신드립니다.</p>
<table border="1"><tr><th>번호</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td>{N[7]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{N[8].replace('&', '&amp;')}</td><td>임시조치</td></tr>
<tr><td>3</td><td>{N[9]}</td><td>미조치 (운영정책 위반 사항 없음)</td></tr>
<tr><td>4</td><td>{N[10]}</td><td>게시물 없음</td></tr>
</table><p>문의: <a href="https://help.naver.com/alias/contents2/right.naver">고객센터</a></p></body></html>"""
case(name="nv-html-table-four", **{"from": "policy@navercorp.com"}, date="Thu, 12 Sep 2024 09:40:00 +0900",
     subject="RE: [KCSC-240909-01] 시정요구", reply_to_req="req-240909-01", type="html", body=html_tbl,
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 table (번호/URL/조치결과) as portals return it",
     why="HTML table: 삭제/임시조치/미조치(위반 없음)/게시물 없음; &amp; in the kin URL",
     items={N[7]: "removed", N[8]: "restricted", N[9]: "rejected", N[10]: "not_found"})

case(name="nv-status-below-url", **{"from": "policy@navercorp.com"}, date="Thu, 12 Sep 2024 17:10:00 +0900",
     subject="[NAVER] 카페 게시물 처리 결과", reply_to_req="req-240909-01",
     body=f"""KCSC-240909-01 관련 카페 게시물 확인 결과입니다.

{N[11]}
이미 작성자에 의해 삭제된 게시물로 확인됩니다.

{N[12]}
카페 운영원칙 위반으로 블라인드 처리되었습니다.

네이버 카페 고객센터 드림
""", outcome="applied", classification="confirmation",
     imitates="NAVER 카페 고객센터 reply (status on the line below a bare URL)",
     why="status below each bare URL: deleted by its author = not_found, 블라인드 = removed",
     items={N[11]: "not_found", N[12]: "removed"})

case(name="nv-top-posted-bigonggae", **{"from": "policy@navercorp.com"}, date="Fri, 13 Sep 2024 11:00:00 +0900",
     subject="Re: [KCSC-240909-01] 시정요구", reply_to_req="req-240909-01",
     body=f"""안녕하세요.
요청하신 항목 중 {N[13]} 게시물은 비공개 처리 완료하였습니다.
나머지 항목은 별도로 회신드리겠습니다.

2024년 9월 9일 (월) 오전 10:00, KCSC <takedown@kcsc.example>님이 작성:
{quote(N, "KCSC-240909-01")}
""", outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted Korean reply over the quoted request ('…님이 작성:')",
     why="only the unquoted sentence counts: one item 비공개 처리 = removed; the quoted '삭제 요청' lines change nothing",
     items={N[13]: "removed"})

csv_att = "URL,처리결과,처리일\r\n" + "\r\n".join([
    f"{N[0]},삭제,2024-09-12", f"{N[1]},삭제,2024-09-12", f"{N[2]},임시조치,2024-09-12",
    f"{N[3]},미조치(위반사항 없음),2024-09-12", f"{N[4]},삭제,2024-09-12",
    f"{N[5]},확인불가(존재하지 않는 게시물),2024-09-12"]) + "\r\n"
case(name="nv-csv-attachment", **{"from": "policy@navercorp.com"}, date="Fri, 13 Sep 2024 14:30:00 +0900",
     subject="[KCSC-240909-01] 처리결과 회신 (첨부)", reply_to_req="req-240909-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="nvcsv27"

--nvcsv27
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

시정요구 건의 처리결과를 첨부 파일로 회신드립니다.
네이버 정책지원팀

--nvcsv27
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240909-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240909-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--nvcsv27--
""", outcome="applied", classification="confirmation",
     imitates="portal result spreadsheet export (URL,처리결과,처리일) attached to a short cover note",
     why="CSV attachment, one status per row in Korean",
     items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "rejected", N[4]: "removed", N[5]: "not_found"})

case(name="nv-under-review-future", **{"from": "policy@navercorp.com"}, date="Tue, 10 Sep 2024 18:00:00 +0900",
     subject="Re: [KCSC-240909-01] 시정요구", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 네이버입니다.
요청하신 {N[0]}, {N[1]}, {N[2]} 게시물은 현재 내부 검토 중이며,
검토가 끝나는 대로 조치할 예정입니다.
""", outcome="review", review="not_understood",
     imitates="NAVER interim reply ('검토 중', '조치할 예정')",
     why="names items but only says under review / will act: nothing applied, must be seen",
     items={})

case(name="nv-asks-more-info", **{"from": "policy@navercorp.com"}, date="Wed, 11 Sep 2024 13:00:00 +0900",
     subject="[NAVER] 추가 자료 요청 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요.
{N[9]} 게시물의 경우 불법성 판단을 위해 해당 심의 의결서 사본 및 위반 근거 조항을 추가로 보내주시기 바랍니다.
자료 확인 후 처리 결과를 안내드리겠습니다.
""", outcome="review", review="asks_more", classification="request_for_info",
     imitates="portal request for the deliberation decision (심의 의결서) before acting",
     why="asks for more documents, states no status", items={})

case(name="nv-ack-receipt", **{"from": "noreply@naver.com"}, date="Mon, 09 Sep 2024 10:02:00 +0900",
     subject="[네이버 고객센터] 문의가 접수되었습니다", reply_to_req="req-240909-01",
     body="""고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024090910021234
담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신전용입니다.
""", outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 automatic 접수 완료 mail with 접수번호",
     why="pure ticket receipt, names no item", items={})

case(name="nv-ooo-korean", **{"from": "jhkim@navercorp.com"}, date="Mon, 09 Sep 2024 10:01:00 +0900",
     subject="[부재중] Re: [KCSC-240909-01] 시정요구", reply_to_req="req-240909-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표메일로 연락 부탁드립니다.
""", outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 out-of-office auto reply",
     why="out-of-office auto-reply", items={})

qp_body = f"""안녕하세요, 네이버 블로그 운영팀입니다.

{N[1]}
- 처리결과: 게시중단

{N[2]}
- 처리결과: 운영정책 위반에 해당하지 않아 게시중단 요청을 수용하지 않습니다.

감사합니다.
"""
case(name="nv-qp-gesijungdan-and-refusal", **{"from": "blog_help@naver.com"}, date="Sat, 14 Sep 2024 09:00:00 +0900",
     subject="[네이버 블로그] 요청 처리 결과 (KCSC-240909-01)", reply_to_req="req-240909-01",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""", outcome="applied", classification="confirmation",
     imitates="NAVER 블로그 운영팀 처리결과 notice, quoted-printable",
     why="QP body; 게시중단 = removed; refusal with reason = rejected",
     items={N[1]: "removed", N[2]: "rejected"})

case(name="nv-partial-done-rest-later", **{"from": "policy@navercorp.com"}, date="Sat, 14 Sep 2024 16:00:00 +0900",
     subject="Re: [KCSC-240909-01]", reply_to_req="req-240909-01",
     body=f"""{N[3]} 게시물은 금일 삭제 조치하였습니다.
{N[4]} 게시물은 법무 검토 후 다음 주 중 조치 예정입니다.
""", outcome="applied", classification="confirmation",
     imitates="NAVER partial reply (one done, one 예정)",
     why="one unhedged deletion applies; the promise leaves the other pending",
     items={N[3]: "removed"})

case(name="nv-lookalike-sender", **{"from": "notice@navercorp-support.com"}, date="Sun, 15 Sep 2024 08:00:00 +0900",
     subject="[NAVER] 게시중단 완료 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""요청하신 게시물 전체를 삭제하였습니다.
{N[0]} 삭제
{N[1]} 삭제
{N[2]} 삭제
""", outcome="review", review="unknown_sender",
     imitates="NAVER 게시중단 notice sent from a look-alike domain",
     why="perfect confirmation from an unknown look-alike sender: nothing applied, must be seen",
     items={})

case(name="nv-echoed-report", **{"from": "noreply@naver.com"}, date="Mon, 16 Sep 2024 10:30:00 +0900",
     subject="[네이버] 신고하신 게시물 처리 결과 안내",
     body=f"""신고하신 게시물은 네이버 운영정책에 따라 삭제되었습니다.

[신고 내용]
신고 번호: KCSC-240909-01
신고 대상: {N[9]}
신고 사유: 불법정보 (방송통신심의위원회 시정요구)

운영정책 안내: https://policy.naver.com/rules/service.html
""", outcome="applied", classification="confirmation",
     imitates="NAVER 신고 처리 결과 안내 (statement about 'the reported content' then the echoed report)",
     why="statement about the reported content followed by the echoed report naming one item",
     items={N[9]: "removed"})

case(name="nv-korean-particles-brackets", **{"from": "policy@navercorp.com"}, date="Mon, 16 Sep 2024 15:00:00 +0900",
     subject="Re: [KCSC-240909-01] 카페 게시물", reply_to_req="req-240909-01",
     body=f"""{N[11]}에서 문제된 게시물을 삭제하였습니다.
<{N[12]}>은(는) 임시조치하였습니다.
""", outcome="applied", classification="confirmation",
     imitates="short NAVER staff reply in prose, URL followed by Korean particles",
     why="URL followed by 에서 and URL in angle brackets followed by 은(는)",
     items={N[11]: "removed", N[12]: "restricted"})

case(name="nv-kcsc-result-plaintext-table", **{"from": "policy@navercorp.com"}, date="Tue, 17 Sep 2024 09:00:00 +0900",
     subject="시정요구에 대한 조치결과 통보 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""수신: 방송통신심의위원회
제목: 시정요구에 대한 조치결과 통보

1. 귀 위원회의 시정요구(KCSC-240909-01)와 관련입니다.
2. 당사는 아래와 같이 조치하였음을 통보합니다.

순번 | URL | 조치결과 | 조치일시
1 | {N[6]} | 삭제 | 2024-09-16 14:00
2 | {N[7]} | 접속차단 | 2024-09-16 14:05
3 | {N[8]} | 해당없음(게시물 미존재) | -

네이버 주식회사 대표이사 (직인생략)
""", outcome="applied", classification="confirmation",
     imitates="formal 시정요구 조치결과 통보 letter (수신/제목/순번 table, 직인생략)",
     why="pipe table: 삭제, 접속차단 (restricted), 게시물 미존재 (not_found)",
     items={N[6]: "removed", N[7]: "restricted", N[8]: "not_found"})

case(name="nv-transferred-not-understood", **{"from": "policy@navercorp.com"}, date="Tue, 17 Sep 2024 11:00:00 +0900",
     subject="Re: [KCSC-240909-01]", reply_to_req="req-240909-01",
     body=f"""{N[4]} 건은 담당 서비스 부서로 이관하였습니다. 참고 부탁드립니다.
""", outcome="review", review="not_understood",
     imitates="portal staff reply that the case was transferred to another team",
     why="names an item, states no status (transferred): must be seen", items={})

# ---------------------------------------------------------------- Kakao/Daum
case(name="kk-daum-gesijungdan", **{"from": "report@kakaocorp.com"}, date="Wed, 11 Sep 2024 10:00:00 +0900",
     subject="[카카오] 게시중단 요청 처리 안내 (KCSC-240910-01)", reply_to_req="req-240910-01",
     name_from="Kakao",
     body=f"""안녕하세요, 카카오 고객센터입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

■ {K[0]}
  → 게시중단(삭제) 처리
■ {K[1]}
  → 임시조치(30일)

자세한 내용은 카카오 운영정책(https://www.kakao.com/policy/oppolicy)을 확인해 주세요.
(주)카카오 | 제주특별자치도 제주시 첨단로 242
""", outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 게시중단 처리 안내 (■ bullets, → status below)",
     why="status on the line below each bulleted URL; 게시중단 = removed, 임시조치 = restricted",
     items={K[0]: "removed", K[1]: "restricted"})

kk_html = f"""<html><body><p>다음 고객센터입니다. 처리 결과를 알려드립니다.</p>
<table><tr><td>{K[2]}</td><td>삭제</td></tr>
<tr><td>{K[3]}</td><td>위반사항 없음 (게시 유지)</td></tr>
<tr><td>{K[4]}</td><td>이미 삭제된 콘텐츠</td></tr></table></body></html>"""
kk_text = f"""다음 고객센터입니다. 처리 결과를 알려드립니다.
{K[2]} : 삭제
{K[3]} : 위반사항 없음 (게시 유지)
{K[4]} : 이미 삭제된 콘텐츠
"""
case(name="kk-multipart-base64-table", **{"from": "cs@daum.net"}, date="Thu, 12 Sep 2024 16:00:00 +0900",
     subject="[Daum] 요청 처리 결과 KCSC-240910-01", reply_to_req="req-240910-01", name_from="Daum",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="kk27alt"

--kk27alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kk_text)}
--kk27alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kk_html)}
--kk27alt--
""", outcome="applied", classification="confirmation",
     imitates="Daum 고객센터 result mail, multipart/alternative base64 with HTML table",
     why="base64 text+HTML; removed / rejected (stays up, no violation) / not_found (already deleted)",
     items={K[2]: "removed", K[3]: "rejected", K[4]: "not_found"})

case(name="kk-dmarc-fail", **{"from": "report@daum.net"}, date="Fri, 13 Sep 2024 09:00:00 +0900",
     subject="[카카오] 게시중단 완료 KCSC-240910-01", reply_to_req="req-240910-01", auth="fail",
     body="요청하신 게시물을 모두 삭제하였습니다.\n" + "\n".join(f"- {u} 삭제" for u in K) + "\n",
     outcome="review", review="untrusted",
     imitates="Kakao 게시중단 notice with failing DMARC",
     why="DMARC fail on a platform domain: nothing applied, review untrusted", items={})

case(name="kk-ooo-english", **{"from": "minji.park@kakaocorp.com"}, date="Tue, 10 Sep 2024 11:02:00 +0900",
     subject="Automatic reply: [KCSC-240910-01] 시정요구", reply_to_req="req-240910-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: minji.park@kakaocorp.com"],
     body="""I am out of the office until 16 September with limited access to email.
9월 16일까지 부재중입니다. 급한 건은 report@kakaocorp.com 으로 보내주세요.
""", outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply:' bilingual out-of-office",
     why="auto-reply, ignored", items={})

case(name="kk-wrong-platform-item", **{"from": "report@kakaocorp.com"}, date="Fri, 13 Sep 2024 15:00:00 +0900",
     subject="Re: 시정요구 처리 결과", name_from="Kakao",
     body=f"""안녕하세요, 카카오입니다.
{N[0]} 게시물을 삭제하였습니다.
""", outcome="review", review="wrong_platform",
     imitates="Kakao result note that names a NAVER item",
     why="Kakao claims a removal on a NAVER item: never applied across platforms, must be seen (arguable: not_understood)",
     items={})

case(name="kk-brunch-age-restricted", **{"from": "brunch@kakaocorp.com"}, date="Sat, 14 Sep 2024 10:00:00 +0900",
     subject="[브런치] 요청하신 글 조치 안내 (KCSC-240910-01)", reply_to_req="req-240910-01", name_from="brunch",
     body=f"""안녕하세요, 브런치팀입니다.
요청하신 글 {K[3]} 은 성인 인증을 거친 이용자만 열람할 수 있도록 연령 제한 조치하였습니다.
브런치 운영정책: https://brunch.co.kr/@brunch/1
""", outcome="applied", classification="confirmation",
     imitates="brunch 팀 notice of age restriction (성인 인증 후 열람)",
     why="age restriction = restricted; brunch.co.kr/@brunch/1 policy link is not an item",
     items={K[3]: "restricted"})

case(name="kk-ack-plus-statement", **{"from": "report@kakaocorp.com"}, date="Wed, 11 Sep 2024 09:00:00 +0900",
     subject="[카카오] 신고 접수 및 처리 안내 (KCSC-240910-01)", reply_to_req="req-240910-01", name_from="Kakao",
     body=f"""요청이 정상적으로 접수되었습니다. (접수번호 KKO-2409-55120)
아울러 {K[0]} 게시물은 확인 즉시 삭제 조치되었음을 알려드립니다.
나머지 게시물은 확인 후 안내드리겠습니다.
""", outcome="applied", classification="confirmation",
     imitates="Kakao receipt mail that also reports one action",
     why="acknowledgement phrase plus an unhedged removal: not an acknowledgement",
     items={K[0]: "removed"})

case(name="kk-outlook-original-message", **{"from": "report@kakaocorp.com"}, date="Mon, 16 Sep 2024 13:00:00 +0900",
     subject="RE: [KCSC-240910-01] 시정요구", reply_to_req="req-240910-01", name_from="Kakao",
     body=f"""카카오TV 영상 {K[2]} 은 비공개 처리하였습니다.

-----Original Message-----
From: KCSC <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: report@kakaocorp.com
Subject: [KCSC-240910-01] 시정요구

{quote(K, "KCSC-240910-01", prefix="")}
""", outcome="applied", classification="confirmation",
     imitates="Outlook reply over '-----Original Message-----' block",
     why="only the item above the Original Message block changes; the unprefixed quoted list is not the platform's statement",
     items={K[2]: "removed"})

# ---------------------------------------------------------------- YouTube
case(name="yt-kr-removed-guidelines", **{"from": "legal-kr@google.com"}, date="Thu, 12 Sep 2024 10:00:00 +0900",
     subject="[YouTube] 법적 요청 처리 결과 안내 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""안녕하세요.
YouTube 팀입니다. 신고해 주신 아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.

{Y[0]}
{Y[1]}

커뮤니티 가이드: https://support.google.com/youtube/answer/9288567?hl=ko
© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", outcome="applied", classification="confirmation",
     imitates="YouTube Korean legal-support reply (커뮤니티 가이드 위반으로 삭제, support.google.com link, Google footer)",
     why="one sentence covering the URL list below it; the support link is not an item",
     items={Y[0]: "removed", Y[1]: "removed"})

case(name="yt-kr-geo-and-raw-handle", **{"from": "legal-kr@google.com"}, date="Fri, 13 Sep 2024 10:00:00 +0900",
     subject="Re: [KCSC-240911-01] 시정요구", reply_to_req="req-240911-01",
     body=f"""안녕하세요. Google 법무팀입니다.
검토 결과 다음과 같이 조치하였습니다.
- {Y[2]} : 대한민국 내 액세스 제한
- {Y4RAW} : 채널 해지(삭제)
""", outcome="applied", classification="confirmation",
     imitates="Google Korean legal reply (국가별 액세스 제한 / 채널 해지)",
     why="geo-restriction in Korea; raw Korean handle must match the percent-encoded item",
     items={Y[2]: "restricted", Y[3]: "removed"})

case(name="yt-en-outlook-blocked-and-declined", **{"from": "legal-support@youtube.com"}, date="Sat, 14 Sep 2024 03:00:00 +0900",
     subject="RE: [KCSC-240911-01] Request for removal", reply_to_req="req-240911-01", name_from="YouTube Legal Support",
     body=f"""Hello,

Thanks for reaching out to us.

We have reviewed your request and blocked the following video from view in South Korea:
{Y[0]}

For the video below, after careful review we have decided not to take action, as it does not violate our Community Guidelines and we did not find it to be unlawful under local law:
{Y[1]}

Regards,
The YouTube Legal Team

-----Original Message-----
From: KCSC <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:30 AM
Subject: [KCSC-240911-01] Request for removal

{quote(Y, "KCSC-240911-01", prefix="")}
""", outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support 'blocked from view in <country>' / 'decided not to take action' reply",
     why="URL on the line below its statement; blocked in a country = restricted; decline with reason = rejected; the other two only quoted",
     items={Y[0]: "restricted", Y[1]: "rejected"})

case(name="yt-hedged-may-remove", **{"from": "legal-kr@google.com"}, date="Mon, 16 Sep 2024 10:00:00 +0900",
     subject="Re: [KCSC-240911-01]", reply_to_req="req-240911-01",
     body=f"""안녕하세요.
{Y[2]} 콘텐츠는 현재 정책팀에서 검토하고 있으며, 가이드 위반이 확인되는 경우 삭제될 수 있습니다.
""", outcome="review", review="not_understood",
     imitates="YouTube interim Korean reply (검토 중, 삭제될 수 있습니다)",
     why="hedged/conditional, nothing applied, must be seen", items={})

case(name="yt-ack-ticket", **{"from": "legal-support@youtube.com"}, date="Wed, 11 Sep 2024 09:35:00 +0900",
     subject="[3-8823000012345] Your legal request has been received", reply_to_req="req-240911-01",
     name_from="YouTube Legal Support",
     body="""Hello,

Thank you for your submission. We have received your legal request and a ticket has been created (reference 3-8823000012345).
We will review it and get back to you. Please do not reply to this automated message.

YouTube Legal Support
""", outcome="ignored", classification="acknowledgement",
     imitates="Google legal-removal webform auto-acknowledgement with ticket number",
     why="receipt only, no item named", items={})

dsn_text = """This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     legal-kr-old@google.com

Reason: 550 5.1.1 The email account that you tried to reach does not exist.
"""
case(name="yt-bounce-reminder", **{"from": "mailer-daemon@googlemail.com"}, date="Wed, 18 Sep 2024 09:31:00 +0900",
     subject="Delivery Status Notification (Failure)", name_from="Mail Delivery Subsystem",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn27"

--dsn27
Content-Type: text/plain; charset=utf-8

{dsn_text}
--dsn27
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1

--dsn27
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [Reminder] KCSC-240911-01
Message-ID: <rem-240911-01-1@kcsc.example>

--dsn27--
""", outcome="ignored", classification="bounce",
     imitates="Gmail Delivery Status Notification (Failure) multipart/report",
     why="bounce of our reminder", items={})

# ---------------------------------------------------------------- X
case(name="x-withheld-in-kr", **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 08:00:00 +0900",
     subject="Re: [KCSC-240912-01] Request", reply_to_req="req-240912-01", name_from="X Corp. Legal",
     body=f"""Hello,

In response to your request, we have withheld the following posts in South Korea (KR):

{X[0]}
{X[1]}

More information about country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Corp. Legal
""", outcome="applied", classification="confirmation",
     imitates="X 'withheld in country' legal reply with help.x.com link",
     why="withheld in KR = restricted for both listed posts; help link is not an item",
     items={X[0]: "restricted", X[1]: "restricted"})

case(name="x-kr-no-violation", **{"from": "legal@x.com"}, date="Sat, 14 Sep 2024 08:00:00 +0900",
     subject="Re: [KCSC-240912-01] 요청", reply_to_req="req-240912-01", name_from="X Corp. Legal",
     body=f"""안녕하세요.
신고하신 게시물({X[2]})을 검토한 결과 X 규칙 위반 사항을 발견하지 못하여 별도의 조치를 취하지 않았습니다.
""", outcome="applied", classification="confirmation",
     imitates="X Korean-language 'no violation found' reply",
     why="negated action with reason = rejected; URL followed by ')' and Korean particle",
     items={X[2]: "rejected"})

case(name="x-mdn-read-receipt", **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 15:00:00 +0900",
     subject="Read: [KCSC-240912-01] Request", name_from="X Corp. Legal",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn27"

--mdn27
Content-Type: text/plain; charset=utf-8

Your message was displayed on Thu, 12 Sep 2024 15:00 +0900.

--mdn27
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn27--
""", outcome="ignored",
     imitates="RFC 8098 read receipt (Outlook 'Read:')",
     why="MDN read receipt is ignored, not forwarded", items={})

case(name="x-unknown-gmail-claim", **{"from": "x.support.korea@gmail.com"}, date="Sun, 15 Sep 2024 12:00:00 +0900",
     subject="[KCSC-240912-01] 삭제 완료", name_from="X Korea Support",
     body=f"""요청하신 게시물 3건 모두 삭제 완료되었습니다.
{X[0]}
{X[1]}
{X[2]}
""", outcome="review", review="unknown_sender",
     imitates="spoofed X support confirmation from a free-mail account",
     why="unknown sender naming our items: review, nothing applied", items={})

# ---------------------------------------------------------------- Meta
case(name="mt-kr-removed-and-restricted", **{"from": "records@fb.com"}, date="Sat, 14 Sep 2024 11:00:00 +0900",
     subject="Re: [KCSC-240913-01] 시정요구", reply_to_req="req-240913-01", name_from="Meta",
     body=f"""안녕하세요. Meta 팀입니다.

1) {M[0]}
   Facebook 커뮤니티 규정 위반으로 삭제되었습니다.
2) {M[1]}
   현지 법률에 따라 대한민국에서 해당 콘텐츠에 대한 접근을 제한했습니다.

Meta 투명성 센터: https://transparency.meta.com/ko-kr/policies/community-standards/
""", outcome="applied", classification="confirmation",
     imitates="Meta Korean notice (커뮤니티 규정 위반 삭제 / 현지 법률에 따른 접근 제한)",
     why="numbered URLs with the status on the line below; transparency link not an item",
     items={M[0]: "removed", M[1]: "restricted"})

case(name="mt-could-not-find", **{"from": "noreply@instagram.com"}, date="Mon, 16 Sep 2024 02:00:00 +0900",
     subject="Your report: KCSC-240913-01", reply_to_req="req-240913-01", name_from="Instagram",
     body=f"""Hi,

We couldn't find the content at the link you provided: {M[1]}
It may have already been removed by the person who shared it. If you believe this is a mistake, please send us a working link.

Instagram Help Center: https://help.instagram.com/
""", outcome="applied", classification="confirmation",
     imitates="Instagram 'we couldn't find the content at the link you provided' reply",
     why="could not find = not_found; the 'may have been removed' guess and the invitation to resend do not hedge it (arguable: asks_more)",
     items={M[1]: "not_found"})

case(name="mt-ack-report-received", **{"from": "support@fb.com"}, date="Fri, 13 Sep 2024 10:05:00 +0900",
     subject="신고가 접수되었습니다 [#8104472200]", reply_to_req="req-240913-01", name_from="Facebook",
     body="""안녕하세요.
신고해 주셔서 감사합니다. 신고가 접수되었으며 담당 팀에서 검토할 예정입니다.
처리 현황은 지원 받은 편지함에서 확인하실 수 있습니다: https://www.facebook.com/support/
""", outcome="ignored", classification="acknowledgement",
     imitates="Facebook 'report received' Korean acknowledgement with support inbox link",
     why="acknowledgement only, no item", items={})

# ---------------------------------------------------------------- Telegram
case(name="tg-taken-down", **{"from": "dsa@telegram.org"}, date="Tue, 17 Sep 2024 20:00:00 +0900",
     subject="Re: [KCSC-240916-01] Request", reply_to_req="req-240916-01",
     body=f"""Hello,

Thank you for your report. The message {T[0]} has been taken down and is no longer available on Telegram.

Telegram Abuse Team
""", outcome="applied", classification="confirmation",
     imitates="Telegram abuse-desk one-line reply ('has been taken down')",
     why="thank-you opener plus unhedged removal",
     items={T[0]: "removed"})

case(name="tg-will-act", **{"from": "dsa@telegram.org"}, date="Wed, 18 Sep 2024 20:00:00 +0900",
     subject="Re: [KCSC-240916-01] Request", reply_to_req="req-240916-01",
     body=f"""Hello,
We will look into {T[0]} and take appropriate action if it violates our Terms of Service.
""", outcome="review", review="not_understood",
     imitates="Telegram abuse-desk promise reply",
     why="future/conditional: nothing applied, must be seen", items={})

if __name__ == "__main__":
    write_csv()
    write_set(HERE, "blind27", "# Blind set 27 (issue 11): expected results written from meaning before any run.\n", C)
