//! Unit tests of the whole-email rules of `extract` (classification,
//! wrapped URLs); phrase and layout rules are tested beside their code.

use super::*;

/// Each text, read alone, states its status.
#[track_caller]
fn assert_all_stated(cases: &[(&str, Status)]) {
    use crate::extract::status::{Said, said};
    for (text, status) in cases {
        assert_eq!(said(text, &[]), Said::Stated(*status), "{text}");
    }
}

/// Each URL's status as `lines::read` gives it, in the text's order.
fn line_statuses(text: &str) -> Vec<(String, Option<Status>)> {
    crate::extract::lines::read(&lines(text), &[])
        .into_iter()
        .map(|r| (r.url, r.status))
        .collect()
}

/// No text, read alone, states a status firmly.
#[track_caller]
fn assert_none_stated(texts: &[&str]) {
    use crate::extract::status::{Said, said};
    for text in texts {
        assert!(!matches!(said(text, &[]), Said::Stated(_)), "{text}");
    }
}

fn lines(t: &str) -> Vec<String> {
    t.lines().map(str::to_string).collect()
}

#[test]
fn a_wrapped_url_is_joined_with_its_continuation() {
    let got = join_wrapped_urls(lines(
        "The post https://t.me/chan/\n1006 has been removed.\nSee https://t.me/chan/5\nnext line",
    ));
    assert_eq!(
        got,
        lines(
            "The post https://t.me/chan/1006 has been removed.\nSee https://t.me/chan/5\nnext line"
        )
    );
    // Blind set 2 (x-wrapped-urls): the angle-bracket form of RFC 3986
    // Appendix C closes on the continuation line.
    let got = join_wrapped_urls(lines("<https://x.com/u/status/\n1841000000000000104>"));
    assert_eq!(got, lines("<https://x.com/u/status/1841000000000000104>"));
    // Indented, as a list of angle-bracketed URLs is.
    let got = join_wrapped_urls(lines("  <https://g.example/view/?id=a&\n   no=551377>"));
    assert_eq!(got, lines("  <https://g.example/view/?id=a&no=551377>"));
    // Prose after a URL ending in '/', or a quoted line, is not joined.
    let got = join_wrapped_urls(lines(
        "> https://t.me/chan/\n> 1006\nhttps://t.me/chan/\n삭제되었습니다",
    ));
    assert_eq!(got.len(), 4);
    // A word of letters after a complete path segment starts the next sentence.
    let got = join_wrapped_urls(lines(
        "https://www.reddit.com/r/a/comments/1fh2k9x/dump/\nIt may have been removed.\nhttps://t.me/chan/\nLearn more",
    ));
    assert_eq!(got.len(), 4);
    // Blind-633 (dc-hard-wrapped-url): cut inside a parameter's name, at a
    // fixed width; a URL ending in a whole value followed by a line of
    // prose is not joined.
    let got = join_wrapped_urls(lines(
        "- 삭제 완료: https://gall.dcinside.com/mgallery/board/view/?id=coin&n\no=771511\n- 게시 유지: https://g.example/view/?id=b&no=9",
    ));
    assert_eq!(
        got,
        lines(
            "- 삭제 완료: https://gall.dcinside.com/mgallery/board/view/?id=coin&no=771511\n- 게시 유지: https://g.example/view/?id=b&no=9"
        )
    );
    let got = join_wrapped_urls(lines(
        "See https://g.example/view/?id=b&no=9\nx=5 is the rule.",
    ));
    assert_eq!(got.len(), 2);
    // Cut inside the percent-encoding of a Korean path.
    let got = join_wrapped_urls(lines(
        "https://a.tistory.com/entry/%EB%AC%B4%EB%A3%8C\n%EB%93%9C-%EB%A7%81 removed",
    ));
    assert_eq!(
        got,
        lines("https://a.tistory.com/entry/%EB%AC%B4%EB%A3%8C%EB%93%9C-%EB%A7%81 removed")
    );
}

#[test]
fn a_receipt_is_recognized_as_a_whole() {
    assert!(says_only_receipt(
        "We have received your report and a ticket has been created.\nOur team will review the links you sent.",
        &[]
    ));
    assert!(says_only_receipt(
        "We received your request concerning the following links:\nhttps://t.me/c/1\nhttps://t.me/c/2",
        &[]
    ));
    // A receipt phrase plus a statement about items is more than a receipt.
    assert!(!says_only_receipt(
        "We have received your report. The following posts have already been blocked:\nhttps://t.me/c/1",
        &[]
    ));
    // A firm promise is not a receipt either.
    assert!(!says_only_receipt(
        "Thank you for your report. We will remove https://t.me/c/1 within 24 hours.",
        &[]
    ));
    assert!(!says_only_receipt(
        "요청이 접수되었습니다. 해당 게시물은 삭제 예정입니다.",
        &[]
    ));
    // A promise that waits on the platform's review is still a receipt when
    // it names nothing; about URLs of its own it must be seen (blind sets 6
    // and 7: independent readers expected review for such promises).
    assert!(says_only_receipt(
        "Your report is under review; reported items will be removed within 24 hours if they violate our terms.",
        &[]
    ));
    assert!(!says_only_receipt(
        "The following items are under review and will be removed within 24 hours if they violate our terms:\nhttps://t.me/c/1",
        &[]
    ));
    // "X is under review" is about the item, not a receipt.
    assert!(!says_only_receipt(
        "https://t.me/c/1 게시물은 현재 검토 중입니다.",
        &[]
    ));
}

fn classify(raw: &str) -> Classification {
    extract_raw(raw).classification
}

#[test]
fn a_read_receipt_is_a_read_receipt_not_a_forward() {
    let mdn = "From: a@telegram.org\nTo: takedown@kcsc.example\nSubject: Read: KCSC-240901-01\n\
Message-ID: <r1@telegram.org>\nMIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b\"\n\n\
--b\nContent-Type: text/plain\n\nYour message was displayed.\n\n\
--b\nContent-Type: message/disposition-notification\n\n\
Final-Recipient: rfc822;a@telegram.org\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--b--\n";
    assert_eq!(classify(mdn), Classification::ReadReceipt);
}

#[test]
fn named_urls_without_a_status_are_not_an_acknowledgement() {
    let t = "From: a@telegram.org\nSubject: Re: KCSC-240901-01\nMessage-ID: <n1@telegram.org>\n\n\
https://t.me/chan/1 - handled under case 8812.\n";
    assert_eq!(classify(t), Classification::Other);
    let t = "From: a@telegram.org\nSubject: Re: KCSC-240901-01\nMessage-ID: <n2@telegram.org>\n\n\
We have received your report and a ticket has been created (ticket 5581).\n";
    assert_eq!(classify(t), Classification::Acknowledgement);
}

#[test]
fn a_korean_request_for_supporting_documents_asks_for_more() {
    // Blind set 2 (naver-asks-more-info): classified as a receipt before.
    let t = "요청하신 아래 게시물에 대해 권리침해 여부를 판단하기 위하여 추가 소명 자료가 필요합니다.\n\
자료가 접수되면 검토 후 결과를 안내드리겠습니다.";
    assert!(find_asks(t).is_some());
    assert!(find_asks("증빙 서류가 필요합니다.").is_some());
    // A confirmation that mentions documents already received asks nothing.
    assert!(find_asks("제출하신 자료를 검토한 결과 아래 게시물을 삭제하였습니다.").is_none());
    assert!(find_asks("요청하신 게시물을 삭제 완료하였습니다.").is_none());
}

#[test]
fn wrapped_urls_and_split_sentences() {
    // A list item below a URL ending in '/' is never its rest.
    let got = join_wrapped_urls(lines(
        "1. https://i.example/p/A1/\n2. https://i.example/p/B2/\n- https://r.example/x/\n- https://r.example/y/",
    ));
    assert_eq!(got.len(), 4);
    // Inside angle brackets, and after a '?' that prose would trim.
    let got = join_wrapped_urls(lines(
        "removed: <https://www.youtube.com/watch?\nv=Xe5jR9cTq1c> and <https://www.youtube.com/watch?v=\nJk1vM5zQe8i>.",
    ));
    assert_eq!(
        got,
        lines(
            "removed: <https://www.youtube.com/watch?v=Xe5jR9cTq1c> and <https://www.youtube.com/watch?v=Jk1vM5zQe8i>."
        )
    );
    // A URL alone between blank lines inside a sentence.
    let got = join_split_sentences(lines(
        "found it violated our rules. The message\n\nhttps://t.me/c/1\n\nhas been deleted.",
    ));
    assert_eq!(
        got,
        lines("found it violated our rules. The message\nhttps://t.me/c/1\nhas been deleted.")
    );
    // Not when the text before it ends a sentence or the text after starts one.
    let text = "The message was deleted:\n\nhttps://t.me/c/1\n\nhas been deleted.\nSee\n\nhttps://t.me/c/2\n\nThanks";
    assert_eq!(join_split_sentences(lines(text)), lines(text));
}

#[test]
fn a_promise_about_named_urls_is_more_than_a_receipt() {
    assert!(!says_only_receipt(
        "보내주신 시정요구 건 중 아래 게시물은 내부 검토 후 금주 중 삭제 조치할 예정입니다.\nhttps://a.tistory.com/17\n조치가 완료되면 다시 안내드리겠습니다.",
        &[]
    ));
    // Without URLs of its own, "will review" stays a receipt.
    assert!(says_only_receipt(
        "We have received your report. Our team will review it.",
        &[]
    ));
}

#[test]
fn a_table_row_read_by_its_columns_is_not_read_again_as_text() {
    let settings = crate::config::Settings::from_toml(
        std::path::Path::new("/etc/takedown/config.toml"),
        "[database]\npath = \"t.db\"\n[[platforms]]\nid = \"telegram\"\nsenders = [\"telegram.org\"]\n",
    )
    .expect("test config");
    let raw = "From: a@telegram.org\nSubject: Re: KCSC-240901-01\nMessage-ID: <t1@telegram.org>\n\
MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n\
<table><tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>\
<tr><td>https://t.me/chan/1</td><td>Blocked</td><td>South Korea (KR) only</td></tr></table>\n";
    let email = crate::parse::parse(raw.as_bytes(), &settings.limits);
    let x = extract(&email, None, &settings);
    assert!(x.conflicts.is_empty(), "{:?}", x.conflicts);
    let got: Vec<(String, Status)> = x.claims.iter().map(|c| (c.url.clone(), c.status)).collect();
    assert_eq!(
        got,
        vec![("https://t.me/chan/1".to_string(), Status::Restricted)]
    );
}

#[test]
fn a_url_not_understood_is_quoted_with_the_sentence_it_stands_under() {
    let text = lines(
        "Hello,\n\nThe following items are under review and will be removed if they violate our terms:\n\nhttps://t.me/c/1\nhttps://t.me/c/2\n",
    );
    let got = unstated_contexts(&text, &["https://t.me/c/2".to_string()]);
    assert_eq!(
        got[0].1,
        "The following items are under review and will be removed if they violate our terms: https://t.me/c/2"
    );
}

#[test]
fn tables_typed_as_text() {
    let t = lines(
        "귀 위원회의 시정요구에 대한 조치결과를 회신합니다.\n| 번호 | URL | 조치결과 | 조치일 |\n|---|---|---|---|\n| 1 | https://t.me/c/1 | 삭제 | 2024-09-13 |\n| 2 | https://t.me/c/2 | 게시물 없음(작성자 삭제) | - |\n끝.",
    );
    let tables = text_tables(&t);
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].len(), 3);
    assert_eq!(
        tables[0][1],
        vec!["1", "https://t.me/c/1", "삭제", "2024-09-13"]
    );
    let claims = tables::rows_to_claims(&tables[0], &[], 100);
    let got: Vec<Said> = claims.into_iter().map(|c| c.said).collect();
    assert_eq!(
        got,
        vec![
            Said::Stated(Status::Removed),
            Said::Stated(Status::NotFound)
        ]
    );
}
#[test]
fn a_modal_act_about_a_named_url_is_not_a_receipt() {
    assert!(!says_only_receipt(
        "Hello,\nWe will look into https://t.me/chan/4401 and take appropriate action if it violates our Terms of Service.",
        &[]
    ));
}

/// Each claim's URL and status, in order.
fn url_statuses(x: &Extraction) -> Vec<(&str, Status)> {
    x.claims
        .iter()
        .map(|c| (c.url.as_str(), c.status))
        .collect()
}

/// A reply from a@x.com about request `reference`, with `body` as its text.
fn reply_to(reference: &str, body: &str) -> Extraction {
    extract_raw(&format!(
        "From: a@x.com\nSubject: Re: {reference}\nMessage-ID: <w@x.com>\n\n{body}\n"
    ))
}

/// The statuses an extraction claims, sorted by URL.
fn claims_in(x: &Extraction) -> Vec<(String, Status)> {
    let mut got: Vec<(String, Status)> =
        x.claims.iter().map(|c| (c.url.clone(), c.status)).collect();
    got.sort();
    got
}

/// Each reply to `reference`, read alone, claims `status` for `url` and
/// nothing else.
#[track_caller]
fn assert_reply_claims(reference: &str, url: &str, cases: &[(&str, Status)]) {
    for (body, status) in cases {
        let x = reply_to(reference, body);
        assert_eq!(claims_in(&x), vec![(url.to_string(), *status)], "{body}");
    }
}

/// Settings with one platform, `x` (senders `x.com`).
fn x_settings() -> crate::config::Settings {
    crate::config::Settings::from_toml(
        std::path::Path::new("/etc/takedown/config.toml"),
        "[database]\npath = \"t.db\"\n[[platforms]]\nid = \"x\"\nsenders = [\"x.com\"]\n",
    )
    .expect("test config")
}

fn extract_raw(raw: &str) -> Extraction {
    let settings = x_settings();
    let email = crate::parse::parse(raw.as_bytes(), &settings.limits);
    extract(&email, None, &settings)
}

#[test]
fn the_only_statement_of_an_email_naming_one_url_is_about_that_url() {
    // Blind set 45 (x-no-violation): the URL in the greeting, the decision
    // in the next paragraph, no "this post" to point back.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240912-01\nMessage-ID: <s1@x.com>\n\n\
Hello,\n\nThanks for your report regarding https://x.com/grey/status/183.\n\n\
After reviewing the available information, we have not taken action because we did not find a violation of the X Rules (https://x.com/rules) or of applicable local law.\n\nX Safety\n",
    );
    assert_eq!(x.classification, Classification::Confirmation);
    let got = url_statuses(&x);
    assert_eq!(
        got,
        vec![("https://x.com/grey/status/183", Status::Rejected)]
    );
    assert!(x.hedged.is_empty() && x.bulk.is_none());

    // Naming no URL at all: kept as a sole statement for matching to place.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240916-01\nMessage-ID: <s2@x.com>\n\n\
We have determined this content does not violate the Content Policy and will not be removed.\n\nLegal\n",
    );
    let b = x.bulk.expect("a sole statement");
    assert!(b.sole);
    assert_eq!(b.status, Status::Rejected);

    // Two URLs, or a second thing said, or a hedge anywhere: no sole statement.
    // Two URLs named: which one it is about is not for the reader to guess.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240912-01\nMessage-ID: <s5@x.com>\n\n\
Thanks for your report regarding https://x.com/a/status/1 and https://x.com/a/status/2.\n\n\
We have not taken action because we did not find a violation.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    assert!(x.bulk.is_none());
    for body in [
        "Thanks for your report regarding https://x.com/a/status/1.\n\nWe removed some of the content. The rest is still under review.",
        "Thanks for your report regarding https://x.com/a/status/1.\n\nThe post was removed. The account was not found.",
        "Thanks for your report regarding https://x.com/a/status/1.\n\nIt appears to have been removed, possibly by its author.",
        "Thanks for your report regarding https://x.com/a/status/1.\n\nWe removed other posts of the account, but we did not remove this one.",
        "Thanks for your report regarding https://x.com/a/status/1.\n\nIf it violates our rules, it has been withheld.",
    ] {
        assert!(
            sole_statement(&lines(body), &[]).is_none(),
            "{body}: {:?}",
            sole_statement(&lines(body), &[])
        );
    }
    // An out-of-office reply states nothing, whatever its words.
    let x = extract_raw(
        "From: a@x.com\nSubject: Out of office\nAuto-Submitted: auto-replied\nMessage-ID: <s4@x.com>\n\n\
I am away until Monday. Removed content questions: https://x.com/a/status/1 has been removed.\n",
    );
    assert!(x.bulk.as_ref().is_none_or(|b| !b.sole));
}

#[test]
fn a_url_line_that_breaks_off_mid_sentence_is_read_with_its_rest() {
    // Blind-46 (tg-blocked-and-author-deleted): "deleted by its" alone
    // would be a removal; by its author, it was not there to remove.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240909-01\nMessage-ID: <w1@x.com>\n\n\
The following messages have been blocked:\nhttps://t.me/a/1\n\n\
https://t.me/b/77 - this message had already been deleted by its\nauthor before we processed your report.\n",
    );
    let got = url_statuses(&x);
    assert_eq!(
        got,
        vec![
            ("https://t.me/a/1", Status::Removed),
            ("https://t.me/b/77", Status::NotFound)
        ]
    );
    // A sentence that ends in ':' introduces the list below it instead.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240909-01\nMessage-ID: <w2@x.com>\n\n\
The community r/fake (https://www.reddit.com/r/fake/), has been banned for\nviolating our rules, and all of its posts, including the ones below, are\nno longer accessible on Reddit:\n\n\
- https://www.reddit.com/r/fake/comments/1a/x/\n- https://www.reddit.com/r/fake/comments/2b/y/\n",
    );
    assert_eq!(x.claims.len(), 3, "{:?}", x.claims);
    assert!(x.claims.iter().all(|c| c.status == Status::Removed));
}

#[test]
fn what_will_happen_to_the_items_named_is_not_a_receipt() {
    // Blind-46 (tiktok-will-review), blind-47 (naver-under-internal-review).
    assert!(!says_only_receipt(
        "Thank you for your report. Our team will review the videos below and take appropriate action:\nhttps://t.me/c/1\nhttps://t.me/c/2",
        &[]
    ));
    assert!(!says_only_receipt(
        "요청하신 게시물 중 아래 2건은 현재 내부 법무 검토 중입니다.\n- https://t.me/c/1\n- https://t.me/c/2\n검토가 완료되는 대로 결과를 회신드리겠습니다.",
        &[]
    ));
    // A receipt in so many words stays one (blind-2, ack-ticket-created).
    assert!(says_only_receipt(
        "We have received your report and a ticket (#88231) has been created. Our moderators will review the following links:\nhttps://t.me/c/1\nhttps://t.me/c/2",
        &[]
    ));
}

#[test]
fn round_twelve_layouts() {
    // Blind-52 (kakao-two-urls-one-sentence): a Korean connective joins two
    // clauses, each about its own URL.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240912-02\nMessage-ID: <k1@x.com>\n\n\
살펴본 결과, https://t.me/a/1 게시물은 운영정책 위반으로 삭제 조치하였으며, https://t.me/a/2 오픈채팅방은 확인 당시 이미 방장에 의해 종료된 상태였습니다.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://t.me/a/1", Status::Removed),
            ("https://t.me/a/2", Status::NotFound)
        ]
    );
    // Blind-52 (tg-prose-blocked-notfound-geo): the sentence before the
    // URLs' own goes on to the next line, where its scope is.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240913-02\nMessage-ID: <k2@x.com>\n\n\
The channel @ashgrove has been made unavailable for users in South\nKorea. This covers the two posts you listed (https://t.me/a/912 and\nhttps://t.me/a/915).\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://t.me/a/912", Status::Restricted),
            ("https://t.me/a/915", Status::Restricted)
        ]
    );
    // Blind-52 (yt-kr-site-blocked-and-kept): the country site on the next line.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240912-01\nMessage-ID: <k3@x.com>\n\n\
In response to your legal complaint, we have blocked https://t.me/a/1 from view on\nthe YouTube Korea country site.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://t.me/a/1", Status::Restricted)]
    );
}

#[test]
fn one_statement_over_a_bare_list_states_it_of_the_list() {
    // Blind-52 (naver-imsijochi-notice), blind-51 (kakao-daum-cafe-blind-
    // notice): a block of targets, one result, a footer of service pages.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240911-01\nMessage-ID: <l1@x.com>\n\n\
요청하신 게시물에 대한 처리 결과를 안내드립니다.\n\n■ 처리 대상\n- https://t.me/a/1\n- https://t.me/a/2\n\
■ 처리 결과: 게시중단(블라인드)\n■ 처리 일시: 2024년 9월 12일 10:21\n\n\
30일 이내 복원 신청이 없으면 게시물은 영구 삭제됩니다.\n\n고객센터: https://cs.example.com\n권리보호센터 https://right.example.com\n",
    );
    let mut got = url_statuses(&x);
    got.sort();
    assert_eq!(
        got,
        vec![
            ("https://t.me/a/1", Status::Removed),
            ("https://t.me/a/2", Status::Removed)
        ]
    );
    // A statement about "the reported content" over its echoed report.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240916-47\nMessage-ID: <l2@x.com>\n\n\
신고하신 콘텐츠를 검토한 결과 커뮤니티 가이드라인 위반이 확인되어 해당 콘텐츠를 삭제했습니다.\n\n\
신고 상세 정보\n신고 번호: TT-1\n신고된 콘텐츠: https://t.me/a/9\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://t.me/a/9", Status::Removed)]
    );
    // Not when one of the list already has a status of its own, nor when
    // part of the list is meant, nor with a URL inside prose.
    for body in [
        "The following video was removed:\nhttps://t.me/a/1\n\nWe've placed an interstitial notice on the following videos:\nhttps://t.me/a/2\nhttps://t.me/a/3\n",
        "We removed one of the posts below.\n- https://t.me/a/1\n- https://t.me/a/2\n",
        "요청하신 게시물 중 일부를 삭제하였습니다.\n- https://t.me/a/1\n- https://t.me/a/2\n",
    ] {
        let x = extract_raw(&format!(
            "From: a@x.com\nSubject: Re: KCSC-240909-01\nMessage-ID: <l3@x.com>\n\n{body}"
        ));
        let got = url_statuses(&x);
        assert!(
            got.iter().all(|(u, _)| *u == "https://t.me/a/1") || got.is_empty(),
            "{body}: {got:?}"
        );
    }
}

#[test]
fn round_fourteen_layouts() {
    // Blind-58 (tiktok-removed-and-not-found): a stated sentence about "the
    // following link" stays the heading over a request to check the URL.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240912-04\nMessage-ID: <m1@x.com>\n\n\
We were unable to find any content at the following link. Please check that\nthe URL is correct:\nhttps://t.me/a/5\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://t.me/a/5", Status::NotFound)]
    );
    // Blind-58 (yt-no-longer-available-uploader): "We looked into the
    // following links:" only says they were looked at; the statement after
    // the list is the email's only one.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240909-01\nMessage-ID: <m2@x.com>\n\n\
We looked into the following links:\n\nhttps://t.me/a/1\nhttps://t.me/a/2\n\n\
These videos no longer exist on YouTube. They were deleted by the uploader\nbefore our review, so no further action was required on our side.\n",
    );
    let mut got = url_statuses(&x);
    got.sort();
    assert_eq!(
        got,
        vec![
            ("https://t.me/a/1", Status::NotFound),
            ("https://t.me/a/2", Status::NotFound)
        ]
    );
    // Blind-54: the account also actioned; the message removed.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240917-01\nMessage-ID: <m3@x.com>\n\n\
Our Safety team reviewed the message below and removed\nit for violating our Community Guidelines. We have also taken action against\nthe account that posted it.\n\nMessage link: https://t.me/a/9\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://t.me/a/9", Status::Removed)]
    );
    // Blind-58: the account alone actioned: nothing about the message.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240916-06\nMessage-ID: <m4@x.com>\n\n\
Thanks for the report about https://t.me/a/7. We have taken action against the user\naccount that posted it, in line with our Community Guidelines.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
}

#[test]
fn round_fifteen_receipts() {
    // Blind-64: "some done, the rest under review" over the URLs is no receipt.
    assert!(!says_only_receipt(
        "신고하신 게시물 중 일부는 조치를 완료하였고, 나머지는 현재 검토 중입니다.\n- https://t.me/c/1\n- https://t.me/c/2",
        &[]
    ));
    // Blind-62: a receipt-like body over an attached spreadsheet of decisions.
    let raw = "From: legal@x.com\nSubject: Re: KCSC-240913-02\nMessage-ID: <p1@x.com>\nMIME-Version: 1.0\n\
Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n\
Thank you for your report. Our decisions on the Pins you listed are in the attached file.\n\n\
--b\nContent-Type: text/csv; name=\"pins.csv\"\nContent-Disposition: attachment; filename=\"pins.csv\"\n\n\
Pin URL,Action\nhttps://t.me/c/1,Pin deactivated\nhttps://t.me/c/2,Under review\n--b--\n";
    let x = extract_raw(raw);
    assert_ne!(x.classification, Classification::Acknowledgement);
    assert_eq!(
        url_statuses(&x),
        vec![("https://t.me/c/1", Status::Removed)]
    );
}

#[test]
fn round_sixteen_layouts() {
    // Blind-69 (hetzner-per-line-mixed): an arrow below a URL ending in '/'
    // is not the URL's rest.
    let got = join_wrapped_urls(lines(
        "https://a.example/order/\n-> our customer could not find this path; it returns 404",
    ));
    assert_eq!(got.len(), 2);
    // Blind-69: "we can't share details" asks for nothing.
    assert!(
        find_asks("For privacy reasons we can't share details about the action taken.").is_none()
    );
    assert!(find_asks("Please share the details of the court order.").is_some());
}

#[test]
fn round_seventeen_layouts() {
    // Blind-71: the decision field among an entry's hanging fields.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240910-01\nMessage-ID: <n1@x.com>\n\n\
2. 위 시정요구에 대한 당사의 조치결과를 다음과 같이 통보합니다.\n\n 가. 대상: https://t.me/a/1\n     조치결과: 이행 (삭제)\n     조치일자: 2024.09.12\n\
 나. 대상: https://t.me/a/2\n     조치결과: 미이행\n     사유: 검토 결과 불법정보에 해당하지 않는 것으로 판단되어 게시를 유지함\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://t.me/a/1", Status::Removed),
            ("https://t.me/a/2", Status::Rejected)
        ]
    );
    // Blind-70: "unable to locate … It may have been deleted, or the link
    // may be incorrect:" over the URL; "If you believe … please send" is
    // an offer, not a request.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240911-01\nMessage-ID: <n2@x.com>\n\n\
We were unable to locate the content at the URL you provided. It may have\nbeen deleted, or the link may be incorrect:\n\nhttps://t.me/a/3\n\n\
If you believe the content is still available, please send us a working\nlink or a screenshot.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://t.me/a/3", Status::NotFound)]
    );
    assert!(x.asks.is_none(), "{:?}", x.asks);
    // Blind-70: "passed this along to the appropriate team" is a receipt.
    assert_eq!(
        classify(
            "From: a@x.com\nSubject: Re: KCSC-240916-01\nMessage-ID: <n3@x.com>\n\nThanks, we've passed this along to the appropriate team.\n"
        ),
        Classification::Acknowledgement
    );
}

#[test]
fn round_eighteen_receipts_and_parts() {
    // Blind-80/-81: naming URLs without saying the report was received is
    // saying something about them.
    for body in [
        "Thank you for your request. We will be withholding https://t.me/c/1 in South Korea once our local counsel has completed their assessment.",
        "Thank you for your notice concerning https://t.me/c/1. We have reviewed it and taken action where warranted.",
        "https://t.me/c/1\nhttps://t.me/c/2\n위 두 게시물은 법률 검토가 필요하여 현재 내부 검토 중입니다.",
    ] {
        assert!(!says_only_receipt(body, &[]), "{body}");
    }
    // A receipt in so many words still is one, URLs and help links or not.
    assert!(says_only_receipt(
        "Your report is in the queue and will be handled by our moderators: https://t.me/c/1 https://t.me/c/2",
        &[]
    ));
    assert!(says_only_receipt(
        "This is an automated response to let you know we've received it. X Support https://help.x.com",
        &[]
    ));
    // Blind-76: "blocked some of the messages you listed; others did not
    // break our Terms" heads no list.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240911-01\nMessage-ID: <q1@x.com>\n\n\
We have reviewed your report and blocked some of the messages you listed; others did not break our Terms of Service.\n\nhttps://t.me/a/1\nhttps://t.me/a/2\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // "Should the issue recur, please send a new report" asks for nothing.
    assert!(
        find_asks("Should the issue recur, please send a new report to abuse@example.com.")
            .is_none()
    );
}

#[test]
fn round_nineteen_layouts() {
    // Blind-84: a condition about an item still being assessed stops a
    // statement about another item from reaching it.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240913-01\nMessage-ID: <r1@x.com>\n\n\
https://t.me/a/1\nThis video is now restricted in your country/region in accordance with\nlocal law.\n\n\
https://t.me/a/2\nWe are assessing this video against our Community Guidelines and will\nremove it if it is found to violate them.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://t.me/a/1", Status::Restricted)]
    );
    // …while a later measure under a condition does not (blind-52).
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240911-01\nMessage-ID: <r2@x.com>\n\n\
■ 처리 대상\n- https://t.me/a/3\n- https://t.me/a/4\n\n■ 처리 내용\n위 게시물에 대하여 30일간 임시조치하였습니다.\n\
임시조치 기간 중 게시자의 재게시 요청이 없을 경우 해당 게시물은 삭제됩니다.\n",
    );
    let mut got = url_statuses(&x);
    got.sort();
    assert_eq!(
        got,
        vec![
            ("https://t.me/a/3", Status::Restricted),
            ("https://t.me/a/4", Status::Restricted)
        ]
    );
    // Blind-84: the sentence before the URL's own, ending on its line, is
    // not the URL's ("… has been\ndeleted. The channel URL has been …").
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240913-01\nMessage-ID: <r3@x.com>\n\n\
The message https://t.me/b/2045 has been\ndeleted. The channel https://t.me/chan is now under review.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://t.me/b/2045", Status::Removed)]
    );
}

#[test]
fn round_twenty_layouts() {
    // Blind-92: "https:" is a URL's scheme, not a field label; the guess
    // wrapped onto the next line is read whole, and stays a guess.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240909-01\nMessage-ID: <t1@x.com>\n\n\
Hi there,\n\nIt looks like https://x.com/o/status/51 may\nalready have been deleted by the account owner. If it is still visible\nto you, please let us know.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    assert_eq!(x.hedged, vec!["https://x.com/o/status/51".to_string()]);
    // Blind-92: columns aligned with spaces under a header are a table.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240911-04\nMessage-ID: <t2@x.com>\n\n\
처리 결과를 아래와 같이 알려드립니다.\n\n--------------------------------\n\
 번호  게시물 URL                 처리 결과\n--------------------------------\n\
 1     https://x.com/m/status/1   게시중단\n\
 2     https://x.com/m/status/2   임시조치(30일)\n\
 3     https://x.com/d/status/3   게시물 없음(작성자 삭제)\n--------------------------------\n\n\
요청하신 나머지 2건은 현재 검토 중이며, 결과가 확정되는 대로 별도로\n안내드리겠습니다.\n",
    );
    let mut got = url_statuses(&x);
    got.sort();
    assert_eq!(
        got,
        vec![
            ("https://x.com/d/status/3", Status::NotFound),
            ("https://x.com/m/status/1", Status::Removed),
            ("https://x.com/m/status/2", Status::Restricted),
        ]
    );
    // Without a header naming the columns, nothing is read as a table.
    let t = lines(
        "a  b  c\n1  https://x.com/m/status/1  게시중단\n2  https://x.com/m/status/2  삭제\n",
    );
    assert!(spaced_tables(&t).is_empty());
    // Nor is prose typed with two spaces after each full stop.
    let t = lines(
        "Hello.  We reviewed your report.  Thanks.\nhttps://x.com/m/status/1 was removed.  The other.  One.\nNo more.  Bye.  X.\n",
    );
    assert!(spaced_tables(&t).is_empty());
    // Blind-91: a DSA statement of reasons whose territorial scope is Korea.
    let record = |scope: &str| {
        extract_raw(&format!(
            "From: a@x.com\nSubject: SoR (KCSC-240903-01)\nMessage-ID: <t3@x.com>\n\n\
Notice reference:      KCSC-240903-01\n\n\
Content concerned:     https://x.com/l/status/7\n\
Type of restriction:   disabling of access\n\
Territorial scope:     {scope}\n\
Start of restriction:  2024-09-14\n"
        ))
    };
    assert_eq!(
        url_statuses(&record("Republic of Korea only")),
        vec![("https://x.com/l/status/7", Status::Restricted)]
    );
    assert_eq!(
        url_statuses(&record("worldwide")),
        vec![("https://x.com/l/status/7", Status::Removed)]
    );
    // Blind-90: a restriction stated, then taken back after an appeal.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <t4@x.com>\n\n\
Hello,\n\nhttps://x.com/h/status/1 was withheld in South Korea on 9 September. The account holder\n\
appealed, and after a second review we have reinstated the post in South\n\
Korea: it is a news article and does not break Korean law.\n\n\
https://x.com/h/status/2 remains withheld in South Korea.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://x.com/h/status/1", Status::Rejected),
            ("https://x.com/h/status/2", Status::Restricted)
        ]
    );
    // Not when the reversal is only possible, or about other posts.
    for later in [
        "If the uploader appeals, the video may be restored.",
        "Other posts of the account were restored after review.",
    ] {
        let x = extract_raw(&format!(
            "From: a@x.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <t5@x.com>\n\n\
The video https://x.com/h/status/3 was blocked in South Korea on 9 September. {later}\n"
        ));
        assert_eq!(
            url_statuses(&x),
            vec![("https://x.com/h/status/3", Status::Restricted)],
            "{later}"
        );
    }
    // Blind-92/93: a review that is over ("No action: after review we did
    // not find …"), a reason after ", so", keeping a post up.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240909-01\nMessage-ID: <t6@x.com>\n\n\
5. https://x.com/n/status/12\n   No action: after review we did not find a violation of the X Rules\n   or of the law cited in your request.\n\n\
https://x.com/c/status/13 - we did not find content there that breaks our\nTerms of Service, so no action was taken on this chat.\n\n\
We are keeping https://x.com/s/status/14 up. It is a news article summary and does not name a\nprivate person, so it does not breach our rules.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://x.com/n/status/12", Status::Rejected),
            ("https://x.com/c/status/13", Status::Rejected),
            ("https://x.com/s/status/14", Status::Rejected)
        ]
    );
    // Blind-93: a table printed with '+---+' borders between its rows.
    let t = lines(
        "최종 처리 현황입니다.\n\n+----+--------------------+----------+\n| No | 게시물 주소 | 처리 결과 |\n+----+--------------------+----------+\n\
| 1  | https://x.com/g/status/1 | 삭제 |\n| 2  | https://x.com/g/status/2 | 해당 게시물 없음 |\n+----+--------------------+----------+\n",
    );
    let tables = text_tables(&t);
    assert_eq!(tables.len(), 1);
    let got: Vec<Said> = tables::rows_to_claims(&tables[0], &[], 100)
        .into_iter()
        .map(|c| c.said)
        .collect();
    assert_eq!(
        got,
        vec![
            Said::Stated(Status::Removed),
            Said::Stated(Status::NotFound)
        ]
    );
    // Blind-113: a rule of dashes and '+' under a header parted by '|' alone.
    let t = lines(
        " 연번 | 게시물 URL | 조치결과\n------+-----------------+----------\n   1  | https://x.com/g/status/3 | 삭제\n   2  | https://x.com/g/status/4 | 임시조치(30일)\n",
    );
    let tables = text_tables(&t);
    assert_eq!(tables.len(), 1);
    let got: Vec<Said> = tables::rows_to_claims(&tables[0], &[], 100)
        .into_iter()
        .map(|c| c.said)
        .collect();
    assert_eq!(
        got,
        vec![
            Said::Stated(Status::Removed),
            Said::Stated(Status::Restricted)
        ]
    );
    // Blind-89/91: 공문 entries with "○ 조치결과:" and "- 검토 결과:" fields,
    // and a Korean URL glued to its particle, its author having erased it.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240910-05\nMessage-ID: <t7@x.com>\n\n\
2. 위 관련 건에 대한 당사 조치결과를 다음과 같이 회신합니다.\n\n\
  가. https://x.com/d/status/1\n      ○ 조치결과: 미조치\n      ○ 사유: 의약품 정보 안내 글로, 판매 내용이 확인되지 않음\n\n\
  나. https://x.com/d/status/2\n   - 검토 결과: 게시물의 내용이 불법정보에 해당한다고 보기 어려워\n     조치하지 않고 게시를 유지합니다.\n\n\
  다. https://x.com/d/status/3\n      ○ 조치결과: 접근 제한 (19세 미만 이용자 열람 제한)\n\n\
https://x.com/d/status/4는 확인해 보니 작성자가 9월 12일 밤에 직접 지운 글이라 이미 없는 상태입니다.\n\n끝.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://x.com/d/status/1", Status::Rejected),
            ("https://x.com/d/status/2", Status::Rejected),
            ("https://x.com/d/status/3", Status::Restricted),
            ("https://x.com/d/status/4", Status::NotFound)
        ]
    );
    // Blind-91/92: hosts' words; a DSA statement of reasons for one video
    // whose decision is a restriction of access in Korea, with the reason it
    // stays up elsewhere.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <t10@x.com>\n\n\
<https://x.com/p/status/1> deleted, thread and all replies. <https://x.com/p/status/2> purged from storage and from the cache.\n\n\
http://198.51.100.77/m/list.html - the server behind this IP was null-routed on 12 September.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://x.com/p/status/1", Status::Removed),
            ("https://x.com/p/status/2", Status::Removed),
            ("http://198.51.100.77/m/list.html", Status::Removed)
        ]
    );
    let x = extract_raw(
        "From: a@x.com\nSubject: Statement of reasons (KCSC-240912-05)\nMessage-ID: <t11@x.com>\n\n\
STATEMENT OF REASONS\n\nContent concerned:\nhttps://x.com/m/status/5\n\n\
Decision: Restriction of access in the Republic of Korea.\nThe video does not violate our Community Guidelines and remains\navailable in other countries.\n\n\
Ground: illegal content under the law of the Republic of Korea.\n\nRedress: the uploader may appeal through https://x.com/legal/appeal\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://x.com/m/status/5", Status::Restricted)]
    );
    // A field's negated decision ("Outcome: Not actioned.", "Decision: Not
    // withheld.") with its reason is a refusal, never the act.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <t12@x.com>\n\n\
URL: https://x.com/o/status/1\nOutcome: Not actioned. After review we did not find a violation of local law\nor of our policies, so the video remains available.\n\n\
Reported content: https://x.com/o/status/2\nReport type: Local law - Republic of Korea\nDecision: Not withheld. After review we found no violation of the local\nlaw cited in your report.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://x.com/o/status/1", Status::Rejected),
            ("https://x.com/o/status/2", Status::Rejected)
        ]
    );
    // Round 21 (blind-95..98): one record's decision is not the sole
    // statement for the next record whose decision could not be read; adults
    // only is a restriction; "삭제가 아닌 임시조치만"; an earlier reply recalled
    // ("we told you that …") is no statement; a bare URL with an arrow line
    // of its own below is not a bare object.
    let x = extract_raw(
        "From: a@x.com\nSubject: 처리 결과 (KCSC-240903-01)\nMessage-ID: <t13@x.com>\n\n\
─────────────\n○ 접수번호: KCSC-240903-01 / 1\n○ 신고 게시물: https://x.com/r/status/1\n○ 처리 결과: 게시중단\n─────────────\n\
○ 접수번호: KCSC-240903-01 / 2\n○ 신고 게시물: https://x.com/r/status/2\n○ 처리 결과: 담당 부서에서 계속 살펴보고 있음\n─────────────\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://x.com/r/status/1", Status::Removed)]
    );
    assert_eq!(x.hedged, vec!["https://x.com/r/status/2".to_string()]);
    let x = extract_raw(
        "From: a@x.com\nSubject: 처리 결과 (KCSC-240903-01)\nMessage-ID: <t14@x.com>\n\n\
○ 신고 게시물: https://x.com/r/status/3\n○ 처리 결과: 청소년 유해 게시물로 분류되어 성인 인증 이용자에게만 노출되도록 제한\n\n\
※ 참고: 위 게시물(https://x.com/r/status/4)은 판단하기 어려워 삭제가 아닌 30일 임시조치만 진행되었습니다.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://x.com/r/status/3", Status::Restricted),
            ("https://x.com/r/status/4", Status::Restricted)
        ]
    );
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240902-01\nMessage-ID: <t15@x.com>\n\n\
In our first reply we told you that https://x.com/r/status/5 did not violate our rules. Your follow-up was escalated to a second reviewer, who reached a different conclusion: the post has now been removed globally.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://x.com/r/status/5", Status::Removed)]
    );
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240911-05\nMessage-ID: <t16@x.com>\n\n\
handled by the mod team:\n\nhttps://x.com/r/status/6\n  -> already gone, thread fell off the board before we got to it\n\n\
https://x.com/r/status/7\n  -> deleted + 3 day ban\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://x.com/r/status/6", Status::NotFound),
            ("https://x.com/r/status/7", Status::Removed)
        ]
    );
    // "already 404": gone before anyone acted.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240911-05\nMessage-ID: <t17@x.com>\n\n\
https://x.com/r/status/8\n  -> already 404, thread fell off the board before we got to it\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://x.com/r/status/8", Status::NotFound)]
    );
    // Blind-96: a receipt phrase, then what it cannot do about a named URL.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240909-01\nMessage-ID: <t18@x.com>\n\n\
We received your request KCSC-240909-01. The URL https://x.com/r/status/9 does not point to content hosted on our service, so we are unable to take any action on it.\n",
    );
    assert_ne!(x.classification, Classification::Acknowledgement);
    // Blind-98: an entry's own sentence the reader cannot read does not
    // take the heading's status.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240912-07\nMessage-ID: <t19@x.com>\n\n\
We investigated the content you reported and took action:\n\n\
- Message https://x.com/r/status/10:\n  the message was deleted and the account was actioned.\n\
- Invite https://x.com/r/status/11: this invite is invalid or has expired, so we\n  were unable to identify any server behind it.\n",
    );
    // (Its own sentence is read now: an invalid invite is not found, never
    // the heading's "took action".)
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://x.com/r/status/10", Status::Removed),
            ("https://x.com/r/status/11", Status::NotFound)
        ]
    );
}

#[test]
fn round_twenty_two_layouts() {
    let statuses = |body: &str| {
        let x = extract_raw(&format!(
            "From: a@x.com\nSubject: Re: KCSC-240902-01\nMessage-ID: <u@x.com>\n\n{body}\n"
        ));
        let mut got: Vec<(String, Status)> =
            x.claims.iter().map(|c| (c.url.clone(), c.status)).collect();
        got.sort();
        (got, x)
    };
    let u = |n: u32| format!("https://x.com/v/status/{n}");
    // A clause per URL whose sentence ends on the next line.
    let (got, _) = statuses(&format!(
        "{} and {} have been removed, whereas {} remains\navailable because it does not violate our Terms of Service.",
        u(1),
        u(2),
        u(3)
    ));
    assert_eq!(
        got,
        vec![
            (u(1), Status::Removed),
            (u(2), Status::Removed),
            (u(3), Status::Rejected)
        ]
    );
    // A later sentence of the paragraph says what stands now.
    let (got, _) = statuses(&format!(
        "On 3 September we restricted access to {} for users in South Korea.\nAfter a second review the post has now been deleted\nfrom our service altogether.",
        u(4)
    ));
    assert_eq!(got, vec![(u(4), Status::Removed)]);
    // …but not one about other posts, or a possible future.
    let (got, _) = statuses(&format!(
        "On 3 September we restricted access to {} for users in South Korea.\nThe other posts have now been deleted.",
        u(5)
    ));
    assert_eq!(got, vec![(u(5), Status::Restricted)]);
    // A table's status doubted by a note about the same URL: a conflict.
    let (got, x) = statuses(&format!(
        "| URL | Action taken |\n|---|---|\n| {} | Removed |\n\nAgent note: we did not find that {} violates the X Rules, and we have not taken action on it at this time.",
        u(6),
        u(6)
    ));
    assert!(got.is_empty(), "{got:?}");
    assert_eq!(x.conflicts.len(), 1);
    // Korean: left as it is; gone by its author (as a reason after a refusal).
    let (got, _) = statuses(&format!(
        "{}은 홍보글이라 삭제했고, {}는 일반 토론글이라 운영정책 위반이 아니어서 그대로 둡니다.",
        u(7),
        u(8)
    ));
    assert_eq!(got, vec![(u(7), Status::Removed), (u(8), Status::Rejected)]);
    // A hedge on its own line after a clause about the URL above.
    let (got, x) = statuses(&format!(
        "From what we can see, {} appears to have been\nremoved already, and {} may have\nbeen deleted by the gallery manager.",
        u(9),
        u(10)
    ));
    assert!(got.is_empty(), "{got:?}");
    assert_eq!(x.hedged.len(), 2);
    // A record's result field contradicted by the sentence about "the above".
    let (got, _) = statuses(&format!(
        "■ 대상 콘텐츠: {}\n■ 처리 결과: 삭제\n위 영상은 검토 결과 운영정책 위반이 확인되지 않아 게시가 유지됨을 안내드립니다.",
        u(11)
    ));
    assert!(got.is_empty(), "{got:?}");
    // …not a sentence that only mentions the list ("the country listed above").
    let (got, _) = statuses(&format!(
        "1. {} — Action taken: Content removed\n2. {} — Action taken: Withheld in South Korea\n\n\
Please note that withheld content remains visible to users outside the\ncountry listed above.",
        u(12),
        u(13)
    ));
    assert_eq!(
        got,
        vec![(u(12), Status::Removed), (u(13), Status::Restricted)]
    );
}

#[test]
fn round_twenty_three_layouts() {
    let statuses = |body: &str| claims_in(&reply_to("KCSC-240906-04", body));
    let u = |n: u32| format!("https://x.com/w/status/{n}");
    // A Korean clause join read with its connective ("처리하였고,").
    assert_eq!(
        statuses(&format!(
            "검토한 결과, {} 게시물은 게시중단(블라인드) 처리하였고, {} 게시물은 작성자가 이미 삭제하여 확인되지 않습니다.",
            u(1),
            u(2)
        )),
        vec![(u(1), Status::Removed), (u(2), Status::NotFound)]
    );
    // A concession around the URL: the restriction stands.
    assert_eq!(
        statuses(&format!(
            "Although {} does not violate our Community Guidelines, we have restricted it from view in South Korea on the basis of local law.",
            u(3)
        )),
        vec![(u(3), Status::Restricted)]
    );
    // A later sentence on the URL's own line says what stands now.
    assert_eq!(
        statuses(&format!(
            "{} was first age-restricted by our reviewers. On escalation, our policy team found that it violates our policy, and the video has now been removed.",
            u(4)
        )),
        vec![(u(4), Status::Removed)]
    );
    // Not the sender's to act on: neither a refusal nor gone.
    assert!(statuses(&format!(
        "fakeid-maker.example ({}) - this domain is not registered\nthrough our registrar, so we cannot act on it.",
        u(5)
    ))
    .is_empty());
}

#[test]
fn round_twenty_four_corrections_and_clauses() {
    let statuses = |body: &str| {
        let x = reply_to("KCSC-240903-01", body);
        (claims_in(&x), x.conflicts.len())
    };
    let u = |n: u32| format!("https://www.youtube.com/watch?v=v{n}");
    // The clause after ", but" is cut from the sentence before it even
    // though that one ends on a URL (whose dots end no sentence).
    assert_eq!(
        statuses(&format!(
            "After review, we removed {} and {}, but {} remains available because it does not violate our policies.",
            u(1),
            u(2),
            u(3)
        ))
        .0,
        vec![
            (u(1), Status::Removed),
            (u(2), Status::Removed),
            (u(3), Status::Rejected)
        ]
    );
    // A correction that says which item only by position: nothing is taken.
    let (got, conflicts) = statuses(&format!(
        "- {} - blocked in South Korea under local law.\n- {} - removed for violating our Community Guidelines.\n\nCorrection: on a second review the first video above has now been removed globally. The second was not removed after all; it has been age-restricted.",
        u(4),
        u(5)
    ));
    assert!(got.is_empty(), "{got:?}");
    assert_eq!(conflicts, 2);
    // "The action shown for the last row is wrong": that row is in doubt
    // (the sentence after it does not name it again); since round 55 the
    // other rows, which the correction does not touch, stand.
    let (got, _) = statuses(&format!(
        "URL | Action\n{} | Removed\n{} | Removed\nPlease note: the action shown for the last row of the table is wrong. That video has been blocked in South Korea only.",
        u(6),
        u(7)
    ));
    assert_eq!(got, vec![(u(6), Status::Removed)]);
    // A measure lifted later in the URL's paragraph, in words the reader
    // does not take as a status of their own.
    let (got, _) = statuses(&format!(
        "On 9 September we withheld {} in South Korea. The withholding has been lifted and the post is visible in Korea again.",
        u(8)
    ));
    assert!(got.is_empty(), "{got:?}");
    // "The posts above" (위 두 게시물) said to stay up under a table that
    // says 게시중단: the two disagree.
    let (got, conflicts) = statuses(&format!(
        "| URL | 처리 결과 |\n|-----|-----|\n| {} | 게시중단 |\n| {} | 게시중단 |\n\n※ 참고: 위 두 게시물은 검토 결과 운영정책 위반에 해당하지 않아 게시 상태를 유지하고 있습니다.",
        u(9),
        u(10)
    ));
    assert!(got.is_empty(), "{got:?}");
    assert_eq!(conflicts, 2);
    // An invitation to appeal "if … made in error" corrects nothing.
    assert_eq!(
        statuses(&format!(
            "We removed {}.\n\nIf you believe we made this decision in error, you can appeal.",
            u(11)
        ))
        .0,
        vec![(u(11), Status::Removed)]
    );
    // Gone because the sender pulled it: removed, not "not found".
    assert_eq!(
        statuses(&format!(
            "Both archive links are dead now, we pulled them this morning:\n\n{}\n{}",
            u(12),
            u(13)
        ))
        .0,
        vec![(u(12), Status::Removed), (u(13), Status::Removed)]
    );
}

#[test]
fn round_twenty_four_hosts_and_tables() {
    let statuses = |body: &str| claims_in(&reply_to("KCSC-240917-02", body));
    let u = |n: u32| format!("https://site.example/page/{n}");
    // A country named before the act, and a decision field wrapped onto a
    // heading line.
    assert_eq!(
        statuses(&format!(
            "Action taken: access from the Republic of Korea has been blocked at our\nedge for the following URLs:\n\n * {}\n * {}",
            u(1),
            u(2)
        )),
        vec![(u(1), Status::Restricted), (u(2), Status::Restricted)]
    );
    // HTTP 451 to Korean addresses.
    assert_eq!(
        statuses(&format!(
            "We checked from our Seoul probe; both now answer HTTP 451 to Korean addresses:\n\n{}\n{}",
            u(3),
            u(4)
        )),
        vec![(u(3), Status::Restricted), (u(4), Status::Restricted)]
    );
    // "Declining to remove" with its reason.
    assert_eq!(
        statuses(&format!(
            "We have looked at {}. Nothing in it breaks our Terms of Service or the law, so we are declining to remove it.",
            u(5)
        )),
        vec![(u(5), Status::Rejected)]
    );
    // A file host's "no such file", a DSA "restriction of visibility", and
    // a Korean "위반이 아닌 것으로 보고 유지합니다".
    assert_eq!(
        statuses(&format!(
            "{} - no such file\n\nItem 2\nContent: {}\nDecision: restriction of visibility - playable only by adult-verified viewers\n\n{} 게시물은 운영규정 위반이 아닌 것으로 보고 유지합니다.",
            u(8),
            u(9),
            u(10)
        )),
        vec![
            (u(10), Status::Rejected),
            (u(8), Status::NotFound),
            (u(9), Status::Restricted)
        ]
    );
    // A registrar's hold and a Korean "…하는 조치를 완료".
    assert_eq!(
        statuses(&format!(
            "The following domains have been placed on clientHold:\n{}\n\n아래 도메인의 네임서버를 정지(이용정지)하는 조치를 완료하였습니다.\n\n - {} (조치일 2024-09-23)",
            u(6),
            u(7)
        )),
        vec![(u(6), Status::Removed), (u(7), Status::Removed)]
    );
}

#[test]
fn round_twenty_five_exceptions_and_pairings() {
    let read = |body: &str| {
        let x = reply_to("KCSC-240903-01", body);
        (claims_in(&x), x.hedged)
    };
    let u = |n: u32| format!("https://t.me/shop/{n}");
    // The URLs named as the exception do not take the statement's status.
    // (Round 88 changed what follows: "every channel in your request
    // except URL1 and URL2, which …" is about the channels it does not name,
    // so the whole email, the exceptions included, is for a person; blind-498
    // expects that, blind-120 had expected the exceptions applied.)
    let (got, hedged) = read(&format!(
        "We blocked every channel in your request except {} and\n{}, which do not break our rules and will stay up.",
        u(1),
        u(2)
    ));
    assert!(got.is_empty(), "{got:?}");
    assert_eq!(hedged, vec![u(1), u(2)]);
    // Nor does the list under it give it that status.
    let (got, _) = read(&format!(
        "We have blocked the messages in your request, listed below for reference,\nexcept {}, which had already been deleted by its owner before\nour review.\n\n1. {}\n2. {}",
        u(11),
        u(12),
        u(11)
    ));
    assert_eq!(
        got,
        vec![(u(11), Status::NotFound), (u(12), Status::Removed)]
    );
    let (got, _) = read(&format!(
        "{}을 제외한 나머지 게시물은 모두 삭제하였습니다.",
        u(3)
    ));
    assert!(got.is_empty(), "{got:?}");
    // "…, respectively": the word pairs them explicitly, in order, when
    // there are exactly as many stated acts as URLs (since round 54; it
    // was left to a person before, and every set that wrote one expects it
    // read). Acts that do not pair one to one still go to a person.
    let (got, _) = read(&format!(
        "{} and {} were blocked and found not to exist, respectively.",
        u(4),
        u(5)
    ));
    assert_eq!(got, vec![(u(4), Status::Removed), (u(5), Status::NotFound)]);
    let (got, hedged) = read(&format!(
        "{} and {} were blocked, found not to exist and restricted, respectively.",
        u(4),
        u(5)
    ));
    assert!(got.is_empty(), "{got:?}");
    assert_eq!(hedged.len(), 2);
    // A labelled correction is one even with a "could" in it. (Since
    // round 66, a correction in a paragraph of its own after the email's
    // only item is about that item, and says what it is now.)
    let (got, _) = read(&format!(
        "The channel {} has been blocked.\n\nCorrection to the line above: the channel had already been deleted by its owner before our team could act.",
        u(6)
    ));
    assert_eq!(got, vec![(u(6), Status::NotFound)]);
    // A clause join on a line whose sentence began on the line above.
    let (got, _) = read(&format!(
        "Following our review, we blocked {} and\n{} for promoting gambling, while {} could not be found on Telegram.",
        u(7),
        u(8),
        u(9)
    ));
    assert_eq!(
        got,
        vec![
            (u(7), Status::Removed),
            (u(8), Status::Removed),
            (u(9), Status::NotFound)
        ]
    );
    // Korean: the author deleted it first ("직접 삭제해서"); access blocked
    // in Korea ("대한민국에서 액세스를 차단한").
    let (got, _) = read(&format!(
        "그리고 {} 게시글은 저희가 확인하기 전에\n작성자가 직접 삭제해서 현재 조회되지 않는 상태입니다.\n\n대한민국에서 액세스를 차단한 콘텐츠: {}",
        u(13),
        u(14)
    ));
    assert_eq!(
        got,
        vec![(u(13), Status::NotFound), (u(14), Status::Restricted)]
    );
    // "the YouTube country site for South Korea": a restriction.
    let (got, _) = read(&format!(
        "In response, we have blocked the following\nvideo from view on the YouTube country site for South Korea:\n\n{}",
        u(10)
    ));
    assert_eq!(got, vec![(u(10), Status::Restricted)]);
}

#[test]
fn round_twenty_six_comma_clauses_across_lines() {
    let read = |body: &str| claims_in(&reply_to("KCSC-240906-03", body));
    let u = |n: u32| format!("https://t.me/shop/{n}");
    // A clause per URL parted by commas alone, wrapped over lines: each
    // URL's clause is its own, and one's scope is not the one before it.
    assert_eq!(
        read(&format!(
            "{} and {} were deleted by our moderators, {} is no longer\navailable to users in South Korea, {} does not exist, and\n{} was not removed because it does not break our Terms of\nService.",
            u(1),
            u(2),
            u(3),
            u(4),
            u(5)
        )),
        vec![
            (u(1), Status::Removed),
            (u(2), Status::Removed),
            (u(3), Status::Restricted),
            (u(4), Status::NotFound),
            (u(5), Status::Rejected)
        ]
    );
    // A host's "호스팅 서비스를 중지하였습니다"; a forum's "moved to the 18+
    // section … only shown to logged-in members who confirmed their age".
    assert_eq!(
        read(&format!(
            "{} 은 이용약관 위반으로 호스팅 서비스를 중지하였습니다.\n\nThread {} was moved to the 18+ section. It is now hidden from\nguests and only shown to logged-in members who confirmed their age.",
            u(9),
            u(10)
        )),
        vec![(u(10), Status::Restricted), (u(9), Status::Removed)]
    );
    assert_eq!(
        read(&format!(
            "Of the posts we have assessed so far, {}\nis now withheld in South Korea, {} was removed under our illegal\ngambling policy and {} could not be found on the platform.",
            u(6),
            u(7),
            u(8)
        )),
        vec![
            (u(6), Status::Restricted),
            (u(7), Status::Removed),
            (u(8), Status::NotFound)
        ]
    );
}

#[test]
fn round_twenty_seven_mixed_sentences_and_echoes() {
    let read = |body: &str| {
        let x = reply_to("KCSC-240911-01", body);
        (claims_in(&x), x.classification)
    };
    let u = |n: u32| format!("https://t.me/bazaar/{n}");
    // One sentence, several URLs, several statuses, verbs before the URLs:
    // each act's clause is read for its own URLs (also the act wrapped onto
    // the line above its URL, since round 49).
    let (got, _) = read(&format!(
        "Our moderators removed {}, restricted {} so that it can no longer be\nopened from South Korea, and were unable to find any message at\n{}.",
        u(1),
        u(2),
        u(3)
    ));
    assert_eq!(
        got,
        vec![
            (u(1), Status::Removed),
            (u(2), Status::Restricted),
            (u(3), Status::NotFound)
        ]
    );
    // A table row with spaces and a row number is its own sentence: the
    // next row's "작성자 자진 삭제" is not its status.
    let (got, _) = read(&format!(
        " 1     {}       삭제\n 3     {}       임시조치      30일\n 5     {}       게시물 없음   작성자 자진 삭제",
        u(4),
        u(5),
        u(6)
    ));
    assert!(
        got.iter()
            .all(|(url, st)| *url == u(6) || *st != Status::NotFound),
        "{got:?}"
    );
    // A space-aligned table whose last column is left blank in some rows.
    let (got, _) = read(&format!(
        " 연번  URL                         조치결과      비고\n 1     {}       삭제\n 2     {}       임시조치      30일\n",
        u(7),
        u(8)
    ));
    assert_eq!(
        got,
        vec![(u(7), Status::Removed), (u(8), Status::Restricted)]
    );
    // A note that the item is still up, under a table that says removed.
    let (got, _) = read(&format!(
        "Link | Action\n{} | Removed\n\nNote: this message is still visible at the moment, because the owner has appealed.",
        u(9)
    ));
    assert!(got.is_empty(), "{got:?}");
    // A later sentence about it that is not read: what stands is not known.
    let (got, _) = read(&format!(
        "{} 게시물에 대해서는 9월 17일 임시조치를 하였습니다.\n이후 카페 운영자가 해당 게시물을 직접 삭제하여, 현재는 운영자 삭제 상태입니다.",
        u(10)
    ));
    assert!(got.is_empty(), "{got:?}");
    // Our own request echoed by a ticket system: asked, not done.
    let (got, _) = read(&format!(
        "고객님의 요청이 접수되었습니다.\n\n접수된 내용:\n\n아래 게시물은 불법 정보로 심의·의결되어\n시정요구(삭제 또는 접속차단)를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다.\n\n1. {}\n2. {}",
        u(11),
        u(12)
    ));
    assert!(got.is_empty(), "{got:?}");
    // "The writer deleted it", whatever the page's own words say.
    let (got, _) = read(&format!(
        "We could not locate the post below. The page shows \"삭제된 게시물입니다\" and\nour logs say the writer deleted it on September 1:\n\n{}",
        u(13)
    ));
    assert_eq!(got, vec![(u(13), Status::NotFound)]);
    // A receipt that also says two posts were already blinded.
    let (got, class) = read(&format!(
        "문의가 정상적으로 접수되었습니다.\n\n아울러 요청하신 게시물 중 아래 2건은 이미 블라인드 처리된 게시물임을 알려드립니다.\n{}\n{}",
        u(14),
        u(15)
    ));
    assert_eq!(
        got,
        vec![(u(14), Status::Removed), (u(15), Status::Removed)]
    );
    assert_eq!(class, Classification::Confirmation);
    // "Not hosted on our service" about the URL below, after a receipt
    // phrase wrapped over lines: not a receipt.
    let (_, class) = read(&format!(
        "We received your message about request KCSC-240911-01. The URL below is not\nhosted on YouTube or on any other Google service, so we are not able to\ntake action on it:\n\n{}",
        u(16)
    ));
    assert_ne!(class, Classification::Acknowledgement);
}

#[test]
fn round_twenty_eight_who_removed_it() {
    let read = |body: &str| claims_in(&reply_to("KCSC-240909-06", body));
    let u = |n: u32| format!("https://paste.example/p{n}");
    // Removed by the community's moderators: the sets disagree whether
    // that is the platform's act or the item's own side; a person decides.
    assert!(
        read(&format!(
            "{} has been removed by the community's moderators.",
            u(1)
        ))
        .is_empty()
    );
    // Deleted by whoever posted it: gone by its own side.
    assert_eq!(
        read(&format!(
            "that paste ({}) was already deleted by whoever posted it before your mail came in.",
            u(2)
        )),
        vec![(u(2), Status::NotFound)]
    );
    // A domain that expired and was deleted from the registry: gone.
    assert_eq!(
        read(&format!(
            "dfk-share.example ({}): this domain expired on 28 August and was\ndeleted from the registry on 8 September.",
            u(3)
        )),
        vec![(u(3), Status::NotFound)]
    );
}

/// Round 29 (blind-142..147): a URL alone on a line that a sentence wraps
/// through, with its reason put first; a decision field labelled in
/// brackets.
#[test]
fn round_twenty_nine_wrapped_sentence_and_bracket_labels() {
    let read = |body: &str| claims_in(&reply_to("KCSC-240910-06", body));
    let u = |n: u32| format!("https://chat.example/c/{n}");
    // The half above the URL ("no longer exists") is the reason; the whole
    // sentence says the message was deleted with the server.
    assert_eq!(
        read(&format!(
            "We have removed the server and banned its owner.\nBecause the server no longer exists, the message you reported at\n{}\nwas deleted together with it.",
            u(1)
        )),
        vec![(u(1), Status::Removed)]
    );
    // A reason put first that is itself the finding stays one.
    assert_eq!(
        read(&format!(
            "Since the post at {} no longer exists, no action was taken.",
            u(2)
        )),
        vec![(u(2), Status::NotFound)]
    );
    // "[처리 결과] 게시중단" is a decision field like "처리 결과: 게시중단";
    // each echoed report keeps its own.
    assert_eq!(
        read(&format!(
            "[신고 내용]\n신고 URL  : {}\n신고 사유 : 불법 홍보\n[처리 결과] 게시중단\n\n[신고 내용]\n신고 URL  : {}\n신고 사유 : 불법 홍보\n[처리 결과] 해당 게시물 없음 (이미 삭제된 게시물)",
            u(3),
            u(4)
        )),
        vec![(u(3), Status::Removed), (u(4), Status::NotFound)]
    );
}

/// Round 29: what "we said" before is no statement; "URL1은 삭제, URL2는
/// 임시조치, …"; "…일 수도 있어 보입니다만" hedges.
#[test]
fn round_twenty_nine_reported_speech_and_korean_clauses() {
    let read = |body: &str| claims_in(&reply_to("KCSC-240912-02", body));
    let u = |n: u32| format!("https://blog.example/p/{n}");
    let got = read(&format!(
        "We are writing to correct our message of 12 September. In that message we\nsaid the post {} had been removed. That was our mistake: the post\nhas been withheld in South Korea only.\n\nThe other post, {}, was removed as stated.",
        u(1),
        u(2)
    ));
    assert_eq!(got, vec![(u(2), Status::Removed)]);
    let got = read(&format!(
        "요청하신 게시물 중 <{}>은 삭제,\n<{}>는 임시조치, <{}>는 운영정책 위반 사항이\n확인되지 않아 게시를 유지합니다.",
        u(3),
        u(4),
        u(5)
    ));
    assert_eq!(
        got,
        vec![
            (u(3), Status::Removed),
            (u(4), Status::Restricted),
            (u(5), Status::Rejected)
        ]
    );
    assert!(read(&format!(
        "{}\n위 게시물은 작성자가 스스로 지운 것일 수도 있어 보입니다만,\n서버 기록을 확인한 뒤 다시 알려드리겠습니다.",
        u(6)
    ))
    .is_empty());
}

/// Only an automatic reply is ignored for what it is: a notice a system
/// generated of itself ("Auto-Submitted: auto-generated") is read, a
/// receipt among them is an acknowledgement.
#[test]
fn auto_generated_notices_are_read_not_ignored() {
    let settings = x_settings();
    let with_from = |from: &str, auto: &str, body: &str| {
        let raw = format!(
            "From: {from}\nSubject: [Help] survey\nMessage-ID: <g@x.com>\nAuto-Submitted: {auto}\n\n{body}\n"
        );
        let email = crate::parse::parse(raw.as_bytes(), &settings.limits);
        let platform = settings
            .platforms
            .iter()
            .find(|p| from.ends_with(&format!("@{}", p.senders[0])));
        extract(&email, platform, &settings).classification
    };
    let with = |auto: &str, body: &str| with_from("cs@x.com", auto, body);
    let survey = "Your ticket #3391024 has been closed. Please rate our support: https://help.x.com/survey?t=3391024";
    assert_eq!(with("auto-generated", survey), Classification::Other);
    assert_eq!(with("auto-replied", survey), Classification::AutoReply);
    assert_eq!(
        with(
            "auto-generated",
            "We have received your report. A ticket (#55) has been created."
        ),
        Classification::Acknowledgement
    );
    // One that says it was sent automatically is an automatic reply.
    assert_eq!(
        with(
            "auto-generated",
            "본 메일은 자동 발송되었습니다.\n\n연휴 기간 동안 상담이 일시 중단됩니다."
        ),
        Classification::AutoReply
    );
    // From no platform (our own reminders copied into the mailbox among
    // them), "auto-generated" still marks automatic mail.
    assert_eq!(
        with_from("someone@elsewhere.example", "auto-generated", survey),
        Classification::AutoReply
    );
}

/// Round 30 (blind-148..153): earlier reports and corrections, notes that
/// keep up what a table or record says was acted on, headings that name the
/// measure, a community's managers, closures that leave nothing to find.
#[test]
fn round_thirty_reports_notes_and_headings() {
    let read = |body: &str| claims_in(&reply_to("KCSC-240913-03", body));
    let u = |n: u32| format!("https://board.example/v/{n}");
    // "We first reported it as not found …, but … we found the post and
    // removed it": the earlier report is not the statement (what the
    // sentence after it says is left to a person).
    let got = read(&format!(
        "For {} the opposite happened. We first reported it as not found\nbecause the link had a stray character, but with the corrected link we found the post and removed it.",
        u(1)
    ));
    assert!(!got.iter().any(|(_, s)| *s == Status::NotFound), "{got:?}");
    // "… 블라인드 처리했다고 안내드렸으나, … 블라인드가 아닌 임시조치 상태입니다".
    assert_eq!(
        read(&format!(
            "9월 13일 메일에서 {} 게시물을 블라인드 처리했다고 안내드렸으나, 확인 결과 해당 게시물은 블라인드가 아닌 임시조치(30일간 접근 제한) 상태입니다.",
            u(2)
        )),
        vec![(u(2), Status::Restricted)]
    );
    // Nothing done yet is no refusal.
    assert!(read(&format!("{} may be age-restricted once the appeal window has closed. No action has been taken on it yet.", u(3))).is_empty());
    // A note under a record that keeps the post up: the record's removal is
    // in doubt.
    let x = reply_to(
        "KCSC-240913-03",
        &format!(
            "대상 URL: {}\n조치 결과: 삭제\n\n해당 게시물은 내부 검토 결과 비판으로 판단되어,\n게시물을 유지하기로 결정하였습니다.",
            u(4)
        ),
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    assert_eq!(x.conflicts.len(), 1);
    // A heading naming the measure; the next heading's status is not the
    // first list's.
    assert_eq!(
        read(&format!(
            "■ 운영정책 위반으로 블라인드 처리한 게시물\n  - {}\n\n■ 작성자가 이미 삭제하여 확인되지 않는 게시물\n  - {}",
            u(5),
            u(6)
        )),
        vec![(u(5), Status::Removed), (u(6), Status::NotFound)]
    );
    // "access blocked from Korea" is scoped; a gallery's manager is a
    // community moderator (a person decides); a closed cafe leaves nothing
    // to find.
    assert_eq!(
        read(&format!(
            "  • {} — access blocked from Korea (접속 차단) following the legal review",
            u(7)
        )),
        vec![(u(7), Status::Restricted)]
    );
    assert!(
        read(&format!(
            "아래 게시물은 신고 접수 전에 해당 마이너 갤러리 매니저가 이미 삭제하였습니다.\n{}",
            u(8)
        ))
        .is_empty()
    );
    assert_eq!(
        read(&format!(
            "{} ： 카페가 폐쇄되어 게시물을 확인할 수 없습니다.",
            u(9)
        )),
        vec![(u(9), Status::NotFound)]
    );
}

/// Round 31 (blind-154..159): verb-first sentences with several URLs; a
/// policy's name; "It appears …".
#[test]
fn round_thirty_one_verb_first_policy_names_and_appearances() {
    let read = |body: &str| claims_in(&reply_to("KCSC-240916-01", body));
    let u = |n: u32| format!("https://video.example/w/{n}");
    // The act named before each URL is its own: URL2 was removed with URL1,
    // not restricted with URL3; where the reader reads otherwise, a person
    // reads it.
    let got = read(&format!(
        "Of the videos you listed, we removed {} and {} for violating our harassment policy, restricted {} in South Korea under local law, and could not find {}.",
        u(1),
        u(2),
        u(3),
        u(4)
    ));
    assert!(
        !got.iter()
            .any(|(url, st)| *url == u(2) && *st != Status::Removed),
        "{got:?}"
    );
    assert!(got.contains(&(u(4), Status::NotFound)), "{got:?}");
    // "restricted goods and services" names a policy.
    assert_eq!(
        read(&format!(
            "We also found that {} goes against our\nCommunity Standards on restricted goods and services, and we removed it\nfrom Instagram.",
            u(5)
        )),
        vec![(u(5), Status::Removed)]
    );
    // "It appears …" is no statement.
    assert!(read(&format!("It appears the customer has already taken down {};\nwe are waiting for their confirmation and will update you.", u(6))).is_empty());
}

/// Round 32 (blind-160..165): a template's outcome line against its body; a
/// review that ended is no receipt; "…했을 수 있으나"; statuses paired by
/// "the first … the second"; "'게시물 없음'으로 안내드렸으나".
#[test]
fn round_thirty_two_outcome_lines_results_and_pairs() {
    let read = |body: &str| claims_in(&reply_to("KCSC-240910-05", body));
    let u = |n: u32| format!("https://forum.example/t/{n}");
    let x = reply_to(
        "KCSC-240910-05",
        &format!(
            "Outcome: Content removed\n\nHello,\n\nWe have reviewed the following video:\n{}\n\nAfter careful review, we have decided not to take any action on this\ncontent, as it does not violate our policies or local law.",
            u(1)
        ),
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    assert_eq!(x.conflicts.len(), 1);
    let x = reply_to(
        "KCSC-240910-05",
        "Hi,\n\nThank you for your report. Our team reviewed it and determined that a\nviolation of our Community Guidelines occurred. We have taken appropriate\nenforcement action.\n\nTwitch Safety",
    );
    assert_ne!(x.classification, Classification::Acknowledgement);
    assert!(
        read(&format!(
            "{} 도 카페 매니저가 삭제했을 수 있으나 아직 확인 중입니다.",
            u(2)
        ))
        .is_empty()
    );
    assert!(read(&format!("<{}> and <{}> are both gone: the first one we deleted ourselves, the second had already been deleted by the channel owner.", u(3), u(4))).is_empty());
    assert_eq!(
        read(&format!(
            "{} 게시물은 당시 '게시물 없음'으로 안내드렸으나, 재확인 결과 게시물이 존재하였으며 금일 게시중단 처리하였습니다.",
            u(5)
        )),
        vec![(u(5), Status::Removed)]
    );
}

/// Round 33 (blind-166..171): "removed globally (it was previously withheld
/// in Korea only)"; "제한(국가별 차단) 조치"; "have not found it to be
/// illegal"; a URL-led line whose sentence runs on; HTTP 451 from a Korean
/// node; "the blogger had already deleted that entry".
#[test]
fn round_thirty_three_scope_refusals_and_wraps() {
    let read = |body: &str| claims_in(&reply_to("KCSC-240906-04", body));
    let u = |n: u32| format!("https://site.example/p/{n}");
    assert_eq!(
        read(&format!(
            "{} has now been removed globally (it was previously withheld in Korea only).",
            u(1)
        )),
        vec![(u(1), Status::Removed)]
    );
    assert_eq!(
        read(&format!(
            "{} 채널은 대한민국 현지 법률에 따라 한국 내에서\n볼 수 없도록 제한(국가별 차단) 조치되었습니다.",
            u(2)
        )),
        vec![(u(2), Status::Restricted)]
    );
    assert_eq!(
        read(&format!(
            "{}\nAction: none. This post is commentary and does not\npromote gambling; we have not found it to be illegal in the country you specified.",
            u(3)
        )),
        vec![(u(3), Status::Rejected)]
    );
    assert_eq!(
        read(&format!(
            "{} and {} have been removed. {} , the channel, has been blocked for\nusers in the Republic of Korea.",
            u(4),
            u(5),
            u(6)
        )),
        vec![
            (u(4), Status::Removed),
            (u(5), Status::Removed),
            (u(6), Status::Restricted)
        ]
    );
    assert_eq!(
        read(&format!(
            "Our customer has restricted access\nfrom Korean IP addresses to <{}>\nand <{}>. We checked from a Korean test node and both now return 451.",
            u(7),
            u(8)
        )),
        vec![(u(7), Status::Restricted), (u(8), Status::Restricted)]
    );
    assert_eq!(
        read(&format!(
            "{} was not taken down by us, since the blogger had already deleted\nthat entry before our review began.",
            u(9)
        )),
        vec![(u(9), Status::NotFound)]
    );
}

#[test]
fn domains_named_without_a_scheme_are_read_only_when_they_are_requested_items() {
    // Registrars name the domains they act on bare. Read as URLs, they take
    // the status of their sentence; but only requested items are read so
    // (the pipeline looks the candidates up in the ledger), since a host in
    // a lead sentence would otherwise take the status meant for the list.
    let settings = x_settings();
    let raw = "From: abuse@registrar.example\nSubject: Re: KCSC-240905-04\nMessage-ID: <b1@registrar.example>\n\n\
Hello,\n\nFollowing our review, the domains jackpot-ace88.top and jackpot-ace89.top\n\
have been placed on clientHold. Contact registrar.example for questions.\n\n\
Domain                  EPP status\nkr-toonfree.example     clientHold\n";
    let email = crate::parse::parse(raw.as_bytes(), &settings.limits);
    let first = extract(&email, None, &settings);
    assert!(first.claims.is_empty(), "{:?}", first.claims);
    // The sender's own domain is never a candidate.
    assert_eq!(
        first.bare_hosts,
        vec![
            "jackpot-ace88.top",
            "jackpot-ace89.top",
            "kr-toonfree.example"
        ]
    );
    let items = vec![
        "jackpot-ace88.top".to_string(),
        "kr-toonfree.example".to_string(),
    ];
    let second = extract_with(&email, None, &settings, &items);
    assert_eq!(
        claims_in(&second),
        vec![
            ("http://jackpot-ace88.top".to_string(), Status::Removed),
            ("http://kr-toonfree.example".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn a_requested_page_that_looks_like_a_sites_own_page_is_content() {
    // A small host's reported page may be "…/contact" or "…/about". Read
    // first as the site's own page (as a help link would be), it is read as
    // content once the ledger says it is a requested item; a help link that
    // is no requested item stays aside.
    let settings = x_settings();
    let raw = "From: abuse@nimbus-sites.example\nSubject: Re: KCSC-240902-01\nMessage-ID: <p1@nimbus-sites.example>\n\n\
Hello,\n\nhttps://loan-quick99.nimbus-sites.net/contact has been taken offline by our team.\n\
https://loan-quick99.nimbus-sites.net/offer/7 has been taken offline by our team.\n\n\
Our policy: https://nimbus-sites.example/terms\n";
    let email = crate::parse::parse(raw.as_bytes(), &settings.limits);
    let first = extract(&email, None, &settings);
    assert_eq!(
        claims_in(&first),
        vec![(
            "https://loan-quick99.nimbus-sites.net/offer/7".to_string(),
            Status::Removed
        )]
    );
    assert_eq!(
        first.policy_links,
        vec![
            "loan-quick99.nimbus-sites.net/contact",
            "nimbus-sites.example/terms"
        ]
    );
    let items = vec!["loan-quick99.nimbus-sites.net/contact".to_string()];
    let second = extract_with(&email, None, &settings, &items);
    assert_eq!(
        claims_in(&second),
        vec![
            (
                "https://loan-quick99.nimbus-sites.net/contact".to_string(),
                Status::Removed
            ),
            (
                "https://loan-quick99.nimbus-sites.net/offer/7".to_string(),
                Status::Removed
            ),
        ]
    );
    // The reading is over: the page is the site's own again.
    assert!(super::lines::is_policy_link(
        "https://loan-quick99.nimbus-sites.net/contact"
    ));
}

#[test]
fn round_thirty_four_statements_are_read_by_their_own_item() {
    // A statement about one URL ("URL1 was removed.") is no statement about
    // a bare URL in the next paragraph.
    let x = reply_to(
        "KCSC-240903-02",
        "Hello,\n\nhttps://gall.example/v/1\nThis post was removed by our operations team and the IP range has\nbeen barred from writing.\n\n\
https://gall.example/v/2\nWe reviewed this post. It is a personal opinion that breaks none of our terms, so we have left it up.\n\nOps\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://gall.example/v/1".to_string(), Status::Removed),
            ("https://gall.example/v/2".to_string(), Status::Rejected),
        ]
    );
    let x = reply_to(
        "KCSC-240903-02",
        "https://t.me/a/1 was removed.\n\nhttps://t.me/a/2\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/a/1".to_string(), Status::Removed)]
    );
    // "neither removed nor restricted: … does not violate": a refusal.
    let x = reply_to(
        "KCSC-240906-03",
        "https://www.youtube.com/watch?v=Zx81 was neither removed nor restricted: it is a news report and does not violate our Community Guidelines.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.youtube.com/watch?v=Zx81".to_string(),
            Status::Rejected
        )]
    );
    // A record's outcome set off by a blank line is that record's.
    let x = reply_to(
        "KCSC-240904-03",
        "What you reported:\n  Post: https://www.facebook.com/p/posts/1\n  Reported for: Selling illegal goods\n\nOutcome: We removed this post because it goes against our Community Standards.\n\n\
What you reported:\n  Reel: https://www.instagram.com/reel/C9y/\n  Reported for: Selling illegal goods\n\nOutcome: We didn't remove this reel because it doesn't go against our Community Standards.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.facebook.com/p/posts/1".to_string(),
                Status::Removed
            ),
            (
                "https://www.instagram.com/reel/C9y/".to_string(),
                Status::Rejected
            ),
        ]
    ); // The same in Korean, the outcome's label alone on its line; a record
    // whose decision stands above its URL keeps its own (a statement of
    // reasons), and a note under a table row is no record's outcome.
    let x = reply_to(
        "KCSC-240910-05",
        "[신고 내용]\n신고번호 : KCSC-240910-05\n신고 URL : https://t.me/p/1\n신고 사유 : 불법 도박 홍보\n\n\
[처리 결과]\n운영정책 위반으로 해당 게시물을 삭제하였습니다.\n\n\
[신고 내용]\n신고 URL : https://t.me/p/2\n\n[처리 결과]\n해당 게시물은 존재하지 않습니다. (작성자 삭제)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/p/1".to_string(), Status::Removed),
            ("https://t.me/p/2".to_string(), Status::NotFound),
        ]
    );
    let x = reply_to(
        "KCSC-240912-01",
        "Decision: removal of content\nTerritorial scope: worldwide\nContent: https://t.me/m/2008\nAutomated detection: no\n\n\
Decision: visibility restriction - access disabled in South Korea\nTerritorial scope: KR\nContent: https://t.me/m/2009\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/m/2008".to_string(), Status::Removed),
            ("https://t.me/m/2009".to_string(), Status::Restricted),
        ]
    );
    let x = reply_to(
        "KCSC-240903-01",
        "Reported content | Decision\nhttps://x.com/n/status/11 | Content removed\n\n\
Our reviewers found that the reported post does not violate the X Rules, and no action has been taken on it.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
}

#[test]
fn statements_after_a_correction_are_the_corrected_ones() {
    // The statement below an unplaced correction is taken; one stated only
    // above it stays in doubt.
    let x = reply_to(
        "KCSC-240906-03",
        "https://www.youtube.com/watch?v=aa - removed\nhttps://www.youtube.com/watch?v=bb - removed\n\n\
Correction: my colleague pointed out that I mislabelled the first video.\n\
https://www.youtube.com/watch?v=aa was not removed; it has been age-restricted instead.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.youtube.com/watch?v=aa".to_string(),
            Status::Restricted
        )]
    );
    assert_eq!(x.conflicts, vec!["youtube.com/watch?v=bb".to_string()]);
    // A correction whose sentence wraps onto the URL's line.
    let x = reply_to(
        "KCSC-240909-05",
        "A correction to our earlier note: after a second review we have applied an\nage restriction to https://youtu.be/Qm3v, so it can only be watched by adults.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://youtu.be/Qm3v".to_string(), Status::Restricted)]
    );
    assert!(x.conflicts.is_empty());
}

#[test]
fn round_thirty_five_fixes() {
    // A negated act right before a URL is that URL's: no statement.
    let x = reply_to(
        "KCSC-240912-05",
        "We removed https://t.me/a/1 but did not remove https://t.me/a/2, which our reviewers found does not violate our Community Guidelines.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/a/1".to_string(), Status::Removed)]
    );
    // A hedge on the line above a URL-led line hedges it.
    let x = reply_to(
        "KCSC-240909-01",
        "Thanks for your patience. When we checked, it appears that\nhttps://t.me/a/1 has already been removed.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // "instead" revises: withheld, not refused.
    let x = reply_to(
        "KCSC-240904-01",
        "We did not remove https://x.com/s/status/1 globally, because the post does not break the X Rules. As it is unlawful in Korea, we have instead withheld it in South Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://x.com/s/status/1".to_string(), Status::Restricted)]
    );
    // Sections under headings of their own: each list is its heading's.
    let x = reply_to(
        "KCSC-240906-03",
        "ok here's where we are\n\nDeleted:\nhttps://t.me/a/1\nhttps://t.me/a/2\n\nLeft up (no rule broken, it's satire):\nhttps://t.me/a/3\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/a/1".to_string(), Status::Removed),
            ("https://t.me/a/2".to_string(), Status::Removed),
            ("https://t.me/a/3".to_string(), Status::Rejected),
        ]
    );
    // Deleted by its own author, said in brackets after the measure.
    let x = reply_to(
        "KCSC-240910-04",
        "번호 | URL | 조치결과 | 비고\n1 | https://t.me/a/1 | 삭제(작성자 자진삭제) | 요청 접수 전 삭제\n2 | https://t.me/a/2 | 게시중단 | 2024.09.12\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/a/1".to_string(), Status::NotFound),
            ("https://t.me/a/2".to_string(), Status::Removed),
        ]
    );
    // An update in a paragraph of its own, about the email's only URL.
    let x = reply_to(
        "KCSC-240909-03",
        "Your notice: the video https://www.youtube.com/watch?v=Zr7k has been age-restricted.\n\nUpdate, 13 September: after further review the video has been removed from YouTube.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.youtube.com/watch?v=Zr7k".to_string(),
            Status::Removed
        )]
    );
}

#[test]
fn round_thirty_six_contradictions_are_seen() {
    // A note under a table that keeps "the posts listed above" up.
    let x = reply_to(
        "KCSC-240903-02",
        "Link | Action\nhttps://t.me/g/131 | blocked\nhttps://t.me/n/2207 | blocked\n\n\
Note: the posts listed above were reviewed by our moderators and left up, as\nthey do not violate the Telegram Terms of Service.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    assert_eq!(x.conflicts.len() + x.hedged.len(), 2, "{x:?}");
    // A pasted log that keeps what the sentence says was deleted.
    let x = reply_to(
        "KCSC-240905-01",
        "https://mokpan.kr/board/free/20502 게시물은 삭제 처리했습니다.\n\n[신고 처리 내역]\n대상: https://mokpan.kr/board/free/20502\n처리 결과: 유지 (운영정책 위반 없음)\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // A summary block naming the item by its number.
    let x = reply_to(
        "KCSC-240909-02",
        "신고하신 VOD https://vod.sooplive.co.kr/player/131560944 는 운영정책 위반으로 삭제 조치되었습니다.\n\n[처리 요약]\nVOD 번호    처리 결과\n131560944   유지 (위반 사항 없음)\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    assert_eq!(
        x.conflicts,
        vec!["vod.sooplive.co.kr/player/131560944".to_string()]
    );
    // Access disabled "in one territory" is a restriction; "해당 없음(삭제된 글)"
    // is not found.
    let x = reply_to(
        "KCSC-240910-05",
        "Content concerned:     https://pinchan.org/kr/res/40187.html\nRestriction:           visibility - access disabled in one territory\nTerritorial scope:     Republic of Korea (KR)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://pinchan.org/kr/res/40187.html".to_string(),
            Status::Restricted
        )]
    );
    let x = reply_to(
        "KCSC-240909-01",
        "번호  게시물 주소                 처리결과\n1     https://t.me/a/1        삭제\n2     https://t.me/a/2        해당 없음(삭제된 글)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/a/1".to_string(), Status::Removed),
            ("https://t.me/a/2".to_string(), Status::NotFound),
        ]
    );
}

#[test]
fn how_to_send_requests_in_future_is_no_ask_about_this_one() {
    for body in [
        "Going forward, please send removal requests to this address or through our portal, and include the URLs and the legal basis for each request.\n",
        "Please submit future notices through our online form at https://telegram.org/support?tab=legal Requests already received will be answered as usual.\n",
        "이용약관을 개정했습니다.\n- 약관 위반 시 조치 절차에 관한 설명을 보완했습니다.\n",
    ] {
        let x = reply_to("KCSC-240901-01", body);
        assert!(x.asks.is_none(), "{body}: {:?}", x.asks);
    }
    // An ask about this request stays one.
    let x = reply_to(
        "KCSC-240901-01",
        "Please provide the court order for the URLs you reported.\n",
    );
    assert!(x.asks.is_some());
}

#[test]
fn round_thirty_seven_fixes() {
    // "may not be subject to removal; under legal review": no refusal yet.
    let x = reply_to(
        "KCSC-240906-04",
        "https://blog.naver.com/a/223561234567 게시물은 게시중단 대상에 해당하지 않을 수 있어 현재 법무 검토를 진행하고 있습니다.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // A note about "both posts" under a table that says they were acted on.
    let x = reply_to(
        "KCSC-240903-01",
        "Reported URL | Action\nhttps://t.me/b/612 | Removed\nhttps://t.me/b/613 | Withheld in KR\n\n\
Note: both posts by @bluecrane_z were reviewed and remain available, as neither violates our terms or local law.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // The same note right under the rows (an HTML table's text).
    let x = reply_to(
        "KCSC-240903-01",
        "Reported URL | Action\nhttps://t.me/b/612 | Removed\nhttps://t.me/b/613 | Withheld in KR\n\
Note: both posts were reviewed and remain available.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // "was not found to violate the X Rules" is a refusal, not a lost post.
    let x = reply_to(
        "KCSC-240903-02",
        "After review, the post https://t.me/n/7\nwas not found to violate the X Rules or the local law you cited, and we will\nnot take action on it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/n/7".to_string(), Status::Rejected)]
    );
    // Not found, refused and restricted in the words of hosts and boards.
    assert_reply_claims(
        "KCSC-240904-03",
        "https://t.me/k/2",
        &[
            (
                "We weren't able to find the content at the link you provided: https://t.me/k/2\n",
                Status::NotFound,
            ),
            (
                "We also checked https://t.me/k/2: there is no message with that number in the channel.\n",
                Status::NotFound,
            ),
            (
                "https://t.me/k/2 was already pruned from the board (404) when we looked.\n",
                Status::NotFound,
            ),
            (
                "The thread https://t.me/k/2 is now hidden for visitors from South Korea.\n",
                Status::Restricted,
            ),
            (
                "https://t.me/k/2\nWe reviewed this site with our counsel. The customer holds a licence and the page breaks no part of our Acceptable Use\nPolicy, so we will not take action against it.\n",
                Status::Rejected,
            ),
            (
                "https://t.me/k/2 게시물은 의견을 적은 글로, 개인정보가 포함되어 있지 않아 삭제하지 않았습니다.\n",
                Status::Rejected,
            ),
        ],
    );
    // ("would stay up", told before, is not a plural "posts stay up".)
    let x = reply_to(
        "KCSC-240906-04",
        "In our earlier reply we told you that\nhttps://t.me/k/3 would stay up. After your further information we reviewed it again,\nand the post has now been removed for violating our rules.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/3".to_string(), Status::Removed)]
    );
    // A CSV export pasted into the body is a table.
    let x = reply_to(
        "KCSC-240904-03",
        "Actions for KCSC-240904-03, in CSV:\n\nurl,action,scope\nhttps://t.me/k/4,geo-blocked,KR\nhttps://t.me/k/5,blocked for all visitors,global\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/4".to_string(), Status::Restricted),
            ("https://t.me/k/5".to_string(), Status::Removed),
        ]
    );
    // Reasons in brackets under a lead refusal are reasons, not hedges.
    let x = reply_to(
        "KCSC-240906-04",
        "검토 결과, 아래 게시물은 운영정책 위반 사항이 확인되지 않아 게시중단하지 않습니다.\n\n- https://t.me/k/6 (사유: 언론 보도를 인용한 게시물)\n- https://t.me/k/7 (사유: 특정인을 식별할 수 있는 정보가 포함되어 있지 않음)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/6".to_string(), Status::Rejected),
            ("https://t.me/k/7".to_string(), Status::Rejected),
        ]
    );
    // "has not been removed, as we did not find that it breaks …".
    let x = reply_to(
        "KCSC-240902-01",
        "Following our review, https://t.me/k/14 has not been removed, as we did not find that it breaks the Telegram Terms of Service.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/14".to_string(), Status::Rejected)]
    );
    // No violating content found in a channel is a refusal.
    let x = reply_to(
        "KCSC-240904-02",
        "Regarding https://t.me/k/8: this is a public channel and we reviewed its recent\nposts. We have not found content that violates the Telegram Terms of\nService, so the channel will stay available.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/8".to_string(), Status::Rejected)]
    );
    // Acts named one after another, the sentence wrapped before a URL.
    let x = reply_to(
        "KCSC-240904-03",
        "After reviewing the content you reported, we've\nage-restricted https://t.me/k/9 and removed\nhttps://t.me/k/10, but https://t.me/k/11\ndoes not violate our Community Guidelines and will stay on YouTube.\n",
    );
    assert!(
        !claims_in(&x).contains(&("https://t.me/k/10".to_string(), Status::Restricted)),
        "{:?}",
        x.claims
    );
    // (A table of rows led by their URLs keeps each row's status.)
    let x = reply_to(
        "KCSC-240902-01",
        " File                 Status\n -------------------  --------\n https://t.me/k/15     Removed\n https://t.me/k/16     Not found\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/15".to_string(), Status::Removed),
            ("https://t.me/k/16".to_string(), Status::NotFound),
        ]
    );
    // A 조치결과 table drawn with box characters.
    let x = reply_to(
        "KCSC-240905-02",
        "┌──┬──────────────┬──────┐\n│번호│ URL │ 조치결과 │\n├──┼──────────────┼──────┤\n│ 1 │ https://t.me/k/12 │ 삭제 │\n│ 2 │ https://t.me/k/13 │ 청소년 열람 제한 │\n└──┴──────────────┴──────┘\n\n※ 1번 블로그는 게시물을 확인할 수 없었습니다.\n",
    );
    assert!(
        claims_in(&x).contains(&("https://t.me/k/13".to_string(), Status::Restricted)),
        "{:?}",
        x.claims
    );
    // The post deleted and the blog's use restricted: the post is removed.
    let x = reply_to(
        "KCSC-240904-03",
        "https://t.me/k/1\n- 이용약관 위반으로 게시물을 삭제하고 블로그 이용을 제한했습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/1".to_string(), Status::Removed)]
    );
}

#[test]
fn round_thirty_eight_misses() {
    // "임시조치해 두었습니다": the measure is in place.
    let x = reply_to(
        "KCSC-240906-05",
        "https://t.me/k/20（자유게시판）은 작성자 소명 기간 동안 임시조치해 두었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/20".to_string(), Status::Restricted)]
    );
    // "요청하신 카카오톡 채널 게시물은 … 삭제 처리하였습니다": a statement
    // about the requested content, with words between.
    let x = reply_to(
        "KCSC-240913-07",
        "요청하신 카카오톡 채널 게시물은 확인 후 삭제 처리하였습니다.\n해당 채널 운영자에게는 운영정책 위반 안내를 발송하였습니다.\n",
    );
    assert_eq!(x.bulk.map(|b| b.status), Some(Status::Removed));
    // A measure and what it makes of the item; 19+ viewing.
    assert_reply_claims(
        "KCSC-240902-01",
        "https://t.me/k/21",
        &[
            (
                "요청 주신 영상 https://t.me/k/21 은 9월 5일 오전 비공개 처리되어 현재 재생되지 않습니다.\n",
                Status::Removed,
            ),
            (
                "The VOD at https://t.me/k/21 has been set to 19+ viewing: it is now shown only to\nage-verified adult members.\n",
                Status::Restricted,
            ),
        ],
    );
    // Still negated when the measure itself is: "비공개 처리되지 않았습니다".
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/22 은 비공개 처리되지 않았습니다.\n",
    );
    assert!(
        !claims_in(&x).iter().any(|(_, s)| *s == Status::Removed),
        "{:?}",
        x.claims
    );
    // A note under a table about "the posts listed above".
    let x = reply_to(
        "KCSC-240913-07",
        "Post | Action\nhttps://t.me/k/23 | Withheld in KR\nhttps://t.me/k/24 | Withheld in KR\nPlease note that no action has been taken on the posts listed above, as they were found not to violate the X Rules or local law.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // A row deleted by its author, as its remark says.
    let x = reply_to(
        "KCSC-240910-04",
        "번호 | URL | 조치결과 | 비고\n1 | https://t.me/k/25 | 게시중단 | -\n2 | https://t.me/k/26 | 삭제된 게시물 | 작성자 삭제(9/9)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/25".to_string(), Status::Removed),
            ("https://t.me/k/26".to_string(), Status::NotFound),
        ]
    );
    // Two URLs with particles, the second left as it is.
    let x = reply_to(
        "KCSC-240903-02",
        "https://t.me/k/27은 운영자 삭제했고, https://t.me/k/28는 읽어보니 특정인 비방 내용이 없어서 그대로 두겠습니다.\n",
    );
    assert!(
        !claims_in(&x).contains(&("https://t.me/k/28".to_string(), Status::Removed)),
        "{:?}",
        x.claims
    );
}

#[test]
fn round_forty_misses() {
    // Two URLs joined by "및" over three lines, the act on the last.
    let x = reply_to(
        "KCSC-240910-04",
        "요청번호 KCSC-240910-04 관련하여, 게시물 https://t.me/k/30 및\nhttps://t.me/k/31 에 대하여\n임시조치(30일간 접근 차단)하였음을 알려드립니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/30".to_string(), Status::Restricted),
            ("https://t.me/k/31".to_string(), Status::Restricted),
        ]
    );
    // A bracket after the measure, an age gate "set" on the post, and a
    // post "hidden from public view".
    assert_reply_claims(
        "KCSC-240910-04",
        "https://t.me/k/32",
        &[
            (
                "https://t.me/k/32 게시글은 운영정책 위반으로 비공개 전환(보호조치)되었습니다.\n",
                Status::Removed,
            ),
            (
                "<https://t.me/k/32> 해당 글은 성인 인증을 마친 회원만 볼 수 있도록 열람 제한을 걸었습니다.\n",
                Status::Restricted,
            ),
            (
                "The post you reported (https://t.me/k/32) has been hidden from public view by our moderators.\n",
                Status::Removed,
            ),
        ],
    );
    // A numbered note that one row points to is that row's, not the table's.
    let x = reply_to(
        "KCSC-240902-01",
        "URL                  | Result\nhttps://t.me/k/33     | file disabled\nhttps://t.me/k/34     | left online, see note 1\n\nNote 1: this is a podcast episode. We listened to all of it and\nit does not break our Acceptable Use Policy, so it stays available.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/33".to_string(), Status::Removed),
            ("https://t.me/k/34".to_string(), Status::Rejected),
        ]
    );
    // One subject, an act per clause.
    let x = reply_to(
        "KCSC-240902-01",
        "After review, we removed https://t.me/k/35 and https://t.me/k/36 for violating our Community Guidelines, blocked https://t.me/k/37 from view in South Korea on the basis of local law, and did not take action on https://t.me/k/38, since it does not violate our policies.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/35".to_string(), Status::Removed),
            ("https://t.me/k/36".to_string(), Status::Removed),
            ("https://t.me/k/37".to_string(), Status::Restricted),
            ("https://t.me/k/38".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn a_refusal_whose_reason_is_a_review_still_going_is_no_refusal() {
    for body in [
        "We did not remove https://t.me/k/40, as we will review it next week.\n",
        "We did not remove https://t.me/k/40 because we are still reviewing it.\n",
        "https://t.me/k/40 has not been removed, as it is still under review.\n",
        "https://t.me/k/40 은 법률 검토가 끝나지 않아 별도 조치하지 않았습니다.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert!(claims_in(&x).is_empty(), "{body}: {:?}", x.claims);
    }
    // A reason that is a finding still makes a refusal.
    for body in [
        "We did not remove https://t.me/k/40 because it does not violate our terms.\n",
        "https://t.me/k/40 은 위반 사항이 없어 별도 조치하지 않았습니다.\n",
        "We did not take action on the following content, as we found no\nviolation of our policies:\n- https://t.me/k/40\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(
            claims_in(&x),
            vec![("https://t.me/k/40".to_string(), Status::Rejected)],
            "{body}"
        );
    }
    // What the content lacked is no condition on the act.
    let x = reply_to(
        "KCSC-240902-01",
        "The message https://t.me/k/41, however, offered prescription medication for sale without a licence and has been taken down.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/41".to_string(), Status::Removed)]
    );
}

#[test]
fn round_forty_fixes() {
    // A status the platform says its own tool set wrongly is not taken.
    let x = reply_to(
        "KCSC-240902-01",
        "Our tooling lists https://t.me/k/50 as blocked, but that status was set\nautomatically and is not accurate in this case. When our moderator opened the\nlink, the post had already been deleted by the channel owner.\n",
    );
    assert!(
        !claims_in(&x).iter().any(|(_, s)| *s == Status::Removed),
        "{:?}",
        x.claims
    );
    // A correction naming a row's URL takes back that row's status; the
    // sentence right after it, opening on "That post", says what is true
    // (round 125: blind-210's writer expected it too).
    let x = reply_to(
        "KCSC-240902-01",
        "# | Link | Decision\n1 | https://t.me/k/51 | Blocked\n2 | https://t.me/k/52 | Blocked\nCorrection: row 2 (https://t.me/k/52) is marked Blocked above in error. That post has been restricted for users in South Korea only.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/51".to_string(), Status::Removed),
            ("https://t.me/k/52".to_string(), Status::Restricted)
        ]
    );
    // Not a sentence about something else after it.
    let x = reply_to(
        "KCSC-240902-01",
        "# | Link | Decision\n1 | https://t.me/k/51 | Blocked\n2 | https://t.me/k/52 | Blocked\nCorrection: row 2 (https://t.me/k/52) is marked Blocked above in error. The other rows are right.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/51".to_string(), Status::Removed)]
    );
    // A note in the table's own paragraph that the video is still up.
    let x = reply_to(
        "KCSC-240902-01",
        "URL | Outcome\nhttps://t.me/k/53 | Removed\nNote: this video remains available on YouTube while the uploader's appeal is pending.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // Deleted by the OP: not found.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/54 was deleted by the OP himself before we got to it, so there was\nnothing left for us to do there.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/54".to_string(), Status::NotFound)]
    );
    // A Korean connective before a full-width comma ends its clause.
    let x = reply_to(
        "KCSC-240902-01",
        "검토 결과, https://t.me/k/55은 운영원칙 위반으로 삭제되었으며，https://t.me/k/56의 경우 도박 홍보로 볼 만한 내용이 확인되지 않아 게시를 유지합니다。\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/55".to_string(), Status::Removed),
            ("https://t.me/k/56".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn round_forty_misses_read() {
    // An echoed report, then its outcome in a field whose sentence wraps
    // before a capital ("…our Community\nGuidelines on restricted goods").
    let x = reply_to(
        "KCSC-240902-01",
        "We've reviewed your report\n\n----------------------------------------\nReport ID: 1067734029911\nContent reported: https://t.me/k/60\nReason: Sale of illegal or regulated goods\n----------------------------------------\n\nOutcome: We removed this post because it goes against our Community\nGuidelines on restricted goods and services.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/60".to_string(), Status::Removed)]
    );
    // A policy's name alone says nothing, not even a former state.
    assert_eq!(
        crate::extract::status::said("(Restricted Goods and Services)", &[]),
        crate::extract::status::Said::Nothing
    );
    assert_reply_claims(
        "KCSC-240902-01",
        "https://t.me/k/61",
        &[
            (
                "https://t.me/k/61\n이 채팅방은 더 이상 검색하거나 입장할 수 없습니다.\n",
                Status::Removed,
            ),
            (
                "No file exists under this link:\nhttps://t.me/k/61\n",
                Status::NotFound,
            ),
            (
                "https://t.me/k/61 has not been removed from X. It has been withheld\nin South Korea, so it is not visible to users there, but it remains viewable in\nother countries.\n",
                Status::Restricted,
            ),
            (
                "The channel post https://t.me/k/61 will not be removed: our moderators reviewed\nit and found that it does not break Telegram's Terms of Service.\n",
                Status::Rejected,
            ),
        ],
    );
    // Still no status while the moderators have yet to look.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/62 will not be removed: our moderators will review it first.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
}

#[test]
fn refusals_and_dead_links_in_more_words() {
    assert_reply_claims(
        "KCSC-240902-01",
        "https://t.me/k/70",
        &[
            (
                "The invite link https://t.me/k/70 is invalid: it has expired or never\nexisted, and we could not identify a server behind it.\n",
                Status::NotFound,
            ),
            (
                "We do not host https://t.me/k/70 and cannot remove content stored by others. We are taking no further action on this URL.\n",
                Status::Rejected,
            ),
            (
                "We have reviewed your complaint about https://t.me/k/70. Your complaint concerns the content of the site rather than DNS abuse, so under our policy we will not suspend the domain.\n",
                Status::Rejected,
            ),
        ],
    );
    // A review still going on, given first, is no reason to refuse.
    let x = reply_to(
        "KCSC-240902-01",
        "Our review of https://t.me/k/71 is still in progress, so we will not remove it for now.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
}

#[test]
fn round_forty_one_fixes() {
    // A legend in the body explains the codes of an export.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240902-01\nMessage-ID: <l1@x.com>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nAttached is the export for your request.\n\nStatus legend:\n  DELETED   = file removed and its hash blocked from re-upload\n  NOT_FOUND = the link did not lead to any file on our side\n  KEPT      = reviewed, no violation found, file stays online\n--b\nContent-Type: text/csv; name=\"r.csv\"\nContent-Disposition: attachment; filename=\"r.csv\"\n\nlink,status,comment\nhttps://t.me/k/80,DELETED,\nhttps://t.me/k/81,NOT_FOUND,\nhttps://t.me/k/82,KEPT,licensed trailer\n--b--\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/80".to_string(), Status::Removed),
            ("https://t.me/k/81".to_string(), Status::NotFound),
            ("https://t.me/k/82".to_string(), Status::Rejected),
        ]
    );
    // A code for a block in one country.
    assert_eq!(
        crate::extract::status::said("blocked in country", &[]),
        crate::extract::status::Said::Stated(Status::Restricted)
    );
    // "Only one of them" ("… 중 40517번 게시물만 삭제되었으며"): not both.
    let x = reply_to(
        "KCSC-240902-01",
        "요청하신 https://t.me/k/83 및 https://t.me/k/84 게시물 중 83번 게시물만 삭제되었으며, 84번 게시물은 운영원칙에 위배되지 않아 게시가 유지됩니다.\n",
    );
    assert!(
        !claims_in(&x).contains(&("https://t.me/k/84".to_string(), Status::Removed)),
        "{:?}",
        x.claims
    );
    // A guess, its sentence broken before a colon later in the line.
    let x = reply_to(
        "KCSC-240902-01",
        "Looking at https://t.me/k/85 from our side, it appears the origin\nhas already taken the page offline: our edge has been getting 522 errors.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // The uploader purged the image: not found.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/86 - nothing for us to remove, the uploader purged this\nimage before we got to it and the link is dead.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/86".to_string(), Status::NotFound)]
    );
}

#[test]
fn round_forty_two_fixes() {
    // One subject, three acts; the last "left … available because …".
    let x = reply_to(
        "KCSC-240902-01",
        "Having reviewed them, we removed https://t.me/k/90 for violating our Community Guidelines, blocked https://t.me/k/91 from view in South Korea only on the basis of local law, and left https://t.me/k/92 available because it breaks neither our policies nor, as far as we can tell, Korean law.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/90".to_string(), Status::Removed),
            ("https://t.me/k/91".to_string(), Status::Restricted),
            ("https://t.me/k/92".to_string(), Status::Rejected),
        ]
    );
    // A correction naming a table row by its number: what that row says is
    // taken back, and what the correction says it is instead is read
    // (round 44: a correction that states the item's status plainly).
    let x = reply_to(
        "KCSC-240902-01",
        "순번 | URL | 조치결과\n1 | https://t.me/k/93 | 게시중단\n3 | https://t.me/k/94 | 삭제\n※ 3번 항목 정정: 위 표에는 '삭제'로 기재되었으나, 확인 결과 해당 게시물은 작성자가 이미 삭제한 게시물입니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/93".to_string(), Status::Removed),
            ("https://t.me/k/94".to_string(), Status::NotFound)
        ]
    );
    // (Without saying what it is instead, the row stays in doubt.)
    let x = reply_to(
        "KCSC-240902-01",
        "순번 | URL | 조치결과\n1 | https://t.me/k/93 | 게시중단\n3 | https://t.me/k/94 | 삭제\n※ 3번 항목 정정: 위 표에는 '삭제'로 기재되었으나, 확인 결과 아직 처리 중입니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/93".to_string(), Status::Removed)]
    );
    // Blocked for Korean IP addresses: a restriction.
    let x = reply_to(
        "KCSC-240902-01",
        "We have blocked access from Korean IP addresses to https://t.me/k/95.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/95".to_string(), Status::Restricted)]
    );
    // "임시조치되어 있습니다"; and a statement below one URL is not the
    // statement of the next paragraph's URL.
    let x = reply_to(
        "KCSC-240902-01",
        "지식iN 질문\n<https://t.me/k/96>\n은 운영정책에 따라 삭제되었습니다.\n\n네이버 포스트 게시물\n<https://t.me/k/97>\n은 현재 게시가 제한된 상태입니다.\n\n<https://t.me/k/98>\n은 임시조치되어 있습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/96".to_string(), Status::Removed),
            ("https://t.me/k/98".to_string(), Status::Restricted),
        ]
    );
}

#[test]
fn round_forty_two_misses_read() {
    assert_reply_claims(
        "KCSC-240902-01",
        "https://t.me/k/100",
        &[
            (
                "After reviewing your request against applicable local law, X has withheld\nthe following Posts in South Korea:\n\nhttps://t.me/k/100\n",
                Status::Restricted,
            ),
            (
                "요청번호 관련하여, 아래 게시물에 대하여 정보통신망법\n제44조의2에 따른 게시중단(임시조치)을 실시하였음을 알려드립니다.\n\nhttps://t.me/k/100\n",
                Status::Restricted,
            ),
            (
                "말씀 주신 카페 글 확인해서 둘 다 내렸습니다.\nhttps://t.me/k/100\n",
                Status::Removed,
            ),
        ],
    );
    // A decision made ("결정을 내렸습니다") is no taking down, and "after
    // review" before a promise is still a promise.
    for body in [
        "https://t.me/k/101 에 대해 검토 후 결정을 내렸습니다.\n",
        "After review, we will remove https://t.me/k/101.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert!(
            !claims_in(&x).iter().any(|(_, s)| *s == Status::Removed),
            "{body}: {:?}",
            x.claims
        );
    }
}

#[test]
fn round_forty_three_fixes() {
    // An act ending on a comma is not the act of the next line's URL.
    for body in [
        "https://t.me/k/110은 판매 연락처가 포함된 게시물로 확인되어 오늘 오전 삭제 조치하였으며,\nhttps://t.me/k/111에 대해서는 게시자 소명 기간을 고려하여 별도 절차를 밟고 있습니다.\n",
        "We removed https://t.me/k/110 this morning,\nhttps://t.me/k/111 is with our legal team.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(
            claims_in(&x),
            vec![("https://t.me/k/110".to_string(), Status::Removed)],
            "{body}"
        );
    }
    // (A list that only goes on is still one sentence.)
    let x = reply_to(
        "KCSC-240902-01",
        "We removed https://t.me/k/110,\nhttps://t.me/k/111 and https://t.me/k/112 for spam.\n",
    );
    assert_eq!(claims_in(&x).len(), 3, "{:?}", x.claims);
    // 임시조치 applied; items numbered "Item 1:" and an outcome by number.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/113에 대해서는 게시자 소명 기간을 고려하여 임시조치(30일)를 적용하였습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/113".to_string(), Status::Restricted)]
    );
    let x = reply_to(
        "KCSC-240902-01",
        "We have reviewed the following items:\n\nItem 1: https://t.me/k/114\nItem 2: https://t.me/k/115\n\nOutcome: item 1 was removed for violating our Community Guidelines; item 2 has been blocked in South Korea under local law.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/114".to_string(), Status::Removed),
            ("https://t.me/k/115".to_string(), Status::Restricted),
        ]
    );
    // Deleted first by its author; an age gate, explicitly not a deletion.
    assert_reply_claims(
        "KCSC-240902-01",
        "https://t.me/k/116",
        &[
            (
                "88140번 글은 작성자가 먼저 삭제했네요 (https://t.me/k/116).\n",
                Status::NotFound,
            ),
            (
                "https://t.me/k/116 has been marked NSFW: it is now hidden\nbehind the age gate and cannot be viewed by logged-out visitors or by\naccounts without age verification. It has not been deleted.\n",
                Status::Restricted,
            ),
        ],
    );
    // An "Update:" that names the email's one item by a word for it ("the
    // video") says what it is now. (Round 72 changed this: "a second
    // review" had been taken for a place in a list, "the second", and the
    // update had been left in doubt; blind-390's writer reads such an update
    // as the news.)
    let x = reply_to(
        "KCSC-240902-01",
        "Regarding https://t.me/k/117: on 17 September this video was restricted so that it could not be viewed in South Korea.\n\nUpdate: after a second review, the video has now been removed globally.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/117".to_string(), Status::Removed)]
    );
    // One that names no item at all still puts what came before it in doubt.
    let x = reply_to(
        "KCSC-240902-01",
        "Regarding https://t.me/k/117: on 17 September this video was restricted so that it could not be viewed in South Korea.\n\nUpdate: after a second review, we have changed our decision.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
}

#[test]
fn round_forty_seven_fixes() {
    // A later sentence on the URL's own line, its subject left out.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/141 게시물은 9월 5일 우선 임시조치하였습니다. 이후 추가 검토에서 불법 의약품 판매 게시물로 확인되어 9월 9일 최종적으로 삭제 처리하였습니다.\n\nhttps://t.me/k/142 게시물은 작성자가 직접 삭제하여 더 이상 존재하지 않습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/141".to_string(), Status::Removed),
            ("https://t.me/k/142".to_string(), Status::NotFound),
        ]
    );
    // Echoed report blocks: an outcome that runs on in lower case; a
    // "■ 처리 결과 (1)" head with its outcome below.
    let x = reply_to(
        "KCSC-240902-01",
        "Reported content: https://t.me/k/143\nReason given: Illegal sale of drugs\nOutcome: Removed - violates our rules\n-----\nReported content: https://t.me/k/144\nReason given: Illegal sale of drugs\nOutcome: Not actioned - the post had already been deleted by the account\nholder before our review\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/143".to_string(), Status::Removed),
            ("https://t.me/k/144".to_string(), Status::NotFound),
        ]
    );
    let x = reply_to(
        "KCSC-240902-01",
        "■ 신고 내용 (1)\n - 신고 대상 : https://t.me/k/145\n - 신고 사유 : 불법 도박 홍보\n■ 처리 결과 (1)\n - 게시중단(블라인드) 처리되었습니다.\n■ 신고 내용 (2)\n - 신고 대상 : https://t.me/k/146\n - 신고 사유 : 불법 도박 홍보\n■ 처리 결과 (2)\n - 권리침해 여부 판단이 어려워 30일간 임시조치(게시 중단) 되었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/145".to_string(), Status::Removed),
            ("https://t.me/k/146".to_string(), Status::Restricted),
        ]
    );
    // The body says deleted, an appended result block says kept: in doubt.
    let x = reply_to(
        "KCSC-240902-01",
        "요청하신 게시물 https://t.me/k/147 은\n개인정보 노출로 판단되어 운영자 삭제 처리하였습니다.\n------\n[처리 내역 - 시스템 자동 생성]\n대상: https://t.me/k/147\n결과: 유지\n사유: 위반 사항 없음\n------\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
}

#[test]
fn round_forty_five_fixes() {
    // An echoed report form: each record's "[처리 결과]" is its own.
    let x = reply_to(
        "KCSC-240902-01",
        "[신고 접수 내용]\n신고 URL: https://t.me/k/130\n신고 사유: 음란물\n[처리 결과]\n게시물 삭제 및 게시자 이용제한\n[신고 접수 내용]\n신고 URL: https://t.me/k/131\n신고 사유: 음란물\n[처리 결과]\n운영정책 위반 사항 없음 (게시물 유지)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/130".to_string(), Status::Removed),
            ("https://t.me/k/131".to_string(), Status::Rejected),
        ]
    );
    // A summary that disagrees with the one item's detail: in doubt.
    let x = reply_to(
        "KCSC-240902-01",
        "[처리 결과 요약] 삭제 완료\n\n[상세 내용]\n- 대상 게시물: https://t.me/k/132\n- 처리 내용: 위반 사항이 확인되지 않아 게시물 유지\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // A note labelled with a table's cell value is about those rows.
    let x = reply_to(
        "KCSC-240902-01",
        "Reported URL | Action | Scope\nhttps://t.me/k/133 | Removed | Global\nhttps://t.me/k/134 | No action | –\nNo action: we found no violation of our rules or of Korean law.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/133".to_string(), Status::Removed),
            ("https://t.me/k/134".to_string(), Status::Rejected),
        ]
    );
    // "위 두 개는 …" below two bare URLs; a row number before each URL.
    let x = reply_to(
        "KCSC-240902-01",
        "보내주신 글들 확인했습니다.\nhttps://t.me/k/135\nhttps://t.me/k/136\n위 두 개는 방금 삭제했고요,\n",
    );
    assert_eq!(claims_in(&x).len(), 2, "{:?}", x.claims);
    let x = reply_to(
        "KCSC-240902-01",
        " 1  https://t.me/k/135  삭제\n 2  https://t.me/k/136  게시물 없음(작성자 삭제)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/135".to_string(), Status::Removed),
            ("https://t.me/k/136".to_string(), Status::NotFound),
        ]
    );
    // A correction of a message below it (a ticket's history, newest
    // first): the older statement below is not the corrected one.
    let x = reply_to(
        "KCSC-240902-01",
        "Hello,\nA correction to my message below: https://t.me/k/137 was not blocked\nafter all. A second reviewer found that it does not break our rules, so it\nstays up.\n----------------------------------------------\nIlya (Support)\nHello,\nhttps://t.me/k/137 has been blocked.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // An echoed report, then "Our decision: …" set off by a blank line.
    let x = reply_to(
        "KCSC-240902-01",
        "Here's a copy of what you sent us:\n\n  Reference: KCSC-240902-01\n  Content reported: https://t.me/k/138\n  Reason: Sale of illegal goods\n\nOur decision: we removed the post because it goes against our Community\nGuidelines.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/138".to_string(), Status::Removed)]
    );
    // A sentence that goes on after "(URL)" in lower case.
    let x = reply_to(
        "KCSC-240902-01",
        "The post at https://t.me/k/139 has been removed.\n\nWe could not take action on u/someone (https://t.me/k/140)\nbecause that account had already been deleted by its owner.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/139".to_string(), Status::Removed),
            ("https://t.me/k/140".to_string(), Status::NotFound),
        ]
    );
    // (One that agrees is no doubt.)
    let x = reply_to(
        "KCSC-240902-01",
        "[처리 결과 요약] 삭제 완료\n\n[상세 내용]\n- 대상 게시물: https://t.me/k/132\n- 처리 내용: 게시물 삭제 완료\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/132".to_string(), Status::Removed)]
    );
}

#[test]
fn round_forty_four_fixes() {
    // A correction naming its item and saying what it is now: read.
    for body in [
        "We have blocked https://t.me/k/120 and https://t.me/k/121.\n\nCorrection to the line above: https://t.me/k/121 was not blocked globally. It has\nbeen made unavailable to users in South Korea only, under local law, and\nremains visible in other countries.\n",
        "요청하신 게시물 https://t.me/k/120, https://t.me/k/121 두 건 모두 블라인드 처리하였습니다.\n\n[정정 안내] 위 안내 중 https://t.me/k/121 게시물은 블라인드가 아닌 30일 임시조치로\n처리되었습니다. 혼선을 드려 죄송합니다.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        let mut got = claims_in(&x);
        got.sort();
        assert_eq!(
            got,
            vec![
                ("https://t.me/k/120".to_string(), Status::Removed),
                ("https://t.me/k/121".to_string(), Status::Restricted),
            ],
            "{body}"
        );
    }
    // One that only takes the statement back, or says nothing plain: in doubt.
    for body in [
        "We have blocked https://t.me/k/120 and https://t.me/k/121.\n\nCorrection: https://t.me/k/121 is marked blocked above in error; it is still under review.\n",
        "We have blocked https://t.me/k/120 and https://t.me/k/121.\n\nCorrection to the line above: https://t.me/k/121 was not blocked. We may restrict it in Korea later.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(
            claims_in(&x),
            vec![("https://t.me/k/120".to_string(), Status::Removed)],
            "{body}"
        );
    }
}

#[test]
fn a_statement_under_a_url_alone_is_that_urls() {
    // "the message at\nURL1\nhas been removed, and the server at URL2 has
    // been removed": URL1's own statement, wrapped around it.
    let x = reply_to(
        "KCSC-240902-01",
        "Thank you for reaching out to Discord. Our Trust & Safety team has reviewed\nyour report and taken action: the message at\nhttps://t.me/k/120\nhas been removed, and the server at https://t.me/k/121 has been removed from Discord.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/120".to_string(), Status::Removed),
            ("https://t.me/k/121".to_string(), Status::Removed),
        ]
    );
    // "Update: URL has been removed" is the news itself, not a correction.
    let x = reply_to(
        "KCSC-240902-01",
        "We have received your report.\n\nUpdate: https://t.me/k/122 has been removed.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/122".to_string(), Status::Removed)]
    );
}

#[test]
fn round_forty_eight_fixes() {
    // A correction that says in its own clause what is true now.
    let x = reply_to(
        "KCSC-240902-01",
        "지난 9월 11일 회신에서 https://t.me/k/151 게시물을 임시조치하였다고 안내드렸으나, 이는 잘못 안내된 것으로, 해당 게시물은 임시조치가 아니라 삭제 처리되었음을 정정하여 알려드립니다.\n\nhttps://t.me/k/152 게시물은 기존 안내와 같이 임시조치 상태입니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/151".to_string(), Status::Removed),
            ("https://t.me/k/152".to_string(), Status::Restricted),
        ]
    );
    // Not a measure undone, nor an error that runs into what was wrong.
    for body in [
        "https://t.me/k/153 was removed in error, and it has been restored.",
        "https://t.me/k/153 was wrongly marked as removed; it is still visible.",
        "Our reply of 3 September was wrong: https://t.me/k/153 was not removed, it is still under review.",
    ] {
        assert!(
            claims_in(&reply_to("KCSC-240902-01", body)).is_empty(),
            "{body}"
        );
    }
    // Age gates, in Korean and on a forum.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/154 게시글은 청소년 유해 게시물로 지정하여, 성인 인증을 마친 회원만 볼 수 있도록 제한하였습니다. https://t.me/k/155 게시글은 아직 검토 중입니다.\n\nWe moved the thread https://t.me/k/156 to the adult section. It is now only shown to logged-in users who passed our age verification.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/154".to_string(), Status::Restricted),
            ("https://t.me/k/156".to_string(), Status::Restricted),
        ]
    );
}

#[test]
fn round_forty_nine_fixes() {
    // Asking for more: "we cannot act on URL alone" decides nothing; nor
    // does a policy on a kind of thing ("We do not remove whole threads
    // because of a single post").
    for body in [
        "Invite links can expire or be reused, so we cannot act on https://t.me/k/161 alone. Could you please send us message links?",
        "https://t.me/k/161 is a thread with over 300 replies. Could you tell us\nwhich post numbers contain the content you are reporting? We do not remove\nwhole threads because of a single post.",
    ] {
        assert!(
            claims_in(&reply_to("KCSC-240902-01", body)).is_empty(),
            "{body}"
        );
    }
    // One sentence across lines, an act per clause.
    let x = reply_to(
        "KCSC-240902-01",
        "We have completed our review: we removed https://t.me/k/162 and\nhttps://t.me/k/163 for violating the X Rules on illegal and regulated goods,\nwithheld https://t.me/k/164 in South Korea only, and took no action on\nhttps://t.me/k/165 because it does not break the X Rules or the law you cite.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/162".to_string(), Status::Removed),
            ("https://t.me/k/163".to_string(), Status::Removed),
            ("https://t.me/k/164".to_string(), Status::Restricted),
            ("https://t.me/k/165".to_string(), Status::Rejected),
        ]
    );
    // A note under a table that says the posts above are still being
    // reviewed: neither is taken.
    for body in [
        "처리 현황입니다.\nURL | 조치결과\nhttps://t.me/k/166 | 삭제\n※ 위 표의 게시물은 현재 권리침해 여부 검토가 진행 중이며, 조치가 완료되면 다시 안내드리겠습니다.\n",
        "https://t.me/k/166 - removed\nhttps://t.me/k/167 - removed\n\nNote: the posts above are still under review; we will update you when a decision is made.\n",
    ] {
        assert!(
            claims_in(&reply_to("KCSC-240902-01", body)).is_empty(),
            "{body}"
        );
    }
    // A record's own statement is not the next record's.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/168\nThis was removed on 10 September 2024 for violating our Terms of Use.\n\nhttps://t.me/k/169\nWe are keeping this file available. It is the installer of a media player.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/168".to_string(), Status::Removed)]
    );
    // A list with one statement below it is still that statement's.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/170\nhttps://t.me/k/171\nBoth were removed.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/170".to_string(), Status::Removed),
            ("https://t.me/k/171".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_forty_nine_misses() {
    let x = reply_to(
        "KCSC-240902-01",
        "5. https://t.me/k/181\n   → 임시조치(30일) 적용\n6. https://t.me/k/182\n   → 정치 풍자 게시물로, 특정 개인의 정보가 포함되어 있지 않아 유지\n\n\
요청하신 https://t.me/k/183 도메인에 대하여 2024년 9월 9일 등록정지(Hold) 조치를 완료하였습니다.\n\n\
I've set https://t.me/k/184 to private, so only the author can see it now.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/181".to_string(), Status::Restricted),
            ("https://t.me/k/182".to_string(), Status::Rejected),
            ("https://t.me/k/183".to_string(), Status::Removed),
            ("https://t.me/k/184".to_string(), Status::Removed),
        ]
    );
    // Kept up "in a way that warrants removal, but age-restricted": one outcome.
    let x = reply_to(
        "KCSC-240902-01",
        "We reviewed the video below:\n\nhttps://t.me/k/185\n\nIt does not violate our Community Guidelines in a way that warrants\nremoval, but we have age-restricted it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/185".to_string(), Status::Restricted)]
    );
    // A note on a table's last row is that row's.
    let x = reply_to(
        "KCSC-240902-01",
        "Reported URL | Decision\nhttps://t.me/k/186 | Removed\nhttps://t.me/k/187 | No action\nNote on the last row: the post quotes a press article. We found no breach of our rules, so the post stays up.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/186".to_string(), Status::Removed),
            ("https://t.me/k/187".to_string(), Status::Rejected),
        ]
    );
    // "Two of …:" over exactly two URLs; not "One of the links below".
    let x = reply_to(
        "KCSC-240902-01",
        "Two of the message links in your request have been taken down:\nhttps://t.me/k/188 and https://t.me/k/189.\nThe other links are still with our specialists.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/188".to_string(), Status::Removed),
            ("https://t.me/k/189".to_string(), Status::Removed),
        ]
    );
    let x = reply_to(
        "KCSC-240902-01",
        "One of the links below has been removed:\nhttps://t.me/k/188\nhttps://t.me/k/189\n",
    );
    assert!(claims_in(&x).is_empty());
}

#[test]
fn round_fifty_misses() {
    let x = reply_to(
        "KCSC-240902-01",
        "• https://t.me/k/191\n  - 처리 결과: 게시글 숨김 처리 (밴드 멤버 및 외부 모두 열람 불가)\n\n\
5. https://t.me/k/192 - 임시조치(30일) 하여 현재 열람이 제한된 상태입니다.\n\n\
pulled <https://t.me/k/193> from the customer's webroot just now.\n\n\
the drawing thread (https://t.me/k/194) is region-locked now, posters from KR IPs get a 451.\n\n\
https://t.me/k/195 has been marked as harmful to minors. It is now shown only to logged-in adults after age verification.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/191".to_string(), Status::Removed),
            ("https://t.me/k/192".to_string(), Status::Restricted),
            ("https://t.me/k/193".to_string(), Status::Removed),
            ("https://t.me/k/194".to_string(), Status::Restricted),
            ("https://t.me/k/195".to_string(), Status::Restricted),
        ]
    );
    // A host's suspension page over the list it covers.
    let x = reply_to(
        "KCSC-240902-01",
        "Both now show our suspension page and no longer serve the customer's content:\nhttps://t.me/k/196\nhttps://t.me/k/197\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/196".to_string(), Status::Removed),
            ("https://t.me/k/197".to_string(), Status::Removed),
        ]
    );
    // A table aligned with spaces: its first row is not its header's.
    let x = reply_to(
        "KCSC-240902-01",
        "2. 아래와 같이 조치하였음을 회신합니다.\n  순번  조치결과        대상 정보\n  1     삭제            https://t.me/k/198\n  2     미조치(유지)    https://t.me/k/199\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/198".to_string(), Status::Removed),
            ("https://t.me/k/199".to_string(), Status::Rejected),
        ]
    );
    // Results given by an echoed form's labels.
    let x = reply_to(
        "KCSC-240902-01",
        "[신고 접수 내용]\n요청 번호 : KCSC-240902-01\n신고 URL 1 : https://t.me/k/200\n신고 URL 2 : https://t.me/k/201\n[처리 결과]\n신고 URL 1 : 삭제\n신고 URL 2 : 게시물 없음 (작성자 자진 삭제)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/200".to_string(), Status::Removed),
            ("https://t.me/k/201".to_string(), Status::NotFound),
        ]
    );
    // "→ 질문글 전체 삭제"; not a count in a reference ("KCSC-…-06 건").
    let x = reply_to(
        "KCSC-240902-01",
        "1) <https://t.me/k/202>\n   → 답변을 포함한 질문글 전체 삭제\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/202".to_string(), Status::Removed)]
    );
    assert_eq!(
        crate::extract::stated_count("KCSC-240910-06 건으로 요청하신 게시물"),
        None
    );
    assert_eq!(
        crate::extract::stated_count("위 게시물 총 6건을 삭제"),
        Some(6)
    );
}

#[test]
fn round_fifty_one_fixes() {
    // A sanction on the writer is no geo-block of the posts.
    let x = reply_to(
        "KCSC-240902-01",
        "말씀하신 게시물 두 건은 확인 결과 문제 게시물로 판단되어\n게시물 삭제 및 작성자 IP 차단 조치하였습니다.\n- https://t.me/k/211\n- https://t.me/k/212\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/211".to_string(), Status::Removed),
            ("https://t.me/k/212".to_string(), Status::Removed),
        ]
    );
    // Echoed report records between rules of '=': each its own result,
    // none the next record's.
    let x = reply_to(
        "KCSC-240902-01",
        "[신고 내용]\n접수번호 : DCR-1\n신고 게시물 : https://t.me/k/213\n[처리 결과]\n처리 상태 : 처리 완료\n조치 내용 : 게시물 삭제, 작성자 이용 제한 30일\n========================================\n[신고 내용]\n접수번호 : DCR-2\n신고 게시물 : https://t.me/k/214\n[처리 결과]\n처리 상태 : 처리 완료\n조치 내용 : 조치하지 않음 (신고 게시물에서 해당 콘텐츠가 확인되지 않음)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/213".to_string(), Status::Removed),
            ("https://t.me/k/214".to_string(), Status::Rejected),
        ]
    );
    // A state the sentence goes on to replace.
    let x = reply_to(
        "KCSC-240902-01",
        "- https://t.me/k/215 was restricted in South Korea on 10 September and has now been removed globally.\n- https://t.me/k/216 was removed, and has since been reinstated after an appeal.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/215".to_string(), Status::Removed),
            ("https://t.me/k/216".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn what_the_full_run_caught_in_rounds_forty_nine_to_fifty_one() {
    // A Korean connective between two URLs' clauses (the clause cut must
    // fall on a character boundary; this panicked).
    let x = reply_to(
        "KCSC-240902-01",
        "요청하신 다음 카페 게시물을 확인하였으나,\nhttps://t.me/k/221 게시물은 이미 삭제된 것으로 보이며,\nhttps://t.me/k/222 게시물도 카페 운영진에 의해 정리되었을 수 있습니다.\n",
    );
    assert!(claims_in(&x).is_empty());
    // "left alone" after a removal is no condition on it.
    let x = reply_to(
        "KCSC-240902-01",
        "1. https://t.me/k/223 - deleted\n3. https://t.me/k/224 - post deleted (the rest of the thread was left alone)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/223".to_string(), Status::Removed),
            ("https://t.me/k/224".to_string(), Status::Removed),
        ]
    );
    // A note on what the measure shows is no decision still to come.
    let x = reply_to(
        "KCSC-240902-01",
        "we have withheld the following posts in South Korea:\n  * https://t.me/k/225\n  * https://t.me/k/226\nThese posts will display a notice to viewers in South Korea stating that\nthey have been withheld in KR based on local law(s).\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/225".to_string(), Status::Restricted),
            ("https://t.me/k/226".to_string(), Status::Restricted),
        ]
    );
}

#[test]
fn round_fifty_two_fixes() {
    // A bare "and" before a URL that starts a clause of its own.
    let x = reply_to(
        "KCSC-240902-01",
        "Of those four, https://t.me/k/231 and https://t.me/k/232 have been removed for violating the X Rules, while\nhttps://t.me/k/233 has been withheld in South Korea under local law and https://t.me/k/234 remains\navailable because we did not find it to violate our rules or Korean law.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/231".to_string(), Status::Removed),
            ("https://t.me/k/232".to_string(), Status::Removed),
            ("https://t.me/k/233".to_string(), Status::Restricted),
            ("https://t.me/k/234".to_string(), Status::Rejected),
        ]
    );
    // Not a list joined by "and" under one act.
    let x = reply_to(
        "KCSC-240902-01",
        "We removed https://t.me/k/235 and https://t.me/k/236 under our policy.\nThey will not be restored.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/235".to_string(), Status::Removed),
            ("https://t.me/k/236".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn a_table_the_text_contradicts_on_one_row_is_not_taken() {
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240902-01\nMessage-ID: <t52@x.com>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n\
<p>Hello,</p><table><tr><th>Post</th><th>Result</th></tr>\
<tr><td>https://t.me/k/237</td><td>Withheld (KR)</td></tr>\
<tr><td>https://t.me/k/238</td><td>Removed</td></tr></table>\
<p>For clarity: no action was taken on https://t.me/k/238, as the post does not violate our rules.</p>\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    assert_eq!(x.conflicts.len(), 2, "{:?}", x.conflicts);
}

#[test]
fn a_former_state_then_what_it_is_now() {
    let x = reply_to(
        "KCSC-240902-01",
        "Following up on our earlier message: we had initially blocked https://t.me/k/241 in South\nKorea. After further review the video was found to violate our harassment\npolicy as well, and it has since been removed from YouTube globally.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/241".to_string(), Status::Removed)]
    );
    // A later sentence that is itself hedged changes nothing.
    let x = reply_to(
        "KCSC-240902-01",
        "We had initially blocked https://t.me/k/242 in South Korea. It may now be removed globally after a further review.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
}

#[test]
fn round_fifty_three_misses() {
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/251\n→ 정보통신망법에 따른 임시조치 (30일)\n\nThread No.55187 ( https://t.me/k/252 ) is now hidden from visitors in South Korea by our region filter. It remains visible elsewhere.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/251".to_string(), Status::Restricted),
            ("https://t.me/k/252".to_string(), Status::Restricted),
        ]
    );
    // A footnote marked "*" is the row marked with it.
    let x = reply_to(
        "KCSC-240902-01",
        "URL                     Action       Date\n----------------------  -----------  ----------\nhttps://t.me/k/253      Removed      2024-09-06\nhttps://t.me/k/254      No action*   -\n* The customer showed us that the site only sells blank card holders; we\n  found nothing that breaches our terms, so it stays up.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/253".to_string(), Status::Removed),
            ("https://t.me/k/254".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn what_the_last_full_run_caught() {
    // A bare "and" whose clause says nothing by itself up to its comma:
    // the act before it is its.
    let x = reply_to(
        "KCSC-240902-01",
        "Following your request (Case #5520931): we blocked\nhttps://t.me/k/261 and https://t.me/k/262 for breaching our Terms of Service, whereas https://t.me/k/263 could not be found, as no message with that ID exists in the channel.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/261".to_string(), Status::Removed),
            ("https://t.me/k/262".to_string(), Status::Removed),
            ("https://t.me/k/263".to_string(), Status::NotFound),
        ]
    );
    // "운영자 삭제 및 작성자 IP 차단": the post's measure stays when the
    // writer's sanction is set aside.
    let x = reply_to(
        "KCSC-240902-01",
        "1. https://t.me/k/264\n   → 운영자 삭제 및 작성자 IP 차단\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/264".to_string(), Status::Removed)]
    );
}

#[test]
fn round_fifty_four_fixes() {
    // A lesser measure refused because a greater one already stands.
    let x = reply_to(
        "KCSC-240902-01",
        "- We have not withheld the account https://t.me/k/271 in South Korea, because it had already been suspended globally earlier this week for violating our rules.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/271".to_string(), Status::Removed)]
    );
    // A refusal with its own reason stays a refusal.
    let x = reply_to(
        "KCSC-240902-01",
        "- We have not withheld https://t.me/k/272 in South Korea, because it does not violate our rules.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/272".to_string(), Status::Rejected)]
    );
    // A relative clause that only guesses about the second URL.
    let x = reply_to(
        "KCSC-240902-01",
        "The video https://t.me/k/273 has been actioned under our policies, which may also have affected the re-upload at https://t.me/k/274.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/273".to_string(), Status::Removed)]
    );
    assert!(x.hedged.contains(&"https://t.me/k/274".to_string()));
}

#[test]
fn round_fifty_four_misses() {
    // One decision field closing a run of bare URLs is the whole run's.
    let x = reply_to(
        "KCSC-240902-01",
        "■ 대상 게시물\n - https://t.me/k/281\n - https://t.me/k/282\n■ 처리 결과: 임시조치 (30일간 접근 차단)\n■ 처리 일시: 2024.09.09\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/281".to_string(), Status::Restricted),
            ("https://t.me/k/282".to_string(), Status::Restricted),
        ]
    );
    // "respectively": the acts are the URLs', in order.
    let x = reply_to(
        "KCSC-240902-01",
        "The posts https://t.me/k/283, https://t.me/k/284 and https://t.me/k/285 have been, respectively, withheld in South Korea, removed for violating our rules, and left up because we found no violation.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/283".to_string(), Status::Restricted),
            ("https://t.me/k/284".to_string(), Status::Removed),
            ("https://t.me/k/285".to_string(), Status::Rejected),
        ]
    );
    // (Not when the acts do not match the URLs one to one.)
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/286 and https://t.me/k/287 were, respectively, removed and left up, pending review.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    // A scope after the URLs goes with the act before them.
    let x = reply_to(
        "KCSC-240902-01",
        "We have blocked https://t.me/k/288 and https://t.me/k/289 for users in South Korea, https://t.me/k/290 has been taken down for all users.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/288".to_string(), Status::Restricted),
            ("https://t.me/k/289".to_string(), Status::Restricted),
            ("https://t.me/k/290".to_string(), Status::Removed),
        ]
    );
    // A correction with a date in brackets is labelled as one.
    let x = reply_to(
        "KCSC-240902-01",
        "We have withheld the following posts in South Korea:\n\nhttps://t.me/k/291\nhttps://t.me/k/292\n\nCorrection (added 30 September): after an internal escalation, https://t.me/k/292 has since been removed globally, not only withheld in South Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/291".to_string(), Status::Restricted),
            ("https://t.me/k/292".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn notes_and_replies_placed_on_one_item() {
    // "Note on row 2" gives the row whose cell says nothing its status.
    let x = reply_to(
        "KCSC-240902-01",
        "1 | https://t.me/k/301 | Withheld in KR\n2 | https://t.me/k/302 | See note\n3 | https://t.me/k/303 | Removed\n\nNote on row 2: the post had already been deleted by its author before our review.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/301".to_string(), Status::Restricted),
            ("https://t.me/k/302".to_string(), Status::NotFound),
            ("https://t.me/k/303".to_string(), Status::Removed),
        ]
    );
    // "For the third file …" under a table of one URL per line.
    let x = reply_to(
        "KCSC-240902-01",
        "Link                    Result       Note\n----------------------  -----------  ----------\nhttps://t.me/k/304      removed\nhttps://t.me/k/305      removed\nhttps://t.me/k/306      not removed  licence\n\nFor the third file the uploader sent us his agreement with the publisher.\nWe do not consider the file infringing, so it stays available.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/304".to_string(), Status::Removed),
            ("https://t.me/k/305".to_string(), Status::Removed),
            ("https://t.me/k/306".to_string(), Status::Rejected),
        ]
    );
    // An inline reply over several lines, and one below another item's
    // quote is not the first item's correction.
    let x = reply_to(
        "KCSC-240902-01",
        "replies inline.\n\n> 1. <https://t.me/k/307>\n\nThat thread was already pruned from the board before we saw your mail.\n\n> 2. <https://t.me/k/308>\n\nRead the whole thread. It's a discussion, nothing in it breaks our rules,\nso it stays up.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/307".to_string(), Status::NotFound),
            ("https://t.me/k/308".to_string(), Status::Rejected),
        ]
    );
    // A statement below a list that points back at it with a pronoun.
    let x = reply_to(
        "KCSC-240902-01",
        "Our team took a second look at the following two videos:\n\n  * https://t.me/k/309\n  * https://t.me/k/310\n\nWe have decided not to take any further action on them. Neither video violates our Community Guidelines.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/309".to_string(), Status::Rejected),
            ("https://t.me/k/310".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn round_fifty_four_wordings() {
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/311 : 청소년 유해 게시물로 지정하여 성인 인증 후 열람하도록 제한\nhttps://t.me/k/312\n→ 미니 갤러리 성인인증 게시물로 전환 (성인인증을 하지 않은 이용자는 열람 불가)\n\nhttps://t.me/k/313\nstatus: kept online\n\n- https://t.me/k/314 : blinded\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/311".to_string(), Status::Restricted),
            ("https://t.me/k/312".to_string(), Status::Restricted),
            ("https://t.me/k/313".to_string(), Status::Rejected),
            ("https://t.me/k/314".to_string(), Status::Removed),
        ]
    );
    // "can't locate"; "not found - IP not in our network"; a policy link in
    // the sentence after the URL's own.
    let x = reply_to(
        "KCSC-240902-01",
        "The address was released from our network, so we can't locate\nhttps://t.me/k/315 on our systems.\n\nWe looked at https://t.me/k/316. Nothing on the page breaches our acceptable use policy\n(https://host.example/legal/aup), so we will not take action against it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/315".to_string(), Status::NotFound),
            ("https://t.me/k/316".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn what_the_full_run_on_round_fifty_four_caught() {
    // A decision line the details below contradict: not the item's note.
    let x = reply_to(
        "KCSC-240902-01",
        "Result for the message you reported:\nhttps://t.me/k/321\n\nDecision: Removed\n\nDetails: After review, we found that this message does not violate our Community Guidelines. No action was taken and the message remains available.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    // A sentence that only points to a policy page says nothing of the URL
    // before it.
    let x = reply_to(
        "KCSC-240902-01",
        "We have withheld the following post in South Korea:\n\nhttps://t.me/k/322\n\nA copy of your request may be published on Lumen (https://lumen.example). More about country-withheld content: https://help.x.com/en/rules\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/322".to_string(), Status::Restricted)]
    );
    // "respectively" after a pair of acts.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/323 and https://t.me/k/324 were blocked and found not to exist, respectively.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/323".to_string(), Status::Removed),
            ("https://t.me/k/324".to_string(), Status::NotFound),
        ]
    );
}

#[test]
fn round_fifty_five_fixes() {
    // A removal said globally "from TikTok" is no restriction.
    let x = reply_to(
        "KCSC-240902-01",
        "Our policy team took a second look at\nhttps://t.me/k/331\nThe video has now been removed from TikTok globally, not only in South Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/331".to_string(), Status::Removed)]
    );
    // Gone now after a removal is what the removal did.
    let x = reply_to(
        "KCSC-240902-01",
        "An update: the server reached through https://t.me/k/332 has been removed for violating our Community Guidelines. Anyone following the invite now sees \"Invite Invalid\".\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/332".to_string(), Status::Removed)]
    );
    // A Korean condition ("조치하지 않으면") decides nothing.
    let x = reply_to(
        "KCSC-240902-01",
        "요청하신 게시글 https://t.me/k/333 은 해당 카페 매니저에게 전달하였습니다.\n카페 매니저가 운영원칙 위반으로 판단할 경우 게시글이 삭제될 수 있으며,\n매니저가 7일 이내에 조치하지 않으면 네이버가 직접 검토하게 됩니다.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
}

#[test]
fn round_fifty_five_misses() {
    let x = reply_to(
        "KCSC-240902-01",
        "・https://t.me/k/341（삭제）\n・https://t.me/k/342 (삭제)\n\n| 3 | https://t.me/k/343 | 조치 제외 (정상 게시물) |\n| 4 | https://t.me/k/344 | 없는 게시물 |\n| 5 | https://t.me/k/345 | 해당 오픈채팅방 없음 |\n\n- https://t.me/k/346 : 불법 도박 홍보로 확인되어 오픈채팅방을 종료(삭제)했습니다.\nhttps://t.me/k/347 - 404, it had already fallen off the\nboard before we looked\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/341".to_string(), Status::Removed),
            ("https://t.me/k/342".to_string(), Status::Removed),
            ("https://t.me/k/343".to_string(), Status::Rejected),
            ("https://t.me/k/344".to_string(), Status::NotFound),
            ("https://t.me/k/345".to_string(), Status::NotFound),
            ("https://t.me/k/346".to_string(), Status::Removed),
            ("https://t.me/k/347".to_string(), Status::NotFound),
        ]
    );
    // "이 두 글은 삭제했습니다" below two bare URLs is said of both.
    let x = reply_to(
        "KCSC-240902-01",
        "요청 주신 글들 확인했고요,\nhttps://t.me/k/348\nhttps://t.me/k/349\n이 두 글은 삭제했습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/348".to_string(), Status::Removed),
            ("https://t.me/k/349".to_string(), Status::Removed),
        ]
    );
    // "We will not take action on this content:" heads its list.
    let x = reply_to(
        "KCSC-240902-01",
        "We reviewed the following content and determined that it does not violate our\nCommunity Guidelines or local law. We will not take action on this content:\nhttps://t.me/k/350\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/350".to_string(), Status::Rejected)]
    );
    // "not only withheld" says less than what follows it.
    let x = reply_to(
        "KCSC-240902-01",
        "These posts were not only withheld in Korea: https://t.me/k/351 and https://t.me/k/352 were removed from X entirely after our review.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/351".to_string(), Status::Removed),
            ("https://t.me/k/352".to_string(), Status::Removed),
        ]
    );
    // A correction of "the second row", and the next sentence about that
    // row's URL says what is true.
    let x = reply_to(
        "KCSC-240902-01",
        "Post URL | Action | Date\nhttps://t.me/k/353 | Withheld in KR | 2024-09-13\nhttps://t.me/k/354 | Withheld in KR | 2024-09-13\nhttps://t.me/k/355 | Removed | 2024-09-13\nCorrection to the table above: the second row is wrong. We did not withhold https://t.me/k/354; by the time we acted it had already been deleted by the account holder.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/353".to_string(), Status::Restricted),
            ("https://t.me/k/354".to_string(), Status::NotFound),
            ("https://t.me/k/355".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_fifty_six_fixes() {
    // "URL1 and\nURL2 have been withheld …": one sentence across the lines,
    // not URL1 under the generic heading.
    let x = reply_to(
        "KCSC-240902-01",
        "Our team has already actioned two of the posts:\nhttps://t.me/k/361 and\nhttps://t.me/k/362 have been withheld in South Korea.\n\nWe are reviewing the remaining items.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/361".to_string(), Status::Restricted),
            ("https://t.me/k/362".to_string(), Status::Restricted),
        ]
    );
    // ", which seems to have been copied from URL2": a guess about URL2.
    let x = reply_to(
        "KCSC-240902-01",
        "We have deleted https://t.me/k/363, which seems to have been copied from https://t.me/k/364. The original post at https://t.me/k/364 is still being checked by our moderators.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/363".to_string(), Status::Removed)]
    );
    // "but not URL2, which … doesn't break our Terms".
    let x = reply_to(
        "KCSC-240902-01",
        "We've blocked https://t.me/k/365 but not https://t.me/k/366, which is a discussion thread that doesn't break our Terms of Service.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/365".to_string(), Status::Removed),
            ("https://t.me/k/366".to_string(), Status::Rejected),
        ]
    );
    // Gone, said to be absent, with no act of the sender's; a lapsed
    // domain; deleted by "the member who posted it".
    let x = reply_to(
        "KCSC-240902-01",
        "<https://t.me/k/367> – the origin now returns 404 and the series page no longer exists, there is nothing left for us to cache.\n\nhttps://t.me/k/368    DELETED - expired 2024-08-30, not renewed\n\nhttps://t.me/k/369\nThis question had already been deleted by the member who posted it before our review.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/367".to_string(), Status::NotFound),
            ("https://t.me/k/368".to_string(), Status::NotFound),
            ("https://t.me/k/369".to_string(), Status::NotFound),
        ]
    );
    // A receipt that asks for documents is a request for information.
    let x = reply_to(
        "KCSC-240902-01",
        "We've received your request KCSC-240902-01. Before we can process it, we\nneed the following:\n\n1. the specific provision of Korean law;\n2. a copy of the Commission's decision.\n\nPlease reply to this email with the documents.\n",
    );
    assert_eq!(x.classification, Classification::RequestForInfo);
}

#[test]
fn corrections_of_the_one_item_above() {
    // A correction after the paragraph's one URL is about it.
    let x = reply_to(
        "KCSC-240902-01",
        "This morning our system reported https://t.me/k/371 as not found. That was a mistake on our side: the message had been moved when the channel was renamed. We have now located it and it has been deleted.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/371".to_string(), Status::Removed)]
    );
    // "위 게시물은 …" corrects the one URL of the paragraph above.
    let x = reply_to(
        "KCSC-240902-01",
        "지난 회신에서 아래 게시물을 임시조치로 안내드렸으나, 안내가 잘못되었습니다.\n\nhttps://t.me/k/372\n\n위 게시물은 임시조치가 아니라 게시중단(블라인드) 처리되었음을 정정하여 알려드립니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/372".to_string(), Status::Removed)]
    );
    // A correction that names another entry by its place is not the
    // paragraph URL's.
    let x = reply_to(
        "KCSC-240902-01",
        "Removed:\nhttps://t.me/k/373\nhttps://t.me/k/374\n\nCorrection: the second one was not removed after all; https://t.me/k/375 was removed instead.\n",
    );
    assert!(
        !claims_in(&x).contains(&("https://t.me/k/374".to_string(), Status::Removed)),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn round_fifty_six_misses() {
    let x = reply_to(
        "KCSC-240902-01",
        "Pulled the image:\nhttps://t.me/k/381\n\nThe link https://t.me/k/382 is invalid: no folder with that ID exists\nin our system.\n\n* https://t.me/k/383 -- moved to members-only view with adult verification; minors can no longer open it\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/381".to_string(), Status::Removed),
            ("https://t.me/k/382".to_string(), Status::NotFound),
            ("https://t.me/k/383".to_string(), Status::Restricted),
        ]
    );
    // A record's result under its own "[처리 결과 N]" head, set off by a
    // blank line.
    let x = reply_to(
        "KCSC-240902-01",
        "[신고 내용 1]\n신고 대상 URL: https://t.me/k/384\n신고 사유: 불법정보\n\n[처리 결과 1]\n임시조치(30일) - 게시물 열람이 제한되었습니다.\n\n[신고 내용 2]\n신고 대상 URL: https://t.me/k/385\n신고 사유: 불법정보\n\n[처리 결과 2]\n삭제\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/384".to_string(), Status::Restricted),
            ("https://t.me/k/385".to_string(), Status::Removed),
        ]
    );
    // "row 12 (URL)" of an attached sheet: the correction is that URL's, and
    // the other statements stand.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/386 has been removed.\n\nOne correction to the sheet: row 12 (https://t.me/k/387) is marked \"removed\" by mistake.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/386".to_string(), Status::Removed)]
    );
}

#[test]
fn fronted_conditions_hedge_their_clause() {
    // "Until we receive it, we cannot take action on the post.": the
    // refusal holds only until a condition is met, as it would if the
    // condition came after it.
    for body in [
        "Thank you for the report about https://t.me/k/391.\n\nTo review it we need a copy of the court order. Until we receive it, we cannot take action on the post.\n",
        "About https://t.me/k/391: without a court order, we will not remove this channel.\n",
        "https://t.me/k/391\nUntil we receive it, we cannot take action on the post.\n",
        "https://t.me/k/391\nUnless the uploader is identified, we are unable to act on this video.\n",
        "https://t.me/k/391\nIf you send us the original complaint, we will remove the post.\n",
        "https://t.me/k/391\n법원의 명령서가 없으면 조치할 수 없습니다.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(claims_in(&x), vec![], "{body}");
    }
    // A status inside the condition itself is no statement either.
    assert_eq!(
        super::status::said(
            "If the uploader appeals and the video is reinstated, we will let you know.",
            &[]
        ),
        super::status::Said::Hedged(Status::Rejected)
    );
    // A clause put first that is no condition, or a condition that ends
    // its sentence, leaves the decision as it is.
    assert_reply_claims(
        "KCSC-240902-01",
        "https://t.me/k/392",
        &[
            (
                "Once we received your report, we removed https://t.me/k/392.\n",
                Status::Removed,
            ),
            (
                "If you have any questions, reply to this email. We have removed https://t.me/k/392.\n",
                Status::Removed,
            ),
            (
                "Because it breaks none of our rules, we will not take action on https://t.me/k/392.\n",
                Status::Rejected,
            ),
            (
                "https://t.me/k/392\nAfter review, we have withheld this channel in South Korea.\n",
                Status::Restricted,
            ),
        ],
    );
}

#[test]
fn round_fifty_seven_fixes() {
    // A paragraph about "the channel" that contradicts the outcome line of
    // a one-item email: neither is taken.
    let x = reply_to(
        "KCSC-240902-01",
        "Outcome for https://t.me/k/391: Removed\n\nWe reviewed the channel you reported and found that it does not violate our Community Guidelines, so we have not taken action on it at this time.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    let x = reply_to(
        "KCSC-240902-01",
        "처리 대상 : https://t.me/k/392\n처리 결과 : 삭제 완료\n\n담당자 의견 :\n검토 결과 해당 게시물은 특정인을 식별할 수 있는 내용이 확인되지 않아\n운영정책 위반으로 보기 어렵습니다. 게시물은 현재 상태로 유지됩니다.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    // Other words about "it" in a one-item email are no refusal of it.
    let x = reply_to(
        "KCSC-240902-01",
        "In response, we have removed the following URL:\n\nhttps://t.me/k/392\n\nPlease note that we do not host this content; to have it removed from the web, contact the site's host.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/392".to_string(), Status::Removed)]
    );
    // A withholding in one country, with the global rules not broken as
    // its reason, is no disagreement.
    let x = reply_to(
        "KCSC-240902-01",
        "Content concerned: https://t.me/k/392\n\nType of restriction: visibility restriction – access to the content disabled in a specific territory\nTerritorial scope of the decision: Republic of Korea\nLegal ground: content considered illegal in the territory named above; the content was not found to violate the X Rules.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/392".to_string(), Status::Restricted)]
    );
    // "in a specific territory (Republic of Korea)" scopes a disabling.
    let x = reply_to(
        "KCSC-240902-01",
        "Content concerned: https://t.me/k/393\nType of restriction: access disabled in a specific territory (Republic of Korea)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/393".to_string(), Status::Restricted)]
    );
}

#[test]
fn round_fifty_seven_misses() {
    // A legend of a sheet's codes in prose is no note on the rows.
    let x = reply_to(
        "KCSC-240902-01",
        "In the status column: deleted = the file is gone from our storage, kept = we reviewed it and found no breach of our terms, so it stays online.\n\nhttps://t.me/k/394 | deleted\nhttps://t.me/k/395 | deleted\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/394".to_string(), Status::Removed),
            ("https://t.me/k/395".to_string(), Status::Removed),
        ]
    );
    // A policy page named by two policy words is no item; one word alone
    // may be a channel's name.
    assert!(super::lines::is_policy_link(
        "https://discord.com/safety-transparency-reports"
    ));
    assert!(!super::lines::is_policy_link("https://t.me/safety_first"));
    // A negated act with its reason in brackets is a refusal.
    assert_eq!(
        super::status::said("not removed (no breach)", &[]),
        super::status::Said::Stated(Status::Rejected)
    );
}

#[test]
fn round_fifty_eight_ignored() {
    // A receipt that lists what it needs and will not act on the links
    // until it has it asks for information.
    let x = reply_to(
        "KCSC-240902-01",
        "We have received your request KCSC-240902-01. Before we can process a request from an authority outside the European Union we need:\n\n1. the legal provision under which each file is considered illegal, and\n2. for each link, a short description of the part of the file concerned.\n\nWe are unable to act on the links until we have received this information.\n",
    );
    assert_eq!(x.classification, Classification::RequestForInfo);
    // "We received your message referencing URL. That link is not Twitch
    // content …": a finding about the item, for a person; not a receipt.
    let x = reply_to(
        "KCSC-240902-01",
        "We received your message referencing https://t.me/k/396.\n\nThat link is not Twitch content, and no channel by that name exists on\nTwitch, so there is nothing on our service for us to remove. Please contact\nthe service hosting the content directly.\n",
    );
    assert_ne!(x.classification, Classification::Acknowledgement);
    // A receipt that names the link and says nothing about it stays one.
    let x = reply_to(
        "KCSC-240902-01",
        "We have received your report about https://t.me/k/396. Our team will review it.\n\nPlease do not reply to this email.\n",
    );
    assert_eq!(x.classification, Classification::Acknowledgement);
}

#[test]
fn all_of_them_is_a_bulk_statement() {
    // A statement about the whole report that names no item and gives no
    // count: a bulk statement (for a person unless the request has one
    // item), not one about an item that could not be read.
    for body in [
        "We have reviewed the posts in your report KCSC-240902-01 and have withheld all of them in South Korea.\n",
        "All files listed in your notice KCSC-240902-01 have been removed.\n",
        "We have reviewed the videos listed in your notice. All of them have\nbeen removed from YouTube.\n",
        "KCSC-240902-01 건으로 요청하신 VOD 및 방송국 게시글은 모두 삭제 조치 완료되었습니다.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        let bulk = x.bulk.as_ref().expect(body);
        assert!(!bulk.sole && bulk.count.is_none(), "{body}: {bulk:?}");
    }
    for body in [
        "We would like to inform you that all the content you reported in request\nKCSC-240902-01 has been taken down. This case is now closed.\n",
        "We've removed the videos listed in your request KCSC-240902-01 for violating our Community Guidelines.\n",
        "We have terminated service for every hostname listed in your report\n(ref. KCSC-240902-01). The sites are no longer reachable through our network.\n",
        "요청 주신 게시물 모두 삭제했습니다. 감사합니다.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        let bulk = x.bulk.as_ref().expect(body);
        assert_eq!(
            (bulk.status, bulk.count, bulk.sole),
            (Status::Removed, None, false),
            "{body}"
        );
    }
    // The courtesy's "would" hedges nothing; a "would" of its own does.
    assert_eq!(
        super::status::said(
            "We would like to inform you that the post has been taken down.",
            &[]
        ),
        super::status::Said::Stated(Status::Removed)
    );
    assert_eq!(
        super::status::said(
            "We would like to inform you that the post would be taken down.",
            &[]
        ),
        super::status::Said::Hedged(Status::Removed)
    );
    let x = reply_to(
        "KCSC-240902-01",
        "Both domains in your report have been suspended and placed on\nserverHold by the registry at our request.\n",
    );
    let bulk = x.bulk.as_ref().expect("a bulk statement");
    assert_eq!((bulk.count, bulk.sole), (Some(2), false));
    // A board admin's word for it, with the count.
    let x = reply_to(
        "KCSC-240902-01",
        "all three threads from your list are nuked.\n-admin\n",
    );
    let bulk = x.bulk.as_ref().expect("a bulk statement");
    assert_eq!(
        (bulk.status, bulk.count, bulk.sole),
        (Status::Removed, Some(3), false)
    );
}

#[test]
fn round_fifty_eight_misses() {
    // The request a measure was taken on is its cause, no hedge.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/397（모두의공원）게시글은 국내 법령에 따른 요청으로 한국 내 접근이 제한되었습니다。\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/397".to_string(), Status::Restricted)]
    );
    // A line that breaks off on "URL2에 대해서는" goes on below.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/398 게시글은 운영정책 위반으로 비공개 처리되었으며, https://t.me/k/399에 대해서는\n정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)하였습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/398".to_string(), Status::Removed),
            ("https://t.me/k/399".to_string(), Status::Restricted),
        ]
    );
    // "The invite URL is invalid or has expired".
    let x = reply_to(
        "KCSC-240902-01",
        "The invite https://t.me/k/402 is invalid or has expired, and we could not identify any server associated with it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/402".to_string(), Status::NotFound)]
    );
    // "(URL)\n에 대하여 … 게시중단 요청을 받아들이지 않기로 결정하였습니다.
    // 해당 콘텐츠는 계속 게시됩니다."
    let x = reply_to(
        "KCSC-240902-01",
        "시정요구 대상 중 인플루언서 콘텐츠\n(https://t.me/k/403)\n에 대하여 당사 운영정책에 비추어\n검토한 결과, 불법 정보로 보기 어려워 게시중단\n요청을 받아들이지 않기로 결정하였습니다. 해당 콘텐츠는 계속 게시됩니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/403".to_string(), Status::Rejected)]
    );
    // "다른 국가에서는 계속 게시됩니다": where it stays up, the scope of a
    // block in Korea.
    let x = reply_to(
        "KCSC-240902-01",
        "검토 결과, 아래 콘텐츠가 대한민국 현지 법률에 위배된다고 판단하여 대한민국에서\n해당 콘텐츠에 대한 액세스를 차단했습니다. 다른 국가에서는 계속 게시됩니다.\n\nhttps://t.me/k/422\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/422".to_string(), Status::Restricted)]
    );
    // "If you reply with the letter, we will process it" asks for it.
    let x = reply_to(
        "KCSC-240902-01",
        "요청하신 건 중 아래 게시물을 처리하기 위해서는 기관 직인이 날인된 공문이 필요합니다.\n\nhttps://t.me/k/425\n\n공문을 이 메일에 첨부하여 회신해 주시면 확인 후 처리하겠습니다.\n",
    );
    assert_eq!(x.classification, Classification::RequestForInfo);
    // Asking for the original document by reply is asking for information.
    let x = reply_to(
        "KCSC-240902-01",
        "아래 카페 게시물에 대한 처리를 위하여 시정요구 공문(PDF) 원본과 담당자 연락처를\n회신하여 주시기 바랍니다. 자료가 확인되면 검토를 진행하겠습니다.\n\nhttps://t.me/k/404\n",
    );
    assert_eq!(x.classification, Classification::RequestForInfo);
    // "위 두 개는 삭제하고 … 해뒀습니다" (done and left so); "찾아보니 없는
    // 글로 나옵니다" (shows as a post that does not exist).
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/409\nhttps://t.me/k/410\n위 두 개는 삭제하고 작성자 IP 차단까지 해뒀습니다.\n\n다른 글(https://t.me/k/411)은 찾아보니 없는 글로 나옵니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/409".to_string(), Status::Removed),
            ("https://t.me/k/410".to_string(), Status::Removed),
            ("https://t.me/k/411".to_string(), Status::NotFound),
        ]
    );
    // The paragraph below a labelled URL, about "해당 게시물", over lines.
    let x = reply_to(
        "KCSC-240902-01",
        "대상: https://t.me/k/423\n\n해당 게시물은 개인 간 중고 거래 후기로, 요청서에 기재된 정보는\n포함되어 있지 않은 것으로 확인되었습니다. 이에 위반 사항이\n없어 별도 조치 없이 게시를 유지합니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/423".to_string(), Status::Rejected)]
    );
    // A band's use suspended, the band no longer public; 이용이 정지.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/439 게시글이 속한 밴드는 불법 투자 권유로 운영정책을 위반하여\n밴드 이용이 정지되었고, 해당 게시글을 포함한 밴드 전체가 더 이상 공개되지 않습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/439".to_string(), Status::Removed)]
    );
    assert_eq!(
        super::status::said("더 이상 공개되지 않습니다", &[]),
        super::status::Said::Stated(Status::Removed)
    );
    assert_eq!(
        super::status::said("더 이상 공개되지 않을 예정입니다", &[]),
        super::status::Said::Hedged(Status::Removed)
    );
    // "We're leaving URL up: it's a news report".
    let x = reply_to(
        "KCSC-240902-01",
        "We've removed https://t.me/k/400 for violating our policies. We're leaving https://t.me/k/401 up: it's a news report from a licensed broadcaster.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/400".to_string(), Status::Removed),
            ("https://t.me/k/401".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn where_to_send_reports_is_no_ask() {
    // A notice of where reports go from now on asks nothing of this
    // request.
    for body in [
        "You are receiving this because you have written to pinechan staff in the past. From 1 October this mailbox will be closed. Please send reports about threads or images to janitors@pinechan.org, and legal notices to legal@pinechan.org.\n",
        "2024년 10월 1일부터 수사기관 및 행정기관의 게시물 조치 요청은\n전용 접수 주소(agency-desk@fmkorea.com)로 보내주시기 바랍니다.\n",
        "10월 1일부터 어뷰즈 신고는 abuse-report@gureumhost.co.kr 또는 웹 신고 양식으로만 접수됩니다.\n\n신고 시 URL, 발견 일시, 증빙 자료를 함께 보내 주시면 더 빠르게 처리할 수 있습니다.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(x.asks, None, "{body}");
    }
    // Nor is an offer of an account for the new channel.
    let x = reply_to(
        "KCSC-240902-01",
        "2024년 10월 1일부터 공공기관의 게시물 조치 요청은 이메일 대신\n기관 전용 접수 페이지(https://right.naver.com/agency)로 접수해 주시기 바랍니다.\n\n계정 발급은 담당자 성명, 소속, 연락처를 회신해 주시면 안내드리겠습니다.\n",
    );
    assert_eq!(x.asks, None);
    for body in [
        // An invitation to a second review, not a condition of this one.
        "https://t.me/k/438 삭제\n\n미조치 건에 대하여는 심의 근거 자료를 보내주시면 재검토하겠습니다.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(x.asks, None, "{body}");
    }
    // Asking for a document, with the address to send it to, is an ask.
    let x = reply_to(
        "KCSC-240902-01",
        "Please send a copy of the court order to legal@example.org so that we can process your request.\n",
    );
    assert!(x.asks.is_some());
}

#[test]
fn a_heading_of_one_comment_heads_nothing_in_the_next() {
    // A ticket history: the agent's comment, a rule, then our own request
    // with its list. The list is ours, and no heading of the agent's
    // ("More about country-withheld content:" over a help page) is its.
    let x = reply_to(
        "KCSC-240902-01",
        "Results:\n\n- https://t.me/k/405 : withheld in South Korea\n- https://t.me/k/406 : no action. We did not find this post to violate our rules.\n\nMore about country-withheld content:\nhttps://telegram.org/faq/withheld-by-country\n\nKarin\n\n----------------------------------------------\n\nKCSC Takedown\n\nSep 3, 2024, 22:01\n\nDear team,\n\nPlease remove the content at the addresses below.\n\n1. https://t.me/k/405\n2. https://t.me/k/406\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/405".to_string(), Status::Restricted),
            ("https://t.me/k/406".to_string(), Status::Rejected),
        ]
    );
    assert!(x.conflicts.is_empty(), "{:?}", x.conflicts);
    // A policy link inside a heading that goes on to its list keeps it.
    let x = reply_to(
        "KCSC-240902-01",
        "The following content has been removed from our service globally for violating our\nCommunity Guidelines\n(https://telegram.org/tos/community-guidelines/):\n\nhttps://t.me/k/424\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/424".to_string(), Status::Removed)]
    );
    // Nor, without the rule, a heading that only pointed at a help page.
    let x = reply_to(
        "KCSC-240902-01",
        "More about country-withheld content:\nhttps://telegram.org/faq/withheld-by-country\n\n1. https://t.me/k/407\n2. https://t.me/k/408\n",
    );
    assert_eq!(claims_in(&x), vec![]);
}

#[test]
fn respectively_over_wrapped_lines() {
    let x = reply_to(
        "KCSC-240902-01",
        "Here is an update on three of the posts in your request. The posts at <https://t.me/k/412>, <https://t.me/k/413> and\n<https://t.me/k/414> have been removed, withheld in South Korea, and\ncould not be located on our service, respectively.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/412".to_string(), Status::Removed),
            ("https://t.me/k/413".to_string(), Status::Restricted),
            ("https://t.me/k/414".to_string(), Status::NotFound),
        ]
    );
}

#[test]
fn gone_from_our_servers() {
    let x = reply_to(
        "KCSC-240902-01",
        "Done - these two are gone from our servers:\nhttps://t.me/k/415\nhttps://t.me/k/416\n\nThe rest we're still checking.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/415".to_string(), Status::Removed),
            ("https://t.me/k/416".to_string(), Status::Removed),
        ]
    );
    // "already gone" is what was found.
    assert_eq!(
        super::status::said(
            "https://t.me/k/417 was already gone from our servers when we checked.",
            &[]
        ),
        super::status::Said::Stated(Status::NotFound)
    );
}

#[test]
fn a_field_that_changed_is_read_as_it_is_now() {
    // A ticket's update: "Status: Under review → Done" no longer says the
    // review is going on; the resolution below it is the item's.
    let x = reply_to(
        "KCSC-240902-01",
        "LOPS-5521 was updated\n\nSummary: KCSC-240902-01 / https://t.me/k/418\n\nStatus: Under review → Done\nResolution: Removed (Community Guidelines - harmful or dangerous content)\n\nComment by Ji-won Park:\nVideo taken down globally on 17 Sep 2024.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/418".to_string(), Status::Removed)]
    );
    assert_eq!(
        super::status::said("처리 상태: 검토 중 → 삭제 완료", &[]),
        super::status::Said::Stated(Status::Removed)
    );
    assert_eq!(
        super::status::said("처리 상태: 삭제 완료 → 검토 중", &[]),
        super::status::Said::Hedged(Status::Pending)
    );
}

#[test]
fn a_correction_that_says_what_a_row_should_read() {
    let x = reply_to(
        "KCSC-240902-01",
        "Please see the outcome of your request below.\n\nReported post | Action\nhttps://t.me/k/419 | Withheld (KR)\nhttps://t.me/k/420 | Removed\nhttps://t.me/k/421 | No violation\n\nCorrection: the action for the second post in the table above should read “Withheld (KR)”, not “Removed”. The post was not removed globally. We apologise for the error.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/419".to_string(), Status::Restricted),
            ("https://t.me/k/420".to_string(), Status::Restricted),
            ("https://t.me/k/421".to_string(), Status::Rejected),
        ]
    );
    // What it should read, if not read, leaves that row in doubt.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/419 | Withheld (KR)\nhttps://t.me/k/420 | Removed\n\nCorrection: the second row should read “see ticket 55”.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/419".to_string(), Status::Restricted)]
    );
}

#[test]
fn a_list_after_a_semicolon_is_one_clause() {
    // "…; URL5, URL6 and URL8 are still under review": URL5 is in the
    // clause after the semicolon, not the one before it.
    let x = reply_to(
        "KCSC-240902-01",
        "Update: https://t.me/k/426, https://t.me/k/427 and https://t.me/k/428 are blocked; https://t.me/k/429 was not found; https://t.me/k/430, https://t.me/k/431 and https://t.me/k/432 are still under review.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/426".to_string(), Status::Removed),
            ("https://t.me/k/427".to_string(), Status::Removed),
            ("https://t.me/k/428".to_string(), Status::Removed),
            ("https://t.me/k/429".to_string(), Status::NotFound),
        ]
    );
}

#[test]
fn a_part_of_the_post_removed_is_not_the_post() {
    // "첨부 이미지는 삭제했고, 게시글은 … 접근 제한 …으로 전환했습니다": the
    // image is gone, the post is restricted.
    let x = reply_to(
        "KCSC-240902-01",
        "1. https://t.me/k/433\n   삭제\n2. https://t.me/k/434\n   개인정보가 포함된 첨부 이미지는 삭제했고, 게시글은 비회원 접근 제한(회원 전용 보기)으로 전환했습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/433".to_string(), Status::Removed),
            ("https://t.me/k/434".to_string(), Status::Restricted),
        ]
    );
}

#[test]
fn what_usually_happens_and_what_was_found() {
    // A rule about how things usually go ("are normally deleted
    // automatically"), and a guess ("should therefore have expired"), say
    // nothing of the item.
    let x = reply_to(
        "KCSC-240902-01",
        "Public Stories on our service are normally deleted automatically 24 hours\nafter they are posted. The Story https://t.me/k/435 should therefore have expired\nby now; if it is still visible to you, let us know and we will remove it.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // Gone before the review: not found.
    let x = reply_to(
        "KCSC-240902-01",
        "Account https://t.me/k/436: the account has been permanently locked for violating our\nCommunity Guidelines. Its public profile is no longer available.\n\nStory https://t.me/k/437: this Story had already expired and was no longer\navailable on our service when we reviewed your report.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/436".to_string(), Status::Removed),
            ("https://t.me/k/437".to_string(), Status::NotFound),
        ]
    );
}

#[test]
fn this_one_under_a_list_is_the_last_one() {
    // "This one was taken down" under two bare URLs is the one above it.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/444\nhttps://t.me/k/445\nThis one was taken down on 12 August.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/445".to_string(), Status::Removed)]
    );
}

#[test]
fn a_url_that_lists_on_with_a_comma_shares_the_statement_below() {
    let x = reply_to(
        "KCSC-240902-01",
        "카페 전체에 블라인드 조치가 적용되었습니다.\n이에 따라 요청하신 게시글\nhttps://t.me/k/440 ,\nhttps://t.me/k/441\n역시 더 이상 열람할 수 없습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/440".to_string(), Status::Removed),
            ("https://t.me/k/441".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn defanged_addresses_are_read_as_the_urls_they_stand_for() {
    let x = reply_to(
        "KCSC-240902-01",
        "We are not the hosting provider of this website. We have, however, disabled delivery of the following URL(s)\nthrough our network for all visitors:\n\n  hxxps://t[.]me/k/442\n  hxxps://t[.]me/k/443\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/442".to_string(), Status::Removed),
            ("https://t.me/k/443".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_sixty_false_applications() {
    // "Whether it is an illegal sale could not be established, so nothing
    // was done": a refusal, not "could not be found".
    let x = reply_to(
        "KCSC-240902-01",
        "[조치 불가]\nhttps://t.me/k/450\n게시글 내용만으로는 불법 거래 여부를 확인할 수 없어 조치하지 않았습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/450".to_string(), Status::Rejected)]
    );
    // A second act joined by a bare "and" right before its own URL is that
    // URL's, and the first act stays with the first URL.
    let x = reply_to(
        "KCSC-240902-01",
        "After reviewing the content you reported, we removed https://t.me/k/451 for violating our Community Guidelines and blocked https://t.me/k/452 from view in South Korea based on local law, but we did not take action on the channel https://t.me/k/453, because the channel as a whole does not violate our policies.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/451".to_string(), Status::Removed),
            ("https://t.me/k/452".to_string(), Status::Restricted),
            ("https://t.me/k/453".to_string(), Status::Rejected),
        ]
    );
    // A note under a table saying "the above post" is lawful and online
    // contradicts the row's 게시중단: no status, a conflict for a person.
    let x = reply_to(
        "KCSC-240902-01",
        "번호 | URL | 조치결과\n1 | https://t.me/k/454 | 게시중단\n※ 비고: 상기 게시물은 위법 정보에 해당하지 않는 것으로 판단되어 현재 정상 게시 중입니다.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    assert!(!x.conflicts.is_empty(), "{:?}", x.conflicts);
    // A URL inside a question is asked about, whatever the sentence before
    // it refuses.
    let x = reply_to(
        "KCSC-240902-01",
        "We can't act on a folder link as a whole, because one folder can hold files\nshared by several users. Could you send us the links of the individual files\ninside https://t.me/k/455 that you consider illegal?\n\nOnce we have them we will review each file.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    assert!(x.asks.is_some());
    // Nothing found "that breaches our AUP" is a refusal, not "not found".
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/456 - we are not taking action on the front page. It only shows a\ncompany name and a login box, and we could not find anything on it that\nbreaches our AUP.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/456".to_string(), Status::Rejected)]
    );
}

#[test]
fn round_sixty_misses() {
    // A URL in the angle brackets mail programs add reads as the words
    // around it ("The invite link <URL> is invalid").
    let x = reply_to(
        "KCSC-240902-01",
        "The invite link <https://t.me/k/460> is invalid or has expired, so we were unable to\nidentify the server it pointed to.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/460".to_string(), Status::NotFound)]
    );
    // "The other link … does not exist:" introduces the URL below it.
    let x = reply_to(
        "KCSC-240902-01",
        "The other link in your request does not exist on Telegram (it returns a 404\nand we have no record of a post with that ID):\n\nhttps://t.me/k/461\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/461".to_string(), Status::NotFound)]
    );
    // Found not to "go against" the rules, not restricted: a refusal.
    let x = reply_to(
        "KCSC-240902-01",
        "We reviewed the profile <https://t.me/k/462> and did not find that it goes\nagainst our Community Standards. We also assessed it under the local law you\ncited and have not restricted it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/462".to_string(), Status::Rejected)]
    );
    // A 공문's list entry naming its service and board before the measure.
    let x = reply_to(
        "KCSC-240902-01",
        "  가. https://t.me/k/463\n      - Daum 카페 게시글 삭제\n  나. https://t.me/k/464\n      - 오픈채팅방 운영 종료(폐쇄) 및 방장 이용제한\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/463".to_string(), Status::Removed),
            ("https://t.me/k/464".to_string(), Status::Removed),
        ]
    );
    // "위배되지 않는다고 판단하여 별도 조치 없이 유지": kept.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/465 게시글은 상품 사진으로, 운영정책 및 관련 법령에\n위배되지 않는다고 판단하여 별도 조치 없이 유지하고 있습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/465".to_string(), Status::Rejected)]
    );
    // The emphatic past: "We did, however, withhold URL1 and URL2 in
    // South Korea."
    let x = reply_to(
        "KCSC-240902-01",
        "We did, however, withhold https://t.me/k/466 and https://t.me/k/467 in South Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/466".to_string(), Status::Restricted),
            ("https://t.me/k/467".to_string(), Status::Restricted),
        ]
    );
    // Not a deletion but a restriction, as the sentence corrects itself.
    let x = reply_to(
        "KCSC-240902-01",
        "앞서 https://t.me/k/468 게시글이 삭제되었다고 안내드렸으나, 확인 결과 삭제가 아닌 국내 접속 제한(임시조치) 상태입니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/468".to_string(), Status::Restricted)]
    );
    // A list entry's status with its reason running on to the line that
    // introduces the URL.
    let x = reply_to(
        "KCSC-240902-01",
        "1. Deleted:\n   https://t.me/k/469\n\n2. No action. The channel below sells cards that do not\n   copy any state document, which our Terms of Service allow:\n   https://t.me/k/470\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/469".to_string(), Status::Removed),
            ("https://t.me/k/470".to_string(), Status::Rejected),
        ]
    );
    // An age gate stated after the action.
    let x = reply_to(
        "KCSC-240902-01",
        "Channel post https://t.me/k/471\nAction: age-restricted. It is now visible only to logged-in adult (19+) users.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/471".to_string(), Status::Restricted)]
    );
    // A semicolon-separated export pasted into the body.
    let x = reply_to(
        "KCSC-240902-01",
        "Results (export from our moderation tool):\n\nlink;result;date\nhttps://t.me/k/472;removed;2024-09-04\nhttps://t.me/k/473;not found;\nhttps://t.me/k/474;pending;\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/472".to_string(), Status::Removed),
            ("https://t.me/k/473".to_string(), Status::NotFound),
        ]
    );
    // A URL wrapped inside its angle brackets after a '/'.
    let x = reply_to(
        "KCSC-240902-01",
        "Both reported URLs, <https://t.me/k/475> and <https://t.me/k/\n476>, have been removed.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/475".to_string(), Status::Removed),
            ("https://t.me/k/476".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn a_lifted_korean_measure_is_no_measure_in_force() {
    for text in [
        "https://t.me/k/477 게시물의 접속 차단을 해제했습니다.",
        "https://t.me/k/477 게시물은 임시조치 상태가 해제되었습니다.",
    ] {
        let x = reply_to("KCSC-240902-01", text);
        assert_eq!(claims_in(&x), vec![], "{text}");
    }
}

#[test]
fn a_platforms_own_words_above_what_it_forwards_are_its_statement() {
    let raw = "From: a@x.com\r\nSubject: Fwd: KCSC-240902-01\r\nMessage-ID: <fw1@x.com>\r\n\r\nTo confirm on our side: https://t.me/k/478 has been removed.\r\n\r\n---------- Forwarded message ---------\r\nFrom: enforcement@x.com\r\nSubject: done\r\n\r\nhttps://t.me/k/478 removed\r\n";
    let settings = x_settings();
    let email = crate::parse::parse(raw.as_bytes(), &settings.limits);
    // From the platform: its own words are read.
    let x = extract(&email, settings.platforms.first(), &settings);
    assert_eq!(x.classification, Classification::Confirmation);
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/478".to_string(), Status::Removed)]
    );
    // From anyone else, a forward is for a person to check.
    let x = extract(&email, None, &settings);
    assert_eq!(x.classification, Classification::Forwarded);
}

#[test]
fn round_sixty_one_false_applications() {
    // Two clauses of one sentence with two statuses: no sole statement for
    // the bare URL below it (was: the first clause's "removed").
    let x = reply_to(
        "KCSC-240902-01",
        "sportstoto 카페 1192번 글(https://t.me/k/480)은 오늘 오전에 삭제했고요,\nminitoto 카페 30560번 글은 들어가 보니 작성자가 이미 지운 상태라 저희 쪽에서도 찾을 수가 없었습니다.\nhttps://t.me/k/481\n",
    );
    assert!(
        !claims_in(&x).contains(&("https://t.me/k/481".to_string(), Status::Removed)),
        "{:?}",
        claims_in(&x)
    );
    // A bare "and" before a URL does not start its clause when what makes
    // that clause a statement is the next sentence.
    let x = reply_to(
        "KCSC-240902-01",
        "We have blocked https://t.me/k/482 and https://t.me/k/483 from view in South Korea in accordance with local law. https://t.me/k/484 has been removed for violating our Community Guidelines.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/482".to_string(), Status::Restricted),
            ("https://t.me/k/483".to_string(), Status::Restricted),
            ("https://t.me/k/484".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_sixty_one_misses() {
    let one = |body: &str, url: &str, st: Status| {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(claims_in(&x), vec![(url.to_string(), st)], "{body}");
    };
    one(
        "The invite link you provided, <https://t.me/k/485>, is invalid\nor has expired, so we could not identify the server it pointed to.\n",
        "https://t.me/k/485",
        Status::NotFound,
    );
    // A correction whose next sentence names the item by "the post", "it".
    one(
        "That message said that https://t.me/k/486 had been withheld in Korea. This was a mistake on our side. A second reviewer found that the post breaks our rules, and it has been removed worldwide.\n",
        "https://t.me/k/486",
        Status::Removed,
    );
    // The named part: "one of the two videos, URL,".
    one(
        "We've removed one of the two videos, https://t.me/k/487, because it breaks our Community Guidelines.\n",
        "https://t.me/k/487",
        Status::Removed,
    );
    one(
        "Killed https://t.me/k/488, gone for good. Will look at the others tomorrow.\n",
        "https://t.me/k/488",
        Status::Removed,
    );
    one(
        "1. https://t.me/k/489 → 해당 서버의 서비스를 중지하여 더 이상 접속되지 않습니다.\n",
        "https://t.me/k/489",
        Status::Removed,
    );
    one(
        "https://t.me/k/490은 작성자가 이미 스스로 삭제한 글이라 남아 있지 않습니다.\n",
        "https://t.me/k/490",
        Status::NotFound,
    );
    one(
        "자유게시판 글 https://t.me/k/491 은\n거래 분쟁 글로, 피싱 사이트 홍보로 볼 근거가 없어 삭제하지 않고 유지합니다.\n",
        "https://t.me/k/491",
        Status::Rejected,
    );
    // A list entry's own correction says what it is now.
    let x = reply_to(
        "KCSC-240902-01",
        "처리 결과 중 일부를 정정합니다.\n\n- https://t.me/k/492 : 앞선 메일에서 '삭제'로 안내드렸으나, 실제로는 임시조치(30일) 상태입니다. 처리 결과를 '임시조치'로 정정합니다.\n- https://t.me/k/493 : 삭제 완료되었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/492".to_string(), Status::Restricted),
            ("https://t.me/k/493".to_string(), Status::Removed),
        ]
    );
    // A ticket receipt in Reddit's words.
    let x = reply_to(
        "KCSC-240902-01",
        "Hi there,\n\nThanks for submitting your request. Your ticket number is #7781204.\n\nOur team reviews requests in the order they are received and will reply\nas soon as possible. You don't need to send your request again.\n",
    );
    assert_eq!(x.classification, Classification::Acknowledgement);
}

#[test]
fn round_sixty_two_false_applications() {
    // A later statement about "the post" after "on 5 September we
    // withheld …": what it is now.
    let x = reply_to(
        "KCSC-240902-01",
        "Regarding https://t.me/k/500: on 5 September we withheld this post in South Korea in response to your request. After an internal escalation on 9 September, the post was removed globally for violating our policy.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/500".to_string(), Status::Removed)]
    );
    // A note that says a row's measure was changed corrects the row.
    let x = reply_to(
        "KCSC-240902-01",
        "번호 | URL | 조치결과 | 조치일\n1 | https://t.me/k/501 | 삭제 | 2024-09-09\n2 | https://t.me/k/502 | 임시조치(30일) | 2024-09-09\n※ 2번 게시물은 추가 검토 결과 9월 12일 삭제 조치로 변경하였습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/501".to_string(), Status::Removed),
            ("https://t.me/k/502".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_sixty_two_misses() {
    let one = |body: &str, url: &str, st: Status| {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(claims_in(&x), vec![(url.to_string(), st)], "{body}");
    };
    // A later note that the row's item "has since been removed".
    one(
        "Reported URL | Decision | Scope\nhttps://t.me/k/503 | Withheld | KR\nNote: after this table was prepared, the post https://t.me/k/503 received further reports and has since been removed globally.\n",
        "https://t.me/k/503",
        Status::Removed,
    );
    // "as part of the same action" is no part of the item.
    one(
        "The post https://t.me/k/504 was removed as part of the same action.\n",
        "https://t.me/k/504",
        Status::Removed,
    );
    // "following" as a preposition points at nothing below.
    one(
        "https://t.me/k/505\nBlocked from view in South Korea following a local legal review. It stays\navailable in other countries.\n",
        "https://t.me/k/505",
        Status::Restricted,
    );
    // A statement about "this one" heads the URL after its explanation.
    one(
        "We were unable to locate this one. The link shows \"Video unavailable\" and\nour systems have no record of an upload with this ID:\nhttps://t.me/k/506\n",
        "https://t.me/k/506",
        Status::NotFound,
    );
    one(
        "Since 14 September the following pages are not reachable from Korean IP addresses (they answer\n403 to visitors from Korea), while they remain online elsewhere:\n\n- https://t.me/k/507\n",
        "https://t.me/k/507",
        Status::Restricted,
    );
    one(
        "- https://t.me/k/508 : the post is now limited to adult (19+) users after age\n  verification; it is not shown to minors or to logged-out visitors.\n",
        "https://t.me/k/508",
        Status::Restricted,
    );
    one(
        "미니 갤러리 게시물 <https://t.me/k/509>은 갤러리 매니저 확인 후 운영팀에서 삭제했습니다。\n",
        "https://t.me/k/509",
        Status::Removed,
    );
    // The rest of a sentence over the next line, not the next sentence.
    let x = reply_to(
        "KCSC-240902-01",
        "We've removed the post https://t.me/k/510 and the reel\nhttps://t.me/k/511 for violating our Community Guidelines on\nregulated goods. We are still looking into the other items.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/510".to_string(), Status::Removed),
            ("https://t.me/k/511".to_string(), Status::Removed),
        ]
    );
    // Places written as the list's own bracketed numbers.
    let x = reply_to(
        "KCSC-240902-01",
        "Reported links:\n[1] https://t.me/k/512\n[2] https://t.me/k/513\n[3] https://t.me/k/514\n\nResult: [1] and [3] have been taken down. [2] is restricted for users in South Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/512".to_string(), Status::Removed),
            ("https://t.me/k/513".to_string(), Status::Restricted),
            ("https://t.me/k/514".to_string(), Status::Removed),
        ]
    );
    // Cells and entries: a section heading below an entry, a length, a
    // permanent measure on a VOD, a bilingual cell, a poster's own deletion.
    let x = reply_to(
        "KCSC-240902-01",
        "[VOD]\nhttps://t.me/k/515 : VOD 삭제\n[방송국 게시글]\nhttps://t.me/k/516 : 임시조치 30일\nhttps://t.me/k/517\nVOD 영구 삭제 (다시보기 및 하이라이트 포함)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/515".to_string(), Status::Removed),
            ("https://t.me/k/516".to_string(), Status::Restricted),
            ("https://t.me/k/517".to_string(), Status::Removed),
        ]
    );
    assert_eq!(
        crate::extract::status::named_status("블라인드 / hidden by cafe operations"),
        Some(Status::Removed)
    );
    assert_eq!(
        crate::extract::status::named_status("게시자 자진삭제(기삭제)"),
        Some(Status::NotFound)
    );
    // A legend of codes set off by spaces, as a sheet's codes are explained.
    let lines: Vec<String> = "Action codes:\n\n  REMOVED           file deleted and download link disabled\n  GEO_KR            file unavailable from South Korea only\n"
        .lines()
        .map(str::to_string)
        .collect();
    let codes: Vec<(String, Status)> = super::legend(&lines, &[])
        .into_iter()
        .map(|(c, s, _)| (c, s))
        .collect();
    assert_eq!(
        codes,
        vec![
            ("removed".to_string(), Status::Removed),
            ("geo kr".to_string(), Status::Restricted)
        ]
    );
}

#[test]
fn a_korean_page_name_on_a_platform_is_part_of_its_address() {
    let raws = |t: &str| {
        urls::find_urls(t)
            .into_iter()
            .map(|f| f.raw)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        raws("https://www.facebook.com/빠른대출센터 페이지는 비공개 처리되었습니다."),
        vec!["https://www.facebook.com/빠른대출센터"]
    );
    // A particle alone after the last '/' is still prose.
    assert_eq!(
        raws("https://t.me/somechan/은 삭제되었습니다."),
        vec!["https://t.me/somechan/"]
    );
}

#[test]
fn round_sixty_three_misses() {
    let one = |body: &str, url: &str, st: Status| {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(claims_in(&x), vec![(url.to_string(), st)], "{body}");
    };
    // A legend's "No action - … the content remains available." says what
    // a word of the table means, not that anything stays up.
    let x = reply_to(
        "KCSC-240902-01",
        " #  Reported URL               Action                          Scope\n 1  https://t.me/k/520          Withheld                        KR\n 2  https://t.me/k/521          No action - no violation found  -\n\nLegend:\nWithheld   - the content is not available in the country listed in Scope.\nNo action  - we found no violation of our rules; the content remains available.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/520".to_string(), Status::Restricted),
            ("https://t.me/k/521".to_string(), Status::Rejected),
        ]
    );
    // "We could not action this one: the post had already been deleted by
    // its author": the reason after the colon is a clause of its own.
    one(
        "2) <https://t.me/k/522>\n   We could not action this one: the post had already been deleted by\n   its author before our review.\n",
        "https://t.me/k/522",
        Status::NotFound,
    );
    one(
        "https://t.me/k/523\n→ 미삭제 (내부 검토 결과 단순 비판 글로 판단)\n",
        "https://t.me/k/523",
        Status::Rejected,
    );
    one(
        "- https://t.me/k/524\n  해당 글은 성인 인증을 한 회원만 볼 수 있는 게시물로 전환했습니다.\n",
        "https://t.me/k/524",
        Status::Restricted,
    );
    one(
        "https://t.me/k/525\nDecision: no restriction applied\nGround: the content was found compatible with our terms of service\n",
        "https://t.me/k/525",
        Status::Rejected,
    );
    one(
        "3) https://t.me/k/526\n   - 조치내용: 미이행\n   - 사유: 정상적인 정보 공유 글로 판단되어 게시를 유지함\n",
        "https://t.me/k/526",
        Status::Rejected,
    );
    // A line headed "UPDATE" after an earlier finding on the same item.
    one(
        "https://t.me/k/527 - reviewed 16 Sep, no violation found.\n\nUPDATE 17 Sep: after a moderator took a second look at the context of this chat, https://t.me/k/527 has been taken down.\n",
        "https://t.me/k/527",
        Status::Removed,
    );
}

#[test]
fn whether_its_author_deleted_it_is_not_yet_known() {
    // Round 63, and the sentence after "seems deleted": "다만 … 작성자가 직접
    // 지운 것인지는 아직 확인이 되지 않아서 …" says whether, not that.
    let x = reply_to(
        "KCSC-240902-01",
        "문의주신 카페 게시물 https://t.me/k/530 은 확인해 보니\n이미 삭제된 것으로 보입니다. 다만 카페 운영진이 지운 것인지, 작성자가 직접\n지운 것인지는 아직 확인이 되지 않아서 확인되는 대로 다시 알려드리겠습니다.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
}

#[test]
fn round_sixty_four_false_applications() {
    // "We've removed the video you reported" above the one item's summary
    // "Decision: No violation - content remains available": they disagree.
    let x = reply_to(
        "KCSC-240902-01",
        "Hi,\n\nWe've removed the video you reported for violating our Community Guidelines.\n\nSummary\nContent: https://t.me/k/540\nDecision: No violation - content remains available\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // A row's note by its number after a second review says what it is now.
    let x = reply_to(
        "KCSC-240902-01",
        "번호 | URL | 조치결과\n1 | https://t.me/k/541 | 게시중단\n2 | https://t.me/k/542 | 위반사항 없음(조치 불가)\n※ 2번 게시물은 재검토 결과 불법 도박 광고로 확인되어 9월 13일 삭제 처리되었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/541".to_string(), Status::Removed),
            ("https://t.me/k/542".to_string(), Status::Removed),
        ]
    );
    // The Korean "respectively": "각각 A, B, C로 처리되었습니다" (the last
    // measure had gone to all three).
    let x = reply_to(
        "KCSC-240902-01",
        "신고하신 3건의 게시물(https://t.me/k/543, https://t.me/k/544, https://t.me/k/545)은 각각 블라인드, 임시조치, 게시물 없음으로 처리되었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/543".to_string(), Status::Removed),
            ("https://t.me/k/544".to_string(), Status::Restricted),
            ("https://t.me/k/545".to_string(), Status::NotFound),
        ]
    );
    // "각각 삭제 조치하였습니다" is one measure for each: no pairing needed.
    let x = reply_to(
        "KCSC-240902-01",
        "요청하신 게시물 https://t.me/k/546, https://t.me/k/547 은 각각 삭제 조치하였습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/546".to_string(), Status::Removed),
            ("https://t.me/k/547".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_sixty_four_ignored() {
    // A receipt that goes on to say what was done is no receipt.
    let x = reply_to(
        "KCSC-240902-01",
        "보내주신 신고(KCSC-240902-01)는 정상적으로 접수되었습니다.\n확인 결과 브런치 글 https://t.me/k/548 은 운영정책 위반으로 발행이 취소되어\n현재 비공개 상태입니다.\n",
    );
    assert_eq!(x.classification, Classification::Confirmation);
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/548".to_string(), Status::Removed)]
    );
}

#[test]
fn what_the_full_run_found_after_round_sixty_four() {
    // Publication its author cancelled is gone by its author's hand.
    let x = reply_to(
        "KCSC-240902-01",
        "주소\t처리 결과\nhttps://t.me/k/550\t발행 취소된 글로 현재 존재하지 않음\n\n브런치 글은 작가가 먼저 발행을 취소하여 조치 대상이 남아 있지 않았습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/550".to_string(), Status::NotFound)]
    );
    // "Following our review, we have terminated …" heads the list below its
    // "Requests to the URLs below now receive an error page:".
    let x = reply_to(
        "KCSC-240902-01",
        "Following our review under our Acceptable Use Policy, we have\nterminated our services for the domain. Requests to\nthe URLs below now receive an error page (HTTP 451) worldwide:\n\n- https://t.me/k/551\n- https://t.me/k/552\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/551".to_string(), Status::Removed),
            ("https://t.me/k/552".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_sixty_five_false_applications() {
    // "appears to have been deleted by the account holder …, so no action
    // was needed": a guess at why nothing was done, not a decision to keep
    // the post up.
    let x = reply_to(
        "KCSC-240902-01",
        "Hi,\n\nhttps://t.me/k/550 has been removed.\n\nhttps://t.me/k/551 appears to have been deleted by the account holder before our\nreview, so no action was needed on our side.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/550".to_string(), Status::Removed)]
    );
    // A heading over a help page's link heads no list below it, even one
    // numbered "1) URL".
    let x = reply_to(
        "KCSC-240902-01",
        "More about country-withheld content:\nhttps://telegram.org/faq/withheld-by-country\n\n1) https://t.me/k/552\n2) https://t.me/k/553\n",
    );
    assert_eq!(claims_in(&x), vec![]);
}

#[test]
fn round_sixty_five_misses() {
    // "Done - these two are down now:" over its list.
    let x = reply_to(
        "KCSC-240902-01",
        "Done - these two are down now:\nhttps://t.me/k/554\nhttps://t.me/k/555\n\nWe're still going through the rest and will write again.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/554".to_string(), Status::Removed),
            ("https://t.me/k/555".to_string(), Status::Removed),
        ]
    );
    // A host's suspension, and "As a result the following URLs are no
    // longer reachable:".
    let x = reply_to(
        "KCSC-240902-01",
        "The hosting account has been suspended for breach of our Acceptable Use Policy. As a result the following URLs are\nno longer reachable:\n\n  https://t.me/k/556\n  https://t.me/k/557\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/556".to_string(), Status::Removed),
            ("https://t.me/k/557".to_string(), Status::Removed),
        ]
    );
    // A numbered list "1) URL", then "처리 결과: 위 게시글 2건은 … 삭제되었습니다."
    let x = reply_to(
        "KCSC-240902-01",
        "신고 대상 게시글\n 1) https://t.me/k/558\n 2) https://t.me/k/559\n\n처리 결과: 위 게시글 2건은 운영정책(불법 의약품 거래) 위반이 확인되어 삭제되었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/558".to_string(), Status::Removed),
            ("https://t.me/k/559".to_string(), Status::Removed),
        ]
    );
    // Phrasings: "비공개 처리해 두었습니다", "decided to leave it up: it is
    // a news segment", "19세 이상 시청 제한 적용", "삭제 + 작성자 IP 차단",
    // "so we are leaving it online. If you have a court order …".
    assert_reply_claims(
        "KCSC-240902-01",
        "https://t.me/k/560",
        &[
            (
                "말씀하신 https://t.me/k/560 글은 확인해 보니 위조 명품 판매글이 맞아서 오늘 오전에 비공개 처리해 두었습니다.\n",
                Status::Removed,
            ),
            (
                "https://t.me/k/560 was reviewed against our Community Guidelines and local law and we have decided to leave it up: it is a news segment about the case.\n",
                Status::Rejected,
            ),
            (
                "- VOD https://t.me/k/560 : 19세 이상 시청 제한 적용\n",
                Status::Restricted,
            ),
            (
                "https://t.me/k/560 삭제 + 작성자 IP 차단\n",
                Status::Removed,
            ),
            (
                "Regarding https://t.me/k/560: a Korean-speaking colleague read the post\nfor us. It is a personal review of a product that is legal to sell, and\nwe do not see a breach of our terms, so we are leaving it online. If you\nhave a court order about it we will of course act on it.\n",
                Status::Rejected,
            ),
        ],
    );
    // "Correction to the table: the second row was filled in before the
    // case was closed. When our reviewer opened URL2 it had already been
    // deleted …": the second row, which the URL named after it confirms.
    let x = reply_to(
        "KCSC-240902-01",
        "Reported URL | Action | Scope\nhttps://t.me/k/561 | Withheld | KR\nhttps://t.me/k/562 | Withheld | KR\nhttps://t.me/k/563 | Removed | Global\nCorrection to the table: the second row was filled in before the case was closed. When our reviewer opened https://t.me/k/562 it had already been deleted by the account holder, so no action was taken on it by us.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/561".to_string(), Status::Restricted),
            ("https://t.me/k/562".to_string(), Status::NotFound),
            ("https://t.me/k/563".to_string(), Status::Removed),
        ]
    );
    // "…은 확인 결과 작성자 삭제가 아니라 운영자 삭제 처리된 글이었습니다.
    // 정정하여 안내드립니다.": what it corrects to comes first.
    let x = reply_to(
        "KCSC-240902-01",
        "지난 회신에서 누락된 게시물 <https://t.me/k/564> 은\n확인 결과 작성자 삭제가 아니라 운영자 삭제 처리된 글이었습니다. 정정하여 안내드립니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/564".to_string(), Status::Removed)]
    );
    // A provider's page on how it handles reports is no item: "… blocked
    // access to the URL above" is about the one reported URL.
    let x = reply_to(
        "KCSC-240902-01",
        "Report ID: ES-7731904\nReported URL: https://t.me/k/565\n\nAfter review under the law of the Republic of Korea, we have blocked access to the URL above for visitors located in the Republic of Korea.\n\nYou can read about how we handle reports at https://edgeshield.io/trust/abuse.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/565".to_string(), Status::Restricted)]
    );
}

#[test]
fn a_promise_to_reply_about_an_item_is_understood_as_pending() {
    // "We are still looking at URL in your list and will reply
    // separately", "Our moderators will also look into URL and we will
    // reply about it separately": said, and nothing done yet; not unread.
    for body in [
        "https://t.me/k/566 has been removed.\n\nWe are still looking at https://t.me/k/567 in your list and will reply separately.\n",
        "https://t.me/k/566 has been removed. Our moderators will also look into https://t.me/k/567 and we will reply about it separately.\n",
    ] {
        let read: Vec<(String, Option<Status>, bool)> = super::lines::read(&lines(body), &[])
            .into_iter()
            .map(|r| (r.url, r.status, r.unread))
            .collect();
        assert_eq!(
            read,
            vec![
                (
                    "https://t.me/k/566".to_string(),
                    Some(Status::Removed),
                    false
                ),
                ("https://t.me/k/567".to_string(), None, false),
            ],
            "{body}"
        );
    }
}

#[test]
fn round_sixty_six_false_applications() {
    // "URL, is no longer available on TikTok:\nit was deleted by the
    // account holder before our review.": gone by its owner's hand.
    let x = reply_to(
        "KCSC-240902-01",
        "The other video you reported, <https://t.me/k/570>, is no longer available on TikTok:\nit was deleted by the account holder before our review.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/570".to_string(), Status::NotFound)]
    );
    // "deleted by the person who saved them": the owner, too.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/571 had already been deleted by the person who saved it before we got to it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/571".to_string(), Status::NotFound)]
    );
}

#[test]
fn round_sixty_six_misses() {
    // "위 게시물 각각에 대하여 … 임시조치하였습니다" under its own heading
    // "■ 처리 결과", below the list under "■ 처리 대상".
    let x = reply_to(
        "KCSC-240902-01",
        "■ 처리 대상\n - https://t.me/k/572\n - https://t.me/k/573\n\n■ 처리 결과\n위 게시물 각각에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」\n제44조의2에 따라 30일간 임시조치하였습니다.\n게시자가 기간 내에 재게시를 요청하지 않으면 게시물은 영구 삭제되며,\n재게시 요청이 있을 경우 관련 절차에 따라 다시 안내해 드립니다.\n\n티스토리 및 카카오톡 채널 게시물은 담당 부서에서 별도로 회신할 예정입니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/572".to_string(), Status::Restricted),
            ("https://t.me/k/573".to_string(), Status::Restricted),
        ]
    );
    // "갤러리 매니저 확인 후 삭제 처리했습니다": the sender's own act after
    // the manager looked (a manager's own deletion stays in doubt).
    let x = reply_to(
        "KCSC-240902-01",
        "요청하신 게시물 중 아래 글은 갤러리 매니저 확인 후 삭제 처리했습니다.\nhttps://t.me/k/574\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/574".to_string(), Status::Removed)]
    );
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/574 글은 마이너 갤러리 매니저가 이미 삭제하였습니다.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // "Correction: I gave you the wrong outcome. … the video has been
    // removed …", a paragraph of its own after the email's only item.
    let x = reply_to(
        "KCSC-240902-01",
        "To recap what I wrote this morning: https://t.me/k/575 has been blocked in South Korea.\n\nCorrection: I gave you the wrong outcome. Our policy team took a further look this afternoon and the video has been removed worldwide for violating our harassment policy, so it is not only blocked in Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/575".to_string(), Status::Removed)]
    );
    // "leaving it up." without its subject; "only shown to signed-in users
    // who have confirmed they are 18 or older" after "but".
    assert_reply_claims(
        "KCSC-240902-01",
        "https://t.me/k/576",
        &[
            (
                "re https://t.me/k/576\n\nhad a look. it's a drawing of a cartoon character, fully clothed, nothing\nagainst our rules or any law we know of. leaving it up.\n",
                Status::Rejected,
            ),
            (
                "We reviewed https://t.me/k/576. It doesn't break our adult\ncontent rules, but it should not have been public without a warning. We\nhave flagged it as NSFW, so it is now only shown to signed-in users who\nhave confirmed they are 18 or older.\n",
                Status::Restricted,
            ),
        ],
    );
}

#[test]
fn round_sixty_seven_false_applications() {
    // "작성자 탈퇴로 함께 삭제된 것으로 확인됩니다": gone with its author's
    // account, not taken down.
    let x = reply_to(
        "KCSC-240902-01",
        "아래 포스트는 해당 번호의 콘텐츠가 존재하지 않습니다.\n작성자 탈퇴로 함께 삭제된 것으로 확인됩니다.\nhttps://t.me/k/580\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/580".to_string(), Status::NotFound)]
    );
    // "… 지나면 삭제될 예정입니다. 삭제가 완료되면 다시 알려드리겠습니다.":
    // once it is done, not done.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/581 게시물은 작성자 소명 기간(7일)이 지나면 삭제될 예정입니다. 삭제가 완료되면 다시 알려드리겠습니다.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // "taken down by the site owner after our warning": the host's act.
    let x = reply_to(
        "KCSC-240902-01",
        "- https://t.me/k/582 was taken down by the site owner after\n  our warning, we confirmed it's gone.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/582".to_string(), Status::Removed)]
    );
    // An echoed report numbers its links; "The reported content has been
    // blocked" below it is said of the report as a whole (a person pairs).
    let x = reply_to(
        "KCSC-240902-01",
        "YOUR REPORT\n  Reference:  KCSC-240902-01\n  Links:\n    1. https://t.me/k/583\n    2. https://t.me/k/584\n\nDECISION\n  The reported content has been blocked for violating the Telegram Terms\n  of Service.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
}

#[test]
fn round_sixty_seven_misses() {
    // "아래 게시물은 … 임시조치(접근 제한)되었습니다." over a blank line and
    // fields "대상 게시물: URL".
    let x = reply_to(
        "KCSC-240902-01",
        "아래 게시물은 30일간 임시조치(접근 제한)되었습니다.\n\n대상 게시물: https://t.me/k/585\n대상 게시물: https://t.me/k/586\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/585".to_string(), Status::Restricted),
            ("https://t.me/k/586".to_string(), Status::Restricted),
        ]
    );
    // "반려 (정상 게시물)" as a row's result; "… 삭제 대상이 아니라고
    // 판단했습니다. 유지합니다." below a URL.
    let x = reply_to(
        "KCSC-240902-01",
        "No. | 게시물 URL | 처리 결과\n1 | https://t.me/k/587 | 게시중단\n2 | https://t.me/k/588 | 반려 (정상 게시물)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/587".to_string(), Status::Removed),
            ("https://t.me/k/588".to_string(), Status::Rejected),
        ]
    );
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/589\n-> 매니저와 같이 확인했는데 단순 비판 글이라\n   삭제 대상이 아니라고 판단했습니다. 유지합니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/589".to_string(), Status::Rejected)]
    );
    // A site's home page, named as what the report was about, and the one
    // statement of the email about it.
    let x = reply_to(
        "KCSC-240902-01",
        "Hello,\n\nWe reviewed your report regarding https://casino-royal88.example/ .\n\nThe website operator's account was found to be in breach of our terms of\nservice. We have terminated our services for the zone and the hostname\nis now blocked across our network; visitors receive an error page instead of\nthe site.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://casino-royal88.example/".to_string(),
            Status::Removed
        )]
    );
    // "Points 1 to 3: done, all three posts are deleted." over our quoted
    // numbered request.
    let x = reply_to(
        "KCSC-240902-01",
        "Points 1 to 3: done, all three posts are deleted.\nPoint 4: we could not find this message, the link leads nowhere.\n\nOn Fri, 6 Sep 2024 at 14:10, KCSC Takedown <takedown@kcsc.example> wrote:\n> Please remove the following content:\n>\n> 1. https://t.me/k/590\n> 2. https://t.me/k/591\n> 3. https://t.me/k/592\n> 4. https://t.me/k/593\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/590".to_string(), Status::Removed),
            ("https://t.me/k/591".to_string(), Status::Removed),
            ("https://t.me/k/592".to_string(), Status::Removed),
            ("https://t.me/k/593".to_string(), Status::NotFound),
        ]
    );
    // "Correction: … URL2 was not removed globally; it has been withheld in
    // South Korea only. The first post was removed as shown.": the sentence
    // that names the item again says what it is.
    let x = reply_to(
        "KCSC-240902-01",
        "Reported URL | Action\nhttps://t.me/k/594 | Removed\nhttps://t.me/k/595 | Removed\nCorrection: the table above was exported before the final decision on the second post. https://t.me/k/595 was not removed globally; it has been withheld in South Korea only. The first post was removed as shown.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/594".to_string(), Status::Removed),
            ("https://t.me/k/595".to_string(), Status::Restricted),
        ]
    );
}

#[test]
fn round_sixty_eight_false_applications() {
    // A heading's status over the email's only URL gives way to a later
    // paragraph about it: "… we age-restricted the following video:\nURL\n\n
    // … it has now been removed from YouTube."
    let x = reply_to(
        "KCSC-240902-01",
        "Regarding KCSC-240902-01: on 13 September we age-restricted the following video:\nhttps://t.me/k/600\n\nAfter the uploader posted the same content again on another channel, our team reviewed the video a second time, and it has now been removed from YouTube.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/600".to_string(), Status::Removed)]
    );
    // "We cannot confirm that URL was deleted": not confirmed.
    let x = reply_to(
        "KCSC-240902-01",
        "We cannot confirm that https://t.me/k/601 was deleted. The group's admins told us they removed it, but we have not been able to verify this yet.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // "the owner emptied and deleted this folder before we got to it".
    let x = reply_to(
        "KCSC-240902-01",
        "- https://t.me/k/602: the owner emptied and deleted this folder before we got to it,\n  so there was nothing left for us to act on.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/602".to_string(), Status::NotFound)]
    );
    // "moved it behind our 18+ confirmation page … no longer shown to anyone
    // who has not confirmed their age": an age gate, not a removal.
    let x = reply_to(
        "KCSC-240902-01",
        "About the image https://t.me/k/603: we've moved it behind our 18+ confirmation page.\nIt is no longer shown to anyone who has not confirmed their age.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/603".to_string(), Status::Restricted)]
    );
    // "Outcome: No violation found" and, below, "reviewed the message at
    // the link above and removed it": they disagree.
    let x = reply_to(
        "KCSC-240902-01",
        "Reported content: https://t.me/k/604\nOutcome: No violation found\n\nAgent note:\nHi, our team reviewed the message at the link above and removed it for\nviolating our Community Guidelines.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // "임시조치를 유지하기로 했습니다" keeps the measure, not the post.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/605 게시물은 임시조치를 유지하기로 했습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/605".to_string(), Status::Restricted)]
    );
}

#[test]
fn round_sixty_eight_misses() {
    // Phrasings: "These two are gone now:", "this ID was never issued",
    // "We have had the customer take down …", "I took that paste down",
    // "… 보기 어려워 운영규칙상 유지하기로 했습니다", "now 19+ only", "음란물
    // 게시로 VOD 삭제", "The customer has removed the landing page URL - we
    // checked from two\nlocations and it now answers 404."
    assert_reply_claims(
        "KCSC-240902-01",
        "https://t.me/k/606",
        &[
            (
                "These two are gone now:\nhttps://t.me/k/606\n\nThe other twelve are still with our legal team.\n",
                Status::Removed,
            ),
            (
                "https://t.me/k/606 -- this ID was never issued by our system\n",
                Status::NotFound,
            ),
            (
                "We have had the customer take down the sign-up page you reported:\nhttps://t.me/k/606\n",
                Status::Removed,
            ),
            (
                "https://t.me/k/606\n게시글에 적힌 이름은 공개된 정치인 이름이며 개인정보 노출로 보기 어려워\n운영규칙상 유지하기로 했습니다.\n",
                Status::Rejected,
            ),
            (
                "* VOD https://t.me/k/606 - now 19+ only; it can be played only after adult verification.\n",
                Status::Restricted,
            ),
            (
                "1. https://t.me/k/606\n  → 음란물 게시로 VOD 삭제\n",
                Status::Removed,
            ),
            (
                "The customer has removed the landing page https://t.me/k/606 - we checked from two\nlocations and it now answers 404.\n",
                Status::Removed,
            ),
        ],
    );
    // "Item 5 is a news photo; … so it stays up." under a table whose row 5
    // says the same: row 5's note, no doubt on the other rows.
    let x = reply_to(
        "KCSC-240902-01",
        " #  | Link                | Action taken\n----+---------------------+--------------\n 1  | https://t.me/k/607  | File deleted\n 2  | https://t.me/k/608  | No action (not illegal)\n\nItem 2 is a news photo; we see nothing in it that breaks our rules, so it\nstays up.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/607".to_string(), Status::Removed),
            ("https://t.me/k/608".to_string(), Status::Rejected),
        ]
    );
    // "we removed URL1 … and placed an age restriction on URL2, whereas URL3
    // did not violate our policies and we have left it up."
    let x = reply_to(
        "KCSC-240902-01",
        "After reviewing your request, we removed https://t.me/k/609 under our Community Guidelines and placed an age restriction on https://t.me/k/610, whereas https://t.me/k/611 did not violate our policies and we have left it up.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/609".to_string(), Status::Removed),
            ("https://t.me/k/610".to_string(), Status::Restricted),
            ("https://t.me/k/611".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn round_sixty_nine_false_applications() {
    // "URL1 has been made unavailable to viewers in South Korea — it
    // remains visible elsewhere — and the video at URL2 has been removed":
    // a dash before "and" parts the clauses as a comma does.
    let x = reply_to(
        "KCSC-240902-01",
        "Following further review under Korean law, the video at https://t.me/k/620 has been made unavailable to viewers in South Korea \u{2014} it remains visible elsewhere \u{2014} and the video at https://t.me/k/621 has been removed worldwide for violating our Community Guidelines.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/620".to_string(), Status::Restricted),
            ("https://t.me/k/621".to_string(), Status::Removed),
        ]
    );
    // "[정정] 위 88214번 게시물은 임시조치가 아니라 삭제 처리된 것으로 확인되어
    // 바로잡습니다": a correction of the post by the number in its URL.
    let x = reply_to(
        "KCSC-240902-01",
        "요청하신 https://cafe.naver.com/jjangstock/88214 게시물은 임시조치(30일) 되었습니다.\n\n[정정] 위 88214번 게시물은 임시조치가 아니라 삭제 처리된 것으로 확인되어 바로잡습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://cafe.naver.com/jjangstock/88214".to_string(),
            Status::Removed
        )]
    );
    // "neither video violates … and no action was taken on them" under a
    // table that says both were removed: a contradiction.
    let x = reply_to(
        "KCSC-240902-01",
        "URL | Status\nhttps://t.me/k/622 | Removed\nhttps://t.me/k/623 | Removed\nPlease note: after review we found that neither video violates our\nCommunity Guidelines or the local law cited, and no action was taken on\nthem.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // "deleted by the cafe member who wrote it": by its author.
    let x = reply_to(
        "KCSC-240902-01",
        "We could not act on https://t.me/k/624: the post had already been deleted by the\ncafe member who wrote it before we reviewed it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/624".to_string(), Status::NotFound)]
    );
}

#[test]
fn round_sixty_nine_misses() {
    assert_reply_claims(
        "KCSC-240902-01",
        "https://t.me/k/625",
        &[
            (
                "re your report: https://t.me/k/625\n\nwe read the whole thread. it's people arguing about a news story, nobody posted anyone's address or phone number in it. not deleting it.\n",
                Status::Rejected,
            ),
            (
                "58812 on /kr/ fell off the last page and was pruned by the board software before we saw your mail, so there was nothing left to delete (https://t.me/k/625 is a 404).\n",
                Status::NotFound,
            ),
            (
                "We age-restricted the video https://t.me/k/625. Viewers now need to be signed in\nand at least 18 years old to watch it, and it is not shown to viewers in\nRestricted Mode.\n",
                Status::Restricted,
            ),
        ],
    );
}

#[test]
fn a_decision_below_an_echoed_report_is_said_of_the_report_as_a_whole() {
    // "Your report … Reported URLs: URL1 URL2 … Outcome: Both reported URLs
    // have been blocked": which URL got what is for a person to pair.
    let x = reply_to(
        "KCSC-240902-01",
        "Your report\n-----------\nReporter: KCSC Takedown Desk\nCategory: Illegal goods\nReported URLs:\nhttps://t.me/k/626\nhttps://t.me/k/627\nComments: sale of prescription drugs\n\nOutcome\n-------\nBoth reported URLs have been blocked on our network.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // Above the echo, "the reported content" is what the echo lists
    // (blind-18, x-echoed-report).
    let x = reply_to(
        "KCSC-240902-01",
        "Thanks for your report. After reviewing the reported content, we have withheld it in\nthe Republic of Korea in response to a valid legal demand.\n\n-----------------------------------------\nYour report\nReference: KCSC-240902-01\nReported content:\n  https://t.me/k/626\n  https://t.me/k/627\nReason: Illegal content under local law\n-----------------------------------------\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/626".to_string(), Status::Restricted),
            ("https://t.me/k/627".to_string(), Status::Restricted),
        ]
    );
    // A list of its own under the statement is still its object.
    let x = reply_to(
        "KCSC-240902-01",
        "Both reported URLs have been blocked on our network:\nhttps://t.me/k/626\nhttps://t.me/k/627\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/626".to_string(), Status::Removed),
            ("https://t.me/k/627".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn a_new_act_after_a_comma_with_its_subject_is_a_clause_of_its_own() {
    // "We removed URL1, we applied an age\nrestriction to URL3": the age
    // restriction is URL3's, on one line or wrapped (it had been read as
    // the removal before it).
    for body in [
        "We removed https://t.me/k/580, we applied an age restriction to https://t.me/k/581 (the Short).\n",
        "We removed https://t.me/k/580, we applied an age\nrestriction to https://t.me/k/581.\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(
            claims_in(&x),
            vec![
                ("https://t.me/k/580".to_string(), Status::Removed),
                ("https://t.me/k/581".to_string(), Status::Restricted),
            ],
            "{body}"
        );
    }
    // Statuses by place, bare ordinals among them, over our quoted list.
    let x = reply_to(
        "KCSC-240902-01",
        "Regarding the four URLs in your request, in the order\nyou listed them: we removed the first and the second video, we applied an age\nrestriction to the third (the Short), and we took no action on the fourth,\nthe channel, because it does not violate our Community Guidelines.\n\nOn Wed, Sep 4, 2024 at 2:00 PM KCSC <takedown@kcsc.example> wrote:\n> 1. https://t.me/k/582\n> 2. https://t.me/k/583\n> 3. https://t.me/k/584\n> 4. https://t.me/k/585\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/582".to_string(), Status::Removed),
            ("https://t.me/k/583".to_string(), Status::Removed),
            ("https://t.me/k/584".to_string(), Status::Restricted),
            ("https://t.me/k/585".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn a_ticket_history_below_a_rule_or_a_title_is_not_the_author_s() {
    // Zendesk's plain text parts its messages with rules and puts a blank
    // line under the writer's name; Help Scout titles the thread below.
    for body in [
        "Your request (#418822) has been solved.\n\n----------------------------------------------\n\nMarek (Telegram Support)\n\nSep 6, 2024, 11:47 GMT+4\n\nhttps://t.me/k/586 - removed\n\n----------------------------------------------\n\nKCSC Takedown\n\nSep 3, 2024, 05:12 GMT+4\n\nPlease remove:\n\nhttps://t.me/k/586\nhttps://t.me/k/587\n",
        "Hi,\n\n1. https://t.me/k/586 - removed\n\nDana\n\n---\nConversation history\n\nKCSC Takedown - Sep 3, 2024 10:30 AM\nPlease remove:\n1. https://t.me/k/586\n2. https://t.me/k/587\n",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(
            claims_in(&x),
            vec![("https://t.me/k/586".to_string(), Status::Removed)],
            "{body}"
        );
        assert!(x.unread.is_empty(), "{:?}", x.unread);
    }
}

#[test]
fn round_seventy_false_application() {
    // Each statement over its own URL: the one that is read is not the
    // other's ("운영팀에서 비공개 처리했습니다.\nURL1\n\n… 글은 …\nURL2").
    let x = reply_to(
        "KCSC-240902-01",
        "'후기 정리' 글은 운영팀에서 비공개 처리했습니다.\nhttps://t.me/k/590\n\nThe second one we looked at too.\nhttps://t.me/k/591\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/590".to_string(), Status::Removed)]
    );
    assert_eq!(x.unread, vec!["https://t.me/k/591".to_string()]);
    // "URL1 는 … 조치하지 않았고, 나머지 두 게시물(URL2,\nURL3)은 블라인드
    // 처리하였습니다": the refusal is URL1's alone.
    let x = reply_to(
        "KCSC-240902-01",
        "신고하신 게시물 중 https://t.me/k/597 는 신고 사유에 해당하지 않아\n조치하지 않았고, 나머지 두 게시물(https://t.me/k/598,\nhttps://t.me/k/599)은 블라인드 처리하였습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/597".to_string(), Status::Rejected),
            ("https://t.me/k/598".to_string(), Status::Removed),
            ("https://t.me/k/599".to_string(), Status::Removed),
        ]
    );
    // And the blog's owner who erased it is its author.
    let x = reply_to(
        "KCSC-240902-01",
        "'후기 정리' 글은 운영팀에서 비공개 처리했습니다.\nhttps://t.me/k/590\n\n'사진 모음 2탄' 글은 블로그 주인이 이미 지워서 지금은 없는 페이지입니다.\nhttps://t.me/k/591\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/590".to_string(), Status::Removed),
            ("https://t.me/k/591".to_string(), Status::NotFound),
        ]
    );
}

#[test]
fn round_seventy_misses() {
    // A correction of a row by its place, restated with the status it
    // replaces ("… 게시중단이 아니라 임시조치되었습니다").
    let x = reply_to(
        "KCSC-240902-01",
        "번호 | URL | 조치 결과\n1 | https://blog.naver.com/a/223561234567 | 게시중단\n2 | https://cafe.naver.com/b/88213 | 삭제\n\n※ 정정: 위 표 1번의 조치 결과가 잘못 기재되었습니다. 해당 블로그 게시물은 게시중단이 아니라 임시조치(국내 접근 제한)되었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://blog.naver.com/a/223561234567".to_string(),
                Status::Restricted
            ),
            (
                "https://cafe.naver.com/b/88213".to_string(),
                Status::Removed
            ),
        ]
    );
    // Shown to some viewers only: an age restriction, not part of the item.
    let x = reply_to(
        "KCSC-240902-01",
        "신고하신 동영상을 검토한 결과, 삭제 기준에는 해당하지 않지만 일부 시청자에게\n적합하지 않은 콘텐츠로 판단되어 연령 제한을 적용했습니다.\n\n동영상: https://t.me/k/592\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/592".to_string(), Status::Restricted)]
    );
    // "taken action on both pieces of content you flagged": bulk.
    let x = reply_to(
        "KCSC-240902-01",
        "We've reviewed your report and taken action on both pieces of content you flagged, in line with our Community Guidelines.\n",
    );
    assert!(x.bulk.is_some(), "{x:?}");
    let x = reply_to(
        "KCSC-240902-01",
        "Re KCSC-240902-01: every thread and file in your list has been taken down\nas of this morning. Ban list updated.\n",
    );
    assert!(x.bulk.is_some(), "{x:?}");
    // A host's block by country, under its list.
    let x = reply_to(
        "KCSC-240902-01",
        "Following your notice we have applied a jurisdiction-\nspecific block at our edge: requests from the Republic of Korea to the\nURLs below now receive an HTTP 451 response. The pages remain reachable\noutside Korea.\n\n  https://t.me/k/595\n  https://t.me/k/596\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/595".to_string(), Status::Restricted),
            ("https://t.me/k/596".to_string(), Status::Restricted),
        ]
    );
    // Still open with a team: pending, said.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/593 has now been removed.\n\nhttps://t.me/k/594 is still open with our legal team.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/593".to_string(), Status::Removed)]
    );
    assert!(x.unread.is_empty(), "{:?}", x.unread);
}
#[test]
fn round_seventy_three_false_applications() {
    // What follows ", but" is never the act before it, said or not.
    for (body, third) in [
        (
            "https://t.me/k/600 and https://t.me/k/601 have been removed\nfrom YouTube, but https://t.me/k/602 will stay up: it is a news report\nand falls under our exception.\n",
            vec![("https://t.me/k/602".to_string(), Status::Rejected)],
        ),
        (
            "https://t.me/k/600 and https://t.me/k/601 have been removed\nfrom YouTube, but https://t.me/k/602 is something we will look at again.\n",
            vec![],
        ),
    ] {
        let x = reply_to("KCSC-240902-01", body);
        let mut want = vec![
            ("https://t.me/k/600".to_string(), Status::Removed),
            ("https://t.me/k/601".to_string(), Status::Removed),
        ];
        want.extend(third);
        assert_eq!(claims_in(&x), want, "{body}");
    }
    let x = reply_to(
        "KCSC-240902-01",
        "We removed https://t.me/k/603, but https://t.me/k/604 we will look at again.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/603".to_string(), Status::Removed)]
    );
    // "유지(위반 내용 확인 불가)": kept, the wrong not shown; "we could not
    // find the defamatory statements described in your notice": no wrong
    // found, not a post that is gone.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/605 삭제\nhttps://t.me/k/606 유지(위반 내용 확인 불가)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/605".to_string(), Status::Removed),
            ("https://t.me/k/606".to_string(), Status::Rejected),
        ]
    );
    let x = reply_to(
        "KCSC-240902-01",
        "We looked at https://t.me/k/607 again. The post quotes a news article; we could not find the defamatory statements described in your notice. We are keeping the post up.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/607".to_string(), Status::Rejected)]
    );
}
#[test]
fn round_seventy_four_fixes() {
    // The false application: deleted before the review is not found.
    let x = reply_to(
        "KCSC-240902-01",
        "Channel: https://t.me/k/610\nAction: indefinite suspension. The channel is no longer accessible.\n\nVOD: https://t.me/k/611\nAction: none possible. The VOD had already been deleted when we reviewed\nyour request, and no copy remains on Twitch.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/610".to_string(), Status::Removed),
            ("https://t.me/k/611".to_string(), Status::NotFound),
        ]
    );
    // A date that starts a line ("2024. 9. 3.부터") goes on with the
    // sentence above; it is no list number.
    let x = reply_to(
        "KCSC-240902-01",
        "또한 https://t.me/k/612 게시물에 대해서는 정보통신망법 제44조의2에 따라\n2024. 9. 3.부터 30일간 임시조치(접근 차단)하였습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/612".to_string(), Status::Restricted)]
    );
    // A correction of a row by its place, restated with what it replaces.
    let x = reply_to(
        "KCSC-240902-01",
        "No. | URL | Action\n1 | https://t.me/k/614 | Removed\n2 | https://t.me/k/615 | Removed\n\nCorrection to the table above: row 2 is wrong. The second video was not\nremoved; after a second review it was age-restricted and remains available\nto signed-in adult viewers.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/614".to_string(), Status::Removed),
            ("https://t.me/k/615".to_string(), Status::Restricted),
        ]
    );
    // An invite that had expired, no server to be found.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/616\nThe invite had expired and we could not identify a server for it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/616".to_string(), Status::NotFound)]
    );
    // A bulk statement with a date inside it.
    let x = reply_to(
        "KCSC-240902-01",
        "2. 요청하신 12건 전체에 대하여 2024. 9. 9.자로 게시중단 조치를 완료하였음을 알려드립니다.  끝.\n",
    );
    assert_eq!(x.bulk.as_ref().map(|b| b.status), Some(Status::Removed));
    assert!(super::lines::is_policy_link(
        "https://reportcontent.google.com/dashboard"
    ));
    // "not deleted by its author, it is still online", then the refusal.
    let x = reply_to(
        "KCSC-240902-01",
        "Regarding https://t.me/k/613: the post was not deleted by its author, it is still online.\nOur moderators checked it and found that it does not break the Telegram\nTerms of Service, so it will stay available.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/613".to_string(), Status::Rejected)]
    );
}
#[test]
fn round_seventy_five_fixes() {
    // The trusted email that ended ignored: a ticket that asks for more
    // before it acts is no receipt.
    let x = reply_to(
        "KCSC-240902-01",
        "Thank you for your report. Before we can act on the links it lists, we\nneed a little more from you:\n\n1. the specific provision of Korean law that the content breaches, and\n2. a copy of the decision of your commission, if one has been issued.\n",
    );
    assert!(x.asks.is_some(), "{x:?}");
}
#[test]
fn round_seventy_six_false_applications() {
    // Age gates and a block by country, not removals.
    let x = reply_to(
        "KCSC-240902-01",
        "we moved https://t.me/k/620 to /hv/, which is behind our 18+ gate.\nit's no longer visible to anyone who hasn't passed age verification.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/620".to_string(), Status::Restricted)]
    );
    let x = reply_to(
        "KCSC-240902-01",
        "The URL https://t.me/k/621 is served from our product. Access to it from the Republic of Korea\nhas been blocked at our edge since 2024-09-10 09:00 UTC, in line with local\nlaw. It remains reachable from other countries.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/621".to_string(), Status::Restricted)]
    );
    // "유지(…)" keeps the post only for a reason that finds no wrong; the
    // measure kept, "임시조치 유지（30일 경과 후 재검토）", stays restricted.
    let x = reply_to(
        "KCSC-240902-01",
        "① https://cafe.naver.com/g/1207733：삭제 조치\n② https://blog.naver.com/s/223549900412：해당 게시물 없음（작성자 자진 삭제）\n③ https://blog.naver.com/s/223548812030：임시조치 유지（30일 경과 후 재검토）\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://blog.naver.com/s/223548812030".to_string(),
                Status::Restricted
            ),
            (
                "https://blog.naver.com/s/223549900412".to_string(),
                Status::NotFound
            ),
            (
                "https://cafe.naver.com/g/1207733".to_string(),
                Status::Removed
            ),
        ]
    );
    // A note that the table's action for a row is out of date: the row
    // is in doubt.
    let x = reply_to(
        "KCSC-240902-01",
        "URL | Action\nhttps://t.me/k/622 | Removed\nhttps://t.me/k/623 | Blocked (KR)\n\nNote: the action shown above for https://t.me/k/623 is out of date.\nThe video was first blocked in Korea, but the uploader's channel was later\nterminated and the video is now removed for all viewers.\n",
    );
    assert!(
        !claims_in(&x).contains(&("https://t.me/k/623".to_string(), Status::Restricted)),
        "{:?}",
        x.claims
    );
    // A ticket history whose headers put name and stamp on one line: our
    // message is history, the team's older comment is its own word.
    let x = reply_to(
        "KCSC-240902-01",
        "Mina (Trust & Safety), Sep 24, 2024, 14:45 PDT\n\nhttps://t.me/k/624\nThis message was removed.\n\n----------------------------------------------\n\nKCSC Takedown, Sep 23, 2024, 18:10 PDT\n\nCould you tell us the outcome for https://t.me/k/624 and https://t.me/k/626?\n\n----------------------------------------------\n\nMina (Trust & Safety), Sep 6, 2024, 11:02 PDT\n\nQuick note: the server behind https://t.me/k/625 has\nbeen deleted, and https://t.me/k/626 is an invalid invite we could not trace.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/624".to_string(), Status::Removed),
            ("https://t.me/k/625".to_string(), Status::Removed),
            ("https://t.me/k/626".to_string(), Status::NotFound),
        ]
    );
}
#[test]
fn round_seventy_eight_false_application() {
    // "URL was listed as removed in error. After review, this video does
    // not violate …": the label taken back is no removal.
    let x = reply_to(
        "KCSC-240902-01",
        "This is a correction to our message of earlier today.\n\nhttps://t.me/k/630 was listed as removed in error. After review, this video does not\nviolate our Community Guidelines and remains available on TikTok.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/630".to_string(), Status::Rejected)]
    );
}

#[test]
fn round_seventy_nine_false_applications() {
    // Blind-442: "doesn't go against our Community Guidelines. Following a
    // legal review, we have restricted access to it in South Korea": kept
    // up under the platform's rules, withheld under the country's.
    let x = reply_to(
        "KCSC-240902-01",
        "Instagram post https://t.me/k/700\nWe reviewed this content and found that it doesn't go against our\nCommunity Guidelines. Following a legal review, we have restricted access\nto it in South Korea based on local law.\n\nFacebook post https://t.me/k/701\nWe removed this content because it goes against our Community Standards.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/700".to_string(), Status::Restricted),
            ("https://t.me/k/701".to_string(), Status::Removed),
        ]
    );
    // Another item's restriction is no measure on this one.
    assert_eq!(
        said(
            "We found that this video does not violate our guidelines. The other video has been restricted in Korea.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    // Blind-447: a record whose decision field says 삭제 while its detail
    // field says the post stays up contradicts itself: no status.
    let x = reply_to(
        "KCSC-240902-01",
        "■ 대상 게시물 : https://t.me/k/702\n■ 처리 결과 : 삭제\n■ 상세 내용 : 신고하신 게시물은 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // The same record with a detail that agrees stands.
    let x = reply_to(
        "KCSC-240902-01",
        "■ 대상 게시물 : https://t.me/k/702\n■ 처리 결과 : 삭제\n■ 상세 내용 : 음란물 게시로 확인되어 삭제하였습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/702".to_string(), Status::Removed)]
    );
    // A record of fields ("URL: … / Reported on: … / Status: Removed") whose
    // note below says the post stays up.
    let x = reply_to(
        "KCSC-240902-01",
        "URL: https://t.me/k/703\nReported on: 2024-09-03\nStatus: Removed\nNote: We found no violation of our rules and the post stays up.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
}

#[test]
fn round_seventy_nine_a_list_closed_by_a_field_after_a_blank_line() {
    // Blind-447 (naver-imsi-joch-notice): "■ 조치 대상 / - URL1 / - URL2",
    // a blank line, then "■ 조치 내용 : 임시조치 (…)": the list's field.
    let x = reply_to(
        "KCSC-240902-01",
        "아래와 같이 조치하였음을 알려드립니다.\n\n■ 조치 대상\n - https://t.me/k/710\n - https://t.me/k/711\n\n■ 조치 내용 : 임시조치 (30일간 해당 게시물에 대한 접근 차단)\n■ 근거 : 정보통신망법 제44조의2\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/710".to_string(), Status::Restricted),
            ("https://t.me/k/711".to_string(), Status::Restricted),
        ]
    );
}

#[test]
fn round_seventy_nine_korean_measures() {
    // Blind-447 (daum-cafe-quoted-printable): a bracketed measure with its
    // length, before the URL.
    let x = reply_to(
        "KCSC-240902-01",
        "[삭제] https://t.me/k/720\n[임시조치 - 30일간 열람 제한] https://t.me/k/721\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/720".to_string(), Status::Removed),
            ("https://t.me/k/721".to_string(), Status::Restricted),
        ]
    );
    // Blind-445: deleted by its author, with a date between.
    assert_eq!(
        said(
            "게시물은 작성자가 9월 10일에 이미 삭제한 글이라 저희 쪽에서 별도로 조치할 것이 없습니다.",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
    // Someone's claim that it was deleted is not a finding.
    assert!(matches!(
        said(
            "작성자가 어제 직접 삭제했다고 주장하지만 확인되지 않았습니다.",
            &[]
        ),
        Said::Hedged(_)
    ));
    // Blind-445: hidden until the member's explanation is checked: hidden now.
    assert_eq!(
        said(
            "은 해당 회원 소명 확인 전까지 블라인드 처리해 두었습니다.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
    // A deletion held back until then is not done.
    assert!(matches!(
        said("소명 확인 전까지 삭제를 보류합니다.", &[]),
        Said::Hedged(_)
    ));
    // Blind-443: a 지식iN answer deleted; playback blocked in Korea.
    assert_eq!(said("지식iN 답변 삭제", &[]), Said::Stated(Status::Removed));
    assert_eq!(
        said("국내 재생 차단", &[]),
        Said::Stated(Status::Restricted)
    );
    assert!(matches!(said("국내 재생 차단 예정", &[]), Said::Hedged(_)));
}

#[test]
fn round_seventy_nine_sentences_across_lines() {
    // Blind-444: a hedge in a relative clause that breaks the line, the
    // main clause on the next line before that line's own URL.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/730, which may have been removed by the account owner before our\nreview, could not be located on X. https://t.me/k/731 has been withheld in Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/730".to_string(), Status::NotFound),
            ("https://t.me/k/731".to_string(), Status::Restricted),
        ]
    );
    // Blind-444: a label of prose that runs on in lower case is no field.
    let x = reply_to(
        "KCSC-240902-01",
        "To clarify our earlier message: https://t.me/k/732 has not been removed; it has been\nwithheld in Korea only and remains visible elsewhere.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/732".to_string(), Status::Restricted)]
    );
    // Blind-446: the sentence begins on the line above the bracketed URL.
    let x = reply_to(
        "KCSC-240902-01",
        "Thanks for your report. We have removed the message at\n<https://t.me/k/733> and taken action against the account\nthat posted it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/733".to_string(), Status::Removed)]
    );
}

#[test]
fn round_seventy_nine_help_desk_and_statement_of_reasons() {
    // Blind-447: a help desk echoes our request under its headers, then
    // heads its reply: the reply is the author's.
    let x = reply_to(
        "KCSC-240902-01",
        "[티켓 #DC-1] 문의에 답변이 등록되었습니다.\n\n── 고객님 문의 내용 ──\n보낸 사람: takedown@kcsc.example\n제목: [KCSC-240902-01] 불법정보 시정요구\n\n아래 게시물의 삭제를 요청합니다.\nhttps://t.me/k/740\nhttps://t.me/k/741\n\n── 답변 내용 ──\n요청하신 게시물 중 아래 1건을 먼저 삭제 처리했습니다.\n - https://t.me/k/741\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/741".to_string(), Status::Removed)]
    );
    // Blind-442: a statement of reasons withholds the post under local
    // law; that it breaks no platform rule is why it was not removed.
    let x = reply_to(
        "KCSC-240902-01",
        "Statement of reasons\n\nCase number: 0145\n\nContent concerned: the post available at https://t.me/k/742 which was reported to us.\n\nDecision: Restriction of visibility. The post has been withheld in the Republic of Korea and stays available in other countries.\n\nTerritorial scope of the decision: KR\n\nGround for the decision: applicable local law of the Republic of Korea. The post was not found to violate the X Rules.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/742".to_string(), Status::Restricted)]
    );
}

#[test]
fn round_eighty_false_applications() {
    // Blind-450: "Correction, 17 Sep: the second line above is out of
    // date." is a labelled correction of row 2: its earlier status is not
    // taken.
    let x = reply_to(
        "KCSC-240902-01",
        "Please find below the status of two videos.\n\nhttps://t.me/k/800 - removed (Community Guidelines)\nhttps://t.me/k/801 - blocked in South Korea\n\nCorrection, 17 Sep: the second line above is out of date. After a second\nreview the video was removed from YouTube globally yesterday, so\nit is no longer available in any country.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/800".to_string(), Status::Removed)]
    );
    // Blind-452: an age gate in more words than before, and "can no longer
    // be viewed without signing in as a verified adult".
    assert_eq!(
        said(
            "the post has been placed behind an adult (19+) age verification gate and can no longer be viewed without signing in as a verified adult.",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
    assert_eq!(
        said(
            "It can no longer be viewed without signing in as a verified adult.",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
    assert_eq!(
        said(
            "The post has been removed and can no longer be viewed.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
}

#[test]
fn round_eighty_misses() {
    // Blind-452, 449, 448: phrasings.
    assert_eq!(
        said(
            "Action taken: none - we did not find a breach of our Terms of Service in this post.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    assert_eq!(
        said(
            "→ 청소년 유해 게시물로 판단되어 19세 미만 이용자 열람 제한(성인 인증 필요)",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
    assert!(matches!(
        said("19세 미만 이용자 열람 제한을 요청합니다.", &[]),
        Said::Hedged(_)
    ));
    assert_eq!(
        said("Decision taken: removal of the content", &[]),
        Said::Stated(Status::Removed)
    );
    // Blind-451: bare URLs after the sentence that counts them.
    let x = reply_to(
        "KCSC-240902-01",
        "deleted both, uploader banned. https://t.me/k/810 https://t.me/k/811\nm.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/810".to_string(), Status::Removed),
            ("https://t.me/k/811".to_string(), Status::Removed),
        ]
    );
    // Not when the count is not theirs.
    let x = reply_to(
        "KCSC-240902-01",
        "deleted both, uploader banned. https://t.me/k/810 https://t.me/k/811 https://t.me/k/812\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // Blind-449: the paragraph about "this content" below the URL, its
    // first line cut mid-sentence.
    let x = reply_to(
        "KCSC-240902-01",
        "Thanks for your report. We reviewed the following video:\nhttps://t.me/k/813\n\nWe have not taken action on this content. Based on the information provided, it does not\nappear to violate local law or our Community Guidelines, and it remains available.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/813".to_string(), Status::Rejected)]
    );
}

#[test]
fn round_eighty_one_false_applications() {
    // Blind-456: "we were unable to find it unlawful under Korean law" is a
    // judgement about it, not a search that failed.
    assert_eq!(
        said(
            "After careful review, we have determined that ; does not violate the X Rules, and we were unable to find it unlawful under Korean law based on the information provided. We will therefore not be taking action on it at this time.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    assert_eq!(
        said("We were unable to find it on our service.", &[]),
        Said::Stated(Status::NotFound)
    );
    // Blind-455: the arrow line under URL1 is not part of URL2's sentence:
    // URL2's own arrow line, in words the reader does not know, leaves it
    // unread.
    let x = reply_to(
        "KCSC-240902-01",
        "조치 결과를 안내드립니다.\nhttps://t.me/k/900\n→ 게시글 삭제 및 작성자 카페 활동 정지\nhttps://t.me/k/901\n→ 별도 게시판으로 이동 (운영진 확인)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/900".to_string(), Status::Removed)]
    );
    assert_eq!(x.unread, vec!["https://t.me/k/901".to_string()]);
    // And moved to the adult-verified board is an age gate.
    assert_eq!(
        said("→ 성인 인증 게시판으로 이동 (청소년 열람 제한)", &[]),
        Said::Stated(Status::Restricted)
    );
}

#[test]
fn round_eighty_one_misses() {
    assert_eq!(
        said(
            "그리고 ; 에 대해서는 블로그팀에서 오늘 오전 삭제 조치를 마쳤습니다.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
    assert!(matches!(
        said("삭제 조치를 마치면 알려드리겠습니다.", &[]),
        Said::Hedged(_)
    ));
    assert_eq!(
        said(
            "The post has been marked as adult content (19+); it can now only be viewed by logged-in, age-verified users.",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
    // Blind-459: a Korean mail system's bounce from the postmaster.
    let x = extract_raw(
        "From: postmaster@inven.co.kr\nSubject: [메일 발송 실패] [KCSC-240902-01] 시정요구\nMessage-ID: <b@inven.co.kr>\n\n보내신 메일이 아래 수신자에게 전달되지 못했습니다.\n실패 사유 : 552 5.2.2 Mailbox full\n",
    );
    assert_eq!(x.classification, Classification::Bounce);
}

#[test]
fn statements_of_reasons_give_their_grounds_in_later_fields() {
    // What the full run after round 79 found (blind-3, 88, 126, 222): a
    // later field that gives the ground of the decision is no second
    // outcome. A finding under the platform's rules beside a restriction
    // under local law, over two lines:
    let x = reply_to(
        "KCSC-240902-01",
        "Content concerned: https://t.me/k/950\nType of restriction: Disabling of access in a Member State or third country\nTerritorial scope: KR\nFacts and circumstances: the video does not violate our Community\nGuidelines; access was disabled in the Republic of Korea on the basis of\nthe illegality notified by the authority.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/950".to_string(), Status::Restricted)]
    );
    // "not found to be incompatible with our terms", "not found to contain
    // illegal content": no breach, not a lost post.
    assert_eq!(
        said(
            "Ground: The content was not found to be incompatible with our terms of service or with applicable law",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    assert_eq!(
        said(
            "Reason: after review, the video was not found to contain illegal content or to breach our Community Guidelines.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    let x = reply_to(
        "KCSC-240902-01",
        "Content: https://t.me/k/951\nDecision: no restriction\nReason: after review, the video was not found to contain illegal content\nor to breach our Community Guidelines.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/951".to_string(), Status::Rejected)]
    );
}

#[test]
fn round_eighty_two_false_applications() {
    // Blind-463: blocked from IP addresses in Korea, reachable elsewhere.
    assert_eq!(
        said(
            "Following your notice, access to ; from IP addresses in the Republic of Korea is now blocked. The site stays reachable in other countries.",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
    // Blind-464: a second macro below a signature separator speaks of the
    // same item; the two disagree.
    let x = reply_to(
        "KCSC-240902-01",
        "Hello,\n\nThe post https://t.me/k/960 was taken down.\n\n--\nResult of review:\nWe reviewed https://t.me/k/960 and found no violation of the\nTelegram Terms of Service. The content remains available.\n\nTelegram Abuse Team\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    assert_eq!(x.conflicts.len(), 1);
    // A real signature below the separator is still cut.
    let x = reply_to(
        "KCSC-240902-01",
        "The post https://t.me/k/961 was taken down.\n--\nTelegram Abuse Team\nhttps://telegram.org/faq\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/961".to_string(), Status::Removed)]
    );
    // Blind-465: "may be carried out" after a choice of measures is no act.
    assert!(matches!(
        said(
            "검토 결과에 따라 VOD 삭제 또는 시청 제한 조치가 이루어질 수 있으며, 결과는 검토가 끝나는 대로 안내드리겠습니다.",
            &[]
        ),
        Said::Hedged(_)
    ));
    assert!(matches!(
        said(
            "검토 결과에 따라 VOD 시청 제한 조치가 이루어질 수 있습니다.",
            &[]
        ),
        Said::Hedged(_)
    ));
    assert_eq!(
        said("시청 제한 조치가 이루어졌습니다.", &[]),
        Said::Stated(Status::Restricted)
    );
}

#[test]
fn round_eighty_two_misses() {
    // Blind-460: a particle alone after the URL's last slash, on any host.
    let x = reply_to(
        "KCSC-240902-01",
        "요청하신 댓글 https://www.reddit.com/r/a/comments/1f4m9xa/re_upload/lk3v8d2/은 작성자가 이미 삭제하여 존재하지 않습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.reddit.com/r/a/comments/1f4m9xa/re_upload/lk3v8d2/".to_string(),
            Status::NotFound
        )]
    );
    // Blind-465: "처리완료(삭제)".
    assert_eq!(said("처리완료(삭제)", &[]), Said::Stated(Status::Removed));
    assert!(matches!(said("처리완료 (삭제 요청)", &[]), Said::Hedged(_)));
}

#[test]
fn a_ground_that_scopes_a_restriction_is_no_second_outcome() {
    // Blind-151, found by the full run after round 81: "Ground: … illegal
    // under the law of the Republic of Korea; it is not illegal in the EU
    // Member States" is the restriction's scope.
    let x = reply_to(
        "KCSC-240902-01",
        "Content concerned:       https://t.me/k/970\nDecision:                access to the content disabled in the Republic\n                         of Korea only\nTerritorial scope:       KR\nGround:                  content notified as illegal under the law of the\n                         Republic of Korea; it is not illegal in the EU\n                         Member States where we operate\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/970".to_string(), Status::Restricted)]
    );
    // But a note that no action was taken contradicts it.
    let x = reply_to(
        "KCSC-240902-01",
        "Content concerned: https://t.me/k/971\nDecision: Withheld in KR\nNote: we found no violation and no action was taken on this post.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
}

#[test]
fn what_the_full_run_after_round_eighty_one_found() {
    // Blind-312: an outcome one blank line below a numbered list that names
    // its entries by their places is not the whole list's.
    let x = reply_to(
        "KCSC-240902-01",
        "Reported posts:\n\n1. https://t.me/k/980\n2. https://t.me/k/981\n3. https://t.me/k/982\n\nOutcome: 1 and 3 were removed for violating our policy. 2 was withheld in South Korea.\n",
    );
    assert!(!claims_in(&x).contains(&("https://t.me/k/981".to_string(), Status::Removed)));
    // Blind-402: "It was not found incompatible with the X Rules and
    // therefore remains visible outside Korea" is the scope of the
    // restriction, no lost post.
    assert_eq!(
        said("It was not found incompatible with the X Rules.", &[]),
        Said::Stated(Status::Rejected)
    );
    let x = reply_to(
        "KCSC-240902-01",
        "Content: https://t.me/k/983\nDecision: visibility of the content restricted in the territory of the Republic of Korea (country withheld)\nGround: the content was considered illegal under the law of the Republic of Korea. It was not found incompatible with the X Rules and therefore remains visible outside Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/983".to_string(), Status::Restricted)]
    );
}

#[test]
fn round_eighty_three_false_applications() {
    // Blind-467: a sub-bullet indented under a lettered entry is the
    // entry's, not a heading for the next entry.
    let x = reply_to(
        "KCSC-240902-01",
        "  가. https://t.me/k/990\n      - 다음 카페 게시물 / 게시중단(삭제) 완료 (9. 5.)\n  나. https://t.me/k/991\n      - 다음 카페 게시물 / 임시조치(30일) 적용 (9. 5.)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/990".to_string(), Status::Removed),
            ("https://t.me/k/991".to_string(), Status::Restricted),
        ]
    );
    // Blind-467: "임시조치 걸어두었습니다" in its own clause.
    let x = reply_to(
        "KCSC-240902-01",
        "https://t.me/k/992 은 카페 운영 규정 위반으로 삭제했고요, https://t.me/k/993은 명예훼손 소지가 있어 임시조치 걸어두었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/992".to_string(), Status::Removed),
            ("https://t.me/k/993".to_string(), Status::Restricted),
        ]
    );
    // Blind-468: "URL4 we left up since …" in a sentence of clauses.
    let x = reply_to(
        "KCSC-240902-01",
        "Having checked it: https://t.me/k/994 was taken down, https://t.me/k/995 we could not find, and https://t.me/k/996 we left up since it contains no illegal content.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/994".to_string(), Status::Removed),
            ("https://t.me/k/995".to_string(), Status::NotFound),
            ("https://t.me/k/996".to_string(), Status::Rejected),
        ]
    );
    // Blind-468: the latest revision of an item wins: "please disregard the
    // line above" withdraws the "Update: URL has been withheld".
    let x = reply_to(
        "KCSC-240902-01",
        "Update on KCSC-240902-01: https://t.me/k/997 has been withheld in South Korea.\n\nSorry, please disregard the line above, it went out too early by mistake. That post is still with our legal reviewers and no decision has been made yet.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // Blind-469, 470: a block for KR IP addresses; unreachable worldwide;
    // a status line under the URL above is not the next URL's sentence.
    assert_eq!(
        said("Blocked for KR IP addresses", &[]),
        Said::Stated(Status::Restricted)
    );
    assert_eq!(
        said(
            "해당 고객 계정 해지 및 서비스 중단으로 전 세계에서 접근 불가",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
    let x = reply_to(
        "KCSC-240902-01",
        "Final status:\n\n  https://t.me/k/998:\n    withheld in Korea\n  https://t.me/k/999:\n    account suspended\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/998".to_string(), Status::Restricted),
            ("https://t.me/k/999".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn a_wrap_runs_through_a_line_only_a_status_below_a_url_stops() {
    // Blind-354, found by the last full run: "and left" above "<URL2>" was
    // consumed as the rest of URL1's sentence, which must not stop URL2's
    // sentence from wrapping through it; only a status line read below a
    // bare URL does ("URL1:\n    withheld in Korea\nURL2:\n    …").
    let x = reply_to(
        "KCSC-240902-01",
        "Of the two videos you reported, we removed\n<https://t.me/k/1000>\nand left\n<https://t.me/k/1001>\nup, because it does not violate our Community Guidelines or Korean law.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/1000".to_string(), Status::Removed),
            ("https://t.me/k/1001".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn a_pasted_csv_keeps_a_quoted_cell_whole_and_its_rows_are_not_read_again() {
    // Blind-451 (pt-inline-csv): the note of the third row is quoted because
    // it holds a comma; split at every comma the row had four cells, the
    // table stopped above it, and the first two rows read again as prose
    // gave "…/aX93kQ,removed" as a URL matching no item.
    let x = reply_to(
        "KCSC-240911-07",
        "Results below (csv):\n\nurl,action,note\nhttps://t.me/k/1,removed,\nhttps://t.me/k/2,removed,author suspended\nhttps://t.me/k/3,kept,\"no personal data in it, only a public company address\"\n\n-- abuse desk\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/1".to_string(), Status::Removed),
            ("https://t.me/k/2".to_string(), Status::Removed),
            ("https://t.me/k/3".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn a_section_heading_names_its_measure_and_how_many_items_it_heads() {
    // Blind-461 (dc-gongmun-base64-grouped): "가. 삭제: 3건" over three URLs
    // read as a hedge, so the three removals stayed pending. A count after
    // one measure is the section's size; a count after two ("삭제 3건,
    // 미조치 1건") sums up a list it does not pair, and states nothing.
    let x = reply_to(
        "KCSC-240905-04",
        "귀 기관의 시정요구에 따라 조치한 결과를 회신합니다.\n\n  가. 삭제: 2건\n     - https://t.me/k/1\n     - https://t.me/k/2\n  나. 미조치: 1건\n     - https://t.me/k/3\n       (사유: 운영 기준상 삭제 사유에 해당하지 않음)\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/1".to_string(), Status::Removed),
            ("https://t.me/k/2".to_string(), Status::Removed),
            ("https://t.me/k/3".to_string(), Status::Rejected),
        ]
    );
    let summed = reply_to(
        "KCSC-240905-04",
        "조치 결과: 삭제 2건, 미조치 1건\n- https://t.me/k/1\n- https://t.me/k/2\n- https://t.me/k/3\n",
    );
    assert!(claims_in(&summed).is_empty(), "{:?}", claims_in(&summed));
}

#[test]
fn a_sentence_below_a_bare_url_ends_on_a_line_that_names_another_url_later() {
    // Blind-453 (naver-ticket-hard-wrapped-url): hard-wrapped at 70
    // columns, the first URL's sentence ends at the start of the line that
    // names the second one ("삭제되었습니다. 또한 영상 URL2 도"); that line's
    // first sentence is the first URL's, and its URL is still read from it.
    let x = reply_to(
        "KCSC-240903-01",
        "재검토를 요청하신 인플루언서 콘텐츠\nhttps://t.me/k/1\n는 재검토 결과 불법 도박 사이트로 연결되는 링크가 확인되어\n삭제되었습니다. 또한 영상 https://t.me/k/2 도\n삭제 상태임을 다시 확인드립니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/1".to_string(), Status::Removed),
            ("https://t.me/k/2".to_string(), Status::Removed),
        ]
    );
    let kept = reply_to(
        "KCSC-240903-01",
        "신고하신 게시물\nhttps://t.me/k/1\n는 검토 결과 불법 도박 사이트로 연결되는 링크가 확인되어\n삭제되었습니다. 반면 https://t.me/k/2 는 운영정책에 위반되지 않아\n게시를 유지합니다.\n",
    );
    assert_eq!(
        claims_in(&kept),
        vec![
            ("https://t.me/k/1".to_string(), Status::Removed),
            ("https://t.me/k/2".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn a_korean_sentence_that_says_the_item_is_in_a_deleted_state_states_it() {
    // Blind-453: "영상 URL 도 삭제 상태임을 다시 확인드립니다" read as a hedge.
    use crate::extract::status::{Said, said};
    for text in [
        "해당 영상은 삭제 상태입니다.",
        "또한 영상 https://t.me/k/2 도 삭제 상태임을 다시 확인드립니다.",
        "해당 게시물은 블라인드 상태입니다.",
    ] {
        assert_eq!(said(text, &[]), Said::Stated(Status::Removed), "{text}");
    }
    for text in [
        "삭제 상태인지 확인 중입니다.",
        "해당 게시물은 삭제 상태가 아닙니다.",
    ] {
        assert!(!matches!(said(text, &[]), Said::Stated(_)), "{text}");
    }
}

#[test]
fn round_eighty_four_false_application() {
    // Blind-475 (inkboard-hedged-maybe): a janitor's guess, asked as a
    // question, with a promise to check: nothing is stated.
    let x = reply_to(
        "KCSC-240905-04",
        "i think another jannie already took down https://t.me/k/1? the mod log is a mess\nright now, will double check tomorrow and get back to you\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    use crate::extract::status::{Said, said};
    for text in [
        "I think another moderator already took down the post.",
        "Another mod already took it down, I think.",
        "Was it removed already? Not sure.",
        "The post is gone, but we will double-check tomorrow.",
    ] {
        assert!(!matches!(said(text, &[]), Said::Stated(_)), "{text}");
    }
    // A question beside a plain statement does not hedge the statement.
    for text in [
        "Thanks for the report! We have removed the post. Anything else?",
        "We double-checked and the post has been removed.",
    ] {
        assert_eq!(said(text, &[]), Said::Stated(Status::Removed), "{text}");
    }
}

#[test]
fn round_eighty_four_refusals_and_deletions_before_us() {
    // Blind-474 (tg-angle-brackets-refusal): the act denied before two
    // URLs, the reason after them or in the next sentence about both, is
    // one refusal of both (not "did not act on URL1" alone, a hedge).
    for body in [
        "We did not act on <https://t.me/k/1> and <https://t.me/k/2>. Both messages advertise an exchange service and do not break our Terms of Service.\n",
        "We did not act on https://t.me/k/1 and https://t.me/k/2 because they do not break our Terms of Service.\n",
    ] {
        assert_eq!(
            claims_in(&reply_to("KCSC-240906-03", body)),
            vec![
                ("https://t.me/k/1".to_string(), Status::Rejected),
                ("https://t.me/k/2".to_string(), Status::Rejected),
            ],
            "{body}"
        );
    }
    // Still a hedge when the next sentence says nothing decided.
    let x = reply_to(
        "KCSC-240906-03",
        "We did not act on https://t.me/k/1 and https://t.me/k/2 yet. Both messages are still under review.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    // Blind-474 (tg-not-removed-author-deleted): not removed by us, because
    // it was gone already.
    let x = reply_to(
        "KCSC-240906-03",
        "Hello,\nhttps://t.me/k/1 was not removed by our moderators: the channel's administrator had already deleted the message before we got to it.\nhttps://t.me/k/2 is still online while our review continues.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/1".to_string(), Status::NotFound)]
    );
    use crate::extract::status::{Said, said};
    assert_eq!(
        said(
            "We have not removed it yet: the author may have deleted it.",
            &[]
        ),
        Said::Hedged(Status::Removed)
    );
}

#[test]
fn round_eighty_five_false_application() {
    // Blind-480 (x-numbered-list-then-correction): "removed from X
    // entirely, not only withheld in Korea" is a removal; the country named
    // is the lesser measure it was not limited to.
    let x = reply_to(
        "KCSC-240919-01",
        "Outcome for the following posts:\n1. https://x.com/a/status/1 \u{2014} Withheld in KR\n2. https://x.com/a/status/2 \u{2014} Withheld in KR\nCorrection regarding item 2: after a second review on 25 September the post was found to violate our rules and has been removed from X entirely, not only withheld in Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/a/status/1".to_string(), Status::Restricted),
            ("https://x.com/a/status/2".to_string(), Status::Removed),
        ]
    );
    use crate::extract::status::{Said, said};
    for (text, want) in [
        (
            "The video has been removed, not only in Korea.",
            Status::Removed,
        ),
        (
            "It was removed rather than just withheld in Korea.",
            Status::Removed,
        ),
        (
            "The post has been removed in Korea, not just blocked.",
            Status::Restricted,
        ),
        ("It was removed, but only in Korea.", Status::Restricted),
    ] {
        assert_eq!(said(text, &[]), Said::Stated(want), "{text}");
    }
}

#[test]
fn round_eighty_five_misses() {
    // Blind-478 (x-account-withheld-url-below): the next paragraph
    // describes X's country-withheld notice; it agrees, it does not leave
    // the heading's status in doubt.
    let x = reply_to(
        "KCSC-240903-01",
        "Hello,\n\nIn response to your legal request, the following\naccount has been withheld in South Korea:\n\nhttps://x.com/k1\n\nPeople located in South Korea now see a notice in place of the account.\n\nWe will reply about the other URLs in your request separately.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://x.com/k1".to_string(), Status::Restricted)]
    );
    // Blind-481 (stash-admin-two-liner): "both gone:" over two bare URLs.
    let x = reply_to(
        "KCSC-240903-01",
        "both gone:\nhttps://t.me/k/1\nhttps://t.me/k/2\nm.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/1".to_string(), Status::Removed),
            ("https://t.me/k/2".to_string(), Status::Removed),
        ]
    );
    // Blind-481 (velox-geo-block-kr): a CDN refusing requests from Korea.
    let x = reply_to(
        "KCSC-240909-03",
        "Hi,\nFollowing your report, requests from Korea for\nhttps://t.me/k/3\nare now refused at our edge (geo-restriction for KR). Visitors elsewhere\nare not affected.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/k/3".to_string(), Status::Restricted)]
    );
    use crate::extract::status::{Said, said};
    for (text, want) in [
        (
            "We refused to block requests from Korea.",
            Said::Stated(Status::Rejected),
        ),
        (
            "We refused to remove the post.",
            Said::Stated(Status::Rejected),
        ),
        (
            "both gone, the uploader deleted them",
            Said::Stated(Status::NotFound),
        ),
        ("already gone", Said::Stated(Status::NotFound)),
        ("not gone", Said::Nothing),
    ] {
        assert_eq!(said(text, &[]), want, "{text}");
    }
}

#[test]
fn round_eighty_six_false_application_and_misses() {
    use crate::extract::status::{Said, said};
    // Blind-487 (fc-csv-attachment-results): "access blocked for KR" in a
    // spreadsheet's action column is a restriction, not a removal.
    for text in [
        "access blocked for KR",
        "blocked for Korea",
        "removed for KR users",
    ] {
        assert_eq!(said(text, &[]), Said::Stated(Status::Restricted), "{text}");
    }
    // Blind-487 (fc-plaintext-table): a footnote by its bracketed number,
    // "kept (1)" in a row and "(1) … so it stays up." below the table, is
    // that row's note, not a correction of the whole table.
    let x = reply_to(
        "KCSC-240903-01",
        "status of the links:\n\n  #  link                 result\n  -- -------------------- -------------\n  1  https://t.me/k/1   removed\n  2  https://t.me/k/2   blocked for Korea only\n  3  https://t.me/k/3   kept (1)\n\n(1) This one is a firmware image published by the device maker itself.\nWe found nothing in it that breaks our terms, so it stays up.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/1".to_string(), Status::Removed),
            ("https://t.me/k/2".to_string(), Status::Restricted),
            ("https://t.me/k/3".to_string(), Status::Rejected),
        ]
    );
    // Blind-489: "switched the post to private"; blind-485: "미조치 –" and
    // its reason.
    assert_eq!(
        said("our operations team has switched the post to private", &[]),
        Said::Stated(Status::Removed)
    );
    assert_eq!(
        said(
            "조치내용: 미조치 – 개인 투자 의견 게시물로서 시세조종 목적의 허위 정보로 보기 어려움",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    assert_eq!(said("삭제 - 검토 중", &[]), Said::Hedged(Status::Removed));
}

#[test]
fn round_eighty_seven_false_applications() {
    // Blind-492 (tg-blocked-and-hedged-relative-clause): "no action" on a
    // message that only seems deleted by the chat's own admins is no
    // decision on its merits.
    let x = reply_to(
        "KCSC-240910-01",
        "Hello,\nThe messages https://t.me/k/1 and https://t.me/k/2 have been blocked on all Telegram apps for violating our Terms of Service.\nAs for https://t.me/k/3, which seems to have been deleted by the chat's administrators already, we took no action.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/k/1".to_string(), Status::Removed),
            ("https://t.me/k/2".to_string(), Status::Removed),
        ]
    );
    // Blind-492 (tg-looks-gone-hedge): "Perhaps it was deleted by the
    // channel owner" is a guess.
    let x = reply_to(
        "KCSC-240910-01",
        "Hi,\nIt looks like the message t.me/k/4 is no longer available. Perhaps it was deleted by the channel owner.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    // Blind-493 (veil-quoted-printable-terminated): a CDN terminating "the
    // customer account behind URL" says nothing of the URL's content.
    let x = reply_to(
        "KCSC-240909-01",
        "After review, we have terminated service for the customer account behind http://toto.example for repeated violations of our Terms of Service. Access to https://toto.example/event/1 has been disabled worldwide.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://toto.example/event/1".to_string(), Status::Removed)]
    );
    // Blind-493 (pinchan-conflicting-modlog): a mod log line that dismisses
    // the report contradicts "deleted URL": neither is taken.
    let x = reply_to(
        "KCSC-240909-01",
        "deleted https://t.me/k/5, you're welcome.\nmod log for your report:\n[2024-09-14 03:12] report #8812 https://t.me/k/5  dismissed (not against rules)\n- r.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
}

#[test]
fn round_eighty_eight_false_applications() {
    // Blind-498 (tg-correction-later-sentence): "I wrote that\nURL had been
    // removed. That was wrong: … made unavailable to users in South Korea
    // only." — what was written before is corrected, not stated.
    let x = reply_to(
        "KCSC-240903-01",
        "Hello again,\nA correction to my message from this morning. I wrote that\nt.me/k/1 had been removed. That was wrong: the message was not\ndeleted; it has been made unavailable to users in South Korea only.\nt.me/k/2 was deleted, as I said before.\nApologies for the confusion.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("t.me/k/1".to_string(), Status::Restricted),
            ("t.me/k/2".to_string(), Status::Removed),
        ]
    );
    // Blind-498 (x-table-with-later-note): "the post ending in 0188" names
    // the one URL whose number ends so; the note disagrees with its row.
    let x = reply_to(
        "KCSC-240905-02",
        "URL | Action | Scope\nhttps://x.com/a/status/1831000000000000101 | Withheld | South Korea\nhttps://x.com/a/status/1831000000000000188 | Withheld | South Korea\nNote: the table above was generated when your request was opened. Before the withholding took effect, the post ending in 0188 was deleted by the account holder, so no action by X was needed on that post.\n",
    );
    assert!(
        !claims_in(&x)
            .iter()
            .any(|(u, st)| u.ends_with("0188") && *st == Status::Restricted),
        "{:?}",
        claims_in(&x)
    );
    // Blind-498 (yt-all-except-one): what "all … except URL" says of the
    // rest is a bulk statement, and the whole email, the named exception
    // included, is for a person.
    let x = reply_to(
        "KCSC-240909-03",
        "Hello,\nWe have removed all of the videos listed in your request except\nhttps://youtu.be/k1, which we found does not violate our\nCommunity Guidelines.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    assert!(
        x.bulk
            .as_ref()
            .is_some_and(|b| b.except && b.status == Status::Removed)
    );
    // Blind-500 (x-echoed-report): a URL in the reporter's own request to
    // act ("Please remove this post and the account URL") is not reported
    // content the decision is about.
    let x = reply_to(
        "KCSC-240904-03",
        "Thanks for your report. We reviewed the content you reported and found\nthat it violated the X Rules. We have removed the post.\nReported post: https://x.com/a/status/1\nYour report:\n  Reporter: KCSC (KCSC-240904-03)\n  Description: Illegal sale of prescription drugs. Please remove this\n  post and the account https://x.com/a.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://x.com/a/status/1".to_string(), Status::Removed)]
    );
}

#[test]
fn round_eighty_nine_false_applications() {
    use crate::extract::status::{Said, said};
    // Blind-502 (yt-qp-age-restricted): gone because the uploader closed
    // their account; and an age gate described in the next sentence.
    let x = reply_to(
        "KCSC-240904-03",
        "We've age-restricted the video https://www.youtube.com/watch?v=k1. Viewers must now be signed in and at least 18 years old to watch it.\nThe video https://youtu.be/k2 is no longer available because the uploader closed their YouTube account before our review, so there was nothing left for us to act on.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.youtube.com/watch?v=k1".to_string(),
                Status::Restricted
            ),
            ("https://youtu.be/k2".to_string(), Status::NotFound),
        ]
    );
    // Blind-504 (naver-correction-not-temporary): "따라서 … 존재하지
    // 않습니다" follows from the removal before it (by a cafe operator,
    // which stays in doubt); it is no finding that the post was not found.
    assert_eq!(
        said(
            " ;  게시물은 임시조치가 아니라 카페 운영자 삭제로 처리되었습니다. 따라서 현재 해당 게시물은 존재하지 않습니다.",
            &[]
        ),
        Said::Hedged(Status::Removed)
    );
    assert_eq!(
        said("We removed the post. So it no longer exists.", &[]),
        Said::Stated(Status::Removed)
    );
    // Blind-507 (soop-statement-then-url-below): "국내 접속이 제한되도록
    // 조치하였습니다" is a restriction, not the generic "조치하였습니다".
    assert_eq!(
        said(
            "아래 방송국 게시글은 국내 접속이 제한되도록 조치하였습니다.",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
    // Blind-507 (dc-hedge-appears-deleted): "누가 언제 삭제했는지는 … 말씀드리기
    // 어렵습니다" asks who deleted it; it states no deletion.
    let x = reply_to(
        "KCSC-240903-01",
        "안녕하세요.\n코인 갤러리 두 건\nhttps://t.me/k/1\nhttps://t.me/k/2\n은 확인해 보니 이미 삭제된 것으로 보입니다. 다만 누가 언제 삭제했는지는 로그 확인이 필요해서 확실하게 말씀드리기 어렵습니다.\n확인되면 다시 연락드리겠습니다.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
}

#[test]
fn round_ninety_false_applications() {
    // Blind-510 (x-removed-but-not-account): the act is denied for what
    // follows "but not the account".
    let x = reply_to(
        "KCSC-240902-01",
        "We removed https://x.com/q/status/1 but not the account https://x.com/q, which we found does not\nitself break the X Rules or Korean law: the account's other posts are\nordinary personal updates.\n",
    );
    assert!(
        !claims_in(&x).iter().any(|(u, _)| u == "https://x.com/q"),
        "{:?}",
        claims_in(&x)
    );
    // Blind-510 (naver-later-revision): "임시조치에서 게시중단(삭제)으로 조치를
    // 변경하였습니다" is the removal that stands, so the row's 임시조치 is not.
    let x = reply_to(
        "KCSC-240909-01",
        "1. https://t.me/k/1：임시조치 (9월 6일)\n2. https://t.me/k/2：임시조치 (9월 6일)\n[추가 안내]\n9월 10일 재검토 결과, 위 1번 게시물(https://t.me/k/1)은\n임시조치에서 게시중단(삭제)으로 조치를 변경하였습니다.\n",
    );
    assert!(
        !claims_in(&x).contains(&("https://t.me/k/1".to_string(), Status::Restricted)),
        "{:?}",
        claims_in(&x)
    );
    // Blind-510 (tiktok-conflicting-fields): a field of the same record
    // after a blank line still contradicts "Outcome: Removed".
    let x = reply_to(
        "KCSC-240909-06",
        "Report ID: 7409-5531-KR\nContent: https://t.me/k/3\nOutcome: Removed\n\nDetails: Following review, this video remains available on TikTok\nbecause we did not find it to violate our Community Guidelines or local\nlaw.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    // Blind-511 (dc-plain-text-table-legend): "KR-BLOCKED" in a result
    // column is a restriction.
    use crate::extract::status::{Said, said};
    assert_eq!(said("KR-BLOCKED", &[]), Said::Stated(Status::Restricted));
}

#[test]
fn what_the_full_run_found_after_rounds_eighty_seven_and_eighty_four() {
    use crate::extract::status::{Said, said};
    // Blind-133/205: a host suspending "the hosting account behind URL"
    // takes the site down (only a CDN ending its service for the customer
    // account behind a URL says nothing of the URL).
    assert_eq!(
        said(
            "We have reviewed the matter and suspended the hosting account behind  ; .",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
    assert_eq!(
        said(
            "we have terminated service for the customer account behind  ; .",
            &[]
        ),
        Said::Hedged(Status::Removed)
    );
    // Blind-133 (dn-top-posted-over-gmail-quote): a question tagged on after
    // a dash or comma does not make the plain clause before it a question.
    assert_eq!(
        said(
            "Couldn't find anything at  ;  - that ID doesn't exist on our side, maybe a typo?",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
}

#[test]
fn a_clause_split_off_by_while_keeps_its_own_status() {
    // Blind-288 (x-negated-removal-then-withheld), found by the full run:
    // "…, but both posts are now withheld in South Korea, while URL3 was
    // not withheld because it no longer exists on X" — URL3's clause says
    // not found; the withholding before "while" is the other posts'.
    let x = reply_to(
        "KCSC-240917-03",
        "We did not remove https://x.com/b/status/101 or https://x.com/b/status/202, but both posts are now withheld in South Korea, while https://x.com/t/status/505 was not withheld because it no longer exists on X.\n",
    );
    assert!(
        claims_in(&x).contains(&("https://x.com/t/status/505".to_string(), Status::NotFound)),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn a_count_with_but_not_names_both_items_and_is_no_bulk_statement() {
    // Blind-192 (x-suspended-account-and-but-not), found by the final full
    // run: "Of the two posts by @x, we removed URL1 but not URL2: …" names
    // both; only "all … / every … except URL" is about items not named.
    let x = reply_to(
        "KCSC-240903-01",
        "Of the two posts by @bluecrane_z, we removed https://x.com/b/status/613 but not https://x.com/b/status/612: the latter quotes a news article and, in our assessment, does not violate the X Rules or local law.\n",
    );
    assert!(x.bulk.is_none(), "{:?}", x.bulk);
    assert!(
        claims_in(&x).contains(&("https://x.com/b/status/613".to_string(), Status::Removed)),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn a_legend_below_the_records_is_no_field_of_the_last_record() {
    // Blind-248 (tg-bare-urls-status-below): "Blocked: the content is
    // unavailable in all Telegram apps." after a blank line defines a status
    // word used above; it is not a later field of the last record, so
    // "Status: Not found" stands.
    let x = reply_to(
        "KCSC-240903-01",
        "Case #7741029 update\n\nhttps://t.me/a/118\nStatus: Blocked\n\nhttps://t.me/b/7\nStatus: Not found\n\nBlocked: the content is unavailable in all Telegram apps.\nHow we handle reports: https://telegram.org/faq_spam\n",
    );
    assert!(
        claims_in(&x).contains(&("https://t.me/b/7".to_string(), Status::NotFound)),
        "{:?}",
        claims_in(&x)
    );
    assert!(
        claims_in(&x).contains(&("https://t.me/a/118".to_string(), Status::Removed)),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn a_record_whose_fields_disagree_is_a_conflict_not_a_silence() {
    // Blind-290 (dc-macro-contradicts-itself) and blind-288
    // (yt-sor-field-contradicts-prose): "Decision: Removed" over "Details:
    // … No action was taken and the message remains available." states two
    // outcomes for the one URL; neither is taken, and staff are told the
    // email contradicts itself rather than that it was not understood.
    let x = reply_to(
        "KCSC-240902-01",
        "Result for the message you reported:\nhttps://t.me/k/321\n\nDecision: Removed\n\nDetails: After review, we found that this message does not violate our Community Guidelines. No action was taken and the message remains available.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    assert_eq!(x.conflicts, vec!["t.me/k/321".to_string()]);
    // (A record whose fields agree is no conflict.)
    let x = reply_to(
        "KCSC-240902-01",
        "Result for the message you reported:\nhttps://t.me/k/321\n\nDecision: Removed\n\nDetails: After review, we found that this message violates our Community Guidelines and deleted it.\n",
    );
    assert!(x.conflicts.is_empty(), "{:?}", x.conflicts);
}

#[test]
fn round_ninety_one_false_application() {
    // Blind-516 (naver-table-then-note-revises): "※ 1번 게시물은 임시조치
    // 이후 재검토를 거쳐 9월 12일 최종 삭제되었습니다." under a table whose
    // row 1 says 임시조치: the note on row 1, after a second review, is
    // that row's status now.
    let table = "요청번호 KCSC-240902-01 관련 조치 결과입니다.\n\n번호 | URL | 조치\n1 | https://blog.naver.com/m/1 | 임시조치\n2 | https://blog.naver.com/m/2 | 게시중단\n\n";
    let x = reply_to(
        "KCSC-240902-01",
        &format!(
            "{table}※ 1번 게시물은 임시조치 이후 재검토를 거쳐 9월 12일 최종 삭제되었습니다.\n\n감사합니다.\n"
        ),
    );
    assert!(
        claims_in(&x).contains(&("https://blog.naver.com/m/1".to_string(), Status::Removed)),
        "{:?}",
        claims_in(&x)
    );
    // And a note on a numbered row that states another status, in words
    // not read as a revision, is no silence: the row is not taken.
    let x = reply_to(
        "KCSC-240902-01",
        &format!("{table}※ 1번 게시물은 9월 12일 삭제되었습니다.\n"),
    );
    assert!(
        !claims_in(&x).contains(&("https://blog.naver.com/m/1".to_string(), Status::Restricted)),
        "{:?}",
        claims_in(&x)
    );
    // (A note that agrees with its row changes nothing.)
    let x = reply_to(
        "KCSC-240902-01",
        &format!("{table}※ 2번 게시물은 9월 12일 삭제되었습니다.\n"),
    );
    assert!(
        claims_in(&x).contains(&("https://blog.naver.com/m/2".to_string(), Status::Removed))
            && claims_in(&x)
                .contains(&("https://blog.naver.com/m/1".to_string(), Status::Restricted)),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn a_link_copied_incorrectly_is_no_correction() {
    // Blind-516 (tg-three-outcomes-prose): "… could not be found: no
    // message with that number exists in the channel, perhaps the link was
    // copied incorrectly." The mistake is the reporter's copy of the link,
    // not a correction of what the email said of it.
    let x = reply_to(
        "KCSC-240905-03",
        "We blocked the post https://t.me/n/4412 for all users. The message https://t.me/n/4419 could not be found: no message with that number exists in the channel, perhaps the link was copied incorrectly. The post https://t.me/s/q/88 does not violate the Telegram Terms of Service, so no action was taken on it.\n",
    );
    assert!(
        claims_in(&x).contains(&("https://t.me/n/4419".to_string(), Status::NotFound)),
        "{:?}",
        claims_in(&x)
    );
    // (A statement marked wrong is still a correction.)
    let x = reply_to(
        "KCSC-240905-03",
        "The message https://t.me/n/4419 was marked removed incorrectly: it could not be found.\n",
    );
    assert!(
        !x.conflicts.is_empty() || !x.notes.is_empty(),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn a_query_wrapped_before_its_next_parameter_is_one_url() {
    // Blind-515 (naver-wrapped-url): "…?volumeNo=38110442&memberNo=5521907"
    // then "&navigationType=push&searchRank=12" on the next line.
    let x = reply_to(
        "KCSC-240902-01",
        "다음 게시물은 삭제되었습니다.\nhttps://post.naver.com/viewer/postView.naver?volumeNo=38110442&memberNo=5521907\n&navigationType=push&searchRank=12\n\nhttps://blog.naver.com/g/223548877199 역시 삭제 처리되었습니다.\n",
    );
    assert!(
        claims_in(&x).contains(&(
            "https://post.naver.com/viewer/postView.naver?volumeNo=38110442&memberNo=5521907&navigationType=push&searchRank=12".to_string(),
            Status::Removed
        )),
        "{:?}",
        claims_in(&x)
    );
    // ("?page=2" below a URL that has a query already is not its rest.)
    let x = reply_to(
        "KCSC-240902-01",
        "Removed:\nhttps://example.com/a?id=1\n?page=2 is our internal note\n",
    );
    assert!(
        claims_in(&x).contains(&("https://example.com/a?id=1".to_string(), Status::Removed)),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn round_ninety_one_misses() {
    use crate::extract::status::{Said, said};
    // Blind-517: a host's words for "nothing there" and "erased".
    for (text, want) in [
        (
            "There is no account \"sunny88\" on web07 and we hold no record of one.",
            Status::NotFound,
        ),
        (
            "The second link you sent, https://p.example/d/m3, is not valid: there is no upload with the ID m3RtU8w in our system.",
            Status::NotFound,
        ),
        (
            "https://c.example/live/slot – same server, also wiped.",
            Status::Removed,
        ),
        (
            "the customer's contract was terminated and the server has been wiped.",
            Status::Removed,
        ),
    ] {
        assert_eq!(said(text, &[]), Said::Stated(want), "{text}");
    }
    // (A record of the report is no record of the content.)
    assert_eq!(
        said("We have no record of your report.", &[]),
        Said::Nothing
    );
    // Blind-519 (dc-quoted-printable): bare URL lines inside one sentence
    // that goes on below them with a particle share its status.
    let x = reply_to(
        "KCSC-240905-02",
        "요청하신 마이너 갤러리 게시물 두 건\nhttps://gall.dcinside.com/m/?id=h&no=120334\nhttps://gall.dcinside.com/m/?id=h&no=120351\n은 9월 6일 운영자 권한으로 삭제되었으며,\n작성 IP는 30일간 글쓰기가 차단되었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://gall.dcinside.com/m/?id=h&no=120334".to_string(),
                Status::Removed
            ),
            (
                "https://gall.dcinside.com/m/?id=h&no=120351".to_string(),
                Status::Removed
            ),
        ]
    );
}

#[test]
fn round_ninety_two_false_application() {
    // Blind-521 (naver-cafe-blind-notice): "'토토정보' 카페(cafe.naver.com/
    // totojungbo)의 아래 게시글을 블라인드 처리하였습니다." names the cafe only
    // as the place of the posts below: no status for the cafe, which would
    // have covered every requested post of it, and the posts listed below
    // take the heading's.
    let x = reply_to(
        "KCSC-240902-01",
        "방송통신심의위원회의 시정요구(KCSC-240902-01)에 따라\n'토토정보' 카페(cafe.naver.com/totojungbo)의 아래 게시글을 블라인드 처리하였습니다.\n\n  · 게시글 주소: <https://cafe.naver.com/totojungbo/15230>\n  · 게시글 주소: <https://cafe.naver.com/totojungbo/15302>\n\n블라인드 처리된 게시글은 누구에게도 노출되지 않습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://cafe.naver.com/totojungbo/15230".to_string(),
                Status::Removed
            ),
            (
                "https://cafe.naver.com/totojungbo/15302".to_string(),
                Status::Removed
            ),
        ]
    );
    // The same in English: the channel the messages were in is not removed.
    let x = reply_to(
        "KCSC-240902-01",
        "We removed the following messages from the channel https://t.me/x:\n- https://t.me/x/1\n- https://t.me/x/2\n",
    );
    assert!(
        !claims_in(&x).iter().any(|(u, _)| u == "https://t.me/x"),
        "{:?}",
        claims_in(&x)
    );
    // (The channel is still named: without a status, for a person to read
    // if it is requested.)
    let x = reply_to(
        "KCSC-240902-01",
        "We removed three posts in the channel https://t.me/x.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    assert!(
        x.hedged.contains(&"https://t.me/x".to_string()),
        "{:?}",
        x.hedged
    );
    // (What was acted on is no container: "the video on URL", "URL의 삭제".)
    for body in [
        "We removed the video on https://youtu.be/abc.\n",
        "https://t.me/x 의 삭제를 완료했습니다.\n",
    ] {
        assert_eq!(
            claims_in(&reply_to("KCSC-240902-01", body)).len(),
            1,
            "{body}"
        );
    }
}

#[test]
fn round_ninety_two_misses() {
    use crate::extract::status::{Said, said};
    for (text, want) in [
        // Blind-522: "did not find that URL violates …, so the video
        // remains available on YouTube" is a refusal.
        (
            "We did not find that https://www.youtube.com/watch?v=Q violates our Community Guidelines or local law, so the video remains available on YouTube.",
            Status::Rejected,
        ),
        // Blind-523: the host's own notice in place of the content.
        (
            "https://d.example/watch/ep12 now shows our \"site unavailable\" page in every country.",
            Status::Removed,
        ),
        // Blind-525: a board's blind by its moderator.
        (
            "The webzine comment https://m.inven.co.kr/board/webzine/2097/551203 has been hidden (블라인드) by the moderator after a second review.",
            Status::Removed,
        ),
    ] {
        assert_eq!(said(text, &[]), Said::Stated(want), "{text}");
    }
    // ("hidden behind a warning" is no removal.)
    assert_ne!(
        said(
            "The post has been hidden behind a sensitive-content warning.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
    // Blind-523 (nh-ticket-resolved-mixed): a statement below two bare URLs
    // about "both of these pages" is both URLs'.
    let x = reply_to(
        "KCSC-240903-02",
        "https://a.example/join\nhttps://a.example/event/bonus\nOur customer did not respond within the 24 hour window, so we suspended\nthe hosting account serving both of these pages. They now return our\nsuspension page.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://a.example/event/bonus".to_string(), Status::Removed),
            ("https://a.example/join".to_string(), Status::Removed),
        ]
    );
    // Blind-523 (nh-angle-bracket-wrapped): "<http://203.0.113.45/\n
    // ~mintcasino/index.php>" is one URL.
    let x = reply_to(
        "KCSC-240903-02",
        "Regarding your request KCSC-240903-02: the page <http://203.0.113.45/\n~mintcasino/index.php> has been disabled.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "http://203.0.113.45/~mintcasino/index.php".to_string(),
            Status::Removed
        )]
    );
}

#[test]
fn a_statement_about_one_of_the_listed_urls_is_not_all_of_theirs() {
    // Found while fixing round 92: "URL1\nURL2\n\nWe removed the second of
    // these." had given both URLs the removal; "both of these pages" below
    // three URLs had given all three.
    for body in [
        "https://a.example/1\nhttps://a.example/2\n\nWe removed the second of these.\n",
        "https://a.example/1\nhttps://a.example/2\nWe removed one of them.\n",
        "https://a.example/1\nhttps://a.example/2\nhttps://a.example/3\n\nWe removed both of these pages.\n",
    ] {
        let x = reply_to("KCSC-240903-02", body);
        assert!(
            !claims_in(&x).contains(&("https://a.example/1".to_string(), Status::Removed)),
            "{body}: {:?}",
            claims_in(&x)
        );
    }
    // (All of them still are: "both of these pages" below two.)
    let x = reply_to(
        "KCSC-240903-02",
        "https://a.example/1\nhttps://a.example/2\n\nWe removed both of these pages.\n",
    );
    assert_eq!(claims_in(&x).len(), 2, "{:?}", claims_in(&x));
}

#[test]
fn round_ninety_three_misses() {
    use crate::extract::status::{Said, said};
    for (text, want) in [
        // Blind-529: a file host's "does not correspond to any file".
        (
            "The link https://dropcrate.io/f/8H does not correspond to any file in our system; it looks like the identifier was mistyped or truncated.",
            Status::NotFound,
        ),
        // Blind-530: a chat room closed for good, in a result field.
        ("조치 결과: 오픈채팅방 영구 종료(폐쇄)", Status::Removed),
    ] {
        assert_eq!(said(text, &[]), Said::Stated(want), "{text}");
    }
    // Blind-527 (naver-refusal-two-qp): "검토 결과, 위 두 게시물은 … 위반
    // 사항이 확인되지 않았습니다" over the list above it.
    let x = reply_to(
        "KCSC-240902-01",
        "KCSC-240902-01 요청 건 중 아래 두 게시물에 대한 검토 결과를 알려드립니다.\n\n- https://kin.naver.com/q?docId=471\n- https://in.naver.com/s/contents/internal/712\n\n검토 결과, 위 두 게시물은 게시자가 개인적인 의견을\n밝힌 글로서, 운영정책 위반\n사항이 확인되지 않았습니다. 이에 따라 두 게시물 모두 게시중단 조치를\n하지 않고 현 상태로 유지하였음을 알려드립니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://in.naver.com/s/contents/internal/712".to_string(),
                Status::Rejected
            ),
            (
                "https://kin.naver.com/q?docId=471".to_string(),
                Status::Rejected
            ),
        ]
    );
    // Blind-528 (x-did-not-remove-but-withheld-both): "…; however, both
    // have been withheld in South Korea" is each URL's status.
    let x = reply_to(
        "KCSC-240902-51",
        "We did not remove https://x.com/c/status/1 or https://x.com/c/status/2, as neither breaks the X Rules; however, both have been withheld in South Korea under local law.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/c/status/1".to_string(), Status::Restricted),
            ("https://x.com/c/status/2".to_string(), Status::Restricted),
        ]
    );
    // (Not over a removal of its own: "We removed URL1 and restricted
    // URL2; both are now unavailable in South Korea.")
    let x = reply_to(
        "KCSC-240902-51",
        "We removed https://x.com/c/status/1 and restricted https://x.com/c/status/2; both are now unavailable in South Korea.\n",
    );
    assert!(
        claims_in(&x).contains(&("https://x.com/c/status/1".to_string(), Status::Removed)),
        "{:?}",
        claims_in(&x)
    );
    // Blind-527 (kakao-imsijochi-angle-brackets): two URL lines of one entry
    // over its status line.
    let x = reply_to(
        "KCSC-240903-02",
        "1) 다음카페 게시물 <https://cafe.daum.net/l/F/1204>\n   다음카페 게시물 <https://cafe.daum.net/l/F/1219>\n   : 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.\n\n2) 티스토리 게시물 <https://f.tistory.com/entry/x>\n   : 불법 도박 홍보로 판단하여 삭제하였습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://cafe.daum.net/l/F/1204".to_string(),
                Status::Restricted
            ),
            (
                "https://cafe.daum.net/l/F/1219".to_string(),
                Status::Restricted
            ),
            ("https://f.tistory.com/entry/x".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_ninety_four_false_application() {
    use crate::extract::status::{Said, said};
    // Blind-532 (meta-base64-deleted-by-page): "deleted by the Page that
    // posted it before our review" is its own side's deletion: not found,
    // as "deleted by the person who shared it" is.
    for text in [
        "We could not act on https://www.facebook.com/b/photos/a.1/77 : the photo was deleted by the Page that posted it before our review, so it is no longer on Facebook.",
        "The video was deleted by the channel that uploaded it.",
    ] {
        assert_eq!(said(text, &[]), Said::Stated(Status::NotFound), "{text}");
    }
    // (The platform deleting what a Page posted is a removal.)
    assert_eq!(
        said("We deleted the photo that the Page posted.", &[]),
        Said::Stated(Status::Removed)
    );
}

#[test]
fn round_ninety_four_misses() {
    use crate::extract::status::{Said, said};
    for (text, want) in [
        // Blind-533: the content's measure with the account's sanction
        // after it, ending a result line.
        (
            ": 불법촬영물 유통으로 확인되어 게시글 삭제 및 블로그 이용제한",
            Status::Removed,
        ),
        // Blind-533: "삭제 후 … 완료했습니다".
        (
            "주식 갤러리 게시글은 삭제 후 작성자 IP 차단까지 완료했습니다.",
            Status::Removed,
        ),
        // Blind-537: an age gate described.
        (
            "converted to an adult-verified post. It can no longer be opened without age verification (age-restricted, 성인인증 필요).",
            Status::Restricted,
        ),
        // Blind-535: a file host's one-liner after a greeting.
        ("hi, nuked these:", Status::Removed),
    ] {
        assert_eq!(said(text, &[]), Said::Stated(want), "{text}");
    }
    // (Still no statement: a request, or a promise after 후.)
    for text in ["게시글 삭제 요청", "삭제 후 알려드리겠습니다."] {
        assert!(!matches!(said(text, &[]), Said::Stated(_)), "{text}");
    }
}

#[test]
fn round_ninety_five_false_applications() {
    use crate::extract::status::{Said, said};
    // Blind-540 (yt-three-outcomes-one-sentence): "we've removed\nURL1 for
    // violating our Community Guidelines and blocked URL2 from view in\n
    // South Korea under local law, but the channel URL3 …" had swapped the
    // first two statuses; neither may be the other's.
    let x = reply_to(
        "KCSC-240917-02",
        "Thanks for contacting YouTube. After reviewing your request, we've removed\nhttps://www.youtube.com/watch?v=Qm7 for violating our Community Guidelines and blocked https://www.youtube.com/watch?v=bN4 from view in\nSouth Korea under local law, but the channel https://www.youtube.com/@lt did not violate our\npolicies and remains live.\n",
    );
    let c = claims_in(&x);
    assert!(
        !c.contains(&(
            "https://www.youtube.com/watch?v=Qm7".to_string(),
            Status::Restricted
        )) && !c.contains(&(
            "https://www.youtube.com/watch?v=bN4".to_string(),
            Status::Removed
        )),
        "{c:?}"
    );
    // Blind-541 (kc-janitor-terse-angle-brackets): "<URL> - thread deleted"
    // ends its own line's sentence; the next entry's "leaving this one. …
    // nothing in it breaks the global rules" is a refusal.
    let x = reply_to(
        "KCSC-240903-01",
        "done.\n\n<https://kchan.example/b/res/55120.html> - thread deleted, poster banned\n<https://i.kchan.example/b/1.webm> - file deleted and hash-banned\n<https://kchan.example/pol/res/9001.html> - leaving this one. it's a political\nargument, nothing in it breaks the global rules.\n\n- j\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://i.kchan.example/b/1.webm".to_string(),
                Status::Removed
            ),
            (
                "https://kchan.example/b/res/55120.html".to_string(),
                Status::Removed
            ),
            (
                "https://kchan.example/pol/res/9001.html".to_string(),
                Status::Rejected
            ),
        ]
    );
    assert_eq!(
        said("nothing in it breaks the global rules.", &[]),
        Said::Stated(Status::Rejected)
    );
    // But a bracketed URL with no separator after it may be the subject of
    // a sentence that goes on to the next line (blind-133
    // dn-angle-brackets-wrapped, blind-149 kakao-tistory-angle-brackets).
    let x = reply_to(
        "KCSC-240902-01",
        "Regarding your notice KCSC-240902-01: the files\n<https://dropnest.example/f/Lw2J>, <https://dropnest.example/f/Rb6Y>\nand <https://dropnest.example/f/Ue0s> have been disabled and can no\nlonger be downloaded.\n",
    );
    assert_eq!(
        claims_in(&x),
        ["Lw2J", "Rb6Y", "Ue0s"]
            .iter()
            .map(|id| (format!("https://dropnest.example/f/{id}"), Status::Removed))
            .collect::<Vec<_>>()
    );
    let x = reply_to(
        "KCSC-240903-02",
        "요청하신 블로그의 게시물 두 건을 확인하였습니다.\n<https://sunny.tistory.example/entry/후기> 게시물과\n<https://sunny.tistory.example/52> 게시물은 모두 블로그 운영정책 위반으로 삭제하였습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://sunny.tistory.example/52".to_string(),
                Status::Removed
            ),
            (
                "https://sunny.tistory.example/entry/후기".to_string(),
                Status::Removed
            ),
        ]
    );
    // Blind-541 (fy-csv-attachment-all-links): a remark about another part
    // ("part 2 of 2, part 1 already gone") does not make the row's
    // "Removed" not found.
    let rows: Vec<Vec<String>> = [
        "link,result,comment",
        "https://fileyard.example/f/M7/archive_part2.rar,Removed,\"part 2 of 2, part 1 already gone\"",
        "https://fileyard.example/f/F5,Removed,already deleted by the uploader",
    ]
    .iter()
    .map(|l| {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(l.as_bytes())
            .records()
            .next()
            .and_then(Result::ok)
            .map(|r| r.iter().map(str::to_string).collect())
            .unwrap_or_default()
    })
    .collect();
    let read: Vec<(String, Said)> = crate::extract::tables::rows_to_claims(&rows, &[], 100)
        .into_iter()
        .map(|r| (r.url, r.said))
        .collect();
    assert_eq!(
        read,
        vec![
            (
                "https://fileyard.example/f/M7/archive_part2.rar".to_string(),
                Said::Stated(Status::Removed)
            ),
            (
                "https://fileyard.example/f/F5".to_string(),
                Said::Stated(Status::NotFound)
            ),
        ]
    );
}

#[test]
fn what_the_full_run_on_775e0fdb_found() {
    // Blind-257 (kakao-tistory-url-particle): "https://x.tistory.com/214의
    // 글은 … 삭제했습니다" names the post by its number: no place of posts.
    let x = reply_to(
        "KCSC-240910-07",
        "요청하신 건(KCSC-240910-07)을 확인하였습니다.\nhttps://lucky7-bet.tistory.com/214의 글은 불법 도박 사이트 홍보로 확인되어 운영정책에 따라 삭제했습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://lucky7-bet.tistory.com/214".to_string(),
            Status::Removed
        )]
    );
    // Blind-436 (x-declined-no-violation): a platform's portal for legal
    // requests is no item, whatever the sentence above it says.
    let x = reply_to(
        "KCSC-240910-01",
        "- https://x.com/r/status/407\n- https://x.com/r/status/408\n\nBoth posts remain available on X. If a Korean court issues an order\nconcerning this content, you may submit it through our legal request\nportal at https://legalrequests.x.com/ as a new request.\n",
    );
    assert!(
        !claims_in(&x)
            .iter()
            .any(|(u, _)| u.contains("legalrequests")),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn round_ninety_six_false_applications() {
    use crate::extract::status::{Said, said};
    // Blind-546 (naver-not-deleted-korean): "신고하신 사유(…)에 해당하는 내용을
    // 확인할 수 없어, 게시를 유지하기로 결정하였습니다" refuses; it is no
    // content that could not be found.
    assert_eq!(
        said(
            "요청하신 게시물 https://blog.naver.com/d/2235 은 삭제되지 않았습니다. 게시물 내용을 검토한 결과 신고하신 사유(개인정보 노출)에 해당하는 내용을 확인할 수 없어, 게시를 유지하기로 결정하였습니다.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    // Blind-547 (np-clienthold-and-not-ours): "The domain URL0 is not
    // registered with NamePier, so we\ncannot act on URL1." is no refusal
    // of URL1: read whole, the sentence says the domain is not theirs.
    let x = reply_to(
        "KCSC-240912-05",
        "The domain http://nuri-ticket-sale.net is not registered with NamePier, so we\ncannot act on https://nuri-ticket-sale.net/. WHOIS shows another registrar\nof record.\n",
    );
    assert!(
        !claims_in(&x).iter().any(|(_, st)| *st == Status::Rejected),
        "{:?}",
        claims_in(&x)
    );
    // Blind-546 (x-summary-vs-text-conflict): the email's conflict is in
    // x.conflicts, which keeps matching from applying its statement about
    // "the reported content" to the request's only item (see matching).
    let x = reply_to(
        "KCSC-240913-07",
        "Summary of action taken\n  Reported content: https://x.com/l/status/1834\n  Action: No action taken\n\nUpon review, we have withheld the reported content in South Korea under local law.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    assert!(!x.conflicts.is_empty());
    // (A list of lines led by their URLs is no prose going on in lower
    // case: "https://… 삭제" under "https://… 삭제", blind-503.)
    let x = reply_to(
        "KCSC-240909-04",
        "처리 결과 아래와 같습니다.\n\nhttps://gall.dcinside.com/board/view/?id=s&no=1 삭제\nhttps://gall.dcinside.com/board/view/?id=s&no=2 삭제\n",
    );
    assert_eq!(claims_in(&x).len(), 2, "{:?}", claims_in(&x));
}

#[test]
fn a_statement_about_the_posts_above_by_their_numbers_is_not_all_of_theirs() {
    // Blind-252 (daum-by-position-ko), found by the final full run: "검토
    // 결과, 위 게시물 중 1)번 게시물은 … 삭제하였고, 2)번 게시물은 … 접근을
    // 제한하였습니다" speaks of each post by its number; the first status is
    // not every listed post's.
    let x = reply_to(
        "KCSC-240909-05",
        "아래 게시물을 확인하였습니다.\n\n1) https://cafe.daum.net/b/K/118\n2) https://cafe.daum.net/b/K/121\n\n검토 결과, 위 게시물 중 1)번 게시물은 운영정책에 따라 삭제하였고, 2)번 게시물은 국내 이용자의 접근을 제한하였습니다.\n",
    );
    assert!(
        !claims_in(&x).contains(&("https://cafe.daum.net/b/K/121".to_string(), Status::Removed)),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn a_korean_measure_joined_to_a_later_act_that_is_done() {
    // Blind-533 (band-author-deleted-and-private): "비공개 처리하고 해당 밴드
    // 리더에게 경고를 발송했습니다" hides the post; the joined act is done.
    assert_all_stated(&[
        (
            "1051번 글은 비공개 처리하고 해당 밴드 리더에게 경고를 발송했습니다.",
            Status::Removed,
        ),
        (
            "게시물은 게시중단 처리하고 작성자에게 통보했습니다.",
            Status::Removed,
        ),
        (
            "게시물은 임시조치 후 작성자에게 통보하였습니다.",
            Status::Restricted,
        ),
        // (The later act is the measure: the deletion.)
        ("임시조치 후 삭제하였습니다.", Status::Removed),
    ]);
    // A later act not done, or one that undoes the measure, states nothing.
    for text in [
        "비공개 처리하고 검토할 예정입니다.",
        "비공개 처리 후 다시 공개하였습니다.",
        "임시조치 후 이의제기가 없으면 삭제됩니다.",
    ] {
        assert!(!matches!(said(text, &[]), Said::Stated(_)), "{text}");
    }
}

#[test]
fn round_ninety_seven_false_applications() {
    // Blind-550 (x-conditional-withhold): "If our legal review finds that it
    // is unlawful in Korea, we will withhold it in Korea; otherwise it will
    // remain available" is a condition, no refusal.
    assert_none_stated(&[
        "If our legal review finds that it is unlawful in Korea, we will withhold it in Korea; otherwise it will remain available.",
    ]);
    // A finding under the rules while a legal review goes on is no decision.
    for text in [
        "This post does not break the X Rules, but it is now under legal review.",
        "This post does not violate our rules; we are reviewing it under local law.",
    ] {
        assert_eq!(said(text, &[]), Said::Hedged(Status::Pending), "{text}");
    }
    // (A promise to look again if more is sent leaves the refusal standing.)
    assert_eq!(
        said(
            "It does not violate our policies. If you have further information, we will review it again.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    // Blind-551 (kakao-news-refusal-tistory): "임의로 삭제하거나 노출을
    // 제한할 수 없어 조치하지 않았습니다" cannot restrict: a refusal.
    assert_eq!(
        said(
            "Daum 뉴스 URL은 언론사가 송고한 기사 원문이라 카카오가 임의로 삭제하거나 노출을 제한할 수 없어 조치하지 않았습니다.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    // Blind-551 (kakao-hedged-cafe): "삭제되었을\n가능성이 있습니다" is a
    // guess, the line broken after the attributive "었을".
    let x = reply_to(
        "KCSC-240905-02",
        "확인해 보니 https://cafe.daum.example/h/Z/1881 게시글은 카페지기가 이미\n정리한 것으로 보이고, https://cafe.daum.example/h/Z/1902 도 삭제되었을\n가능성이 있습니다. 정확한 처리 여부는 카페 측에 확인한 뒤 다시 안내드리겠습니다.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    assert_eq!(
        said("게시물은 삭제되었을 가능성이 있습니다.", &[]),
        Said::Hedged(Status::Removed)
    );
    // ("삭제했을 뿐 아니라": not only deleted, a plain statement.)
    assert_eq!(
        said("게시물을 삭제했을 뿐 아니라 계정도 정지했습니다.", &[]),
        Said::Stated(Status::Removed)
    );
}

#[test]
fn round_ninety_eight_false_applications() {
    // Blind-558 (yt-age-restricted-not-removed): "It will not be removed …"
    // and, in a paragraph of its own, "However, given its graphic nature, we
    // have age-restricted the video": the refusal is not the email's last
    // word on its one item, which goes to a person.
    let x = reply_to(
        "KCSC-240912-07",
        "We have reviewed the video at https://www.youtube.com/watch?v=Lp0s. It will not be removed: we found that it does not violate our Community Guidelines or local law.\n\nHowever, given its graphic nature, we have age-restricted the video, so it is no longer visible to viewers under 18 or to signed-out viewers.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    assert_eq!(x.conflicts.len(), 1, "{:?}", x.conflicts);
    let x = reply_to(
        "KCSC-240912-07",
        "https://tv.example/v/77 영상은 커뮤니티 가이드 위반이 아니어서 삭제하지 않았습니다.\n\n다만 해당 영상은 선정성을 고려하여 연령 제한 조치하였습니다.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // Blind-559 (nb-clienthold): "Action: none possible. This domain is not
    // registered; it was deleted by the registry after it expired": gone
    // because its registration lapsed, not removed on our request.
    assert_eq!(
        said(
            "Action: none possible. This domain is not registered; it was deleted by the registry after it expired on 20 August 2024.",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
}

#[test]
fn round_ninety_eight_misses() {
    // Blind-559 (kb-janitor-oneliner): "URL - nuked too".
    let x = reply_to(
        "KCSC-240909-05",
        "https://kb.example/b/thread/120 - nuked, poster banned\nhttps://kb.example/b/thread/133 - nuked too\n\n-k\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://kb.example/b/thread/120".to_string(),
                Status::Removed
            ),
            (
                "https://kb.example/b/thread/133".to_string(),
                Status::Removed
            ),
        ]
    );
    // Blind-559 (pb-rejected-reason): "I'm going to leave it up." is the
    // decision; one under a condition is not.
    assert_eq!(
        said("I'm going to leave it up.", &[]),
        Said::Stated(Status::Rejected)
    );
    assert_eq!(
        said("If the owner does not reply, we'll leave it up.", &[]),
        Said::Hedged(Status::Rejected)
    );
    // Blind-555 (daum-tistory-raw-korean-paths): labels on lines of their
    // own, each above its value.
    assert_eq!(
        line_statuses(
            "■ 대상 게시물\nhttps://s.tistory.example/entry/a\n■ 조치 내용\n게시물 삭제\n\n■ 대상 게시물\nhttps://s.tistory.example/entry/b\n■ 조치 내용\n임시조치 (정보통신망법 제44조의2, 30일)\n\n■ 대상 게시물\nhttps://s.tistory.example/entry/c\n■ 조치 내용\n검토 중"
        ),
        vec![
            (
                "https://s.tistory.example/entry/a".to_string(),
                Some(Status::Removed)
            ),
            (
                "https://s.tistory.example/entry/b".to_string(),
                Some(Status::Restricted)
            ),
            ("https://s.tistory.example/entry/c".to_string(), None),
        ]
    );
    // Blind-561 (dc-bare-url-result-below): "없는 글입니다 (이미 지워져 있음)",
    // but not "위반 사항이 없는 글입니다".
    assert_eq!(
        said("없는 글입니다 (이미 지워져 있음).", &[]),
        Said::Stated(Status::NotFound)
    );
    assert_ne!(
        said("위반 사항이 없는 글입니다.", &[]),
        Said::Stated(Status::NotFound)
    );
}

#[test]
fn round_ninety_nine_ignored_statement() {
    // Blind-562 (meta-bulk-took-action-on-all): "We took\naction on all of
    // the content you reported" between "We've completed our review of your
    // report" and "Thank you for your report" is a statement about the whole
    // request, no receipt.
    let x = reply_to(
        "KCSC-240905-03",
        "Hello,\n\nWe've completed our review of your report KCSC-240905-03. We took\naction on all of the content you reported, as it violated our Community\nStandards on fraud and deception.\n\nThank you for your report.\n",
    );
    assert_ne!(x.classification, Classification::Acknowledgement);
    assert_eq!(
        said(
            "We took action on all of the content you reported, as it violated our Community Standards.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
    // A review said to be over is no receipt, even when what it found is
    // said in words the reader does not know; one still to come is.
    let x = reply_to(
        "KCSC-240905-03",
        "Hello,\n\nWe have completed our review of your report. The material has been dealt with under our terms.\n\nThank you for your report.\n",
    );
    assert_ne!(x.classification, Classification::Acknowledgement);
    let x = reply_to(
        "KCSC-240905-03",
        "Hello,\n\nThank you for your report. We will write to you again once we have completed our review.\n",
    );
    assert_eq!(x.classification, Classification::Acknowledgement);
    let x = reply_to(
        "KCSC-240905-03",
        "YouTube에 법적 신고를 제출해 주셔서 감사합니다. 신고가 접수되었으며 곧 검토를 시작합니다.\n\n검토가 완료되면 이 주소로 결과를 알려드리겠습니다.\n",
    );
    assert_eq!(x.classification, Classification::Acknowledgement);
    // Blind-425 (yt-legal-ack): "제목의 사례 ID를 그대로 유지해 주세요" asks
    // us to keep the subject line; it keeps no content up.
    let x = reply_to(
        "KCSC-240905-03",
        "YouTube에 법적 요청을 보내주셔서 감사합니다. 요청이 접수되었으며 사례 ID는 3-77200입니다.\n이 사례와 관련하여 연락하실 때에는 제목의 사례 ID를 그대로 유지해 주세요.\n\n검토가 완료되면 이메일로 결과를 알려드리겠습니다.\n",
    );
    assert_eq!(x.classification, Classification::Acknowledgement);
    assert_eq!(
        said("게시물을 그대로 유지합니다.", &[]),
        Said::Stated(Status::Rejected)
    );
}

#[test]
fn round_ninety_nine_misses() {
    // Blind-567 (daum-tistory-korean-path): deleted by its poster "before
    // our request was received".
    assert_eq!(
        said(
            "게시자가 요청 접수 전에 글을 삭제하여 확인되지 않습니다.",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
    // Blind-567 (fmkorea-admin-prose): a refusal with its reason, "법령
    // 위반으로 보기 어려워 삭제하지 않았습니다".
    assert_eq!(
        said(
            "스포츠 뉴스 기사 링크를 공유한 글로, 사이트 규정이나 법령 위반으로 보기 어려워 삭제하지 않았습니다.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    // Blind-564 (yt-hedge-in-relative-clause): "… has\nbeen blocked from
    // view in South Korea. If you identify related channels, …": the next
    // sentence's "If" hedges nothing of this one.
    let x = reply_to(
        "KCSC-240903-02",
        "The channel https://www.youtube.com/@hanriver, whose owner may also be running other channels, has\nbeen blocked from view in South Korea. If you identify related channels,\nplease send them in a new request.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.youtube.com/@hanriver".to_string(),
            Status::Restricted
        )]
    );
    assert_eq!(
        said("The post was removed... pending review", &[]),
        Said::Hedged(Status::Removed)
    );
    // Blind-563 (dcinside-informal-operator): "URL1랑\nURL2 두 글은 …
    // 삭제했고": the particle joins the first URL to the sentence.
    let x = reply_to(
        "KCSC-240905-04",
        "보내주신 건 확인했습니다.\nhttps://gall.dc.example/m/?id=n&no=51203랑\nhttps://gall.dc.example/m/?id=n&no=51288 두 글은 오늘 오전에 삭제했고 작성자 IP도 차단했습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://gall.dc.example/m/?id=n&no=51203".to_string(),
                Status::Removed
            ),
            (
                "https://gall.dc.example/m/?id=n&no=51288".to_string(),
                Status::Removed
            ),
        ]
    );
}

#[test]
fn round_one_hundred_false_application() {
    // Blind-570 (naver-table-vs-footnote): a table typed with bars whose
    // row carries its own number, "| 2 | URL | 삭제 |", under "※ 2번
    // 게시물은 … 별도 조치하지 않았습니다": the note is that row's, and
    // disagrees with it.
    let x = reply_to(
        "KCSC-240906-04",
        "| 연번 | URL | 조치결과 |\n|------|-----|----------|\n| 2 | https://cafe.naver.example/g/8812 | 삭제 |\n\n※ 2번 게시물은 검토 결과 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    assert_eq!(x.conflicts.len(), 1, "{:?}", x.conflicts);
    // A numbered note that no row can be found for must agree with every
    // statement of the email.
    let x = reply_to(
        "KCSC-240906-04",
        "연번 | URL | 조치결과\n7 | https://cafe.naver.example/g/8812 | 삭제\n\n※ 2번 게시물은 검토 결과 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // (One that agrees changes nothing.)
    let x = reply_to(
        "KCSC-240906-04",
        "연번 | URL | 조치결과\n7 | https://cafe.naver.example/g/8812 | 삭제\n\n※ 2번 게시물은 9월 12일 삭제되었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://cafe.naver.example/g/8812".to_string(),
            Status::Removed
        )]
    );
}

#[test]
fn round_one_hundred_misses() {
    // Blind-571 (hn-text-table), blind-569 (kakao-text-table-all5): a
    // result cell that is only the measure on the thing.
    assert_all_stated(&[
        ("호스팅 중지 (사이트 폐쇄)", Status::Removed),
        ("해당 페이지 삭제", Status::Removed),
        ("채널 영구 제재(비공개 전환)", Status::Removed),
        // Blind-571 (ne-geoblock-angle-brackets): a CDN's block at its edge.
        (
            "Given the Korean legal basis cited in your notice, we have applied a country-level block (KR) at our edge for the following URLs:",
            Status::Restricted,
        ),
    ]);
    // (Our own request echoed is none.)
    assert_none_stated(&["요청 사항: 게시물 삭제"]);
}

#[test]
fn a_legend_of_codes_and_a_note_made_after_an_export() {
    // Blind-568 (x-csv-attachment): "Action codes used in the report:" heads
    // a legend ("NO_ACTION - no violation found; the content stays up"),
    // which says what the codes mean, not what any item is.
    let x = reply_to(
        "KCSC-240903-01",
        "Attached is the status report.\n\nAction codes used in the report:\nWITHHELD_KR - withheld in the Republic of Korea\nNO_ACTION - no violation found; the content stays up\n\nhttps://x.com/a/status/1 - WITHHELD_KR\nhttps://x.com/b/status/2 - withheld in the Republic of Korea\n",
    );
    assert!(x.conflicts.is_empty(), "{:?}", x.conflicts);
    // Blind-564 (x-table-then-explained-note): "after this export was
    // generated, URL was removed" comes after the table's row.
    let x = reply_to(
        "KCSC-240902-01",
        "URL   Action\nhttps://x.com/g/status/1   Withheld (KR)\nhttps://x.com/g/status/2   Withheld (KR)\n\nNote: after this export was generated, https://x.com/g/status/2 was removed from X globally by our Safety team.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/g/status/1".to_string(), Status::Restricted),
            ("https://x.com/g/status/2".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_one_hundred_one_misses() {
    assert_all_stated(&[
        // Blind-574 (discord-invite-invalid).
        (
            "The invite link https://discord.gg/k7Rm you provided is invalid or has expired, and we were unable to identify a server associated with it, so we cannot take any action on it.",
            Status::NotFound,
        ),
        // Blind-576 (yt-no-action-because-link-invalid).
        (
            "We did not take any action on https://www.youtube.com/watch?v=pL8e because the link does not lead to a video: no video with this ID exists on YouTube.",
            Status::NotFound,
        ),
        // Blind-576 (x-neither-nor-stays-up).
        (
            "Neither https://x.com/p/status/1 nor https://x.com/p/status/2 violates the X Rules, and your report did not establish that they are unlawful in South Korea.",
            Status::Rejected,
        ),
        (
            "Both posts will therefore remain available.",
            Status::Rejected,
        ),
        // Blind-579 (fmk-ko-two-results).
        (
            "게시물은 검토했으나 특정인을 식별할 수 있는 정보가 없어 운영 규정 위반으로 보기 어려워 유지합니다.",
            Status::Rejected,
        ),
    ]);
    assert_none_stated(&["If the link is invalid, we will tell you."]);
    // Blind-575 (naver-prose-blog-and-cafe, naver-url-then-status-below,
    // naver-wrapped-kin-url).
    assert_all_stated(&[
        (
            "저희가 확인했을 때 이미 작성자가 글을 지운 상태여서 별도의 조치를 하지 못했습니다.",
            Status::NotFound,
        ),
        (
            "작성자가 탈퇴하여 이미 없어진 글입니다 (조치 대상 없음)",
            Status::NotFound,
        ),
        (
            "요청 건 중 아래 두 개는 삭제 처리 끝났습니다.",
            Status::Removed,
        ),
    ]);
    assert_none_stated(&["삭제 처리가 끝나면 알려드리겠습니다."]);
}

#[test]
fn round_one_hundred_two_false_application() {
    // Blind-583 (hh-customer-says-removed): "According to the customer, URL
    // has been\ntaken offline. We have not been able to verify this yet":
    // the host passes on its customer's word; nothing is its own finding.
    let x = reply_to(
        "KCSC-240902-01",
        "The customer behind fakeid.example replied to our notice. According\nto the customer, https://fakeid.example/order.php has been\ntaken offline. We have not been able to verify this yet; our check is\nscheduled for Monday.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    assert_eq!(
        said("고객사에 따르면 해당 페이지는 삭제되었다고 합니다.", &[]),
        Said::Hedged(Status::Removed)
    );
    // (The sender's own records are its own.)
    assert_eq!(
        said("According to our records, the page has been removed.", &[]),
        Said::Stated(Status::Removed)
    );
}

#[test]
fn round_one_hundred_two_misses() {
    assert_all_stated(&[
        // Blind-583 (hh-noc-one-liner, pc-janitor-url-then-status,
        // cv-numbered-mixed).
        (
            "https://198.51.100.77/~s/01.html - gone, user dir wiped on the shared box.",
            Status::Removed,
        ),
        ("-> not against global rules, left up", Status::Rejected),
        (
            "The origin server answers 404 for this path; there is nothing to act on.",
            Status::NotFound,
        ),
        // Blind-582 (yt-not-merely-restricted-but-removed): what "we told
        // you earlier" ends at its clause; what follows is said now.
        (
            "the video has not merely been restricted in Korea, as we told you earlier; after a second review it has been removed globally for violating our Community Guidelines.",
            Status::Removed,
        ),
    ]);
    assert_none_stated(&["We told you that the video had been removed, but that was wrong."]);
    assert_eq!(
        said("Not against the rules, left up for now pending review", &[]),
        Said::Hedged(Status::Pending)
    );
    // Blind-582 (naver-url-below-statement): "아래 주소의 지식iN 게시물은
    // 조회되지 않습니다" cannot be found; "위반 사항이 확인되지 않습니다" is
    // still a refusal.
    assert_eq!(
        said("아래 주소의 지식iN 게시물은 조회되지 않습니다.", &[]),
        Said::Stated(Status::NotFound)
    );
    assert_eq!(
        said("위반 사항이 확인되지 않습니다.", &[]),
        Said::Stated(Status::Rejected)
    );
}

#[test]
fn round_one_hundred_three_false_applications() {
    // Blind-586 (yt-hedge-and-under-review): "appears to no longer be
    // available, possibly because the uploader took it down" is a guess.
    assert_eq!(
        said(
            "The video appears to no longer be available, possibly because the uploader took it down; we are checking this with the relevant team.",
            &[]
        ),
        Said::Hedged(Status::NotFound)
    );
    assert_eq!(
        said("possibly because the uploader deleted it.", &[]),
        Said::Hedged(Status::NotFound)
    );
    // Blind-586 (pinterest-kept-and-gone): deleted "by the Pinner who saved
    // it" is its own side's deletion.
    assert_eq!(
        said(
            "The Pin had already been deleted by the Pinner who saved it, so there was nothing left for us to act on.",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
    // Blind-586 (meta-local-law-restricted): "URL1 and … post\nURL2 do not
    // go against our Community\nStandards. However, following a legal review
    // we have restricted access to\nboth of them in South Korea."
    let lines: Vec<String> = "The Instagram post https://www.instagram.com/p/C9xQ/ and the Facebook group post\nhttps://www.facebook.com/groups/44/posts/77 do not go against our Community\nStandards. However, following a legal review we have restricted access to\nboth of them in South Korea."
        .lines()
        .map(str::to_string)
        .collect();
    assert!(
        crate::extract::lines::read(&lines, &[])
            .iter()
            .all(|r| r.status == Some(Status::Restricted))
    );
    // Blind-587 (naver-prose-particle-removed-kept): "URL2 게시글은" runs on
    // over two lines of prose to "… 게시를 유지합니다".
    let lines: Vec<String> = "https://blog.naver.com/g/2235은 삭제되었으며, https://cafe.naver.com/d/2201 게시글은\n카페 매니저 확인 및 내부 검토 결과 다이어트 식단 공유 글로 불법 판매 정보가\n아니라고 판단되어 게시를 유지합니다."
        .lines()
        .map(str::to_string)
        .collect();
    let got: Vec<Option<Status>> = crate::extract::lines::read(&lines, &[])
        .into_iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(got, vec![Some(Status::Removed), Some(Status::Rejected)]);
    // Blind-588 (naver-planned-note): "※ 위 내용은 … 처리 예정 사항이며":
    // the list is planned, not done.
    let x = reply_to(
        "KCSC-240911-04",
        "처리 예정 내역\n- https://blog.naver.com/s/2235 : 삭제\n- https://cafe.naver.com/b/88240 : 임시조치\n\n※ 위 내용은 검토 결과에 따른 처리 예정 사항이며, 실제 조치가 완료되면 별도로 안내드리겠습니다.\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    // Blind-588 (kakao-qp-revision): "임시조치(30일)하였으나, 이후 추가 확인
    // 결과 … 영구 삭제하였습니다": the later measure.
    assert_eq!(
        said(
            "게시물은 9월 13일 임시조치(30일)하였으나, 이후 추가 확인 결과 불법 도박 사이트 홍보가 명백하여 9월 16일 영구 삭제하였습니다.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
}

#[test]
fn the_session_rules_keep_older_readings() {
    // Blind-73 (hetzner-abuse-customer-removed): "Our customer has informed
    // us that … has been removed. We checked the URL and it now returns a
    // 404 error.": the host checked it; the 404 is what the removal left.
    assert_eq!(
        said(
            "Our customer has informed us that the content has been removed.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
    assert_eq!(
        said("We checked the URL and it now returns a 404 error.", &[]),
        Said::Stated(Status::Removed)
    );
    // Blind-78 (discord-server-removed): "…, and the invite is no longer
    // valid" after the removal that made it so is no finding of its own.
    assert_ne!(
        said(
            "from Discord for violating our Community Guidelines, and the invite is no longer valid.",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
    // Blind-300 (x-withheld-then-removed-later), blind-502: "could not
    // locate it; … the account holder deleted it" is no guess.
    assert_eq!(
        said(
            "We looked for the post but could not locate it; the link returns a page that says the account holder deleted it.",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
    assert_eq!(
        said("possibly because the uploader deleted it.", &[]),
        Said::Hedged(Status::NotFound)
    );
    // Blind-379 (fp-links-never-existed): "the folder was deleted by its
    // owner" is its own side's deletion.
    assert_eq!(
        said("the folder was deleted by its owner on 30 August", &[]),
        Said::Stated(Status::NotFound)
    );
    assert_eq!(
        said("gone, user dir wiped on the shared box.", &[]),
        Said::Stated(Status::Removed)
    );
    // Blind-126 (x-html-table-note-supersedes-row): "restored and is now
    // withheld in South Korea only".
    assert_eq!(
        said(
            "the post has been restored and is now withheld in South Korea only.",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
}

/// (A label alone on its line is any of the decision field's names, the
/// same vocabulary as "Status:" with its colon.)
#[test]
fn a_stacked_decision_label_is_any_decision_field_name() {
    assert_eq!(
        line_statuses(
            "■ 대상 게시물\nhttps://s.tistory.example/entry/a\n■ 처리 현황\n게시물 삭제\n\n[Reported content]\nhttps://s.tistory.example/entry/b\n[Resolution]\nWithheld in South Korea\n"
        ),
        vec![
            (
                "https://s.tistory.example/entry/a".to_string(),
                Some(Status::Removed)
            ),
            (
                "https://s.tistory.example/entry/b".to_string(),
                Some(Status::Restricted)
            ),
        ]
    );
}

/// Blind-564 (kakao-cafe-mixed-sentence): a Korean clause broken after its
/// subject goes on on the next line.
#[test]
fn a_korean_clause_broken_after_its_subject_is_read_across_the_line() {
    assert_eq!(
        line_statuses(
            "요청하신 게시물 중 https://cafe.daum.net/b/155 는 운영자 삭제 조치하였으며, https://cafe.daum.net/b/162 는 작성자가\n이미 삭제하여 존재하지 않는 게시물입니다."
        ),
        vec![
            (
                "https://cafe.daum.net/b/155".to_string(),
                Some(Status::Removed)
            ),
            (
                "https://cafe.daum.net/b/162".to_string(),
                Some(Status::NotFound)
            ),
        ]
    );
}

/// Blind-564 (x-table-then-explained-note), wrapped: the note's opening
/// words stand on the line above the URL's.
#[test]
fn a_later_note_wrapped_above_its_url_is_still_later() {
    let x = reply_to(
        "KCSC-240902-01",
        "URL   Action\nhttps://x.com/g/status/1   Withheld (KR)\nhttps://x.com/g/status/2   Withheld (KR)\n\nNote: after this export was generated,\nhttps://x.com/g/status/2 was removed from X\nglobally by our Safety team.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/g/status/1".to_string(), Status::Restricted),
            ("https://x.com/g/status/2".to_string(), Status::Removed),
        ]
    );
}

/// Blind-594 (x-table-corrected-by-note): "Correction to row 2: URL was
/// withheld …. It was not removed globally; the table above is wrong" — the
/// labelled sentence before the admitted error says what is true. But a
/// mistake admitted right after a statement takes that statement back.
#[test]
fn a_labelled_correction_before_an_admitted_error_restates_the_item() {
    let x = reply_to(
        "KCSC-240902-01",
        "Reported URL | Action\nhttps://x.com/l/status/1 | Withheld (KR)\nhttps://x.com/l/status/2 | Removed\nCorrection to row 2: https://x.com/l/status/2 was withheld in South Korea only. It was not removed globally; the table above is wrong on this point.\nX Legal Operations",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/l/status/1".to_string(), Status::Restricted),
            ("https://x.com/l/status/2".to_string(), Status::Restricted),
        ]
    );
    for body in [
        "https://x.com/l/status/1 - withheld in Korea\nhttps://x.com/l/status/2 - removed. That was a mistake, sorry.",
        "https://x.com/l/status/1 | Withheld (KR)\nhttps://x.com/l/status/2 | Withheld (KR)\nhttps://x.com/l/status/2 was removed. That was a mistake.",
    ] {
        let x = reply_to("KCSC-240902-01", body);
        assert_eq!(
            claims_in(&x),
            vec![("https://x.com/l/status/1".to_string(), Status::Restricted)],
            "{body}"
        );
    }
}

/// Blind-599 (naver-cafe-informal-particles): "URL1는 … 삭제 처리했고요,
/// URL2은 …": the second URL's topic begins a statement of its own, which
/// never takes the first clause's act, read or not.
#[test]
fn a_korean_topic_after_a_clause_join_is_its_own_statement() {
    assert_eq!(
        line_statuses(
            "https://cafe.naver.com/c/8812는 운영자 삭제 처리했고요, https://cafe.naver.com/c/8840은 확인해 보니 작성자가 이미 글을 지운 상태라 따로 조치할 게 없었습니다.\n\nhttps://cafe.naver.com/c/1는 운영자 삭제 처리했고요, https://cafe.naver.com/c/2은 확인해 보니 따로 말씀드릴 게 있습니다.\n\nhttps://cafe.naver.com/d/1 삭제했고, https://cafe.naver.com/d/2도 삭제했습니다."
        ),
        vec![
            (
                "https://cafe.naver.com/c/8812".to_string(),
                Some(Status::Removed)
            ),
            (
                "https://cafe.naver.com/c/8840".to_string(),
                Some(Status::NotFound)
            ),
            (
                "https://cafe.naver.com/c/1".to_string(),
                Some(Status::Removed)
            ),
            ("https://cafe.naver.com/c/2".to_string(), None),
            (
                "https://cafe.naver.com/d/1".to_string(),
                Some(Status::Removed)
            ),
            (
                "https://cafe.naver.com/d/2".to_string(),
                Some(Status::Removed)
            ),
        ]
    );
}

/// Blind-594 (tg-while-clause-hedged-reason): "does not appear to break our
/// Terms of Service" is a reviewer's finding, as "does not appear to
/// violate" is.
#[test]
fn does_not_appear_to_break_is_a_finding() {
    assert_all_stated(&[
        (
            "while https://t.me/nightfernmarket, a public channel that does not appear to break our Terms of Service, remains available.",
            Status::Rejected,
        ),
        (
            "The channel does not seem to violate our rules.",
            Status::Rejected,
        ),
    ]);
}

/// Blind-602 (yt-outlook-original-message): "We've blocked access to the
/// two videos below from South Korea:" is a block by country, also when
/// the country comes after the object, and never a removal when the object
/// is a list of URLs.
#[test]
fn blocked_access_to_things_from_a_country_is_a_restriction() {
    assert_all_stated(&[
        (
            "We've blocked access to the two videos below from South Korea:",
            Status::Restricted,
        ),
        ("We have blocked access to the video.", Status::Removed),
        (
            "We have blocked access to the video, which was uploaded from Korea.",
            Status::Removed,
        ),
    ]);
    let got = line_statuses(
        "We have blocked access to https://www.youtube.com/watch?v=d1, https://www.youtube.com/watch?v=d2 and https://www.youtube.com/watch?v=d3 from South Korea.",
    );
    assert!(
        got.iter().all(|(_, st)| *st != Some(Status::Removed)),
        "{got:?}"
    );
}

/// Blind-603 (dc-hedge-appears-deleted), blind-113: what a page displays,
/// in quotes, is what anyone could see there. That the item is not there
/// holds; an act it names, by whom unknown, is in doubt; the rest of the
/// sentence decides when it says more.
#[test]
fn what_a_page_displays_is_seen_not_done() {
    use crate::extract::status::{Said, said};
    assert_eq!(
        said("현재 접속 시 '삭제된 게시물입니다'로 표시됩니다.", &[]),
        Said::Hedged(Status::Removed)
    );
    assert_eq!(
        said("The link now shows \"This post was removed\".", &[]),
        Said::Hedged(Status::Removed)
    );
    assert_all_stated(&[
        (
            "들어가 보니 \"삭제되었거나 존재하지 않는 게시글입니다\"라고 떠서 따로 조치할 게 없었어요.",
            Status::NotFound,
        ),
        (
            "The file has been removed and the link now shows \"file unavailable\".",
            Status::Removed,
        ),
        (
            "작가가 글을 지워서 현재 '존재하지 않는 글'로 표시됩니다.",
            Status::NotFound,
        ),
    ]);
}

/// Blind-600 (google-about-telegram-links): "These links point to
/// Telegram, not to a Google product, so we are unable to take any action
/// on them" is about the items, never a receipt.
#[test]
fn links_that_are_not_the_senders_product_are_no_receipt() {
    let x = extract_raw(
        "From: legal-support@google.com\nSubject: KCSC-240909-03\nMessage-ID: <g1@google.com>\n\n\
We received your request KCSC-240909-03, which lists the following URLs:\n\nhttps://t.me/s/412\nhttps://t.me/s/415\n\n\
These links point to Telegram, not to a Google product, so we are unable to take any action on them. We have closed this request on our side.\n",
    );
    assert_ne!(x.classification, Classification::Acknowledgement);
}

/// Blind-603 (clien-ack-ref-only): "보내주신 시정요구 메일(…) 잘 받았습니다.
/// 확인 후 결과 회신드리겠습니다." is a receipt.
#[test]
fn a_korean_mail_well_received_is_a_receipt() {
    let x = extract_raw(
        "From: admin@clien.net\nSubject: =?UTF-8?B?UmU6IEtDU0MtMjQwOTEwLTA2?=\nMessage-ID: <c1@clien.net>\nContent-Type: text/plain; charset=utf-8\n\n\
안녕하세요, 클리앙 운영자입니다.\n\n보내주신 시정요구 메일(KCSC-240910-06) 잘 받았습니다. 확인 후 결과 회신드리겠습니다.\n",
    );
    assert_eq!(x.classification, Classification::Acknowledgement);
}

/// Blind-603 (naver-qp-particle-after-url), blind-600
/// (naver-temporary-then-deleted): "비공개로 전환하여", "삭제로 변경
/// 처리되었습니다".
#[test]
fn korean_switched_to_private_and_changed_to_deletion() {
    assert_all_stated(&[
        (
            "게시글은 카페 매니저가 비공개로 전환하여 현재 외부에서 열람할 수 없습니다.",
            Status::Removed,
        ),
        (
            "위 게시물은 이후 내부 검토에서 운영정책 위반이 확인되어 9월 13일 임시조치에서 삭제로 변경 처리되었습니다.",
            Status::Removed,
        ),
    ]);
    assert_none_stated(&["비공개로 전환할 예정입니다."]);
}

/// Blind-607 (hanachan-admin-lowercase): the only statement the reader
/// reads, "the /b/ one (URL) was already gone when i looked", names its own
/// item inline; it is never said of the list above it. ("both /kr/ threads
/// nuked:" is read too.)
#[test]
fn a_statement_that_names_its_own_item_is_not_the_lists() {
    let x = reply_to(
        "KCSC-240906-04",
        "both /kr/ threads gone for good, trust me:\nhttps://hanachan.example/kr/res/88123.html\nhttps://hanachan.example/kr/res/88470.html\n\nthe /b/ one (https://hanachan.example/b/res/301122.html) was already gone when i\nlooked, board prunes old threads after ~3 days so it 404s.\n\n- hana",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://hanachan.example/b/res/301122.html".to_string(),
            Status::NotFound
        )]
    );
    assert_all_stated(&[("both /kr/ threads nuked:", Status::Removed)]);
}

/// Blind-606 (naver-not-deleted-but-age-gated): "삭제하지 않았으나, … 성인
/// 인증 후에만 열람할 수 있도록 제한하였습니다" — a removal refused, with its
/// reason, and a restriction put in its place.
#[test]
fn a_korean_refusal_turned_by_euna_into_a_restriction() {
    assert_all_stated(&[
        (
            "게시물은 삭제 대상에 해당하지 않아 삭제하지 않았으나, 청소년에게 유해한 내용이 포함되어 있어 성인 인증 후에만 열람할 수 있도록 제한하였습니다.",
            Status::Restricted,
        ),
        (
            "삭제 요청을 검토하였으나, 위반 사항이 없어 게시를 유지합니다.",
            Status::Rejected,
        ),
    ]);
}

/// Round 107: "unable to take action" because the content is gone (or seems
/// so) is no refusal (blind-612); "we have not found this content to be in
/// violation" is a finding, not "not found" (blind-610); "there is no VOD
/// with that number …, so no action could be taken on it" is not found
/// (blind-615); "카페 운영자 삭제로 현재 게시물이 존재하지 않습니다" is the
/// operator's removal (blind-614).
#[test]
fn round_one_hundred_seven_false_applications() {
    use crate::extract::status::{Said, said};
    assert_eq!(
        said(
            "We were unable to take action on ; and ; , which appear to have been deleted by the account owner before our review.",
            &[]
        ),
        Said::Hedged(Status::NotFound)
    );
    assert_all_stated(&[
        (
            "We were unable to take action on it because it had already been deleted by the uploader.",
            Status::NotFound,
        ),
        (
            "After careful review, we have not found this content to be in violation of our Community Guidelines or of local law, so we will not be taking action on it at this time.",
            Status::Rejected,
        ),
        (
            "We searched for ; but there is no VOD with that number on our service, so no action could be taken on it.",
            Status::NotFound,
        ),
        (
            "카페 운영자 삭제로 현재 게시물이 존재하지 않습니다.",
            Status::Removed,
        ),
        (
            "작성자 삭제로 현재 게시물이 존재하지 않습니다.",
            Status::NotFound,
        ),
        (
            "We could not act on it, as it does not violate our policies.",
            Status::Rejected,
        ),
    ]);
}

/// Round 107 misses: "has been taken down after our review" is done (the
/// review came first); "Done, both messages below are now unavailable on
/// Telegram:"; "… 풍자 게시물로 판단되어 유지합니다".
#[test]
fn round_one_hundred_seven_misses() {
    assert_all_stated(&[
        (
            "The Pann post ; has been taken down after our review.",
            Status::Removed,
        ),
        ("It was restricted after review.", Status::Restricted),
        (
            "Done, both messages below are now unavailable on Telegram:",
            Status::Removed,
        ),
        (
            ": 마약 판매 광고가 아닌 관련 뉴스 기사에 대한 풍자 게시물로 판단되어 유지합니다.",
            Status::Rejected,
        ),
    ]);
    assert_none_stated(&[
        "It will be restricted after review.",
        "If it has been removed after review, we will tell you.",
        "Both messages are now unavailable on Telegram.",
    ]);
}

/// Round 105 misses: a firm "could not find" with a guess at why after it
/// (blind-598); a rule's name in brackets (blind-601).
#[test]
fn round_one_hundred_five_misses() {
    assert_all_stated(&[
        (
            "We could not find the Instagram account ; . It is no longer on Instagram, possibly because its owner deleted it.",
            Status::NotFound,
        ),
        (
            "Thread ; broke rule 2 (no illegal content) and was deleted.",
            Status::Removed,
        ),
    ]);
    assert_none_stated(&[
        "The video appears to no longer be available, possibly because the uploader took it down.",
    ]);
}

/// Blind-605: "연령 확인이 필요한 글로 지정하여 …" is an age gate, and "갤러리
/// 매니저 쪽 확인이 필요해서 조금 더 걸릴 것 같습니다" an inside check; neither
/// asks us for anything. "요청하신 주소가 정확한지 확인이 필요합니다" does.
#[test]
fn a_check_someone_else_needs_is_not_a_question_to_us() {
    for body in [
        "아래 브런치 글은 연령 확인이 필요한 글로 지정하여 청소년의 접근을 제한하였습니다.\nhttps://brunch.co.kr/@a/1\n",
        "- https://gall.dcinside.com/board/view/?id=s&no=1 삭제했습니다\n\n미니 갤러리 글 2개는 갤러리 매니저 쪽 확인이 필요해서 조금 더 걸릴 것 같습니다.\n",
    ] {
        let x = reply_to("KCSC-240903-02", body);
        assert!(x.asks.is_none(), "{body}: {:?}", x.asks);
    }
    for body in [
        "요청하신 주소가 정확한지 확인이 필요합니다. 주소를 다시 보내 주세요.\n",
        "게시물 처리를 위해 귀 기관 측 확인이 필요합니다.\n",
    ] {
        let x = reply_to("KCSC-240903-02", body);
        assert!(x.asks.is_some(), "{body}");
    }
}

/// Round 106 misses: "— … 공유글로 확인되어 유지" in a list entry; "the blog
/// has been closed for repeated policy breaches" (blind-609).
#[test]
fn round_one_hundred_six_misses() {
    assert_all_stated(&[
        (
            "— 마약 판매 광고가 아닌 보도 기사 공유글로 확인되어 유지",
            Status::Rejected,
        ),
        (
            "- the blog has been closed for repeated policy breaches; none of its posts can be reached any more.",
            Status::Removed,
        ),
        ("The blog was closed by its owner.", Status::NotFound),
    ]);
    assert_none_stated(&["The ticket has been closed for now."]);
}

/// Found by the full run after round 107: a note headed "Update:" under a
/// table's rows is later whatever the row above it (blind-258); a site
/// named without a scheme in the one statement ("suspended the hosting
/// account behind lucky7-bet.example. The following URLs now return our
/// suspension page:") is no item of its own (blind-205); "카페가 비공개로
/// 전환되어 있어" is the state a place is in, no act (blind-479).
#[test]
fn full_run_after_round_one_hundred_seven() {
    let x = reply_to(
        "KCSC-240903-01",
        "Reported URL | Action | Date\nhttps://x.com/s/status/11 | Withheld (KR) | 2024-09-10\nhttps://x.com/s/status/12 | Withheld (KR) | 2024-09-10\nUpdate: since this table was prepared, the post https://x.com/s/status/12 has been removed globally for violating our violent speech policy.\nX Legal",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/s/status/11".to_string(), Status::Restricted),
            ("https://x.com/s/status/12".to_string(), Status::Removed),
        ]
    );
    let x = reply_to(
        "KCSC-240904-03",
        "We have reviewed the matter and suspended the\nhosting account behind lucky7-bet.example. The following URLs now return our\nsuspension page:\n\n - https://lucky7-bet.example/\n - https://lucky7-bet.example/join.html\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://lucky7-bet.example/".to_string(), Status::Removed),
            (
                "https://lucky7-bet.example/join.html".to_string(),
                Status::Removed
            ),
        ]
    );
    // (The pipeline writes such a site with a scheme: a site's root is still
    // no item of the sentence's own.)
    let x = reply_to(
        "KCSC-240904-03",
        "We have reviewed the matter and suspended the\nhosting account behind http://lucky7-bet.example. The following URLs now return our\nsuspension page:\n\n - https://lucky7-bet.example/\n - https://lucky7-bet.example/join.html\n",
    );
    assert!(
        claims_in(&x).contains(&(
            "https://lucky7-bet.example/join.html".to_string(),
            Status::Removed
        )),
        "{:?}",
        claims_in(&x)
    );
    assert_none_stated(&[
        "다만 카페가 비공개로 전환되어 있어 정확한 확인에는 시간이 조금 더 걸릴 수 있습니다.",
    ]);
}

/// Round 108: "it contains no such link now" is what the content lacks
/// (blind-618); "첫 번째와 세 번째 게시물은" names both places (blind-618); a
/// note that the post above is under review again puts the table's status
/// in doubt (blind-618); a receipt that says a listed post "이미 게시중단
/// 처리된 상태" states that (blind-620).
#[test]
fn round_one_hundred_eight() {
    assert_all_stated(&[
        (
            "We reviewed ; and will not be taking action. The post is a channel rules announcement which, as far as we can tell, may once have linked to the betting site you describe, but it contains no such link now. It does not breach Telegram's Terms of Service and stays available.",
            Status::Rejected,
        ),
        ("There is no such link on our service.", Status::NotFound),
        ("We have no such account on our platform.", Status::NotFound),
        (
            "해당 게시물은 작성자에 의해 이미 삭제된 상태입니다.",
            Status::NotFound,
        ),
        ("Our storage holds no such file.", Status::NotFound),
        (
            "참고로 요청 목록 중 ; 게시글은 다른 신고로 이미 게시중단 처리된 상태임을 알려드립니다.",
            Status::Removed,
        ),
    ]);
    let x = reply_to(
        "KCSC-240920-05",
        "요청하신 목록의 첫 번째와 세 번째 게시물은 삭제 처리하였습니다. 두 번째 게시물은 확인 중입니다.\n\n2024년 9월 20일 (금) 오전 10:10, KCSC Takedown <takedown@kcsc.example>님이 작성:\n> 1. https://cafe.daum.net/n/Xk2p/311\n> 2. https://cafe.daum.net/n/Xk2p/315\n> 3. https://cafe.daum.net/s/Qa7t/42\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://cafe.daum.net/n/Xk2p/311".to_string(),
                Status::Removed
            ),
            (
                "https://cafe.daum.net/s/Qa7t/42".to_string(),
                Status::Removed
            ),
        ]
    );
    let x = reply_to(
        "KCSC-240920-05",
        "URL: https://cafe.daum.net/n/Xk2p/311\n조치 결과: 삭제 완료\n\n※ 위 게시물은 게시자의 이의제기로 현재 재검토 중이며, 최종 조치 결과는 확정되는 대로 다시 안내드리겠습니다.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
}

/// Blind-154 (discord-invite-invalid), found by the full run on 8b66ccb1:
/// the one statement names its own item at the start of the next line
/// ("The invite link you reported,\nURL, is invalid or has expired"); a
/// help link listed below is no object of it.
#[test]
fn an_inline_item_on_the_next_line_is_still_the_sentences_own() {
    let x = reply_to(
        "KCSC-240909-06",
        "Thank you for reaching out. The invite link you reported,\nhttps://discord.gg/k7VaultMarket, is invalid or has expired, and we were not able\nto identify a server from it.\n\nIf you come across this community again, you are welcome to send us a\nnew report with message links or a server ID:\nhttps://dis.gd/request\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://discord.gg/k7VaultMarket".to_string(),
            Status::NotFound
        )]
    );
}

/// Blind-630 (yt-one-sentence-four-outcomes): "we removed\nURL1 and URL2,
/// blocked\nURL3 from view in South Korea, and left\nURL4 in place because
/// …": a line led by URLs that the sentence above runs on to, breaking off
/// on an act whose object leads the next line, is no list entry; the act
/// and its scope are URL3's.
#[test]
fn an_act_broken_off_before_its_object_on_the_next_line() {
    let text = "Having reviewed the first four videos, we removed\nhttps://youtu.be/v1 and https://youtu.be/v2, blocked\nhttps://youtu.be/v3 from view in South Korea, and left\nhttps://youtu.be/v4 in place because it does not violate our\nCommunity Guidelines.";
    assert_eq!(
        line_statuses(text),
        vec![
            ("https://youtu.be/v1".to_string(), Some(Status::Removed)),
            ("https://youtu.be/v2".to_string(), Some(Status::Removed)),
            ("https://youtu.be/v3".to_string(), Some(Status::Restricted)),
            ("https://youtu.be/v4".to_string(), Some(Status::Rejected)),
        ]
    );
    // Rows led by their URLs stay rows, whatever their last word (blind-163
    // pix-plaintext-table, blind-409, blind-595: the full run on a826cc46).
    // (The last row's own words are not read; it takes nothing from the
    // rows above.)
    let rows = "Done so far:\nhttps://youtu.be/v1 - deleted\nhttps://youtu.be/v2       thread deleted\nhttps://youtu.be/v3 - we have no file under that id\n";
    assert_eq!(
        line_statuses(rows),
        vec![
            ("https://youtu.be/v1".to_string(), Some(Status::Removed)),
            ("https://youtu.be/v2".to_string(), Some(Status::Removed)),
            ("https://youtu.be/v3".to_string(), None),
        ]
    );
    // A list of URL rows under a heading stays a list.
    let list = "Removed:\nhttps://youtu.be/v1 and https://youtu.be/v2, both deleted\nhttps://youtu.be/v3 was not found\n";
    assert_eq!(
        line_statuses(list),
        vec![
            ("https://youtu.be/v1".to_string(), Some(Status::Removed)),
            ("https://youtu.be/v2".to_string(), Some(Status::Removed)),
            ("https://youtu.be/v3".to_string(), Some(Status::NotFound)),
        ]
    );
}

/// Blind-634 (x-hedged-may-have-been-deleted): the hedge of a sentence
/// wrapped over two lines above its URL ("may have already\nbeen deleted by
/// their authors, for example\nURL.") holds for the URL.
#[test]
fn a_hedge_two_lines_above_the_url() {
    let text = "Regarding KCSC-240902-01: some of the posts you listed may have already\nbeen deleted by their authors, for example\nhttps://x.com/g/status/1. Others appear to be\nrestricted already. We are checking each of them.";
    assert_eq!(
        line_statuses(text),
        vec![("https://x.com/g/status/1".to_string(), None)]
    );
}

/// Blind-655 (kelp-hedged-appears): a line whose words after its URL break
/// off ("…: URL appears to have") runs on into the next line in lower case;
/// the sentence is one, and its hedge holds.
#[test]
fn a_hedge_before_a_url_that_runs_on_to_the_next_line_holds() {
    let x = reply_to(
        "KCSC-240905-02",
        "Hi,\n\nLooking at it now: http://203.0.113.47/~h/drop/index.html appears to have\n\
been taken down already, possibly by the customer themselves. We'll confirm\n\
once we've gone through the server logs.\n\nKelp Hosting Abuse Desk",
    );
    assert!(x.claims.is_empty(), "{:?}", claims_in(&x));
    assert_eq!(x.hedged, vec!["http://203.0.113.47/~h/drop/index.html"]);
}

/// Blind-656 (discord-solved-appropriate-action): "We've reviewed it and
/// taken appropriate action where necessary" is a result, if a vague one,
/// not a receipt: the email is not ignored as an acknowledgement.
#[test]
fn reviewed_and_taken_action_is_no_receipt() {
    for body in [
        "Thank you for your report. We've reviewed it and taken appropriate action where necessary, in line with our Community Guidelines.",
        "Thank you for your report. We've taken appropriate action.",
    ] {
        let x = reply_to("KCSC-240903-02", body);
        assert_ne!(x.classification, Classification::Acknowledgement, "{body}");
    }
    let x = reply_to(
        "KCSC-240903-02",
        "Thank you for your report. We will review it shortly.",
    );
    assert_eq!(x.classification, Classification::Acknowledgement);
}

/// Blind-660 (yt-table-row-contradicted-by-note): a table row says
/// "Removed", and a note below says the same video "is still playable …;
/// the action has not been applied to it yet". Neither is taken.
#[test]
fn a_note_that_the_content_is_still_up_contradicts_its_row() {
    let x = reply_to(
        "KCSC-240902-01",
        "Hello,\n\nOutcome for KCSC-240902-01:\n\n\
URL                                            Action\n\
https://www.youtube.com/watch?v=Gx2hVa7Kp4g    Removed\n\n\
Note from the reviewer: https://www.youtube.com/watch?v=Gx2hVa7Kp4g is still playable for viewers in Korea at the\n\
time of writing; the action has not been applied to it yet. We are looking\ninto the discrepancy.\n\nRegards,\nYouTube Legal Support",
    );
    assert!(x.claims.is_empty(), "{:?}", claims_in(&x));
    assert_eq!(x.conflicts, vec!["youtube.com/watch?v=Gx2hVa7Kp4g"]);
    // A refusal and "it is still online" agree.
    let x = reply_to(
        "KCSC-240902-01",
        "https://www.youtube.com/watch?v=Gx2hVa7Kp4g - no violation of our Community Guidelines; the video is still online.",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.youtube.com/watch?v=Gx2hVa7Kp4g".to_string(),
            Status::Rejected
        )]
    );
}

/// Blind-661 (rp-outlook-domain-deleted-by-registrant): a domain its
/// registrant deleted was gone by its own side, as a post its author
/// deleted.
#[test]
fn a_domain_its_registrant_deleted_was_not_found() {
    assert_reply_claims(
        "KCSC-240905-04",
        "https://drugmall-24h.example/",
        &[(
            "Hello,\n\nhttps://drugmall-24h.example/ - the registrant deleted this domain on 6 September,\n\
before our review was finished. It is no longer registered, so there is\nnothing left for us to suspend.\n\nKind regards,\nRegiPort Compliance",
            Status::NotFound,
        )],
    );
}

/// Blind-667 (nimbus-ticket-resolved): "Our customer … has removed the
/// material you reported. We checked both addresses ourselves and they now
/// return 404 Not Found:" over the list: the check shows the removal done,
/// it does not make the pages not found.
#[test]
fn a_check_that_finds_removed_pages_gone_keeps_the_removal() {
    let x = reply_to(
        "KCSC-240904-02",
        "Hello,\n\nOur customer (the operator of moa-gallery.net) has removed the material\n\
you reported. We checked both addresses ourselves and they now return\n404 Not Found:\n\n\
  - https://moa-gallery.net/view/1182\n  - https://moa-gallery.net/view/1190\n\n\
We are closing this part of the ticket.\n\nRegards,\nNimbusHost Abuse Department",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://moa-gallery.net/view/1182".to_string(),
                Status::Removed
            ),
            (
                "https://moa-gallery.net/view/1190".to_string(),
                Status::Removed
            ),
        ]
    );
    // Without a removal before it, the check is a finding of its own.
    let x = reply_to(
        "KCSC-240904-02",
        "Hello,\n\nWe checked both addresses and they now return 404 Not Found:\n\n\
  - https://moa-gallery.net/view/1182\n  - https://moa-gallery.net/view/1190\n",
    );
    assert!(
        x.claims.iter().all(|c| c.status == Status::NotFound),
        "{:?}",
        claims_in(&x)
    );
}

/// Blind-659 (kakao-receipt-plus-already-removed): a cafe's own managers
/// deleting a post already may be a removal under the cafe's rules or the
/// author side's deletion; unless the email says the post is simply gone
/// ("존재하지 않는 게시물"), a person decides.
#[test]
fn a_cafe_managers_deletion_is_not_found_only_with_a_gone_clause() {
    use crate::extract::status::said;
    assert_eq!(
        said(
            "요청하신 게시물 중 https://cafe.daum.net/d/Aq3K/219 는 카페 운영진에 의해 이미 삭제 처리된 상태입니다.",
            &[]
        ),
        Said::Hedged(Status::NotFound)
    );
    for text in [
        "카페 운영진이 이미 삭제하여 존재하지 않는 게시물입니다.",
        "해당 게시물은 카페 매니저에 의해 이미 삭제되어 확인되지 않습니다.",
        "채널 관리자가 이미 삭제한 것으로 확인됩니다.",
        // (Blind-101 kakao-daum-blind-bullets.)
        "게시글 없음 (카페 운영자가 이미 삭제함)",
    ] {
        assert_eq!(said(text, &[]), Said::Stated(Status::NotFound), "{text}");
    }
}

/// Blind-180 (tg-statuses-by-position), kept by the rule of blind-660: "we
/// blocked the first two posts … The fourth post is still online: …" says
/// "still online" of the fourth post only, not of the two read by their
/// places.
#[test]
fn still_online_is_said_of_its_own_sentence_only() {
    let x = reply_to(
        "KCSC-240905-02",
        "Hello,\n\nThank you for your report. Of the four links in your message, we blocked the first two posts for all users. \
The third one, the channel, does not exist on Telegram (the username is not registered). The fourth post is still online: \
it advertises a pharmacy registered in the EU and does not break Telegram's Terms of Service.\n\nTelegram Abuse Team\n\n\
On Thu, 5 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:\n\
> Reference: KCSC-240905-02\n> Please remove or block the following content:\n\
> 1. https://t.me/quiet_ferry_shop/118\n> 2. https://t.me/quiet_ferry_shop/131\n\
> 3. https://t.me/glass_orchard\n> 4. https://t.me/s/ivory_kettle/2045\n",
    );
    assert!(x.conflicts.is_empty(), "{:?}", x.conflicts);
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/glass_orchard".to_string(), Status::NotFound),
            (
                "https://t.me/quiet_ferry_shop/118".to_string(),
                Status::Removed
            ),
            (
                "https://t.me/quiet_ferry_shop/131".to_string(),
                Status::Removed
            ),
            (
                "https://t.me/s/ivory_kettle/2045".to_string(),
                Status::Rejected
            ),
        ]
    );
}

/// Blind-673 (daram-ticket-resolved-echo): "The other two addresses …
/// are still being checked" is said of the rest of the echoed report; the
/// removal stated of the one named page is not theirs.
#[test]
fn the_others_still_being_checked_keep_their_place() {
    let x = reply_to(
        "KCSC-240904-03",
        "Ticket #DH-55187 has been updated.\nStatus: Resolved\n\n---- Your original report ----\n\
Reference: KCSC-240904-03\nURLs:\n http://c.example.kr/index.html\n http://c.example.kr/pay/step2.php\n https://lucky.example.kr/\n\
Category: phishing\n\n---- Reply from Hyun-woo (Abuse Team) ----\n\
The page https://lucky.example.kr/ was a copy of a bank login page. We deleted it from\n\
the customer's web space and warned the customer. The other two addresses\n\
belong to a different account and are still being checked.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://lucky.example.kr/".to_string(), Status::Removed)]
    );
}

/// Blind-674 (tg-zendesk-history-correction): a ticket's newest comment,
/// "Correction to my message of yesterday: URL15 was not removed", over the
/// older "URL7 and URL15 have been removed.": the statement corrected is
/// wrong in part, so its other URL is not taken either.
#[test]
fn a_statement_corrected_in_part_is_not_taken_for_its_other_items() {
    let x = reply_to(
        "KCSC-240903-01",
        "##- Please type your reply above this line -##\n\nOleg (Telegram Abuse)\nSep 11, 2024, 12:24 GMT+4\n\n\
Correction to my message of yesterday: https://t.me/fakeid_works/15 was not removed.\n\
After a second review the post turned out to be a news article about\nforged documents. It does not break our rules and stays up.\n\n\
Oleg (Telegram Abuse)\nSep 10, 2024, 10:03 GMT+4\n\n\
https://t.me/fakeid_works/7 and https://t.me/fakeid_works/15 have been removed.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", claims_in(&x));
    assert!(
        x.conflicts.contains(&"t.me/fakeid_works/7".to_string()),
        "{:?}",
        x.conflicts
    );
}

#[test]
fn a_heading_over_one_url_is_not_the_sole_statement_of_a_url_above_it() {
    // "■ 조치불가" heads the URL right under it; the URL in the paragraph
    // above is named without a status, for a person to read.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <h1@x.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n\
안녕하세요.\n\nhttps://blog.naver.com/g/2235\n\n■ 조치불가\nhttps://post.naver.com/v?volumeNo=38\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://post.naver.com/v?volumeNo=38".to_string(),
            Status::Rejected
        )]
    );
    assert_eq!(x.hedged, vec!["https://blog.naver.com/g/2235".to_string()]);
}

#[test]
fn outcomes_by_parenthesized_place_over_a_list_numbered_so() {
    // "(1) and (2): withheld …" under "Outcome:", over the echoed
    // "(1) URL … (4) URL": each outcome is its places' URLs'.
    let x = reply_to(
        "KCSC-240904-02",
        "Reported content:\n(1) https://x.com/a/status/11\n(2) https://x.com/a/status/12\n(3) https://x.com/b/status/13\n(4) https://x.com/b\n\n\
Outcome:\n(1) and (2): withheld in Korea (KR) in response to your legal demand.\n(3): no action taken; the content does not violate the X Rules.\n(4): account suspended for violating the X Rules.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/a/status/11".to_string(), Status::Restricted),
            ("https://x.com/a/status/12".to_string(), Status::Restricted),
            ("https://x.com/b".to_string(), Status::Removed),
            ("https://x.com/b/status/13".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn a_blog_owner_deleting_before_the_request_left_nothing_to_act_on() {
    use crate::extract::status::{Said, said};
    // The blog's own operator is the author's side: gone before we asked.
    assert_eq!(
        said(
            "URL 은 블로그 운영자가 요청 접수 이전에 이미 삭제한 글이라 조치 대상이 없었습니다.",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
    // A cafe's manager stays in doubt (removal or not found), unless the
    // email says nothing was left to act on.
    assert_eq!(
        said("카페 운영자가 요청 접수 이전에 이미 삭제한 글입니다.", &[]),
        Said::Hedged(Status::NotFound)
    );
    assert_eq!(
        said(
            "카페 운영자가 요청 접수 이전에 이미 삭제한 글이라 조치 대상이 없었습니다.",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
}

#[test]
fn a_table_said_to_predate_the_last_step_keeps_its_other_rows() {
    // "the table was generated before the last step of our review" owns up
    // to the row the note corrects: the other rows stand; the corrected
    // row, stated twice, is for a person.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <tg@x.com>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n\
<p>The outcome of our review of request KCSC-240903-01 is below.</p>\
<table><tr><th>URL</th><th>Outcome</th></tr>\
<tr><td>https://x.com/a/status/1</td><td>Removed</td></tr>\
<tr><td>https://x.com/a/status/2</td><td>Removed</td></tr>\
<tr><td>https://x.com/a/status/3</td><td>Age-restricted</td></tr></table>\
<p>Please note: the table was generated before the last step of our review. \
https://x.com/a/status/2 was in the end not removed globally; it has been blocked for viewers in South Korea only.</p>\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/a/status/1".to_string(), Status::Removed),
            ("https://x.com/a/status/3".to_string(), Status::Restricted),
        ]
    );
    assert_eq!(x.conflicts, vec!["x.com/i/status/2".to_string()]);
}

#[test]
fn round_118_wordings_and_full_width_stops() {
    use crate::extract::status::{Said, said};
    for (text, want) in [
        ("Not present on the server", Said::Stated(Status::NotFound)),
        (
            "It is a matter of website content, not DNS abuse under our policy, so we are not suspending toto-gate99.net.",
            Said::Stated(Status::Rejected),
        ),
        // A present tense with a condition is no decision yet.
        (
            "We are not removing it while our review is ongoing.",
            Said::Nothing,
        ),
        (
            "- 검토 결과 운영정책에 위배되는 내용이 확인되지 않아 게시중단 요청을 수용하기 어렵습니다.",
            Said::Stated(Status::Rejected),
        ),
        // "．" ends the measure's sentence as "." does.
        (
            "→ 유지．실명이나 연락처 등 개인을 특정할 수 있는 정보가 없어 신상 공개에 해당하지 않는다고 판단했습니다．",
            Said::Stated(Status::Rejected),
        ),
    ] {
        assert_eq!(said(text, &[]), want, "{text}");
    }
}

#[test]
fn the_two_posts_above_under_an_arrow_below_the_second_are_both() {
    // "* URL1\n* URL2\n  -> 위 두 글은 삭제했고 …": the arrow's line sits
    // under URL2 but says "the two posts above".
    assert_eq!(
        line_statuses(
            "말씀하신 글 확인했습니다.\n\n* https://gall.dcinside.com/board/view/?id=a&no=1\n* https://gall.dcinside.com/board/view/?id=a&no=2\n  -> 위 두 글은 삭제했고 작성자 IP는 차단해 두었습니다.\n"
        ),
        vec![
            (
                "https://gall.dcinside.com/board/view/?id=a&no=1".to_string(),
                Some(Status::Removed)
            ),
            (
                "https://gall.dcinside.com/board/view/?id=a&no=2".to_string(),
                Some(Status::Removed)
            ),
        ]
    );
}

#[test]
fn a_url_with_a_verb_of_its_own_does_not_take_the_act_of_the_clause_before() {
    // "We have removed URL1, and URL2 will be reviewed …": URL2's clause
    // has its own verb, which states nothing yet.
    assert_eq!(
        line_statuses(
            "Hello,\n\nWe have removed https://www.youtube.com/watch?v=Qm3vTz81LpA, and https://www.youtube.com/watch?v=bN7xKe20WsR will be reviewed by our legal team in the coming days.\n"
        ),
        vec![
            (
                "https://www.youtube.com/watch?v=Qm3vTz81LpA".to_string(),
                Some(Status::Removed)
            ),
            (
                "https://www.youtube.com/watch?v=bN7xKe20WsR".to_string(),
                None
            ),
        ]
    );
    // (With no verb of its own, the act is both: "We have removed URL1,
    // and URL2 as well.")
    assert_eq!(
        line_statuses(
            "We have removed https://www.youtube.com/watch?v=Qm3vTz81LpA, and https://www.youtube.com/watch?v=bN7xKe20WsR as well.\n"
        ),
        vec![
            (
                "https://www.youtube.com/watch?v=Qm3vTz81LpA".to_string(),
                Some(Status::Removed)
            ),
            (
                "https://www.youtube.com/watch?v=bN7xKe20WsR".to_string(),
                Some(Status::Removed)
            ),
        ]
    );
}

#[test]
fn access_to_the_post_from_korea_blocked_is_a_restriction() {
    use crate::extract::status::{Said, said};
    assert_eq!(
        said(
            "access to this post from Korea has been blocked. The cafe is run from abroad, so it stays visible outside Korea.",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
}

#[test]
fn round_119_wordings_and_layouts() {
    use crate::extract::status::{Said, said};
    for (text, want) in [
        ("Not located", Said::Stated(Status::NotFound)),
        // The seller is the listing's author: gone by its own hand.
        (
            "판매자가 이미 글을 지워서 없는 글입니다. (9월 12일 작성자 삭제)",
            Said::Stated(Status::NotFound),
        ),
        // A list's number before the entry does not hide its measure.
        (
            "4) ; — 미니 갤러리 폐쇄 (갤러리 전체 접근 불가)",
            Said::Stated(Status::Removed),
        ),
    ] {
        assert_eq!(said(text, &[]), want, "{text}");
    }
    // "We reviewed it …" below the paragraph's one URL is about it.
    assert_eq!(
        line_statuses(
            "Following up on the remaining post in this request:\n<https://x.com/p/status/18299>\n\nWe reviewed it against the X Rules and against the Korean provision quoted\nin your notice and found no violation.\n"
        ),
        vec![(
            "https://x.com/p/status/18299".to_string(),
            Some(Status::Rejected)
        )]
    );
}

#[test]
fn a_query_wrapped_after_its_ampersand_goes_on_with_its_next_parameter() {
    // "…?volumeNo=1&" then "memberNo=2)은 게시중단 …": one URL.
    let x = extract_raw(
        "From: a@navercorp.com\nSubject: RE: KCSC-240903-01\nMessage-ID: <wq@x.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n\
네이버 포스트 게시물(https://post.naver.com/viewer/postView.naver?volumeNo=38120447&\nmemberNo=55102938)은 게시중단 처리하였습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://post.naver.com/viewer/postView.naver?volumeNo=38120447&memberNo=55102938"
                .to_string(),
            Status::Removed
        )]
    );
}

#[test]
fn a_turn_to_what_happened_after_a_measure_is_what_holds_now() {
    use crate::extract::status::{Said, said};
    // The temporary measure is past; the cafe manager's deletion after it
    // is in doubt (removal or gone), so the whole is.
    assert_eq!(
        said(
            "요청하신 ; 게시물은 9월 12일 임시조치하였으나, 이후 카페 운영자가 해당 게시물을 삭제하여 현재는 열람할 수 없습니다.",
            &[]
        ),
        Said::Hedged(Status::Removed)
    );
}

#[test]
fn a_table_row_the_text_says_is_still_live_is_no_sole_statement() {
    // "URL | Removed" and below it "URL is still live while the uploader's
    // appeal is being considered": neither is taken, and the table's one
    // statement is not given back to the URL as the email's only one.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <sl@x.com>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n\
<p>Hello,</p><table><tr><th>URL</th><th>Action</th></tr><tr><td>https://www.youtube.com/watch?v=bR5tG3hJk7I</td><td>Removed</td></tr></table>\
<p>https://www.youtube.com/watch?v=bR5tG3hJk7I is still live while the uploader's appeal is being considered. We will let you know the result of the appeal.</p>\n",
    );
    assert_eq!(claims_in(&x), vec![]);
    assert_eq!(
        x.conflicts,
        vec!["youtube.com/watch?v=bR5tG3hJk7I".to_string()]
    );
}

#[test]
fn round_120_wordings() {
    use crate::extract::status::{Said, said};
    for (text, want) in [
        (
            "조치결과: 청소년 유해 설정(19세 이상 인증 후 재생)",
            Said::Stated(Status::Restricted),
        ),
        (
            " ; - there is no file under this link; it was never uploaded or the id is mistyped",
            Said::Stated(Status::NotFound),
        ),
        // A purpose clause's negation ("so that it is not uploaded
        // again") takes nothing back.
        (
            "신고하신 이미지 파일（ ; ）은 삭제하고 같은 해시로 다시 올라오지 않도록 차단까지 완료했습니다。",
            Said::Stated(Status::Removed),
        ),
        (
            "We're not taking action on ; .",
            Said::Stated(Status::Rejected),
        ),
        (
            "We're not taking action on ; while we review it.",
            Said::Nothing,
        ),
    ] {
        assert_eq!(said(text, &[]), want, "{text}");
    }
}

#[test]
fn a_korean_clause_ending_on_its_own_connective_keeps_its_own_statement() {
    // "<URL1> 은 지웠고요,\n<URL2> 는 … 그대로 두었습니다.": each clause its
    // own; and when the first one's verb is not one the reader knows, the
    // second one's refusal is still not the first URL's.
    let body = |verb: &str| {
        format!(
            "말씀하신 글 중에 <https://gall.dcinside.com/board/view/?id=s&no=1> 은 {verb},\n<https://gall.dcinside.com/board/view/?id=s&no=2> 는 신고 내용이랑 글 내용이 달라서 (그냥 종목 토론글이에요) 그대로 두었습니다.\n"
        )
    };
    assert_eq!(
        line_statuses(&body("지웠고요")),
        vec![
            (
                "https://gall.dcinside.com/board/view/?id=s&no=1".to_string(),
                Some(Status::Removed)
            ),
            (
                "https://gall.dcinside.com/board/view/?id=s&no=2".to_string(),
                Some(Status::Rejected)
            ),
        ]
    );
    assert_eq!(
        line_statuses(&body("치웠고요")),
        vec![
            (
                "https://gall.dcinside.com/board/view/?id=s&no=1".to_string(),
                None
            ),
            (
                "https://gall.dcinside.com/board/view/?id=s&no=2".to_string(),
                Some(Status::Rejected)
            ),
        ]
    );
}

#[test]
fn round_121_wordings() {
    use crate::extract::status::{Said, said};
    for (text, want) in [
        (
            "There is no video at ; - the ID is invalid.",
            Said::Stated(Status::NotFound),
        ),
        (
            "Both of these now return our HTTP 403 suspension page:",
            Said::Stated(Status::Removed),
        ),
    ] {
        assert_eq!(said(text, &[]), want, "{text}");
    }
}

#[test]
fn a_query_wrapped_after_its_ampersand_with_a_trailing_space_is_one_url() {
    // A flowed line keeps its trailing space: "…&dirId=80101& " then
    // "docId=471122334 은 …" is still one URL.
    let x = extract_raw(
        "From: a@navercorp.com\nSubject: Re: KCSC-240909-01\nMessage-ID: <fw@x.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n\
요청하신 지식iN 질문 https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101& \ndocId=471122334 은 지식iN 운영정책에 따라 삭제되었습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334".to_string(),
            Status::Removed
        )]
    );
}

#[test]
fn round_122_wordings() {
    use crate::extract::status::{Said, said};
    for (text, want) in [
        (
            "운영정책 위반으로 게시가 중단되었습니다.",
            Said::Stated(Status::Removed),
        ),
        (
            "게시물은 확인 결과 이미 운영원칙 위반으로 블라인드 처리된 상태입니다.",
            Said::Stated(Status::Removed),
        ),
        // Gone by its author's hand, no measure for that reason: not a
        // refusal.
        (
            "작가가 이미 삭제하여 조회되지 않는 글입니다. 별도 조치는 하지 않았습니다.",
            Said::Stated(Status::NotFound),
        ),
        (
            "해당 게시물은 위반 사항이 없어 별도 조치는 하지 않았습니다.",
            Said::Stated(Status::Rejected),
        ),
        // The author's deletion, "processed" or not, is not the platform's.
        (
            "작성자에 의해 삭제 처리되었습니다.",
            Said::Stated(Status::NotFound),
        ),
        (
            "작성자에 의해 이미 삭제 처리된 상태입니다.",
            Said::Stated(Status::NotFound),
        ),
    ] {
        assert_eq!(said(text, &[]), want, "{text}");
    }
}

#[test]
fn a_receipt_that_goes_on_about_a_named_url_in_unread_words_is_no_receipt() {
    let t = "From: help@help.naver.com\nSubject: [네이버 고객센터] 문의 접수 안내\nMessage-ID: <rc@naver.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n\
보내주신 문의가 정상적으로 접수되었습니다. (접수번호 NV-2409-55120)\n참고로 요청하신 URL 중 https://post.naver.com/viewer/postView.naver?volumeNo=38814420&memberNo=5520187\n게시물은 확인 결과 이미 운영원칙 위반으로 치워진 상태입니다.\n나머지 URL은 담당 부서 검토 후 순차적으로 회신드리겠습니다.\n";
    assert_eq!(classify(t), Classification::Other);
}

#[test]
fn round_123_false_applications() {
    use crate::extract::status::{Said, said};
    for (text, want) in [
        // No measure, for the author had deleted it: not found.
        (
            "- 조치결과: 미조치 (작성자가 이미 삭제하여 게시물이 존재하지 않음)",
            Said::Stated(Status::NotFound),
        ),
        ("미조치 (위반 사항 없음)", Said::Stated(Status::Rejected)),
        // (A breach that could not be confirmed is a refusal.)
        ("미조치(위반 확인 불가)", Said::Stated(Status::Rejected)),
        // Revoked in answer to the report is the sender's act; revoked
        // already, before it, is a dead link.
        (
            "The invite link you reported, ; , has been revoked and the group behind it was deleted for breaking our Terms of Service ( ; ).",
            Said::Stated(Status::Removed),
        ),
        (
            "The invite link had already been revoked.",
            Said::Stated(Status::NotFound),
        ),
        ("The link has expired.", Said::Stated(Status::NotFound)),
    ] {
        assert_eq!(said(text, &[]), want, "{text}");
    }
}

#[test]
fn round_124_false_applications() {
    use crate::extract::status::{Said, said};
    for (text, want) in [
        // A breach's content that could not be confirmed is a refusal, not
        // a page not found.
        (
            "5 ;  ; 조치 불가 ; 위반 내용 확인 불가",
            Said::Stated(Status::Rejected),
        ),
        // First a temporary measure, then on re-review a deletion: the
        // deletion holds.
        (
            "게시물은 처음에 임시조치(30일)로 처리하였으나, 재검토 결과 운영정책 위반이 확인되어 운영자 삭제로 변경하였습니다.",
            Said::Stated(Status::Removed),
        ),
    ] {
        assert_eq!(said(text, &[]), want, "{text}");
    }
}

#[test]
fn round_125_sheet_said_as_a_whole() {
    // The email's words about its attached sheet as a whole and the sheet
    // disagree: no row of the sheet is taken.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <s1@x.com>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nHello,\n\nBoth videos listed in the attached sheet were blocked in South Korea only; neither was removed globally.\n--b\nContent-Type: text/csv; name=\"r.csv\"\nContent-Disposition: attachment; filename=\"r.csv\"\n\nurl,action,scope\nhttps://v.example/w/1,Removed,Global\nhttps://v.example/w/2,Blocked,South Korea\n--b--\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    assert_eq!(x.conflicts.len(), 2, "{:?}", x.conflicts);
    // When they agree, the sheet stands.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <s2@x.com>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nHello,\n\nBoth videos listed in the attached sheet were blocked in South Korea only.\n--b\nContent-Type: text/csv; name=\"r.csv\"\nContent-Disposition: attachment; filename=\"r.csv\"\n\nurl,action,scope\nhttps://v.example/w/1,Blocked,South Korea\nhttps://v.example/w/2,Blocked,South Korea\n--b--\n",
    );
    assert_eq!(x.claims.len(), 2, "{:?}", x.claims);
    assert!(x.claims.iter().all(|c| c.status == Status::Restricted));
}

#[test]
fn round_125_own_clause() {
    // A URL that is the subject of its own clause after "so only": that
    // clause is its statement, not the sentence's first verb about another.
    let x = reply_to(
        "KCSC-240911-04",
        "Hello,\n\nThe messages https://t.me/lt/4410 and https://t.me/lt/4415 have been blocked for all users.\n\nCorrection to the above: our moderators could not find a message with the id 4415 in that channel, so only https://t.me/lt/4410 was blocked. Please check the link https://t.me/lt/4415 and send it to us again if it is wrong.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/lt/4410".to_string(), Status::Removed)]
    );
    let x = reply_to(
        "KCSC-240911-04",
        "Hello,\n\nWe could not find the other file you mention, so only https://t.me/lt/4410 was blocked.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/lt/4410".to_string(), Status::Removed)]
    );
}

#[test]
fn round_125_no_violation_through_the_url() {
    // A finding of no violation through the item's URL.
    let x = reply_to(
        "KCSC-240906-05",
        "Hello,\n\nThanks for your report. After investigating, we did not find that the\naccount <https://r.example/user/b/> violates our\nContent Policy, so we have not taken any action on it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://r.example/user/b/".to_string(), Status::Rejected)]
    );
}

#[test]
fn round_125_decision_two_sentences_on() {
    // The decision two sentences on, about the paragraph's only URL by "it".
    let body = "Dear KCSC,\n\nWe looked at the channel post https://ch.example/b/post/88 that you flagged. It links to the\npage of a licensed retailer and contains no\nodds, referral codes or addresses of private betting sites. As it breaches\nneither our Operating Policy nor the law, we\nhave decided to leave it up.\n\nThe two videos from the same request are still with our video team.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240906-04", body)),
        vec![("https://ch.example/b/post/88".to_string(), Status::Rejected)]
    );
}

#[test]
fn round_125_gone_before_we_saw_it() {
    let body = "Results for KCSC-240905-03:\n\n* https://pc.example/kr/thread/40188 -- deleted\n* https://i.pc.example/kr/src/17250.webm -- this file isn't on our\n  servers anymore; the thread it was in was pruned before we saw your mail.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240905-03", body)),
        vec![
            (
                "https://i.pc.example/kr/src/17250.webm".to_string(),
                Status::NotFound
            ),
            (
                "https://pc.example/kr/thread/40188".to_string(),
                Status::Removed
            ),
        ]
    );
    // Deleted by the one who asked the question (지식iN): gone before us.
    let body = "요청 건(KCSC-240903-01) 처리 결과입니다.\n\n1. 지식iN 질문\n   https://kin.example/qna/detail?docId=4712 - 질문자가 이미 삭제한 글입니다.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240903-01", body)),
        vec![(
            "https://kin.example/qna/detail?docId=4712".to_string(),
            Status::NotFound
        )]
    );
}

#[test]
fn round_125_correction_then_the_item_by_word() {
    // A correction naming its row's URL, then "해당 게시물은 …" right after it,
    // in an HTML body whose paragraphs come with no blank line between.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240909-03\nMessage-ID: <c1@x.com>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>KCSC-240909-03 요청 건의 처리 결과입니다.</p><table><tr><th>번호</th><th>URL</th><th>처리 결과</th></tr><tr><td>1</td><td>https://cafe.example/g/1</td><td>게시중단</td></tr><tr><td>2</td><td>https://cafe.example/g/2</td><td>게시중단</td></tr></table><p>※ 정정: 위 표 2번 게시물(https://cafe.example/g/2)의 처리 결과가 '게시중단'으로 잘못 기재되었습니다.\n해당 게시물은 검토 결과 위법성이 확인되지 않아 게시를 유지하고 있습니다.</p><p>이의가 있으시면 https://help.example.com/service/5600 로 문의해 주시기 바랍니다.</p>\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://cafe.example/g/1".to_string(), Status::Removed),
            ("https://cafe.example/g/2".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn round_126_later_stage_of_a_record() {
    // A record's history below its URL: the later stage holds.
    let body = "Following your escalation, here is the history of the two posts.\n\nhttps://x.example/a/status/510\n  Initial review (11 Sep): no violation found, no action.\n  Escalation review (15 Sep): removed under our private information policy.\n\nhttps://x.example/b/status/611\n  Initial review (11 Sep): withheld in South Korea.\n  Escalation review (15 Sep): no change, the post remains withheld in South Korea.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240909-01", body)),
        vec![
            (
                "https://x.example/a/status/510".to_string(),
                Status::Removed
            ),
            (
                "https://x.example/b/status/611".to_string(),
                Status::Restricted
            ),
        ]
    );
}

#[test]
fn round_126_asked_to_confirm_is_no_statement() {
    assert_eq!(
        crate::extract::status::said(
            "We have asked our customer to confirm that the file was removed and will let you know.",
            &[]
        ),
        crate::extract::status::Said::Hedged(Status::Removed)
    );
    let body = "Hello,\n\nhttps://vid.example/watch/a81 appears to be offline now. We have asked our customer to\nconfirm that the file was removed and will let you know as soon as we hear\nback.\n";
    assert!(claims_in(&reply_to("KCSC-240913-07", body)).is_empty());
}

#[test]
fn round_126_reported_url_field_and_no_object() {
    // A site's root named in a "Reported URL:" field is the report's object.
    let body = "Dear Reporter,\n\nThank you for your report concerning the domain name below.\n\nReported URL: http://bet-sun77.example\n\nFollowing our investigation we have suspended the domain name. It has been\nplaced in clientHold status and no longer resolves on the internet.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240909-03", body)),
        vec![("http://bet-sun77.example".to_string(), Status::Removed)]
    );
    // Object storage: no object under the key.
    let body = "We checked the two object storage URLs:\n\n- https://img.cdn.example/c/1.jpg : no object exists under this key in the bucket.\n- https://img.cdn.example/c/2.jpg : object deleted and purged from cache.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240905-02", body)),
        vec![
            (
                "https://img.cdn.example/c/1.jpg".to_string(),
                Status::NotFound
            ),
            (
                "https://img.cdn.example/c/2.jpg".to_string(),
                Status::Removed
            ),
        ]
    );
}

#[test]
fn round_126_particle_after_a_lone_url_and_closed_rooms() {
    // A sentence split around a URL alone between blank lines, going on
    // with a Korean particle.
    let body = "안녕하세요.\n방송통신심의위원회에서 신고해 주신 블로그 게시물\n\nhttps://blog.example/s/2235\n\n에 대하여 담당 부서에서 확인한 결과, 불법 홍보에 해당하여\n해당 게시물을 블라인드 처리하였습니다. 현재 해당 게시물은 외부에 노출되지\n않습니다.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240903-01", body)),
        vec![("https://blog.example/s/2235".to_string(), Status::Removed)]
    );
    assert_eq!(
        crate::extract::status::said("이건 이미 지워진 글이라 확인이 안 됩니다", &[]),
        crate::extract::status::Said::Stated(Status::NotFound)
    );
    let body = "The open chat room <https://chat.example/o/gT4> has been permanently closed for violating our operating policy.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240911-05", body)),
        vec![("https://chat.example/o/gT4".to_string(), Status::Removed)]
    );
    assert_eq!(
        crate::extract::status::said("The ticket has been closed.", &[]),
        crate::extract::status::Said::Nothing
    );
}

#[test]
fn round_126_places_written_as_the_lists_markers() {
    let body = "Hello,\n\nYour report listed the following messages:\n\n1) https://t.me/bd/412\n2) https://t.me/bd/419\n3) https://t.me/gm/77\n4) https://t.me/gm/81\n\nOutcome: 1) and 3) have been removed. 2) could not be found. 4) remains online, since we found no breach of our Terms of Service in it.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240911-03", body)),
        vec![
            ("https://t.me/bd/412".to_string(), Status::Removed),
            ("https://t.me/bd/419".to_string(), Status::NotFound),
            ("https://t.me/gm/77".to_string(), Status::Removed),
            ("https://t.me/gm/81".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn round_127_next_sentence_scopes_the_block() {
    // Not a sentence about someone else that names the item in passing.
    let body = "The post https://cafe.example/n/88 has been removed for violating the Cafe Operation Policy\n(sale of narcotics). The member who posted it has been permanently restricted from the cafe.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240912-06", body)),
        vec![("https://cafe.example/n/88".to_string(), Status::Removed)]
    );
    let body = "Hello,\n\nThe channel https://t.me/vd_kr has been blocked. To be precise, it is\nblocked for users in South Korea and remains accessible elsewhere, in line\nwith how we handle content that is illegal only under local law.\n\nThe message https://t.me/sg/118 was removed.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240904-02", body)),
        vec![
            ("https://t.me/sg/118".to_string(), Status::Removed),
            ("https://t.me/vd_kr".to_string(), Status::Restricted),
        ]
    );
}

#[test]
fn round_127_row_shown_as_but_actually() {
    // "shown as X in the system, but actually …": a correction of that row.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240906-04\nMessage-ID: <c3@x.com>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>조치 결과를 아래와 같이 회신드립니다.</p><table><tr><th>번호</th><th>URL</th><th>조치결과</th></tr><tr><td>1</td><td>https://cafe.example/s/1</td><td>삭제</td></tr><tr><td>2</td><td>https://cafe.example/s/2</td><td>게시중단</td></tr></table><p>※ 2번 항목은 시스템상 '게시중단'으로 표시되나, 저희 조치 이전에 작성자가 직접 삭제한 게시물로\n실제로는 조치할 게시물이 존재하지 않았습니다.</p>\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://cafe.example/s/1".to_string(), Status::Removed),
            ("https://cafe.example/s/2".to_string(), Status::NotFound),
        ]
    );
}

#[test]
fn round_127_wording() {
    use crate::extract::status::{Said, said};
    assert_eq!(
        said("현지 법률에 따라 대한민국에서 액세스가 차단된 콘텐츠:", &[]),
        Said::Stated(Status::Restricted)
    );
    assert_eq!(
        said(
            "- 조치: 작가가 이미 삭제한 글로 확인되어 별도 조치 대상이 없습니다.",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
    // "위 블로그 게시물 2건은" below the URLs it counts, under a greeting.
    let body = "안녕하세요. 네이버 신고센터입니다.\nhttps://blog.example/s/1\nhttps://blog.example/s/2\n위 블로그 게시물 2건은 게시중단 처리하였습니다.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240912-07", body)),
        vec![
            ("https://blog.example/s/1".to_string(), Status::Removed),
            ("https://blog.example/s/2".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_128_korean_hedge_on_the_next_line() {
    // "… 이미 삭제된 것으로\n보입니다": the verb that hedges it is below.
    let body = "안녕하세요 다음카페 운영지원팀입니다.\n\nhttps://cafe.example/c/1842 글은 지금 접속해 보면 열리지 않는 걸로 봐서 이미 삭제된 것으로\n보입니다. 다만 카페 운영자 쪽에서 비공개로 돌린 것인지, 작성자가 지운 것인지는\n저희 쪽에서 아직 정확히 확인이 안 돼서, 확인되면 다시 말씀드릴게요.\n";
    assert!(claims_in(&reply_to("KCSC-240905-02", body)).is_empty());
}

#[test]
fn round_128_a_topic_by_place_heads_its_statements() {
    let body = "Hello,\n\nRegarding the first three posts in your list below: the first two have been withheld in Korea. The third does not violate our rules or local law and will stay up.\n\nOn Mon, 2 Sep 2024 at 10:10, KCSC <t@kcsc.example> wrote:\n> 1. https://x.example/a/1\n> 2. https://x.example/a/2\n> 3. https://x.example/a/3\n> 4. https://x.example/a/4\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240902-01", body)),
        vec![
            ("https://x.example/a/1".to_string(), Status::Restricted),
            ("https://x.example/a/2".to_string(), Status::Restricted),
            ("https://x.example/a/3".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn round_128_restriction_applied_field_runs_on() {
    let body = "STATEMENT OF REASONS\n\nContent concerned: https://dv.example/f/Kj1\nRestriction applied: access to the content disabled for users in the\n  Republic of Korea (geo-restriction); the file stays available elsewhere\nTerritorial scope: KR\nLegal ground: illegal content under the law of the Republic of Korea\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240902-01", body)),
        vec![("https://dv.example/f/Kj1".to_string(), Status::Restricted)]
    );
}

#[test]
fn round_128_korean_refusal_reasons_and_host_suspension() {
    use crate::extract::status::{Said, said};
    // "삭제 불가" with the reason that defamation's marks were not found.
    assert_eq!(
        said(
            "→ 삭제 불가 (사유: 언론 보도 내용을 인용한 글로, 허위사실이나 비방 목적이 확인되지 않음)",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    // A host's measure as a field's value.
    let body = "조치 결과를 안내드립니다.\n\n1. http://toto.example/\n - 조치: 호스팅 서비스 이용정지 (사이트 접속 불가)\n2. http://toto.example/bbs/318\n - 조치: 게시물 삭제\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240905-03", body)),
        vec![
            ("http://toto.example/".to_string(), Status::Removed),
            ("http://toto.example/bbs/318".to_string(), Status::Removed),
        ]
    );
    assert_eq!(
        said("조치: 이용정지 예정", &[]),
        Said::Hedged(Status::Removed)
    );
}

#[test]
fn round_129_made_unavailable_and_shown_only_to_adults() {
    use crate::extract::status::{Said, said};
    assert_eq!(
        said("We have made this cafe post unavailable on Daum.", &[]),
        Said::Stated(Status::Removed)
    );
    assert_eq!(
        said("We have made the post unavailable in South Korea.", &[]),
        Said::Stated(Status::Restricted)
    );
    assert_eq!(
        said("We have not made it unavailable yet.", &[]),
        Said::Nothing
    );
    assert_eq!(
        said(
            "- post is now shown only to logged-in users aged 19 or over",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
}

#[test]
fn round_128_an_update_that_restates_below_its_wrapped_line() {
    // The update's own sentence negates the removal; what it says of the
    // item runs on in the lines below it (not found), and holds.
    let body = "Hi,\n\nMessages https://t.me/nf/118 and https://t.me/nf/121 were removed.\n\nUpdate before sending: after a second check, https://t.me/nf/121 was not\nremoved by us. The channel owner had already deleted that message before\nour moderators opened your report, so there was nothing left to act on.\n";
    assert_eq!(
        claims_in(&reply_to("KCSC-240910-02", body)),
        vec![
            ("https://t.me/nf/118".to_string(), Status::Removed),
            ("https://t.me/nf/121".to_string(), Status::NotFound),
        ]
    );
}

#[test]
fn round_one_hundred_thirty_one_later_clauses_and_disregarded_statuses() {
    // Blind-756: the owner's restoring the post is a state the sentence
    // goes on to replace ("…, and we have now withheld it"), as the passive
    // "…, and it has now been withheld" already was.
    let x = reply_to(
        "KCSC-240903-02",
        "Hello,\n\nWhen we first checked https://x.com/m/status/11 on 5 September we could not find it. Since then the account owner has restored the post, and we have now withheld it in South Korea.\n\nRegards,\nX Legal\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://x.com/m/status/11".to_string(), Status::Restricted)]
    );
    // Blind-756: "Please disregard the status shown above for …" takes a
    // status above back; when the reader cannot tell which item it means
    // ("the first of these two videos" over status lines, which are no
    // list), none of the statements above is taken.
    let x = reply_to(
        "KCSC-240902-01",
        "Hello,\n\nHere is the status of two further videos from your notice:\n\nhttps://www.youtube.com/shorts/aa1 - restricted in KR\nhttps://www.youtube.com/shorts/aa2 - restricted in KR\n\nPlease disregard the status shown above for the first of these two videos: after a second review by our policy team it was removed from YouTube globally. The restriction in South Korea applies only to the second one.\n\nRegards,\nYouTube Legal Support\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    assert_eq!(x.conflicts.len(), 2, "{:?}", x.conflicts);
    // Over a list of bare URLs, "the first of these two videos" is a place.
    let x = reply_to(
        "KCSC-240902-01",
        "Hello,\n\nWe reviewed these two videos:\n\nhttps://www.youtube.com/shorts/aa1\nhttps://www.youtube.com/shorts/aa2\n\nThe first of these two videos has been removed. The second one has been restricted in South Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.youtube.com/shorts/aa1".to_string(),
                Status::Removed
            ),
            (
                "https://www.youtube.com/shorts/aa2".to_string(),
                Status::Restricted
            ),
        ]
    );
}

#[test]
fn round_one_hundred_thirty_one_notes_topics_and_the_others_pending() {
    // Blind-756: a note below the table that says the row's status "has
    // been superseded" names its item and what it is now.
    let x = reply_to(
        "KCSC-240902-01",
        "Hello,\n\nURL | Action taken | Scope\nhttps://www.youtube.com/watch?v=aa1 | Removed | Global\nhttps://www.youtube.com/@chan1 | Restricted | KR\n\nNote: since this table was generated, the channel https://www.youtube.com/@chan1 has been terminated for repeated violations of our Community Guidelines, so the restriction listed for it above has been superseded.\n\nRegards,\nYouTube Legal Support\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.youtube.com/@chan1".to_string(),
                Status::Removed
            ),
            (
                "https://www.youtube.com/watch?v=aa1".to_string(),
                Status::Removed
            ),
        ]
    );
    // Blind-756: a topic by numbers whose statements after its colon name
    // the places again is no statement itself.
    let quoted = "\n\n-----Original Message-----\nFrom: KCSC <takedown@kcsc.example>\nSubject: [KCSC-240902-01] Request\n\n1. https://y.com/v/1\n2. https://y.com/v/2\n3. https://y.com/v/3\n4. https://y.com/v/4\n";
    let x = reply_to(
        "KCSC-240902-01",
        &format!(
            "Hi,\n\nRegarding items 2 to 4 of your list below: items 2 and 3 have been removed; item 4 has been age-restricted.\n\nBest,\nJonah{quoted}"
        ),
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://y.com/v/2".to_string(), Status::Removed),
            ("https://y.com/v/3".to_string(), Status::Removed),
            ("https://y.com/v/4".to_string(), Status::Restricted),
        ]
    );
    // Blind-754: "The other URLs in your notice are still under review" over
    // an echo of our submission: its bare URLs are pending, not unread.
    let x = reply_to(
        "KCSC-240918-03",
        "Hello,\n\nWe have made decisions on one of the URLs in your notice:\n\n* https://y.com/v/1 - removed for violating our harmful or dangerous content policy.\n\nThe other URLs in your notice are still under review.\n\nRegards,\nGoogle Legal Support\n\n---------- Your submission ----------\nURLs:\nhttps://y.com/v/1\nhttps://y.com/v/2\nhttps://y.com/v/3\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://y.com/v/1".to_string(), Status::Removed)]
    );
    assert_eq!(x.hedged, vec!["https://y.com/v/2", "https://y.com/v/3"]);
    assert!(x.unread.is_empty(), "{:?}", x.unread);
    // A URL still in the author's own words is, though.
    let x = reply_to(
        "KCSC-240918-03",
        "Hello,\n\nhttps://y.com/v/1 - removed.\nhttps://y.com/v/2 - escalated to tier two.\n\nThe other URLs in your notice are still under review.\n",
    );
    assert_eq!(x.unread, vec!["https://y.com/v/2"]);
    // Blind-756 and blind-757: "is with our policy specialists", a host's
    // suspension after its cause.
    assert_eq!(
        said(
            "URL is with our policy specialists and we will let you know once a decision has been made.",
            &[]
        ),
        Said::Hedged(Status::Pending)
    );
    assert_eq!(
        said(
            "불법 도박 사이트로 확인되어 호스팅 서비스 이용 정지 (현재 사이트 접속 불가)",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
}

#[test]
fn round_one_hundred_thirty_two_dated_rows_stores_of_the_gone_and_asks() {
    // Blind-762: "the action shown for the first row reflects our decision
    // of 5 September" takes the row's status back; which row is not placed,
    // so no statement above is taken.
    let x = reply_to(
        "KCSC-240903-01",
        "Hello,\n\nReported URL | Action | Date\nhttps://x.com/s/status/11 | Withheld (KR) | 2024-09-05\nhttps://x.com/s | Account withheld (KR) | 2024-09-05\n\nPlease note: the action shown for the first row reflects our decision of 5 September. On 9 September the post was removed globally after a separate report under our rules.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    assert_eq!(x.conflicts.len(), 2, "{:?}", x.conflicts);
    // Blind-763: where the operator looked is no act; "no paste URL in our
    // database" is not found; so are "already 404s", a thread "pruned off
    // /b/ days before your mail", "no such virtual host".
    let x = reply_to(
        "KCSC-240910-07",
        "hi,\n\nthere is no paste https://paste.example/p/r8 in our database - I checked the\nlive table and the deleted and expired ones too.\n\n- Mika\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://paste.example/p/r8".to_string(), Status::NotFound)]
    );
    for t in [
        "URL already 404s, that thread got pruned off /b/ days before your mail came in.",
        "no such virtual host exists on our platform",
    ] {
        assert_eq!(said(t, &[]), Said::Stated(Status::NotFound), "{t}");
    }
    assert_eq!(
        said("The deleted posts are listed below.", &[]),
        Said::Stated(Status::Removed)
    );
    // Blind-759 and blind-765: deleted once the gallery manager had
    // checked, in the platform's words: removed (the manager's own
    // deletion stays in doubt).
    assert_eq!(
        said(
            "아래 마이너 갤러리 게시물은 갤러리 매니저 확인 후 삭제되었습니다.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
    assert_eq!(
        said("마이너 갤러리 매니저가 이미 삭제하였습니다.", &[]),
        Said::Hedged(Status::NotFound)
    );
    // Blind-765: a condition in a paragraph of its own after a list is no
    // ask; blind-761: a check the platform is making is none either.
    assert!(find_asks("The posts were deleted before your request reached us, so there was nothing left to act on:\n\n  * https://c.example/1\n  * https://c.example/2\n\nIf you have a different link for the same content, please send it to us and\nwe will look at it.\n").is_none());
    assert!(
        find_asks("포스트 URL → 권리침해 여부에 대해 추가 확인이 필요하여 검토 중입니다.")
            .is_none()
    );
    assert!(
        find_asks("권리침해 소명 자료를 추가로 제출해 주시면 검토 후 조치하겠습니다.").is_some()
    );
}

#[test]
fn round_one_hundred_thirty_three_customers_first_looks_and_corrections_by_place() {
    // Blind-769: a host's "ALREADY DELETED BY CUSTOMER" is gone before the
    // host acted; "REMOVED BY CUSTOMER" (after its notice) a removal.
    assert_eq!(
        said("ALREADY DELETED BY CUSTOMER", &[]),
        Said::Stated(Status::NotFound)
    );
    assert_eq!(
        said("REMOVED BY CUSTOMER", &[]),
        Said::Stated(Status::Removed)
    );
    // Blind-770: "A quick first look at your report: it appears that the
    // message at\nURL1 has already been deleted, and\nURL2 may no longer be
    // available" is a guess about both.
    let x = reply_to(
        "KCSC-240918-02",
        "Hello,\n\nA quick first look at your report: it appears that the message at\nhttps://discord.com/channels/1/2/3 has already been deleted, and\nhttps://discord.com/channels/1/2/4 may no longer be available\neither. We are confirming this against the server's moderation logs and\nwill let you know the outcome.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    assert_eq!(x.hedged.len(), 2);
    // Blind-766: "We are therefore not taking action on these posts" under
    // the list it is about.
    let x = reply_to(
        "KCSC-240902-01",
        "Hello,\n\nWe reviewed the following posts reported in your request KCSC-240902-01:\n\nhttps://x.com/a/status/1\nhttps://x.com/a/status/2\n\nWe found that they do not violate the X Rules, and the request does not give\nus a sufficient legal basis to withhold them in Korea. We are therefore not\ntaking action on these posts and they remain available.\n\nX Legal\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/a/status/1".to_string(), Status::Rejected),
            ("https://x.com/a/status/2".to_string(), Status::Rejected),
        ]
    );
    // Blind-768: a correction of row 3 by its number, restated by the next
    // sentence about "해당 게시물" with "삭제가 아닌 임시조치".
    let x = reply_to(
        "KCSC-240918-04",
        "번호 | URL | 조치결과\n1 | https://blog.naver.com/h/1 | 삭제\n2 | https://blog.naver.com/h/2 | 삭제\n3 | https://cafe.naver.com/m/3 | 삭제\n※ 정정: 3번 게시물은 표에 '삭제'로 잘못 기재되었습니다. 해당 게시물은 삭제가 아닌 임시조치(접근 제한, 30일) 상태입니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://blog.naver.com/h/1".to_string(), Status::Removed),
            ("https://blog.naver.com/h/2".to_string(), Status::Removed),
            ("https://cafe.naver.com/m/3".to_string(), Status::Restricted),
        ]
    );
}

#[test]
fn round_one_hundred_thirty_four_gone_by_its_owner_in_brackets_and_rows_never_applied() {
    // Blind-774: "content no longer available (deleted by the account
    // owner)": gone by its owner's hand, as after a comma.
    assert_eq!(
        said(
            "content no longer available (deleted by the account owner)",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
    assert_eq!(
        said("The video is no longer available (removed by us).", &[]),
        Said::Stated(Status::Removed)
    );
    // Blind-774: a note that the withholding "shown in row 2 was never
    // actually applied" corrects the row's item by what its sentence says.
    let x = reply_to(
        "KCSC-240917-01",
        "Hello,\n\n# | Reported URL | Action taken\n1 | https://x.com/t/status/37 | Withheld (KR)\n2 | https://x.com/t/status/38 | Withheld (KR)\n\nNote on row 2: our records show that https://x.com/t/status/38 had already been deleted by its author before our review, so the withholding shown in row 2 was never actually applied.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/t/status/37".to_string(), Status::Restricted),
            ("https://x.com/t/status/38".to_string(), Status::NotFound),
        ]
    );
}

#[test]
fn round_one_hundred_thirty_four_a_refusal_begun_by_an_act_not_done() {
    // Blind-772: "We didn't remove this post." then its reason and "The
    // post remains on Facebook." below an echo of the report: a refusal.
    let x = reply_to(
        "KCSC-240905-03",
        "Your report\n\nContent: https://www.facebook.com/groups/h/posts/77\nReported for: Unlawful content (Republic of Korea)\n\nOur decision\n\nWe didn't remove this post. Our review found that it doesn't go against\nour Community Standards, and our legal review didn't find it unlawful under\nKorean law on the information provided. The post remains on Facebook.\n\nFacebook Support\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.facebook.com/groups/h/posts/77".to_string(),
            Status::Rejected
        )]
    );
    // Alone, or beside another status, it stays in doubt.
    let x = reply_to(
        "KCSC-240905-03",
        "Your report\n\nContent: https://www.facebook.com/groups/h/posts/77\n\nWe didn't remove this post.\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    let x = reply_to(
        "KCSC-240905-03",
        "Your report\n\nContent: https://www.facebook.com/groups/h/posts/77\n\nWe didn't remove this post. It has been restricted in South Korea.\n",
    );
    assert!(
        claims_in(&x).iter().all(|(_, st)| *st != Status::Rejected),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn round_one_hundred_thirty_three_a_check_that_shows_the_removal_done() {
    // Blind-769: "The customer behind toto-hanul.net took the pages down
    // after our notice. I checked both just now and they return 404:" over
    // the two pages: the check shows the removal done. The site is named as
    // whose the customer is, not as an item, even when it is one.
    let settings = x_settings();
    let raw = "From: sara@host.example\nSubject: Re: KCSC-240903-01\nMessage-ID: <c1@host.example>\n\n\
Hi,\n\nThe customer behind toto-hanul.net took the pages down after our notice. I\n\
checked both just now and they return 404:\nhttps://toto-hanul.net/\nhttps://toto-hanul.net/charge.php\n\n\
So those two are removed. Other sites are with my colleagues.\n\nSara\n";
    let email = crate::parse::parse(raw.as_bytes(), &settings.limits);
    let x = extract_with(&email, None, &settings, &["toto-hanul.net".to_string()]);
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://toto-hanul.net/".to_string(), Status::Removed),
            (
                "https://toto-hanul.net/charge.php".to_string(),
                Status::Removed
            ),
        ]
    );
    // Blind-354: an update below a summary ("since this summary was
    // generated, the video … has been removed") is news, no correction that
    // puts the summary in doubt.
    let x = reply_to(
        "KCSC-240906-03",
        "Hello,\n\nURL | Action\nhttps://www.youtube.com/watch?v=aa1 | Removed\nhttps://www.youtube.com/watch?v=aa2 | Under review\n\nUpdate 13 Sep: since this summary was generated, the video https://www.youtube.com/watch?v=aa2 has been removed as well.\n",
    );
    assert!(x.conflicts.is_empty(), "{:?}", x.conflicts);
}

#[test]
fn round_one_hundred_thirty_five_rechecks_acts_over_lines_ids_and_fullwidth_marks() {
    // Blind-778: a finding its author will check again is not final.
    assert_eq!(
        said(
            " : we could not find this video during our review. It may have been removed by its creator; we will check again and confirm.",
            &[]
        ),
        Said::Hedged(Status::NotFound)
    );
    // Blind-778: "We have also withheld\nURL in Korea, as it is unlawful
    // under Korean law but does not\nbreak our rules": the act is the lead's.
    let x = reply_to(
        "KCSC-240902-01",
        "Hello,\n\nIn response to your request, the Tweet at https://x.com/j/status/5 has\nbeen removed for violating the X Rules. We have also withheld\nhttps://x.com/h/status/2 in Korea, as it is unlawful under Korean law but does not\nbreak our rules.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/h/status/2".to_string(), Status::Restricted),
            ("https://x.com/j/status/5".to_string(), Status::Removed),
        ]
    );
    // Blind-780: "Correction, added after …: the second video (ID) was not
    // removed … so it was instead blocked for viewers in South Korea": the
    // correction names its item by the id in its URL.
    let x = reply_to(
        "KCSC-240903-01",
        "Hello,\n\nRegarding your request: the videos https://www.youtube.com/watch?v=Tc8yK4sFo1P and\nhttps://www.youtube.com/watch?v=Ve3hM6gLi5W have been removed.\n\nCorrection, added after a colleague checked the case history before this\nwas sent: the second video (Ve3hM6gLi5W) was not removed from YouTube. It\ndoes not break our Community Guidelines, so it was instead blocked for\nviewers in South Korea on the basis of the local law you cited. The first\nvideo was removed as stated.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.youtube.com/watch?v=Tc8yK4sFo1P".to_string(),
                Status::Removed
            ),
            (
                "https://www.youtube.com/watch?v=Ve3hM6gLi5W".to_string(),
                Status::Restricted
            ),
        ]
    );
    // Blind-780: "the first … the second" after one sentence naming two
    // URLs are those two, in its order.
    let x = reply_to(
        "KCSC-240905-02",
        "Hi,\n\nQuick update: <https://x.com/g/status/21> and <https://x.com/g/status/22> are no longer\navailable in Korea. To be precise, the first was deleted by its author\nbefore we could act, and the second has been withheld in South Korea in\nresponse to your request.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://x.com/g/status/22".to_string(), Status::Restricted)]
    );
    assert_eq!(x.conflicts, vec!["x.com/i/status/21"]);
    // Blind-783: full-width brackets and commas between entries.
    let x = reply_to(
        "KCSC-240910-05",
        "처리 결과：https://www.fmkorea.com/7412305518（삭제）、https://www.fmkorea.com/7412889044（작성자 탈퇴로 게시물 없음）\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.fmkorea.com/7412305518".to_string(),
                Status::Removed
            ),
            (
                "https://www.fmkorea.com/7412889044".to_string(),
                Status::NotFound
            ),
        ]
    );
}

#[test]
fn round_one_hundred_thirty_six_echoes_below_decision_fields_and_any_viewer() {
    // Blind-785: "아래 콘텐츠가 … 삭제되었습니다." over its one URL, then the
    // echo of our report listing all three: the echo's others are not its.
    let x = reply_to(
        "KCSC-240906-03",
        "안녕하세요.\n\n신고 내용을 검토한 결과 아래 콘텐츠가 커뮤니티 가이드를 위반하여 삭제되었습니다.\n\n  https://www.youtube.com/shorts/H3\n\n-------- 제출하신 신고 내용 --------\n참조 번호: KCSC-240906-03\n신고 URL:\n  https://www.youtube.com/watch?v=Q4\n  https://www.youtube.com/watch?v=b9\n  https://www.youtube.com/shorts/H3\n------------------------------------\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.youtube.com/shorts/H3".to_string(),
            Status::Removed
        )]
    );
    // Blind-786: a decision field under a heading ("Decision details\n
    // Outcome: No violation found") that disagrees with the prose.
    let x = reply_to(
        "KCSC-240910-06",
        "Hi,\n\nThanks for your report about https://www.tiktok.com/@g/video/74.\n\nWe've removed the video you reported for violating our Community Guidelines.\n\nDecision details\nOutcome: No violation found\nContent status: Available\nPolicy: -\n",
    );
    assert!(claims_in(&x).is_empty(), "{:?}", claims_in(&x));
    assert_eq!(x.conflicts.len(), 1);
    // Blind-789: "no longer available to any viewer, in Korea or
    // elsewhere" is everywhere.
    assert_eq!(
        said(
            "has been disabled and is no longer available to any viewer, in Korea or elsewhere.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
}

#[test]
fn round_one_hundred_thirty_seven_brackets_expiry_site_owners_and_scope_fields() {
    // Blind-792: URLs each in angle brackets, a clause each.
    let x = reply_to(
        "KCSC-240905-01",
        "Hi,\n\nThanks for the report (Case #4410388). <https://t.me/g/412> has been blocked for users in South Korea and <https://t.me/g/418> has been taken down entirely, whereas <https://t.me/g/431> could not be located because it is not a public post.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/g/412".to_string(), Status::Restricted),
            ("https://t.me/g/418".to_string(), Status::Removed),
            ("https://t.me/g/431".to_string(), Status::NotFound),
        ]
    );
    // Blind-793: deleted by the board when its keeping time ran out.
    assert_eq!(
        said(
            " - 해당 스레드가 없습니다 (보관기간 만료로 이미 자동 삭제됨)",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
    // Blind-793: a host's "removed by the site owner yesterday" is since
    // the report; before the review it is the owner's own.
    assert_eq!(
        said(
            "The gallery post  ;  was removed by the site owner yesterday.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
    assert_eq!(
        said(
            "The post was removed by the site owner before our review.",
            &[]
        ),
        Said::Stated(Status::NotFound)
    );
    // Blind-793: a statement of reasons whose territorial scope is Korea.
    let x = reply_to(
        "KCSC-240906-05",
        "Statement of reasons\n\nYOUR REPORT\n  Reported URL:   https://kr-replica.example/products/w-0912\n  Reported for:   counterfeit goods\n\nOUR DECISION\n  Restriction:        access to the content disabled\n  Territorial scope:  Republic of Korea only\n  Ground:             notice from a competent Korean authority\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://kr-replica.example/products/w-0912".to_string(),
            Status::Restricted
        )]
    );
}

#[test]
fn round_one_hundred_thirty_six_a_decision_field_keeps_the_lines_it_runs_on_to() {
    // Blind-525 (the full run on a3b8d1cd): a field that starts a text of
    // its own keeps the line it runs on to ("… disabled for users in\nthe
    // Republic of Korea"): read whole it is a restriction, which the field
    // line cut at its end ("disabled for users in") does not say. (Until
    // round 142 the two readings disagreed and a person decided; since then
    // a statement cut before its scope is read to its sentence's end, and
    // the restriction is read.)
    let x = reply_to(
        "KCSC-240903-01",
        "STATEMENT OF REASONS\n\nDecision reference: NV-SOR-2024-0911-4471\nContent concerned: https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471002381\n\nType of restriction: visibility - access to the content disabled for users in\nthe Republic of Korea\nTerritorial scope: KR\nAutomated means used for detection or decision: no\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471002381".to_string(),
            Status::Restricted
        )]
    );
    assert!(x.conflicts.is_empty());
    // Blind-575: "[처리 결과]" over its value on the next line is one text.
    let x = reply_to(
        "KCSC-240903-01",
        "[신고 내용]\n신고 URL : https://cafe.naver.com/j/9981\n신고 사유 : 불법 도박 광고\n\n[처리 결과]\n운영정책 위반 사항이 확인되지 않아 조치하지 않았습니다.\n",
    );
    assert!(
        claims_in(&x).iter().all(|(_, st)| *st != Status::Removed),
        "{:?}",
        claims_in(&x)
    );
}

#[test]
fn round_one_hundred_thirty_six_b_fields_among_fields_and_help_links_above_echoes() {
    // Blind-98 (the full run on 663e1a00): "Resolution: Actioned" among a
    // ticket's other fields is no decision of its own that contradicts the
    // agent's comment below.
    let x = reply_to(
        "KCSC-240905-03",
        "Min-seo Yoon updated LRKR-8812\n------------------------------\n\nChange By: Min-seo Yoon\nStatus:      In Progress -> Done\nResolution:  Actioned\n\nComment:\nHello KCSC,\n\nhttps://www.youtube.com/watch?v=fIcT1a2b3C4 has been removed for violating YouTube's policy on the sale of\nillegal or regulated goods.\n\nhttps://www.youtube.com/watch?v=fIcT5d6e7F8 has been age-restricted. It stays available to signed-in viewers\nover 18.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.youtube.com/watch?v=fIcT1a2b3C4".to_string(),
                Status::Removed
            ),
            (
                "https://www.youtube.com/watch?v=fIcT5d6e7F8".to_string(),
                Status::Restricted
            ),
        ]
    );
    // Blind-18: a help page's link under the sentence is no list of its
    // own; the echo's URLs are what "the reported content" means.
    let x = reply_to(
        "KCSC-240910-01",
        "Hello,\n\nThanks for your report. After reviewing the reported content, we have withheld it in\nthe Republic of Korea in response to a valid legal demand.\n\nLearn more about withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country\n\n-----------------------------------------\nYour report\nReference: KCSC-240910-01\nReported content:\n  https://x.com/d/status/1201\n  https://x.com/d/status/1202\nReason: Illegal content under local law\n-----------------------------------------\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://x.com/d/status/1201".to_string(),
                Status::Restricted
            ),
            (
                "https://x.com/d/status/1202".to_string(),
                Status::Restricted
            ),
        ]
    );
}

#[test]
fn round_one_hundred_thirty_eight_false_applications() {
    // Blind-798 (x-earlier-reply-revised): "That is no longer accurate"
    // corrects the earlier reply recalled before it; the item is what the
    // correction says it is now.
    let x = reply_to(
        "KCSC-240902-01",
        "Our reply of 5 September said that https://x.com/s/status/11 had been withheld in South Korea.\nThat is no longer accurate: following a further review, the post was\nremoved from X globally on 11 September.\n\nhttps://x.com/s/status/12 remains withheld in South Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/s/status/11".to_string(), Status::Removed),
            ("https://x.com/s/status/12".to_string(), Status::Restricted),
        ]
    );
    // Blind-798 (tg-did-not-remove-because-gone): a sentence broken after
    // "no" goes on on the next line, colon and all; "did not remove …,
    // because that message no longer exists" is not found, not a refusal.
    let x = reply_to(
        "KCSC-240910-07",
        "https://t.me/v/77 was taken down. We did not remove https://t.me/v/78, because that message no\nlonger exists: the channel owner deleted it before our moderators reached\nit.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/v/77".to_string(), Status::Removed),
            ("https://t.me/v/78".to_string(), Status::NotFound),
        ]
    );
    // Blind-799 (nekoboard-moved-behind-age-gate): "behind the 18+ age
    // gate" is an age gate; "not deleting it" is what was not done instead.
    assert_reply_claims(
        "KCSC-240906-03",
        "https://nekoboard.org/b/thread/441872",
        &[(
            "moved https://nekoboard.org/b/thread/441872 to /nsfw/ -- it's behind the 18+ age gate now. not deleting it.",
            Status::Restricted,
        )],
    );
}

#[test]
fn round_one_hundred_thirty_eight_misses() {
    // Blind-799 (pinebox-qp-long-lines-mixed): "so we have left it
    // available" is the refusal, done.
    assert_reply_claims(
        "KCSC-240903-01",
        "https://pinebox.to/f/c9",
        &[(
            "The file at https://pinebox.to/f/c9 is an open-source software installer; we did not find the content you describe in it, so we have left it available.",
            Status::Rejected,
        )],
    );
    // Blind-800 (yt-headings-bullets): "Not removed (we found no violation
    // of …):" over its list is a refusal with its reason.
    let x = reply_to(
        "KCSC-240903-01",
        "Removed:\n  * https://www.youtube.com/watch?v=a1\n\nNot removed (we found no violation of our policies or of local law):\n  * https://www.youtube.com/watch?v=b2\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.youtube.com/watch?v=a1".to_string(),
                Status::Removed
            ),
            (
                "https://www.youtube.com/watch?v=b2".to_string(),
                Status::Rejected
            ),
        ]
    );
    // Blind-798 (yt-gmail-top-posted-two-of-five): the sentence after the
    // second object's URL is about the other videos, not about it.
    let x = reply_to(
        "KCSC-240904-03",
        "Following up on your request below: we have removed https://y.com/w/1 and\nhttps://y.com/w/2. The other three videos are still being assessed.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://y.com/w/1".to_string(), Status::Removed),
            ("https://y.com/w/2".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_one_hundred_thirty_nine() {
    // Blind-805 (fp-base64-semicolon-csv), the false application: a block
    // "(country: KR)" is a block in Korea. Misses: the author's deletion
    // on a date; content that holds nothing that breaks the rules;
    // "불법 도박 정보에 해당하지 않는다" (blind-803, blind-804, blind-807).
    assert_all_stated(&[
        ("Blocked (country: KR)", Status::Restricted),
        ("Blocked (region: South Korea)", Status::Restricted),
        (
            "해당 글은 작성자 본인이 9월 8일에 삭제한 글입니다.",
            Status::NotFound,
        ),
        (
            "Our moderators checked the post and it does not contain anything that violates the Telegram Terms of Service; it only links to a public news article.",
            Status::Rejected,
        ),
        (
            "미조치. 해당 글은 슬롯머신 게임기 수리 관련 문의글로, 불법 도박 정보에 해당하지 않는다고 판단하였습니다.",
            Status::Rejected,
        ),
    ]);
    // Blind-805 (fp-plaintext-table-five-of-fourteen): a note marked
    // "(*)" is the one row marked with it, and contradicts no other row.
    let x = reply_to(
        "KCSC-240902-01",
        " File ID   | Link                           | Status\n-----------+--------------------------------+------------------\n Qm7       | https://fp.example/f/Qm7       | Removed\n Zx8       | https://fp.example/f/Zx8       | Not found\n Pw7       | https://fp.example/f/Pw7       | Not removed (*)\n\n(*) This file is a 1936 newsreel that is in the public domain. It does\nnot break our terms of service, so it stays online.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://fp.example/f/Pw7".to_string(), Status::Rejected),
            ("https://fp.example/f/Qm7".to_string(), Status::Removed),
            ("https://fp.example/f/Zx8".to_string(), Status::NotFound),
        ]
    );
    // Blind-804 (x-list-then-correction-for-one): "one change to the list
    // above" corrects the item it names.
    let x = reply_to(
        "KCSC-240903-01",
        "the following posts have been withheld in South Korea:\n\n- https://x.com/a/status/1\n- https://x.com/a/status/2\n\nPlease note one change to the list above: our team has since found that https://x.com/a/status/2 had already been deleted by its author before we took any action.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/a/status/1".to_string(), Status::Restricted),
            ("https://x.com/a/status/2".to_string(), Status::NotFound),
        ]
    );
}

#[test]
fn round_one_hundred_forty_false_application() {
    // Blind-810 (x-correction-paragraph-revises-list): the sentence after
    // a correction's own, "It is now unavailable in every country, not only
    // in Korea", says the removal again; read as nothing, it put the
    // correction in doubt and the withheld line above stood.
    assert_all_stated(&[
        (
            "It is now unavailable in every country, not only in Korea.",
            Status::Removed,
        ),
        ("It is now unavailable worldwide.", Status::Removed),
    ]);
    assert_none_stated(&["It is not available in any country except Korea"]);
    let x = reply_to(
        "KCSC-240903-01",
        "Here is the status of two further posts:\n\nhttps://x.com/h/status/9 - withheld in KR\nhttps://x.com/h/status/10 - withheld in KR\n\nCorrection, added after the summary above was prepared: https://x.com/h/status/9 was subsequently removed globally for violating our private information and media policy. It is now unavailable in every country, not only in Korea.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/h/status/10".to_string(), Status::Restricted),
            ("https://x.com/h/status/9".to_string(), Status::Removed),
        ]
    );
}

#[test]
fn round_one_hundred_forty_wrapped_urls() {
    // Blind-812, blind-813: inside angle brackets, the continuation ends at
    // the '>' that closes the URL, whatever follows it.
    assert_eq!(
        join_wrapped_urls(lines(
            "Update on the message\n<https://discord.com/channels/11/\n22/33>: it has been removed and the",
        )),
        lines(
            "Update on the message\n<https://discord.com/channels/11/22/33>: it has been removed and the"
        )
    );
    // Blind-809 (naver-wrapped-long-url): a long URL cut inside a number
    // at the wrap width goes on on a line of digits alone.
    assert_eq!(
        join_wrapped_urls(lines(
            "https://post.naver.com/viewer/postView.naver?volumeNo=38811220&memberNo=5512\n0931\n   : 해당 포스트는 존재하지 않습니다.",
        )),
        lines(
            "https://post.naver.com/viewer/postView.naver?volumeNo=38811220&memberNo=55120931\n   : 해당 포스트는 존재하지 않습니다."
        )
    );
    // A short URL over a number is a URL over a number.
    assert_eq!(join_wrapped_urls(lines("https://t.me/c/12\n2024")).len(), 2);
}

#[test]
fn round_one_hundred_forty_one_false_application() {
    // Blind-815 (dc-gongmun-angle-brackets): the author's block joined
    // after the post's deletion, sharing one verb, is the account's
    // sanction; the post was deleted.
    assert_all_stated(&[
        (
            "게시물에 대하여 2024. 9. 18. 게시물 삭제 및 작성자 이용 차단 조치를 완료하였음을 알려드립니다.",
            Status::Removed,
        ),
        (
            "위 게시물에 대하여 게시글 삭제 및 회원 활동 정지 조치를 완료했습니다.",
            Status::Removed,
        ),
    ]);
    // The block of the post itself is still a block.
    assert_all_stated(&[(
        "게시물에 대하여 접속 차단 조치를 완료하였습니다.",
        Status::Restricted,
    )]);
}

#[test]
fn round_one_hundred_forty_two_false_applications() {
    // Blind-822 (yt-actioned-then-geo-restricted): "However, after a legal
    // review we have restricted the video …" is what stands now.
    let x = reply_to(
        "KCSC-240910-01",
        "https://www.youtube.com/watch?v=a1 has been removed.\n\nFor https://www.youtube.com/watch?v=b2 we did not find a violation of our Community Guidelines.\nHowever, after a legal review we have restricted the video in South Korea\nunder local law.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.youtube.com/watch?v=a1".to_string(),
                Status::Removed
            ),
            (
                "https://www.youtube.com/watch?v=b2".to_string(),
                Status::Restricted
            ),
        ]
    );
    // Blind-823 (namebarn-one-done-one-notice): "Until then URL stays up"
    // is a condition in time, across the URL's place.
    let x = reply_to(
        "KCSC-240910-02",
        "Hi,\n\nWe have written to the registrant. If we get no answer the domain will be\nsuspended. Until then https://n.example/auth stays up.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    // Blind-823 (pixchan-already-gone-wrapped): a line that breaks off at
    // "by the person who" is read with its agent on the next line.
    let x = reply_to(
        "KCSC-240910-03",
        "Both links were dead before your report reached us. The image\n<https://i.px.example/src/1.jpg> was deleted by the person who\nposted it on 5 Sept, and the thread <https://px.example/kr/res/2.html>\nfell off the last page and was pruned automatically, so it no longer\nexists.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://i.px.example/src/1.jpg".to_string(),
                Status::NotFound
            ),
            (
                "https://px.example/kr/res/2.html".to_string(),
                Status::NotFound
            ),
        ]
    );
    // Blind-824 (yt-echoed-report-restricted): a statement below the echo
    // cut before its scope is read to its sentence's end.
    let x = reply_to(
        "KCSC-240910-06",
        "Reported content:\n- https://www.youtube.com/watch?v=c3\n\nAfter review, we have blocked this content from view on YouTube in South\nKorea, based on local law. It remains available in other locations.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.youtube.com/watch?v=c3".to_string(),
            Status::Restricted
        )]
    );
}

#[test]
fn round_one_hundred_forty_three_false_applications() {
    // Blind-828 (x-not-removed-but-withheld): the lesser measure refused
    // because "that post had already been removed globally".
    assert_all_stated(&[(
        "We did not withhold it in Korea, because that post had already been removed globally for a violation of the X Rules before your notice reached us.",
        Status::Removed,
    )]);
    // Blind-828 (x-statuses-by-position): statuses for "the first … the
    // second … the third" of the list below, in a sentence wrapped over two
    // lines. The reader read only "the first" as a place; it now reads all
    // of them or none, and such a sentence is no heading for the whole
    // list: the items go to a person.
    let x = reply_to(
        "KCSC-240917-01",
        "The first of the posts below was removed for violating the X Rules, the second\nhas been withheld in South Korea only, and the third no longer exists on X:\n\nhttps://x.com/a/status/1\nhttps://x.com/a/status/2\nhttps://x.com/a/status/3\n",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    assert_eq!(x.hedged.len(), 3);
}

#[test]
fn round_one_hundred_forty_four() {
    // Blind-660 (the full run on 84a445c8): "We could not find the
    // fourth: …" on a line with no place read does not undo the places
    // read on the other lines of the paragraph.
    let x = reply_to(
        "KCSC-240902-01",
        "We reviewed the following four videos from your request KCSC-240902-01.\nThe first two have been removed from YouTube worldwide. The third is now\nblocked for viewers in South Korea. We could not find the fourth: the link\nreturns \"Video unavailable\" and no video with that ID exists on our systems.\n\n1) https://www.youtube.com/watch?v=a1\n2) https://www.youtube.com/watch?v=b2\n3) https://www.youtube.com/watch?v=c3\n4) https://www.youtube.com/watch?v=d4\n",
    );
    let got = claims_in(&x);
    assert!(
        got.contains(&(
            "https://www.youtube.com/watch?v=a1".to_string(),
            Status::Removed
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "https://www.youtube.com/watch?v=c3".to_string(),
            Status::Restricted
        )),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|(u, st)| !(u.ends_with("a1") || u.ends_with("b2")) || *st == Status::Removed),
        "{got:?}"
    );
    // Blind-836 (x-zendesk-receipt): our own request echoed in a ticket
    // receipt, "we ask you to remove them or to make them unavailable in
    // Korea", is a request, not a statement.
    assert!(!matches!(
        crate::extract::status::said(
            "we ask you to remove them or to make them unavailable in Korea.",
            &[]
        ),
        crate::extract::status::Said::Stated(_)
    ));
    // Blind-834 (yt-age-restricted-then-removed): "After our legal team's
    // review, that decision was replaced: the Short was removed globally".
    let x = reply_to(
        "KCSC-240909-01",
        "When we first looked at https://www.youtube.com/shorts/Jx8 on 12 September, our team placed an age restriction on it. After our legal team's review, that decision was replaced: the Short was removed globally on 17 September.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.youtube.com/shorts/Jx8".to_string(),
            Status::Removed
        )]
    );
    // Blind-835 (hana-geoblock-kr-informal): two URLs, one subject over a
    // line break, read two ways: the first goes to a person; "what we did:
    // both are now blocked for Korean IPs" after the refusal is the
    // restriction.
    let x = reply_to(
        "KCSC-240903-01",
        "hey,\n\nthe /int/ thread https://hana.example/int/res/1.html and its OP image\nhttps://i.hana.example/int/src/2.jpg are legal where our servers\nare, so we didn't delete them. what we did: both are now blocked for Korean\nIPs (geo rule on the board), so nobody in Korea can open them.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://i.hana.example/int/src/2.jpg".to_string(),
            Status::Restricted
        )]
    );
    // The first URL is not dropped: a person reads it.
    assert_eq!(
        x.hedged,
        vec!["https://hana.example/int/res/1.html".to_string()]
    );
    // Blind-832 (x-intends-to-withhold), blind-835 (hana-promise-tonight):
    // a receipt that says what it intends to do with the posts it names,
    // and a person away from the desk who names the threads, are not
    // ignored.
    for raw in [
        "From: legal@x.com\nSubject: Re: KCSC-240902-01\nMessage-ID: <i1@x.com>\n\nWe have received your request KCSC-240902-01 and started processing it.\n\nOur team has looked at the following posts and intends to withhold them in\nSouth Korea once the legal review is complete:\n\nhttps://x.com/a/status/1\nhttps://x.com/a/status/2\n",
        "From: yuki@x.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <i2@x.com>\n\ngot it. I'm away from my desk today, I'll nuke these two threads\ntonight once I can log into the mod panel:\n\nhttps://x.com/pol/res/1.html\nhttps://x.com/pol/res/2.html\n",
    ] {
        let x = extract_raw(raw);
        assert!(
            !matches!(
                x.classification,
                Classification::AutoReply | Classification::Acknowledgement
            ),
            "{raw}: {:?}",
            x.classification
        );
        assert!(x.claims.is_empty());
    }
}

#[test]
fn round_one_hundred_forty_four_what_the_full_run_caught() {
    // Blind-157, blind-52 (the full run on 84a445c8): "The other two were
    // deleted yesterday:" heads its list; only two ordinals or more make a
    // sentence of places that heads no list.
    let x = reply_to(
        "KCSC-240909-06",
        "I looked at https://p.example/b/res/1.html myself. It is a drawn image and the thread\nbreaks none of our rules nor the law where we are hosted, so it stays up.\n\nThe other two were deleted yesterday:\nhttps://p.example/b/res/2.html\nhttps://i.p.example/src/3.jpg\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://i.p.example/src/3.jpg".to_string(), Status::Removed),
            (
                "https://p.example/b/res/1.html".to_string(),
                Status::Rejected
            ),
            (
                "https://p.example/b/res/2.html".to_string(),
                Status::Removed
            ),
        ]
    );
    // Blind-700: a refusal whose first sentence is whole on the line below
    // the URL is not cut short by round 142's rule for a statement cut
    // before its scope.
    let x = reply_to(
        "KCSC-240905-01",
        "Hi,\n\nWe reviewed the post you reported:\nhttps://www.instagram.com/p/C9x/\n\nWe didn't remove it. It doesn't go against our Community Guidelines, and\nafter a legal review we did not find grounds to restrict it under local law.\nThe post remains on Instagram.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://www.instagram.com/p/C9x/".to_string(),
            Status::Rejected
        )]
    );
}

#[test]
fn round_one_hundred_forty_five() {
    // Blind-841 (vault-zip-informal): "re-uploads get rejected" refuses the
    // copies, not the item; the hash on the blocklist is the file's removal.
    let x = reply_to(
        "KCSC-240903-02",
        "yo,\n\nthe zip (https://dl.vault.example/d/1/pack.zip) is gone. its hash is on our blocklist now so\nre-uploads get rejected automatically too.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![(
            "https://dl.vault.example/d/1/pack.zip".to_string(),
            Status::Removed
        )]
    );
    assert_eq!(
        said("Copies of it will be blocked automatically.", &[]),
        Said::Nothing
    );
    // Blind-842 (discord-partial-update): "The server behind URL has been
    // shut down".
    let x = reply_to(
        "KCSC-240903-02",
        "Quick update:\n\n- The server behind https://discord.gg/lunar has been shut down for\n  violating our Community Guidelines.\n- https://discord.gg/Qm7: our team is still investigating and we will\n  follow up on this ticket.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://discord.gg/lunar".to_string(), Status::Removed)]
    );
    assert_eq!(x.hedged, vec!["https://discord.gg/Qm7".to_string()]);
    // Blind-839 (yt-korean-heading-counts): "조치 근거가 부족하여 채널은
    // 유지됩니다" under the URL is a refusal.
    let x = reply_to(
        "KCSC-240911-03",
        "■ 삭제 (1건)\n  - https://www.youtube.com/watch?v=Lw8\n\n■ 조치하지 않음 (1건)\n  - https://www.youtube.com/@jangteo\n    채널 전체에 대한 조치 근거가 부족하여 채널은 유지됩니다. 개별 동영상을 특정해 주시면\n    다시 검토하겠습니다.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.youtube.com/@jangteo".to_string(),
                Status::Rejected
            ),
            (
                "https://www.youtube.com/watch?v=Lw8".to_string(),
                Status::Removed
            )
        ]
    );
    assert_eq!(
        said(
            "채널 전체에 대한 조치 근거가 부족하여 채널은 유지됩니다.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    // Blind-840 (naver-kcsc-result-table-html): where questions go is no
    // ask before acting.
    let x = reply_to(
        "KCSC-240910-04",
        "번호 | URL | 조치 결과\n1 | https://blog.naver.com/m/2235 | 삭제\n\n문의 사항은 회신 메일로 보내 주시기 바랍니다.\n",
    );
    assert!(x.asks.is_none(), "{:?}", x.asks);
    // Blind-840 (tg-disregard-previous-message): an earlier message taken
    // back, then a negation whose reason is the next sentence.
    let x = reply_to(
        "KCSC-240909-03",
        "Hello,\n\nPlease disregard our message of 14 September regarding https://t.me/pill/57; it was sent in error. That post has not been removed. Our moderators reviewed it again and found that it does not break our Terms of Service, so it will remain available.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://t.me/pill/57".to_string(), Status::Rejected)]
    );
    assert!(x.conflicts.is_empty(), "{:?}", x.conflicts);
}

#[test]
fn a_turn_to_what_happened_later_in_english() {
    // `LATER_TURN`'s English half held a backspace character where "\b"
    // was meant, so ", but later …" never matched and the first measure
    // stood.
    for text in [
        "We restricted it in Korea, but later removed it globally.",
        "We withheld the post in Korea, but subsequently, after a second review, it was removed worldwide.",
    ] {
        assert_eq!(said(text, &[]), Said::Stated(Status::Removed), "{text}");
    }
}

#[test]
fn round_one_hundred_forty_six() {
    // The false applications. Blind-845 (yt-notice-of-action-kr): a
    // notice's field "Content blocked in: KR". Blind-847 (bc-cdn-purged):
    // "Requests for this object originating in the Republic of Korea are
    // now blocked".
    assert_eq!(
        said("Decision:        Content blocked in: KR", &[]),
        Said::Stated(Status::Restricted)
    );
    assert_eq!(
        said(
            "Requests for this object originating in the Republic of Korea are now blocked; it remains reachable from other countries.",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
    // Blind-846 (yt-three-statuses-one-sentence): ", while URL3 has been
    // blocked from\nview in South Korea only" after a removal that began on
    // the line above is URL3's own clause.
    let x = reply_to(
        "KCSC-240902-01",
        "Of those, https://www.youtube.com/watch?v=Qm3 and https://www.youtube.com/watch?v=Rz7 were removed from YouTube globally for\nviolating our Community Guidelines, while https://www.youtube.com/watch?v=Hd2 has been blocked from\nview in South Korea only, on the basis of the local law you cited.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.youtube.com/watch?v=Hd2".to_string(),
                Status::Restricted
            ),
            (
                "https://www.youtube.com/watch?v=Qm3".to_string(),
                Status::Removed
            ),
            (
                "https://www.youtube.com/watch?v=Rz7".to_string(),
                Status::Removed
            ),
        ]
    );
    // Blind-847 (fr-plaintext-table): a note that names a row by the file
    // host's ID agrees with that row, and contradicts nothing.
    let x = reply_to(
        "KCSC-240902-01",
        "FILE ID    LINK                                     RESULT\n---------  ---------------------------------------  ---------------\nBx17eLo9   https://fileriver.io/f/Bx17eLo9          DELETED\nKv3Uq8Ns   https://fileriver.io/folder/Kv3Uq8Ns     KEPT - no breach found\n\nThe folder Kv3Uq8Ns only holds the owner's own course videos, which do not\nbreak our terms, so it stays up.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://fileriver.io/f/Bx17eLo9".to_string(),
                Status::Removed
            ),
            (
                "https://fileriver.io/folder/Kv3Uq8Ns".to_string(),
                Status::Rejected
            ),
        ]
    );
    // Blind-847 (fr-echoed-report): results by the echoed report's letters,
    // one running on, indented, to the next line.
    let x = reply_to(
        "KCSC-240902-01",
        "Content reported:\n  Item A: https://fileriver.io/f/Zp40\n  Item B: https://fileriver.io/f/Lc93\n  Item C: https://fileriver.io/f/Hd28\n\nOur decision\n------------\nItem A: The file was removed from FileRiver.\nItem B: We could not locate this file. It does not exist on our service.\nItem C: We did not remove this file. It is a scanned public notice and\n        does not break our Terms or local law as we read it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://fileriver.io/f/Hd28".to_string(), Status::Rejected),
            ("https://fileriver.io/f/Lc93".to_string(), Status::NotFound),
            ("https://fileriver.io/f/Zp40".to_string(), Status::Removed),
        ]
    );
    // Blind-847 (dr-refusal-court-order): a site's home page named by the
    // letter's "Regarding URL (your ref. …):" is the object of its refusal.
    let x = reply_to(
        "KCSC-240906-05",
        "Hello,\n\nRegarding https://lucky7.example/ (your ref. KCSC-240906-05):\n\nThe content complaint you sent does not fall under our\nabuse policy, so we will not suspend the domain; it remains active.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://lucky7.example/".to_string(), Status::Rejected)]
    );
    // Words: blind-847 (cb-janitor-list), blind-846 (yt-negations-mixed,
    // naver-korean-negation-and-removal, naver-particles-fullwidth-punct),
    // blind-845 (dc-operator-informal-arrows).
    for (text, st) in [
        (
            "moved to /nsfw/, only viewable after the 18+ age gate now",
            Status::Restricted,
        ),
        (
            "We have not removed it. Having reviewed it against our policies and the provision you cited, we concluded that it does not violate either.",
            Status::Rejected,
        ),
        (
            "게시물은 삭제하지 않았습니다. 검토 결과 해당 게시물의 내용이 관련 법령이나 운영정책을 위반한다고 판단되지 않았기 때문입니다.",
            Status::Rejected,
        ),
        ("임시조치(30일)를 취하였습니다．", Status::Restricted),
        ("→ 개인정보 노출 확인 안 되어 유지합니다", Status::Rejected),
    ] {
        assert_eq!(said(text, &[]), Said::Stated(st), "{text}");
    }
}

#[test]
fn round_one_hundred_forty_seven() {
    // The false applications. Blind-852
    // (naver-fullwidth-parens-operator-deleted): "카페 운영자가 삭제하여 현재
    // 존재하지 않습니다" is the operator's removal (and "이미 …", deleted
    // before anyone looked, is still not found).
    assert_eq!(
        said(
            "게시물（;）은 카페 운영자가 삭제하여 현재 존재하지 않습니다.",
            &[]
        ),
        Said::Stated(Status::Removed)
    );
    assert_eq!(
        said("이미 카페 운영자가 삭제하여 현재 존재하지 않습니다.", &[]),
        Said::Stated(Status::NotFound)
    );
    // Blind-854 (dc-ticket-solved-invites): "leads to that same server;
    // the server is gone, so this invite is dead as well" shares another
    // item's fate, which a person reads.
    let x = reply_to(
        "KCSC-240903-01",
        "We've looked at the invite links you flagged:\n\n- https://discord.gg/night7 — the server this invite pointed to has been removed from Discord.\n- https://discord.gg/Qh4x — leads to that same server; the server is gone, so this invite is dead as well.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://discord.gg/night7".to_string(), Status::Removed)]
    );
    assert_eq!(x.hedged, vec!["https://discord.gg/Qh4x".to_string()]);
    // Blind-852 (x-withheld-and-removed-one-sentence): the second act
    // wrapped before its URL is that URL's.
    let x = reply_to(
        "KCSC-240903-01",
        "Having reviewed the reported posts, we have\nwithheld https://x.com/b/status/1 in the Republic of Korea and removed\nhttps://x.com/b/status/2 globally for violating our policy on illegal\ngoods and services.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://x.com/b/status/1".to_string(), Status::Restricted),
            ("https://x.com/b/status/2".to_string(), Status::Removed),
        ]
    );
    // Blind-852 (tg-not-blocked-with-reason): a measure denied, its reason
    // after the colon.
    let x = reply_to(
        "KCSC-240906-03",
        "The posts https://t.me/a/412 and https://t.me/a/415 were\nnot blocked: neither of them contains material that breaks Telegram's Terms\nof Service.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/a/412".to_string(), Status::Rejected),
            ("https://t.me/a/415".to_string(), Status::Rejected),
        ]
    );
    // Words: blind-852 (x-not-removed-but-withheld-account-kept), blind-853
    // (sb-removed-and-age-gated, nh-refuses-without-court-order).
    for (text, st) in [
        (
            "However, because it appears to be unlawful under Korean law, access to the post has been withheld in South Korea.",
            Status::Restricted,
        ),
        (
            "The album ; has been flagged as mature, so it is now hidden from logged-out visitors.",
            Status::Restricted,
        ),
    ] {
        assert_eq!(said(text, &[]), Said::Stated(st), "{text}");
    }
    assert_eq!(
        said("since the owner may appeal, the post will be removed", &[]),
        Said::Hedged(Status::Removed)
    );
    // A refusal for want of a breach, naming what would change it, asks
    // for nothing.
    let x = reply_to(
        "KCSC-240905-02",
        "We reviewed https://moa.example/products/z10. It does not breach our Acceptable Use Policy, nor the law of the country where the server is located (Germany), so we will not take action on this URL unless we receive an order from a competent court.\n",
    );
    assert!(x.asks.is_none(), "{:?}", x.asks);
}

#[test]
fn round_one_hundred_forty_eight() {
    // The false application. Blind-856 (tiktok-statement-above-url): "We
    // couldn't find this video. It is no longer available on TikTok:" over
    // the URL is not found; the second sentence names no act.
    let x = reply_to(
        "KCSC-240912-04",
        "Video removed for violating our Community Guidelines:\nhttps://www.tiktok.com/@a/video/1\n\nWe couldn't find this video. It is no longer available on TikTok:\nhttps://www.tiktok.com/@b/video/2\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.tiktok.com/@a/video/1".to_string(),
                Status::Removed
            ),
            (
                "https://www.tiktok.com/@b/video/2".to_string(),
                Status::NotFound
            ),
        ]
    );
    // Words: blind-857 (kakao-brunch-openchat, kakao-daum-cafe-angle-bracket:
    // the owner's or author's sanction after the content's measure),
    // blind-859 (imgchan-image-gone-thread-kept), blind-861
    // (soop-heading-then-url: a heading that names its items by the
    // measure done).
    for (text, st) in [
        (
            "오픈채팅방 ; 은 마약류 거래 정황이 확인되어 방을 폐쇄하고 방장 계정의 오픈채팅 이용을 영구 제한하였습니다.",
            Status::Removed,
        ),
        (
            "결과: 카페 운영정책(불법 도박 홍보) 위반으로 게시글 삭제, 작성자 카페 활동 정지",
            Status::Removed,
        ),
        (
            "The image ; is gone, and its hash is in our upload filter now so it can't be reposted.",
            Status::Removed,
        ),
        ("삭제 처리한 다시보기:", Status::Removed),
        (
            "19세 이상 시청 제한으로 변경한 다시보기:",
            Status::Restricted,
        ),
    ] {
        assert_eq!(said(text, &[]), Said::Stated(st), "{text}");
    }
    // (What was not done names nothing done.)
    assert_ne!(
        said("삭제하지 않은 다시보기:", &[]),
        Said::Stated(Status::Removed)
    );
    // Blind-860 (x-zendesk-receipt-echoes-request): our own request echoed
    // in a receipt asks the regulator nothing.
    let x = reply_to(
        "KCSC-240903-01",
        "Your request has been received.\n\nPlease remove the posts below. Please tell us the action taken for each URL.\nhttps://x.com/a/status/1\n",
    );
    assert!(x.asks.is_none(), "{:?}", x.asks);
}

#[test]
fn round_one_hundred_forty_eight_what_the_full_run_caught() {
    // Blind-462 (yt-table-corrected-by-note): round 146's rule for a note
    // that names a row by its ID must leave a correction's own sentences to
    // the correction, which says what the row is now.
    let x = crate::extract::extract(
        &crate::parse::parse(
            b"From: legal@youtube.com\nSubject: Re: KCSC-240909-03\nMessage-ID: <c462@youtube.com>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>Further decisions for request KCSC-240909-03:</p><table><tr><th>URL</th><th>Outcome</th></tr><tr><td>https://www.youtube.com/watch?v=Qx7LmR2tVb0</td><td>Removed</td></tr><tr><td>https://www.youtube.com/@pine</td><td>Channel terminated</td></tr></table><p><b>Correction:</b> the first row of the table above is wrong. The video Qx7LmR2tVb0 was not removed; after review it was age-restricted and remains on YouTube for signed-in adult viewers.</p>\n",
            &x_settings().limits,
        ),
        None,
        &x_settings(),
    );
    assert!(x.conflicts.is_empty(), "{:?}", x.conflicts);
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://www.youtube.com/@pine".to_string(), Status::Removed),
            (
                "https://www.youtube.com/watch?v=Qx7LmR2tVb0".to_string(),
                Status::Restricted
            ),
        ]
    );
}

#[test]
fn round_one_hundred_forty_nine() {
    // The false applications. Blind-867 (dc-gmail-quote-by-number): "1번,
    // 2번, 5번은 지웠고 나머지는 좀 더 보고 말씀드릴게요" over our quoted
    // numbered request: the rest is to follow, never the removal; the
    // Korean clause join "…웠고" cuts the line like "…했고".
    let quoted: String = (1..=6)
        .map(|n| format!("> {n}. https://gall.dcinside.com/board/view/?id=s&no=44{n}\n"))
        .collect();
    let x = reply_to(
        "KCSC-240903-01",
        &format!(
            "말씀하신 목록 중 1번, 2번, 5번은 지웠고 나머지는 좀 더 보고 말씀드릴게요.\n\n김운영 드림\n\n2024년 9월 3일 (화) 오후 3:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:\n> 요청번호: KCSC-240903-01\n>\n{quoted}"
        ),
    );
    for url in ["no=443", "no=444", "no=446"] {
        assert!(
            claims_in(&x).iter().all(|(u, _)| !u.ends_with(url)),
            "{url}: {:?}",
            claims_in(&x)
        );
        // (And to a person, not dropped.)
        assert!(
            x.hedged.iter().any(|u| u.ends_with(url)),
            "{url}: {:?}",
            x.hedged
        );
    }
    assert_eq!(
        said("는 좀 더 보고 말씀드릴게요.", &[]),
        Said::Hedged(Status::Pending)
    );
    // Blind-864 (tg-three-way-sentence): "We removed URL1, kept URL2 online
    // because it contains no illegal content, and could not find URL3".
    let x = reply_to(
        "KCSC-240911-04",
        "We removed https://t.me/v/412, kept https://t.me/v/419 online because it contains no illegal content, and could not find https://t.me/copper - that username is not in use by any channel.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://t.me/copper".to_string(), Status::NotFound),
            ("https://t.me/v/412".to_string(), Status::Removed),
            ("https://t.me/v/419".to_string(), Status::Rejected),
        ]
    );
    // Words: blind-865 (chanbox-report-queue-blocks, chanbox-html-mod-log),
    // blind-863 (naver-cafe-staff-informal-naeryeosseoyo,
    // band-html-list-exposure-stopped).
    for (text, st) in [
        ("Result: dismissed", Status::Rejected),
        ("Hidden for KR visitors (region filter)", Status::Restricted),
        (
            "말씀하신 카페 글 두 개 확인하고 바로 내렸어요.",
            Status::Removed,
        ),
        ("노출 중단 조치를 완료했습니다", Status::Removed),
        ("국내 노출 중단 조치를 완료했습니다", Status::Restricted),
    ] {
        assert_eq!(said(text, &[]), Said::Stated(st), "{text}");
    }
    // (An appeal dismissed keeps the removal: no refusal.)
    assert_eq!(said("Appeal result: dismissed", &[]), Said::Nothing);
}

#[test]
fn round_one_hundred_fifty() {
    // The false applications. Blind-871 (pik-hedge-probably-deleted): "looks
    // like it was already deleted, …, but I can't find a log entry for it so
    // I'm not 100% sure"; blind-873 (naver-one-removed-one-hedged): "appears
    // to have been deleted by the blogger already, but the deletion log is
    // not available to me yet. I will confirm once I have it." A log looked
    // for is no finding about the item, and both are in doubt.
    for text in [
        "; looks like it was already deleted, probably by one of the janitors, but I can't find a log entry for it so I'm not 100% sure.",
        "; appears to have been deleted by the blogger already, but the deletion log is not available to me yet. I will confirm once I have it.",
    ] {
        assert!(matches!(said(text, &[]), Said::Hedged(_)), "{text}");
    }
    let x = reply_to(
        "KCSC-240903-01",
        "Hi,\n\nhttps://blog.naver.com/m/101 has been removed.\n\nhttps://blog.naver.com/m/102 appears to have been deleted by the blogger already, but the deletion log is not available to me yet. I will confirm once I have it.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![("https://blog.naver.com/m/101".to_string(), Status::Removed)]
    );
    // Words: blind-871 (pik-pruned-and-404), blind-873
    // (naver-tv-age-restricted-post-missing).
    for (text, st) in [
        (
            "; - no file with that name on our image server, 404.",
            Status::NotFound,
        ),
        (
            "It is now shown only to signed-in users who have verified that they are 19 or older.",
            Status::Restricted,
        ),
    ] {
        assert_eq!(said(text, &[]), Said::Stated(st), "{text}");
    }
}

#[test]
fn round_one_hundred_fifty_one() {
    // The false application. Blind-878 (naver-followup-temp-measure-quoted):
    // "지난 답변에서 별도 조치하지 않았다고 안내드린 게시물에 대해 … 아래 게시물은
    // … 30일간 임시조치하였음을 알려드립니다": what the last reply said, told
    // again, is no refusal now.
    assert_eq!(
        said(
            "지난 답변에서 별도 조치하지 않았다고 안내드린 게시물에 대해 권리침해 신고가 추가로 접수되어, 아래 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치하였음을 알려드립니다.",
            &[]
        ),
        Said::Stated(Status::Restricted)
    );
    // Blind-875 (naver-fullwidth-brackets): a URL inside corner brackets
    // after its result's label.
    let x = reply_to(
        "KCSC-240902-01",
        "요청하신 게시물 중 아래 2건의 처리 결과를 알려드립니다.\n\n【블라인드】「https://cafe.naver.com/fict/1203」\n【삭제】https://blog.naver.com/h/2235。\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://blog.naver.com/h/2235".to_string(), Status::Removed),
            (
                "https://cafe.naver.com/fict/1203".to_string(),
                Status::Removed
            ),
        ]
    );
    // Blind-876 (yt-neither-nor): "We have neither removed nor restricted
    // URL: the video … falls within our exceptions for educational and
    // documentary content."
    assert_eq!(
        said(
            "We have neither removed nor restricted ;: the video is news reporting and, in our view, falls within our exceptions for educational and documentary content.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
}

#[test]
fn round_one_hundred_fifty_two() {
    // The false applications. Blind-880 (yt-quoted-printable-actioned): "we
    // were unable to find a violation of our Community Guidelines" is no
    // breach found, not a lost video.
    assert_eq!(
        said(
            "For ; we were unable to find a violation of our Community Guidelines or of the local law you cited, and the video remains available on YouTube.",
            &[]
        ),
        Said::Stated(Status::Rejected)
    );
    assert_eq!(
        said("We were unable to find the video.", &[]),
        Said::Stated(Status::NotFound)
    );
    // Blind-880 (meta-restricted-local-law-and-not-found): "However,
    // following a legal review we have restricted access to it in South
    // Korea" after the refusal under the platform's rules is what stands.
    let x = reply_to(
        "KCSC-240905-03",
        "We reviewed the post https://www.facebook.com/groups/22/posts/99/ against our Community Standards and found no\nviolation. However, following a legal review we have restricted access to it\nin South Korea under local law. It remains visible in other countries.\n\nWe could not find the profile https://www.facebook.com/profile.php?id=1000. It is no longer on Facebook.\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://www.facebook.com/groups/22/posts/99/".to_string(),
                Status::Restricted
            ),
            (
                "https://www.facebook.com/profile.php?id=1000".to_string(),
                Status::NotFound
            ),
        ]
    );
    // Blind-884 (dc-csv-export-attachment): one code's meaning above the
    // sheet ("\"no_action\" means … the content stays up") contradicts no
    // row.
    let x = crate::extract::extract(
        &crate::parse::parse(
            b"From: safety@discord.com\nSubject: Re: KCSC-240903-01\nMessage-ID: <c884@discord.com>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\nAttached is the final status of every link in KCSC-240903-01. \"no_action\" means we found no violation of our\nCommunity Guidelines and the content stays up.\n--b\nContent-Type: text/csv; name=\"r.csv\"\nContent-Disposition: attachment; filename=\"r.csv\"\n\nreported_url,action,notes\nhttps://discord.gg/moon7,removed,server deleted\nhttps://discord.gg/stay1,no_action,no violation found\n--b--\n",
            &x_settings().limits,
        ),
        None,
        &x_settings(),
    );
    assert!(x.conflicts.is_empty(), "{:?}", x.conflicts);
    assert_eq!(
        claims_in(&x),
        vec![
            ("https://discord.gg/moon7".to_string(), Status::Removed),
            ("https://discord.gg/stay1".to_string(), Status::Rejected),
        ]
    );
}

#[test]
fn a_writers_sanction_beside_the_sole_removal_is_not_the_posts() {
    // blind-891: the one requested post deleted, its writer barred from
    // the board; the second sentence is about the account.
    let x = reply_to(
        "KCSC-240909-06",
        "안녕하세요, 고객지원팀입니다.\n\n요청하신 로스트아크 인벤 거래 게시판 게시물은 확인 후 삭제 처리하였습니다.\n해당 작성자는 계정 거래 알선으로 게시판 이용이 영구 제한되었습니다.\n\n감사합니다.",
    );
    let b = x.bulk.expect("a sole statement");
    assert!(b.sole);
    assert_eq!(b.status, Status::Removed);
    // A sentence about the post in words the reader cannot read still
    // leaves no sole statement.
    let x = reply_to(
        "KCSC-240909-06",
        "요청하신 게시물은 확인 후 삭제 처리하였습니다.\n해당 게시물은 작성자에게 통보되었습니다.",
    );
    assert!(x.bulk.as_ref().is_none_or(|b| !b.sole), "{:?}", x.bulk);
}

#[test]
fn an_outcome_under_an_echoed_report_over_a_link_to_ones_reports() {
    // blind-889: the echo names the one reported file above "Outcome: the
    // reported file was removed"; the link to one's own reports below is
    // no item.
    let x = reply_to(
        "KCSC-240911-06",
        "Your report has been resolved.\n\n----- Report details -----\nReport ID:      FC-R-1\nReference:      KCSC-240911-06\nReported link:  <https://files.example/f/Rk1m>\nReason:         Illegal content\n--------------------------\n\nOutcome: the reported file was removed from the service for violating our\nTerms of Service.\n\nYou can see all your reports at https://files.example/reports\n",
    );
    let got = url_statuses(&x);
    assert_eq!(got, vec![("https://files.example/f/Rk1m", Status::Removed)]);
    assert!(super::lines::is_policy_link(
        "https://files.example/reports"
    ));
    assert!(super::lines::is_policy_link(
        "https://files.example/dashboard"
    ));
    // Deeper, a path under "reports" may be a reported file itself.
    assert!(!super::lines::is_policy_link(
        "https://files.example/reports/2024/q3/leak.pdf"
    ));
}

#[test]
fn what_to_do_when_things_change_asks_nothing_now() {
    // blind-887: a refusal that ends "if a court rules …, report it again".
    assert!(find_asks("법원 판결 등 새로운 사정이 생기면 다시 신고해 주세요.").is_none());
    assert!(find_asks("판결이 확정되면 판결문을 보내 주세요.").is_none());
    // Asked now, it is still an ask.
    assert!(find_asks("법원 판결문을 보내 주세요.").is_some());
}

#[test]
fn a_list_mark_glued_to_its_url_starts_an_entry_of_its_own() {
    // blind-895: "・URL：…" lines; the second's words are not the first's.
    for body in [
        "・https://a.example/kr/res/1.html：삭제 완료\n・https://a.example/kr/res/2.html：운영진이 아직 의견이 갈립니다\n\n관리 드림",
        "-https://a.example/kr/res/1.html: removed\n-https://a.example/kr/res/2.html: the mods are split on it\n\nadmin",
        "1.https://a.example/kr/res/1.html: removed\n2.https://a.example/kr/res/2.html: purple\n\nadmin",
    ] {
        let x = reply_to("KCSC-240901-01", body);
        let got = url_statuses(&x);
        assert_eq!(
            got,
            vec![("https://a.example/kr/res/1.html", Status::Removed)],
            "{body}"
        );
        assert_eq!(
            x.hedged,
            vec!["https://a.example/kr/res/2.html".to_string()],
            "{body}"
        );
    }
    let x = reply_to(
        "KCSC-240901-01",
        "・https://a.example/kr/res/1.html：삭제 완료\n・https://a.example/kr/res/2.html：이미 없는 스레드입니다（자동 정리됨）\n\n관리 드림",
    );
    let got = url_statuses(&x);
    assert_eq!(
        got,
        vec![
            ("https://a.example/kr/res/1.html", Status::Removed),
            ("https://a.example/kr/res/2.html", Status::NotFound)
        ]
    );
}

#[test]
fn a_refusal_under_a_further_review_is_not_final() {
    // blind-893: YouTube's guidelines found no breach; the local-law review
    // of the same videos is still to come.
    let x = reply_to(
        "KCSC-240901-01",
        "Hello,\n\nWe reviewed the following videos against our Community Guidelines and did not find a violation:\n\nhttps://www.youtube.com/watch?v=Qx7fKt2Lm0a\nhttps://www.youtube.com/watch?v=Rb4nWp8Zc1d\n\nBecause your request was submitted under Korean law, the videos have been passed to our legal team for a separate local-law review. We'll let you know the outcome.\n\nThe YouTube Team",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    assert_eq!(x.hedged.len(), 2, "{:?}", x.hedged);
    assert!(
        x.notes.iter().any(|n| n.contains("not final")),
        "{:?}",
        x.notes
    );
    // A removal stays done, whatever is reviewed after it.
    let x = reply_to(
        "KCSC-240901-01",
        "We removed https://www.youtube.com/watch?v=Qx7fKt2Lm0a and https://www.youtube.com/watch?v=Rb4nWp8Zc1d.\n\nThe videos have also been passed to our legal team for a further review of the channel.",
    );
    assert_eq!(x.claims.len(), 2, "{:?}", x.claims);
    assert!(x.claims.iter().all(|c| c.status == Status::Removed));
    // A review of the others is no doubt about these.
    let x = reply_to(
        "KCSC-240901-01",
        "We did not find a violation in https://www.youtube.com/watch?v=Qx7fKt2Lm0a, so it stays up.\n\nThe other videos have been passed to our legal team for review.",
    );
    let got: Vec<_> = x.claims.iter().map(|c| c.status).collect();
    assert_eq!(got, vec![Status::Rejected]);
}

#[test]
fn those_found_to_violate_are_some_of_the_list_not_all() {
    // blind-900: which of the three posts broke the rules is not said.
    let x = reply_to(
        "KCSC-240902-01",
        "Hello,\n\nWe reviewed the posts below from your request KCSC-240902-01:\n\nhttps://x.com/a/status/1830519934400122880\nhttps://x.com/a/status/1830519934400122977\nhttps://x.com/b/status/1830620017733451776\n\nPosts that were found to violate the X Rules have been removed; those that\ndid not remain available.\n\nX Legal",
    );
    assert!(x.claims.is_empty(), "{:?}", x.claims);
    assert_eq!(x.hedged.len(), 3, "{:?}", x.hedged);
}

#[test]
fn a_url_that_is_the_subject_of_its_own_verb_takes_no_act_from_the_line_above() {
    // blind-902: "deleted already" is the first post's; the second's own
    // clause is in doubt.
    for body in [
        "A quick note: the post at\nhttps://twitter.com/a/status/1 appears to\nhave been deleted already, and\nhttps://x.com/b/status/2 may have been\nwithheld under an earlier order. We are confirming both and will come back\nto you.",
        "Note: the post at\nhttps://twitter.com/a/status/1 appears to\nhave been deleted already, and\nhttps://x.com/b/status/2 is still under review.",
    ] {
        let x = reply_to("KCSC-240901-01", body);
        assert!(x.claims.is_empty(), "{body}: {:?}", x.claims);
    }
    // The URL as the object of the act above still takes it.
    let x = reply_to(
        "KCSC-240901-01",
        "We have removed the message at\nhttps://t.me/a/1\nand taken action against the account\nthat posted it.",
    );
    let got: Vec<_> = x.claims.iter().map(|c| c.status).collect();
    assert_eq!(got, vec![Status::Removed]);
}

#[test]
fn a_rule_of_dashes_under_a_pipe_tables_header_is_part_of_the_table() {
    // blind-895: "번호 | 게시물 주소 | 조치 결과 | 조치일" underlined with
    // dashes alone, then the rows.
    let x = reply_to(
        "KCSC-240910-04",
        "조치 결과를 아래와 같이 회신드립니다.\n\n번호 | 게시물 주소 | 조치 결과 | 조치일\n------------------------------------------------\n 1 | https://www.m.example/bbs/free/310201 | 삭제 | 09-11\n 2 | https://www.m.example/bbs/free/310245 | 임시조치(30일) | 09-11\n 3 | https://www.m.example/bbs/free/310377 | 위반사항 없음(게시 유지) | -\n",
    );
    let got = url_statuses(&x);
    assert_eq!(
        got,
        vec![
            ("https://www.m.example/bbs/free/310201", Status::Removed),
            ("https://www.m.example/bbs/free/310245", Status::Restricted),
            ("https://www.m.example/bbs/free/310377", Status::Rejected),
        ]
    );
}

#[test]
fn made_unavailable_in_the_following_territory_is_a_restriction() {
    // blind-910: a DSA statement of reasons names the territory after a
    // colon.
    assert_all_stated(&[
        (
            "Measure taken: Content made unavailable in the following territory: Republic of Korea",
            Status::Restricted,
        ),
        (
            "Access to the video was disabled in the following countries: South Korea.",
            Status::Restricted,
        ),
        ("Measure taken: Content made unavailable", Status::Removed),
    ]);
}

#[test]
fn a_change_for_an_entry_named_by_its_place_puts_the_list_in_doubt() {
    // blind-912: two entries withheld, then "a change for the first of
    // these": which entry is the first the reader does not count, so
    // neither entry's withholding is taken.
    let x = reply_to(
        "KCSC-240902-01",
        "Further to our message regarding KCSC-240902-01:\n\n - https://x.com/a/status/1829955500011122233 -- withheld in South Korea\n - https://x.com/a/status/1829955500011122240 -- withheld in South Korea\n\nPlease note a change for the first of these. Following an internal appeal\nreview the post was escalated, and on 12 September it was removed globally.\nThe second post remains withheld in South Korea only.\n",
    );
    assert!(
        !x.claims.iter().any(|c| c.status == Status::Restricted),
        "{:?}",
        url_statuses(&x)
    );
    assert_eq!(x.conflicts.len(), 2, "{:?}", x.conflicts);
}

#[test]
fn no_appeal_came_is_a_fact_not_a_condition() {
    // blind-912: "게시자의 이의제기가 없었고 … 삭제 처리로 변경되었습니다":
    // the note on post 48230 by its number is read, not passed over as a
    // word on how to appeal.
    let x = reply_to(
        "KCSC-240905-04",
        "요청하신 카페 게시물 2건에 대해 9월 6일 임시조치(30일)를 하였습니다.\n- https://cafe.naver.com/abc/48213\n- https://cafe.naver.com/abc/48230\n\n이후 48230번 게시물은 게시자의 이의제기가 없었고, 추가 확인 결과 명백한 불법정보로 판단되어 9월 13일 삭제 처리로 변경되었습니다. 48213번 게시물은 임시조치 상태가 유지되고 있습니다.\n\n감사합니다.",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://cafe.naver.com/abc/48213", Status::Restricted),
            ("https://cafe.naver.com/abc/48230", Status::Removed),
        ]
    );
    // A way to appeal still leaves the note open.
    assert!(super::lines::leaves_open(
        "이의제기를 원하시면 회신해 주세요."
    ));
}

#[test]
fn no_basis_found_to_act_is_a_refusal_not_a_missing_page() {
    // blind-910: "we were unable to find a legal basis to remove or
    // restrict this content" found the page; it found no reason to act.
    assert_all_stated(&[
        (
            "Based on the information provided, we were unable to find a legal basis to remove or restrict this content.",
            Status::Rejected,
        ),
        (
            "We have failed to find grounds for removing the video.",
            Status::Rejected,
        ),
        ("We were unable to find the video.", Status::NotFound),
    ]);
}

#[test]
fn an_adult_only_restriction_and_its_audience() {
    // blind-915: "We have applied an adult-only restriction … It is no
    // longer shown to users under 19 or to visitors who are not logged in."
    assert_all_stated(&[
        (
            "We have applied an adult-only restriction to this post.",
            Status::Restricted,
        ),
        (
            "We applied an age restriction to the video.",
            Status::Restricted,
        ),
        (
            "It is no longer shown to users under 19 or to visitors who are not logged in.",
            Status::Restricted,
        ),
        ("It is no longer shown to anyone.", Status::Removed),
    ]);
}

#[test]
fn a_negated_removal_with_reasons_ending_in_within_the_rules_is_a_refusal() {
    // blind-913: a row's "not removed - drawn art, no real person, within
    // board rules".
    assert_all_stated(&[
        (
            "not removed - drawn art, no real person, within board rules",
            Status::Rejected,
        ),
        ("not removed - drawn art, no violation", Status::Rejected),
    ]);
    // Without a reason, or with a rule it falls under, it states nothing yet.
    assert_none_stated(&[
        "not removed (yet)",
        "not removed, within our rules on gambling ads",
    ]);
}

#[test]
fn a_url_broken_off_on_a_spaced_particle_runs_on_to_the_next_line() {
    // blind-911: "… 18823 과\nURL2 은 … 확인되어\n오늘 오후 블라인드 처리하였습니다."
    let x = reply_to(
        "KCSC-240903-01",
        "말씀하신 카페 게시글 가운데 https://cafe.naver.com/sp/18823 과\nhttps://cafe.naver.com/sp/18830 은 도박 사이트로 회원을 유도하는 홍보 글로 확인되어\n오늘 오후 블라인드 처리하였습니다.\n\nhttps://cafe.naver.com/sp/19002 는 이미 작성자가 직접 삭제한 상태였습니다.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://cafe.naver.com/sp/18823", Status::Removed),
            ("https://cafe.naver.com/sp/18830", Status::Removed),
            ("https://cafe.naver.com/sp/19002", Status::NotFound),
        ]
    );
}

#[test]
fn a_note_without_a_number_is_about_the_item_it_names_by_its_id() {
    // blind-913: a table row "kept (see note)", and below it "Note:
    // Vd1mA8rN is a news clip … It does not break our terms and stays
    // online."
    let table = "Ticket DV-1 / your ref KCSC-240903-01\n\n file id    | link                            | status\n------------+---------------------------------+-----------\n Lw2Bq6Tn   | https://dropvault.io/f/Lw2Bq6Tn | deleted\n Vd1mA8rN   | https://dropvault.io/f/Vd1mA8rN | kept (see note)\n\n";
    let x = reply_to(
        "KCSC-240903-01",
        &format!(
            "{table}Note: Vd1mA8rN is a news clip uploaded by the broadcaster. It does not break our terms and stays online.\n"
        ),
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://dropvault.io/f/Lw2Bq6Tn", Status::Removed),
            ("https://dropvault.io/f/Vd1mA8rN", Status::Rejected),
        ]
    );
    // A note that says otherwise of that item still contradicts its row.
    let x = reply_to(
        "KCSC-240903-01",
        &format!(
            "{table}Note: Vd1mA8rN is a news clip uploaded by the broadcaster. It was deleted this morning.\n"
        ),
    );
    assert!(
        !x.claims.iter().any(|c| c.url.ends_with("Vd1mA8rN")),
        "{:?}",
        url_statuses(&x)
    );
}

#[test]
fn where_to_send_questions_and_a_check_of_ones_own_ask_nothing() {
    // blind-915, blind-912.
    assert!(
        find_asks("※ 본 메일은 발신 전용입니다. 추가 문의는 report@dcinside.com 으로 보내 주세요.")
            .is_none()
    );
    assert!(find_asks("5 | https://kin.naver.com/qna/1 | 검토중 | 추가 확인 필요").is_none());
    // Asked of us, it is still an ask.
    assert!(find_asks("추가 자료를 보내 주세요.").is_some());
    assert!(find_asks("삭제를 위해 법원 판결문 확인이 필요합니다.").is_some());
}

#[test]
fn a_contracted_will_puts_the_act_in_the_future() {
    // blind-919: "flagged it, it'll get purged in tonight's cleanup run."
    // (The clause starts after "it", so "'ll" has no word before it.)
    assert_none_stated(&[
        "flagged it, it'll get purged in tonight's cleanup run.",
        "flagged, it’ll get deleted in the next cleanup.",
    ]);
    let x = reply_to(
        "KCSC-240910-07",
        "flagged it, it'll get purged in tonight's cleanup run. ping me if it's\nstill up tomorrow.\n\nmika\n",
    );
    assert!(
        x.claims.is_empty() && x.bulk.is_none(),
        "{:?} {:?}",
        url_statuses(&x),
        x.bulk
    );
    // What was done stays done beside a promise to write again.
    assert_all_stated(&[(
        "Removed, we'll let you know if anything changes.",
        Status::Removed,
    )]);
}

#[test]
fn round_158_refusals_in_other_words() {
    // blind-916: "we did not identify content that violates our policies";
    // blind-919: "We will therefore take no action on this address."
    assert_all_stated(&[
        (
            "Having reviewed it in light of your notice, we did not identify content that violates our policies.",
            Status::Rejected,
        ),
        (
            "We will therefore take no action on this address.",
            Status::Rejected,
        ),
    ]);
    assert_none_stated(&["We did not identify the post you reported."]);
}

#[test]
fn a_hidden_post_and_one_that_can_no_longer_be_seen_are_removed() {
    // blind-921: "게시물은 숨김 처리되어 현재 누구도 열람할 수 없습니다", "이미 운영정책
    // 위반으로 삭제 처리되어 현재 볼 수 없는 상태임을 알려드립니다".
    assert_all_stated(&[
        (
            "게시물은 숨김 처리되어 현재 누구도 열람할 수 없습니다.",
            Status::Removed,
        ),
        ("조치 결과: 숨김", Status::Removed),
        (
            "영상은 이미 운영정책 위반으로 삭제 처리되어 현재 볼 수 없는 상태임을 알려드립니다.",
            Status::Removed,
        ),
    ]);
    // What will be, or is still being checked, is not done.
    assert_none_stated(&[
        "영상은 삭제되어 볼 수 없게 될 예정입니다.",
        "삭제 처리되어 현재 볼 수 없는지 확인 중입니다.",
        "숨김 처리 예정입니다.",
    ]);
}

#[test]
fn we_need_over_a_list_asks_for_what_the_list_names() {
    // blind-919: "Before we can act on the links in your notice … we
    // need:" above a numbered list of documents.
    assert!(find_asks("Dear KCSC,\n\nBefore we can act on the links in your notice KCSC-240902-01 we need:\n\n  1. the legal provision under which the removal is requested, and\n  2. an official letter on your letterhead.\n").is_some());
    assert!(
        find_asks("To proceed we will need the following documents:\n- a court order\n").is_some()
    );
    // A heading over what was done asks nothing.
    assert!(find_asks("Here is what we removed:\n- URL\n").is_none());
}

#[test]
fn round_159_statuses_in_few_words() {
    // blind-925: "URL - nothing under that key on our side"; "URL is
    // people arguing about elections, nothing illegal there, it stays.";
    // blind-927: "블라인드 처리 후 작성자 이용 정지" (the writer's ban after the
    // blind is no part of the post's measure).
    assert_all_stated(&[
        (
            "https://p.example/u8Ty3Qn - nothing under that key on our side",
            Status::NotFound,
        ),
        (
            "https://h.example/pol/res/88017.html is people arguing about elections, nothing illegal there, it stays.",
            Status::Rejected,
        ),
        (
            "https://p.example/x - 블라인드 처리 후 작성자 이용 정지",
            Status::Removed,
        ),
    ]);
    assert_none_stated(&[
        "We removed nothing at that URL.",
        "https://p.example/x - 블라인드 처리 후 작성자 이용 정지 예정",
    ]);
}

#[test]
fn a_status_field_in_review_and_a_korean_look_still_going_on_are_pending() {
    // blind-925: "URL\nStatus: In review"; blind-922: "URL 은 아직 보고 있어서
    // 결과 나오면 다시 알려드릴게요".
    for text in [
        "Status: In review",
        "https://c.example/q/48903 은 아직 보고 있어서 결과 나오면 다시 알려드릴게요.",
    ] {
        assert_eq!(said(text, &[]), Said::Hedged(Status::Pending), "{text}");
    }
    assert_all_stated(&[("We removed it in review of your report.", Status::Removed)]);
}

#[test]
fn an_opened_ticket_is_a_receipt_and_what_is_not_shared_asks_nothing() {
    // blind-925: "Received, opened ticket PB-311. -mo"
    let x = extract_raw(
        "From: mo@pastebox.dev\nSubject: Re: KCSC-240923-07\nMessage-ID: <t@p.dev>\n\nReceived, opened ticket PB-311. -mo\n",
    );
    assert_eq!(x.classification, Classification::Acknowledgement);
    // blind-924, blind-925: neither asks anything of us.
    assert!(find_asks("We've completed our review and, where something broke our rules, we've taken action. We don't always share the details of the action we take.").is_none());
    assert!(
        find_asks(
            "Any legal claim against the operator would need to go through a Japanese court."
        )
        .is_none()
    );
    assert!(find_asks("Please provide a court order.").is_some());
}

#[test]
fn a_place_named_in_a_relative_clause_does_not_scope_the_act() {
    // blind-930: the channel, "which appears to have been used to advertise
    // narcotics to users in Korea", was blocked for all users.
    assert_all_stated(&[
        (
            "The channel https://t.me/gm, which appears to have been used to advertise narcotics to users in Korea, has been blocked for all users.",
            Status::Removed,
        ),
        (
            "The channel https://t.me/gm, which targets users in Korea, has been blocked in Korea.",
            Status::Restricted,
        ),
    ]);
}

#[test]
fn rows_of_a_table_aligned_with_spaces_are_sentences_of_their_own() {
    // blind-931: a mod log; the third row's refusal is not the first two's.
    let x = reply_to(
        "KCSC-240905-04",
        "here's the mod log for your report:\n\ntime (UTC)        mod       action  post        url                                     reason\n2024-09-06 02:14  janitor3  DELETE  /b/88412    https://mokchan.net/b/res/88412.html    KCSC notice\n2024-09-06 02:15  janitor3  DELETE  /b/88530    https://mokchan.net/b/res/88530.html    KCSC notice\n2024-09-06 02:17  janitor3  IGNORE  /kr/120077  https://mokchan.net/kr/res/120077.html  report dismissed, breaks no board rule\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://mokchan.net/kr/res/120077.html", Status::Rejected)]
    );
}

#[test]
fn no_such_document_is_not_found_whatever_its_note() {
    // blind-933: "처리 결과: 해당 문서 없음 (삭제된 문서)" (a 지식iN document).
    assert_all_stated(&[
        ("처리 결과: 해당 문서 없음 (삭제된 문서)", Status::NotFound),
        ("처리 결과: 포스트 없음", Status::NotFound),
    ]);
}

#[test]
fn a_field_wrapped_onto_the_next_line_stays_in_its_record() {
    // blind-928: "Legal basis given: …\nNetwork Utilization, Article 44-7"
    // inside each echoed record: the second record's outcome is its own,
    // not the first's.
    let record = |url: &str, outcome: &str| {
        format!(
            "Reported content: {url}\nLegal basis given: Act on the Promotion of Information and Communications\nNetwork Utilization, Article 44-7\nOutcome: {outcome}\n"
        )
    };
    let x = reply_to(
        "KCSC-240910-04",
        &format!(
            "We've finished reviewing your report. A copy of what you submitted is\nincluded below with our outcome for each item.\n\n{}\n{}",
            record(
                "https://www.tiktok.com/@a/video/7409112233445566779",
                "Content restricted in your country/region"
            ),
            record(
                "https://www.tiktok.com/@b/video/7409998877665544332",
                "Content not found - the video was deleted by its creator"
            ),
        ),
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            (
                "https://www.tiktok.com/@a/video/7409112233445566779",
                Status::Restricted
            ),
            (
                "https://www.tiktok.com/@b/video/7409998877665544332",
                Status::NotFound
            ),
        ]
    );
}

#[test]
fn a_sentence_over_two_lines_ending_on_a_colon_heads_the_url_below_it() {
    // blind-932: "This post was deleted by its own author …, so\nthere was
    // nothing left … to act on:\nURL3" is URL3's, not the profile's above.
    let x = reply_to(
        "KCSC-240902-01",
        "Hello again,\n\nThis account was suspended and everything it posted has been removed:\nhttps://www.reddit.com/user/lanternmoth_07/\n\nThe same applies to this profile:\nhttps://www.reddit.com/user/tidal_moss_88/\n\nThis post was deleted by its own author before our team could review it, so\nthere was nothing left on Reddit for us to act on:\nhttps://www.reddit.com/r/hollowpier/comments/1f6k3c2/\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            (
                "https://www.reddit.com/user/lanternmoth_07/",
                Status::Removed
            ),
            (
                "https://www.reddit.com/r/hollowpier/comments/1f6k3c2/",
                Status::NotFound
            ),
        ]
    );
}

#[test]
fn a_url_with_a_korean_topic_particle_has_a_verb_of_its_own() {
    // blind-922: "URL1, URL2\n두 건은 … 블라인드 처리 끝냈고요,\nURL3 은 아직 보고
    // 있어서 …": the sentence above runs on into URL3's line, but URL3 is the
    // topic of its own clause, which is still open.
    for last in [
        "은 아직 보고 있어서 결과 나오면 다시 연락드릴게요.",
        "은 아직 검토 중입니다.",
    ] {
        let x = reply_to(
            "KCSC-240903-01",
            &format!(
                "보내주신 목록 확인했습니다.\nhttps://cafe.naver.com/q/48812, https://cafe.naver.com/q/48815\n두 건은 오늘 오전에 블라인드 처리 끝냈고요,\nhttps://cafe.naver.com/q/48903 {last}\n"
            ),
        );
        assert_eq!(
            url_statuses(&x),
            vec![
                ("https://cafe.naver.com/q/48812", Status::Removed),
                ("https://cafe.naver.com/q/48815", Status::Removed),
            ],
            "{last}"
        );
        assert_eq!(x.hedged, vec!["https://cafe.naver.com/q/48903".to_string()]);
    }
}

#[test]
fn a_doubt_before_a_url_holds_for_what_is_said_of_it() {
    // blind-938: "… may already have been suspended, which would mean that
    // URL is no longer visible"; blind-937: "URL1 and\nURL2 look like they
    // were removed already". The URL's place broke the clause, and the
    // doubt before it was lost.
    assert_none_stated(&[
        "Our records indicate that @gd may already have been suspended, which would mean that ; is no longer visible.",
        "It may be that ; is no longer visible.",
        "We think ; is no longer visible.",
        "Possibly ; is no longer visible.",
        "; and ; look like they were removed already, probably by the uploader - I get our error page on both.",
    ]);
    // Not a comma's clause before it, nor a negation of its own.
    assert_all_stated(&[
        (
            "Although it may be lawful elsewhere, ; has been withheld in Korea.",
            Status::Restricted,
        ),
        (
            "Thread No.55187 ( ; ) is now hidden from visitors in South Korea by our region filter.",
            Status::Restricted,
        ),
    ]);
}

#[test]
fn a_conjunct_without_its_own_auxiliary_shares_the_one_before() {
    // blind-938: "If they confirm the violation, both servers will be
    // removed and the owners' accounts disabled."
    assert_none_stated(&[
        "If they confirm the violation, both servers will be removed and the owners' accounts disabled.",
    ]);
    // A conjunct whose phrase has its own auxiliary or negation, after a
    // clause that negates something else, is read as it stands (blind-619,
    // blind-236, blind-325 in the full run).
    assert_all_stated(&[
        (
            "We removed the post and the account was disabled.",
            Status::Removed,
        ),
        (
            "It offers no betting service, no odds and no links to one, and it does not violate our Acceptable Use Policy ( ; ).",
            Status::Rejected,
        ),
        (
            "The following invite link is no longer valid and we could not find any server or content it refers to:",
            Status::NotFound,
        ),
        (
            "Regarding ; : that IP address is on our network, but there is no ~mk user directory on that server and the file you list does not exist there.",
            Status::NotFound,
        ),
    ]);
}

#[test]
fn round_162_a_measure_taken_already_and_a_refusal_named_by_neither() {
    // blind-945: "- URL : 이미 삭제 조치됨" under "아래와 같이 조치되었음을
    // 알려드립니다": the platform's measure, taken already, not a page
    // found gone ("이미 삭제됨" still is).
    assert_all_stated(&[
        ("; : 이미 삭제 조치됨", Status::Removed),
        ("이미 삭제 처리됨", Status::Removed),
        ("이미 삭제됨", Status::NotFound),
    ]);
    // blind-942: "… and did not take action on URL4, which we found
    // violates neither our policies nor the law you cited" in a sentence
    // whose other clauses remove and block.
    let x = reply_to(
        "KCSC-240903-01",
        "After reviewing the videos identified in your request, we removed https://www.youtube.com/watch?v=q7Rt2mZk9Lw for violating our Community Guidelines, blocked https://www.youtube.com/watch?v=v3LkD8uWq2A from view in South Korea on the basis of local law, and did not take action on https://www.youtube.com/watch?v=Zp0oE5sYt6M, which we found violates neither our policies nor the law you cited.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            (
                "https://www.youtube.com/watch?v=q7Rt2mZk9Lw",
                Status::Removed
            ),
            (
                "https://www.youtube.com/watch?v=v3LkD8uWq2A",
                Status::Restricted
            ),
            (
                "https://www.youtube.com/watch?v=Zp0oE5sYt6M",
                Status::Rejected
            ),
        ]
    );
}

#[test]
fn a_courtesy_before_a_url_hedges_nothing() {
    // blind-382: "we would like to confirm that the post in the group at
    // URL has been removed": the courtesy's "would" is no doubt about the
    // act, across the URL's place as in the phrase's own clause.
    use crate::extract::status::{Said, said};
    assert_all_stated(&[
        (
            "Further to your report, we would like to confirm that the post in the group at ; has been removed for violating our Community Standards.",
            Status::Removed,
        ),
        (
            "We'd like to inform you that the video at ; has been removed.",
            Status::Removed,
        ),
    ]);
    // A doubt in the same place still hedges.
    for text in [
        "We would like to confirm that the post at ; may have been removed.",
        "It may be that ; has been removed.",
        "We think ; has been removed.",
    ] {
        assert_ne!(said(text, &[]), Said::Stated(Status::Removed), "{text}");
    }
    let x = reply_to(
        "KCSC-240906-03",
        "Further to your report KCSC-240906-03, we would like to confirm that\nthe post in the group at https://www.facebook.com/groups/4455667788/posts/\n9988776655 has been removed for violating our Community Standards on\nrestricted goods and services.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![(
            "https://www.facebook.com/groups/4455667788/posts/9988776655",
            Status::Removed
        )]
    );
}

#[test]
fn a_url_that_takes_the_same_measure_as_the_clause_before() {
    // blind-331: "URL1은 30일간 임시조치했고, URL2도 같은 조치입니다": URL2's
    // clause says only that its measure is the one before it.
    let x = reply_to(
        "KCSC-240906-05",
        "요청하신 건 처리했습니다.\n\nhttps://ttakkeun.example/bbs/humor/10377은 30일간 임시조치했고, https://ttakkeun.example/gallery/view?no=3310도 같은 조치입니다.\nhttps://ttakkeun.example/bbs/free/48213：운영자 삭제 완료。\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            (
                "https://ttakkeun.example/bbs/humor/10377",
                Status::Restricted
            ),
            (
                "https://ttakkeun.example/gallery/view?no=3310",
                Status::Restricted
            ),
            ("https://ttakkeun.example/bbs/free/48213", Status::Removed),
        ]
    );
    // A clause of its own that says something else, or a measure still to
    // come, is not the act before it.
    for body in [
        "https://a.example/1은 삭제했고, https://a.example/2도 아직 검토 중입니다.\n",
        "https://a.example/1은 삭제했고, https://a.example/2도 같은 조치 예정입니다.\n",
    ] {
        let x = reply_to("KCSC-240906-05", body);
        assert_eq!(
            url_statuses(&x),
            vec![("https://a.example/1", Status::Removed)],
            "{body}"
        );
    }
}

#[test]
fn a_refusal_cell_with_its_own_reason_beside_cells_that_say_nothing() {
    // blind-947: "게시 유지 (개인정보 노출 확인 불가)" in a row whose other
    // cells are "3" and "Daum 카페": the bracket is the refusal's reason,
    // not a remark that the post could not be found.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240903-02\nMessage-ID: <kk@x.com>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>요청번호 KCSC-240903-02 관련 처리 현황을 회신드립니다.</p><table><thead><tr><th>No</th><th>URL</th><th>서비스</th><th>조치</th></tr></thead><tbody><tr><td>1</td><td>https://cafe.daum.net/m/A/1127</td><td>Daum 카페</td><td>게시중단</td></tr><tr><td>2</td><td>https://cafe.daum.net/m/A/1152</td><td>Daum 카페</td><td>게시 유지 (개인정보 노출 확인 불가)</td></tr></tbody></table>\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://cafe.daum.net/m/A/1127", Status::Removed),
            ("https://cafe.daum.net/m/A/1152", Status::Rejected),
        ]
    );
    // A remark of its own that the post is gone still makes it not found.
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240903-02\nMessage-ID: <kl@x.com>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>처리 현황입니다.</p><table><tr><th>URL</th><th>조치</th><th>비고</th></tr><tr><td>https://cafe.daum.net/m/A/1152</td><td>조치 불가</td><td>게시물 없음(존재하지 않는 URL)</td></tr></table>\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://cafe.daum.net/m/A/1152", Status::NotFound)]
    );
}

#[test]
fn the_post_above_named_with_its_board_is_the_post_above() {
    // blind-947: "처리 결과: 삭제" under the URL, then "위 미니갤러리
    // 게시물은 … 게시물을 유지하기로 했습니다": the paragraph is about the
    // post above (its board's name between "위" and "게시물"), and it keeps
    // the post; the removal is not taken.
    let x = reply_to(
        "KCSC-240905-04",
        "디시인사이드 운영팀입니다.\n\nhttps://gall.dcinside.com/mini/board/view/?id=ssul_moeum&no=4410\n처리 결과: 삭제\n\n위 미니갤러리 게시물은 검토 결과 실명이나 연락처 등 개인을 특정할 수 있는 정보가 없어\n운영원칙 위반으로 보기 어려워 게시물을 유지하기로 했습니다.\n",
    );
    assert!(x.claims.is_empty(), "{:?}", claims_in(&x));
    // With the paragraph agreeing, the removal stands.
    let x = reply_to(
        "KCSC-240905-04",
        "https://gall.dcinside.com/mini/board/view/?id=ssul_moeum&no=4410\n처리 결과: 삭제\n\n위 미니갤러리 게시물은 개인정보 노출로 삭제하였습니다.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![(
            "https://gall.dcinside.com/mini/board/view/?id=ssul_moeum&no=4410",
            Status::Removed
        )]
    );
}

#[test]
fn a_note_that_changes_a_numbered_row_from_its_first_measure() {
    // blind-948: "※ 2번 게시물은 당초 임시조치하였으나, 9월 24일 작성자 소명
    // 기간이 끝나 삭제로 조치 결과가 변경되었습니다" under a table whose
    // row 2 says 임시조치: the measure taken at first gave way to the
    // removal, and the row is read from the note.
    assert_all_stated(&[
        (
            "※ 2번 게시물은 당초 임시조치하였으나, 9월 24일 작성자 소명 기간이 끝나 삭제로 조치 결과가 변경되었습니다.",
            Status::Removed,
        ),
        ("삭제로 조치 결과가 변경되었습니다.", Status::Removed),
        (
            "원래 블라인드 처리했지만 검토 후 삭제했습니다.",
            Status::Removed,
        ),
    ]);
    // What came of the first measure, unread, leaves it no longer standing.
    use crate::extract::status::{Said, said};
    assert_eq!(
        said("당초 삭제하였으나, 이의제기로 복구되었습니다.", &[]),
        Said::Hedged(Status::Removed)
    );
    let x = extract_raw(
        "From: a@x.com\nSubject: Re: KCSC-240919-04\nMessage-ID: <nv@x.com>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>요청번호 KCSC-240919-04 의 조치 결과를 회신드립니다.</p><table><tr><th>번호</th><th>URL</th><th>조치 결과</th><th>사유</th></tr><tr><td>1</td><td>https://cafe.naver.com/g/88213</td><td>삭제</td><td>개인정보 노출</td></tr><tr><td>2</td><td>https://cafe.naver.com/g/88240</td><td>임시조치</td><td>권리침해 소명 접수</td></tr></table><p>※ 2번 게시물은 당초 임시조치하였으나, 9월 24일 작성자 소명 기간이 끝나 삭제로 조치 결과가 변경되었습니다.</p>\n",
    );
    assert_eq!(
        claims_in(&x),
        vec![
            (
                "https://cafe.naver.com/g/88213".to_string(),
                Status::Removed
            ),
            (
                "https://cafe.naver.com/g/88240".to_string(),
                Status::Removed
            ),
        ]
    );
}

#[test]
fn a_refusal_to_say_what_was_done_is_no_receipt() {
    // blind-952: "Thank you for your report regarding KCSC-… We've opened
    // an investigation … For privacy reasons we are not able to share the
    // specifics of any action taken.": the request will get no item-level
    // answer, which staff must see; not a receipt to ignore.
    for body in [
        "Thank you for your report regarding KCSC-240909-06. We've opened an\ninvestigation based on the information you gave us and will take\nappropriate action based on what we find. For privacy reasons we are not\nable to share the specifics of any action taken.\n",
        "신고해 주셔서 감사합니다. 접수된 신고는 검토 후 처리됩니다. 개인정보 보호 정책에 따라 조치 결과는 안내해 드릴 수 없습니다.\n",
    ] {
        let x = reply_to("KCSC-240909-06", body);
        assert_eq!(x.classification, Classification::Other, "{body}");
    }
    // A receipt's usual caveat, "we may not be able to share the outcome",
    // leaves it a receipt.
    let x = reply_to(
        "KCSC-240909-06",
        "We've received your report and it will be reviewed by our Safety team.\nDue to privacy reasons we may not be able to share the outcome of every\nreport.\n",
    );
    assert_eq!(x.classification, Classification::Acknowledgement);
}

#[test]
fn leaving_this_one_up_after_an_entry_dash() {
    // blind-955: a janitor's list, "URL - leaving this one up, it's an
    // argument about elections, nothing illegal in it": kept.
    let x = reply_to(
        "KCSC-240912-06",
        "sup. took care of your list:\n\nhttps://kkachi.example/b/thread/55012 - deleted\nhttps://kkachi.example/pol/thread/9031 - leaving this one up, it's an argument about elections, nothing illegal in it\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://kkachi.example/b/thread/55012", Status::Removed),
            ("https://kkachi.example/pol/thread/9031", Status::Rejected),
        ]
    );
    // Kept for a while, to be looked at again, is no refusal.
    use crate::extract::status::{Said, said};
    assert_ne!(
        said("; - leaving it up for now, will check again", &[]),
        Said::Stated(Status::Rejected)
    );
}

#[test]
fn a_hosts_customer_account_suspended_and_a_url_not_on_its_servers() {
    // blind-949 (misses): a host's entries "URL : 해당 고객 호스팅 계정
    // 이용정지, 현재 사이트 접속 불가 상태" (removed) and "URL 은(는) 당사
    // 서버에서 확인되지 않습니다" (not found).
    let x = reply_to(
        "KCSC-240903-02",
        "요청하신 건과 관련하여 아래와 같이 조치하였습니다.\n\n- http://toto-lucky777.example/ : 해당 고객 호스팅 계정 이용정지, 현재 사이트 접속 불가 상태\n- https://bet-haneul.example/event/join.php : 웹 파일 삭제 완료\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("http://toto-lucky777.example/", Status::Removed),
            ("https://bet-haneul.example/event/join.php", Status::Removed),
        ]
    );
    let x = reply_to(
        "KCSC-240903-02",
        "https://sports-pick24.example/board/view.php?no=318 은(는) 당사 서버에서 확인되지 않습니다. 해당 도메인은 2024년 7월 당사 서비스를 해지하고 타사로 이전되었습니다.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![(
            "https://sports-pick24.example/board/view.php?no=318",
            Status::NotFound
        )]
    );
    // Not a violation that could not be confirmed, nor a suspension still
    // to come.
    use crate::extract::status::{Said, said};
    assert_eq!(
        said("위반 사항이 당사 서버에서 확인되지 않았습니다", &[]),
        Said::Nothing
    );
    assert_ne!(
        said("고객 호스팅 계정 이용정지 예정", &[]),
        Said::Stated(Status::Removed)
    );
}

#[test]
fn a_url_in_angle_brackets_alone_on_its_line_is_no_label() {
    // blind-960: "The messages at\n<URL1> and\n<URL2>\nhave been removed
    // from the channel.": the short bracketed URL on its own line was taken
    // for a label ("<삭제 완료>"), which ends a sentence, so URL1 was
    // unread.
    let x = reply_to(
        "KCSC-240905-04",
        "Hello,\n\nThe messages at\n<https://t.me/harbor_signals/412> and\n<https://t.me/harbor_signals/415>\nhave been removed from the channel.\n\n<https://t.me/violet_depot/2045> remains accessible: the post\nquotes a news article and does not break our rules.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://t.me/harbor_signals/412", Status::Removed),
            ("https://t.me/harbor_signals/415", Status::Removed),
            ("https://t.me/violet_depot/2045", Status::Rejected),
        ]
    );
}

#[test]
fn an_and_that_ends_a_list_of_urls_opening_a_clause_cuts_nothing() {
    // blind-966: "… item 4 could not be located, and the rest remain under
    // review", the rest read as URL5 … URL12 by their places: "…, and URL5,
    // URL6 and URL7 remain under review" gave URL5 and URL6 the "could not
    // be located" before them, as the bare "and" before URL7 was taken for
    // the start of URL7's own clause.
    let x = reply_to(
        "KCSC-240903-01",
        "https://t.me/a/1 was blocked, https://t.me/a/4 could not be located, and https://t.me/a/5, https://t.me/a/6 and https://t.me/a/7 remain under review.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://t.me/a/1", Status::Removed),
            ("https://t.me/a/4", Status::NotFound),
        ]
    );
    assert_eq!(
        x.hedged,
        vec!["https://t.me/a/5", "https://t.me/a/6", "https://t.me/a/7"]
    );
    // A bare "and" after a clause with words of its own still starts the
    // next URL's clause.
    let x = reply_to(
        "KCSC-240903-01",
        "https://t.me/a/3 has been withheld in South Korea under local law and https://t.me/a/4 remains available because it does not break our Terms.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://t.me/a/3", Status::Restricted),
            ("https://t.me/a/4", Status::Rejected),
        ]
    );
}

#[test]
fn korean_respectively_with_its_measures_joined_by_mit() {
    // blind-966: "URL1, URL2 게시물은 각각 게시중단 및 임시조치
    // 처리되었습니다": "각각" over two measures joined by "및", in order.
    let x = reply_to(
        "KCSC-240905-02",
        "안녕하세요.\n\nhttps://cafe.daum.net/greenlamp/Ab12/301, https://cafe.daum.net/greenlamp/Ab12/305 게시물은 각각 게시중단 및 임시조치 처리되었습니다.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://cafe.daum.net/greenlamp/Ab12/301", Status::Removed),
            (
                "https://cafe.daum.net/greenlamp/Ab12/305",
                Status::Restricted
            ),
        ]
    );
}

#[test]
fn gone_in_words_of_no_act_then_by_whose_hand_in_the_next_sentence() {
    // blind-964: "The message link you sent (URL) no longer\nresolves. The
    // message had been deleted by its author before our team could\nreview
    // it, so there is no content left for us to action.": not found.
    let url =
        "https://discord.com/channels/1180442200000000001/1180442200000000002/1283300000000000003";
    let x = reply_to(
        "KCSC-240905-01",
        &format!(
            "Hi,\n\nThe message link you sent ({url}) no longer\nresolves. The message had been deleted by its author before our team could\nreview it, so there is no content left for us to action.\n"
        ),
    );
    assert_eq!(url_statuses(&x), vec![(url, Status::NotFound)]);
    // The next sentence that says the platform took it down leaves it
    // removed.
    let x = reply_to(
        "KCSC-240905-01",
        &format!(
            "Hi,\n\nThe message link you sent ({url}) no longer\nresolves. It was removed by our team for violating our Community Guidelines.\n"
        ),
    );
    assert_eq!(url_statuses(&x), vec![(url, Status::Removed)]);
}

#[test]
fn a_member_who_erased_it_and_a_named_url_that_is_its_own_topic() {
    // blind-969: "모두의공원 게시물 URL1 은 운영자 삭제했고,\n회원중고장터
    // 게시물 URL2 은 회원이 이미 스스로 지워서 남아 있지 않습니다.": URL2
    // was erased by the member who posted it (not found), and its own
    // clause, its topic named by a few words, never takes the act above.
    let body = |second: &str| {
        format!(
            "요청하신 두 게시물 확인했습니다.\n모두의공원 게시물 https://www.clien.net/service/board/park/18822104 은 운영자 삭제했고,\n회원중고장터 게시물 https://www.clien.net/service/board/sold/18823390 은 {second}\n"
        )
    };
    let x = reply_to(
        "KCSC-240912-02",
        &body("회원이 이미 스스로 지워서 남아 있지 않습니다."),
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            (
                "https://www.clien.net/service/board/park/18822104",
                Status::Removed
            ),
            (
                "https://www.clien.net/service/board/sold/18823390",
                Status::NotFound
            ),
        ]
    );
    let x = reply_to("KCSC-240912-02", &body("아직 판단을 못 했습니다."));
    assert_eq!(
        url_statuses(&x),
        vec![(
            "https://www.clien.net/service/board/park/18822104",
            Status::Removed
        )]
    );
    // "회원 삭제" may be the member's account, deleted by the site.
    use crate::extract::status::{Said, said};
    assert_ne!(
        said("회원 삭제 처리했습니다.", &[]),
        Said::Stated(Status::NotFound)
    );
}

#[test]
fn a_url_that_ends_its_line_is_the_subject_of_the_verb_below() {
    // blind-972: "Both of the @owlcrest_shop posts in your request were
    // actioned: <URL1>\nwas withheld in South Korea, and <URL2> was
    // removed.": URL1's status is the clause that opens the next line, not
    // the lead's "actioned"; URL2's clause begins after ", and", and the
    // sentence read whole no longer scopes it to Korea.
    for (a, b) in [("<", ">"), ("", "")] {
        let body = format!(
            "Hello,\n\nBoth of the posts in your request were actioned: {a}https://x.com/o/status/1830412200000000408{b}\nwas withheld in South Korea, and {a}https://x.com/o/status/1830412200000000409{b} was removed.\n"
        );
        let x = reply_to("KCSC-240903-01", &body);
        assert_eq!(
            url_statuses(&x),
            vec![
                (
                    "https://x.com/o/status/1830412200000000408",
                    Status::Restricted
                ),
                (
                    "https://x.com/o/status/1830412200000000409",
                    Status::Removed
                ),
            ],
            "{body}"
        );
    }
    // A clause that goes on to the next line still takes its scope there.
    let x = reply_to(
        "KCSC-240903-01",
        "We removed https://x.com/o/status/1, and https://x.com/o/status/2 has been made unavailable to\nusers in Korea.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://x.com/o/status/1", Status::Removed),
            ("https://x.com/o/status/2", Status::Restricted),
        ]
    );
}

#[test]
fn a_url_line_that_breaks_off_on_a_word_no_sentence_ends_on() {
    // blind-978: "The third one no\nlonger exists.", the third one read by
    // its place as URL3: "URL3 no" goes on to the next line.
    let x = reply_to(
        "KCSC-240911-03",
        "Hello,\n\nhttps://t.me/i/87 no\nlonger exists.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://t.me/i/87", Status::NotFound)]
    );
    // A row led by its URL that ends on a word of its own stays a row.
    let x = reply_to(
        "KCSC-240911-03",
        "https://t.me/i/87 deleted\nhttps://t.me/i/88 deleted\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://t.me/i/87", Status::Removed),
            ("https://t.me/i/88", Status::Removed),
        ]
    );
}

#[test]
fn a_hosts_service_suspended_for_its_customer() {
    // blind-979 (a miss): "URL 은(는) 해당 고객의 호스팅 서비스를 이용정지하여
    // 현재 사이트 전체가 접속되지 않습니다": the host stopped the service
    // that served it.
    let x = reply_to(
        "KCSC-240904-02",
        "http://onnuri-bet.kr/notice.php?id=77 은(는) 해당 고객의 호스팅 서비스를 이용정지하여 현재 사이트 전체가 접속되지 않습니다.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("http://onnuri-bet.kr/notice.php?id=77", Status::Removed)]
    );
    use crate::extract::status::{Said, said};
    assert_ne!(
        said("호스팅 서비스를 이용정지할 예정입니다.", &[]),
        Said::Stated(Status::Removed)
    );
}

#[test]
fn a_note_that_the_url_remains_visible_in_korea_contradicts_withheld() {
    // blind-984: a table row "URL | Withheld - KR", then "Please note that
    // URL remains visible to users in Korea.": the two disagree, and the
    // email goes to a person.
    let url = "https://x.com/toto_daily77/status/1830400012345678901";
    let x = reply_to(
        "KCSC-240904-01",
        &format!(
            "Hello,\n\nURL                                                     | Action\n--------------------------------------------------------+---------------\n{url}  | Withheld - KR\n\nPlease note that {url} remains visible to users in Korea.\n"
        ),
    );
    assert!(x.claims.is_empty(), "{:?}", claims_in(&x));
    assert_eq!(x.conflicts.len(), 1);
    use crate::extract::status::{Said, said};
    assert_eq!(
        said("; remains visible to users in Korea.", &[]),
        Said::Stated(Status::Rejected)
    );
}

#[test]
fn a_url_that_ends_its_line_takes_the_whole_sentence_below_it() {
    // blind-94, after 566b36a7: "The post URL\nis no longer available on
    // X; it was deleted by the account holder before our\nreview.": the
    // sentence below, over the lines it takes, not its first clause alone
    // (which read "no longer available" as removed).
    let x = reply_to(
        "KCSC-240902-01",
        "We have reviewed the posts you reported. The post\nhttps://x.com/h/status/1830123456789012399 has been removed for violating our rules on\nprivate information. The post https://twitter.com/p/status/1829900011122233344\nis no longer available on X; it was deleted by the account holder before our\nreview.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            (
                "https://x.com/h/status/1830123456789012399",
                Status::Removed
            ),
            (
                "https://twitter.com/p/status/1829900011122233344",
                Status::NotFound
            ),
        ]
    );
}

#[test]
fn a_url_that_ends_its_line_under_a_lead_that_breaks_off_or_a_list_mark() {
    // After 566b36a7 (blind-166, blind-123, blind-24): the reading of the
    // sentence below a URL that ends its line must not be undone by the
    // lead above it ("The other post you reported,\nURL\nhad already been
    // deleted by its author …"), nor replace the whole sentence of a URL a
    // sentence wraps through ("the Instagram post at\nURL\nwas removed …").
    let x = reply_to(
        "KCSC-240906-05",
        "We've removed the post at\nhttps://www.reddit.com/r/a/comments/1/x/\nfor violating Reddit's Content Policy.\n\nThe other post you reported,\nhttps://www.reddit.com/r/b/comments/2/y/\nhad already been deleted by its author before we reviewed it, so no action\nwas needed on our end.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![
            ("https://www.reddit.com/r/a/comments/1/x/", Status::Removed),
            ("https://www.reddit.com/r/b/comments/2/y/", Status::NotFound),
        ]
    );
    let x = reply_to(
        "KCSC-240910-01",
        "2) The cafe article at\nhttps://cafe.naver.com/c/18501\nhas been blinded (블라인드) and is no longer visible to any user,\nincluding members of the cafe.\n",
    );
    assert_eq!(
        url_statuses(&x),
        vec![("https://cafe.naver.com/c/18501", Status::Removed)]
    );
}

#[test]
fn we_need_one_of_the_following_over_a_list_asks() {
    // blind-991: "Thank you for your notice KCSC-…. FileCrate is
    // established in the Netherlands, and before we can act on a request
    // from a foreign authority\nwe need one of the following:\n\n  - a court
    // order …": it asks, and was ignored as a receipt.
    let x = reply_to(
        "KCSC-240904-02",
        "Dear KCSC,\n\nThank you for your notice KCSC-240904-02. FileCrate is established in the\nNetherlands, and before we can act on a request from a foreign authority\nwe need one of the following:\n\n  - a court order or administrative decision naming the files, or\n  - a statement of the legal provision each file breaches, per file.\n\nPlease also confirm that the sender is authorised to make this request\non behalf of the Commission. Once we have this we will take it from there.\n",
    );
    assert_eq!(x.classification, Classification::RequestForInfo);
    assert!(x.asks.is_some());
}
