"""Blind set 42 (issue 11): general English mix across platforms. Expected results from meaning."""
import os, sys, base64
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set

X = [f"https://x.com/bl42_user{1+i%3}/status/18331000000000000{10+i}" for i in range(14)]
Y = [f"https://www.youtube.com/watch?v=Bl42Vid{c}xQ" for c in "ABCDE"]
T = [f"https://t.me/bl42_chan/{700+i}" for i in range(1, 5)]
K = [f"https://www.tiktok.com/@bl42.seller/video/74130000000000000{i}" for i in range(1, 4)]
M = ["https://www.facebook.com/bl42.shop/posts/pfbid02Bl42QwErTy", "https://www.instagram.com/p/C9bl42XyZ1a/"]
R = ["https://www.reddit.com/r/bl42market/comments/1fbl42x/cheap_pills_no_rx/"]
XQ = "\n".join("> " + u for u in X)

def C(name, frm, date, subject, body, outcome, items=None, imitates="", why="", req=None, **kw):
    d = dict(name=name, **{"from": frm}, date=date, subject=subject, body=body, outcome=outcome,
             items=items or {}, imitates=imitates, why=why)
    if req: d["reply_to_req"] = req
    d.update(kw)
    return d

cases = []
a = cases.append
# ---------------- X (14 items) ----------------
a(C("x-withheld-kr-all", "legal@x.com", "Tue, 10 Sep 2024 18:02:11 +0900", "Re: KCSC-240909-01",
    "Hello,\n\nThank you for your report regarding KCSC-240909-01. In response to your legal demand, we have withheld the following content in the Republic of Korea:\n\n" + "\n".join(X) +
    "\n\nThe content remains available outside South Korea. More on country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country\n\nRegards,\nX Legal\n\nOn Mon, Sep 9, 2024 at 10:00 AM KCSC wrote:\n" + XQ,
    "applied", {u: "restricted" for u in X}, "X Country Withheld Content notice ('withheld in [country] in response to a legal demand'; help.x.com legal FAQs, transparency.x.com removal-requests)",
    "withheld in KR for all 14 items; help link is not an item; quoted request ignored", req="req-240909-01", classification="confirmation"))
a(C("x-per-line-mixed", "legal@x.com", "Wed, 11 Sep 2024 09:15:00 +0900", "Re: KCSC-240909-01 - outcome",
    "Hi,\n\nWe reviewed the reported posts. Results below:\n\n" +
    "\n".join(f"{u} - {s}" for u, s in zip(X[:6], ["Removed", "Removed", "Withheld in KR", "No violation found", "Account suspended, post no longer available", "Not found"])) +
    "\n\nThe remaining posts are still under review.\n\nX Corp. Legal",
    "applied", dict(zip(X[:6], ["removed", "removed", "restricted", "rejected", "removed", "not_found"])), "X legal team per-URL outcome list",
    "per-line statuses; 'remaining under review' changes nothing", req="req-240909-01"))
a(C("x-status-below-url", "legal@x.com", "Wed, 11 Sep 2024 13:40:00 +0900", "KCSC-240909-01",
    "Hello KCSC,\n\n" + "\n\n".join(f"{u}\nWe have taken action on this post; it is no longer viewable." for u in X[6:9]) +
    "\n\n" + X[9] + "\nAfter review we did not find a violation of the X Rules or local law; no action was taken.\n\nX Legal Operations",
    "applied", {**{u: "removed" for u in X[6:9]}, X[9]: "rejected"}, "X Rules enforcement notice ('we have taken action')",
    "status on the line below each bare URL", req="req-240909-01"))
a(C("x-table-html", "legal@x.com", "Thu, 12 Sep 2024 10:00:00 +0900", "Re: KCSC-240909-01",
    "<html><body><p>Dear KCSC,</p><p>Please find our response:</p><table border=1><tr><th>URL</th><th>Action</th></tr>" +
    "".join(f"<tr><td>{u}</td><td>{s}</td></tr>" for u, s in zip(X[10:14], ["Removed", "Withheld (KR)", "Removed", "No action - does not violate policy"])) +
    "</table><p>See our <a href='https://transparency.x.com/en/reports/removal-requests'>transparency report</a>.</p><p>X Legal</p></body></html>",
    "applied", dict(zip(X[10:14], ["removed", "restricted", "removed", "rejected"])), "X legal-request response in HTML table",
    "HTML table of outcomes; transparency link is not an item", req="req-240909-01", type="html"))
a(C("x-ack-ticket", "noreply@x.com", "Mon, 09 Sep 2024 10:03:00 +0900", "Your report has been received [Ticket 0194422]",
    "Hello,\n\nWe have received your report. Your ticket number is 0194422. We will review it and follow up if we need more information.\n\nPlease do not reply to this email.\n\nX Support",
    "ignored", {}, "X/Twitter support ticket auto-acknowledgement", "pure ticket receipt", req="req-240909-01", classification="acknowledgement"))
a(C("x-will-remove", "legal@x.com", "Thu, 12 Sep 2024 16:00:00 +0900", "Re: KCSC-240909-01",
    "Hello,\n\nWe are reviewing the posts below and will withhold them in Korea if we find they violate local law:\n\n" + "\n".join(X[:3]) + "\n\nWe expect to respond within 5 business days.\n\nX Legal",
    "review", {}, "X legal 'under review' interim reply", "future/conditional only; names items so review not ignore", req="req-240909-01", review="not_understood"))
a(C("x-spoof-dmarcfail", "legal@x.com", "Thu, 12 Sep 2024 17:00:00 +0900", "Re: KCSC-240909-01 all removed",
    "All posts in your request KCSC-240909-01 have been removed:\n\n" + "\n".join(X[:4]) + "\n\nX Legal",
    "review", {}, "spoof of X legal confirmation", "DMARC fail must go to review, no status", req="req-240909-01", auth="fail", review="untrusted"))
a(C("x-ooo", "j.kim@x.com", "Mon, 09 Sep 2024 10:05:00 +0900", "Automatic reply: KCSC-240909-01",
    "I am out of the office until September 23 with limited access to email. For urgent legal matters please contact legal@x.com.\n\n> " + X[0],
    "ignored", {}, "Outlook out-of-office auto-reply", "auto-reply quoting one item", req="req-240909-01", classification="auto_reply",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))
a(C("x-partial-account-level", "legal@x.com", "Fri, 13 Sep 2024 11:20:00 +0900", "Re: KCSC-240909-01",
    "Hello,\n\nThe account @bl42_user1 has been permanently suspended for violating our rules on illegal gambling. As a result, its posts are no longer available on X.\n\nRegards,\nX Safety",
    "review", {}, "X account suspension notice", "arguable: account-level suspension implies items of bl42_user1 gone, but no item URL is named; clerk would hesitate -> review", req="req-240909-01", review="not_understood"))
# ---------------- YouTube (5) ----------------
a(C("yt-removed-guidelines", "legal-kr@google.com", "Wed, 11 Sep 2024 08:00:00 +0900", "Re: [KCSC-240910-01] YouTube removal request",
    "Hello,\n\nThanks for reaching out. After review, we've removed the following videos for violating YouTube's Community Guidelines:\n\n- " + Y[0] + "\n- " + Y[1] +
    "\n\nWe have restricted access to the following video in South Korea based on local law:\n\n- " + Y[2] +
    "\n\nYou can learn more at https://support.google.com/youtube/answer/2801939\n\nSincerely,\nThe YouTube Legal Support Team\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043",
    "applied", {Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted"}, "YouTube removal notice ('we have removed the following content from YouTube', quoted on public blogs) plus local-law block",
    "bulleted lists under two statements; support link not an item", req="req-240910-01", classification="confirmation"))
a(C("yt-age-restricted", "legal-kr@google.com", "Thu, 12 Sep 2024 09:30:00 +0900", "Re: [KCSC-240910-01]",
    "Hi there,\n\nWe reviewed " + Y[3] + " and applied an age restriction; it is no longer viewable by signed-out users or users under 18.\n\nThe YouTube Team",
    "applied", {Y[3]: "restricted"}, "YouTube age-restriction notice", "age restriction = restricted", req="req-240910-01"))
a(C("yt-no-violation", "legal-kr@google.com", "Thu, 12 Sep 2024 10:30:00 +0900", "Re: [KCSC-240910-01]",
    "Hello,\n\nWe have reviewed the content at the URL below and decided not to take action at this time, as it does not violate our Community Guidelines or local law:\n" + Y[4] +
    "\n\nIf you have additional information, you may submit a new request at https://support.google.com/legal/answer/3110420\n\nYouTube Legal Support",
    "applied", {Y[4]: "rejected"}, "YouTube 'decided not to take action' legal reply", "URL on the line below its statement", req="req-240910-01"))
a(C("yt-needs-court-order", "legal-kr@google.com", "Thu, 12 Sep 2024 11:30:00 +0900", "Re: [KCSC-240910-01]",
    "Hello,\n\nTo process your request regarding " + Y[0] + " and " + Y[1] + ", please provide the specific timestamps and the legal basis under Korean law for each video.\n\nThanks,\nYouTube Legal Support",
    "review", {}, "YouTube legal 'need more information' reply", "asks for more info", req="req-240910-01", review="asks_more"))
a(C("yt-b64-not-found", "legal-kr@google.com", "Fri, 13 Sep 2024 09:00:00 +0900", "Re: [KCSC-240910-01]", "",
    "applied", {Y[3]: "not_found", Y[4]: "not_found"}, "YouTube 'video unavailable' reply, base64 body",
    "base64 plain body, not found", req="req-240910-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(
        ("Hello,\n\nWe could not locate the following videos. They appear to have been deleted by the uploader before our review:\n\n" + Y[3] + "\n" + Y[4] + "\n\nYouTube Legal Support\n").encode()).decode()))
a(C("yt-lookalike", "legal@youtube-support.com", "Fri, 13 Sep 2024 10:00:00 +0900", "Re: [KCSC-240910-01] removed",
    "Hello,\n\nThe videos " + Y[0] + " and " + Y[1] + " have been removed.\n\nYouTube Team",
    "review", {}, "look-alike domain claiming YouTube removals", "unknown sender naming our items", req="req-240910-01", review="unknown_sender"))
# ---------------- Telegram (4) ----------------
a(C("tg-abuse-done", "abuse@telegram.org", "Wed, 11 Sep 2024 20:00:00 +0900", "Re: KCSC-240911-01",
    "Hello,\n\nThank you for your report. The following content has been blocked:\n\n" + "\n".join(T[:3]) + "\n\nTelegram Abuse Team",
    "applied", {u: "removed" for u in T[:3]}, "Telegram abuse-desk short reply", "'blocked' on Telegram = removed (arguable vs restricted; see NOTES)", req="req-240911-01"))
a(C("tg-outlook-quote", "dsa@telegram.org", "Thu, 12 Sep 2024 12:00:00 +0900", "RE: KCSC-240911-01",
    "Hi,\n\n" + T[3] + " - this channel post is no longer accessible; the channel was banned.\n\nBest,\nTelegram\n\n-----Original Message-----\nFrom: KCSC Takedown <takedown@kcsc.example>\nSent: Wednesday, September 11, 2024 9:30 AM\nSubject: KCSC-240911-01\n\nPlease remove:\n" + "\n".join(T) + "\nAll of these have been removed on other platforms already.",
    "applied", {T[3]: "removed"}, "Telegram DSA reply, Outlook Original Message quote", "only unquoted statement counts", req="req-240911-01"))
a(C("tg-reported-content-echo", "abuse@telegram.org", "Thu, 12 Sep 2024 15:00:00 +0900", "Re: KCSC-240911-01",
    "Hello,\n\nThe reported content has been removed.\n\n--- Your report ---\nReference: KCSC-240911-01\nLinks:\n" + T[0] + "\n" + T[1] + "\nReason: drug sales\n---",
    "applied", {T[0]: "removed", T[1]: "removed"}, "Telegram abuse reply echoing the report", "statement about 'the reported content' + echoed report", req="req-240911-01"))
a(C("tg-bounce", "MAILER-DAEMON@telegram.org", "Wed, 11 Sep 2024 09:31:00 +0900", "Undelivered Mail Returned to Sender", "",
    "ignored", {}, "Postfix DSN bounce", "bounce of our request", classification="bounce",
    raw_mime="Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nThis is the mail system at host mail.telegram.org.\nI'm sorry to have to inform you that your message could not be delivered.\n<old-dsa@telegram.org>: user unknown\n\n--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.telegram.org\n\nFinal-Recipient: rfc822; old-dsa@telegram.org\nAction: failed\nStatus: 5.1.1\n\n--b1\nContent-Type: text/rfc822-headers\n\nMessage-ID: <req-240911-01@kcsc.example>\nSubject: KCSC-240911-01\n\n--b1--"))
a(C("tg-unknown-sender", "support@telegram-abuse.net", "Thu, 12 Sep 2024 16:00:00 +0900", "KCSC-240911-01 resolved",
    "Dear KCSC,\nChannel posts " + T[0] + " and " + T[2] + " were deleted.\nTelegram Support",
    "review", {}, "fake Telegram support sender", "unknown sender naming items", req="req-240911-01", review="unknown_sender"))
a(C("tg-partly", "abuse@telegram.org", "Fri, 13 Sep 2024 10:00:00 +0900", "Re: KCSC-240911-01",
    "Hello,\n\nWe took action on some of the links you sent; others may require further verification.\n\n" + "\n".join(T) + "\n\nTelegram Abuse",
    "review", {}, "Telegram vague 'some of the links' reply", "partial, not attributable to items", req="req-240911-01", review="not_understood"))
# ---------------- TikTok (3) ----------------
a(C("tt-removed-cg", "legal@tiktok.com", "Thu, 12 Sep 2024 19:00:00 +0900", "Re: KCSC-240912-01 | TikTok Legal",
    "Dear Sir/Madam,\n\nThank you for contacting TikTok. We have reviewed the content you reported and have removed the following video(s) for violating our Community Guidelines:\n\n1. " + K[0] + "\n2. " + K[1] +
    "\n\nThe following video was not found on TikTok, it may have already been deleted by the user:\n\n3. " + K[2] +
    "\n\nCommunity Guidelines: https://www.tiktok.com/community-guidelines\n\nKind regards,\nTikTok Law Enforcement & Government Response Team",
    "applied", {K[0]: "removed", K[1]: "removed", K[2]: "not_found"}, "TikTok government-request response", "numbered list; not found", req="req-240912-01", classification="confirmation"))
a(C("tt-restricted-kr", "legal@tiktok.com", "Fri, 13 Sep 2024 09:00:00 +0900", "Re: KCSC-240912-01",
    "Hello,\n\nAfter review, access to " + K[0] + " has been restricted in South Korea in accordance with local law. Video " + K[1] + " did not violate our Community Guidelines and will remain on the platform.\n\nTikTok Trust & Safety",
    "applied", {K[0]: "restricted", K[1]: "rejected"}, "TikTok local-law restriction notice", "restricted and rejected in prose", req="req-240912-01"))
a(C("tt-mdn", "legal@tiktok.com", "Thu, 12 Sep 2024 14:10:00 +0900", "Read: KCSC-240912-01", "",
    "ignored", {}, "Outlook MDN read receipt", "read receipt ignored", req="req-240912-01", classification="read_receipt",
    raw_mime="Content-Type: multipart/report; report-type=disposition-notification; boundary=\"m1\"\n\n--m1\nContent-Type: text/plain\n\nYour message was read on 12 September 2024 14:10.\n\n--m1\nContent-Type: message/disposition-notification\n\nReporting-UA: outlook.tiktok.com\nFinal-Recipient: rfc822; legal@tiktok.com\nOriginal-Message-ID: <req-240912-01@kcsc.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--m1--"))
a(C("tt-csv", "legal@tiktok.com", "Fri, 13 Sep 2024 15:00:00 +0900", "KCSC-240912-01 outcome", "",
    "applied", {K[0]: "removed", K[1]: "restricted", K[2]: "rejected"}, "TikTok bulk response spreadsheet (CSV attachment)",
    "CSV attachment with per-URL actions", req="req-240912-01",
    raw_mime="Content-Type: multipart/mixed; boundary=\"c1\"\n\n--c1\nContent-Type: text/plain; charset=utf-8\n\nHello, please see the attached file for the outcome of your request.\nTikTok Legal\n\n--c1\nContent-Type: text/csv; name=\"outcome.csv\"\nContent-Disposition: attachment; filename=\"outcome.csv\"\n\nURL,Action\n" + K[0] + ",Removed\n" + K[1] + ",Restricted in KR\n" + K[2] + ",No violation\n--c1--"))
a(C("tt-wrong-platform", "legal@tiktok.com", "Fri, 13 Sep 2024 16:00:00 +0900", "Re: KCSC-240912-01",
    "Hello,\n\nWe have removed " + K[0] + ". Please note " + Y[0] + " has also been removed.\n\nTikTok Legal",
    "applied", {K[0]: "removed"}, "TikTok reply mentioning other platform item", "YouTube item named by TikTok must not be applied", req="req-240912-01", review="wrong_platform"))
# ---------------- Meta (2) ----------------
a(C("meta-restricted-local-law", "noreply@fb.com", "Sat, 14 Sep 2024 10:00:00 +0900", "Your report reference KCSC-240913-01",
    "Hi,\n\nThanks for your report. We've restricted access to the following content in South Korea because it was reported as violating local law:\n\n" + M[0] + "\n\nWe removed this Instagram post because it goes against our Community Standards on fraud and scams:\n" + M[1] +
    "\n\nLearn more: https://transparency.meta.com/policies/community-standards/fraud-scams\n\nThanks,\nMeta Legal\nMeta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025",
    "applied", {M[0]: "restricted", M[1]: "removed"}, "Meta 'content restricted based on local law' notice", "two statuses; transparency link", req="req-240913-01"))
a(C("meta-doesnt-go-against", "support@instagram.com", "Sat, 14 Sep 2024 12:00:00 +0900", "Update on your report",
    "Hi,\n\nWe reviewed the post you reported (" + M[1] + ") and found that it doesn't go against our Community Guidelines. We understand this may be frustrating.\n\nThe Instagram Team",
    "applied", {M[1]: "rejected"}, "Instagram report-outcome notice (help.instagram.com/861685284411197: 'doesn't go against our Community Guidelines')", "rejection wording", req="req-240913-01"))
a(C("meta-ack", "noreply@fb.com", "Fri, 13 Sep 2024 10:05:00 +0900", "We received your report",
    "Hi,\n\nThanks for contacting us. We received your report and a team will review it. Case ID: 1059424229\n\nThe Facebook Team",
    "ignored", {}, "Facebook report-received receipt", "pure ack", req="req-240913-01", classification="acknowledgement"))
a(C("meta-qp-html-alt", "legal@meta.com", "Sun, 15 Sep 2024 09:00:00 +0900", "Re: KCSC-240913-01", "",
    "applied", {M[0]: "removed"}, "Meta legal HTML/plain multipart reply", "multipart/alternative quoted-printable", req="req-240913-01",
    raw_mime="Content-Type: multipart/alternative; boundary=\"a1\"\n\n--a1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nHello,\n\nThe Facebook post at " + M[0] + " has been =\nremoved from our platform.\n\nMeta Legal\n\n--a1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n<p>Hello,</p><p>The Facebook post at <a href=3D\"" + M[0] + "\">" + M[0] + "</a> has been removed from our platform.</p><p>Meta Legal</p>\n--a1--"))
a(C("meta-considering", "legal@meta.com", "Sun, 15 Sep 2024 11:00:00 +0900", "Re: KCSC-240913-01",
    "Hello,\n\nWe may restrict " + M[0] + " once our local-law review has been completed.\n\nMeta Legal",
    "review", {}, "Meta interim local-law review reply", "modal future, not done", req="req-240913-01", review="not_understood"))
# ---------------- Reddit (1) ----------------
a(C("reddit-removed", "legal@reddit.com", "Mon, 16 Sep 2024 18:00:00 +0900", "Re: KCSC-240916-01",
    "Hi,\n\nThanks for your report. The content below has been removed by Reddit's Safety team for violating Reddit's Content Policy:\n\n" + R[0] + "\n\nContent Policy: https://www.redditinc.com/policies/content-policy\n\n-Reddit Legal",
    "applied", {R[0]: "removed"}, "Reddit admin removal notice", "single item", req="req-240916-01", classification="confirmation"))
a(C("reddit-already-deleted", "legal@reddit.com", "Tue, 17 Sep 2024 10:00:00 +0900", "Re: KCSC-240916-01",
    "Hello,\n\n" + R[0] + "\nThis post was already deleted by its author before we reviewed it, so no further action is needed.\n\nReddit Legal",
    "applied", {R[0]: "not_found"}, "Reddit '[deleted] by author' reply", "already deleted by author = not_found (arguable vs removed)", req="req-240916-01"))
a(C("reddit-top-posted", "legal@reddit.com", "Wed, 18 Sep 2024 10:00:00 +0900", "Re: KCSC-240916-01",
    "We have determined this content does not violate the Content Policy and will not be removed.\n\nReddit Legal\n\nOn Mon, Sep 16, 2024 at 10:00 AM KCSC <takedown@kcsc.example> wrote:\n> Please remove the following post:\n> " + R[0] + "\n> Reference: KCSC-240916-01",
    "applied", {R[0]: "rejected"}, "Reddit rejection top-posted over our request", "statement about 'this content' above a quote of a single-item request", req="req-240916-01"))
# ---------------- cross / misc ----------------
a(C("x-qr-mixed-hedge", "legal@x.com", "Sat, 14 Sep 2024 09:00:00 +0900", "Re: KCSC-240909-01",
    "Hello,\n\nThe post " + X[0] + ", which may have been reported previously by other users, has been removed.\n\nWe might take action on " + X[1] + " later.\n\nX Legal",
    "applied", {X[0]: "removed"}, "X removal with relative-clause hedge", "hedge in relative clause does not hedge main clause; second item is future", req="req-240909-01"))
a(C("x-unmatched-extra", "legal@x.com", "Sat, 14 Sep 2024 11:00:00 +0900", "Re: KCSC-240909-01",
    "Hi,\n\nRemoved:\n" + X[2] + "\nhttps://x.com/bl42_other/status/1833199999999999999\n\nX Legal",
    "applied", {X[2]: "removed"}, "X outcome list with extra non-requested post", "unmatched claim goes to review", req="req-240909-01", review="unmatched_claims"))
a(C("discord-forward", "legal@discord.com", "Sun, 15 Sep 2024 09:00:00 +0900", "Fwd: KCSC-240911-01",
    "Hi, we think this was sent to us by mistake; forwarding.\n\n---------- Forwarded message ---------\nFrom: abuse@telegram.org\nSubject: Re: KCSC-240911-01\n\nThe following posts were removed:\n" + T[0] + "\n" + T[1],
    "review", {}, "Gmail-style forwarded message", "forwarded third-party statement; Discord is not the Telegram items' platform (reason arguable: forwarded vs wrong_platform)", req="req-240911-01", review="forwarded"))
a(C("yt-ack-with-statement", "legal-kr@google.com", "Sat, 14 Sep 2024 09:00:00 +0900", "Re: [KCSC-240910-01] case 4-2913000031234",
    "Hello,\n\nWe have received your request (case 4-2913000031234). Having reviewed it, we have removed " + Y[2] + " globally.\n\nYouTube Legal Support",
    "applied", {Y[2]: "removed"}, "Google legal-removals ack+outcome", "ack phrase with unhedged statement is not an ack", req="req-240910-01"))
a(C("tt-ooo-kr", "minji.lee@tiktok.com", "Thu, 12 Sep 2024 14:05:00 +0900", "Out of Office: KCSC-240912-01",
    "Thank you for your email. I am currently on leave and will reply on my return on 23 September.\n\n부재중입니다. 9월 23일 복귀 후 회신드리겠습니다.",
    "ignored", {}, "bilingual out-of-office", "auto-reply", req="req-240912-01", classification="auto_reply", extra_headers=["Auto-Submitted: auto-replied"]))
a(C("x-no-ref-no-items", "legal@x.com", "Sun, 15 Sep 2024 09:00:00 +0900", "Transparency report update",
    "Hello,\n\nOur latest transparency report is available at https://transparency.x.com/en/reports. Thank you for your continued cooperation.\n\nX Legal",
    "review", {}, "X newsletter-style notice", "trusted platform mail naming no item and no request: issue 11 keeps no_claims review for it (arguable)", review="no_claims"))

HEADER = "# Blind set 42 (issue 11): general English mix. Expected results written from meaning before running.\n"
write_set(HERE, "blind42", HEADER, cases)
