#!/usr/bin/env python3
"""blind31: Korean-heavy general mix (NAVER, Kakao/Daum, Korean offices of
YouTube, X, TikTok, Meta) plus doubtful and ignorable mail. Expected results
written from each email's meaning before anything was run. Deterministic."""
import base64, csv, io, os, quopri, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

N = ["https://blog.naver.com/sunny_road77/223561100101",
     "https://blog.naver.com/sunny_road77/223561100102",
     "https://blog.naver.com/sunny_road77/223561100103",
     "https://blog.naver.com/moonlit_day/223561200201",
     "https://blog.naver.com/moonlit_day/223561200202",
     "https://cafe.naver.com/greenstone/5501",
     "https://cafe.naver.com/greenstone/5502",
     "https://cafe.naver.com/greenstone/5503",
     "https://cafe.naver.com/haneulcafe/880",
     "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60205&docId=470112233",
     "https://post.naver.com/viewer/postView.naver?volumeNo=38221100&memberNo=55102233",
     "https://blog.naver.com/starbridge9/223561300301",
     "https://cafe.naver.com/greenstone/5504",
     "https://blog.naver.com/starbridge9/223561300302"]
K = ["https://cafe.daum.net/sopoong21/Hk3A/101",
     "https://cafe.daum.net/sopoong21/Hk3A/102",
     "https://cafe.daum.net/sopoong21/Hk3A/103",
     "https://gloomy-tide.tistory.com/88",
     "https://gloomy-tide.tistory.com/89"]
Y = ["https://www.youtube.com/watch?v=Qw3rTy7uIo1",
     "https://www.youtube.com/watch?v=Zx9cVb2nM4k",
     "https://www.youtube.com/watch?v=Lp0oKi8uJy6",
     "https://www.youtube.com/shorts/Hg5fDs3aWq2"]
X = ["https://x.com/bada_noise/status/1832000000000000101",
     "https://x.com/bada_noise/status/1832000000000000102",
     "https://x.com/gureum_77/status/1832000000000000203"]
T = ["https://www.tiktok.com/@haru.clips/video/7412000000000000011",
     "https://www.tiktok.com/@haru.clips/video/7412000000000000012"]
M = ["https://www.instagram.com/p/C9xYz1AbCdE/"]

REQS = [("KCSC-240910-01", "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", N, "illegal_gambling"),
        ("KCSC-240911-01", "kakao", "2024-09-11T11:00:00+09:00", "2024-09-18T18:00:00+09:00", K, "defamation"),
        ("KCSC-240912-01", "youtube", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", Y, "drug_trade"),
        ("KCSC-240913-01", "x", "2024-09-13T14:00:00+09:00", "2024-09-20T18:00:00+09:00", X, "deepfake_sexual_abuse"),
        ("KCSC-240916-01", "tiktok", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", T, "illegal_gambling"),
        ("KCSC-240917-01", "meta", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", M, "privacy")]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQS:
        mid = "<req-%s@kcsc.example>" % ref[5:].lower()
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def rq(ref):
    return "req-" + ref[5:].lower()


def quoted_request(ref, urls, prefix="> "):
    lines = ["[%s] 불법정보 시정요구(삭제 요청)" % ref, "",
             "아래 게시물은 불법정보에 해당하므로 삭제 또는 접속차단 조치를 요청합니다.", ""]
    lines += ["%d. %s - 삭제 요청" % (i + 1, u) for i, u in enumerate(urls)]
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 통신심의국"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- NAVER
case(name="naver-gesijungdan-completed", **{"from": "noreply-right@navercorp.com"},
     date="Wed, 11 Sep 2024 15:20:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240910-01)",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 처리 결과: 게시중단 완료
■ 대상 게시물
 - {N[0]}
 - {N[1]}

위 게시물은 네이버 운영정책 및 관계 법령에 따라 게시가 중단되었습니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
네이버 주식회사 | 경기도 성남시 분당구 정자일로 95
""", outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 처리 결과 안내 메일 (■ 처리 결과 / 대상 게시물 layout, as quoted by bloggers)",
     why="Korean 게시중단 완료 heading over a bulleted URL list means removed; help link is not an item",
     items={N[0]: "removed", N[1]: "removed"})

case(name="naver-imsijochi-30days", **{"from": "right@navercorp.com"},
     date="Wed, 11 Sep 2024 17:05:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="Re: [KCSC-240910-01] 불법정보 시정요구",
     body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물 {N[3]} 에 대하여 정보통신망법 제44조의2에 따라 임시조치(30일간 게시 중단)를 하였습니다.
임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 기간 만료 후 삭제됩니다.

네이버 권리보호센터 드림
""", outcome="applied", classification="confirmation",
     imitates="NAVER 임시조치 안내 (정보통신망법 제44조의2, 30일 게시 중단 후 재게시 요청 절차; kimini.co.kr and solving.kr quote it)",
     why="임시조치 is the Article 44-2 temporary measure: restricted (issue 11 item 3); the later deletion is conditional and future",
     items={N[3]: "restricted"})

case(name="naver-cafe-html-table", **{"from": "cafe_clean@navercorp.com"},
     date="Thu, 12 Sep 2024 10:40:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="[네이버 카페] KCSC-240910-01 조치 결과 회신", type="html",
     body=f"""<html><body>
<p>안녕하세요, 네이버 카페 클린센터입니다.</p>
<p>요청하신 카페 게시물의 처리 결과는 아래 표와 같습니다.</p>
<table border="1">
<tr><th>번호</th><th>게시물 URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td>{N[5]}</td><td>블라인드 처리</td></tr>
<tr><td>2</td><td>{N[6]}</td><td>삭제</td></tr>
<tr><td>3</td><td>{N[7]}</td><td>게시물 없음 (작성자 삭제)</td></tr>
</table>
<p>카페 운영원칙: <a href="https://cafe.naver.com/cafesupport/rule">https://cafe.naver.com/cafesupport/rule</a></p>
<p>감사합니다.</p>
</body></html>""", outcome="applied", classification="confirmation",
     imitates="Daum/NAVER cafe clean-centre 블라인드 result notice, laid out as a KCSC 조치결과 table (번호 | URL | 처리 결과)",
     why="블라인드 and 삭제 are removals; 게시물 없음 (작성자 삭제) = already deleted by its author = not_found; the rule link is not an item",
     items={N[5]: "removed", N[6]: "removed", N[7]: "not_found"})

case(name="naver-no-violation", **{"from": "right@navercorp.com"},
     date="Thu, 12 Sep 2024 16:00:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="Re: [KCSC-240910-01] 불법정보 시정요구",
     body=f"""담당자님 안녕하세요.

{N[8]} 게시물을 검토하였으나, 네이버 운영정책 및 관련 법령상 위반 사항이 확인되지 않아 별도의 조치를 하지 않았음을 알려드립니다.
추가 근거가 있으시면 회신 부탁드립니다.

네이버 권리보호센터
""", outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 심사 결과 '요건 미비로 조치하지 않음' notice (Kakao transparency page: 요건 미비 규제 하지 않음)",
     why="reviewed, no violation found, no action taken = rejected; the closing offer to accept more evidence is boilerplate, not a request for information",
     items={N[8]: "rejected"})

case(name="naver-status-below-bare-url", **{"from": "right@navercorp.com"},
     date="Fri, 13 Sep 2024 09:15:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="[KCSC-240910-01] 처리 결과",
     body=f"""안녕하세요. 요청 건 처리 결과입니다.

{N[9]}
→ 작성자 본인이 이미 삭제한 게시물로 확인됩니다.

{N[10]}
→ 비공개 처리하였습니다.

감사합니다.
네이버 권리보호센터 드림
""", outcome="applied", classification="confirmation",
     imitates="NAVER 지식iN / 포스트 신고 처리 회신 (bare URL then the result on the line below)",
     why="status on the line below a bare URL: deleted by its author = not_found; 비공개 처리 by the operator = removed",
     items={N[9]: "not_found", N[10]: "removed"})

case(name="naver-top-posted-over-quote", **{"from": "kim.jiyoon@navercorp.com"},
     name_from="김지윤 (NAVER)",
     date="Fri, 13 Sep 2024 14:30:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="RE: [KCSC-240910-01] 불법정보 시정요구(삭제 요청)",
     body=f"""안녕하세요, 네이버 김지윤입니다.

요청하신 게시물 중 아래 1건은 삭제 조치하였습니다.
{N[11]}

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

-----원본 메시지-----
보낸 사람: "KCSC Takedown" <takedown@kcsc.example>
받는 사람: policy@navercorp.com
날짜: 2024-09-10 (화) 10:00:00
제목: [KCSC-240910-01] 불법정보 시정요구(삭제 요청)

{quoted_request("KCSC-240910-01", N, prefix="")}
""", outcome="applied", classification="confirmation",
     imitates="Korean Outlook reply top-posted over a '-----원본 메시지-----' block quoting our request",
     why="only the top-posted line counts: one post removed; the quoted request names all 14 items next to 삭제 and must not apply; 'will reply separately' keeps the rest pending",
     items={N[11]: "removed"})

case(name="naver-under-review-and-scheduled", **{"from": "right@navercorp.com"},
     date="Fri, 13 Sep 2024 18:10:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="Re: [KCSC-240910-01] 진행 상황 안내",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.

{N[12]} 게시물은 현재 내부 검토 중이며, 결과는 추후 안내드리겠습니다.
{N[13]} 게시물은 게시자 소명 기간이 지나는 대로 삭제할 예정입니다.

감사합니다.
""", outcome="review", review="not_understood",
     imitates="NAVER 권리보호센터 진행 상황 안내 (검토 중 / 삭제 예정)",
     why="under review and a future deletion: nothing done yet; trusted, names items, so it must be seen rather than ignored (ARGUABLE: no_change would also be defensible)",
     items={})

case(name="naver-csv-attachment", **{"from": "right@navercorp.com"},
     date="Sat, 14 Sep 2024 11:00:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="[KCSC-240910-01] 조치 결과 회신 (첨부)",
     raw_mime=None, outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 회신 with a 조치결과 spreadsheet exported as CSV",
     why="statuses only in the UTF-8 BOM CSV attachment: 삭제 = removed, 임시조치 = restricted, 해당 없음(게시물 미존재) = not_found",
     items={N[2]: "removed", N[4]: "restricted", N[12]: "not_found"})

case(name="naver-asks-more-docs", **{"from": "right@navercorp.com"},
     date="Sat, 14 Sep 2024 15:00:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="Re: [KCSC-240910-01] 추가 자료 요청",
     body=f"""안녕하세요.

아래 게시물에 대하여 불법성 판단을 위한 심의 의결서 사본 등 근거 자료를 추가로 보내주시면 검토 후 조치하겠습니다.
 - {N[0]}
 - {N[3]}

자료 접수 전까지는 해당 게시물에 대한 조치가 보류됩니다.
네이버 권리보호센터
""", outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER request for supporting documents (근거 자료 추가 제출) before acting",
     why="asks for documents; 보류 (on hold) is not a rejection",
     items={})

case(name="naver-receipt-ack", **{"from": "noreply@navercorp.com"},
     date="Tue, 10 Sep 2024 10:03:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="[NAVER] 게시중단 요청이 접수되었습니다",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요. 네이버입니다.

회원님의 게시중단 요청이 정상적으로 접수되었습니다.
접수번호: R-20240910-008812

심사 후 처리 결과를 메일로 안내드리겠습니다. 처리에는 영업일 기준 1~3일이 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""", outcome="ignored",
     imitates="NAVER 게시중단요청서비스 접수 완료 자동 안내 (유형 선택 > 요청 > 접수완료 > 심사, pavlovu.com)",
     why="a pure automatic receipt with a ticket number, no item named: ignored",
     items={})

case(name="naver-lookalike-sender", **{"from": "help@naver-rightcenter.com"},
     name_from="네이버 권리보호센터",
     date="Sun, 15 Sep 2024 08:00:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="[NAVER] KCSC-240910-01 삭제 완료 안내",
     body=f"""안녕하세요. 네이버 권리보호센터입니다.
아래 게시물은 모두 삭제 완료되었습니다.
{N[0]}
{N[1]}
{N[2]}
""", outcome="review", review="unknown_sender",
     imitates="NAVER 삭제 완료 안내 sent from a look-alike domain",
     why="DMARC passes for naver-rightcenter.com, which is no platform's sender: unknown_sender, nothing applied",
     items={})

case(name="naver-dmarc-fail", **{"from": "right@navercorp.com"}, auth="fail",
     date="Sun, 15 Sep 2024 09:00:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="Re: [KCSC-240910-01] 조치 결과",
     body=f"""요청하신 게시물 {N[5]} 및 {N[6]} 은(는) 삭제되었습니다.
네이버 권리보호센터
""", outcome="review", review="untrusted",
     imitates="NAVER 삭제 완료 reply with failed DMARC",
     why="dmarc=fail for navercorp.com: untrusted, nothing applied",
     items={})

case(name="naver-kcsc-result-base64", **{"from": "legal@navercorp.com"},
     date="Mon, 16 Sep 2024 10:00:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="[회신] 시정요구 조치결과 통보 (KCSC-240910-01)", raw_mime=None,
     outcome="applied", classification="confirmation",
     imitates="공문-style 시정요구 조치결과 통보 (수신/참조/제목, 1.-2. numbered paragraphs, 붙임, 끝.) as Korean portals send to KCSC",
     why="base64 body; 조치결과: 삭제 = removed, 접속차단 = restricted; 조치불가(위법성 미확인) = rejected",
     items={N[0]: "removed", N[1]: "restricted", N[2]: "removed", N[13]: "rejected"})

case(name="naver-comments-only", **{"from": "cafe_clean@navercorp.com"},
     date="Mon, 16 Sep 2024 13:00:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="Re: [KCSC-240910-01] 카페 게시물 처리",
     body=f"""안녕하세요, 네이버 카페 클린센터입니다.

{N[8]} 게시물의 경우, 문제가 된 댓글 3건만 삭제하였으며 게시물 본문은 유지되어 있습니다.

감사합니다.
""", outcome="review", review="not_understood",
     imitates="NAVER cafe clean-centre partial action notice (comments deleted, post kept)",
     why="only comments were deleted, the requested post stays up: partly done, neither removed nor rejected; a clerk must decide",
     items={})

case(name="naver-policy-links-not-items", **{"from": "right@navercorp.com"},
     date="Tue, 17 Sep 2024 10:30:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="[KCSC-240910-01] 처리 완료",
     body=f"""안녕하세요.

요청하신 {N[4]} 게시물은 네이버 블로그 운영정책(https://policy.naver.com/policy/service.html)에 따라 삭제되었습니다.
게시자는 권리보호센터(https://right.naver.com/report/reason)를 통해 이의를 제기할 수 있습니다.

네이버 권리보호센터
""", outcome="applied", classification="confirmation",
     imitates="NAVER blog removal notice with 운영정책 and 권리보호센터 links",
     why="one removal; policy and appeal links are not items and must not be unmatched claims",
     items={N[4]: "removed"})

case(name="naver-korean-particles", **{"from": "right@navercorp.com"},
     date="Tue, 17 Sep 2024 16:45:00 +0900", reply_to_req=rq("KCSC-240910-01"),
     subject="Re: [KCSC-240910-01]",
     body=f"""담당자님,

{N[0]}에 대한 게시중단 조치가 완료되었습니다.
또한 카페 게시물({N[6]})도 운영자 권한으로 삭제하였습니다。

네이버 권리보호센터 드림
""", outcome="applied", classification="confirmation",
     imitates="NAVER plain prose reply with URLs followed by Korean particles and brackets",
     why="URL followed by 에 and a URL inside full parentheses; both removed",
     items={N[0]: "removed", N[6]: "removed"})

# ---------------------------------------------------------------- Kakao
case(name="kakao-blind-notice", **{"from": "noreply@kakaocorp.com"},
     name_from="카카오 고객센터",
     date="Wed, 11 Sep 2024 18:00:00 +0900", reply_to_req=rq("KCSC-240911-01"),
     subject="[카카오] 신고 게시물 처리 결과 안내",
     body=f"""안녕하세요, 카카오 고객센터입니다.

신고가 접수되어 살펴본 결과, 아래 게시물은 Daum 카페 운영정책 위반으로 블라인드 처리되었습니다.

· {K[0]}
· {K[1]}

블라인드 처리된 게시물은 30일 내 복원 신청이 없으면 영구 삭제됩니다.
카카오 운영정책: https://www.kakao.com/policy/oppolicy
""", outcome="applied", classification="confirmation",
     imitates="Daum 클린센터 블라인드 처리 안내 ('신고가 접수되어 살펴본 결과', bigenergy.tistory.com)",
     why="블라인드 처리 = removed (issue 11 Korean blind forms); the receipt-like opening does not make it an acknowledgement",
     items={K[0]: "removed", K[1]: "removed"})

case(name="kakao-tistory-imsijochi-and-missing", **{"from": "tistory-right@kakaocorp.com"},
     date="Thu, 12 Sep 2024 11:20:00 +0900", reply_to_req=rq("KCSC-240911-01"),
     subject="Re: [KCSC-240911-01] 티스토리 게시물 조치 결과",
     body=f"""안녕하세요. 카카오 권리침해신고 담당자입니다.

1) {K[3]}
   정보통신망법 제44조의2에 따라 임시조치(비공개 전환)하였습니다.
2) {K[4]}
   확인 결과 존재하지 않는 페이지입니다.

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고 임시조치 안내 for Tistory posts (ksjkhy4539.tistory.com), numbered with statuses below",
     why="임시조치 = restricted; 존재하지 않는 페이지 = not_found",
     items={K[3]: "restricted", K[4]: "not_found"})

case(name="kakao-not-clearly-illegal", **{"from": "report@kakaocorp.com"},
     date="Thu, 12 Sep 2024 17:40:00 +0900", reply_to_req=rq("KCSC-240911-01"),
     subject="Re: [KCSC-240911-01] 검토 결과",
     body=f"""안녕하세요.

{K[2]} 게시물을 검토하였으나 명백한 불법정보로 보기 어려워 게시물을 유지하기로 하였습니다.
이 결정에 대해 추가 의견이 있으시면 회신해 주십시오.

카카오 신고센터 드림
""", outcome="applied", classification="confirmation",
     imitates="Kakao 신고센터 '요건 미비 규제하지 않음' result (clean.kakao.com transparency flow)",
     why="the post is kept because it is not clearly illegal: rejected",
     items={K[2]: "rejected"})

case(name="kakao-outlook-reply-numbered", **{"from": "park.sm@kakaocorp.com"},
     name_from="박서민",
     date="Fri, 13 Sep 2024 10:10:00 +0900", reply_to_req=rq("KCSC-240911-01"),
     subject="RE: [KCSC-240911-01] 불법정보 시정요구(삭제 요청)",
     body=f"""안녕하세요, 카카오 박서민입니다.
요청 주신 카페 게시물 처리 결과 공유드립니다.

1. {K[0]} - 삭제 완료
2. {K[1]} - 삭제 완료
3. {K[2]} - 삭제 완료

박서민 드림 | 카카오 Trust & Safety

________________________________
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 11일 수요일 오전 11:00
받는 사람: report@kakaocorp.com
제목: [KCSC-240911-01] 불법정보 시정요구(삭제 요청)

{quoted_request("KCSC-240911-01", K, prefix="")}
""", outcome="applied", classification="confirmation",
     imitates="Korean Outlook reply with '보낸 사람: / 보낸 날짜:' header block quoting our request",
     why="three numbered 삭제 완료 lines; the quoted request also names the two Tistory posts, which stay pending",
     items={K[0]: "removed", K[1]: "removed", K[2]: "removed"})

case(name="kakao-ooo-autoreply", **{"from": "park.sm@kakaocorp.com"},
     name_from="박서민",
     date="Wed, 11 Sep 2024 11:01:00 +0900", reply_to_req=rq("KCSC-240911-01"),
     subject="자동 회신: [KCSC-240911-01] 불법정보 시정요구(삭제 요청)",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 9월 11일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 report@kakaocorp.com 으로 연락 부탁드립니다.
""", outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook 자동 회신 out-of-office",
     why="out-of-office reply: ignored",
     items={})

case(name="kakao-multipart-table", **{"from": "report@daum.net"},
     name_from="Daum 고객센터",
     date="Sat, 14 Sep 2024 09:30:00 +0900", reply_to_req=rq("KCSC-240911-01"),
     subject="[Daum] KCSC-240911-01 조치결과", raw_mime=None,
     outcome="applied", classification="confirmation",
     imitates="Daum 고객센터 HTML result mail (multipart/alternative, table 게시물 | 조치)",
     why="text and HTML parts agree: 삭제 = removed, 블라인드 = removed, 접근 제한 = restricted; nothing doubled",
     items={K[0]: "removed", K[1]: "removed", K[3]: "restricted"})

case(name="kakao-future-deletion", **{"from": "report@kakaocorp.com"},
     date="Sun, 15 Sep 2024 12:00:00 +0900", reply_to_req=rq("KCSC-240911-01"),
     subject="Re: [KCSC-240911-01] 처리 예정 안내",
     body=f"""안녕하세요.

요청하신 {K[0]} 및 {K[1]} 게시물은 게시자 소명 절차를 거쳐 영업일 기준 3일 이내에 삭제될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

카카오 신고센터
""", outcome="review", review="not_understood",
     imitates="Kakao 처리 예정 안내 (promise of deletion within 3 business days)",
     why="future tense only; names items, trusted: review so a human sees it (ARGUABLE: no_change also defensible, never applied)",
     items={})

case(name="kakao-xlsx-attachment", **{"from": "report@kakaocorp.com"},
     date="Fri, 13 Sep 2024 18:20:00 +0900", reply_to_req=rq("KCSC-240911-01"),
     subject="[KCSC-240911-01] 조치결과 회신 (엑셀 첨부)", raw_mime=None,
     outcome="applied", classification="confirmation",
     imitates="Korean portal 조치결과 spreadsheet (번호 | URL | 조치결과) sent as an XLSX attachment",
     why="statuses only in the XLSX: 삭제 = removed; 게시물 없음 = not_found; the body names no item",
     items={K[2]: "removed", K[4]: "not_found"})

case(name="kakao-general-inquiry-ack", **{"from": "cs-noreply@kakao.com"},
     date="Wed, 11 Sep 2024 11:05:00 +0900",
     subject="[카카오 고객센터] 문의가 접수되었습니다",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""안녕하세요. 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다. (문의번호 #2409110771)
담당자 확인 후 순차적으로 답변드리겠습니다.
""", outcome="ignored",
     imitates="Kakao 고객센터 문의 접수 자동 메일",
     why="receipt only, names nothing: ignored",
     items={})

# ---------------------------------------------------------------- YouTube
case(name="yt-korean-office-removed-restricted", **{"from": "legal-kr@google.com"},
     name_from="YouTube 법무팀",
     date="Thu, 12 Sep 2024 17:00:00 +0900", reply_to_req=rq("KCSC-240912-01"),
     subject="Re: [KCSC-240912-01] YouTube 콘텐츠 삭제 요청",
     body=f"""안녕하세요.

YouTube에 보내주신 요청을 검토했습니다.

{Y[0]} 동영상은 YouTube 커뮤니티 가이드를 위반하여 삭제되었습니다.
{Y[1]} 동영상은 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.

YouTube 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/9288567 를 참고하세요.

YouTube 법무팀
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", outcome="applied", classification="confirmation",
     imitates="YouTube legal removal outcome (Korean office wording: '커뮤니티 가이드 위반으로 삭제', '현지 법률에 따라 … 접근 제한')",
     why="removed and locally restricted; support link is not an item",
     items={Y[0]: "removed", Y[1]: "restricted"})

case(name="yt-age-restricted-and-no-violation", **{"from": "youtube-legal@google.com"},
     name_from="YouTube Legal Support",
     date="Fri, 13 Sep 2024 08:45:00 +0900", reply_to_req=rq("KCSC-240912-01"),
     subject="Re: [KCSC-240912-01] Your request to YouTube",
     body=f"""Hello,

Thanks for contacting YouTube. After review, we have applied an age restriction to the following video, so it is no longer viewable by signed-out users or viewers under 18:
{Y[2]}

We did not remove the following Short, as we found that it does not violate our Community Guidelines:
{Y[3]}

You can learn more about age-restricted content here: https://support.google.com/youtube/answer/2802167

Regards,
The YouTube Team
""", outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support outcome mail (age restriction applied / 'We did not remove … does not violate our Community Guidelines')",
     why="age restriction = restricted; a negated removal with a reason = rejected; URL on the line below its statement",
     items={Y[2]: "restricted", Y[3]: "rejected"})

case(name="yt-qp-per-line", **{"from": "legal-kr@google.com"},
     name_from="YouTube 법무팀",
     date="Sat, 14 Sep 2024 13:00:00 +0900", reply_to_req=rq("KCSC-240912-01"),
     subject="[KCSC-240912-01] 조치 결과", raw_mime=None,
     outcome="applied", classification="confirmation",
     imitates="YouTube Korean legal team per-line outcome list, quoted-printable",
     why="QP-encoded Korean: 삭제됨 = removed, 한국 내 차단 = restricted, 위반 사항 없음 = rejected, 동영상을 찾을 수 없음 = not_found",
     items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected", Y[3]: "not_found"})

case(name="yt-ticket-receipt", **{"from": "legal-support@youtube.com"},
     name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 09:35:00 +0900", reply_to_req=rq("KCSC-240912-01"),
     subject="[3-2409120000041] 요청이 접수되었습니다",
     body=f"""안녕하세요.

YouTube에 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며 참조 번호는 [3-2409120000041]입니다.
신고하신 아래 URL을 검토한 후 결과를 알려드리겠습니다.

{Y[0]}
{Y[1]}
{Y[2]}
{Y[3]}

YouTube 팀
""", outcome="ignored", classification="acknowledgement",
     imitates="Google/YouTube legal request receipt with [3-…] reference number echoing the reported URLs",
     why="a receipt that echoes the URLs and promises a review; states nothing done: ignored",
     items={})

# ---------------------------------------------------------------- X
case(name="x-withheld-korea", **{"from": "legal@x.com"},
     name_from="X Legal",
     date="Fri, 13 Sep 2024 22:00:00 +0900", reply_to_req=rq("KCSC-240913-01"),
     subject="Re: [KCSC-240913-01] Case #0917-33102",
     body=f"""Hello,

In response to your request, X has withheld the following content in South Korea:

{X[0]}
{X[1]}

This content remains available outside South Korea. For more on country withheld content see https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""", outcome="applied", classification="confirmation",
     imitates="X 'withheld in country' legal notice (help.x.com post-withheld-by-country)",
     why="withheld in South Korea = restricted for both; 'remains available outside' is not a rejection",
     items={X[0]: "restricted", X[1]: "restricted"})

case(name="x-korean-no-violation", **{"from": "legal@x.com"},
     name_from="X 법무팀",
     date="Sat, 14 Sep 2024 11:15:00 +0900", reply_to_req=rq("KCSC-240913-01"),
     subject="Re: [KCSC-240913-01] 게시물 삭제 요청",
     body=f"""안녕하세요.

신고하신 게시물 {X[2]} 을(를) 검토했으나 X 규칙 또는 현지 법률 위반이 확인되지 않아 조치하지 않았습니다.

X 법무팀
""", outcome="applied", classification="confirmation",
     imitates="X legal Korean-language 'no action' reply",
     why="no violation found, no action taken = rejected",
     items={X[2]: "rejected"})

case(name="x-read-receipt", **{"from": "legal@x.com"},
     date="Fri, 13 Sep 2024 14:20:00 +0900", reply_to_req=rq("KCSC-240913-01"),
     subject="Read: [KCSC-240913-01] 불법정보 시정요구(삭제 요청)", raw_mime=None,
     outcome="ignored",
     imitates="Outlook/RFC 8098 MDN read receipt (multipart/report; report-type=disposition-notification)",
     why="read receipt: ignored, not forwarded (issue 11 item 2)",
     items={})

case(name="x-bounce", **{"from": "MAILER-DAEMON@mx.kcsc.example"}, auth="none",
     name_from="Mail Delivery System",
     date="Fri, 13 Sep 2024 14:01:00 +0900",
     subject="Undelivered Mail Returned to Sender", raw_mime=None,
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN bounce embedding our request (message/rfc822)",
     why="bounce of our own request; the embedded request names items with 삭제 wording: ignored",
     items={})

# ---------------------------------------------------------------- TikTok
case(name="tiktok-korean-removed-notfound", **{"from": "legal-kr@tiktok.com"},
     name_from="TikTok 법무팀",
     date="Tue, 17 Sep 2024 10:00:00 +0900", reply_to_req=rq("KCSC-240916-01"),
     subject="Re: [KCSC-240916-01] TikTok 콘텐츠 신고 결과",
     body=f"""안녕하세요. TikTok입니다.

신고해 주신 콘텐츠에 대한 검토 결과를 안내드립니다.

- {T[0]} : 커뮤니티 가이드라인 위반으로 삭제되었습니다.
- {T[1]} : 해당 동영상을 찾을 수 없습니다. 링크가 올바른지 확인해 주세요.

커뮤니티 가이드라인: https://www.tiktok.com/community-guidelines/ko/
TikTok Pte. Ltd.
""", outcome="applied", classification="confirmation",
     imitates="TikTok report outcome notice (Korean) with community guidelines link",
     why="removed and not found; 'check the link' after a not-found is boilerplate, not a request for information",
     items={T[0]: "removed", T[1]: "not_found"})

case(name="tiktok-restricted-and-hedged", **{"from": "legal-kr@tiktok.com"},
     name_from="TikTok 법무팀",
     date="Wed, 18 Sep 2024 15:30:00 +0900", reply_to_req=rq("KCSC-240916-01"),
     subject="Re: [KCSC-240916-01] 추가 안내",
     body=f"""안녕하세요.

{T[0]} 동영상은 현지 법률에 따라 대한민국에서 시청이 제한되었습니다.
{T[1]} 동영상은 게시자가 이미 삭제한 것으로 보이나, 내부 확인이 끝나지 않았습니다.

TikTok 법무팀
""", outcome="applied", classification="confirmation",
     imitates="TikTok local-law restriction notice (Korean)",
     why="first video restricted in Korea; the second is hedged ('seems already deleted, check not finished') and stays pending",
     items={T[0]: "restricted"})

case(name="tiktok-auto-receipt", **{"from": "no-reply@tiktok.com"},
     name_from="TikTok",
     date="Mon, 16 Sep 2024 10:02:00 +0900", reply_to_req=rq("KCSC-240916-01"),
     subject="We've received your report",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hi,

Thanks for your report. We've received it and a ticket has been created (ticket ID 7412-KR-55120).
Our team will review it and get back to you. You don't need to reply to this email.

TikTok Trust & Safety
""", outcome="ignored",
     imitates="TikTok 'We've received your report' automatic ticket receipt",
     why="pure receipt, no item named: ignored",
     items={})

# ---------------------------------------------------------------- Meta
case(name="meta-instagram-korean-removed", **{"from": "kr-legal@meta.com"},
     name_from="Meta 법무팀",
     date="Wed, 18 Sep 2024 11:00:00 +0900", reply_to_req=rq("KCSC-240917-01"),
     subject="Re: [KCSC-240917-01] Instagram 게시물 삭제 요청",
     body=f"""안녕하세요.

신고하신 Instagram 게시물을 검토한 결과, 커뮤니티 가이드라인을 위반하여 해당 게시물을 삭제했습니다.
{M[0]}

Meta Platforms, Inc.
""", outcome="applied", classification="confirmation",
     imitates="Instagram report outcome ('커뮤니티 가이드라인을 위반하여 … 삭제했습니다'), URL on the line below",
     why="removed; the URL stands on the line below its statement",
     items={M[0]: "removed"})

case(name="meta-echoed-report", **{"from": "noreply@instagram.com"},
     name_from="Instagram",
     date="Thu, 19 Sep 2024 09:20:00 +0900", reply_to_req=rq("KCSC-240917-01"),
     subject="Update on your report",
     body=f"""Hi,

We removed the content you reported because it goes against our Community Guidelines on privacy.

Your report
Reported content: {M[0]}
Reported on: 17 September 2024
Reason: Privacy violation

Learn more about how we review reports: https://help.instagram.com/477434105621119

Instagram
""", outcome="applied", classification="confirmation",
     imitates="Instagram 'Update on your report' notice with the echoed report below the decision",
     why="statement about 'the content you reported' followed by the echoed report listing the item: removed",
     items={M[0]: "removed"})

case(name="meta-names-tiktok-item", **{"from": "kr-legal@meta.com"},
     name_from="Meta 법무팀",
     date="Thu, 19 Sep 2024 14:00:00 +0900",
     subject="문의하신 동영상 관련",
     body=f"""안녕하세요.

문의하신 아래 동영상은 저희 서비스에서 삭제되었습니다.
{T[0]}

Meta 법무팀
""", outcome="review", review="wrong_platform",
     imitates="Meta Korean reply that claims an action on another platform's URL",
     why="Meta cannot state a TikTok item's status: wrong_platform, nothing applied (not_understood also defensible)",
     items={})

# ---------------------------------------------------------------- others
case(name="unknown-sender-uploader", **{"from": "bada.noise.official@gmail.com"},
     name_from="bada_noise",
     date="Sat, 14 Sep 2024 20:00:00 +0900", reply_to_req=rq("KCSC-240913-01"),
     subject="Re: [KCSC-240913-01] 게시물 삭제 요청",
     body=f"""안녕하세요 제가 올린 게시물 전부 지웠습니다.
{X[0]}
{X[1]}
더 이상 연락 안 주셨으면 합니다.
""", outcome="review", review="unknown_sender",
     imitates="an uploader replying from a personal Gmail address",
     why="unknown sender naming our items and claiming deletion: must be seen, nothing applied",
     items={})

case(name="naver-korean-bounce", **{"from": "mailer-daemon@navercorp.com"}, auth="none",
     name_from="Mail Delivery Subsystem",
     date="Tue, 10 Sep 2024 10:02:00 +0900",
     subject="[전송 실패] [KCSC-240910-01] 불법정보 시정요구(삭제 요청)",
     extra_headers=["Auto-Submitted: auto-replied"],
     body=f"""메일 전송에 실패하였습니다.

받는 사람: old-policy@navercorp.com
실패 사유: 존재하지 않는 메일 주소입니다. (550 5.1.1 User unknown)

----- 원본 메일 -----
제목: [KCSC-240910-01] 불법정보 시정요구(삭제 요청)
{N[0]} - 삭제 요청
{N[1]} - 삭제 요청
""", outcome="ignored", classification="bounce",
     imitates="NAVER-style 메일 전송 실패 non-delivery notice (plain text, not a DSN)",
     why="a plain-text bounce of our request naming two items next to 삭제 요청: ignored (ARGUABLE class: no multipart/report)",
     items={})


def xlsx_bytes(rows):
    """A minimal XLSX (inline strings) built with zipfile, fixed timestamps."""
    import zipfile
    from xml.sax.saxutils import escape
    def col(i):
        return "ABCDEFGH"[i]
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            f'<c r="{col(i)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for i, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="조치결과" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def xlsx_mime():
    data = xlsx_bytes([["번호", "URL", "조치결과"],
                       ["1", K[2], "삭제"],
                       ["2", K[4], "게시물 없음"]])
    raw = base64.b64encode(data).decode("ascii")
    raw = "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))
    return f"""Content-Type: multipart/mixed; boundary="b31xlsx"

--b31xlsx
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 신고센터입니다.
KCSC-240911-01 건 가운데 확인이 끝난 게시물의 조치 결과를 첨부 엑셀로 보내드립니다.

--b31xlsx
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="result.xlsx"
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.xlsx
Content-Transfer-Encoding: base64

{raw}
--b31xlsx--
"""


def csv_mime():
    rows = "\ufeffURL,조치결과,비고\r\n" + "\r\n".join([
        f"{N[2]},삭제,",
        f"{N[4]},임시조치,정보통신망법 제44조의2",
        f"{N[12]},해당 없음,게시물 미존재",
    ]) + "\r\n"
    return f"""Content-Type: multipart/mixed; boundary="b31csv"

--b31csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 권리보호센터입니다.
KCSC-240910-01 요청 건의 조치 결과를 첨부 파일로 회신드립니다.

--b31csv
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(rows)}
--b31csv--
"""


def kcsc_base64_mime():
    text = f"""수신: 방송통신심의위원회 통신심의국
참조: 불법정보 담당
제목: 시정요구 조치결과 통보 (KCSC-240910-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 10. 요청하신 시정요구에 대하여 아래와 같이 조치하였음을 알려드립니다.

  가. {N[0]} : 삭제
  나. {N[1]} : 접속차단
  다. {N[2]} : 삭제
  라. {N[13]} : 조치불가 (위법성 미확인, 게시물 유지)

붙임: 조치 화면 캡처 1부.  끝.

네이버 주식회사 법무실
"""
    return f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(text)}
"""


def yt_qp_mime():
    text = f"""안녕하세요. YouTube 법무팀입니다.

요청하신 동영상별 조치 결과는 다음과 같습니다.

{Y[0]} | 삭제됨
{Y[1]} | 한국 내 차단
{Y[2]} | 위반 사항 없음
{Y[3]} | 동영상을 찾을 수 없음

YouTube 법무팀 드림
"""
    return f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text)}"""


def kakao_alt_mime():
    plain = f"""안녕하세요. Daum 고객센터입니다.
조치 결과를 안내드립니다.

{K[0]} : 삭제
{K[1]} : 블라인드
{K[3]} : 접근 제한
"""
    html = f"""<html><body><p>안녕하세요. Daum 고객센터입니다.<br>조치 결과를 안내드립니다.</p>
<table border="1"><tr><th>게시물</th><th>조치</th></tr>
<tr><td><a href="{K[0]}">{K[0]}</a></td><td>삭제</td></tr>
<tr><td><a href="{K[1]}">{K[1]}</a></td><td>블라인드</td></tr>
<tr><td><a href="{K[3]}">{K[3]}</a></td><td>접근 제한</td></tr>
</table><p>고객센터 <a href="https://cs.daum.net">cs.daum.net</a></p></body></html>
"""
    return f"""Content-Type: multipart/alternative; boundary="b31alt"

--b31alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(plain)}
--b31alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html)}
--b31alt--
"""


def mdn_mime():
    return """Content-Type: multipart/report; report-type=disposition-notification; boundary="b31mdn"

--b31mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: legal@x.com
  Subject: [KCSC-240913-01] 불법정보 시정요구(삭제 요청)
  Sent: Friday, September 13, 2024 2:00 PM

was read on Friday, September 13, 2024 2:20 PM.

--b31mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240913-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b31mdn--
"""


def bounce_mime():
    return f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b31dsn"

--b31dsn
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@x.com>: host mx.x.com[203.0.113.25] said: 550 5.1.1 <legal-kr@x.com>:
    Recipient address rejected: User unknown

--b31dsn
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 14:00:58 +0900

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b31dsn
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: [KCSC-240913-01] 불법정보 시정요구(삭제 요청)
Date: Fri, 13 Sep 2024 14:00:00 +0900
Message-ID: <req-240913-01@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240913-01", X, prefix="")}

--b31dsn--
"""


RAW = {"naver-csv-attachment": csv_mime, "naver-kcsc-result-base64": kcsc_base64_mime,
       "yt-qp-per-line": yt_qp_mime, "kakao-multipart-table": kakao_alt_mime,
       "x-read-receipt": mdn_mime, "kakao-xlsx-attachment": xlsx_mime, "x-bounce": bounce_mime}

NAMES = {"kakaocorp.com": "Kakao", "kakao.com": "Kakao", "daum.net": "Daum",
         "tiktok.com": "TikTok", "meta.com": "Meta", "instagram.com": "Instagram",
         "navercorp.com": "네이버 권리보호센터"}


def enc(s):
    """RFC 2047 B-encoding for non-ASCII header text, as Korean mailers send it."""
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


HEADER = """# blind31: expected results written from each email's meaning before
# anything was run (see NOTES.md). Generated by make.py; do not edit."""

if __name__ == "__main__":
    write_requests()
    for c in CASES:
        dom = c["from"].split("@", 1)[1]
        if "name_from" not in c and dom in NAMES:
            c["name_from"] = NAMES[dom]
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
        if not c["subject"].isascii():
            c["subject"] = enc(c["subject"])
        if c.get("raw_mime", "x") is None:
            c["raw_mime"] = RAW[c["name"]]()
    corpuslib.write_set(HERE, "blind31", HEADER, CASES)
