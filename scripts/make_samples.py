#!/usr/bin/env python3
"""Writes samples/: the story behind takedown, as a requests CSV and a Maildir.

On 2024-09-01 the regulator (KCSC) asks Telegram to remove 25 items of
deepfake sexual abuse material (fictional URLs) by 2024-09-08, and X to remove
3 items by 2024-09-12. Telegram answers over the following days; X never does.
On 2024-09-06 a staff member emails X a third request (KCSC-240906-01) with
takedown in Bcc: the email registers the request, and X's reply, which names
no reference anywhere, is matched to it by its In-Reply-To alone.
Deterministic: re-running produces the same files.
"""
import os
import shutil

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")

A = [f"https://t.me/dfk_sample_a/{1000 + i}" for i in range(1, 11)]   # 10 posts
B = [f"https://t.me/dfk_sample_b/{2000 + i}" for i in range(1, 9)]    # 8 posts
C = [f"https://t.me/dfk_sample_c/{3000 + i}" for i in range(1, 3)]    # 2 posts, channel banned later
D = [f"https://t.me/dfk_sample_d/{4000 + i}" for i in range(1, 6)]    # 5 posts
TG = A + B + C + D
assert len(TG) == 25
XS = [f"https://x.com/dfk_sample_x/status/18300000000000000{i:02d}" for i in range(1, 4)]
XE = [f"https://x.com/dfk_sample_y/status/18310000000000000{i:02d}" for i in range(1, 3)]  # emailed by staff
STAFF_MID = "req-240906-01@kcsc.example"

REQ_MID = "req-240901-01@kcsc.example"
TRUSTED = ("Authentication-Results: mx.kcsc.example; dkim=pass header.d=telegram.org header.s=tg1;\n"
           " spf=pass smtp.mailfrom=telegram.org; dmarc=pass (p=reject) header.from=telegram.org\n")


def quoted_request():
    lines = ["> [KCSC-240901-01] Request for removal of illegal content (25 items)", ">",
             "> The Korea Communications Standards Commission requests the removal of",
             "> the following content by 2024-09-08:", ">"]
    lines += [f"> {u}" for u in TG]
    return "\n".join(lines)


def email(mid, date, subject, body, *, frm="Telegram Abuse <abuse@telegram.org>", auth=TRUSTED,
          extra="", ctype="text/plain; charset=utf-8"):
    return (f"{auth}Received: from mail.telegram.org by mx.kcsc.example; {date}\n"
            f"From: {frm}\nTo: KCSC Takedown <takedown@kcsc.example>\n"
            f"Subject: {subject}\nDate: {date}\nMessage-ID: <{mid}>\n"
            f"In-Reply-To: <{REQ_MID}>\nReferences: <{REQ_MID}>\n{extra}"
            f"MIME-Version: 1.0\nContent-Type: {ctype}\nContent-Transfer-Encoding: 8bit\n\n{body}\n")


def write():
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    inbox = os.path.join(ROOT, "inbox")
    for d in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(inbox, d))
    with open(os.path.join(ROOT, "requests.csv"), "w", newline="\n") as f:
        f.write("ref,platform,sent_at,due_at,url,category,message_id,note\n")
        for u in TG:
            f.write(f"KCSC-240901-01,telegram,2024-09-01,2024-09-08,{u},deepfake-sexual-abuse,<{REQ_MID}>,\n")
        for u in XS:
            f.write(f"KCSC-240905-01,x,2024-09-05,2024-09-12,{u},deepfake-sexual-abuse,<req-240905-01@kcsc.example>,no reply received\n")

    msgs = []
    # 1. First batch: heading over a list, top-posted over our request.
    msgs.append(email("tg-0902-1@telegram.org", "Mon, 2 Sep 2024 11:12:00 +0000",
        "Re: [KCSC-240901-01] Request for removal of illegal content (25 items)",
        "Hello,\n\nThank you for your report. The following content has been removed:\n\n"
        + "\n".join(A[:8]) + "\n\nBest regards,\nTelegram Abuse Team\n\n"
        "On Sun, 1 Sep 2024 at 09:00, KCSC <takedown@kcsc.example> wrote:\n" + quoted_request()))
    # 2. An out-of-office reply quoting our whole request.
    msgs.append(email("ooo-0902@telegram.org", "Mon, 2 Sep 2024 11:40:00 +0000",
        "Automatic reply: [KCSC-240901-01] Request for removal of illegal content",
        "I am out of the office until September 4 with limited access to email.\n\n" + quoted_request(),
        frm="Mina Park <mina.park@telegram.org>", extra="Auto-Submitted: auto-replied\nX-Autoreply: yes\n"))
    # 3. Per-line statuses.
    msgs.append(email("tg-0903-1@telegram.org", "Tue, 3 Sep 2024 08:05:00 +0000",
        "Re: [KCSC-240901-01] update",
        "Update on KCSC-240901-01:\n\n"
        f"{A[8]} - removed\n{A[9]} - removed\n{B[0]} - removed\n"
        f"{B[1]} - restricted in South Korea\n{B[2]} - restricted in South Korea\n\n"
        "Regards,\nTelegram Abuse Team\n"))
    # 4. A spoofed sender: looks like Telegram, fails DMARC at our server.
    msgs.append(email("spoof-0904@mailer.example", "Wed, 4 Sep 2024 02:00:00 +0000",
        "Re: [KCSC-240901-01] all done",
        "All remaining items have been removed:\n\n" + "\n".join(B[3:] + D) + "\n",
        auth="Authentication-Results: mx.kcsc.example; dkim=none; spf=fail smtp.mailfrom=mailer.example;\n"
             " dmarc=fail (p=reject) header.from=telegram.org\n"
             "Authentication-Results: mx.kcsc.example; dmarc=pass header.from=telegram.org\n",
        frm="Telegram Abuse <abuse@telegram.org>"))
    # 5. An HTML table, link text differing from the href.
    rows = "".join(f"<tr><td><a href=\"{u}\">post {u.rsplit('/', 1)[1]}</a></td><td>{s}</td></tr>"
                   for u, s in [(B[3], "Removed"), (B[4], "Removed"), (B[5], "Removed"), (B[6], "Could not locate")])
    msgs.append(email("tg-0905-1@telegram.org", "Thu, 5 Sep 2024 07:30:00 +0000",
        "RE: [KCSC-240901-01] Case #482913",
        "<html><body><p>Dear KCSC,</p><p>Please find the results of our review below (Case #482913).</p>"
        f"<table border=\"1\"><tr><th>Link</th><th>Action</th></tr>{rows}</table>"
        "<p>Telegram Abuse Team</p><div class=\"gmail_quote\">On Sun, 1 Sep 2024, KCSC wrote:<br>"
        + "<br>".join(TG) + "</div></body></html>", ctype="text/html; charset=utf-8"))
    # 6. Future tense: not a confirmation.
    msgs.append(email("tg-0906-1@telegram.org", "Fri, 6 Sep 2024 06:00:00 +0000",
        "Re: [KCSC-240901-01] Case #482913",
        f"The following items are under review and will be removed within 24 hours if they violate our terms:\n\n"
        f"{D[3]}\n{D[4]}\n\nTelegram Abuse Team\n"))
    # 7. Korean.
    msgs.append(email("tg-0907-1@telegram.org", "Sat, 7 Sep 2024 01:00:00 +0000",
        "회신: [KCSC-240901-01] 불법정보 삭제 요청",
        "안녕하세요.\n\n요청하신 게시물에 대한 처리 결과입니다.\n\n"
        f"{B[7]} 삭제 완료\n{D[0]} 삭제 완료\n{D[1]} 삭제 완료\n\n텔레그램 신고 대응팀 드림\n"))
    # 8. Restricted becomes removed.
    msgs.append(email("tg-0909-1@telegram.org", "Mon, 9 Sep 2024 03:00:00 +0000",
        "Re: [KCSC-240901-01] Case #482913",
        f"Following further review, the content previously restricted in Korea has now been deleted globally:\n\n"
        f"{B[1]}\n{B[2]}\n\nTelegram Abuse Team\n"))
    # 9. No violation.
    msgs.append(email("tg-0910-1@telegram.org", "Tue, 10 Sep 2024 03:00:00 +0000",
        "Re: Case #482913",
        f"After review we found no violation of our Terms of Service for:\n{D[2]}\n\nTelegram Abuse Team\n"))
    # 10. A channel banned as a whole.
    msgs.append(email("tg-0911-1@telegram.org", "Wed, 11 Sep 2024 03:00:00 +0000",
        "Re: [KCSC-240901-01] Case #482913",
        f"The channel https://t.me/dfk_sample_c has been banned for distributing non-consensual intimate imagery.\n\n"
        "Telegram Abuse Team\n"))
    # 11. The first email delivered a second time (another Received line).
    first = msgs[0]
    msgs.append("Received: from relay2.telegram.org by mx.kcsc.example; Mon, 2 Sep 2024 11:15:00 +0000\n" + first)
    # 12. A bounce of our request to a wrong address.
    msgs.append(
        "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.kcsc.example>\n"
        "To: takedown@kcsc.example\nSubject: Undelivered Mail Returned to Sender\n"
        "Date: Sun, 1 Sep 2024 09:01:00 +0000\nMessage-ID: <bounce-0901@mx.kcsc.example>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n"
        "--b1\nContent-Type: text/plain\n\nThis is the mail system. Your message could not be delivered to legal@telegram.example.\n\n"
        "--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.kcsc.example\n\n"
        "Final-Recipient: rfc822; legal@telegram.example\nAction: failed\nStatus: 5.1.1\n\n"
        "--b1--\n")
    # 13. A request emailed by staff to X, takedown in Bcc: it registers KCSC-240906-01.
    msgs.append(
        "Authentication-Results: mx.kcsc.example; dkim=pass header.d=kcsc.example header.s=k1;\n"
        " spf=pass smtp.mailfrom=kcsc.example; dmarc=pass (p=reject) header.from=kcsc.example\n"
        "Received: from mail.kcsc.example by mx.kcsc.example; Fri, 6 Sep 2024 01:00:00 +0000\n"
        "From: Kim Jisoo <jisoo.kim@kcsc.example>\nTo: X Legal Korea <legal-kr@x.com>\n"
        "Subject: [KCSC-240906-01] 불법정보 삭제 요청 / Removal request (2 items)\n"
        f"Date: Fri, 6 Sep 2024 01:00:00 +0000\nMessage-ID: <{STAFF_MID}>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "X 담당자님께,\n\n아래 게시물의 삭제를 요청드립니다.\n\n" + "\n".join(XE) + "\n\n"
        "기한: 2024-09-10\n\n김지수\n방송통신심의위원회\n")
    # 14. X answers the staff email: no reference anywhere, only In-Reply-To.
    msgs.append(
        "Authentication-Results: mx.kcsc.example; dkim=pass header.d=x.com header.s=s1;\n"
        " spf=pass smtp.mailfrom=x.com; dmarc=pass (p=reject) header.from=x.com\n"
        "Received: from mail.x.com by mx.kcsc.example; Mon, 9 Sep 2024 05:00:00 +0000\n"
        "From: X Legal <legal-kr@x.com>\nTo: Kim Jisoo <jisoo.kim@kcsc.example>\n"
        "Cc: KCSC Takedown <takedown@kcsc.example>\nSubject: Re: your request\n"
        "Date: Mon, 9 Sep 2024 05:00:00 +0000\nMessage-ID: <x-0909-1@x.com>\n"
        f"In-Reply-To: <{STAFF_MID}>\nReferences: <{STAFF_MID}>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        f"Hello,\n\nThe following content has been removed:\n{XE[0]}\n\nX Legal\n")
    for i, m in enumerate(msgs, 1):
        name = f"{1725148800 + i * 3600}.M{i}P1.samples:2,S"
        with open(os.path.join(inbox, "cur", name), "w", newline="\n") as f:
            f.write(m)
    # Git keeps no empty folders.
    for d in ("new", "tmp"):
        open(os.path.join(inbox, d, ".keep"), "w").close()
    with open(os.path.join(ROOT, "expected.csv"), "w", newline="\n") as f:
        f.write("ref,url,status\n")
        expect = {}
        for u in A + B[:1] + B[3:6] + B[7:] + D[:2] + C:
            expect[u] = "removed"
        expect[B[1]] = expect[B[2]] = "removed"
        expect[B[6]] = "not_found"
        expect[D[2]] = "rejected"
        for u in TG:
            f.write(f"KCSC-240901-01,{u},{expect.get(u, 'pending')}\n")
        for u in XS:
            f.write(f"KCSC-240905-01,{u},pending\n")
        f.write(f"KCSC-240906-01,{XE[0]},removed\nKCSC-240906-01,{XE[1]},pending\n")


if __name__ == "__main__":
    write()
