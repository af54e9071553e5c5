#!/usr/bin/env python3
"""Blind set 23 (issue 11): Korean-heavy general mix. Deterministic.

    python3 tests/corpus/blind23/make.py
"""
import base64, csv, io, os, quopri, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({"kakaocorp.com": "Kakao", "daum.net": "Daum", "instagram.com": "Instagram",
                               "meta.com": "Meta", "fb.com": "Facebook"})

# ---- requests -------------------------------------------------------------
R = {}
def req(ref, platform, sent, due, msg, urls, cat):
    R[ref] = dict(platform=platform, sent=sent, due=due, msg=msg, urls=urls, cat=cat)

NB = "https://blog.naver.com/hwanyul77/22356100000"
naver = [NB + str(i) for i in range(1, 6)] + [
    "https://cafe.naver.com/jusikrich/8811", "https://cafe.naver.com/jusikrich/8812",
    "https://cafe.naver.com/jusikrich/8813", "https://cafe.naver.com/jusikrich/8814",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40207&docId=471000013",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38100001&memberNo=5512001",
    "https://tv.naver.com/v/61000001",
    "https://blog.naver.com/가짜투자방/223561000099",
    "https://cafe.naver.com/%EA%B0%80%EC%A7%9C%EC%A6%9D%EA%B6%8C/77",
]
req("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "req-240909-01", naver, "illegal_investment_advice")
kakao = ["https://cafe.daum.net/fakestock99/Lx3P/101", "https://cafe.daum.net/fakestock99/Lx3P/102",
         "https://fakeinvest.tistory.com/58", "https://brunch.co.kr/@fakewriter/12",
         "https://v.daum.net/v/20240908101500123"]
req("KCSC-240910-01", "kakao", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", "req-240910-01", kakao, "illegal_investment_advice")
yt = ["https://www.youtube.com/watch?v=Kr7aB2cD3eF", "https://www.youtube.com/shorts/Zq9Yx8Wv7Ut",
      "https://www.youtube.com/@가짜리딩방", "https://www.youtube.com/watch?v=Mn4oP5qR6sT"]
req("KCSC-240911-01", "youtube", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", "req-240911-01", yt, "illegal_investment_advice")
xs = ["https://x.com/fake_signal_kr/status/183300000000000010" + str(i) for i in range(1, 4)]
req("KCSC-240912-01", "x", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", "req-240912-01", xs, "gambling")
meta = ["https://www.instagram.com/p/C_fAkE01xyz/", "https://www.facebook.com/fakegroupkr/posts/pfbid0FaKe123kr"]
req("KCSC-240913-01", "meta", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00", "req-240913-01", meta, "gambling")
tg = ["https://t.me/fake_ritting_room/4401"]
req("KCSC-240916-01", "telegram", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", "req-240916-01", tg, "illegal_investment_advice")

with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, r in R.items():
        for u in r["urls"]:
            w.writerow([ref, r["platform"], r["sent"], r["due"], u, r["cat"], "<%s@kcsc.example>" % r["msg"], ""])

def quoted_request(ref, prefix="> "):
    r = R[ref]
    lines = ["[방송통신심의위원회] 불법정보 시정요구 (%s)" % ref, "",
             "아래 정보에 대하여 삭제 또는 접속차단 조치를 요청합니다.", ""]
    lines += ["%d. %s" % (i + 1, u) for i, u in enumerate(r["urls"])]
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다. 삭제 완료 시 결과를 알려주십시오."]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)

def mime_alt(text, html):
    b = "==alt23b=="
    return (f'Content-Type: multipart/alternative; boundary="{b}"\n\n--{b}\n'
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
            f"--{b}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{html}\n--{b}--\n")

def b64wrap(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))

C = []
def case(**k):
    C.append(k)

N1 = "KCSC-240909-01"
# ---------------------------------------------------------------- NAVER
case(name="nv-gesijungdan-numbered-toppost", **{"from": "policy@navercorp.com"}, date="Tue, 10 Sep 2024 16:20:11 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 검토하였으며, 아래 게시물은 게시중단 처리되었음을 알려드립니다.

1. {naver[0]}
2. {naver[1]}
3. {naver[2]}

나머지 요청 건은 확인 후 별도로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
네이버 고객센터 https://help.naver.com

2024년 9월 9일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request(N1)}
""", outcome="applied", classification="confirmation", items={naver[0]: "removed", naver[1]: "removed", naver[2]: "removed"},
     imitates="NAVER 게시중단 처리 안내 (post-stop notice as described on inoti.naver.com / bloggers' quoted notices), top-posted over a Gmail-style Korean quote",
     why="Numbered list under a 게시중단 statement; the quoted request (with 삭제 wording) must not count; the rest stay pending.")

case(name="nv-imsijochi-44-2-prose", **{"from": "noreply-right@navercorp.com"}, date="Wed, 11 Sep 2024 09:05:40 +0900",
     subject="[네이버] 게시물 임시조치 결과 안내 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""[네이버] 임시조치 결과 안내

요청번호: RN-2409-55120
요청기관: 방송통신심의위원회

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라, 요청하신 카페 게시물
{naver[5]} 및 {naver[6]} 에 대해 30일간 임시조치를 하였습니다.
임시조치 기간 중에는 게시물이 다른 이용자에게 노출되지 않으며, 게시자가 재게시를 요청하지 않으면 기간 만료 후 삭제됩니다.

게시중단 서비스 안내: https://right.naver.com/report/reason
본 메일은 발신전용입니다. ⓒ NAVER Corp.
""", outcome="applied", classification="confirmation", items={naver[5]: "restricted", naver[6]: "restricted"},
     imitates="NAVER 임시조치(게시중단) notice under Network Act Art. 44-2 as quoted by bloggers (solving.kr, bami.kr reports)",
     why="임시조치 is a restriction; two URLs joined by 및 inside one prose sentence; the right.naver.com help link is not an item.")

case(name="nv-status-below-bare-url", **{"from": "policy@navercorp.com"}, date="Wed, 11 Sep 2024 17:42:03 +0900",
     subject="RE: 시정요구 처리 결과 회신", reply_to_req="req-240909-01",
     body=f"""방송통신심의위원회 담당자님께,

요청하신 건의 처리 결과를 아래와 같이 회신합니다.

{naver[3]}
 - 블라인드 처리 완료 (9/11)

{naver[4]}
 - 검토 결과 운영원칙 위반 사항이 없어 게시 유지합니다.

네이버 정책지원팀
""", outcome="applied", classification="confirmation", items={naver[3]: "removed", naver[4]: "rejected"},
     imitates="NAVER policy team per-item result reply (bare URL line, result on the line below)",
     why="Status on the line below each bare URL; 블라인드 = removed, 위반 사항 없어 게시 유지 = rejected.")

case(name="nv-kin-author-deleted", **{"from": "policy@navercorp.com"}, date="Thu, 12 Sep 2024 11:10:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 네이버입니다.

문의하신 지식iN 게시물({naver[9]})은 작성자에 의해 이미 삭제된 게시물로 확인되어 별도의 조치가 불가함을 안내드립니다.

감사합니다.
""", outcome="applied", classification="confirmation", items={naver[9]: "not_found"},
     imitates="NAVER 고객센터 answer that the post was already deleted by its author",
     why="Already deleted by its author -> not_found; URL in parentheses followed by 은.")

html5 = f"""<html><body><p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240909-01 요청 건 중 아래 게시물의 처리 결과를 알려드립니다.</p>
<table border="1"><tr><th>URL</th><th>처리결과</th></tr>
<tr><td>{naver[10]}</td><td>삭제</td></tr>
<tr><td>{naver[11]}</td><td>비공개 처리</td></tr>
<tr><td>{naver[7]}</td><td>위반사항 없음(게시 유지)</td></tr></table>
<p>운영원칙: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p></body></html>"""
text5 = f"""안녕하세요. 네이버 정책지원팀입니다.
KCSC-240909-01 요청 건 중 아래 게시물의 처리 결과를 알려드립니다.

URL | 처리결과
{naver[10]} | 삭제
{naver[11]} | 비공개 처리
{naver[7]} | 위반사항 없음(게시 유지)

운영원칙: https://policy.naver.com/policy/service.html"""
case(name="nv-html-table-alternative", **{"from": "policy@navercorp.com"}, date="Fri, 13 Sep 2024 10:30:00 +0900",
     subject="[NAVER] 시정요구 처리 결과 (KCSC-240909-01)", reply_to_req="req-240909-01",
     raw_mime=mime_alt(text5, html5), outcome="applied", classification="confirmation",
     items={naver[10]: "removed", naver[11]: "removed", naver[7]: "rejected"},
     imitates="NAVER result table (multipart/alternative, HTML table + plain pipe table), policy.naver.com footer link",
     why="Table layout; 비공개 처리 counts as removal per issue 11; the policy link is not an item.")

case(name="nv-raw-korean-iri-particles", **{"from": "policy@navercorp.com"}, date="Fri, 13 Sep 2024 15:02:19 +0900",
     subject="RE: 시정요구 (KCSC-240909-01) 추가 회신", reply_to_req="req-240909-01",
     body="""안녕하세요, 네이버입니다.

https://blog.naver.com/가짜투자방/223561000099에 대해서는 게시물 삭제 조치를 완료하였고,
https://cafe.naver.com/가짜증권/77은 카페 운영자에 의해 삭제 조치되었습니다。

감사합니다.
""", outcome="applied", classification="confirmation",
     items={naver[12]: "removed", naver[13]: "removed"},
     imitates="NAVER short Korean reply with raw-Hangul IRIs followed by particles (에, 은) and a full-width stop",
     why="Raw Korean IRI must match the raw item; raw cafe path must match the percent-encoded item; deletion by the cafe operator is removal.")

case(name="nv-future-sequential", **{"from": "policy@navercorp.com"}, date="Tue, 10 Sep 2024 18:00:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 카페 게시물 {naver[8]} 은(는) 카페 운영자 확인 절차를 거쳐 순차적으로 게시중단할 예정입니다.
조치가 완료되는 대로 다시 안내드리겠습니다.

감사합니다.
""", outcome="review", review="not_understood", items={},
     imitates="NAVER interim reply promising future 게시중단 (예정)",
     why="Future tense (할 예정) names the item but states nothing done: review, item stays pending.")

case(name="nv-ack-receipt-only", **{"from": "help@navercorp.com"}, date="Mon, 09 Sep 2024 10:03:12 +0900",
     subject="[네이버 고객센터] 문의가 접수되었습니다", reply_to_req="req-240909-01",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호: 2409091003-88213)
담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다. 주말 및 공휴일에는 답변이 지연될 수 있습니다.

본 메일은 발신전용 메일입니다.
""", outcome="ignored", items={},
     imitates="NAVER 고객센터 inquiry receipt (문의 접수 안내)",
     why="Pure receipt with ticket number, says nothing about items: ignored.")

case(name="nv-lookalike-domain", **{"from": "policy@navercorp-support.com"}, date="Wed, 11 Sep 2024 13:13:13 +0900",
     name_from="NAVER 정책지원팀", subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 모든 게시물을 삭제 처리하였습니다.
{naver[0]}
{naver[5]}
{naver[8]}

네이버 정책지원팀 드림
""", outcome="review", review="unknown_sender", items={},
     imitates="NAVER deletion confirmation sent from a look-alike domain",
     why="Perfect confirmation from navercorp-support.com (not a NAVER sender): must be seen, nothing applied.")

csv_text = "URL,조치결과,조치일\n" + f"{naver[0]},삭제,2024-09-12\n{naver[1]},임시조치(30일),2024-09-12\n{naver[9]},해당 게시물 없음,2024-09-12\n"
bnd = "==csv23=="
csv_b64 = b64wrap(("\ufeff" + csv_text).encode("utf-8"))
case(name="nv-csv-attachment-bom", **{"from": "policy@navercorp.com"}, date="Thu, 12 Sep 2024 19:40:00 +0900",
     subject="RE: 시정요구 조치 결과 (첨부)", reply_to_req="req-240909-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="{bnd}"

--{bnd}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. KCSC-240909-01 건의 조치 결과를 첨부 파일로 송부드립니다.
네이버 정책지원팀
--{bnd}
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240909-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240909-01.csv"
Content-Transfer-Encoding: base64

{csv_b64}
--{bnd}--
""", outcome="applied", classification="confirmation",
     items={naver[0]: "removed", naver[1]: "restricted", naver[9]: "not_found"},
     imitates="Korean portal result spreadsheet exported as CSV (UTF-8 with BOM), 조치결과 column",
     why="CSV attachment: 삭제 / 임시조치 / 해당 게시물 없음 per row.")

case(name="nv-asks-documents", **{"from": "policy@navercorp.com"}, date="Wed, 11 Sep 2024 10:00:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body="""안녕하세요, 네이버 정책지원팀입니다.

요청하신 블로그 게시물에 대한 조치를 검토하기 위해 심의 의결서 사본과 해당 게시물의 위법 판단 근거를 회신 메일로 보내주시기 바랍니다.
자료를 받는 대로 검토를 진행하겠습니다.

감사합니다.
""", outcome="review", classification="request_for_info", review="asks_more", items={},
     imitates="NAVER request for the KCSC decision document before acting",
     why="Asks for more information, no item actioned.")

case(name="nv-out-of-office", **{"from": "jihye.park@navercorp.com"}, name_from="박지혜", date="Mon, 09 Sep 2024 10:01:30 +0900",
     subject="[부재중] RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 박지혜입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.
""", outcome="ignored", classification="auto_reply", items={},
     imitates="Korean Outlook out-of-office auto-reply ([부재중])",
     why="Out-of-office auto-reply: ignored.")

case(name="nv-outlook-original-message", **{"from": "policy@navercorp.com"}, date="Fri, 13 Sep 2024 17:55:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""담당자님 안녕하세요.

요청하신 게시물 중 아래 2건은 게시중단 처리하였습니다.
- {naver[7]}
- {naver[4]}

감사합니다.
네이버 정책지원팀

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240909-01)

{quoted_request(N1, prefix="")}
""", outcome="applied", classification="confirmation", items={naver[7]: "removed", naver[4]: "removed"},
     imitates="Outlook reply with an unprefixed -----Original Message----- block quoting our full request",
     why="Only the two bulleted items above the Original Message block; the unprefixed quoted list (with 삭제 wording) must not count.")

case(name="nv-sijeong-result-table", **{"from": "policy@navercorp.com"}, date="Mon, 16 Sep 2024 14:00:00 +0900",
     subject="[회신] 시정요구 조치결과 통보 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""수신: 방송통신심의위원회
제목: 시정요구 조치결과 통보

1. 귀 위원회의 시정요구(KCSC-240909-01)와 관련입니다.
2. 시정요구 정보에 대한 조치결과를 아래와 같이 통보합니다.

연번 | 정보 URL | 조치결과 | 조치일자
1 | {naver[11]} | 삭제 | 2024.09.13
2 | {naver[10]} | 접속차단 | 2024.09.13
3 | {naver[9]} | 미조치 (위법성 판단 곤란) | -

끝.

네이버 주식회사 정책지원팀
""", outcome="applied", classification="confirmation",
     items={naver[11]: "removed", naver[10]: "restricted", naver[9]: "rejected"},
     imitates="Korean official reply format 시정요구 조치결과 통보 (수신/제목/연번 table, 끝.)",
     why="Pipe table; 접속차단 = restricted; 미조치 with a stated reason read as rejection (arguable, see NOTES).")

case(name="nv-ack-phrase-plus-statement", **{"from": "policy@navercorp.com"}, date="Tue, 10 Sep 2024 11:30:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240909-01)", reply_to_req="req-240909-01",
     body=f"""안녕하세요. 요청 메일은 잘 접수되었습니다.

우선 확인된 게시물 {naver[1]} 은 삭제 처리되었으며, 나머지 게시물은 검토 중입니다.

네이버 정책지원팀
""", outcome="applied", classification="confirmation", items={naver[1]: "removed"},
     imitates="NAVER first-answer mail mixing receipt and a partial result",
     why="An acknowledgement phrase plus an unhedged statement about one item is not an acknowledgement; 검토 중 leaves the rest pending.")

# ---------------------------------------------------------------- KAKAO
case(name="kk-daum-cafe-blind", **{"from": "cs-noreply@kakaocorp.com"}, date="Wed, 11 Sep 2024 15:12:00 +0900",
     subject="[Daum 고객센터] 신고하신 게시물 처리 결과 안내", reply_to_req="req-240910-01",
     body=f"""안녕하세요. Daum 고객센터입니다.

신고가 접수되어 살펴본 결과, 아래 카페 게시글은 운영정책 위반으로 확인되어 블라인드 처리하였습니다.

* 게시글 주소: {kakao[0]}
* 게시글 주소: {kakao[1]}

블라인드 처리된 게시글은 30일 이내 복원 신청이 없으면 영구 삭제됩니다.
카카오 운영정책: https://www.kakao.com/policy/oppolicy

고맙습니다.
Kakao Corp.
""", outcome="applied", classification="confirmation", items={kakao[0]: "removed", kakao[1]: "removed"},
     imitates="Daum 클린센터 / 고객센터 '신고가 접수되어 살펴본 결과 ... 블라인드' notice (quoted in bigenergy.tistory.com) and clean.kakao.com process",
     why="블라인드 = removed; bulleted '게시글 주소:' lines; the kakao.com policy link is not an item.")

case(name="kk-tistory-imsijochi", **{"from": "noreply@kakaocorp.com"}, date="Thu, 12 Sep 2024 09:40:00 +0900",
     subject="[티스토리] 권리침해 신고에 따른 임시조치 안내",
     body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회(KCSC-240910-01)의 요청에 따라 아래 게시물을 정보통신망법 제44조의2에 의거하여 임시조치(게시 중단)하였습니다.

  {kakao[2]}

임시조치 후 30일 이내에 게시자의 이의제기가 없으면 게시물은 삭제됩니다.
""", outcome="applied", classification="confirmation", items={kakao[2]: "restricted"},
     imitates="Kakao 고객센터 Tistory 임시조치 안내 mail (ksjkhy4539.tistory.com quote)",
     why="No In-Reply-To, reference number in the text; 임시조치 = restricted.")

case(name="kk-brunch-no-violation", **{"from": "policy@kakaocorp.com"}, date="Fri, 13 Sep 2024 16:00:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 카카오 정책팀입니다.

요청하신 브런치 글({kakao[3]})을 검토하였으나, 카카오 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.
추가 자료가 있으시면 알려주시면 다시 검토하겠습니다.

{quoted_request("KCSC-240910-01")}
""", outcome="applied", classification="confirmation", items={kakao[3]: "rejected"},
     imitates="Kakao policy team 'no violation found, no action taken' reply",
     why="Negated action with a reason = rejected; the offer to review again is not asking for more; the quote does not count.")

qp_body = f"""안녕하세요. 카카오 정책팀입니다.

요청 건(KCSC-240910-01) 처리 결과입니다.
- {kakao[4]} : 삭제 완료
- {kakao[3]} : 이미 삭제되어 존재하지 않는 페이지입니다.

고맙습니다.
"""
case(name="kk-quoted-printable-mixed", **{"from": "policy@kakaocorp.com"}, date="Sat, 14 Sep 2024 10:20:00 +0900",
     subject="=?UTF-8?B?" + base64.b64encode("RE: 시정요구 처리 결과".encode()).decode() + "?=", reply_to_req="req-240910-01",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(qp_body.encode()).decode(),
     outcome="applied", classification="confirmation", items={kakao[4]: "removed", kakao[3]: "not_found"},
     imitates="Kakao per-line result reply, quoted-printable UTF-8 with an encoded-word subject",
     why="QP body; 'URL : 삭제 완료' and 'already deleted, page does not exist' = not_found.")

case(name="kk-dmarc-fail", **{"from": "cs@daum.net"}, auth="fail", date="Thu, 12 Sep 2024 08:00:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""안녕하세요. Daum 고객센터입니다.
요청하신 게시물 {kakao[0]}, {kakao[1]}, {kakao[2]} 은 모두 삭제 처리되었습니다.
""", outcome="review", review="untrusted", items={},
     imitates="Daum deletion confirmation with failing DMARC",
     why="Platform domain but dmarc=fail: review untrusted, nothing applied.")

dsn_b = "==dsn23=="
case(name="kk-dsn-bounce", **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System", date="Tue, 10 Sep 2024 11:00:40 +0900",
     subject="Undelivered Mail Returned to Sender", extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{dsn_b}"

--{dsn_b}
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx1.daum.net.
I'm sorry to have to inform you that your message could not be delivered.

<abuse-kr@daum.net>: host mx1.daum.net said: 550 5.1.1 user unknown
--{dsn_b}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Final-Recipient: rfc822; abuse-kr@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown
--{dsn_b}
Content-Type: text/rfc822-headers

Message-ID: <req-240910-01@kcsc.example>
From: takedown@kcsc.example
To: abuse-kr@daum.net
Subject: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)
--{dsn_b}--
""", outcome="ignored", classification="bounce", items={},
     imitates="Postfix DSN (multipart/report delivery-status) for our request",
     why="Bounce of our own request: ignored.")

case(name="kk-unknown-gmail-forward", **{"from": "cafe.manager.kim@gmail.com"}, auth="pass", name_from="김운영", date="Fri, 13 Sep 2024 21:00:00 +0900",
     subject="카페 게시글 삭제했습니다", 
     body=f"""안녕하세요 fakestock99 카페 운영자입니다.
KCSC-240910-01 관련하여 말씀하신 글 {kakao[0]} 은 제가 직접 삭제했습니다.
확인 부탁드립니다.
""", outcome="review", review="unknown_sender", items={},
     imitates="Message from a cafe operator (uploader side) claiming deletion",
     why="Not a platform sender, names our item and request: review unknown_sender.")

case(name="kk-blind-plus-pending-decision", **{"from": "policy@kakaocorp.com"}, date="Thu, 12 Sep 2024 14:30:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240910-01)", reply_to_req="req-240910-01",
     body=f"""안녕하세요. 카카오 정책팀입니다.

{kakao[0]} 게시글은 블라인드 처리되었으며,
{kakao[1]} 게시글은 추가 검토 후 조치 여부를 결정할 예정입니다.

고맙습니다.
""", outcome="applied", classification="confirmation", items={kakao[0]: "removed"},
     imitates="Kakao partial result: one blinded, one still being decided",
     why="One unhedged blind, one future decision (stays pending, no review since an item applied).")

# ---------------------------------------------------------------- YOUTUBE
N3 = "KCSC-240911-01"
case(name="yt-kr-office-geo-restricted", **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀", date="Fri, 13 Sep 2024 11:00:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""안녕하세요.

YouTube는 방송통신심의위원회의 요청을 검토하였으며, 현지 법률에 따라 아래 콘텐츠를 대한민국 내에서 접근 제한 조치하였습니다.

{yt[0]}
{yt[1]}

해당 콘텐츠는 YouTube 커뮤니티 가이드를 위반하지 않아 전 세계적으로 삭제되지는 않았습니다.
법적 삭제 요청 관련 정보: https://support.google.com/youtube/answer/6154230

감사합니다.
Google 법무팀
""", outcome="applied", classification="confirmation", items={yt[0]: "restricted", yt[1]: "restricted"},
     imitates="Google/YouTube legal-removal reply 'blocked in country under local law' (Lumen-style legal notice), in Korean from the Korea office",
     why="Restricted in Korea; the sentence 'not removed globally' must not turn into rejection; support.google.com link is not an item.")

case(name="yt-en-removed-echoed-report", **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support", date="Thu, 12 Sep 2024 23:10:00 +0900",
     subject="[7-1124000031254] Re: Legal request KCSC-240911-01", reply_to_req="req-240911-01",
     body=f"""Hello,

Thanks for reaching out to us.

After review, we've removed the content you reported from YouTube.

Reported content:
- {yt[3]}
- {yt[2]}

If you have any questions, please visit our Help Center: https://support.google.com/youtube/answer/2802027

Regards,
The YouTube Team
""", outcome="applied", classification="confirmation", items={yt[3]: "removed", yt[2]: "removed"},
     imitates="YouTube legal support 'we've removed the content you reported' mail with an echoed report list and ticket number in the subject",
     why="Statement about 'the content you reported' followed by the echoed list; raw-Hangul handle.")

case(name="yt-age-restricted-and-rejected", **{"from": "legal-kr@google.com"}, date="Sat, 14 Sep 2024 09:00:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""안녕하세요. YouTube 팀입니다.

1) {yt[0]}
   → 연령 제한 조치 적용 (만 18세 이상 로그인 사용자만 시청 가능)
2) {yt[1]}
   → 검토 결과 YouTube 정책을 위반하지 않는 것으로 판단되어 게시 상태를 유지합니다.

YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
""", outcome="applied", classification="confirmation", items={yt[0]: "restricted", yt[1]: "rejected"},
     imitates="YouTube age-restriction / no-violation decision notices, numbered with arrow lines",
     why="Age restriction = restricted; no violation, stays up = rejected; the youtube.com policy link is not an item.")

case(name="yt-under-review", **{"from": "legal-kr@google.com"}, date="Thu, 12 Sep 2024 10:00:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     body=f"""안녕하세요.

요청하신 {yt[2]} 채널은 현재 담당 부서에서 검토 중이며, 검토가 완료되면 결과를 안내드리겠습니다.

감사합니다.
""", outcome="review", review="not_understood", items={},
     imitates="YouTube Korea interim 'under review' reply",
     why="Names an item, says only 'under review': must be seen (not ignored), nothing applied. Arguable: reviewer may class it acknowledgement.")

case(name="yt-ticket-ack-en", **{"from": "noreply@google.com"}, name_from="Google Legal Support", date="Wed, 11 Sep 2024 14:02:00 +0900",
     subject="Your Google Legal Removal Request [1-2409110000123]", reply_to_req="req-240911-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hello,

Thank you for your submission. We have received your request and a ticket has been created (ID 1-2409110000123).
We will review it and get back to you. Please do not reply to this email.

Google Legal Support
""", outcome="ignored", classification="acknowledgement", items={},
     imitates="Google legal removal request receipt ('we have received your request', ticket id)",
     why="Pure acknowledgement: ignored.")

yt_b64 = f"""안녕하세요. YouTube 팀입니다.

{yt[3]}
요청하신 URL은 유효하지 않거나 이미 삭제된 동영상입니다.

{yt[2]}
해당 채널은 YouTube 서비스 약관 위반으로 해지되었습니다.
"""
case(name="yt-base64-notfound-terminated", **{"from": "legal-kr@google.com"}, date="Tue, 17 Sep 2024 16:45:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240911-01)", reply_to_req="req-240911-01",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64wrap(yt_b64.encode()),
     outcome="applied", classification="confirmation", items={yt[3]: "not_found", yt[2]: "removed"},
     imitates="YouTube Korean reply: invalid/already-removed video, channel terminated for ToS violation (base64)",
     why="Status on the line below each URL; channel termination = removed.")

# ---------------------------------------------------------------- X
case(name="x-withheld-kr-and-no-violation", **{"from": "legal@x.com"}, date="Fri, 13 Sep 2024 03:20:00 +0000",
     subject="Re: [KCSC-240912-01] Request regarding illegal content", reply_to_req="req-240912-01",
     body=f"""Hello,

We have reviewed your request. Based on the information provided:

{xs[0]} - withheld in South Korea
{xs[1]} - withheld in South Korea
{xs[2]} - no violation of the X Rules found; no action taken

For more information on country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""", outcome="applied", classification="confirmation", items={xs[0]: "restricted", xs[1]: "restricted", xs[2]: "rejected"},
     imitates="X 'withheld in country' legal reply (help.x.com country-withheld policy)",
     why="Per-line statuses after a dash; help.x.com link not an item.")

case(name="x-url-line-below-statement", **{"from": "legal@x.com"}, date="Sat, 14 Sep 2024 01:00:00 +0000",
     subject="Re: [KCSC-240912-01] Request regarding illegal content", reply_to_req="req-240912-01",
     body=f"""Hello,

The following post has been removed for violating our rules on illegal and regulated behaviors:
{xs[2]}

Thanks,
X Safety
""", outcome="applied", classification="confirmation", items={xs[2]: "removed"},
     imitates="X Safety short removal notice with the URL on the line below its statement",
     why="URL on the line below its statement.")

case(name="x-cannot-locate", **{"from": "legal@x.com"}, date="Sun, 15 Sep 2024 05:00:00 +0000",
     subject="Re: [KCSC-240912-01] Request regarding illegal content", reply_to_req="req-240912-01",
     body=f"""Hi,

We were unable to locate the content at {xs[1]}. The link may be invalid or the post may have been deleted by the account holder.

Thanks,
X Legal
""", outcome="applied", classification="confirmation", items={xs[1]: "not_found"},
     imitates="X 'unable to locate the reported content' reply",
     why="'unable to locate ... may have been deleted' is a not_found statement; the hedge is in the explanation, not the finding (arguable).")

mdn_b = "==mdn23=="
case(name="x-mdn-read-receipt", **{"from": "legal@x.com"}, date="Thu, 12 Sep 2024 01:00:00 +0000",
     subject="Read: [KCSC-240912-01] Request regarding illegal content", reply_to_req="req-240912-01",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="{mdn_b}"

--{mdn_b}
Content-Type: text/plain; charset=utf-8

Your message was displayed on Thu, 12 Sep 2024 01:00:00 +0000.
--{mdn_b}
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com
Final-Recipient: rfc822; legal@x.com
Original-Message-ID: <req-240912-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--{mdn_b}--
""", outcome="ignored", classification="read_receipt", items={},
     imitates="RFC 8098 read receipt (MDN) from X's legal mailbox",
     why="MDN read receipt: ignored.")

case(name="x-names-telegram-item", **{"from": "legal@x.com"}, date="Tue, 17 Sep 2024 02:00:00 +0000",
     subject="Re: Request regarding illegal content",
     body=f"""Hello,

The content at {tg[0]} has been removed.

Thanks,
X Legal
""", outcome="review", review="wrong_platform", items={},
     imitates="Misdirected confirmation naming another platform's item",
     why="Trusted X sender claims a Telegram item: must not be applied, goes to review.")

# ---------------------------------------------------------------- META
case(name="meta-ig-kr-removed", **{"from": "no-reply@instagram.com"}, name_from="Instagram", date="Mon, 16 Sep 2024 12:00:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240913-01)", reply_to_req="req-240913-01",
     body=f"""안녕하세요.

신고해주셔서 감사합니다. 검토 결과 신고하신 게시물이 Instagram 커뮤니티 가이드라인을 위반하여 삭제했습니다.

신고된 콘텐츠: {meta[0]}

커뮤니티 가이드라인: https://help.instagram.com/477434105621119
Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""", outcome="applied", classification="confirmation", items={meta[0]: "removed"},
     imitates="Instagram Korean 'we removed the post you reported' support-inbox notice with legal footer",
     why="Statement about 'the post you reported' and an echoed '신고된 콘텐츠' line.")

case(name="meta-fb-restricted-local-law", **{"from": "records@fb.com"}, name_from="Facebook", date="Tue, 17 Sep 2024 08:00:00 +0900",
     subject="Re: KCSC-240913-01", reply_to_req="req-240913-01",
     body=f"""Hello,

Thank you for your report. Following a review, we have restricted access to the content below in South Korea based on local law. It remains available elsewhere as it does not go against our Community Standards.

{meta[1]}

Learn more: https://transparency.meta.com/reports/content-restrictions/

Meta Content Restrictions Team
""", outcome="applied", classification="confirmation", items={meta[1]: "restricted"},
     imitates="Meta 'restricted access in country based on local law' notice (Transparency Center content restrictions)",
     why="Country restriction; the 'remains available elsewhere' sentence does not make it a rejection.")

case(name="meta-hedged-may", **{"from": "no-reply@instagram.com"}, date="Sun, 15 Sep 2024 20:00:00 +0900",
     subject="RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240913-01)", reply_to_req="req-240913-01",
     body=f"""안녕하세요.

신고하신 {meta[0]} 게시물을 검토 중입니다. 커뮤니티 가이드라인을 위반하는 것으로 확인되면 삭제될 수 있습니다.

Instagram 고객센터
""", outcome="review", review="not_understood", items={},
     imitates="Instagram 'we're reviewing; may be removed' message",
     why="Hedged (될 수 있습니다) and under review: review, nothing applied.")

# ---------------------------------------------------------------- TELEGRAM
case(name="tg-blocked-ko", **{"from": "dsa@telegram.org"}, date="Wed, 18 Sep 2024 19:00:00 +0900",
     subject="Re: [KCSC-240916-01] Illegal content", reply_to_req="req-240916-01",
     body=f"""Hello,

Thank you for your report. The following content has been blocked and is no longer accessible on Telegram:
{tg[0]}

Case #8831207

Telegram Abuse Team
""", outcome="applied", classification="confirmation", items={tg[0]: "removed"},
     imitates="Telegram abuse desk 'content has been blocked' reply with case number",
     why="'blocked and no longer accessible on Telegram' (everywhere) = removed per issue 11 (arguable vs restricted).")

case(name="tg-auto-reply", **{"from": "dsa@telegram.org"}, date="Mon, 16 Sep 2024 10:00:30 +0900",
     subject="Auto: [KCSC-240916-01] Illegal content", reply_to_req="req-240916-01",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""This is an automated reply. Your message has been received and will be processed by the relevant team.
Due to the volume of requests, responses may be delayed.
""", outcome="ignored", items={},
     imitates="Telegram DSA mailbox automatic reply",
     why="Automatic reply stating nothing about items: ignored.")

HEADER = """# Blind set 23 (issue 11): Korean-heavy general mix; expected results written
# from each email's meaning before running the reader. See NOTES.md."""
corpuslib.write_set(HERE, "blind23", HEADER, C)
