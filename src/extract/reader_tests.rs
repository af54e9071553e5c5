//! Unit tests of the whole-email rules of `extract` (classification,
//! wrapped URLs); phrase and layout rules are tested beside their code.

use super::*;

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
    // Prose after a URL ending in '/', or a quoted line, is not joined.
    let got = join_wrapped_urls(lines(
        "> https://t.me/chan/\n> 1006\nhttps://t.me/chan/\n삭제되었습니다",
    ));
    assert_eq!(got.len(), 4);
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
    // A promise is not a receipt either.
    assert!(!says_only_receipt(
        "We will remove https://t.me/c/1 within 24 hours.",
        &[]
    ));
    // "X is under review" is about the item, not a receipt.
    assert!(!says_only_receipt(
        "https://t.me/c/1 게시물은 현재 검토 중입니다.",
        &[]
    ));
}
