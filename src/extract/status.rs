//! Status language: which status a sentence states, in English or Korean, and
//! whether it really states it (negations, future tense, conditions and
//! "under review" state nothing yet).

use std::sync::{LazyLock, OnceLock};

use regex::{Regex, RegexSet};

use super::ascii_b;

use crate::status::Status;

/// What a piece of text says about status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// A plain statement that the content now has this status.
    Stated(Status),
    /// A status word that is negated, hedged or in the future: not a confirmation.
    Hedged(Status),
    Nothing,
}

struct Phrase {
    pattern: String,
    // Compiled on the first text the phrase set finds it in: most phrases
    // never occur in a given mailbox, and compiling all 344 up front held
    // about 26 MB for the life of the process (BENCHMARKS.md, session 25).
    re: OnceLock<Regex>,
    status: Status,
}

impl Phrase {
    fn re(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(&self.pattern).expect("built-in phrase regex"))
    }
}

fn phrases(list: &[(&str, Status)]) -> Vec<Phrase> {
    list.iter()
        .map(|(p, s)| Phrase {
            pattern: format!("(?i){}", ascii_b(p)),
            re: OnceLock::new(),
            status: *s,
        })
        .collect()
}

/// Who deleted content of their own (the author, the uploader, a channel's
/// own admins), as opposed to the platform acting on it.
const AGENT: &str = r"(?:(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:original\s+)?(?:(?:channel|group|community|subreddit|page|server|account|post|video|blog|cafe|board|thread|site|website|gallery|domain)(?:'s|’s)?\s+)?(?:own\s+)?(?:authors?|owners?|uploaders?|posters?|users?|creators?|writers?|publishers?|streamers?|broadcasters?|bloggers?|pinners?|account\s+holders?|registrants?|holders?|op|thread\s+starters?)|(?:the\s+|its\s+|their\s+)?(?:channel|group|chat|community|subreddit|page|server)(?:'s|’s)?\s+(?:own\s+)?(?:admins?|administrators?|moderators?|mods)|the\s+(?:(?:cafe|group|channel|community|board|forum|server|blog|gallery)\s+)?(?:person|people|user|account|member|writer|page|channel|profile|group|blog)\s+(?:who|that|which)\s+(?:had\s+)?(?:shared|posted|uploaded|created|wrote|asked|saved|pinned|published|made)\s+(?:it|them|this|the\s+\w+)|whoever\s+(?:shared|posted|uploaded|created|wrote|saved|pinned|published|made)\s+(?:it|them|this|the\s+\w+)|(?:the|its|their)\s+(?:(?:cafe|group|community|forum|site|board|club|gallery)\s+)?members?)\b";

// "This content isn't available anymore. It may have been deleted by the
// person who shared it": gone for certain, by its own side probably; either
// way the platform found nothing to act on.
static GONE_BY_ITS_SIDE: LazyLock<(Regex, Regex)> = LazyLock::new(|| {
    (
        Regex::new(&ascii_b(
            r"(?i)\b(?:isn't|is\s+not|are\s+not|aren't|no\s+longer)\s+(?:available|accessible)\b|\b(?:doesn't|does\s+not|no\s+longer)\s+exists?\b|\bcontent\s+unavailable\b",
        ))
        .expect("built-in regex"),
        Regex::new(&ascii_b(&format!(
            r"(?i)\b(?:(?:may|might|could|probably|likely|appears?\s+to|seems?\s+to)\s+(?:have\s+)?|(?:was|were|had|has|have)\s+(?:already\s+)?(?:been\s+)?)(?:already\s+)?(?:deleted|removed|taken\s+down)\s+by\s+{AGENT}|\b(?:we\s+)?(?:could\s*(?:not|n't)|were\s+unable\s+to|are\s+unable\s+to)\s+(?:locate|find)\s+(?:it|them|the\s+(?:content|post|video|message|page))\b|[:;,–—(（]\s*(?:already\s+)?(?:deleted|removed|taken\s+down)\s+by\s+{AGENT}|\b(?:because|as|since)\s+{AGENT}\s+(?:had\s+|has\s+|have\s+)?(?:already\s+)?(?:deleted|removed|took\s+down|took\s+(?:it|them)\s+down|closed|deactivated|terminated)\b"
        )))
        .expect("built-in regex"),
    )
});

// Order matters only for overlapping phrases: the first match in the text wins,
// and among matches at the same place the longer one.
static PHRASES: LazyLock<Vec<Phrase>> = LazyLock::new(|| {
    use Status::*;
    phrases(&[
        // rejected (several contain "not": they are whole phrases, not negations)
        (r"\bno\s+(?:policy\s+)?violations?\b", Rejected),
        // "We found nothing on the page that breaks our Acceptable Use
        // Policy", "we found no evidence of phishing": a finding that keeps
        // the content up.
        (
            r"\bfound\s+nothing\s+(?:(?:on|in|at)\s+(?:the|this|that|it|its|these|those)\b[^.;:]{0,40}?\s)?that\s+(?:breaks|violates|breaches|infringes|contravenes|goes\s+against)\b",
            Rejected,
        ),
        // ("We have not found evidence of phishing", "… anything illegal on
        // the page": no breach found, not a lost page.)
        (
            r"(?:\b(?:found|find|saw|see)\s+no|(?:\bnot|n't|\bnever)\s+(?:found|find|seen|see)\s+(?:any\s+)?)\s*evidence\s+(?:of|that)\s+(?:any\s+|a\s+)?(?:phishing|fraud|scam|malware|abuse|violations?|infringement|illegal|unlawful|wrongdoing)\b|(?:\bnot|n't|\bnever)\s+(?:found|seen)\s+anything\s+(?:illegal|unlawful|violating|infringing|abusive|malicious|fraudulent)\b",
            Rejected,
        ),
        // ("does not appear to break our Terms of Service": the seeming
        // is the reviewer's finding, the usual wording of a refusal.)
        (
            r"\b(?:does|do|did)\s*(?:not|n't)\s+(?:(?:appear|seem)\s+to\s+)?(?:violate|break|breach|contravene|infringe)\b|\b(?:violates?|breaks?|breach(?:es)?|infringes?|contravenes?)\s+neither\b",
            Rejected,
        ),
        // "after a legal review we did not find grounds to restrict it under
        // local law", "we were unable to find a legal basis to remove or
        // restrict this content": no basis to act, a refusal.
        (
            r"(?:\b(?:did|could|do|can)\s*(?:not|n't)|\b(?:was|were|is|are|am)\s+(?:not\s+able|unable)\s+to|\b(?:have\s+|has\s+)?failed\s+to)\s+find\s+(?:any\s+|sufficient\s+|a\s+|an\s+)?(?:legal\s+|valid\s+|adequate\s+|sufficient\s+)?(?:grounds?|basis|reason)\s+(?:to|for)\s+(?:restrict|remove|block|withhold|delete|act|take\s+(?:any\s+)?action|restricting|removing|blocking|withholding)\b",
            Rejected,
        ),
        // "it does not contain anything that violates the Telegram Terms of
        // Service", "contains nothing that breaks our rules", "neither of
        // them contains material that breaks …".
        (
            r"\b(?:does|do|did)\s*(?:not|n't)\s+contain\s+(?:anything|any\s+(?:content|material)|content|material)\s+(?:that|which)\s+(?:violates?|breaks?|breach(?:es)?|contravenes?|infringes?|goes\s+against)\b|\bcontains?\s+nothing\s+(?:that|which)\s+(?:violates?|breaks?|breach(?:es)?|contravenes?|infringes?|goes\s+against)\b|\b(?:neither|none)\s+of\s+(?:them|these|those|the\s+\w+)\s+contains?\s+(?:anything|any\s+\w+|material|content)\s+(?:that|which)\s+(?:violates?|breaks?|breach(?:es)?|contravenes?|infringes?|goes\s+against)\b",
            Rejected,
        ),
        (r"\bnot\s+(?:in\s+)?violat(?:e|es|ing|ion)\b", Rejected),
        // "we will not be removing or withholding this post": a decision.
        (
            r"\b(?:will\s+not|won't)\s+be\s+(?:removing|taking\s+down|withholding|restricting|blocking|deleting|taking\s+(?:any\s+)?action)\b",
            Rejected,
        ),
        // "so we are not suspending the domain.": the decision, in the
        // present, ending its sentence ("We are not removing it while our
        // review is ongoing" is no decision yet).
        (
            r"\b(?:we\s+are|we're)\s+(?:therefore\s+|thus\s+|accordingly\s+)?not\s+(?:removing|taking\s+down|withholding|restricting|blocking|deleting|suspending|disabling|taking\s+(?:any\s+)?action\s+(?:on|against))\s+(?:it|them|this|that|(?:the|this|that)\s+(?:\w+\s+)?\w+|[\w-]+(?:\.[\w-]+)+|;)\s*(?:[.;!]|$)",
            Rejected,
        ),
        // "Both of these now return our HTTP 403 suspension page": the
        // host's own page for what it took down.
        (
            r"\bnow\s+(?:returns?|shows?|serves?|displays?|gives?)\s+(?:our|a|an|the)\s+(?:http\s+)?(?:403\s+|451\s+|410\s+)?(?:account[- ])?(?:suspension|suspended|blocked|removal|takedown|abuse)\s+(?:page|notice|message|screen)\b",
            Removed,
        ),
        // "운영정책 위반으로 게시가 중단되었습니다": its posting stopped.
        (r"게시(?:가|이)\s*중단(?:되었|됐|됨|되어|처리)", Removed),
        // "Not present on the server": a host's check found no such file.
        (
            r"\b(?:no\s+longer|not)\s+present\s+(?:on|in|at)\s+(?:the|our|this)\s+(?:servers?|platform|site|service|storage|system|bucket|disk)\b",
            NotFound,
        ),
        // "We will not take action on this content": a decision, said in
        // the future (a condition after it, "until we receive …", still
        // hedges it).
        (
            r"\b(?:will\s+not|won't)\s+(?:be\s+)?tak(?:e|ing)\s+(?:any\s+)?(?:further\s+)?action\b",
            Rejected,
        ),
        // "was found not to violate our Community Guidelines".
        (
            r"\b(?:found|determined|deemed|considered|assessed|judged)\s+not\s+to\s+(?:be\s+in\s+violation|violate|breach|infringe|contravene)\b",
            Rejected,
        ),
        (r"\bnot\s+(?:against|contrary\s+to)\s+our\b", Rejected),
        // "dismissed (not against rules)" in a mod log; "report dismissed".
        (
            r"\bnot\s+(?:against|contrary\s+to)\s+(?:the\s+|any\s+)?(?:site\s+|board\s+)?(?:rules|guidelines|terms|policies|policy|tos)\b|\b(?:report|complaint|flag)s?\s+(?:#\S+\s+)?(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?dismissed\b",
            Rejected,
        ),
        (r"\bdeclin(?:e|ed|ing)\b", Rejected),
        // "We refused to block requests from Korea": as declined.
        (
            r"\brefus(?:e|ed|ing)\s+to\s+(?:remove|delete|take\s+down|block|geo-?block|restrict|withhold|disable|act\b|take\s+(?:any\s+)?action)",
            Rejected,
        ),
        (
            r"\b(?:unable|not\s+able)\s+to\s+(?:take\s+)?act(?:ion)?\b",
            Rejected,
        ),
        (
            r"\b(?:cannot|can't|can\s+not)\s+(?:take\s+)?act(?:ion)?\b",
            Rejected,
        ),
        (
            r"\bno\s+action\s+(?:was\s+|will\s+be\s+|has\s+been\s+)?taken\b",
            Rejected,
        ),
        (r"\bno\s+action\b", Rejected),
        // "해당없음(정상 게시물)": not a case for a measure, a normal post.
        (
            r"(?:해당\s*없음|조치\s*대상\s*아님|대상\s*아님)\s*[(（]\s*(?:정상|위반\s*(?:사항\s*)?없음|위법\s*(?:성\s*)?없음|위법\s*아님)",
            Rejected,
        ),
        // "청소년 유해 표시 후 성인 인증 시에만 열람 가능하도록 제한": an age
        // gate.
        (
            r"(?:성인|연령|본인|\d{2}\s*세\s*이상)\s*인증[^.。]{0,20}?(?:열람|시청|이용|접근|접속|재생)\s*(?:이\s*)?(?:가능|할\s*수\s*있)|청소년\s*유해\s*(?:표시|설정|지정|매체물\s*(?:표시|지정))|\d{2}\s*세\s*이상\s*인증\s*후\s*(?:재생|시청|열람)",
            Restricted,
        ),
        // "휴지통 이동 (일반 회원 비공개)", "판매중지 및 상품 비노출 처리":
        // taken out of view by the operator.
        (
            r"휴지통\s*(?:으로\s*)?(?:이동|처리)|판매\s*중지\s*(?:및|,)?\s*(?:상품\s*)?비노출|(?:상품|게시물|게시글|글)\s*비노출\s*(?:처리|조치)|비노출\s*[(（]\s*블라인드\s*[)）]",
            Removed,
        ),
        // "People located in South Korea now see a notice in place of the
        // account": X's country-withheld notice, described.
        (
            r"\b(?:people|users|visitors|viewers|anyone)\s+(?:located\s+|based\s+)?in\s+(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr)\s+(?:now\s+|will\s+)?(?:see|get|are\s+shown)\s+(?:a|an|the)\s+[^.;]{0,30}?(?:notice|message|banner|interstitial)\s+(?:in\s+place\s+of|instead\s+of)\b",
            Restricted,
        ),
        // "The country withholding of URL in South Korea is unchanged": a
        // restriction said before to stand as it was.
        (
            r"\b(?:country[-\s]|geo-?|territorial\s+|age[-\s])?(?:withholding|restriction|geo-?block(?:ing)?|age[-\s]gate)\s+(?:of|on)\b(?:[^.;!?]|\s;\s){0,120}?\b(?:is|remains|stays)\s+(?:unchanged|in\s+place|in\s+effect|in\s+force)\s*(?:[.;!]|$)",
            Restricted,
        ),
        // "KR-BLOCKED" in a table's result column.
        (
            r"\b(?:kr|korea|south\s+korea)[-\s](?:blocked|restricted|withheld|geo-?blocked|only\s+block(?:ed)?)\b",
            Restricted,
        ),
        // "requests from Korea for URL are now refused at our edge
        // (geo-restriction for KR)": a CDN's block by country.
        (
            r"\b(?:requests?|traffic|connections?|access|visitors?)\s+from\s+(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr|korean\s+ip\s+addresses)\b[^.;]{0,60}?\b(?:are|is)\s+(?:now\s+)?(?:refused|denied|dropped|blocked)\b|\bgeo-?(?:restriction|block|blocking|fence|fencing)\s+(?:for|in|on)\s+(?:kr|korea|south\s+korea)\b",
            Restricted,
        ),
        // "Viewers must now be signed in and at least 18 years old to watch
        // it": an age gate, described.
        (
            r"\b(?:viewers|users|people|visitors|readers)\s+(?:must|need\s+to|have\s+to|will\s+need\s+to)\s+(?:now\s+)?(?:be\s+)?(?:signed\s+in|logged\s+in|age[-\s]verified|verified\s+adults?|(?:at\s+least|over)\s+1[89])\b[^.;]{0,40}?\bto\s+(?:watch|view|see|access|open)\b",
            Restricted,
        ),
        // "국내 접속이 제한되도록 조치하였습니다": blocked in Korea (before
        // the generic "조치하였습니다").
        (
            r"(?:국내|한국|대한민국)\s*(?:내\s*|에서(?:의)?\s*)?(?:접속|접근|열람|시청|이용|액세스)(?:이|을|가)?\s*(?:제한|차단)",
            Restricted,
        ),
        // "국가별 이용 제한 (대한민국)": a block by country.
        (
            r"(?:국가별|지역별)\s*(?:이용|시청|접근|접속|노출|콘텐츠)\s*(?:제한|차단)",
            Restricted,
        ),
        // "We have decided not to restrict the channel": a decision.
        (
            r"\b(?:decided|chosen|chose|opted|elected)\s+not\s+to\s+(?:restrict|remove|block|geo-?block|withhold|delete|take\s+down|act\s+on|take\s+(?:any\s+)?action)\b",
            Rejected,
        ),
        // A statement of reasons' "Decision: No restriction".
        (
            r"\b(?:decision(?:\s+type)?|outcome|result|action\s+taken)\s*[:：]\s*no\s+(?:restriction|removal|measure|moderation\s+action|enforcement\s+action)s?\b",
            Rejected,
        ),
        // A statement of reasons' "Decision: no restriction applied", "no
        // measure taken"; the ground "found compatible with our terms".
        (
            r"\bno\s+(?:restriction|measure|removal|moderation\s+action|enforcement\s+action)s?\s+(?:was\s+|has\s+been\s+)?(?:applied|taken|imposed)\b",
            Rejected,
        ),
        (
            r"\b(?:found|deemed|considered|assessed\s+as)\s+(?:to\s+be\s+)?compatible\s+with\s+(?:our|the)\b",
            Rejected,
        ),
        // "EdgeShield is taking no further action on this URL".
        (
            r"\b(?:taking|take|took|will\s+(?:(?:therefore|thus|accordingly|consequently|hence|also)\s+)?take)\s+no\s+(?:further\s+)?action\b",
            Rejected,
        ),
        // A refusal after its reason: "Your complaint concerns the content of
        // the site rather than DNS abuse, so … we will not suspend the
        // domain" (a pending reason before it is no refusal: see
        // `phrase_is_hedged`).
        (
            r"\b(?:so|therefore|thus|hence|accordingly)\b[^.;!?]{0,100}?\b(?:we|i)\s+(?:will|would|can|could|do|did|shall)\s*(?:not|n't)\s+(?:suspend|remove|delete|take\s+down|block|restrict|withhold|disable|act\s+on|take\s+action)\b",
            Rejected,
        ),
        (r"\brejected\b", Rejected),
        (r"\bnot\s+actionable\b", Rejected),
        (
            r"\b(?:did|do|does|could)\s*(?:not|n't)\s+(?:find|identify|see)\s+(?:a|any)\s+(?:policy\s+)?(?:violations?|breach(?:es)?\s+of)\b|\b(?:did|do|does|could)\s*(?:not|n't)\s+(?:find|identify|see)\s+(?:the|any)\s+(?:\w+\s+){0,2}(?:statements?|claims?|violations?|infringements?|defamation|breach(?:es)?|illegal\s+\w+|unlawful\s+\w+)\s+(?:described|alleged|mentioned|cited|set\s+out|you\s+(?:described|alleged|mentioned|cited))\b",
            Rejected,
        ),
        (r"\bfound\s+no\s+(?:policy\s+)?violations?\b", Rejected),
        (
            r"\b(?:reinstated|restored|reactivated|unsuspended|unblocked)\b",
            Rejected,
        ),
        // A refused removal with its reason ("we will not remove X because it
        // does not break our rules") is a decision, not a hedge.
        (
            r"\b(?:will|would|did|do|does|can|could|shall)\s*(?:not|n't)\s+(?:remove|delete|take\s+down|block|restrict|withhold|act\s+on)\b(?:[^.;!?]|\s;\s){0,200}?\b(?:because|as|since|given\s+that)\b",
            Rejected,
        ),
        (
            r"\bwon't\s+(?:remove|delete|take\s+down|block|restrict|withhold|act\s+on)\b(?:[^.;!?]|\s;\s){0,200}?\b(?:because|as|since|given\s+that)\b",
            Rejected,
        ),
        // "We have not removed X because it does not violate …", "URL has
        // not been removed, as we did not find that it breaks …" (the
        // participle form; a bare "as" is left out: "not removed as yet").
        (
            r"\b(?:have|has|had)\s*(?:not|n't|neither)\s+(?:been\s+)?(?:removed|deleted|taken\s+down|blocked|restricted|withheld|acted\s+on|taken\s+(?:any\s+)?action(?:\s+on)?)\b(?:[^.;!?]|\s;\s){0,200}?\b(?:because|since|given\s+that|as\s+(?:it|they|this|these|the|there|we|in\s+our\s+(?:assessment|view|opinion|judge?ment)))\b",
            Rejected,
        ),
        // Korean portals: the post "stays posted" (게시 유지), or no
        // infringement could be confirmed (권리침해 사실이 확인되지 않아).
        (r"게시(?:물)?(?:를|을|가|이|는|은)?\s*유지", Rejected),
        // "개인정보 노출 확인 안 되어 유지합니다": kept, for the reason just
        // given.
        (
            r"(?:되어|돼서|않아|않아서|없어|없어서|어려워|어려워서|아니어서|아니므로|없으므로)\s+(?:게시(?:물|글)?(?:은|는|을|를)?\s*)?(?:그대로\s*)?유지(?:합니다|하겠습니다|함|됩니다|하기로)",
            Rejected,
        ),
        // "채널 전체에 대한 조치 근거가 부족하여 채널은 유지됩니다": no
        // grounds to act, and the channel (video, account) stays up. (Not
        // "유지됩니다만 …", "but …": what follows may be the item's.)
        (
            r"(?:채널|영상|동영상|계정|게시글|페이지|카페|블로그)(?:은|는|이|가|을|를)\s*(?:현재\s*|그대로\s*)?유지(?:됩니다|합니다|하겠습니다|하기로|되고\s*있|하고\s*있|함|됨)(?:$|[^만])",
            Rejected,
        ),
        (
            r"(?:조치|삭제|차단|제재)(?:할)?\s*근거(?:가|는|이)?\s*(?:부족|없|불충분|미흡)",
            Rejected,
        ),
        // "찾아보니 없는 글로 나옵니다" (it shows as a post that does not exist).
        (
            r"(?:없는|존재하지\s*않는)\s*(?:글|게시물|게시글|페이지|영상)(?:로|으로)\s*(?:나옵|나와|나온|확인|표시|조회)",
            NotFound,
        ),
        // "게시중단 요청을 받아들이지 않기로 결정하였습니다" (the request was
        // not accepted). (Not "계속 게시됩니다" alone: "다른 국가에서는 계속
        // 게시됩니다" is the scope of a block in Korea.)
        (
            r"요청(?:을|를)?\s*(?:받아들이지|수용하지|수락하지|인용하지)\s*않",
            Rejected,
        ),
        // "not removed (no breach)", "not actioned, no violation", "Not
        // removed (we found no violation of …)", "not removed - drawn art,
        // no real person, within board rules": a negated act with its
        // reason is a refusal.
        (
            r"\bnot\s+(?:removed|actioned|deleted|blocked|restricted|withheld|taken\s+down|disabled)\s*[(,:;–—-]\s*(?:[^.;!?()]{0,80}?,\s*)?(?:(?:we\s+(?:found|identified|saw|see)|there\s+(?:is|was|were))\s+)?(?:(?:no\s+(?:(?:policy|rule|guidelines?|community\s+guidelines|terms(?:\s+of\s+service)?|tos)\s+)?(?:breach|violation|infringement|rule\s+broken)|does\s*(?:not|n't)\s+(?:violate|breach|break)|not\s+(?:a\s+)?(?:violation|infringing|illegal))\b|(?:(?:it\s+is|it's|is|falls|stays)\s+)?(?:well\s+)?within\s+(?:our\s+|the\s+|its\s+|(?:board|site|community|forum|platform|server)\s+)?(?:rules|guidelines|policies|terms|tos)(?:\s*[.)]|\s*$))",
            Rejected,
        ),
        // "운영정책 위반으로 보기 어렵습니다" (hard to call a breach), "현재
        // 상태로 유지됩니다" (kept as it is).
        (
            r"위반(?:으로|이라고)\s*(?:보기|판단하기|단정하기)\s*어렵|위반(?:한다고|이라고|하는\s*것으로|으로)\s*(?:판단|인정|확인)(?:되지|하지)\s*않|(?:현재|기존)\s*상태(?:로|를|가)?\s*유지",
            Rejected,
        ),
        // "비방 내용이 없어서 그대로 두겠습니다": left as it is, a decision.
        (
            r"그대로\s*(?:두겠|두었|뒀|두기로|둡니다|두고\s*있)",
            Rejected,
        ),
        // "운영규정 위반이 아닌 것으로 보고 유지합니다": judged no breach.
        (r"위반이?\s*아닌\s*것으로\s*(?:보|판단|확인)", Rejected),
        (
            r"(?:권리\s*)?침해\s*(?:사실|여부)?(?:이|가)?\s*(?:확인되지|인정되지)\s*않",
            Rejected,
        ),
        (
            r"\b(?:decided|chosen|chose|choose)\s+not\s+to\s+(?:take\s+(?:any\s+)?action|act|remove|take\s+(?:it|them)\s+down)\b",
            Rejected,
        ),
        (
            r"\b(?:are|is|were|was)\s+(?:therefore\s+|thus\s+|accordingly\s+|so\s+)?not\s+taking\s+(?:any\s+)?action\b",
            Rejected,
        ),
        (
            r"\b(?:will\s+not|won't)\s+be\s+taking\s+(?:any\s+)?action\b",
            Rejected,
        ),
        (r"\bno\s+(?:breach|infringement)\b", Rejected),
        // "Left up (no rule broken, it's satire):".
        (
            r"\bno\s+rules?\s+(?:was\s+|were\s+)?(?:broken|violated|breached)\b",
            Rejected,
        ),
        (r"^\W*left\s+(?:up|online|in\s+place)\b", Rejected),
        // "It … breaks none of our terms", "breaks no part of our Acceptable
        // Use Policy".
        (
            r"\b(?:breaks|broke|violates|violated|breaches|breached)\s+none\s+of\s+(?:our|the)\b|\b(?:breaks|broke|violates|breaches|contravenes)\s+no\s+(?:\w+\s+)?(?:part|provision|section|clause|rule|law|term|policy|guideline)s?\b",
            Rejected,
        ),
        // "Neither video violates our Community Guidelines", "none of the
        // posts breaches our terms".
        (
            r"\b(?:neither|none)\s+(?:of\s+(?:them|these|those|the\s+\w+)\s+|(?:video|post|link|url|item|message|file|page|upload|thread|channel|account|tweet|image)s?\s+)?(?:violates?|breaks?|breaches?|contravenes?|infringes?|goes\s+against|go\s+against)\b",
            Rejected,
        ),
        // "…, and left URL3 available because it breaks neither our
        // policies nor …", "kept URL2 online because it contains no illegal
        // content": left up, with its reason.
        (
            r"\b(?:left|kept)\s+(?:https?://\S+|;|it|them|this\s+\w+|the\s+\w+)\s+(?:up|online|available|accessible|in\s+place)\s+(?:because|as|since)\b",
            Rejected,
        ),
        (r"\bbreaks?\s+neither\b", Rejected),
        // "so we have left it up", "… so we have left it available": the
        // decision, done (not "left it available in other countries").
        (
            r"\b(?:we\s+(?:have\s+)?|we've\s+)(?:left|kept)\s+(?:it|them|this\s+\w+|these\s+\w+|the\s+\w+)\s+(?:up|online|available|accessible|in\s+place)\s*(?:[.;!]|$)",
            Rejected,
        ),
        (
            r"\b(?:does|do|did)\s*(?:not|n't)\s+go\s+against\b",
            Rejected,
        ),
        // "We did not find the content to be in breach of our guidelines.",
        // "we could not find anything on it that breaches our AUP", "we did
        // not identify content that violates our policies".
        // (Through the item's URL, blanked as " ; ": "we did not find that
        // the account URL violates Reddit's Content Policy".)
        (
            r"\b(?:did|do|does|could)\s*(?:not|n't)\s+(?:find|consider|deem|identify|detect)\b(?:[^.;!?]|\s;\s){0,80}?\b(?:in\s+breach|breach(?:es|ed|ing)|breaks?|broke|go(?:es)?\s+against|in\s+violation|violat\w*|infring(?:es|ed|ing)|contraven(?:es|ed|ing)|illegal|unlawful)\b",
            Rejected,
        ),
        (
            r"\b(?:is|are|was|were)\s+not\s+(?:illegal|unlawful)\b",
            Rejected,
        ),
        // The content stays up by decision; only when nothing follows that
        // limits it ("remains available outside Korea", "until our review").
        (
            r"\b(?:decided|chosen|chose)\s+to\s+(?:leave|keep)\b[^.;!?]{0,40}?\b(?:up|online|available|accessible|in\s+place)\s*(?:[.;!]|$|:\s+(?:it|this|they|the\s+\w+)\s+(?:is|are|was|were|does|do|did)\s+(?:not\s+)?(?:a|an|news|satire|commentary|in|against|violat\w*|break\w*|breach\w*)\b)",
            Rejected,
        ),
        // "URL2 was reviewed by our moderators and kept: it discusses …":
        // looked at and left as it was.
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+(?:reviewed|checked|assessed|examined|looked\s+at)(?:\s+by\s+(?:our|the)(?:\s+[\w&-]+){1,2})?\s+and\s+(?:kept|retained|left\s+(?:up|online|in\s+place|as\s+is))(?:\s*(?:[.;:!]|$)|\s+(?:up|online|in\s+place|as\s+is|because|as|since)\b)",
            Rejected,
        ),
        // A result given as a participle ("status: kept online", "Result:
        // left up - no breach"), with nothing after it that limits it.
        (
            r"(?:^|[:：|]\s*|[-–—>]\s*|\brules?,\s*|\b(?:was|were|is|are|been|be)\s+)(?:kept|left)\s+(?:up|online|live|available|accessible|in\s+place|as\s+is)(?:\s*(?:[.;,!)]|$)|\s+(?:[-–—]|because|as|since)\s)",
            Rejected,
        ),
        // "We are keeping URL up. It is a news article …": the decision,
        // in the present.
        (
            r"\b(?:we\s+are|we're|we\s+will\s+be|we\s+have\s+been)\s+(?:keeping|leaving)\b(?:[^.;!?]|\s;\s){0,40}?\b(?:up|online|in\s+place)\s*(?:[.;:!]|$)",
            Rejected,
        ),
        // "… nobody posted anyone's address in it. not deleting it.": the
        // decision, written without its subject.
        (
            r"(?:^|[.;!?]\s+)not\s+(?:deleting|removing|taking\s+down|blocking)\s+(?:it|them|this|that)\s*(?:[.;!]|$)",
            Rejected,
        ),
        // "I'm going to leave it up.", "we'll keep them online.": the
        // decision, as what the writer will do (no more to it than to keep
        // the content where it is).
        (
            r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+going\s+to\s+(?:leave|keep)\s+(?:it|them|this|these|the\s+(?:post|image|file|video|thread|page|paste)s?)\s+(?:up|online)\s*(?:[.;!]|$)|\b(?:i|we)(?:'ll|\s+will)\s+(?:leave|keep)\s+(?:it|them|this|these|the\s+(?:post|image|file|video|thread|page|paste)s?)\s+(?:up|online)\s*(?:[.;!]|$)",
            Rejected,
        ),
        // "… nothing against our rules. leaving it up.": the same, written
        // without its subject, as a sentence of its own; also after an
        // entry's dash, with its reason after a comma ("URL - leaving this
        // one up, it's an argument about elections").
        (
            r"(?:^|[.;!?]\s+)(?:[-–—:]\s+)?(?:keeping|leaving)\s+(?:it|them|this(?:\s+one)?|that\s+one|these|the\s+(?:post|image|file|video|thread|page)s?)\s+(?:up|online)\s*(?:[.;!]|$|,\s+(?:it['’]?s|it\s+is|as|because|since|nothing)\b)",
            Rejected,
        ),
        // "Please note that URL remains visible to users in Korea": not
        // withheld there, which is what we asked.
        (
            r"\b(?:remains?|stays?|is\s+still|are\s+still)\s+(?:visible|available|accessible|viewable)\s+(?:to\s+(?:users|visitors|people|viewers|everyone)\s+)?(?:in|from)\s+(?:south\s+korea|korea|the\s+republic\s+of\s+korea|kr)\b",
            Rejected,
        ),
        (
            r"\b(?:will\s+(?:therefore\s+|thus\s+|also\s+|still\s+|consequently\s+)?remain|remains|will\s+(?:therefore\s+|thus\s+|also\s+|still\s+)?stay|stays|(?:they|both|posts|videos|tweets|items|links|messages|pages|and)\s+(?:remain|stay))\s+(?:(?:up|online|available|accessible|live|active|published)(?:\s+on\s+(?:(?:the|our)\s+(?:platform|service|site)|youtube|x|twitter|telegram|instagram|facebook|tiktok|reddit|discord|naver|daum|tistory))?|on\s+(?:the\s+platform|our\s+platform|the\s+service|our\s+service|the\s+site|our\s+site|youtube|x|twitter|telegram|instagram|facebook|tiktok|reddit|discord|naver|daum|tistory))(?:\s*(?:[.;!:]|$)|,?\s+(?:as|because|since)\b)",
            Rejected,
        ),
        // "Neither URL1 nor URL2 violates the X Rules": both refused.
        (
            r"\bneither\b(?:[^.!?]|\.\S)*?\bnor\b(?:[^.!?]|\.\S)*?\b(?:violates?|breaks?|breach(?:es)?|infringes?|contravenes?|goes\s+against)\s+(?:the|our|any)\b",
            Rejected,
        ),
        // "The invite link URL you provided is invalid or has expired";
        // "the link does not lead to a video".
        (
            // (Not "…, and the invite is no longer valid" after the removal
            // that made it so.)
            r"\b(?:invite|invitation|link|url)\s+(?:;\s*)?(?:you|that\s+you)\s+(?:provided|sent|reported|listed)\s+(?:is|was)\s+(?:invalid|expired|no\s+longer\s+valid)\b|\b(?:is|was)\s+invalid\s+or\s+(?:has\s+)?expired\b|\b(?:link|url)\s+(?:;\s*)?does\s+not\s+(?:lead|point|resolve)\s+to\s+(?:a|an|any)\s+(?:video|post|page|file|message|channel|server|account)\b",
            NotFound,
        ),
        // "아래 주소의 지식iN 게시물은 조회되지 않습니다": the post cannot be
        // found. (Not "삭제되어 조회되지 않습니다", what a measure did.)
        (
            r"(?:게시물|게시글|글|페이지|주소|url|영상|동영상)\s*(?:은|는|이|가)\s*(?:현재\s*)?(?:조회|검색|확인)(?:가|이)?\s*되지\s*않(?:습니다|으며|고|음)",
            NotFound,
        ),
        // A janitor's "-> not against global rules, left up".
        (
            r"\bnot\s+against\s+(?:the\s+|our\s+|any\s+)?(?:global\s+|site\s+|board\s+|server\s+)?rules\b",
            Rejected,
        ),
        // "The origin server answers 404 for this path": nothing there.
        (
            // (Said of the thing itself; "we checked the URL and it now
            // returns a 404" is what a removal left.)
            r"\b(?:origin(?:\s+server)?|server|path|url|link|page)\s+(?:answers|returns|gives|serves|responds\s+with)\s+(?:an?\s+)?(?:http\s+)?(?:error\s+)?404\b",
            NotFound,
        ),
        // A host's "user dir wiped on the shared box".
        (
            // (Not "the folder was deleted by its owner": its own side.)
            r"\b(?:user\s+)?(?:dir|directory|home\s+dir(?:ectory)?)\s+(?:was\s+|has\s+been\s+)?(?:wiped|purged)\b",
            Removed,
        ),
        (r"위반\s*사항\s*(?:이\s*)?없", Rejected),
        // "신고하신 사유(개인정보 노출)에 해당하는 내용을 확인할 수 없어, 게시를
        // 유지하기로 결정하였습니다": nothing in it fits the reason given; a
        // refusal, not content that could not be found.
        (
            r"(?:사유|위반|침해|신고\s*내용)[^.。]{0,30}?에\s*해당하는\s*(?:내용|부분|사항|점)(?:을|이)?\s*(?:확인할\s*수\s*없|확인되지\s*않|찾을\s*수\s*없|발견하지\s*못)",
            Rejected,
        ),
        // A janitor's "leaving this one. … nothing in it breaks the global
        // rules": kept, breaking no rule.
        (
            r"\bnothing\s+(?:in\s+(?:it|them|there|this\s+\w+|the\s+\w+)\s+)?(?:breaks|violates|breaches|goes\s+against|is\s+against)\s+(?:the|our|any)\b",
            Rejected,
        ),
        // "결과: 유지" (a record's result field): kept up.
        (
            r"(?:결과|조치\s*(?:결과|내용)?|처리\s*(?:결과|내용))\s*[:：]\s*(?:게시\s*)?유지(?:\s|$|[.,(（;])",
            Rejected,
        ),
        // "Kept - the archive holds public documents only" (a result cell):
        // left up.
        (
            r"^\W*(?:kept|retained|left\s+(?:up|online|in\s+place|as\s+is))(?:\s*[-–—:(]|\s*$)",
            Rejected,
        ),
        // "We will not take action on it." on its own: the decision.
        (
            r"\b(?:we|i)\s+(?:will|shall)\s*(?:not|n't)\s+(?:be\s+)?(?:take|taking)\s+(?:any\s+)?(?:further\s+)?action\s+(?:on|against)\s+(?:it|them|this|these|that|those|the\s+\w+)\s*(?:[.;!]|$)",
            Rejected,
        ),
        // "처리 결과: 유지 (운영정책 위반 없음)": kept, no breach.
        (r"위반\s*(?:이\s*)?없음", Rejected),
        // (Not `\b` after the Korean word: the phrases' boundaries are
        // ASCII ones, and no ASCII boundary follows a Korean letter.)
        (r"^\W*(?:게시\s*)?유지(?:\s|$|[.,(（;:])", Rejected),
        // "… 판단했습니다. 유지합니다.": the decision, a sentence of its own.
        (
            r"(?:^|[.。!]\s*)(?:게시(?:물|글)?(?:을|를|는|은)?\s*)?(?:그대로\s*)?유지(?:합니다|하겠습니다|함|됩니다)",
            Rejected,
        ),
        // "단순 비판 글이라 삭제 대상이 아니라고 판단했습니다": not a thing
        // the measure applies to.
        (
            r"(?:삭제|조치|제재|차단|게시\s*중단)\s*대상(?:이|에)?\s*(?:아니|해당하지\s*않|해당되지\s*않)",
            Rejected,
        ),
        // "운영정책 위반이 아니어서 그대로 둡니다": left as it is.
        (
            r"위반(?:이|은|사항이)?\s*아니(?:어서|므로|라서|기에|라|며|고)",
            Rejected,
        ),
        (
            r"그대로\s*(?:둡니다|두었|뒀|두기로|둘\s*예정\s*없|유지)",
            Rejected,
        ),
        (
            r"위반(?:되는|하는|한|된)?\s*(?:내용|사항|점|소지)(?:이|은|을|가)?\s*(?:확인되지|발견되지|확인할\s*수\s*없|없)",
            Rejected,
        ),
        (r"(?:별도의?\s*)?조치(?:를)?\s*하지\s*않", Rejected),
        (r"(?:위반|위배)\s*(?:되지|하지)\s*않", Rejected),
        // "미삭제 (내부 검토 결과 … 비판 글로 판단)": not deleted, for a
        // reason found in review (bare "미 삭제" may be "not yet").
        (
            r"미\s*삭제\s*[(（][^)）]{0,80}?(?:판단|위반|해당|검토\s*결과)",
            Rejected,
        ),
        // "운영정책 위반으로 발행이 취소되어 현재 비공개 상태입니다": taken
        // out of publication, private now.
        (
            // (Only for a breach: "작가가 먼저 발행을 취소하여" is its author's.)
            r"(?:위반|위배)(?:으로|로|하여|되어)[^.。]{0,30}?(?:발행(?:이|을)?\s*취소|비공개\s*(?:처리된\s*|전환된\s*)?상태)",
            Removed,
        ),
        // "해당 영상도 삭제 상태임을 확인드립니다", "블라인드 상태입니다",
        // "운영원칙 위반으로 블라인드 처리된 상태입니다" (for a breach: the
        // platform's act): the state it is in now. (Not "삭제 상태인지 확인 중", "삭제 상태가
        // 아닙니다".)
        (
            // (Right after the subject's particle, or opening the text:
            // "현재는 운영자 삭제 상태입니다" is a cafe operator's act.)
            r"(?:^\W*|(?:은|는|도|이|가)\s+(?:현재\s+|이미\s+)?|(?:위반|위배)(?:으로|로)\s+)(?:삭제|블라인드|비공개|숨김|게시\s*중단)\s*(?:처리\s*)?(?:된\s*)?상태(?:입니다|이며|이고|임(?:을|이)?|로\s*확인|인\s*것으로\s*확인|에\s*있)",
            Removed,
        ),
        // "임시조치에서 게시중단(삭제)으로 조치를 변경하였습니다": from the
        // temporary measure to the removal, which is what stands.
        (
            r"(?:임시\s*조치|접속\s*차단|접근\s*제한)\s*(?:에서|으로부터)\s*(?:삭제|게시\s*중단|블라인드|비공개)\s*(?:[(（][^)）]{0,10}[)）])?\s*(?:조치|처리)?\s*(?:으로|로)\s*(?:조치를?\s*)?(?:변경|정정|수정|전환)\s*(?:처리|조치)?\s*(?:하였|했|되었|됐|됨|함|합니다)",
            Removed,
        ),
        // "9월 12일 삭제 조치로 변경하였습니다", "삭제로 변경 처리되었습니다",
        // "삭제로 조치 결과가 변경되었습니다": the measure it is now.
        (
            r"(?:삭제|게시\s*중단|블라인드|비공개)\s*(?:조치|처리)?\s*(?:으로|로)\s*(?:(?:조치|처리)\s*(?:결과|내용|상태)\s*(?:가|를|이)?\s*)?(?:변경|정정|수정)\s*(?:처리|조치)?\s*(?:하였|했|되었|됐|됨|함|합니다)",
            Removed,
        ),
        (
            r"(?:임시\s*조치|접속\s*차단|접근\s*제한)\s*(?:조치|처리)?\s*(?:으로|로)\s*(?:(?:조치|처리)\s*(?:결과|내용|상태)\s*(?:가|를|이)?\s*)?(?:변경|정정|수정)(?:하였|했|되었|됐|됨|함|합니다)",
            Restricted,
        ),
        // "별도 조치 없이 유지하고 있습니다", "삭제하지 않고 유지합니다": kept,
        // nothing done.
        (r"조치\s*없이\s*(?:게시(?:를|가)?\s*)?유지", Rejected),
        // "임시조치를 유지하기로 했습니다": the measure kept, not the post.
        (
            r"(?:임시\s*조치|접속\s*차단|접근\s*제한)\s*(?:상태|조치)?\s*(?:를|을|는|은|가|이)?\s*(?:그대로\s*)?유지(?:하기로|합니다|하였|했|함|됩니다|되고)",
            Restricted,
        ),
        (
            r"(?:블라인드|비공개|게시\s*중단)\s*(?:상태|조치|처리)?\s*(?:를|을|는|은|가|이)?\s*(?:그대로\s*)?유지(?:하기로|합니다|하였|했|함|됩니다|되고)",
            Removed,
        ),
        // "… 개인정보 노출로 보기 어려워 운영규칙상 유지하기로 했습니다".
        (
            r"(?:게시(?:를|가)?\s*)?유지하기로\s*(?:했|하였|결정|합니다|하겠)",
            Rejected,
        ),
        (
            r"(?:삭제|차단|조치|게시\s*중단)(?:를|을)?\s*하지\s*않고\s*(?:게시(?:를|가)?\s*)?유지",
            Rejected,
        ),
        // "피싱 사이트 홍보로 볼 근거가 없어": no ground to call it unlawful.
        (
            r"(?:으로|로)\s*(?:볼|판단할)\s*(?:만한\s*)?근거(?:가|를)?\s*(?:없|찾지\s*못)",
            Rejected,
        ),
        (r"조치\s*불가", Rejected),
        (
            r"(?:(?:불법|위법|유해|불법\s*유해)\s*(?:[가-힣]{1,6}\s*)?(?:정보|게시물|콘텐츠)|음란물|명예\s*훼손|위반|삭제\s*대상|사유|대상|기준)(?:에|으로|로)\s*해당하지\s*않",
            Rejected,
        ),
        (
            r"해당한다고\s*(?:보기|판단하기)\s*(?:어렵|어려|힘들)",
            Rejected,
        ),
        (
            r"위반(?:되는|하는|한|된)?\s*(?:내용|사항|점)(?:을|를)?\s*찾지\s*못",
            Rejected,
        ),
        // Put back up (after the poster's 재게시 request or an appeal).
        (
            r"(?:재게시|복원|게시\s*재개)\s*(?:\([^)]{0,20}\)\s*)?(?:처리|조치)?\s*(?:되었|됐|됨|하였|했|완료)",
            Rejected,
        ),
        // "… 비평으로 판단되어 삭제하지 않았습니다": not removed, for a reason.
        (
            r"(?:판단|확인|결정)(?:되어|하여|해|되|돼|됨에\s*따라)[^.]{0,30}?(?:삭제|차단|조치|게시\s*중단)(?:를|을)?\s*하지\s*않",
            Rejected,
        ),
        (r"조치(?:를|는)?\s*(?:취하지|하지)\s*않", Rejected),
        // "개인정보가 포함되어 있지 않아 삭제하지 않았습니다", "법령 위반으로
        // 보기 어려워 삭제하지 않았습니다": its reason, then the refusal.
        (
            r"(?:않아|없어|아니어서|아니므로|않으므로|없으므로|아니라서|(?:보기|판단하기)\s*(?:어려워|어려우므로|어려워서|힘들어))[^.]{0,20}?(?:삭제|차단|게시\s*중단)(?:를|을|는)?\s*하지\s*않(?:았|습|기로)",
            Rejected,
        ),
        (r"조치\s*(?:안\s*함|없음)", Rejected),
        (
            r"위반(?:을|를|이|가|사항을|사항이)?\s*(?:확인하지|발견하지)\s*못",
            Rejected,
        ),
        (r"위반(?:이|에\s*해당하지)?\s*(?:아님|아닙|않습)", Rejected),
        (r"거부", Rejected),
        // "we were unable to find it unlawful under Korean law": a judgement
        // about it, not a search for it.
        (
            r"\b(?:unable\s+to|not\s+able\s+to|(?:could|can|did)\s*(?:not|n't)|can't)\s+(?:find|consider|deem)\s+(?:it|them|this|that|these|those|the\s+\w+)\s+(?:to\s+be\s+)?(?:unlawful|illegal|infringing|in\s+violation|in\s+breach|violating)\b",
            Rejected,
        ),
        // not found
        (
            r"\b(?:(?:could|can)\s*(?:not|n't)|can't)\s+(?:be\s+)?(?:locate|located|find|found)\b",
            NotFound,
        ),
        // "Not located" (a table's cell): the check found nothing there.
        (r"^\W*not\s+located\W*$", NotFound),
        (
            r"\b(?:unable|not\s+able|(?:weren|wasn|aren|isn|haven|hasn)'t\s+(?:been\s+)?able)\s+to\s+(?:locate|find)\b",
            NotFound,
        ),
        // "was not found to be in violation", "was not found to violate the
        // X Rules", "we have not found content that violates": no breach,
        // not a lost post.
        (
            r"\bnot\s+found\s+(?:(?:it|them|this|that|these|those|the\s+\w+|(?:this|that|these|those|your)\s+\w+)\s+)?to\s+(?:(?:be|have)\b[^.;!?]{0,40}?\b)?(?:violat\w*|breach\w*|contraven\w*|break\w*|illegal|unlawful|infring\w*|incompatible|contain\s+(?:any\s+)?(?:illegal|unlawful|violating|prohibited|infringing))|\bnot\s+found\s+(?:(?:it|them|this|that|the\s+\w+)\s+)?(?:unlawful|illegal|infringing|violating|incompatible|in\s+violation|in\s+breach|to\s+violate)\b|\bnot\s+found\s+(?:any\s+)?(?:content|material|posts?|messages?|videos?|anything)\s+(?:that|which)\s+(?:violat\w*|breach\w*|break\w*|contraven\w*|infring\w*)",
            Rejected,
        ),
        (r"\bnot\s+found\b", NotFound),
        // An image board's thread that fell off the board before anyone
        // acted: gone, not taken down.
        (
            r"\b(?:already\s+(?:been\s+)?pruned|pruned\s+from\s+the\s+(?:board|catalog(?:ue)?)|(?:got|was|were|been)\s+pruned\s+(?:off|from)\s+\S+\s+(?:\w+\s+){0,3}before\s+(?:your|the|our|we|anyone)\b|pruned\s+before\s+(?:we|anyone|our\s+\w+)\s+(?:saw|read|received|got|reviewed|opened))\b",
            NotFound,
        ),
        // A domain that expired (and was then deleted from the registry):
        // gone, not taken down.
        (
            r"\b(?:has\s+|had\s+)?expired\s+(?:on|in|at|last)\b",
            NotFound,
        ),
        // A file host's "no such file" (the server's own words for a 404).
        (
            r"\bno\s+such\s+(?:(?:free|public|private|hosted|active|shared|personal|user|customer)\s+)?(?:file|page|post|video|url|link|message|thread|folder|directory|path|user|account|channel|content|listing|site|domain|address|virtual\s+host|vhost|hostname|subdomain)s?\b|\bthere\s+(?:is|was|are|were)\s+no\s+(?:message|post|video|page|file|thread|content|item|upload|account|user|channel|listing|paste|folder)s?\s+(?:with\s+(?:that|this|the|the\s+given|such\s+an?)\s+(?:number|id|name)|(?:(?:;|,)\s+)?(?:in|on)\s+(?:our|the)\s+(?:database|system|records?|servers?|storage|index)\b|(?:at|under)\s+(?:that|this|the\s+given)\s+(?:link|url|address|location)|(?:at|under)\s+;|(?:called|named)\s+\S+|[\x22“'‘][^\x22”'’]{1,60}[\x22”'’]\s+(?:on|in|at)\b)",
            NotFound,
        ),
        (
            r"\binvalid\s+(?:link|url|address|invite|invitation)s?\b",
            NotFound,
        ),
        // "The link URL does not correspond to any file in our system", "no
        // file with that name was ever uploaded": nothing there to act on.
        (
            r"\b(?:does|do|did)\s*(?:not|n't)\s+(?:correspond|match|belong|lead|resolve)\s+to\s+(?:any|an?\s+(?:existing|valid|active))\s+(?:files?|posts?|uploads?|pages?|content|messages?|videos?|accounts?|items?|records?|entry|entries|pastes?|threads?)\b|\bno\s+(?:such\s+)?(?:file|post|upload|page|message|video|paste|thread|image)s?\s+(?:(?:with|by|of|under)\s+(?:that|this|the|such\s+an?)\s+(?:name|id|number|address|url)\s+)?(?:was|were|has\s+(?:ever\s+)?been|have\s+(?:ever\s+)?been|had\s+(?:ever\s+)?been)\s+(?:ever\s+)?(?:uploaded|posted|created|stored|published)\b",
            NotFound,
        ),
        // "no object exists under this key in the bucket" (object storage),
        // "no file exists at that path": nothing there to act on.
        (
            r"\bno\s+(?:such\s+)?(?:object|file|post|upload|page|message|video|paste|thread|image|record|content)s?\s+(?:exists?|existed)\s+(?:under|at|with|for|in)\b",
            NotFound,
        ),
        // "we hold no record of one" (an account the link names): nothing
        // there to act on. (Only of the thing itself: "no record of your
        // report" is about the report.)
        (
            r"\b(?:hold|have|keep|find|found|has)\s+no\s+records?\s+of\s+(?:one|it|them|such\s+an?\s+(?:account|user|post|file|upload|page|site|video|message|channel)|(?:that|this|the|any)\s+(?:account|user|post|file|upload|page|site|video|message|content|channel)s?)\b",
            NotFound,
        ),
        // "URL - nothing under that key on our side": no paste, file or
        // page by that name.
        (
            r"(?:^|[-–—:]\s*|\bthere(?:'s|\s+is|\s+was)\s+)nothing\s+(?:found\s+|stored\s+|uploaded\s+)?(?:under|at|with|for)\s+(?:that|this|the)\s+(?:key|id|url|link|address|path|hash|slug)\b",
            NotFound,
        ),
        // "URL is people arguing about elections, nothing illegal there, it
        // stays.": kept, after its reason.
        (
            r"\bnothing\s+(?:illegal|unlawful|against\s+(?:our|the)\s+rules)\b[^.;!?]{0,20}?,\s*(?:so\s+)?(?:it|they)\s+(?:stays?|remains?)\s*(?:up\s*|online\s*)?(?:[.!]|$)",
            Rejected,
        ),
        (
            r"\b(?:link|url|address)s?\s+(?:;\s+)?(?:is|are|was|were)\s+(?:invalid|broken|dead)\b",
            NotFound,
        ),
        (r"\bbroken\s+links?\b", NotFound),
        // "The invite link https://discord.gg/x is invalid", "The invite
        // link you provided, <URL>, is invalid", "URL has expired or never
        // existed": the link, or the URL itself, is dead.
        (
            r"(?:\blinks?|\burls?|\binvites?|\binvitations?|/\S*)(?:\s+(?:that\s+)?you\s+(?:provided|sent|reported|shared|submitted|listed|gave\s+us))?\s*,?\s+(?:[(<\[]*\s*;\s*[)>\]]*\s*,?\s+)?(?:(?:is|are|was|were|had)\s+(?:(?:now|already)\s+)?(?:invalid|not\s+valid|expired|broken|dead|been\s+revoked|revoked)|(?:has|have)\s+(?:(?:now|already)\s+)?(?:expired|been\s+invalid)|(?:has|have)\s+already\s+been\s+revoked)\b",
            NotFound,
        ),
        // "The invite link you reported, URL, has been revoked": revoked in
        // answer to the report, by the sender (not "had already been").
        (
            r"(?:\blinks?|\binvites?|\binvitations?)(?:\s+(?:that\s+)?you\s+(?:provided|sent|reported|shared|submitted|listed))?\s*,?\s+(?:[(<\[]*\s*;\s*[)>\]]*\s*,?\s+)?(?:has|have)\s+(?:now\s+)?been\s+revoked\b",
            Removed,
        ),
        (r"\bnever\s+existed\b", NotFound),
        // A table cell's "Invite invalid", "Link expired": the verb left out.
        (
            r"\b(?:invites?|invitations?|links?|urls?)\s+(?:invalid|expired|dead)\b",
            NotFound,
        ),
        // "the thread URL isn't there anymore (it was pruned)": gone.
        (
            r"\b(?:is|are|was|were)(?:n't|\s+not)\s+(?:there|on\s+our\s+(?:servers?|storage|disks?|systems?))\s+any\s*more\b|\bno\s+longer\s+there\b",
            NotFound,
        ),
        (r"\balready\s+(?:unavailable|inaccessible|gone)\b", NotFound),
        // "this Story had already expired and was no longer available on
        // Snapchat when we reviewed your report": gone before anyone acted.
        (r"\b(?:had|has)\s+already\s+expired\b", NotFound),
        // "The VOD had already been deleted when we reviewed your request":
        // gone before anyone here acted.
        (
            r"\bhad\s+already\s+been\s+(?:deleted|removed|taken\s+down)\s+(?:when|before|by\s+the\s+time)\s+(?:we|our|the\s+(?:review|report|request|notice))\b",
            NotFound,
        ),
        (
            r"\bwas\s+(?:already\s+)?no\s+longer\s+(?:available|accessible|online|visible)\b[^.;]{0,40}?\bwhen\s+we\s+(?:reviewed|checked|looked|received)\b",
            NotFound,
        ),
        // "thread was pruned (board rotation) before we got to it": an
        // image board's own rotation took it, before anyone acted. (A
        // janitor's "has been pruned and purged from the archive" is the
        // board's own act: not this.)
        (
            r"\b(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:already\s+)?(?:auto-?pruned\b|pruned\b[^.;]{0,40}?(?:\brotation\b|\bautomatic(?:ally)?\b|\bbefore\s+(?:we|our|the\s+(?:review|report|request|notice))\b))",
            NotFound,
        ),
        // "Already deleted by the cafe manager before our review": gone
        // before the platform looked, whoever took it down (not "by us").
        (
            r"\balready\s+(?:been\s+)?(?:deleted|removed|taken\s+down)\s+by\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:before|prior\s+to)\s+(?:we|our|the\s+(?:review|report|request|notice))\b",
            NotFound,
        ),
        // "The customer had already deleted this page before we contacted
        // them": a host's customer (the site's owner) took it down before
        // the host acted on anything.
        (
            r"\b(?:the\s+|our\s+|its\s+)?(?:customer|client|site\s+owner|site\s+operator|webmaster|reseller|account\s+holder)\s+(?:had\s+already|already\s+had)\s+(?:deleted|removed|taken\s+down|took\s+down)\b|\b(?:the\s+|our\s+|its\s+)?(?:customer|client|site\s+owner|site\s+operator|webmaster|reseller|account\s+holder)\s+(?:had\s+)?(?:deleted|removed|took\s+down|taken\s+down)\b(?:[^.;!?]|\s;\s){0,60}?\bbefore\s+(?:we|our|the\s+(?:review|report|request|notice))\b",
            NotFound,
        ),
        // "its hash is on our blocklist now", "its hash is in our upload
        // filter now": a file host's ban of the file itself, which takes it
        // down and keeps it down.
        (
            r"\b(?:its|their|the\s+(?:file|zip|archive|video|image)'?s?)\s+(?:sha-?\d*\s+|md5\s+)?hash(?:es)?\s+(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+)?(?:on|in|added\s+to|put\s+on|put\s+in)\s+(?:our|the)\s+(?:(?:block|ban|deny|black)\s?-?list|upload\s+filter|(?:hash\s+)?(?:ban|block)\s+filter)\b",
            Removed,
        ),
        // "Done - these two are gone from our servers:": a host's own
        // removal. (Not "already gone", which is found so.)
        (
            r"\b(?:is|are)\s+(?:now\s+)?gone\s+from\s+our\s+(?:servers?|storage|systems?|service|platform|site|network)\b",
            Removed,
        ),
        (r"\b(?:does|do)\s*(?:not|n't)\s+exist\b", NotFound),
        (r"\bno\s+longer\s+exists?\b", NotFound),
        // "fell off the last page and was pruned by the board software
        // before we saw your mail, so there was nothing left to delete".
        (
            r"\b(?:was|were|been)\s+(?:automatically\s+)?(?:pruned|purged|archived\s+and\s+deleted)\s+by\s+(?:the\s+)?(?:board|forum|site|system)(?:'s)?(?:\s+software)?\b|\bnothing\s+(?:was\s+)?left\s+(?:for\s+us\s+)?to\s+(?:delete|remove|take\s+down)\b",
            NotFound,
        ),
        // "this ID was never issued by our system": there never was one.
        (
            r"\b(?:was|were|has\s+been|have\s+been)\s+never\s+(?:issued|created|assigned|generated|registered)\b|\bnever\s+existed\b",
            NotFound,
        ),
        // "were found not to exist".
        (r"\bfound\s+not\s+to\s+exist\b", NotFound),
        // "No file exists under this link", "no such post exists", "there is
        // no VOD with that number on our service".
        (
            r"\bno\s+(?:such\s+)?(?:file|folder|post|message|video|page|content|upload|paste|thread|item|account|channel|record|document|domain|site)s?\s+(?:with\s+(?:that|this|the|such\s+an?)\s+(?:id|number|name|address|url)\s+)?(?:exists?|was\s+found|could\s+be\s+found)\b|\bthere\s+(?:is|was|are|were)\s+no\s+(?:such\s+)?(?:file|folder|post|message|video|vod|page|content|upload|paste|thread|item|account|channel|record|document|domain|site)s?\s+with\s+(?:that|this|the|such\s+an?)\s+(?:id|number|name|address|url)\b",
            NotFound,
        ),
        (r"\bnon-?existent\b", NotFound),
        // "could not identify any violation" (rejected) is longer and wins.
        // Only the content itself ("could not identify anything that breaks
        // our terms" is a rejection).
        (
            r"\b(?:could|can)\s*(?:not|n't)\s+identify\s+(?:the|this|these|that|those|any|such|an?)\s+(?:reported\s+|requested\s+)?(?:content|post|video|url|link|message|channel|account|item|page|material|server|group|chat|community)s?\b",
            NotFound,
        ),
        // "they now return 404" (after "our customer has removed the
        // reported content"): gone now, by an act, as the host checked. A
        // removal; without "now", a link that leads nowhere is not found.
        (
            r"\bnow\s+(?:returns?|returning|shows?|gives?)\s+(?:an?\s+)?(?:http\s+)?(?:error\s+)?404\b|\b(?:returns?|returning|shows?|gives?)\s+(?:an?\s+)?(?:http\s+)?(?:error\s+)?404\s+now\b",
            Removed,
        ),
        (
            r"\b(?:returns?|returned|returning|shows?|showed|gives?|gave)\s+(?:an?\s+)?(?:http\s+)?(?:error\s+)?404\b",
            NotFound,
        ),
        (r"\balready\s+(?:an?\s+)?(?:http\s+)?404s?\b", NotFound),
        // "URL - 404, …", "Result: 404": the server's answer given as the
        // result.
        (
            r"(?:^|[-–—:：|→]\s*)(?:http\s+)?(?:error\s+)?404(?:\s+not\s+found)?(?:\s*(?:[,.;)]|$))",
            NotFound,
        ),
        // "오픈채팅방을 종료했습니다": a chat room, channel or account closed
        // by the platform.
        (
            r"(?:오픈\s*채팅방|채팅방|채널|계정|밴드)(?:을|를|은|는)?\s*(?:(?:강제|영구)\s*)*종료(?:\s*[(（][^)）]{0,10}[)）])?\s*(?:했|하였|되었|됐|됨|처리|조치|$|[.,;])",
            Removed,
        ),
        // "Pulled the image:", "we pulled both files": taken down.
        (
            r"^\W*pulled\s+(?:the|this|that|it|them|both|all|these|those)\b|\b(?:we|i|we've|i've|have|has|had|was|were|been)\s+(?:already\s+|now\s+)?pulled\b",
            Removed,
        ),
        // "moved to members-only view with adult verification": an age gate.
        (
            r"\b(?:moved|switched|changed|set|limited)\s+to\s+(?:an?\s+)?(?:members?[- ]only|adults?[- ]only|age[- ]verified|adult[- ]verified|19\+)\b",
            Restricted,
        ),
        // An image board's thread that "fell off the board" (pruned).
        (
            r"\b(?:fell|fallen|dropped)\s+off\s+(?:the\s+)?(?:board|catalog(?:ue)?|front\s+page|index)\b",
            NotFound,
        ),
        (
            r"\b(?:does|do|did)\s*(?:not|n't)\s+(?:appear\s+to\s+|seem\s+to\s+)?(?:lead|point|resolve|link)\s+to\s+(?:any|an?\s+(?:existing|active|valid|live))\b",
            NotFound,
        ),
        (r"유효하지\s*않은\s*(?:url|링크|주소|게시물)", NotFound),
        (r"잘못된\s*(?:url|링크|주소)", NotFound),
        (
            r"(?:url|링크|주소)(?:가|이|는|은)?\s*(?:유효하지\s*않|잘못되)",
            NotFound,
        ),
        // Deleted by the board itself when its keeping time ran out ("보관기간
        // 만료로 이미 자동 삭제됨"): gone before anyone acted, as a thread
        // pruned by the board software is.
        (
            r"(?:보관\s*기간|보존\s*기간|게시\s*기간|기한)\s*(?:이\s*)?만료(?:로|되어|돼서|되어서)?\s*(?:이미\s*)?(?:자동\s*)?(?:삭제|정리|소멸)",
            NotFound,
        ),
        // A host's customer had deleted it already ("ALREADY DELETED BY
        // CUSTOMER" in a host's status column): gone before the host acted.
        // (Removed by the customer after the host's notice is a removal.)
        (
            r"\balready\s+(?:been\s+)?(?:deleted|removed|taken\s+down)\s+by\s+(?:the\s+|our\s+|its\s+)?(?:customer|client|site\s+owner|webmaster|tenant)s?\b",
            NotFound,
        ),
        // Deleted by its own author before the platform acted: nothing left to act on.
        (
            &format!(
                r"\b(?:already\s+)?(?:been\s+)?(?:deleted|removed|taken\s+down|deactivated|closed)\s+by\s+{AGENT}"
            ),
            NotFound,
        ),
        // The same with the author as the subject ("the channel owner had
        // already deleted it", "the account holder deactivated the account").
        (
            &format!(
                r"\b{AGENT}\s+(?:had\s+|has\s+|have\s+)?(?:already\s+)?(?:deleted|removed|took\s+down|took\s+(?:it|them)\s+down|deactivated|closed)\b"
            ),
            NotFound,
        ),
        (
            r"이미\s*(?:작성자|게시자|이용자|게시자\s*본인)(?:가|에\s*의해)?\s*삭제",
            NotFound,
        ),
        // The same with the author first ("작성자가 이미 삭제한 게시물").
        (
            r"(?:작성자|게시자|이용자|글쓴이|질문자|업로더|블로거|작가|판매자|(?:블로그|채널|계정)\s*(?:주인|소유자))\s*(?:본인)?(?:가|이|에\s*의해)?\s*(?:\d{1,2}\s*월\s*\d{1,2}\s*일\s*(?:에|경에?|자로)?\s*)?(?:(?:직접|먼저|스스로|이미|자진)\s*){0,2}삭제\s*(?:처리\s*)?(?:한|하여|했|하였|되|된|해)",
            NotFound,
        ),
        // (A time between: "작성자가 9월 10일에 이미 삭제한 글이라".)
        (
            r"(?:작성자|게시자|이용자|글쓴이|질문자|업로더|블로거|작가|판매자|(?:블로그|채널|계정)\s*(?:주인|소유자))\s*(?:본인)?(?:가|이)\s*[^.。,，]{0,16}?(?:먼저|이미|벌써|직접|스스로|자진)\s*삭제(?:한\s|하여|해서|했습니다|하였습니다|했고|하였고|했으며|하였으며|했기|하였기)",
            NotFound,
        ),
        // "작성자가 먼저 지운 글이라 이미 없는 글입니다": erased by its author
        // first, already gone.
        (
            // (A time between: "작성자가 9월 12일 밤에 직접 지운 글".)
            r"(?:작성자|게시자|이용자|글쓴이|질문자|업로더|블로거|작가|판매자|(?:블로그|채널|계정)\s*(?:주인|소유자))\s*(?:본인)?(?:가|이)\s*[^.。,，]{0,16}?(?:먼저|이미|벌써|직접|스스로)\s*(?:(?:해당\s*)?(?:글|게시물|게시글|영상|사진|이미지)(?:을|를)\s*)?(?:지운|지웠|지워)|(?:작성자|게시자|이용자|글쓴이|질문자|업로더|블로거|작가|판매자|(?:블로그|채널|계정)\s*(?:주인|소유자))\s*(?:본인)?(?:가|이)?\s*(?:먼저|이미|벌써|직접|스스로)?\s*(?:(?:해당\s*)?(?:글|게시물|게시글|영상|사진|이미지)(?:을|를)\s*)?(?:지운|지웠|지워)|이미\s*없는\s*(?:글|게시물|게시글|영상|페이지|상태)|이미\s*지워진\s*(?:글|게시물|게시글|영상|사진|페이지|상태)",
            NotFound,
        ),
        // "회원이 이미 스스로 지워서 남아 있지 않습니다": a community's
        // member (회원, 멤버) who posted it, by their own hand; only with
        // "스스로", "직접", "이미" and the like ("회원 삭제" may be the
        // member's account, deleted by the site).
        (
            r"(?:회원|멤버)\s*(?:본인)?(?:이|가)\s*[^.。,，]{0,16}?(?:먼저|이미|벌써|직접|스스로|자진)\s*(?:(?:해당\s*)?(?:글|게시물|게시글)(?:을|를)\s*)?(?:삭제(?:한|하여|해서|했|하였)|지운|지웠|지워)",
            NotFound,
        ),
        // "이미 작성자가 글을 지운 상태여서", "작성자가 탈퇴하여 이미 없어진
        // 글입니다": gone by its author's hand, or with the author.
        (
            r"이미\s*(?:작성자|게시자|글쓴이|질문자|업로더|판매자)(?:가|이)\s*(?:(?:해당\s*)?(?:글|게시물|게시글|영상)(?:을|를)\s*)?(?:직접\s*)?(?:지운|지웠|지워|삭제한|삭제하여|삭제했|삭제하였)|(?:이미\s*)?없어진\s*(?:글|게시물|게시글|페이지|영상)(?:입니다|이며|이고|임|으로|이라)",
            NotFound,
        ),
        // "작성자가 게시글을 삭제하여 현재 확인되지 않습니다": its own
        // author deleted it (삭제 as well as 지우다), also "before" we
        // asked ("게시자가 요청 접수 전에 글을 삭제하여").
        (
            r"(?:작성자|게시자|글쓴이|질문자|업로더|판매자|작가|블로거)\s*(?:본인)?\s*(?:가|이)\s*(?:[^.。,，]{0,16}?(?:전에|이전에|앞서)\s+)?(?:직접\s*|스스로\s*|먼저\s*|이미\s*)?(?:해당\s*)?(?:게시글|게시물|글|영상|동영상|사진)?\s*(?:을|를)?\s*(?:직접\s*|스스로\s*|먼저\s*|이미\s*)?(?:자진\s*)?삭제(?:하여|해서|한\s*(?:것으로\s*확인|상태|게시)|했습니다|하였습니다|했으며|하였으며|했고|하였고)",
            NotFound,
        ),
        // The user side that runs a space: a cafe's own manager (카페지기),
        // an open chat's host (방장), a channel's admin, before the platform
        // looked ("이미 방장에 의해 종료된 상태", "카페 운영자(카페지기)가
        // 이미 삭제하여"). "운영자" alone is the platform's operator, whose
        // deletion is a removal.
        (
            r"(?:방장|개설자|업로더|카페지기|(?:밴드\s*)?리더|(?:카페|채널|블로그|밴드)\s*(?:운영자|운영진|매니저|관리자)(?:\s*[(（][^)）]{0,10}[)）])?)\s*(?:가|이|에\s*의해)?\s*(?:[^.。,，]{0,16}?(?:전에|이전에|앞서)\s+)?(?:직접\s*)?이미\s*(?:삭제|종료|폐쇄|비공개)|이미\s*(?:방장|개설자|업로더|카페지기|(?:카페|채널|블로그)\s*(?:운영자|운영진|매니저|관리자))(?:가|이|에\s*의해)?\s*(?:직접\s*)?(?:삭제|종료|폐쇄|비공개)",
            NotFound,
        ),
        // "- 조치: 호스팅 서비스 이용정지 (사이트 접속 불가)": a host's measure
        // named as a field's value, the site suspended.
        (
            r"(?:조치|처리)\s*(?:결과|내용)?\s*[:：]\s*(?:[가-힣]+\s+){0,3}?(?:이용\s*정지|서비스\s*정지|사이트\s*폐쇄)",
            Removed,
        ),
        // "위법성 확인 불가": the breach, not the content, could not be found;
        // so with "신고 사유 확인 불가", the reported reason, and "불법 거래
        // 여부를 확인할 수 없어": whether the post is unlawful (or "허위사실이나
        // 비방 목적이 확인되지 않음", the defamation's marks). "도박 홍보 내용
        // 확인 불가": the wrong's substance (내용, 정황, 사실) was not seen in
        // the post, not the post itself; "게시물 내용 확인 불가" stays unfound.
        (
            r"(?:신고\s*(?:사유|내용)|위법성|(?:불법|위법|위반|침해|유해|음란|거래|판매|광고|도박|사기|홍보)[가-힣\s]{0,12}?여부|불법성|침해\s*여부|위반\s*사항|(?:위반|위배)(?:되는|된|하는|한)?\s*(?:내용|사항|점|부분)|(?:법률|법령|가이드|정책|약관|규정)?\s*위반|위법|침해|비방\s*(?:목적|의도)|허위\s*사실|(?:도박|음란|선정|성적|불법|사기|광고|홍보|판매|거래|마약|명예\s*훼손|성\s*착취|유해)[가-힣\s]{0,10}?(?:내용|정황|사실|요소|행위))\s*(?:을|를|이|가|은|는)?\s*확인\s*(?:불가|되지\s*않|할\s*수\s*(?:가\s*)?없)",
            Rejected,
        ),
        // "삭제하지 않기로 결정했습니다": decided not to delete.
        (
            r"(?:삭제|차단|게시\s*중단|조치)\s*(?:를|을)?\s*하지\s*않기로\s*(?:결정|하였|했)",
            Rejected,
        ),
        // "위법성 확인 불가": the wrong could not be shown, a reason to
        // leave the post up (not a post that could not be found).
        (
            r"(?:위법성|위법\s*여부|위법\s*사실|불법성|불법\s*여부|위반\s*여부|위반\s*사실|권리\s*침해\s*(?:여부|사실)?)\s*(?:이|가|을|를)?\s*확인\s*(?:불가|되지\s*않|할\s*수\s*없|이\s*어렵)|(?:^|\s)유지\s*[(（]\s*[^)）]{0,30}?(?:위반|위법|명예\s*훼손|권리\s*침해|불법)[^)）]{0,20}?확인\s*(?:불가|되지\s*않|할\s*수\s*없)",
            Rejected,
        ),
        (r"확인\s*불가", NotFound),
        (
            r"(?:게시물|게시글|url|페이지|콘텐츠)?\s*미\s*존재",
            NotFound,
        ),
        (r"확인할\s*수\s*(?:가\s*)?없", NotFound),
        // Already deleted before the platform looked ("이미 삭제되어", "이미
        // 삭제된 게시물"): there was nothing left to act on.
        (r"이미\s*삭제(?:되어|된|됨|되었|돼)", NotFound),
        (r"찾을\s*수\s*없", NotFound),
        (r"존재하지\s*않", NotFound),
        // "이미 없는 스레드입니다": not there when looked for.
        (
            r"이미\s*없는\s*(?:스레드|쓰레드|게시물|게시글|글|페이지|주소|콘텐츠|영상|파일|채널|방|계정)",
            NotFound,
        ),
        // "조치 불가 - 작성자 삭제로 게시물 없음": gone by its author's hand.
        (
            r"(?:작성자|게시자|이용자)\s*(?:본인\s*)?(?:직접\s*)?삭제(?:로|되어|돼|됨|된|되었)",
            NotFound,
        ),
        // "작성자 탈퇴로 함께 삭제된 것으로 확인됩니다": gone with its
        // author's account, closed by the author.
        (
            r"(?:작성자|게시자|이용자|회원)\s*(?:의\s*)?(?:회원\s*)?(?:탈퇴|계정\s*(?:삭제|탈퇴))(?:로|으로|에\s*따라|하여|해서)\s*(?:인해\s*)?(?:게시물\s*(?:도|이)?\s*)?(?:함께|같이|자동으로|일괄)?\s*삭제",
            NotFound,
        ),
        (
            r"(?:해당\s*)?(?:게시물|게시글|글|페이지|콘텐츠)(?:이|가)?\s*없(?:음|습니다|어|는)",
            NotFound,
        ),
        // "URL 은(는) 당사 서버에서 확인되지 않습니다": not on the host's
        // servers at all (a host, whose customer may have moved away). (The
        // URL its subject: "위반 사항이 당사 서버에서 확인되지 않았습니다"
        // is no such finding.)
        (
            r"^\W*(?:(?:은|는|도)(?:[(（](?:은|는)[)）])?\s+)?(?:현재\s+)?(?:당사|저희|자사)\s*(?:서버|시스템|네트워크|호스팅\s*서버)(?:에서|에|상에서?)\s*(?:는\s*)?(?:확인되지\s*않|찾을\s*수\s*없|존재하지\s*않|발견되지\s*않)",
            NotFound,
        ),
        // "해당 서버의 서비스를 중지하여 더 이상 접속되지 않습니다", "해당
        // 고객의 호스팅 서비스를 이용정지하여": a host stopping the service
        // that served it, a removal.
        (
            r"(?:서비스|호스팅|서버|사이트|계정)(?:를|을)?\s*(?:[^.。,，]{0,24}?(?:에\s*따라|에\s*의거하여|에\s*의거해|에\s*근거하여)\s*)?(?:이용\s*)?(?:중지|중단|정지|해지)\s*(?:하였|했|하여|시켰|조치|처리|되었|됐)",
            Removed,
        ),
        // "Done, both messages below are now unavailable on Telegram:": the
        // sender's act done, what it did said by its effect.
        (
            r"^\W*done\b(?:https?://\S+|[^.;!?])*?\b(?:is|are)\s+(?:now\s+(?:unavailable|inaccessible|offline|gone)|(?:unavailable|inaccessible|offline|gone)\s+now)(?:\s+(?:on\s+[\w.-]+|for\s+everyone|everywhere|globally|worldwide))?\s*(?:[.:;!]|$)",
            Removed,
        ),
        // "… 풍자 게시물로 판단되어 유지합니다": kept up, for the finding before.
        (
            r"(?:판단|확인)(?:되어|하여|돼|해|되어서|하였기에|되었기에)\s*(?:게시(?:물|글)?(?:을|를)?\s*|해당\s*(?:게시물|게시글|글)(?:을|를|은|는)?\s*)?(?:그대로\s*)?유지(?:합니다|하였|했|하기로|함|됩니다|하고|\s*[.)]?\s*$)",
            Rejected,
        ),
        // "the blog has been closed for repeated policy breaches": closed as
        // a sanction, for a reason (not "closed by its owner").
        (
            r"\b(?:blog|channel|account|cafe|site|website|board|group|page|server|community|band|shop|store)\s+(?:has\s+been|have\s+been|was|were|is\s+now|are\s+now)\s+(?:permanently\s+)?closed\s+(?:down\s+)?(?:for|due\s+to|because\s+of|over)\b",
            Removed,
        ),
        // "다른 신고로 이미 게시중단 처리된 상태": the platform's measure, taken
        // on another report (not "작성자에 의해 이미 삭제된 상태", its own side).
        (
            r"(?:다른|별도의?|기존)\s*(?:신고|요청)(?:로|으로|에\s*의해|에\s*따라)\s*(?:이미\s*)?(?:삭제|게시\s*중단|블라인드|비공개)\s*(?:처리|조치)",
            Removed,
        ),
        // restricted
        (r"\bwithheld\b", Restricted),
        // "we are now withholding the following posts in the Republic of
        // Korea": the state the posts are in from now on.
        (
            r"\b(?:we|x|twitter)\s+(?:are|is)\s+(?:now\s+|currently\s+)?withholding\b",
            Restricted,
        ),
        // "We did, however, withhold URL1 and URL2 in South Korea": the
        // emphatic past ("did" and the verb's base form) states the act.
        (
            r"\b(?:we|they|i)\s+did(?:\s*,\s*however\s*,|\s+also|\s+indeed)?\s+(?:withhold|restrict|geo-?block)\b",
            Restricted,
        ),
        (
            r"\b(?:we|they|i)\s+did(?:\s*,\s*however\s*,|\s+also|\s+indeed)?\s+(?:remove|delete|take\s+down|disable|block|suspend|terminate)\b",
            Removed,
        ),
        (r"\bgeo-?(?:blocked|restricted|fenced)\b", Restricted),
        // A status cell naming the country after the act: "BLOCKED KR",
        // "GEO-BLOCK KR", "blocked (KR)", "restricted - Korea", "Blocked
        // (country: KR)".
        (
            r"\b(?:geo-?)?(?:block(?:ed)?|restricted|withheld|unavailable)\s*(?:[-–:/(]\s*)?(?:(?:country|countries|region|territory|market|jurisdiction|geo)\s*[:=]?\s*)?(?:kr|korea|south\s+korea)\b",
            Restricted,
        ),
        // "It is now visible only to logged-in adult (19+) users": an age
        // gate, which is a restriction.
        (
            r"\b(?:(?:visible|available|viewable|accessible|shown)\s+only|(?:now\s+)?(?:limited|restricted))\s+to\s+(?:logged[\s-]*in\s+|signed[\s-]*in\s+|verified\s+)?(?:adults?\b|adult\s*(?:[(]\s*1[89]\s*\+?\s*[)]\s*)?(?:users|viewers|members|accounts)|(?:users|viewers|members)\s+(?:aged\s+)?(?:over|above|19\+|18\+))",
            Restricted,
        ),
        (
            r"(?:성인|19세\s*이상)[^.。]{0,12}?(?:회원|이용자|사용자)?만\s*(?:볼\s*수|열람할\s*수|시청할\s*수|이용할\s*수)",
            Restricted,
        ),
        // "We have applied a country restriction for the Republic of Korea
        // to the following URLs"; "an adult-only restriction".
        (
            r"\bappl(?:ied|y)\s+(?:a\s+|an\s+)?(?:(?:country|geo(?:graphic)?|regional|territorial|local|legal)[\s-]*(?:restriction|block)|(?:adults?[\s-]*only|age|1[89]\s*\+|minors?)[\s-]*(?:restriction|gate|limit)|age[\s-]*(?:verification|check))\b",
            Restricted,
        ),
        (r"\brestricted\b", Restricted),
        (
            r"\b(?:blocked|unavailable|inaccessible)\s+(?:in|from)\s+(?:south\s+)?korea\b",
            Restricted,
        ),
        // "the following pages are not reachable from Korean IP addresses".
        (
            r"\b(?:not|no\s+longer)\s+(?:reachable|accessible|available|viewable|visible)\s+(?:from|in|to\s+(?:visitors|users|viewers)\s+(?:from|in))\s+(?:south\s+)?korea(?:n\s+(?:ip\s+addresses|ips|users|visitors|networks))?\b",
            Restricted,
        ),
        (
            r"\bnot\s+(?:available|accessible|viewable)\s+in\s+(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr|your\s+(?:country|region))\b",
            Restricted,
        ),
        (
            r"\b(?:unavailable|inaccessible|not\s+available|not\s+accessible|blocked|hidden)\s+(?:to|for|from)\s+(?:users|viewers|people|visitors)\s+(?:located\s+|based\s+)?(?:in|from)\s+(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr)\b",
            Restricted,
        ),
        (
            r"\b(?:legal\s+|local\s+|country\s+|geo(?:graphic)?\s+)restriction\s+(?:was\s+|has\s+been\s+)?applied\b",
            Restricted,
        ),
        (
            r"\b(?:blocked|unavailable|inaccessible)\s+in\s+the\s+republic\s+of\s+korea\b",
            Restricted,
        ),
        // "We've blocked access to the two videos below from South Korea":
        // the country scope after the act's object.
        (
            r"\b(?:blocked|disabled|restricted|limited)\s+access\s+to\s+(?:[^.;!?:,]|\s;\s|,\s*(?:and\s+)?;\s)*?\b(?:from|in)\s+(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr)\b",
            Restricted,
        ),
        (
            r"\bblocked\s+(?:for|to)\s+(?:users\s+in\s+)?(?:south\s+)?korea",
            Restricted,
        ),
        (r"\bage[- ]?(?:restricted|gated)\b", Restricted),
        // "which is behind our 18+ gate"; "no longer visible to anyone who
        // hasn't passed age verification"; "placed behind an adult (19+) age
        // verification gate": an age gate.
        (
            r"\bbehind\s+(?:the|an|our|a)\s+(?:1[89]\+\s+)?(?:18\+|19\+|adult|age)\s+(?:confirmation|verification|warning|gate|check|wall)\b|\bbehind\s+(?:the|an|our|a)\s+(?:adult|age)\s+(?:\(1[89]\+\)\s+)?(?:age\s+)?(?:confirmation|verification|warning|check)\s+(?:gate|page|wall|screen)\b|\b(?:no\s+longer\s+)?(?:visible|shown|available|viewable|accessible)\s+to\s+(?:anyone|users|people|viewers|visitors|members)\s+who\s+(?:has|have)\s*(?:not|n't)\s+(?:passed|completed|confirmed|verified)\s+(?:an?\s+|the\s+|their\s+)?(?:age|adult)\b",
            Restricted,
        ),
        // "Access to it from the Republic of Korea has been blocked at our
        // edge", "access to URL from IP addresses in the Republic of Korea
        // is now blocked": a block by country.
        (
            r"\baccess\s+(?:to\s+(?:it|them|this|that|the\s+\w+|;)\s+)?from\s+(?:(?:ip\s+addresses|ips|users|visitors|networks)\s+(?:located\s+)?in\s+)?(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr)\s+(?:has|have|is|was)\s+(?:been\s+)?(?:now\s+)?(?:blocked|restricted|disabled|denied)\b",
            Restricted,
        ),
        // Forums: "moved to the 18+ section", "only shown to logged-in
        // members who confirmed their age".
        // "now 19+ only; it can be played only after adult verification",
        // "only viewable after the 18+ age gate now".
        (
            r"\bnow\s+(?:19|18)\s*\+\s*only\b|\bonly\s+(?:be\s+)?(?:played|viewed|watched|seen|opened|accessed)\s+(?:only\s+)?after\s+(?:adult|age)\s+verification\b|\bonly\s+(?:viewable|visible|accessible|watchable|readable)\s+(?:after|behind|past|through)\s+(?:the\s+|an\s+|our\s+|a\s+)?(?:1[89]\s*\+\s+)?(?:adult|age)\s+(?:gate|verification|check|confirmation|wall)\b",
            Restricted,
        ),
        // "Viewers now need to be signed in and at least 18 years old to
        // watch it": an age gate.
        (
            r"\b(?:need|needs)\s+to\s+be\s+(?:signed|logged)[\s-]*in\s+and\s+(?:at\s+least\s+)?1[89]\b",
            Restricted,
        ),
        // "we've moved it behind our 18+ confirmation page": an age gate.
        (
            r"\bmoved\s+(?:it|them|the\s+\w+\s+)?\s*behind\s+(?:the|an|our|a)\s+(?:18\+|19\+|adult|age)\s+(?:confirmation|verification|warning|gate|check)\b",
            Restricted,
        ),
        (
            r"\bmoved\s+to\s+(?:the|an|our)\s+(?:18\+|19\+|adults?(?:-only)?|nsfw|age-restricted)\s+(?:section|board|category|area|forum)\b",
            Restricted,
        ),
        (
            r"\bonly\s+(?:be\s+)?(?:shown|visible|available|viewable|accessible)\s+to\s+(?:[\w-]+\s+){0,3}?(?:adults|members|users|viewers|accounts)\s+(?:who\s+(?:have\s+)?(?:confirmed|verified|passed)\s+(?:their|our|an?|the)\s+age(?:\s+(?:verification|check))?|who\s+(?:have\s+)?(?:confirmed|verified|declared)\s+(?:that\s+)?(?:they\s+are|they're)\s+(?:18|19)|over\s+(?:18|19)|aged\s+(?:18|19))\b",
            Restricted,
        ),
        // A DSA statement of reasons: "Decision: Visibility restriction -
        // content blocked" (with a territorial scope).
        (r"\bvisibility\s+restrict(?:ion|ed)\b", Restricted),
        // Its other wording in the DSA's categories: "restriction of
        // visibility".
        (
            r"\brestrictions?\s+of\s+(?:the\s+)?(?:content'?s?\s+)?visibility\b",
            Restricted,
        ),
        // "19세 이상 시청 가능(연령 제한)으로 전환".
        (
            r"\d+\s*세\s*이상\s*(?:만\s*)?(?:시청|이용|열람|접근)\s*(?:가능|허용)|연령\s*제한",
            Restricted,
        ),
        // "계정 해지 및 서비스 중단으로 전 세계에서 접근 불가": gone everywhere.
        (
            r"(?:전\s*세계|모든\s*국가|전체\s*국가)\s*(?:에서|에서도)?\s*(?:접근|접속|이용|열람)\s*(?:불가|(?:이|가)\s*불가능|차단)",
            Removed,
        ),
        // "Blocked for KR IP addresses" (a host's sheet): a block by country.
        (
            r"\bblocked\s+(?:for|to|from)\s+(?:kr|korean)\s+(?:ip\s+addresses|ips|users|visitors|traffic)\b",
            Restricted,
        ),
        // "URL4 we left up since it contains no illegal content".
        (
            r"\bwe\s+(?:have\s+)?(?:left|kept)\s+(?:it\s+|them\s+|;\s+)?(?:up|online|live)\b",
            Rejected,
        ),
        // "임시조치 걸어두었습니다": the measure put in place.
        (
            r"(?:임시\s*조치|접근\s*제한|접속\s*차단)(?:를|을)?\s*(?:걸어\s*(?:두었|뒀|놓았|놨)|걸었)",
            Restricted,
        ),
        // "삭제 조치를 마쳤습니다": the measure carried out.
        (
            r"(?:삭제|게시\s*중단|블라인드|비공개)\s*(?:조치|처리)(?:를|을)?\s*(?:모두\s*)?(?:마쳤|마치었|끝냈|완료하였|완료했)",
            Removed,
        ),
        (
            r"(?:접속\s*차단|접근\s*제한|임시\s*조치)\s*(?:조치|처리)?(?:를|을)?\s*(?:모두\s*)?(?:마쳤|마치었|끝냈|완료하였|완료했)",
            Restricted,
        ),
        // "it can now only be viewed by logged-in, age-verified users";
        // "marked as adult content (19+)": an age gate.
        (
            r"\b(?:can|may)\s+(?:now\s+)?only\s+be\s+(?:viewed|seen|watched|accessed|opened)\s+by\s+(?:[\w-]+,?\s+){0,3}?(?:age-?verified|verified\s+adults?|adults?)\b|\bmarked\s+as\s+(?:adult|mature|18\+|19\+)\s+content\b",
            Restricted,
        ),
        // "성인 인증 게시판으로 이동 (청소년 열람 제한)": moved to a board only
        // verified adults can read, an age gate.
        (
            r"(?:성인\s*(?:인증|전용)|19\s*세\s*(?:이상\s*)?(?:전용)?)\s*(?:게시판|카테고리|섹션|메뉴|공간)\s*(?:으로|로)\s*(?:이동|이전|옮겼|옮김)|청소년\s*(?:열람|이용|시청|접근)\s*(?:제한|불가|차단)",
            Restricted,
        ),
        // An age gate in Korean: "성인인증 후에만 열람할 수 있도록
        // 제한하였습니다", "청소년 이용 불가". ("블로그 이용을 제한했습니다"
        // is a sanction on the account, not a gate on the post.)
        (
            r"성인\s*인증\s*(?:후에?\s*(?:만\s*)?(?:열람|시청|이용|접근)|을\s*거쳐야|이\s*필요|(?:게시물|콘텐츠|영상)\s*(?:으로|로)\s*전환)|\d+\s*세\s*미만\s*(?:(?:이용자|사용자|회원)\s*)?(?:열람|시청|이용|접근)\s*(?:제한|불가)|(?:열람|시청|(?:청소년|미성년자?|이용자)(?:의)?\s*이용)\s*(?:을|를)?\s*(?:할\s*수\s*있도록\s*)?제한(?:하였|했|되었|됨|조치)|청소년\s*(?:이용\s*)?(?:불가|제한)\s*(?:조치|처리|설정)|청소년\s*유해\s*(?:게시물|정보|매체물?|콘텐츠|표시)\s*(?:로|으로)\s*(?:지정|분류|설정)(?:하였|했|되었|됨|하여|해)",
            Restricted,
        ),
        // "Access … has been temporarily blocked (temporary measure under
        // Article 44-2 …)": the English of 임시조치, a restriction.
        (
            r"\btemporarily\s+(?:blocked|restricted|hidden|suspended|disabled|unavailable)\b",
            Restricted,
        ),
        // "hidden from public view for 30 days (temporary measure under
        // Korean law)": a measure limited in time is 임시조치, a
        // restriction, whatever verb describes it.
        (
            r"\b(?:hidden|blocked|disabled|made\s+(?:unavailable|inaccessible|invisible)|restricted)(?:\s+from\s+(?:public\s+view|the\s+public|public|everyone|view))?\s+for\s+(?:up\s+to\s+|a\s+period\s+of\s+)?(?:\d+|thirty)\s+days\b|\b(?:hidden|blocked|disabled|made\s+unavailable)\b[^.;!?]{0,60}?\(\s*(?:as\s+a\s+)?temporary\s+measure\b",
            Restricted,
        ),
        // The English name of 임시조치 in bilingual notices.
        (
            r"\btemporary\s+(?:measure|restriction|block(?:ing)?)\b",
            Restricted,
        ),
        (
            r"\b(?:locally\s+(?:blocked|restricted|withheld|unavailable|disabled)|(?:local|country|geo)\s+block(?:ed|ing)?)\b",
            Restricted,
        ),
        (
            r"\b(?:unavailable|inaccessible|hidden)\s+(?:to|for)\s+(?:viewers|users|people|anyone)\s+under\s+(?:18|the\s+age)",
            Restricted,
        ),
        (
            r"\bage[- ]?(?:restriction|gate)s?\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:applied|added|placed)\b",
            Restricted,
        ),
        // "has been set to 19+ viewing", "now shown only to age-verified
        // adult members".
        // "converted to an adult-verified post. It can no longer be opened
        // without age verification": an age gate.
        (
            r"\b(?:can(?:not|'t)|can\s+no\s+longer)\s+be\s+(?:opened|viewed|watched|accessed|seen)\s+without\s+(?:age|adult)\s+verification\b|\bconverted\s+(?:it\s+)?(?:to|into)\s+an?\s+adult[\s-]*(?:verified|only)\b",
            Restricted,
        ),
        (
            r"\bset\s+to\s+(?:19|18)\s*\+|\b(?:shown|visible|available)\s+only\s+to\s+(?:age[- ]verified|adult|verified\s+adult)",
            Restricted,
        ),
        // Korean geo-restriction: limited in Korea ("한국에서 볼 수 없도록 제한하였습니다").
        (
            r"(?:한국|국내|대한민국)(?:에서|내|의)?[^.\n]{0,30}?제한\s*(?:[(（][^)）]{0,20}[)）]\s*)?(?:하였|했|되었|됐|됨|조치|처리|완료)",
            Restricted,
        ),
        (
            r"연령\s*제한\s*(?:\([^)]{0,10}\)\s*)?(?:을|를|이|가)?\s*(?:설정|적용|조치|처리)?\s*(?:하였|했|되었|됐|됨|완료)",
            Restricted,
        ),
        // The noun only with the verb that applied it ("an age restriction
        // does not apply" must not read as one).
        (
            r"\b(?:applied|added|placed|put)\s+(?:an?\s+)?age[- ]?restrictions?\b",
            Restricted,
        ),
        (
            r"\bblocked\s+(?:from\s+view\s+)?in\s+(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr)\b",
            Restricted,
        ),
        // "they chose to block visitors from Korean IP addresses": a
        // block by country.
        (
            r"\bblock(?:ed|ing|s)?\s+(?:all\s+)?(?:visitors|users|viewers|access|traffic|requests|connections)\s+(?:from|originating\s+(?:from|in))\s+(?:south\s+)?(?:korean|korea|the\s+republic\s+of\s+korea|kr)\b",
            Restricted,
        ),
        // A host's or CDN's block by country: "applied a jurisdiction-
        // specific block at our edge". (An HTTP 451 alone is no country:
        // "blocked … across our entire network. Requests for them now
        // receive an HTTP 451 response" is a removal.)
        (
            r"\b(?:applied|added|placed|put|set\s+up|enabled)\s+(?:an?\s+)?(?:jurisdiction|country|region|geo)[-\s]*(?:specific\s+|based\s+)?block\b",
            Restricted,
        ),
        // 임시조치: the temporary measure of Article 44-2 of the Network Act
        // (hidden for up to 30 days), with its completion marker.
        (
            r"임시\s*조치\s*(?:\([^)]{0,40}\)\s*)?(?:를\s*|가\s*|만\s*|로\s*|으로\s*)?(?:진행\s*)?(?:완료|되었|됐|됨|하였|했|처리|적용(?:\s|$|[.,;)]|함|됨|했|하였|되었|완료)|해\s*(?:두었|뒀|놓았|놨)|하여\s*(?:두었|놓았)|되어\s*(?:있|현재))",
            Restricted,
        ),
        (r"접속\s*차단", Restricted),
        // "아래 2건은 이미 블라인드 처리된 게시물임을 알려드립니다": a post
        // in the state the platform's measure left it.
        (
            r"(?:게시\s*중단|블라인드|비공개|숨김)\s*(?:처리|조치)?된\s*(?:게시물|게시글|글|영상|콘텐츠)(?:임|입니다|이며|으로\s*확인)",
            Removed,
        ),
        // Hosts: "호스팅 서비스를 중지하였습니다".
        (
            r"(?:호스팅|서비스|계정|사이트)\s*(?:서비스)?\s*(?:를|을)?\s*(?:중지|정지|해지|차단)(?:하였|했|되었|됐|됨|처리)",
            Removed,
        ),
        // "대한민국에서 액세스를 차단한 콘텐츠", "국내 접속을 차단하였습니다".
        (
            r"(?:액세스|접속|접근|시청|열람)(?:을|를)\s*(?:차단|제한)(?:한|하였|했|했습|됨|되었|처리)",
            Restricted,
        ),
        (r"접근\s*(?:을|를|이|가)?\s*(?:제한|차단)", Restricted),
        // "전체 노출을 제한하였습니다", "시청 연령을 제한하였습니다".
        (
            r"(?:노출|열람|시청|시청\s*연령|연령)(?:을|를|이|가)?\s*(?:전면\s*|전체\s*)?제한\s*(?:하였|했|되었|됐|됨|조치|처리|(?:을|를)\s*(?:걸었|설정하였|설정했|적용하였|적용했))",
            Restricted,
        ),
        (r"국내\s*(?:차단|제한)", Restricted),
        // "노출 중단 조치를 완료했습니다": the post shown to no one (a
        // country's, "국내 노출 중단", is a restriction there).
        (
            r"(?:국내|한국)\s*(?:에서\s*)?(?:의\s*)?노출\s*(?:을\s*)?(?:중단|차단|제한)",
            Restricted,
        ),
        (
            r"노출\s*(?:을\s*)?중단\s*(?:조치|처리)?\s*(?:를|을)?\s*(?:완료|하였|했|되었|됐|됨)",
            Removed,
        ),
        // "말씀하신 카페 글 두 개 확인하고 바로 내렸어요": taken down, said
        // plainly.
        (
            r"(?:글|게시물|게시글|영상|포스트|사진)[^.。]{0,30}?(?:바로\s*|즉시\s*|다\s*|모두\s*)?내렸(?:어요|습니다|음|다|고요|구요)",
            Removed,
        ),
        // A report's result "dismissed": no action.
        // (Not an appeal's: "Appeal result: dismissed" keeps a removal.)
        (
            r"^\W*(?:(?:result|outcome|status|decision|action)\s*[:：|]\s*)?dismissed\b|\b(?:your\s+|the\s+|this\s+)?report\s+(?:was\s+|has\s+been\s+|is\s+)?dismissed\b",
            Rejected,
        ),
        // "It is now shown only to signed-in users who have verified that
        // they are 19 or older": an age gate.
        (
            r"\b(?:shown|visible|available|viewable|accessible)\s+only\s+to\s+(?:signed[-\s]in\s+|logged[-\s]in\s+|adult\s+|verified\s+)?(?:users|viewers|members|visitors|accounts)\s+(?:who\s+(?:have\s+)?(?:verified|confirmed|are|proved)\b[^.;]{0,40}?\b(?:1[89]|adults?)\b|(?:aged\s+)?1[89]\s*(?:\+|or\s+older|and\s+over))",
            Restricted,
        ),
        // "we were unable to find a violation of our Community Guidelines":
        // no breach found, not a lost item.
        (
            r"\b(?:unable|not\s+able)\s+to\s+(?:find|identify|see|establish|confirm)\s+(?:a|any)\s+(?:\w+\s+)?(?:violations?|breach(?:es)?|infringements?)\b",
            Rejected,
        ),
        // "falls within our exceptions for educational and documentary
        // content": kept up under the platform's own exception.
        (
            r"\b(?:falls?|fell|comes?\s+under|is\s+covered\s+by)\s+(?:within|under)?\s*(?:our|the|one\s+of\s+our)\s+(?:\w+\s+){0,2}?(?:exceptions?|exemptions?)\b",
            Rejected,
        ),
        // "no file with that name on our image server, 404": not there.
        (
            r"\bno\s+(?:such\s+)?(?:file|post|thread|page|image|video|paste|account|channel|upload)s?\s+(?:with\s+that\s+(?:name|id|number|url|address)\s+)?(?:on|in)\s+our\s+(?:\w+\s+)?(?:server|servers|storage|system|systems|service|site|board|database)\b",
            NotFound,
        ),
        // "Hidden for KR visitors (region filter)": a block by country.
        (
            r"\bhidden\s+(?:for|from|to)\s+(?:kr|korea|korean|south\s+korea|the\s+republic\s+of\s+korea)\b",
            Restricted,
        ),
        // An image host's age gate: "marked NSFW: it is now hidden behind
        // the age gate", "flagged as mature, so it is now hidden from
        // logged-out visitors".
        (
            r"\b(?:hidden|placed|put|moved)\s+behind\s+(?:an?\s+|the\s+|our\s+)?age[- ]?(?:gate|wall|verification)\b|\bmarked\s+(?:as\s+)?nsfw\b|\bflagged\s+as\s+(?:mature|adult|nsfw|18\s*\+|19\s*\+)\b",
            Restricted,
        ),
        // "게시중단(임시조치)을 실시하였음을 알려드립니다", "임시조치(30일)를
        // 취하였습니다": the measure carried out.
        (
            r"(?:게시\s*중단\s*[(（]\s*)?임시\s*조치\s*[)）]?\s*(?:[(（][^)）]{0,20}[)）])?\s*(?:을|를)?\s*(?:실시|적용|취)(?:하였|했|함|되었|됐|됨|완료)",
            Restricted,
        ),
        (
            r"(?:삭제|게시\s*중단|블라인드)\s*(?:조치\s*)?(?:을|를)?\s*(?:실시|적용)(?:하였|했|함|되었|됐|됨|완료)",
            Removed,
        ),
        // "글 두 개 확인해서 둘 다 내렸습니다" (took both down), said of posts,
        // never "결정을 내렸습니다".
        (
            r"(?:게시물|게시글|글|영상|포스트|사진)(?:을|를|은|는|도)?\s*(?:둘\s*다|모두|다|전부)?\s*내렸|(?:둘\s*다|모두|전부)\s*내렸",
            Removed,
        ),
        // A machine code for a block in one country ("blocked_in_country",
        // "country_withheld"), the country in another column.
        (
            r"\b(?:blocked|withheld|restricted|unavailable|disabled)\s+(?:in|by)\s+(?:the\s+)?(?:country|region|jurisdiction)\b|\bcountry[\s-]*(?:block(?:ed)?|withh(?:e|o)ld|restrict(?:ed|ion)?)\b",
            Restricted,
        ),
        // removed
        (r"\bremoved\b", Removed),
        (r"\bdeleted\b", Removed),
        (r"\btaken\s+down\b", Removed),
        (
            r"\b(?:taken|took)\s+(?:it|them|this|these|those|(?:the|this|that|these|those|both|all)\s+(?:\w+\s+){0,2}?(?:content|post|posts|video|videos|message|messages|material|page|pages|url|urls|link|links|item|items|paste|pastes|file|files|folder|folders|image|images|site|sites))\s+down\b",
            Removed,
        ),
        (r"\bunpublished\b", Removed),
        // "hidden from public view by our moderators", "hidden from all
        // users" (블라인드 in English): nobody can see it any more.
        (
            r"\bhidden\s+from\s+(?:public\s+view|the\s+public|public|all\s+(?:users|visitors|members|viewers)|everyone|view)\b",
            Removed,
        ),
        // "blinded" (블라인드 처리, as Korean portals write it in English).
        (r"\b(?:blinded|blind-processed)\b", Removed),
        // Shown to adults only: "성인 인증 이용자에게만 노출되도록 제한",
        // "19세 이상에게만 공개", "성인 인증을 거친 이용자만 볼 수 있도록".
        (
            r"(?:성인|19\s*세\s*이상)\s*(?:인증)?\s*(?:을\s*(?:마친|완료한|거친|받은)\s*)?(?:이용자|회원|사용자)?\s*(?:에게만|만)\s*(?:노출|공개|열람|시청|볼\s*수)",
            Restricted,
        ),
        (r"노출(?:되도록|을|이)?\s*제한", Restricted),
        // DSA statements of reasons: "Restriction of access in the Republic
        // of Korea" (the removal types are read as removals).
        (
            r"\b(?:restriction\s+of\s+access|access\s+restriction|restricted\s+access)\b",
            Restricted,
        ),
        (r"\btook\s+down\b", Removed),
        // "We have had the customer take down the sign-up page": a host's
        // customer, told to.
        (
            r"\b(?:have|has)\s+had\s+(?:the|our|their)\s+(?:customer|client|site\s+owner|owner|user|account\s+holder|webmaster)\s+(?:take\s+down|remove|delete|disable)\b",
            Removed,
        ),
        // Hosts and image boards: "purged from storage", "null-routed",
        // "taken offline".
        (r"\bpurged\b", Removed),
        // A file host's one-liner "Killed URL1 and URL2, both gone for
        // good." (at the start of a sentence, or after "we", "I").
        (
            r"(?:^\W*(?:(?:hi|hello|hey|ok|okay|done|yep|sure|right)\b[\s,!.:-]*)?|[.!?]\s+|\b(?:we|i)(?:'ve|\s+have)?\s+)(?:killed|nuked|zapped)\s+(?:;|(?:both|all|the|it|them|that|this|those|these)\b)",
            Removed,
        ),
        // A board admin's "all three threads from your list are nuked",
        // "both /kr/ threads nuked:".
        (
            r"\b(?:is|are|was|were|been|got)\s+(?:now\s+|all\s+)?nuked\b|\b(?:threads?|posts?|videos?|links?|files?|images?|pics?|urls?|ones?|uploads?)\s+(?:all\s+|both\s+)?nuked\b",
            Removed,
        ),
        // "URL now shows our \"site unavailable\" page in every country",
        // "They now return our suspension page": the host's own notice
        // stands in place of the content. (A notice shown only in one
        // country is read as a restriction by the scope rules.)
        (
            r"\bnow\s+(?:shows?|displays?|returns?|serves?|redirects?\s+to)\s+(?:our|an?|the)\s+[\x22“'‘]?(?:(?:site|page|content|account|service)\s+)?(?:unavailable|suspended|suspension|removed|disabled|terminated|blocked|taken\s+down)[\x22”'’]?\s+(?:page|notice|message|screen|banner)\b",
            Removed,
        ),
        // "The comment … has been hidden (블라인드) by the moderator": a
        // board's blind, by its own staff. (Not "hidden behind a warning",
        // which is read as a restriction.)
        (
            r"\b(?:has|have|was|were)\s+(?:been\s+)?hidden\s*(?:[(（]\s*블라인드\s*[)）]\s*)?by\s+(?:the\s+|our\s+)?(?:moderators?|moderation\s+team|admins?|administrators?|staff|operators?|site\s+operators?)\b|\bhidden\s*[(（]\s*블라인드\s*[)）]",
            Removed,
        ),
        // A host's "the server has been wiped", "same server, also wiped":
        // its storage erased. (By the host, as the sentence says; "the
        // uploader wiped it" is the author's own deletion, read elsewhere.)
        (
            r"\b(?:is|are|was|were|been|got)\s+(?:now\s+|all\s+|also\s+)?wiped\b|(?:^|[,;:–—-])\s*(?:and\s+)?also\s+wiped\b",
            Removed,
        ),
        // "URL - nuked": the word alone after the URL.
        (
            r"(?:^|;)\s*[-–—:：→]\s*(?:nuked|zapped)(?:\s+(?:too|as\s+well|also))?\s*(?:[,.;!)]|$)",
            Removed,
        ),
        // "both now answer HTTP 451" (Unavailable For Legal Reasons, RFC
        // 7725): blocked; to whom, the scope after it says.
        (
            r"\b(?:answer|return|serve|respond\s+with|give)s?\s+(?:an?\s+)?(?:http\s+)?(?:status\s+)?451\b",
            Removed,
        ),
        (r"\bnull[- ]?routed\b", Removed),
        (
            r"\b(?:taken|took|put|pulled)\s+(?:\w+\s+){0,3}?offline\b",
            Removed,
        ),
        (r"\bbanned\b", Removed),
        (r"\bsuspended\b", Removed),
        // "We have issued an indefinite suspension to the channel URL".
        (
            r"\b(?:issued|applied|imposed|placed)\s+(?:an?\s+)?(?:indefinite|permanent)\s+(?:suspension|ban)\b",
            Removed,
        ),
        // A registrar's hold takes the domain out of the DNS: "서버홀드
        // 처리 완료", "placed the domain on serverHold".
        (
            r"서버\s*홀드\s*(?:처리|조치|적용|설정)?\s*(?:를\s*|가\s*)?(?:완료|하였|했|되었|됐|됨)|\b(?:placed|put|set)\b[^.;!?]{0,40}?\b(?:on\s+)?(?:server|client)\s*hold\b|\b(?:server|client)\s*hold\s+(?:status\s+)?(?:has\s+been\s+|was\s+)?(?:applied|placed|set)\b",
            Removed,
        ),
        // Image boards and small hosts (round 50): "is region-locked now,
        // posters from KR IPs get a 451"; "now shown only to logged-in
        // adults after age verification (… 성인 인증 적용)".
        (
            r"\bregion[- ]?(?:locked|blocked|restricted)\b|\bgeo[- ]?locked\b",
            Restricted,
        ),
        (
            r"\b(?:shown|visible|available|viewable)\s+only\s+to\s+(?:[\w-]+\s+){0,2}?adults\b|성인\s*인증\s*(?:적용|설정)",
            Restricted,
        ),
        (r"열람이?\s*(?:제한된|제한되어\s*있는)\s*상태", Restricted),
        // Hosts: "(these) show our suspension page and no longer serve the
        // customer's content"; "pulled <URL> from the customer's webroot".
        (
            r"\bno\s+longer\s+(?:serves?|serving|hosts?|hosting)\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:customer'?s?\s+|client'?s?\s+)?(?:content|files|pages?|site|website)\b|\b(?:shows?|displays?|serves?)\s+(?:our|a|the)\s+suspen(?:sion|ded)\s+(?:page|notice)\b",
            Removed,
        ),
        (
            r"\bpulled\s+(?:(?:it|them|this\s+\w+|the\s+\w+|[<(\[]?\s*;\s*[>)\]]?)\s+)?(?:from|off)\s+(?:the\s+|our\s+)?(?:customer'?s?\s+|client'?s?\s+)?(?:webroot|server|site|storage|cdn|hosting|website|platform|service|bucket)\b",
            Removed,
        ),
        // "게시글 숨김 처리 (밴드 멤버 및 외부 모두 열람 불가)": hidden from all.
        (
            r"(?:게시(?:물|글)|콘텐츠|영상|글)\s*(?:을|를)?\s*숨김\s*(?:처리|조치)",
            Removed,
        ),
        (r"\bterminated\b", Removed),
        (r"\bdisabled\b", Removed),
        (r"\bblocked\b", Removed),
        (r"\bmade\s+(?:unavailable|inaccessible|private)\b", Removed),
        // "It is now unavailable in every country, not only in Korea",
        // "unavailable worldwide": gone for everyone.
        (
            r"\b(?:unavailable|inaccessible|not\s+available|not\s+accessible)\s+(?:everywhere|worldwide|globally|in\s+(?:every|all)\s+(?:countr(?:y|ies)|regions?|territor(?:y|ies)|jurisdictions?))\b",
            Removed,
        ),
        // "We have made this cafe post unavailable on Daum", "we made it
        // inaccessible": the object between the verb and its state.
        (
            r"\b(?:have|has|had|we)\s+made\s+(?:it|them|this|that|these|those|the|both|all)(?:\s+[\w-]+){0,3}?\s+(?:unavailable|inaccessible)\b",
            Removed,
        ),
        // "post is now shown only to logged-in users aged 19 or over".
        (
            r"\b(?:visible|available|viewable|accessible|shown)\s+only\s+to\s+(?:logged[\s-]*in\s+|signed[\s-]*in\s+|verified\s+)?(?:users|viewers|members|accounts)\s+(?:aged\s+)?1[89]\s+(?:or|and)\s+(?:over|above|older)\b",
            Restricted,
        ),
        // ("I've set URL to private": the URL is read as " ; ".)
        (
            // ("our operations team has switched the post to private".)
            r"\b(?:set|switched|changed|turned)\s+(?:(?:it|them|this\s+\w+|the\s+\w+|;)\s+)?(?:over\s+)?to\s+private\b",
            Removed,
        ),
        (r"\b(?:is|are|was|were)\s+now\s+private\b", Removed),
        (
            r"(?:이용|영구|계정)(?:이|가)?\s*정지\s*(?:처리|조치)?\s*(?:되었|됐|됨|하였|했|완료)",
            Removed,
        ),
        // Registrars: a domain put on hold no longer resolves.
        (
            r"\b(?:placed|put|set)\s+(?:\w+\s+)?on\s+(?:client|server)\s*hold\b|\b(?:client|server)\s*hold\s+(?:status\s+)?(?:has\s+been\s+|was\s+)?(?:applied|set|placed)\b",
            Removed,
        ),
        // An EPP status in a registrar's table or sentence ("clientHold",
        // "status: serverHold"): the domain does not resolve.
        (r"\b(?:client|server)[\s-]?hold\b", Removed),
        // "The website … no longer resolves": the domain was taken off.
        (r"\bno\s+longer\s+resolv(?:es|ing)\b", Removed),
        // "네임서버를 정지(이용정지)하는 조치를 완료하였습니다".
        (
            r"(?:삭제|정지|폐쇄|게시\s*중단)\s*(?:\([^)]{0,20}\)\s*)?(?:하는|시키는)\s*조치를?\s*(?:완료|취하였|취했|하였|했)",
            Removed,
        ),
        (
            r"\bno\s+longer\s+(?:available|accessible|reachable|visible|viewable|online|public)\b",
            Removed,
        ),
        // "Done - these two are down now", "These two are gone now:" from
        // the host: taken down, said as its state.
        (
            r"\b(?:is|are|'s|'re)\s+(?:all\s+|both\s+)?(?:now\s+(?:down|gone)|(?:down|gone)\s+now)\b",
            Removed,
        ),
        // "both gone:" over two URLs, "all three gone", "URL - gone": a
        // host's admin, in as few words as possible.
        (
            r"^\W*(?:(?:done|ok|okay)\W+)?(?:(?:both|all(?:\s+(?:\d+|two|three|four|five|six|of\s+them))?)(?:\s+(?:are|were))?\s+)?gone\W*$",
            Removed,
        ),
        (
            r"\b(?:can\s*(?:not|no\s+longer)|can't)\s+be\s+(?:displayed|viewed|accessed|seen)\b",
            Removed,
        ),
        (r"\bactioned\b", Removed),
        // "이 채팅방은 더 이상 검색하거나 입장할 수 없습니다", "더 이상 볼 수
        // 없습니다": the Korean of "can no longer be viewed".
        (
            r"더\s*이상\s*(?:[가-힣]+\s+){0,2}?(?:볼|보실|검색|입장|접속|열람|시청|재생|조회)(?:하거나\s*(?:[가-힣]+\s*)?)?(?:하실|할|될)?\s*수\s*없|더\s*이상\s*(?:공개|노출)되지\s*않",
            Removed,
        ),
        // "no longer delivered to visitors in Korea" (a CDN): scoped by
        // the country named, like any removal.
        (
            r"\bno\s+longer\s+(?:delivered|served|shown|displayed)\b",
            Removed,
        ),
        // "Pin deactivated", "the account was deactivated" (by the platform).
        (r"\b(?:deactivated|de-activated)\b", Removed),
        (
            r"\bglobal(?:ly)?\s+(?:removal|takedown|deletion)\b",
            Removed,
        ),
        // A decision field (DSA statement of reasons: "Decision: removal of
        // content"); only under "decision", never "requested action".
        (
            r"\b(?:decision(?:\s+(?:type|taken))?|type\s+of\s+(?:restriction|action|measure|decision)|action\s+taken|measures?\s+taken|enforcement(?:\s+action)?|outcome|result)\s*[:：]\s*(?:the\s+)?(?:removal|deletion|takedown|take-down|disabling\s+of\s+access|termination|suspension)\b",
            Removed,
        ),
        // The same decision limited to a place (DSA: "Disabling of access in
        // a Member State or third country"), or a restriction by name.
        (
            r"\b(?:decision(?:\s+type)?|type\s+of\s+(?:restriction|action|measure|decision)|action\s+taken|measures?\s+taken|enforcement(?:\s+action)?|outcome|result)\s*[:：]\s*(?:the\s+)?(?:disabling\s+of\s+access|access\s+(?:disabled|restricted|blocked)|removal|blocking)\s+(?:in|for|within)\s+(?:(?:a|the|one|certain|some|specific|your)\s+)?(?:member\s+states?|third\s+countr(?:y|ies)|countr(?:y|ies)|jurisdictions?|regions?|territor(?:y|ies)|korea|south\s+korea|the\s+republic\s+of\s+korea|kr)\b",
            Restricted,
        ),
        (
            r"\b(?:decision(?:\s+type)?|type\s+of\s+(?:restriction|action|measure|decision)|action\s+taken|measures?\s+taken|enforcement(?:\s+action)?|outcome|result)\s*[:：]\s*(?:the\s+)?(?:geo-?block(?:ing|ed)?|local\s+block(?:ing)?|country\s+withh(?:eld|olding)|withholding|age[- ]restriction)\b",
            Restricted,
        ),
        // Korean result fields: the measure's name is the statement
        // ("조치 내용: 게시중단(임시조치)", "처리 결과: 삭제").
        (
            r"(?:조치|처리)\s*(?:내용|결과|사항|현황|유형)?\s*[:：]\s*(?:게시\s*중단\s*\([^)]{0,12}?)?임시\s*조치",
            Restricted,
        ),
        (
            r"(?:(?:조치|처리)\s*(?:내용|결과|사항|현황|유형)?|결과)\s*[:：]\s*(?:(?:접속|접근)\s*)?(?:차단|제한)",
            Restricted,
        ),
        (
            r"(?:(?:조치|처리)\s*(?:내용|결과|사항|현황|유형)?|결과)\s*[:：]\s*(?:삭제|게시\s*중단|블라인드|비공개|숨김)(?:\s*(?:처리|조치|완료|됨|함|및)|되|하|\s*[(（\[,.;:·]|\s*$)",
            Removed,
        ),
        // On the content; "action against the user account that posted it"
        // says nothing certain about the post (see VAGUE_ACTION).
        (
            r"\b(?:taken|took)\s+action\s+(?:on|against)\s+(?:the\s+|this\s+|these\s+|those\s+|all\s+(?:of\s+)?(?:the\s+)?|both\s+(?:of\s+the\s+)?)?(?:reported\s+|requested\s+|listed\s+|following\s+)?(?:pieces\s+of\s+content|content|contents|posts?|videos?|messages?|urls?|links?|items?|material|tweets?|reels?|it|them|each)\b",
            Removed,
        ),
        (
            r"(?:게시\s*중단|블라인드|비공개|숨김)\s*(?:\([^)]{0,20}\)\s*)?(?:처리|조치|전환)?\s*(?:\([^)]{0,20}\)\s*)?(?:를\s*|가\s*)?(?:완료|되었|됐|됨|하였|했|되어|하여|해\s*(?:두었|뒀|놓았|놨))",
            Removed,
        ),
        // "카페 매니저가 비공개로 전환하여": switched to private as an act (not
        // "카페가 비공개로 전환되어 있어", the state a place is in).
        (
            r"(?:게시\s*중단|블라인드|비공개)\s*(?:으로|로)\s*전환\s*(?:하였|했|하여|되었|됐|됨|처리|조치|완료)",
            Removed,
        ),
        (r"운영자에\s*의해\s*삭제", Removed),
        (r"운영자가\s*(?:직접\s*)?삭제", Removed),
        // A channel terminated (채널 해지).
        (
            r"해지\s*(?:\([^)]{0,20}\)\s*)?(?:처리|조치)?\s*(?:되었|됐|됨|하였|했|완료)",
            Removed,
        ),
        // "삭제 조치하지 않을 수 없었음": could not but delete.
        (
            r"(?:삭제|차단|게시\s*중단)\s*(?:조치|처리)?\s*(?:를\s*)?하지\s*않을\s*수\s*(?:없었|밖에\s*없었)",
            Removed,
        ),
        (
            r"(?:폐쇄|이용\s*정지)\s*(?:\([^)]{0,20}\)\s*)?(?:처리|조치)?\s*(?:되었|됐|됨|하였|했|완료)",
            Removed,
        ),
        // A room or channel closed by the platform ("채팅방이 종료 처리되었으며",
        // "방이 종료(폐쇄) 처리되었습니다", "채널이 해지되어"): the space is
        // gone. (Closed by its own host is not_found, above.)
        // "The open chat room URL has been permanently closed", "the group
        // was shut down", "The server behind URL has been shut down": a room,
        // group or channel closed by the platform is gone for everyone.
        (
            r"\b(?:chat\s*room|open\s+chat(?:\s+room)?|room|group|channel|server|community)\s+(?:(?:behind|at|of)\s+)?(?:<?\s*;\s*>?\s+)?(?:has\s+been|have\s+been|was|were)\s+(?:permanently\s+)?(?:closed|shut\s+down)\b",
            Removed,
        ),
        (
            r"(?:채팅방|오픈채팅방|채널|방|카페|블로그|계정)(?:이|가|은|는)?\s*(?:강제\s*)?(?:종료|해지|폐쇄)\s*(?:[(（][^)）]{0,10}[)）]\s*)?(?:처리|조치)?\s*(?:되었|됐|됨|되어|하였|했|완료)",
            Removed,
        ),
        // "말씀하신 글 2개 다 지웠습니다": erased, by the one who answers.
        (
            r"(?:다|모두|전부)?\s*지웠(?:습니다|어요|음|다|고요|구요|고|으며|는데요)",
            Removed,
        ),
        // "특정 개인의 정보가 포함되어 있지 않아 유지": kept, for a reason
        // given right before it.
        (
            r"(?:않아|않아서|않으므로|없어|없어서|없으므로|아니므로|아니어서|(?:보기|판단하기)\s*(?:어려워|어려워서|어려우므로))\s*,?\s*(?:게시(?:물|글)?\s*(?:을|를)?\s*)?유지(?:합니다|하였|했|함|됨|됩니다|하기로|\s*$|[\s.,;)])",
            Rejected,
        ),
        // A registry's hold on a domain: "등록정지(Hold) 조치를 완료하였습니다".
        (
            r"(?:도메인\s*)?(?:등록|사용)\s*(?:정지|중지|말소)\s*(?:\([^)]{0,20}\)\s*)?(?:조치|처리)?\s*(?:를|을)?\s*(?:완료|하였|했|되었|됐|됨)",
            Removed,
        ),
        // "게시 제한 요건에 해당하지 않아 … 유지": the rule's conditions not met.
        (r"(?:요건|기준|사유)에\s*해당하지\s*않", Rejected),
        // A result written as a noun phrase that ends the text ("카페
        // 운영정책 위반으로 게시글 비공개 처리"): the measure was taken.
        (
            r"(?:삭제|게시\s*중단|블라인드|비공개|숨김)\s*(?:처리|조치)\s*(?:함|됨)?[\s.;,)]*$",
            Removed,
        ),
        // "→ 정보통신망법에 따른 임시조치 (30일)": the measure's name ends the
        // result.
        (
            r"임시\s*조치\s*(?:[(（]\s*\d+\s*일(?:간)?\s*[)）])?\s*$",
            Restricted,
        ),
        // "→ 답변을 포함한 질문글 전체 삭제": the whole of it deleted.
        (r"(?:전체|전부|모두)\s*삭제[\s.;,)]*$", Removed),
        // A result cell or line that is only the measure on the thing:
        // "해당 페이지 삭제", "호스팅 중지 (사이트 폐쇄)", "채널 영구
        // 제재(비공개 전환)"; after its cause ("불법 도박 사이트로 확인되어
        // 호스팅 서비스 이용 정지 (현재 사이트 접속 불가)"); a customer's
        // account ("해당 고객 호스팅 계정 이용정지, 현재 사이트 접속 불가
        // 상태").
        (
            r"^\W*(?:해당\s*)?(?:게시물|게시글|글|페이지|파일|영상|동영상|사이트|콘텐츠|이미지|사진|url)\s*(?:영구\s*)?삭제\s*(?:함|됨|완료)?[\s.;,)]*$",
            Removed,
        ),
        (
            r"(?:^\W*|(?:되어|되어서|하여|해서|되므로|이므로)\s+)(?:해당\s*)?(?:(?:고객(?:사)?|이용자|회원)(?:의)?\s+)?(?:(?:호스팅\s*(?:서비스\s*)?|서비스\s*)(?:이용\s*)?(?:중지|정지|해지|종료)|(?:(?:미니|마이너|호스팅)\s*)?(?:채널|계정|블로그|카페|사이트|갤러리|게시판)\s*(?:영구\s*)?(?:제재|정지|폐쇄|이용\s*정지))(?:\s*[(（][^)）]{0,20}[)）]|\s*[,，]\s*현재\s*[^.。,，]{0,12}?접속\s*불가(?:\s*상태)?)?[\s.;,)]*$",
            Removed,
        ),
        (
            r"(?:임시\s*조치|접속\s*차단|접근\s*제한|차단)\s*(?:처리|조치)\s*(?:함|됨)?[\s.;,)]*$",
            Restricted,
        ),
        // "X 규칙 위반으로 삭제": the cause, then the measure, ending the text.
        (
            r"(?:으로|로)\s*(?:(?:[가-힣]{1,6}|vod|url|sns)\s+)?(?:영구\s*)?(?:삭제|게시\s*중단|블라인드|비공개|이용\s*정지|정지|폐쇄)[\s.;,)]*$",
            Removed,
        ),
        // A heading that names the measure taken on the posts listed below
        // it ("■ 운영정책 위반으로 블라인드 처리한 게시물").
        (
            r"(?:삭제|게시\s*중단|블라인드|비공개)\s*(?:처리|조치)\s*(?:한|된|완료된)\s*(?:게시물|게시글|글|콘텐츠|영상)\s*(?:목록)?\s*[:：]?\s*$",
            Removed,
        ),
        (
            r"(?:임시\s*조치|접속\s*차단|접근\s*제한)\s*(?:처리|조치)?\s*(?:한|된|완료된)\s*(?:게시물|게시글|글|콘텐츠|영상)\s*(?:목록)?\s*[:：]?\s*$",
            Restricted,
        ),
        // "해당 게시물은 임시조치(30일간 접근 제한) 상태입니다", "국내 접속
        // 제한(임시조치) 상태입니다".
        (
            r"(?:임시\s*조치|(?:접속|접근)\s*(?:제한|차단))\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:중인\s*|된\s*)?상태",
            Restricted,
        ),
        // "처리 결과는 삭제입니다", "최종 조치 결과는 '임시조치'입니다": the
        // result named by a noun and a copula. (Not "… 결과는 삭제가 아닌
        // …", nor a result still to be settled: the copula must follow the
        // measure's name.)
        (
            r"(?:처리|조치)\s*결과(?:는|가|은)\s*['‘\x22“]?\s*(?:삭제|게시\s*중단|블라인드|비공개)\s*(?:처리|조치)?\s*['’\x22”]?\s*(?:[(（][^)）]{0,20}[)）]\s*)?(?:입니다|이며|이고|임(?:을|이)?(?:\s|[.,]|$)|으로\s*확정)",
            Removed,
        ),
        (
            r"(?:처리|조치)\s*결과(?:는|가|은)\s*['‘\x22“]?\s*(?:임시\s*조치|(?:국내\s*)?(?:접속|접근)\s*(?:차단|제한))\s*(?:처리|조치)?\s*['’\x22”]?\s*(?:[(（][^)）]{0,20}[)）]\s*)?(?:입니다|이며|이고|임(?:을|이)?(?:\s|[.,]|$)|으로\s*확정)",
            Restricted,
        ),
        // "카페가 폐쇄되어 게시물을 확인할 수 없습니다": the place is gone,
        // and with it the post, by whoever's hand; a closure the platform
        // says it made itself ("폐쇄 조치하였습니다") is a removal.
        (
            r"(?:카페|블로그|채널|채팅방|오픈\s*채팅방|방|계정|갤러리)(?:이|가|은|는)?\s*(?:이미\s*)?(?:폐쇄|삭제|탈퇴)(?:되어|된\s*상태(?:로|이므로|여서)?|되었으며|돼서|되어서)[^.。]{0,30}?(?:확인할\s*수\s*(?:없|가\s*없)|찾을\s*수\s*없|존재하지\s*않|조회(?:가|할\s*수)?\s*(?:되지\s*않|없))",
            NotFound,
        ),
        // "없는 글입니다 (이미 지워져 있음)": a post that does not exist.
        // (Not "위반 사항이 없는 글입니다": what the post lacks.)
        (
            r"(?:^|[.,:;)\]]\s*|[은는]\s+|^\W+)(?:이미\s+|현재\s+)?없는\s*(?:글|게시물|게시글|페이지|주소|링크|url|영상)\s*(?:입니다|이에요|예요|임|이며|이고|이라|으로\s*확인)",
            NotFound,
        ),
        // A CDN's "we have applied a country-level block (KR) at our edge".
        (
            r"\b(?:applied|put\s+in\s+place|implemented|enabled|set\s+up)\s+(?:a\s+)?(?:country[- ]level|country|geo|geographic(?:al)?|regional)[- ]?(?:block|blocking|restriction|geo-?block)\b",
            Restricted,
        ),
        // "URL1은 삭제, URL2는 임시조치, …": the item as topic, then the
        // measure's name alone ending its clause.
        (
            r"[은는]\s*(?:게시\s*중단\s*)?(?:임시\s*조치|접속\s*차단|접근\s*제한)\s*(?:처리|조치)?\s*(?:[,，.。]|$)",
            Restricted,
        ),
        (
            r"[은는]\s*(?:삭제|게시\s*중단|블라인드|비공개)\s*(?:처리|조치)?\s*(?:[,，.。]|$)",
            Removed,
        ),
        (
            r"\bremoval\s+(?:was\s+|has\s+been\s+)?(?:completed|done|confirmed)\b",
            Removed,
        ),
        (
            r"삭제\s*(?:완료|처리\s*(?:완료|하였|했|되었|됨)|조치\s*(?:완료|하였|했|되었|됨))",
            Removed,
        ),
        (r"삭제\s*(?:하였|했|되었|됐|됨)", Removed),
        (r"삭제\s*(?:처리|조치)?\s*된", Removed),
        (
            r"차단\s*(?:처리|조치)\s*(?:된|완료|하였|했|되었|됨)",
            Restricted,
        ),
        (r"삭제되었", Removed),
        (
            r"삭제\s*(?:조치|처리)?(?:를|을)\s*(?:완료|하였|했)",
            Removed,
        ),
        (r"조치\s*(?:완료|하였습니다|했습니다|되었습니다)", Removed),
        (r"(?:계정|채널)\s*(?:정지|차단|폐쇄)", Removed),
        // Bare stems: a statement only with a completion marker after them (see `said`).
        (r"삭제", Removed),
        (r"차단", Restricted),
        // A measure joined to a later act ("비공개 처리하고 … 경고를
        // 발송했습니다", "임시조치 후 … 통보하였습니다"): a statement only
        // when that act is done (see `said`).
        (
            r"(?:게시\s*중단|블라인드|비공개)\s*(?:처리|조치)?\s*(?:하고|후)(?:\s|$)",
            Removed,
        ),
        (r"임시\s*조치\s*(?:처리)?\s*(?:하고|후)(?:\s|$)", Restricted),
    ])
});

// Which phrases occur in a text, in one pass: a forward-only lazy DFA over
// all the phrases at once. (`regex::RegexSet` would also compile every
// phrase backwards and keep other engines beside it, which it never needs to
// say *which* phrases match: about 38 MB resident against about 21 MB here,
// BENCHMARKS.md, session 25.) The phrases outgrow the default NFA size limit
// of 10 MiB. The DFA's transition cache needs more than the default 2 MiB:
// with 2 MiB it is cleared over and over, about 16 times slower on a 3 KB
// reply (session 24); 8 MiB is as fast as 32 MiB. Each reading thread keeps
// its own cache, which grows only as far as the texts it reads need.
struct PhraseSet {
    dfa: regex_automata::hybrid::dfa::DFA,
}

static PHRASE_SET: LazyLock<PhraseSet> = LazyLock::new(|| {
    use regex_automata::{MatchKind, hybrid::dfa::DFA, nfa::thompson};
    let patterns: Vec<&str> = PHRASES.iter().map(|p| p.pattern.as_str()).collect();
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(64 << 20))
                .which_captures(thompson::WhichCaptures::None),
        )
        .build_many(&patterns)
        .expect("built-in phrase regexes");
    let dfa = DFA::builder()
        .configure(
            DFA::config()
                .match_kind(MatchKind::All)
                .cache_capacity(8 << 20),
        )
        .build_from_nfa(nfa)
        .expect("built-in phrase regexes");
    PhraseSet { dfa }
});

impl PhraseSet {
    /// The indices into `PHRASES` of the phrases that match somewhere in
    /// `text`, ascending. Should the lazy DFA give up on a text, every
    /// phrase is returned: each is then searched for on its own, slower
    /// but with the same result.
    fn matches(&self, text: &str) -> Vec<usize> {
        use regex_automata::{Input, PatternSet, hybrid::dfa::Cache};
        thread_local! {
            static CACHE: std::cell::RefCell<Option<Cache>> = const { std::cell::RefCell::new(None) };
        }
        let mut set = PatternSet::new(self.dfa.pattern_len());
        let found = CACHE.with(|cell| {
            let mut cache = cell.borrow_mut();
            let cache = cache.get_or_insert_with(|| self.dfa.create_cache());
            self.dfa
                .try_which_overlapping_matches(cache, &Input::new(text), &mut set)
        });
        match found {
            Ok(()) => set.iter().map(|p| p.as_usize()).collect(),
            Err(_) => (0..self.dfa.pattern_len()).collect(),
        }
    }
}

/// Doubt, a condition or time to come: the words `HEDGE_BEFORE` shares with
/// `hedged_across_break`'s reading before a URL's place (which leaves out
/// the negations), written once so the two cannot drift apart.
const DOUBT_WORDS: &str = "may|might|could|would|will|shall|should|if|once|unless|whether|until|pending|possibly|probably|perhaps|maybe|likely|presumably|apparently";

// Words before a status phrase (in the same clause) that keep it from being a statement.
// ("it'll get purged": the clause may start after "it", so "'ll" stands
// without a word boundary before it.)
static HEDGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &ascii_b(&format!(r"(?ix)\b(?:not|never|no|nor|neither|cannot|won't|wont|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|didn't|doesn't|don't|must|going\s+to|ask\s+(?:you|that)|asking\s+you|request\s+(?:that|you)|requesting\s+(?:that|you)|urge\s+you|without|partially|partly|appears?\s+to|seems?\s+to|it\s+(?:appears|seems|looks)|(?:appears|seems)\s+(?:that|the|this|its|our|their)|look(?:s|ed)?\s+(?:like|as\s+if|as\s+though)|otherwise|scheduled|plan|plans|planned|intend|intends|expect|expected|being|under\s+review|reviewing|consider|considering|evaluate|evaluating|yet|normally|usually|typically|generally|routinely|ordinarily|{DOUBT_WORDS})\b|['’]ll\b")),
    )
    .expect("built-in regex")
});

/// "We would like to inform you that", "we'd like to let you know that",
/// "we would like to confirm that".
static COURTESY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:we|i)\s*(?:would|'d)\s+like\s+to\s+(?:(?:inform|let|tell|advise|notify|update)\s+(?:you|the\s+\w+)\s+(?:know\s+)?|confirm\s+(?:to\s+you\s+)?)that\b"))
        .expect("built-in regex")
});

/// "After reviewing …", "following our review of …": a finished review
/// before the act it led to.
static REVIEW_DONE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:after|following|upon)\s+(?:(?:our|a|careful|further|legal|the)\s+)*(?:reviewing|review|considering|assessing|assessment|evaluating|examining|examination|investigating|investigation)\b"))
        .expect("built-in regex")
});

/// "without a licence", "without consent": what the content lacked, not a
/// condition on what was done.
static WITHOUT_LEAVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bwithout\s+(?:(?:a|an|any|valid|proper|the\s+required|the\s+person's|their|the\s+subject's)\s+)*(?:licen[cs]es?|permits?|permission|consent|authori[sz]ation|prescriptions?|registration|approval|age\s+verification)\b"))
        .expect("built-in regex")
});

/// "after our review" right after a phrase.
static AFTER_REVIEW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[^\w.!?。]|\.\.+)*after\s+(?:our\s+|a\s+)?review\b")
        .expect("built-in regex")
});

/// A finished act in the clause of a phrase: "has been", "was", "we've".
static DONE_BEFORE_AFTER_REVIEW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:has|have|had)\s+(?:now\s+|already\s+)?been\b|\b(?:was|were)\b|\bwe(?:'ve|\s+have|\s+had)\b")
        .expect("built-in regex")
});

// Words after a phrase that push it into the future or make it conditional.
static HEDGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    // (Within the phrase's own sentence: "… blocked from view in South
    // Korea. If you identify related channels, …" is the next one's "if".)
    Regex::new(&ascii_b(r"(?i)^(?:[^\w.!?。]|\.\.+)*(?:within\s+\d+|soon|shortly|in\s+due\s+course|as\s+soon\s+as|once|if\b|after\s+(?:our\s+|a\s+)?review\b|upon|pending|yet\b)"))
        .expect("built-in regex")
});

// "No action: after review we did not find a violation": the review is
// over, and what follows it is its finding, not a condition.
static REVIEW_DONE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\W*after\s+(?:our\s+|a\s+|further\s+|careful\s+)?review\b[\s,]*(?:we\s+(?:did|have|had|found|determined|concluded|decided|could|were)|it\s+(?:was|has|is|did)|(?:the|this)\s+\w+\s+(?:was|is|has|did))\b"))
        .expect("built-in regex")
});

static KOREAN_HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:했|하였|됐|되었)(?:는|던)지(?:는|를|도|가|의)?(?:\s|$)|된\s*것인지|예정|검토\s*중|검토하고|처리\s*중|진행\s*중|확인\s*중|지\s*않|지\s*못|않았|않을|않습니다|(?:이루어|시행|적용)(?:질|될)\s*수|될\s*것|할\s*것|하겠|되겠|요청|것으로\s*보이|것으로\s*보입|것\s*같|듯\s*합|듯합|듯하|추정|을\s*수도|수도\s*있|(?:했|았|었|됐|되었)을\s*수\s*있|보입니다만|보이지만|ㄹ\s*수도|을지도|가능성|(?:했|았|었|됐|되었|였)을(?:\s*$|\s*[,.]|\s+[가-힣--뿐]))")
        .expect("built-in regex")
});

// ("해당하지 않을 수 있어", "아닐 수 있어": may not be.)
static KOREAN_FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:않을\s*수\s*있|아닐\s*수\s*있|일\s*수\s*있|(?:질|될)\s*수\s*(?:도\s*)?있|예정|검토\s*중|검토하고|처리\s*중|진행\s*중|확인\s*중|될\s*것|할\s*것|하겠|되겠|것으로\s*보이|것으로\s*보입|것\s*같|듯\s*합|듯합|듯하|추정|을\s*수도|수도\s*있|(?:했|았|었|됐|되었)을\s*수\s*있|보입니다만|보이지만|을지도|가능성)")
        .expect("built-in regex")
});

// An account's sanction listed after the content's measure, ending the
// text: "게시글 삭제 및 블로그 이용제한", "삭제 / 계정 정지".
static KO_SANCTION_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:및|,|/|와|과)\s*(?:해당\s*)?(?:(?:작가|작성자|게시자|회원|방장)\s*(?:의\s*)?)?(?:블로그|계정|채널|아이디|id|작성자|게시자|회원|카페|작성\s*ip|ip)\s*(?:의\s*)?(?:(?:카페|블로그|커뮤니티|채널|서비스|오픈채팅)\s*)?(?:이용\s*(?:제한|정지)|활동\s*(?:제한|정지)|영구\s*정지|정지|차단|제재|경고)\s*(?:조치)?\s*[.。]?\s*$")
        .expect("built-in regex")
});

/// A condition in time before a URL's place (" ; ") at a sentence's start.
static CONDITION_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:until|pending)\b[^;.!?]{0,60}?[\s,]*;\s*").expect("built-in regex")
});

// A content measure with the account's sanction joined after it, inside a
// sentence, before the word for the measures they share: "게시물 삭제 및
// 작성자 이용 차단 조치를 완료하였음을" (at a line's end, as a result's
// list, see `KO_SANCTION_LISTED`).
static KO_SANCTION_JOINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(삭제|게시\s*중단|블라인드(?:\s*처리)?|비공개(?:\s*처리)?)\s*(?:및|,|/|와|과)\s*(?:해당\s*)?(?:작성자|게시자|회원|계정|아이디|블로그|작성\s*ip)\s*(?:의\s*)?(?:이용\s*|활동\s*|영구\s*)?(?:제한|정지|차단|제재|경고)(\s*(?:조치|처리))")
        .expect("built-in regex")
});

// A measure against the item's copies, not a word on the item: "its hash is
// on our blocklist now so re-uploads get rejected automatically too" (the
// refusal is of the copies).
static COPIES_REFUSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:any|all|future|new|further|later)\s+)?(?:re-?uploads?|re-?posts?|copies|duplicates|mirrors|uploads\s+of\s+(?:it|them|the\s+same\s+file))(?:\s+of\s+(?:it|them|the\s+(?:file|zip|video|post|image)s?))?\s+(?:get|gets|are|will\s+be|would\s+be|will\s+get)\s+(?:now\s+)?(?:automatically\s+|auto-?\s*)?(?:rejected|blocked|refused|prevented|stopped|denied)\b")
        .expect("built-in regex")
});

// An account's sanction joined after the content's measure by "하고":
// "방을 폐쇄하고 방장 계정의 오픈채팅 이용을 영구 제한하였습니다" (see
// `said_core`).
static KO_SANCTION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:하고|하였으며|했으며|하며)\s+(?:해당\s*)?(?:방장|작성자|게시자|회원|이용자|개설자)\s*(?:의\s*)?(?:계정|아이디)?\s*(?:의\s*)?(?:[가-힣]{1,6}\s*)?(?:이용|활동)(?:을|를)?\s*(?:영구\s*|일시\s*|\d+\s*일(?:간)?\s*)?(?:제한|정지|차단)\s*(?:조치)?\s*(?:하였|했|함)")
        .expect("built-in regex")
});

// Another's word passed on: "according to the customer", "the site owner
// tells us that", "고객사에 따르면".
static HEARSAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\baccording\s+to\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:customer|client|user|owner|uploader|account\s+holder|site\s+owner|webmaster|operator|poster|author|reseller|them|him|her)\b|\b(?:the|our)\s+(?:customer|client|user|site\s+owner|webmaster|account\s+holder|reseller)\s+(?:claims|claimed)\b|(?:고객|고객사|이용자|회원|운영자|사이트\s*운영자)(?:\s*측)?(?:에\s*따르면|의\s*말에\s*따르면|의\s*답변에\s*따르면)"))
        .expect("built-in regex")
});

// The measure's verb right after it, saying it cannot be taken ("제한할
// 수 없어", "삭제 처리할 수가 없습니다").
static KO_CANNOT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:을|를)?\s*(?:처리|조치)?\s*(?:할|하실|될|되실)\s*수\s*(?:가\s*|는\s*)?없")
        .expect("built-in regex")
});

// The phrase's verb made a request ("유지해 주세요", "삭제하여 주시기
// 바랍니다").
static KO_PLEASE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:하여|해|하|시켜)?\s*(?:주세요|주십시오|주시기|주시길|주시면|주실\s*것)|^\s*(?:하시기|해주시기|하여주시기)\s*바랍")
        .expect("built-in regex")
});

// A measure's phrase that ends on the word joining it to a later act.
static JOINED_MEASURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:하고|후)\s*$").expect("built-in regex"));

// A later act that is a measure on the content, or undoes one.
static LATER_MEASURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"삭제|차단|제한|블라인드|공개|게시\s*중단|임시\s*조치|유지|복구|복원|해제|철회|취소",
    )
    .expect("built-in regex")
});

// A finished verb later in the sentence ("…하고 … 경고했습니다").
static JOINED_DONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:했|하였|되었|됐|해\s*뒀|해\s*두었)(?:습니다|음|다|어요)|완료")
        .expect("built-in regex")
});

// A later verb that is negated or contrasted ("삭제하고 알리지는
// 않았습니다", "…했으나"): the joined stem does not share a plain past.
static KOREAN_HEDGE_JOINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"지\s*않|지\s*못|않았|않습|못했|요청|으나|지만").expect("built-in regex")
});

/// `text` without its labelled reasons in brackets ("(사유: …)", "(reason:
/// …)") that state no status and no pending state.
pub(crate) fn without_quiet_reasons<'a>(
    text: &'a str,
    extra: &[(Status, String)],
) -> std::borrow::Cow<'a, str> {
    if !REASON_NOTE.is_match(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let quiet = REASON_NOTE.find_iter(text).all(|m| {
        let inner = m.as_str();
        !matches!(said_core(inner, extra), Said::Stated(_))
            && !PENDING_STATE.is_match(&inner.to_lowercase())
            && !KOREAN_FUTURE.is_match(inner)
    });
    if quiet {
        REASON_NOTE.replace_all(text, " ")
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// "…에 따른 요청으로", "요청에 따라": the request a measure was taken on.
static KO_AT_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"따른\s*요청으로|요청에\s*따라(?:서)?|요청에\s*의(?:해|하여|한)")
        .expect("built-in regex")
});

// What a measure makes of the item, negated: "재생되지 않습니다", "보이지
// 않습니다", "노출되지 않습니다".
static GONE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    // (Nor a negation that only describes the people kept out: "성인인증을
    // 하지 않은 이용자는 열람 불가".)
    Regex::new(r"(?:재생|노출|접속|조회|열람|검색|공개)되지\s*않|보이지\s*않|열리지\s*않|(?:하|받|거치|마치)지\s*않은\s*(?:이용자|회원|사용자|분|사람|계정)")
        .expect("built-in regex")
});

// A reason in brackets, labelled as one: "(사유: …)", "(reason: …)".
static REASON_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[(（]\s*(?:사유|이유|판단\s*근거|reason|grounds?)\s*[:：][^()（）]{1,200}[)）]",
    )
    .expect("built-in regex")
});

/// "삭제 처리되어 현재 볼 수 없는 상태입니다": the measure, joined by
/// "되어" to what can no longer be done with the page now, is done.
static GONE_NOW_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:처리|조치)?\s*(?:되어|돼서|되어서|돼)\s*(?:현재\s*|지금은?\s*|더\s*이상\s*)?(?:누구도\s*|아무도\s*)?(?:볼|열람할|접근할|접속할|시청할|조회할)\s*수\s*(?:가\s*)?없(?:습니다|음|어요|는\s*상태(?:입니다|이며|이고|임|로|에))")
        .expect("built-in regex")
});

static KOREAN_DONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[)）]?\s*(?:\([^)]{0,20}\)\s*)?(?:(?:조치|처리)?(?:를|을|가|이)\s*완료|완료|했|하였|되었|됐|됨|해\s*(?:뒀|두었)|처리\s*(?:완료|하였|했|되었|됐|됨|돼)|조치\s*(?:완료|하였|했|되었|됐|됨|돼)|(?:처리|조치)?\s*(?:가|를|이|은|는)?\s*(?:끝났|끝냈|마쳤|마무리했|마무리하였|마무리되었))").expect("built-in regex")
});

// "under review", "pending", "검토 중": the platform says it has not decided yet.
static PENDING_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &ascii_b(r"(?i)\b(?:(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:applied|carried\s+out|executed|enforced|implemented)|under\s+(?:(?:legal|further|additional|local[\s-]law|manual)\s+)?(?:review|investigation|assessment)|(?:^|[:：]\s*)in\s+(?:review|moderation|triage)\s*$|being\s+(?:reviewed|assessed|processed|investigated|evaluated|checked|examined|verified|looked\s+(?:at|into))|in\s+progress|pending|not\s+yet|(?:still\s+(?:open\s+)?|(?:is|are)\s+(?:still\s+|now\s+)?)with\s+(?:our|the)\s+(?:[a-z&]+\s+){0,2}(?:team|specialists|reviewers|lawyers|counsel|department|moderators)|no\s+decision\s+has\s+(?:yet\s+)?been\s+(?:made|taken|reached)|will\s+let\s+you\s+know\s+(?:once|when|as\s+soon\s+as)|(?:cannot|can't|can\s+not|unable\s+to)\s+confirm|awaiting|on\s+hold|still\s+(?:reviewing|assessing|investigating|evaluating|checking)|(?:are|is|am)\s+(?:currently\s+|still\s+)?(?:assessing|reviewing|investigating|evaluating|checking|looking\s+into)|(?:are|is|am)\s+still\s+looking\s+at|will\s+(?:reply|respond|write|revert)(?:\s+(?:to\s+you|about\s+(?:it|them|this|that)|on\s+(?:it|them|this|that)))?\s+(?:separately|again|shortly|soon|once)|will\s+(?:get\s+back\s+to\s+you|follow\s+up|update\s+you)|will\s+(?:also\s+)?(?:look\s+into|investigate|assess|review)\s+(?:it|them|;))\b|검토\s*중|처리\s*중|진행\s*중|확인\s*중|예정|보류|아직\s*(?:보고|검토하고|확인하고|살펴보고|들여다보고)\s*있|(?:보고|확인\s*(?:하고|후)|검토\s*(?:하고|후))\s*(?:다시\s*|따로\s*)?(?:말씀|연락|회신|답변|안내)\s*(?:드릴게요|드리겠습니다|드릴\s*예정|드릴께요)"),
    )
    .expect("built-in regex")
});

// "previously restricted", "formerly geo-blocked": the state before, not the news.
// ("was listed as removed in error", "marked as removed": a label, which
// is no act.)
static FORMER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:previously|formerly|originally|initially|earlier|before)\s+(?:been\s+)?$|\b(?:listed|marked|shown|recorded|labell?ed|classified|described)\s+as\s+$|\b(?:previously|formerly|originally|initially|earlier|first)\s+(?:assessed|judged|deemed|found|considered|determined|rated|classified|evaluated)\s+(?:it\s+|them\s+|this\s+\w+\s+|the\s+\w+\s+)?(?:as|to\s+be)\s+$|\b(?:told|informed|advised|notified|wrote\s+to|said\s+to)\s+you\s+that\s+(?:it\s+|this\s+|the\s+\w+\s+)?(?:;\s+)?(?:had\s+been\s+|has\s+been\s+|was\s+|were\s+)?$|\bwe\s+(?:(?:had\s+)?(?:said|wrote|stated|replied)|had\s+concluded)\s+that\s+(?:it\s+|this\s+|the\s+\w+\s+)?(?:;\s+)?$|\b(?:which|that)\s+(?:we\s+)?had\s+(?:been\s+)?(?:previously\s+|already\s+|earlier\s+|originally\s+)?$|(?:앞서|이전에|기존에|종전에?)\s*$",
    ))
    .expect("built-in regex")
});

// A Korean measure named as a former state by its ending ("임시조치되었던
// 영상은 … 최종 삭제되었습니다": the video that had been under the temporary
// measure): not what was done now.
/// "the deleted [and expired] ones", "the removed items table": a store
/// of what is gone, where one looked.
static STORE_OF_THE_GONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:and\s+(?:the\s+)?[a-z]+\s+)?(?:ones|(?:items?\s+|posts?\s+|pastes?\s+|files?\s+)?(?:tables?|archives?|bins?|folders?|backups?|logs?|queues?))\b")
        .expect("built-in regex")
});

static SUPERSEDED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.!?]{0,80}?(?:\band|;|,)\s+(?:it\s+|they\s+|this\s+\w+\s+|the\s+\w+\s+)?(?:(?:has|have)\s+(?:now|since|subsequently|later|then)\s+been|(?:is|are)\s+now|(?:we|i)\s+(?:have\s+|had\s+)?(?:now|since|subsequently|later|then)(?:\s+(?:have|had))?)\s+(?:(?:permanently|fully|globally|completely)\s+)?(?:removed|deleted|taken\s+down|disabled|restricted|withheld|geo-?blocked|age-restricted|restored|reinstated|reactivated|unblocked)\b")
        .expect("built-in regex")
});

static KO_SUPERSEDED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.。]{0,20}?(?:으나|지만)[^.。]{0,80}?(?:이후|추가\s*(?:확인|검토)|재검토|최종)[^.。]{0,80}?(?:영구\s*)?(?:삭제|게시\s*중단)\s*(?:조치|처리)?\s*(?:하였|했|되었|됐|완료)")
        .expect("built-in regex")
});

static FORMER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:던|\s*(?:조치|처리)?\s*(?:되었던|됐던|하였던|했던|되어\s*있던|중이던))")
        .expect("built-in regex")
});

// A refusal inside a concessive clause ("Although it doesn't go against our
// Community Standards, we've restricted access to it in South Korea"): the
// main clause after it is what was done.
static CONCESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:although|though|while|whilst|despite)\b(?:[^.;!?]|\s;\s){0,40}$",
    ))
    .expect("built-in regex")
});

// A relative clause between commas (", which may have been reported before,")
// describes the items' past; its hedges do not hedge the main clause.
static RELATIVE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i),\s*(?:which|who|that|whose)\b[^,]*,|\s(?:which|who|whose)\s+(?:may|might|could|had|has|have|was|were)\b[^,]*,")).expect("built-in regex")
});

// A removal limited to one country ("can no longer be displayed to users in
// the Republic of Korea", "blocked for viewers in KR", "access blocked for
// KR") is a restriction.
static COUNTRY_SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^(?:[^.;!?]|\s;\s){0,60}?\b(?:territorial|geographic(?:al)?|geo)\s+scope\s*[:：]\s*(?:the\s+)?(?:republic\s+of\s+korea|south\s+korea|korea|kr)\b|^(?:[^.;!?]|\s;\s){0,90}?\bto\s+korean\s+(?:ip\s+)?(?:addresses|users|visitors|viewers)\b|^(?:[^.;!?]|\s;\s){0,40}?\bfor\s+(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr)(?:$|[\s.,;:)\]])|^(?:[^.;!?]|\s;\s){0,90}?\b(?:in|to\s+(?:users|viewers|visitors|people)\s+in|for\s+(?:users|viewers|visitors|people)\s+in|from\s+(?:users|viewers|visitors|people)\s+in)\s*[:：]?\s+(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr|your\s+(?:country|region|territory|jurisdiction)|(?:(?:a|the|one|certain|some|specific|particular|single|following)\s+){1,2}(?:member\s+states?|third\s+countr(?:y|ies)|countr(?:y|ies)|jurisdictions?|territor(?:y|ies)|regions?))\b|^\s*[(\[]\s*(?:kr|korea|south\s+korea)\s*[)\]]|^\s*[-–—:]\s*(?:kr|korea|south\s+korea)\b|^(?:[^.;!?]|\s;\s){0,80}?\b(?:korea|korean|kr)\s+(?:country\s+)?(?:site|domain|version)\b|^(?:[^.;!?]|\s;\s){0,90}?\b(?:country\s+)?(?:site|domain|version)\s+for\s+(?:south\s+korea|the\s+republic\s+of\s+korea|korea)\b|^(?:[^.;!?]|\s;\s){0,20}?\bfrom\s+(?:within\s+)?(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr)\b|^(?:[^.;!?]|\s;\s){0,30}?\bfrom\s+korean\s+(?:ip\s+)?(?:addresses|ips?|users|visitors|viewers|networks?)\b|^(?:[^.;!?]|\s;\s){0,90}?\b(?:requests?|traffic|visitors?|users?|viewers?|connections?|access)\s+(?:coming\s+|originating\s+|connecting\s+)?from\s+(?:within\s+)?(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr)\b"))
        .expect("built-in regex")
});

/// The country named before the act, in the same sentence ("access from
/// the Republic of Korea has been blocked", "Korean visitors are now
/// blocked", "Requests for this object originating in the Republic of
/// Korea are now blocked"): a restriction there, not a removal.
static SCOPE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)(?:\b(?:access|visitors?|users?|viewers?|traffic|requests?|connections?)(?:\s+(?:to|for)(?:\s+\w+){1,3}?)?(?:\s+(?:originating|coming|connecting))?\s+(?:from|in)\s+(?:south\s+korea|the\s+republic\s+of\s+korea|korea|kr)\b|\bkorean\s+(?:ip\s+)?(?:visitors|users|viewers|addresses|traffic|ranges|blocks)\b|\b(?:from|via|through)\s+(?:a|our)\s+korean\s+(?:test\s+)?(?:node|ip|address|vpn|connection|location|probe)\b)[^.;!?]{0,60}$"))
        .expect("built-in regex")
});

// An act in its base form, negated ("didn't remove", "will not delete"):
// never a statement that it was done.
static NEGATED_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:did|do|does|will|would|could|can|have|has|had)\s*(?:not|n't)\s+(?:yet\s+)?(?:remove|delete|take\s+down|block|restrict|withhold|disable|act\s+on)\b|\bwon't\s+(?:remove|delete|take\s+down|block|restrict|withhold|disable)\b"))
        .expect("built-in regex")
});

// After a removal: a part of it that stays up ("but the caption text remains
// visible", "하지만 게시글 본문은 유지").
static PARTIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:but|however|although|though|while|whereas)\b[^.;!?]{0,120}?\b(?:remains?|is\s+still|are\s+still|stays?|continues?\s+to\s+be)\s+(?:visible|available|online|accessible|up|live|public|viewable)\b|(?:으나|지만|하지만|다만|그러나)[^.]{0,60}?(?:유지|노출)"))
        .expect("built-in regex")
});

// A field naming what was asked ("요청 사항: 삭제", "Requested action:
// removal"): the measure after it is the request, not the result.
static REQUESTED_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)(?:요청|요구|희망|신고)\s*(?:사항|내용|조치|유형)?\s*[:：]|\brequest(?:ed)?\s+(?:action|measure|remedy)\s*[:：]"))
        .expect("built-in regex")
});

// "… without this", "until we receive …", "unless …": a condition, not a decision.
static CONDITION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:without\s+(?:this|these|that|such|it|them|the\s+(?:information|details|documents?|order))|until\s+we\s+(?:receive|get|have)|until\s+(?:the\s+|a\s+)?(?:court|courts|judge|tribunal|regulator|authorities|police)|unless)\b"))
        .expect("built-in regex")
});

// The same condition past the URL the act is on (a URL is read as " ; ",
// which ends the clause): "we cannot act on URL alone".
static ALONE_PAST_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\s*(?:on|upon|against)?\s+;\s+(?:alone|by\s+itself|on\s+its\s+own|without\s+(?:more|further|additional))\b"))
        .expect("built-in regex")
});

static POLICY_NOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^(?:do|does)\s*(?:not|n't)\s+(?:remove|delete|take\s+down|block|restrict|withhold)\s+(?:(?:whole|entire|all|any)\s+)?(?:threads|posts|accounts|channels|videos|pages|servers|groups|boards|images|files|sites|domains)\b"))
        .expect("built-in regex")
});

static BE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:to\s+)?be\s+(?:\w+\s+)?$")).expect("built-in regex")
});

static AS_FOLLOWS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:다음|아래)(?:과|와)\s*같이\s*$").expect("built-in regex"));

static PENDING_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&ascii_b(r"(?i)^\W*pending\b")).expect("built-in regex"));

// A removal for some viewers only: "can no longer be viewed by signed-out
// users or by users under 18" is an age restriction.
static AGE_SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^(?:[^.;!?]){0,60}?\b(?:under\s+(?:the\s+age\s+of\s+)?1[89]|(?:signed|logged)[- ]out\s+(?:users|visitors|viewers|people)|(?:users|visitors|viewers|people)\s+(?:who\s+(?:are|is)\s*(?:not|n't)|not)\s+(?:signed|logged)[- ]in|minors|(?:accounts|users|visitors)\s+without\s+age\s+verification|(?:anyone|users|visitors|viewers|people)\s+who\s+(?:has|have)\s*(?:not|n't)\s+(?:confirmed|verified)\s+(?:their|his|her)\s+age|without\s+(?:signing|logging)\s+in\s+as\s+(?:an?\s+)?(?:verified\s+)?adults?|without\s+(?:an?\s+)?(?:age|adult)\s+verification)\b"))
        .expect("built-in regex")
});

// An act on a part of the item ("removed the video attached to …", "deleted
// the photo in the post"), or a part said to stay up ("The text of the post
// remains visible", "게시물은 현재 수정된 상태로 게시되어 있습니다").
static PART_OF_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:removed|deleted|blocked|took\s+down)\s+(?:the\s+)?(?:video|image|photo|picture|media|attachment|file|audio|caption|thumbnail)s?\s+(?:attached\s+to|(?:in|from|of|on)\s+(?:the|this|that|your|their)\s+(?:post|message|tweet|article|thread|comment))\b|\b(?:the\s+)?(?:text|caption|rest|remainder|post\s+itself|body)\b[^.;!?]{0,40}?\b(?:remains?|is\s+still|stays?)\s+(?:visible|available|online|accessible|up|live|public)\b|(?:사진|이미지|영상|동영상|일부)(?:을|를|만)?\s*삭제[^.]{0,80}?(?:게시되어\s*있|게시\s*중|노출되고\s*있|유지되고\s*있)|수정된\s*상태로\s*게시|본문(?:은|는)?\s*유지|(?:댓글|사진|이미지|첨부)[^.]{0,20}?만\s*삭제|댓글[^.]{0,12}?(?:을|를|은|는)?\s*삭제"))
        .expect("built-in regex")
});

static DOUBLE_NEGATIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"않을\s*수\s*(?:없었|밖에\s*없었)").expect("built-in regex"));

// An act in its base form after a modal ("may remove or restrict it once
// that assessment is complete"): something said about the item, not done.
static MODAL_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:may|might|could|will|would|shall|plan\s+to|intend\s+to|expect\s+to|going\s+to)\s+(?:\S+\s+){0,6}?(?:remove|delete|take\s+down|block|restrict|withhold|disable|take\s+(?:appropriate\s+|necessary\s+|further\s+|enforcement\s+)?action)\b"))
        .expect("built-in regex")
});

// "We have taken appropriate action on …", "적절히 처리하였습니다": something
// was done, but not what; never a status, never nothing.
static VAGUE_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:taken|took|take)\s+(?:appropriate|necessary|further|relevant|suitable)\s+(?:action|actions|measures|steps)\b|\b(?:taken|took|take)\s+(?:\w+\s+)?action\s+(?:against|on)\s+(?:the\s+)?(?:user\s+|uploader'?s?\s+|poster'?s?\s+|related\s+)?(?:accounts?|users?|uploaders?|posters?)\b|\b(?:taken|took|take)\s+(?:\w+\s+)?action\s+(?:where|as|if|when)\s+(?:warranted|appropriate|necessary|needed|required)\b|적절(?:한|히)\s*(?:조치|처리)"))
        .expect("built-in regex")
});

// "Some of the posts you reported have already been withheld", "We have
// actioned most of the posts listed below": not which ones.
/// Parts that are no part of the item: "as part of the same action", and
/// the audience ("일부 시청자에게 적합하지 않은 콘텐츠", "some viewers").
static AS_PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bas\s+(?:a\s+)?part\s+of\b|일부\s*(?:시청자|사용자|이용자|국가|지역|연령)|\bsome\s+(?:viewers|users|audiences|countries|regions|jurisdictions)\b")
        .expect("built-in regex")
});

static NAMED_PART_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:one|two|three)\s+of\s+(?:the|your)\s+(?:(?:two|three|four|five|\d)\s+)?(?:reported\s+)?[a-z]+s\s*[,:(]?\s*;")
        .expect("built-in regex")
});

static PARTIAL_QUANT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:some|most|several|a\s+few|certain|part|many|one|two|three|four|five)\s+of\s+(?:the|these|those|your|them|its)\b|\bsome\s+(?:posts|items|links|urls|videos|messages|content)\b|(?:^|[^\d가-힣])(?:일부|대부분|몇몇)|첨부\s*(?:된\s*)?(?:이미지|파일|사진|영상|자료)|몇\s*건|(?:^|\s)중\s+[^.。,]{0,40}?[가-힣\d]만(?:\s|$)"))
        .expect("built-in regex")
});

// A turn in the sentence: what follows it overrides a refusal before it.
/// "under review", "we are assessing", "검토 중": not done yet.
pub(crate) fn is_pending_state(text: &str) -> bool {
    PENDING_STATE.is_match(&text.to_lowercase())
}

/// "but", "however", "다만", "…하지 않았으나": a turn inside the sentence.
pub(crate) fn has_contrast(text: &str) -> bool {
    CONTRAST.is_match(&text.to_lowercase())
}

/// "It does not violate our guidelines in a way that warrants removal, but
/// we have age-restricted it": a removal refused and a restriction put in
/// its place, one outcome for the item (not part of a list against the rest).
pub(crate) fn restricted_instead(text: &str, extra: &[(Status, String)]) -> bool {
    let lower = text.to_lowercase();
    let mut found = CONTRAST.find_iter(&lower);
    let (Some(m), None) = (found.next(), found.next()) else {
        return false;
    };
    // (Sliced from the lowercased text, whose offsets `m` has.)
    said(&lower[..m.start()], extra) == Said::Stated(Status::Rejected)
        && said(&lower[m.start()..], extra) == Said::Stated(Status::Restricted)
}

static CONTRAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:but|however|nevertheless|nonetheless|though|although)\b|하지만|그러나|다만|(?:았|었|였|했)으나",
    ))
    .expect("built-in regex")
});

// (A Korean connective right after the phrase, "삭제했고 나머지는 확인
// 중입니다", starts the next clause as a comma does.)
static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)[.;!?]\s|\bbut\b|\bbecause\b|\bsince\b|\bhowever\b|\bwhile\b|\bwhereas\b|\band\s+(?:we|it|the)\b|[,:]\s+(?:we|it|they)\b|:\s+(?:the|this|that|these|those)\b|:\s+our\s+(?:\w+\s+)?(?:team|moderators?|reviewers?|staff|admins?|specialists?)\b|,\s+as\s+(?:it|they|this|these|the|we|our)\b|[,，]\s*[가-힣]|\s[-–—]\s|:\s+(?:does|do|did|is|was|has|not|no|neither|none)\b|[,;]\s*(?:and\s+)?(?:so|therefore|thus|hence)\b|^(?:했|하였|되었|됐|였|하)?(?:고|으며|며)\s"))
        .expect("built-in regex")
});

/// Reads what a piece of text (a line, a sentence, a table cell) says.
/// `extra` are per-platform phrases (lowercase), checked first.
static AUTHOR_DELETED_KO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // (Or "해당 없음(삭제된 글)": nothing to act on, it was gone.)
        r"[(（]\s*(?:작성자|게시자|이용자|업로더)\s*(?:본인\s*)?(?:직접\s*|자진\s*)?삭제\s*[)）]|(?:해당\s*없음|조치\s*대상\s*아님|대상\s*아님)\s*[(（]\s*(?:이미\s*)?삭제(?:된|됨)",
    )
    .expect("built-in regex")
});

static ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bnot\s+(?:been\s+)?(?:removed|taken\s+down|deleted|blocked)(?:\s+from\s+(?:our|the)\s+(?:platforms?|services?|site|website))?\s+(?:globally|worldwide|everywhere|elsewhere)\b|\b(?:remains?|is\s+still|stays?|continues?\s+to\s+be)\s+(?:available|accessible|visible|viewable|online)\s+(?:elsewhere|outside|in\s+other\s+(?:countries|regions|jurisdictions))\b|(?:해외|국외|다른\s*국가)에서(?:는)?\s*(?:접속|열람|시청)\s*(?:가능|할\s*수\s*있)"))
        .expect("built-in regex")
});

/// `said` without the scope rule above (for the text before a scope clause).
fn said_plain(text: &str, extra: &[(Status, String)]) -> Said {
    if text.trim().is_empty() {
        return Said::Nothing;
    }
    said(text, extra)
}

/// The sender's own removal stated after a "gone" word ("…, we pulled them
/// this morning"): only a plain first-person act, never a negated one.
static OUR_ACT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.;!?]{0,40}?\b(?:we|our\s+(?:team|staff|moderators?|admins?))\s+(?:have\s+|had\s+|already\s+|then\s+)*(?:pulled|removed|deleted|took\s+(?:\w+\s+)?down|taken\s+(?:\w+\s+)?down|disabled|terminated|purged|nuked|wiped)\b")
        .expect("built-in regex")
});

/// Deleted by its own author or uploader: gone, whoever else acted.
static BY_ITS_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:deleted|removed|taken\s+down)\s+by\s+(?:the|its|their)\s+(?:original\s+)?(?:author|uploader|user|owner|poster|creator|streamer|broadcaster|blogger|op|thread\s+starter)\b|\b(?:author|uploader|user|owner|poster|creator|streamer|broadcaster|blogger|writer)\s+(?:had\s+|has\s+)?(?:already\s+)?(?:deleted|removed)"))
        .expect("built-in regex")
});

static MEASURE_CHOICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:삭제|차단|접속\s*차단|(?:접근|시청|열람|이용)\s*제한|게시\s*중단|임시\s*조치|비공개|블라인드)\s*(?:또는|혹은|이나|나)\s*(?:삭제|차단|접속\s*차단|(?:접근|시청|열람|이용)\s*제한|게시\s*중단|임시\s*조치|비공개|블라인드)|(?:통보|요청)하오니|(?:회신|조치)하여\s*주시기\s*바랍니다")
        .expect("built-in regex")
});

static AT_OUR_REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:deleted|removed|taken\s+down)\s+by\s+(?:the\s+|our\s+)?(?:site|website|server)\s+owner\s+(?:yesterday|today|this\s+(?:morning|afternoon|week)|overnight)\b|\b(?:deleted|removed|took\s+(?:it|them)\s+down|taken\s+down|pulled)\b[^.;!?]{0,60}?\b(?:at|on|upon|following|after)\s+our\s+(?:request|instruction|demand|notice|notification|warning|complaint)s?\b|\b(?:deleted|removed|took\s+(?:it|them)\s+down)\b[^.;!?]{0,40}?\b(?:after|when|once)\s+we\s+(?:notified|contacted|asked|told|warned|informed)\s+(?:them|him|her|the\s+\w+)\b|\b(?:at|on|upon|following)\s+our\s+(?:request|instruction|demand)s?\b[^.;!?]{0,60}?\b(?:deleted|removed|took\s+(?:it|them)\s+down|taken\s+down)\b"))
        .expect("built-in regex")
});

/// A cafe's own managers deleting a post already (see `said`).
static CAFE_STAFF_ALREADY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"카페\s*(?:운영자|운영진|매니저|관리자)(?:\s*[(（][^)）]{0,10}[)）])?\s*(?:가|이|에\s*의해)?\s*(?:[^.。,，]{0,16}?(?:전에|이전에|앞서)\s+)?(?:직접\s*)?이미\s*삭제|이미\s*카페\s*(?:운영자|운영진|매니저|관리자)(?:가|이|에\s*의해)?\s*(?:직접\s*)?삭제")
        .expect("built-in regex")
});

/// "존재하지 않는 게시물", "확인되지 않습니다", "게시글 없음": gone.
static NO_LONGER_THERE_KO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:게시글|게시물|글|페이지|콘텐츠|영상|문서|포스트)\s*없음|존재하지\s*않|확인되지\s*않|조회되지\s*않|찾을\s*수\s*(?:가\s*)?없|확인할\s*수\s*(?:가\s*)?없|(?:열람|접근|접속)(?:이)?\s*(?:불가|되지\s*않)|조치\s*(?:할\s*)?대상(?:이|은)?\s*(?:없|존재하지\s*않)")
        .expect("built-in regex")
});

/// "so there was nothing left for us to act on", "nothing to remove".
static NOTHING_LEFT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bnothing\s+(?:left\s+|more\s+)?(?:for\s+us\s+)?to\s+(?:act\s+on|remove|take\s+down|delete|action)\b"))
        .expect("built-in regex")
});

/// An act done by someone named ("deleted by the customer", "taken
/// offline by the account holder").
static BY_ANOTHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:deleted|removed|taken\s+(?:down|offline)|pulled)\s+by\s+(?:the|its|their|his|her|a|an)\s"))
        .expect("built-in regex")
});

/// The sender's own hand: "by us", "by our team", "by the abuse team".
static BY_US: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bby\s+(?:us|our\s+|the\s+(?:abuse|trust|safety|support|moderation|legal|review)\b)|\bwe\s+(?:had\s+|have\s+)?(?:already\s+)?(?:deleted|removed|took)\b"))
        .expect("built-in regex")
});

/// Someone asked to confirm, up to the phrase: "We have asked our customer
/// to confirm that the file was removed" (what is to be confirmed, not what
/// was done).
/// "we will check again and confirm", "we'll double-check": what was found
/// is to be looked at again.
static RECHECK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:we|i)\s*(?:will|'ll|shall)\s+(?:(?:check|look|search|verify)\s+(?:again|once\s+more)|re-?check|double-?check)\b"))
        .expect("built-in regex")
});

static TO_BE_CONFIRMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:ask(?:ed)?|request(?:ed)?|instruct(?:ed)?|told|contacted|waiting\s+for|wait\s+for)\b(?:[^.!?;]|\s;\s){0,50}?\b(?:to\s+(?:confirm|verify|check|ensure|make\s+sure)|(?:confirmation|word))\s+(?:that|whether|if)\b(?:[^.!?;]|\s;\s)*$"))
        .expect("built-in regex")
});

/// A reason given as a guess, up to the phrase.
static GUESSED_REASON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:possibly|probably|perhaps|maybe|presumably|likely)\s+(?:because|since|as|due\s+to)\b(?:[^.!?;]|\s;\s)*$"))
        .expect("built-in regex")
});

/// Words that make what follows a guess.
static GUESS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    // (Not "could not locate it; … the account holder deleted it": the
    // finding is certain, only a past act may be guessed, "may have".)
    Regex::new(&ascii_b(r"(?i)\b(?:possibly|probably|perhaps|maybe|presumably|apparently|likely|(?:may|might|could)\s+have|appears?\s+to|seems?\s+to|(?:i|we)\s+(?:think|believe|assume|suspect|guess)|not\s+sure)\b"))
        .expect("built-in regex")
});

static AUTHOR_DID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:the|its|their)\s+(?:writer|author|uploader|poster|creator|blogger|streamer|owner|user|member|account\s+holder|account\s+owner|account|(?:channel|group|server|chat|blog)\s+(?:owner|admin|creator))\s+(?:had\s+|has\s+)?(?:already\s+|himself\s+|herself\s+|themselves\s+)?(?:(?:emptied|closed|cleared|archived)\s+and\s+)?(?:deleted|removed|purged|wiped|took\s+down|revoked)\s+(?:it|them|(?:the|that|this|their|his|her)\s+(?:post|video|content|message|thread|page|entry|article|blog\s+post|image|file|photo|picture|upload|folder|album|link|paste|invite|invitation)s?)\b")
        .expect("built-in regex")
});

static MOD_REMOVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:removed|deleted|taken\s+down)\s+by\s+(?:the\s+|its\s+)?(?:community|subreddit|forum|board)(?:'s|’s)?\s+(?:own\s+)?(?:moderators?|mods)\b")
        .expect("built-in regex")
});

static REPORTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"\b(?:we|i)\s+(?:had\s+)?(?:previously\s+|earlier\s+|mistakenly\s+|wrongly\s+|incorrectly\s+|erroneously\s+|first\s+|initially\s+|originally\s+)?(?:said|stated|told\s+you|reported|wrote|informed\s+you|indicated|claimed)\b(?:[^.!?;]|\s;\s)*$",
    ))
    .expect("built-in regex")
});

/// "…블라인드 처리했다고 안내드렸으나": what we told before, reported.
static KO_REPORTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s*(?:(?:(?:처리|조치)?\s*(?:했|하였|되었|됐|되어\s*있)|았|었|였)?다고|\s*['"‘’“”]?\s*(?:으로|로|이라고|라고))\s*(?:안내|말씀|답변|회신|통보|알려|전달)"#)
        .expect("built-in regex")
});

/// Words that place what "we said" in an earlier message.
static EARLIER_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"\b(?:that|this)\s+(?:was|is)\s+(?:wrong|incorrect|not\s+correct|a\s+mistake|an\s+error|inaccurate|not\s+accurate)\b|\bcorrection\s+to\s+(?:my|our)\b|\bin\s+(?:that|our|the|my)\s+(?:(?:previous|earlier|last|prior|first)\s+)?(?:message|e-?mail|reply|response|letter|notice|update)\b|\b(?:previously|earlier|mistakenly|wrongly|incorrectly|erroneously)\b|\b(?:we|i)\s+(?:first|initially|originally)\s+(?:said|stated|told|reported|wrote|informed|indicated|claimed)\b",
    ))
    .expect("built-in regex")
});

static REASON_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?:^\s*|[.;!?]\s+)(?:because|since|as|now\s+that)\b[^,.;!?]{3,160},",
    ))
    .expect("built-in regex")
});

static NOT_YET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)(?:^|[^d]\s|[^\w\s]\s*)yet\b[^.;!?]{0,3}(?:[.;!?]|$)|\bnot\s+yet\b|\bso\s+far\b",
    ))
    .expect("built-in regex")
});

/// "마이너 갤러리 매니저가 이미 삭제하였습니다": a community's own moderator,
/// appointed from its users (as "removed by the community's moderators",
/// see `MOD_REMOVED`); a board's 관리자 is the site's own staff.
static STAFF_DID_KO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:운영팀|운영진|고객센터|당사|저희)(?:에서|이|가|측에서)\s*(?:직접\s*)?(?:삭제|차단|게시\s*중단|블라인드)").expect("built-in regex")
});

static MANAGER_LOOKED_KO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"매니저\s*(?:의\s*)?(?:확인|검토|요청|신고|협조)\s*(?:후|를\s*거쳐|을\s*거쳐|로|으로|에\s*따라)\s*(?:바로\s*)?삭제\s*(?:처리|조치)?\s*(?:했|하였|완료|되었|됐)").expect("built-in regex")
});

static MOD_REMOVED_KO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:마이너\s*)?갤러리\s*(?:부\s*)?매니저[^.。]{0,25}?삭제").expect("built-in regex")
});

static POLICY_NOUN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^\s*(?:and\s+regulated\s+)?(?:goods|items|products|substances|weapons|drugs|services|categories|content\s+polic(?:y|ies))\b",
    ))
    .expect("built-in regex")
});

/// "It appears (that) the customer has already taken down URL", "A first
/// look: it appears that …": what seems so, not what is.
static IT_APPEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)(?:^|[.!?,:：]\s+)\W*(?:it\s+(?:appears|seems|looks)(?:\s+that|\s+like|\s+as\s+(?:if|though))?\s+(?:(?:the|this|that|your|these|those|they|we|someone|somebody)\b|;|https?:)|(?:apparently|presumably)\b)",
    ))
    .expect("built-in regex")
});

// ("… has been removed from X entirely, not only withheld in Korea": the
// country named is the lesser measure it was not limited to.)
static GLOBALLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^\s*(?:from\s+(?:the\s+|our\s+)?[\w.-]+(?:\s+(?:platforms?|services?|sites?))?\s+)?(?:globally|worldwide|everywhere|in\s+all\s+countries|entirely|altogether|completely)\b|\b(?:to|for)\s+any\s+(?:viewer|user|visitor|one)s?\b[^.;]{0,20}?\b(?:in\s+)?(?:south\s+)?(?:korea|kr)\s+(?:or|and)\s+(?:elsewhere|anywhere(?:\s+else)?|abroad)\b|^\s*(?:from\s+(?:the\s+|our\s+)?[\w.-]+\s*)?,?\s*(?:not|rather\s+than)\s+(?:only|just|merely|simply)\s+(?:been\s+)?(?:withheld|restricted|blocked|geo-?blocked|hidden|in|for)\b",
    ))
    .expect("built-in regex")
});

/// "respectively" (`lines::unfold_respectively` pairs what it can).
pub(crate) static RESPECTIVELY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\brespectively\b").expect("built-in regex"));

/// "(URL1, URL2, URL3)은 각각 블라인드, 임시조치, 게시물 없음으로 처리되었습니다":
/// the Korean "respectively", a list of measures after "각각" (not "각각
/// 삭제하였습니다", one measure for each); also two joined by "및", the first
/// a word alone ("각각 게시중단 및 임시조치", not "각각에 대하여 「… 및 …」").
pub(crate) static KO_RESPECTIVELY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"각각\s*[^.。,，]{1,20}[,，]|각각\s+[가-힣]{1,8}\s+및\s").expect("built-in regex")
});

/// A field whose value changed: "Status: Under review → Done".
static TRANSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*[\p{L} ]{1,24}[:：])[^→\n]*(?:→|⇒|->)\s*([^→\n]+)$").expect("built-in regex")
});

/// An operator's deletion given as why the post is not there ("카페 운영자
/// 삭제로 현재 게시물이 존재하지 않습니다"), not its author's.
static OPERATOR_DELETION_CAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:운영자|관리자|매니저|운영진|운영팀|네이버|카카오|당사|저희)\s*(?:측\s*)?(?:의\s*)?(?:삭제|게시\s*중단|블라인드)\s*(?:처리|조치)?\s*(?:로|으로)\s*(?:인해\s*)?(?:현재\s*)?(?:해당\s*)?(?:게시물|게시글|글|영상)?\s*(?:이|은|는|가)?\s*(?:존재하지\s*않|없|조회되지\s*않)")
        .expect("built-in regex")
});

/// The same with the act as a verb: "카페 운영자가 삭제하여 현재 존재하지
/// 않습니다" (not "이미 …", deleted before anyone looked: see
/// `CAFE_STAFF_ALREADY`).
static OPERATOR_DELETED_SO_GONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:운영자|관리자|매니저|운영진|운영팀|네이버|카카오|당사|저희)\s*(?:측)?(?:이|가|에서)\s*(?:직접\s*)?(?:삭제|게시\s*중단|블라인드)\s*(?:처리|조치)?\s*(?:하여|해서|하였기\s*때문에|했기\s*때문에)\s*,?\s*(?:현재\s*)?(?:해당\s*)?(?:게시물|게시글|글|영상)?\s*(?:이|은|는|가)?\s*(?:존재하지\s*않|없|조회되지\s*않)")
        .expect("built-in regex")
});

/// An item that leads to the same place as another ("leads to that same
/// server", "points to the same channel as the first").
static SAME_AS_ANOTHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:leads?|points?|goes|go|redirects?|belongs?|links?)\s+to\s+(?:that|the)\s+(?:very\s+)?same\s+(?:server|channel|group|account|page|site|room|community|chat|video|post|file)\b"))
        .expect("built-in regex")
});

/// A heading naming its items by the measure done ("삭제 처리한 다시보기:").
static KO_DONE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*((?:[0-9가-힣+]+\s+){0,3}?(?:삭제|게시\s*중단|블라인드|비공개|임시\s*조치|(?:시청|연령|열람|접근|접속|이용)\s*제한|접속\s*차단)(?:\s*(?:처리|조치))?)(?:\s*(?:으로|로)\s*변경)?한\s*[가-힣]{1,8}(?:\s*[(（]\d+\s*건[)）])?\s*[:：]\s*$")
        .expect("built-in regex")
});

/// A URL's place quoted on its own (see `said`).
static QUOTED_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[「『“‘"']\s*;\s*[」』”’"']"#).expect("built-in regex"));

/// A measure denied, then a colon and what follows it (see `said`).
static NOT_DONE_THEN_WHY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^(?:[^.:;!?]|\s;\s)*\b(?:(?:was|were|is|are|has\s+been|have\s+been)\s*(?:not|n't)\s+(?:removed|deleted|taken\s+down|blocked|restricted|withheld|actioned)|(?:have|has|had)\s+neither\s+(?:removed|deleted|blocked|restricted|withheld)\s+nor\s+(?:removed|deleted|blocked|restricted|withheld)(?:\s+;)?)\s*[:：]\s*([^:：]+)$"))
        .expect("built-in regex")
});

/// A reason that leaves the matter open ("if", "will", "may").
static WHY_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:if|unless|once|until|pending|will|may|might|yet|still\s+(?:reviewing|investigating|checking))\b"))
        .expect("built-in regex")
});

/// Words of a follow-up still to come.
static MORE_TO_COME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:will|shall|again|later|yet|pending|still|re-?check\w*|review\w*|investigat\w*|look\s+into)\b|검토|확인\s*(?:중|후)|예정"))
        .expect("built-in regex")
});

/// "We were unable to take action", "we could not act": not acting, for
/// a reason that may be anything.
/// "별도 조치는 하지 않았습니다", "따로 조치한 것은 없습니다", "미조치": no
/// measure taken, said without a reason of its own.
static KO_NO_MEASURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"미\s*조치|(?:별도(?:의)?|따로|추가(?:적인|로)?)\s*(?:조치|처리)(?:는|를|은|도|한\s*것은|할\s*것은)?\s*(?:하지\s*않았|취하지\s*않았|없었|없습니다|없음|하지\s*않습니다)")
        .expect("built-in regex")
});

/// A word about a breach of rules or law ("위반", "위법", "불법성").
static KO_BREACH_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"위반|위배|위법|불법성|침해").expect("built-in regex"));

static UNABLE_TO_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:were|are|was|is|am)\s+(?:unable|not\s+able)\s+to\s+(?:take\s+(?:any\s+)?action|act)\b|\b(?:could|can)\s*(?:not|n't)\s+(?:take\s+(?:any\s+)?action|act)\b|\bno\s+action\s+(?:could|can)\s+be\s+taken\b|\b(?:could|can)\s*(?:not|n't)\s+be\s+actioned\b"))
        .expect("built-in regex")
});

/// A rule cited with its name in brackets: "rule 2 (no illegal content)".
static RULE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?P<rule>\brules?\s*#?\d+[a-z]?)\s*[(（][^()（）]{1,60}[)）]")
        .expect("built-in regex")
});

/// What the content itself does not hold: "contains no such link" (not
/// "we have no such account" or "the zone holds no such object", which say
/// the thing is not there).
static CONTENT_LACKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:contains?|includes?|carr(?:y|ies))\s+no\s+such\s+\w+",
    ))
    .expect("built-in regex")
});

/// What a page displays, in quotes: "'삭제된 게시물입니다'로 표시됩니다", "the
/// link shows \"Video unavailable\"" (group 1 or 2: the words displayed).
static DISPLAYED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r#"(?i)['‘"“「『]([^'’"”」』\n…]{1,80})['’"”」』]\s*(?:(?:이)?라는|라고|(?:으)?로)\s*(?:(?:안내|문구|메시지|메세지|화면|페이지|공지)\s*(?:가|이|만|로)?\s*)?(?:표시|노출|나오|나옵|나와|뜨|뜹|떠|보이|보입|출력)|\b(?:shows?|showing|displays?|displaying|reads|returns?)\s+(?:(?:a|an|the|only\s+(?:a|an|the))\s+(?:message|notice|page|banner|error|placeholder|text)\s+)?(?:(?:saying|reading|that\s+(?:says|reads))\s+)?['‘"“]([^'’"”\n…]{1,80})['’"”]"#))
        .expect("built-in regex")
});

/// A legend: what a quoted term of a table or form means ("\"No action\"
/// means the video does not violate our Guidelines", "'조치 없음'은 …을
/// 의미합니다", "✓ = removed").
/// Does `text` say what a word of a table or sheet means ("\"no_action\"
/// means we found no violation …")? A legend, no statement about an item.
pub(crate) fn is_definition(text: &str) -> bool {
    DEFINITION.is_match(text)
}

static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^\W{0,3}(?:["“'‘][^"“”'‘’]{1,40}["”'’]|[✓✔☑✅●■◉○◯◎])\s*(?:(?:means|indicates|denotes|signifies|refers\s+to|stands\s+for)\b|=|[:：]\s*(?:means|meaning)\b|(?:은|는|이란|란)\s[^.。]{0,80}(?:의미|뜻|말)(?:합니다|함|하며|하고|입니다))"#)
        .expect("built-in regex")
});

/// "Our first check", "at first", "initially", "처음에는": a first look,
/// before the one that counts.
static FIRST_LOOK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&super::ascii_b(r"(?i)\b(?:our|the|an?|my)\s+(?:first|initial|earlier|original)\s+(?:check|review|search|look|attempt|lookup|pass)\b|\bat\s+first\b|\binitially\b|처음(?:에는|엔)|1차\s*(?:확인|검토)(?:에서는|에서|\s*시)"))
        .expect("built-in regex")
});

pub fn said(text: &str, extra: &[(Status, String)]) -> Said {
    // A list's number before the entry ("4) ; — 미니 갤러리 폐쇄 (…)") is
    // no word of its statement: the rules anchored at the start of the
    // text read what follows it.
    if let Some(m) = ENTRY_NUMBER.find(text) {
        return said(&text[m.end()..], extra);
    }
    // Full-width stops ("→ 유지．실명이나 … 판단했습니다．") read as the ASCII
    // ones they stand for, a space after: the rules below split and anchor
    // on those. (Not after a number: "２．" numbers an entry.)
    if text.contains(['．', '！', '？']) {
        let mut plain = String::with_capacity(text.len() + 8);
        let mut prev = ' ';
        let mut changed = false;
        for c in text.chars() {
            match c {
                '．' | '！' | '？' if !(prev.is_ascii_digit() || ('０'..='９').contains(&prev)) =>
                {
                    plain.push(match c {
                        '．' => '.',
                        '！' => '!',
                        _ => '?',
                    });
                    plain.push(' ');
                    changed = true;
                }
                _ => plain.push(c),
            }
            prev = c;
        }
        if changed {
            return said(&plain, extra);
        }
    }
    // A URL's place inside corner brackets or quotes ("【블라인드】「URL」")
    // is the place alone.
    if text.contains(['「', '『', '“', '‘', '"', '\''])
        && let std::borrow::Cow::Owned(plain) = QUOTED_PLACE.replace_all(text, " ; ")
    {
        return said(&plain, extra);
    }
    // "The posts URL1 and URL2 were not blocked: neither of them contains
    // material that breaks …": a measure denied, its reason after the
    // colon; the refusal is the statement.
    if let Some(c) = NOT_DONE_THEN_WHY.captures(text)
        && let Some(why) = c.get(1)
        && said(why.as_str(), extra) == Said::Stated(Status::Rejected)
        && !WHY_OPEN.is_match(why.as_str())
    {
        return Said::Stated(Status::Rejected);
    }
    // "삭제 처리한 다시보기:", "19세 이상 시청 제한으로 변경한 다시보기:": a
    // heading that names the items by what was done to them says it was
    // done.
    if let Some(c) = KO_DONE_LABEL.captures(text)
        && let Some(act) = c.get(1)
    {
        let done = said_core(&format!("{}하였습니다.", act.as_str()), extra);
        if matches!(done, Said::Stated(_)) {
            return done;
        }
    }
    // A legend says what a word of the table means, not what was done to
    // any item: the rows say that.
    if DEFINITION.is_match(text) {
        return Said::Nothing;
    }
    // "broke rule 2 (no illegal content) and was deleted": the rule's name
    // in brackets is no negation of the act.
    if RULE_NAME.is_match(text) {
        return said(&RULE_NAME.replace_all(text, "$rule"), extra);
    }
    // "당초 임시조치하였으나, … 삭제로 조치 결과가 변경되었습니다": the
    // measure taken at first and then replaced; what the rest says stands
    // (as "was initially restricted, but has since been removed" does).
    // When the rest says nothing we can read ("당초 삭제하였으나, 이의제기로
    // 복구되었습니다"), the first measure is no longer what stands.
    if let Some(c) = SUPERSEDED_FIRST.captures(text)
        && let (Some(m), Some(first)) = (c.get(0), c.get(1))
    {
        let rest = format!("{} {}", &text[..m.start()], &text[m.end()..]);
        return match said(&rest, extra) {
            // (The first clause as a sentence of its own: "임시조치하였습니다".)
            Said::Nothing => match said(&format!("{}습니다.", first.as_str()), extra) {
                Said::Stated(first) | Said::Hedged(first) => Said::Hedged(first),
                Said::Nothing => Said::Nothing,
            },
            read => read,
        };
    }
    // "같은 해시로 다시 올라오지 않도록 차단": the purpose of a measure ("so
    // that it is not uploaded again") negates nothing that was done.
    if PURPOSE_NOT.is_match(text) {
        return said(&PURPOSE_NOT.replace_all(text, " "), extra);
    }
    // "it contains no such link now": what the content lacks, not that the
    // content is missing.
    if CONTENT_LACKS.is_match(text) {
        return said(&CONTENT_LACKS.replace_all(text, " "), extra);
    }
    // "현재 접속 시 '삭제된 게시물입니다'로 표시됩니다": what a page displays is
    // what anyone could see there, not what was done or by whom. The rest
    // of the text decides; when only the display states something, that
    // the item is not there holds ("'삭제되었거나 존재하지 않는 게시글입니다'라고
    // 떠서"), and any act it names is in doubt.
    if DISPLAYED.is_match(text) {
        let mut plain = String::with_capacity(text.len());
        let mut last = 0;
        for c in DISPLAYED.captures_iter(text) {
            if let Some(m) = c.get(1).or(c.get(2)) {
                plain.push_str(&text[last..m.start()]);
                plain.push('…');
                last = m.end();
            }
        }
        plain.push_str(&text[last..]);
        return match said(&plain, extra) {
            Said::Nothing => match said_undisplayed(text, extra) {
                Said::Stated(Status::NotFound) => Said::Stated(Status::NotFound),
                Said::Stated(st) => Said::Hedged(st),
                other => other,
            },
            // "… '존재하지 않는 게시물입니다'로 나옵니다. 작성자가 이미 지운
            // 것으로 보입니다.": a guess at who deleted it leaves it gone, as
            // the page shows.
            Said::Hedged(Status::NotFound)
                if DISPLAYED.captures_iter(text).any(|c| {
                    c.get(1).or(c.get(2)).is_some_and(|m| {
                        said_core(m.as_str(), extra) == Said::Stated(Status::NotFound)
                    })
                }) =>
            {
                Said::Stated(Status::NotFound)
            }
            other => other,
        };
    }
    said_undisplayed(text, extra)
}

fn said_undisplayed(text: &str, extra: &[(Status, String)]) -> Said {
    // "- URL (사유: 특정인을 식별할 수 있는 정보가 포함되어 있지 않음)": a
    // labelled reason is why, not what was done; its own negations hedge
    // nothing. (A reason that states a status or a pending state stays.)
    if let std::borrow::Cow::Owned(plain) = without_quiet_reasons(text, extra) {
        return said(&plain, extra);
    }
    // "Status: Under review → Done" (a ticket's field, changed): what it
    // is now is what follows the last arrow.
    if let Some(m) = TRANSITION.captures(text) {
        return said(&format!("{} {}", &m[1], &m[2]), extra);
    }
    // "9월 12일 임시조치하였으나, 이후 카페 운영자가 해당 게시물을 삭제하여
    // …": a measure, then a turn to what happened after it; what the text
    // says after the turn is what holds now, in doubt as that part is.
    if let Some(m) = LATER_TURN.find(text) {
        let after = said(&text[m.end()..], extra);
        if after != Said::Nothing {
            return after;
        }
    }
    let core = said_core(text, extra);
    // "It is unlawful under Korean law but does not break the X Rules, so
    // we have withheld it in South Korea only": the refusal is the reason's;
    // what was done follows "so".
    if core == Said::Stated(Status::Rejected)
        && let Some(m) = SO_THEN.captures(text).and_then(|c| c.get(1))
        && let after @ Said::Stated(Status::Removed | Status::Restricted) =
            said(&text[m.start()..], extra)
    {
        return after;
    }
    // "We were unable to take action on URL1 and URL2, which appear to have
    // been deleted by the account owner before our review": not acting
    // because the content is gone (or seems so) is no refusal.
    if core == Said::Stated(Status::Rejected)
        && UNABLE_TO_ACT.is_match(text)
        && let gone @ (Said::Stated(Status::NotFound) | Said::Hedged(Status::NotFound)) =
            said(&UNABLE_TO_ACT.replace_all(text, " "), extra)
    {
        return gone;
    }
    // "작가가 이미 삭제하여 조회되지 않는 글입니다. 별도 조치는 하지
    // 않았습니다.": no measure, for there was nothing left to act on.
    // (Not "미조치(위반 확인 불가)": a breach that could not be confirmed is
    // a refusal, whatever "확인 불가" says alone.)
    if core == Said::Stated(Status::Rejected)
        && KO_NO_MEASURE.is_match(text)
        && !KO_BREACH_WORD.is_match(text)
        && let gone @ (Said::Stated(Status::NotFound) | Said::Hedged(Status::NotFound)) =
            said(&KO_NO_MEASURE.replace_all(text, " "), extra)
    {
        return gone;
    }
    // "URL2 — leads to that same server; the server is gone, so this invite
    // is dead as well": what it shares with another item is that item's
    // fate, which this sentence does not say; a person reads it.
    if let Said::Stated(st) = core
        && SAME_AS_ANOTHER.is_match(text)
    {
        return Said::Hedged(st);
    }
    // "Our first check could not locate URL, … After checking the full
    // video ID we found the video and removed it": a finding of a first
    // look, which the text goes on to revise, is no finding yet.
    if core == Said::Stated(Status::NotFound) && FIRST_LOOK.is_match(text) {
        return Said::Hedged(Status::NotFound);
    }
    // "… 카페 운영자 삭제로 처리되었습니다. 따라서 현재 해당 게시물은 존재하지
    // 않습니다": that it no longer exists follows from the removal stated
    // before it, which decides (in doubt as that one is).
    if core == Said::Stated(Status::NotFound)
        && let Some(before) = removal_before_consequence(text, extra)
    {
        return before;
    }
    // "We could not find the Instagram account URL. It is no longer on
    // Instagram, possibly because its owner deleted it.": a firm finding,
    // with a guess at why after it; the guess leaves the finding.
    if core == Said::Hedged(Status::NotFound) {
        let spans = super::lines::sentences(text);
        let each: Vec<Said> = spans
            .iter()
            .map(|&(a, b)| said_core(&text[a..b], extra))
            .collect();
        // (Not with more to come: "We could not find it. We will check
        // again later.")
        if spans.len() >= 2
            && each.contains(&Said::Stated(Status::NotFound))
            && each.iter().all(|s| {
                matches!(
                    s,
                    Said::Nothing | Said::Stated(Status::NotFound) | Said::Hedged(Status::NotFound)
                )
            })
            && !MORE_TO_COME.is_match(text)
        {
            return Said::Stated(Status::NotFound);
        }
    }
    // (Or in one sentence, the operator's deletion as the cause: "카페
    // 운영자 삭제로 현재 게시물이 존재하지 않습니다".)
    if core == Said::Stated(Status::NotFound)
        && (OPERATOR_DELETION_CAUSE.is_match(text)
            || (OPERATOR_DELETED_SO_GONE.is_match(text) && !text.contains("이미")))
    {
        return Said::Stated(Status::Removed);
    }
    match core {
        // "URL was withheld in South Korea on 9 September. The account holder
        // appealed, and after a second review we have reinstated the post":
        // the measure stated first was taken back; what stands is the
        // decision to keep it up.
        Said::Stated(Status::Removed | Status::Restricted) if reversed_later(text, extra) => {
            Said::Stated(Status::Rejected)
        }
        // "We found that it doesn't go against our Community Guidelines.
        // Following a legal review, we have restricted access to it in
        // South Korea based on local law": kept up under the platform's own
        // rules, withheld under the country's, which is the measure taken
        // (as `restricted_instead` reads it within one sentence).
        // "URL was not removed by our moderators: the channel's administrator
        // had already deleted the message before we got to it": not by
        // them, because it was gone already.
        Said::Hedged(Status::Removed) if gone_before_us(text, extra) => {
            Said::Stated(Status::NotFound)
        }
        Said::Stated(Status::Rejected) if restricted_later(text, extra) => {
            Said::Stated(Status::Restricted)
        }
        // "삭제된 것으로 보이나, … 게시자가 삭제한 것인지 추가 확인이
        // 필요합니다": whatever it names, it says it does not know yet.
        Said::Stated(st) if UNSETTLED.is_match(&text.to_lowercase()) => Said::Hedged(st),
        // "시정요구(삭제 또는 접속차단)를 통보하오니 … 회신하여 주시기
        // 바랍니다": measures named as a choice are what is asked (our own
        // request, echoed by a ticket system), not what was done.
        Said::Stated(st) if MEASURE_CHOICE.is_match(text) => Said::Hedged(st),
        // "another jannie already took down URL?": asked, not stated, unless
        // another sentence of the text states it without asking.
        // (A question tagged on after a comma or a dash asks only that:
        // "that ID doesn't exist on our side, maybe a typo?")
        Said::Stated(st) if text.contains('?') => {
            let plain_elsewhere = super::lines::sentences(text).iter().any(|&(a, b)| {
                let one = &text[a..b];
                let asked = one.trim_end().ends_with(['?', '？']);
                let head = if asked {
                    one.rfind([',', ';'])
                        .or_else(|| one.rfind(" - "))
                        .map(|k| &one[..k])
                } else {
                    Some(one)
                };
                head.is_some_and(|h| matches!(said_core(h, extra), Said::Stated(_)))
            });
            if plain_elsewhere {
                Said::Stated(st)
            } else {
                Said::Hedged(st)
            }
        }
        // "terminated service for the customer account behind URL": the
        // account that the URL leads to, not the URL's content (a CDN's
        // customer can serve the site from elsewhere); a person decides.
        Said::Stated(Status::Removed) if ACCOUNT_BEHIND.is_match(text) => {
            Said::Hedged(Status::Removed)
        }
        // "No action has been taken on it yet": nothing decided so far, not
        // a decision to keep it up.
        Said::Stated(Status::Rejected) if NOT_YET.is_match(text) => Said::Hedged(Status::Rejected),
        // "we could not find this video during our review. It may have been
        // removed by its creator; we will check again and confirm": a
        // finding its author means to check again is not final.
        Said::Stated(Status::NotFound) if RECHECK.is_match(text) => Said::Hedged(Status::NotFound),
        // "It appears the customer has already taken down URL; we are
        // waiting for their confirmation": unless another sentence of the
        // text states it plainly.
        Said::Stated(st) if IT_APPEARS.is_match(text) => {
            let plain_elsewhere = super::lines::sentences(text).iter().any(|&(a, b)| {
                let one = &text[a..b];
                !IT_APPEARS.is_match(one) && matches!(said_core(one, extra), Said::Stated(_))
            });
            if plain_elsewhere {
                Said::Stated(st)
            } else {
                Said::Hedged(st)
            }
        }
        // "the directory was deleted by the server owner at our request":
        // the owner's hand, but the sender's act (a host's customer told
        // to take it down), which is a removal. (So is a host's "removed by
        // the site owner yesterday": since the report, not before it.)
        Said::Stated(Status::NotFound) if AT_OUR_REQUEST.is_match(&text.to_lowercase()) => {
            Said::Stated(Status::Removed)
        }
        // "카페 운영진에 의해 이미 삭제 처리된 상태입니다": a cafe's own
        // managers moderate its posts, so their deletion may be a removal
        // under the cafe's rules or the author side's before anyone looked;
        // only "… 존재하지 않는 게시물입니다", "… 확인되지 않습니다" says it
        // was simply gone. Otherwise a person decides.
        Said::Stated(Status::NotFound)
            if CAFE_STAFF_ALREADY.is_match(text) && !NO_LONGER_THERE_KO.is_match(text) =>
        {
            Said::Hedged(Status::NotFound)
        }
        // "This one had already been deleted by the customer before your
        // report reached us, so there was nothing left for us to act on":
        // gone by another's hand before the sender looked, not its removal.
        Said::Stated(Status::Removed)
            if NOTHING_LEFT.is_match(text)
                && BY_ANOTHER.is_match(text)
                && !BY_US.is_match(text) =>
        {
            Said::Stated(Status::NotFound)
        }
        // "…, respectively" that `lines::unfold_respectively` could not pair
        // one act to one URL (more acts than URLs, an act not stated):
        // which status is whose is for a person to pair.
        Said::Stated(st) if RESPECTIVELY.is_match(text) || KO_RESPECTIVELY.is_match(text) => {
            Said::Hedged(st)
        }
        // "… 작성자가 직접 삭제했거나 비공개로 전환한 것으로 보입니다": a
        // Korean sentence whose last word is "seems" states nothing, unless
        // another sentence of the text states it plainly ("콘텐츠를 찾을 수
        // 없었습니다. 해당 Shorts는 게시자가 이미 삭제한 것으로 보입니다.").
        Said::Stated(st) if KO_SEEMS_END.is_match(text) => {
            let plain_elsewhere = super::lines::sentences(text).iter().any(|&(a, b)| {
                let one = &text[a..b];
                !KO_SEEMS_END.is_match(one) && matches!(said_core(one, extra), Said::Stated(_))
            });
            if plain_elsewhere {
                Said::Stated(st)
            } else {
                Said::Hedged(st)
            }
        }
        r => r,
    }
}

static ACCOUNT_BEHIND: LazyLock<Regex> = LazyLock::new(|| {
    // (A host suspending "the hosting account behind URL" takes the site
    // down; a CDN ending its service for the customer does not.)
    Regex::new(&ascii_b(r"(?i)\b(?:terminated|ended|discontinued|stopped|withdrawn|withdrew)\s+(?:our\s+|its\s+|the\s+)?(?:services?|cdn|proxy(?:ing)?|protection)\s+(?:for|to)\s+(?:the\s+)?(?:customer|client|user)?\s*(?:account\s+)?(?:behind|associated\s+with|linked\s+to|of)\s+(?:;|<?https?://)"))
        .expect("built-in regex")
});

/// What the sentences before a "so it no longer exists" sentence say, when
/// they state or hedge a removal.
fn removal_before_consequence(text: &str, extra: &[(Status, String)]) -> Option<Said> {
    static CONSEQUENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(r"(?i)^\W*(?:따라서|그러므로|그래서|이에\s*따라|so|therefore|thus|hence|consequently|as\s+a\s+result)(?:\s|,|$)"))
            .expect("built-in regex")
    });
    let spans = super::lines::sentences(text);
    let k = spans
        .iter()
        .position(|&(a, b)| CONSEQUENCE.is_match(text[a..b].trim_start()))
        .filter(|&k| k > 0)?;
    let (a, b) = spans[k];
    if said_core(&text[a..b], extra) != Said::Stated(Status::NotFound) {
        return None;
    }
    let before = &text[..a];
    match said_core(before, extra) {
        x @ (Said::Stated(Status::Removed) | Said::Hedged(Status::Removed)) => Some(x),
        _ => None,
    }
}

/// A removal denied, then the reason: someone else had deleted it first
/// ("… was not removed by our moderators: the administrator had already
/// deleted the message", "we did not remove it, because its author had
/// already deleted it").
fn gone_before_us(text: &str, extra: &[(Status, String)]) -> bool {
    let lower = text.to_lowercase();
    // (Past the stand-in a URL leaves, " ; ", which cuts nothing.)
    let Some(m) = REASON_CUT
        .find_iter(&lower)
        .filter(|m| !(m.as_str().starts_with(';') && lower[..m.start()].ends_with(' ')))
        .find(|m| lower[..m.start()].chars().any(char::is_alphabetic))
    else {
        return false;
    };
    let (before, after) = (&lower[..m.start()], &lower[m.end()..]);
    NOT_REMOVED_BY_US.is_match(before)
        && said_core(before, extra) == Said::Hedged(Status::Removed)
        && said_core(after, extra) == Said::Stated(Status::NotFound)
}

static REASON_CUT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[:;：—–]\s|,?\s(?:because|since|as)\s").expect("built-in regex"));

static NOT_REMOVED_BY_US: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:was|were|has\s+not\s+been|have\s+not\s+been|wasn't|weren't|did\s+not|didn't|could\s+not|couldn't)\s+(?:not\s+)?(?:been\s+)?(?:removed|deleted|taken\s+down|remove|delete|take\s+down)\b"))
        .expect("built-in regex")
});

/// Does a sentence after the first one that states a removal or a
/// restriction put the item back ("we have reinstated the post", "the video
/// was restored")? Only a plain statement about the item itself ("the post",
/// "the video", "it"), not one about others or under a condition.
fn reversed_later(text: &str, extra: &[(Status, String)]) -> bool {
    // (No word of a reversal anywhere: none in a later sentence either,
    // without reading each sentence first.)
    if !REVERSAL.is_match(text) {
        return false;
    }
    let spans = super::lines::sentences(text);
    let Some(first) = spans.iter().position(|&(a, b)| {
        matches!(
            said_core(&text[a..b], extra),
            Said::Stated(Status::Removed | Status::Restricted)
        )
    }) else {
        return false;
    };
    spans[first + 1..].iter().any(|&(a, b)| {
        let one = &text[a..b];
        REVERSAL.is_match(one)
            && ABOUT_THE_ITEM.is_match(one)
            && !HEDGE_WORDS.is_match(one)
            && said_core(one, extra) == Said::Stated(Status::Rejected)
    })
}

/// Does a sentence after the first one that refuses the removal restrict
/// the item itself ("we have restricted access to it in South Korea")? Only
/// a plain statement about the item, not one about others or under a
/// condition.
fn restricted_later(text: &str, extra: &[(Status, String)]) -> bool {
    // "We did not remove the post, as it is permitted under the X Rules;
    // instead, access to it has been withheld in the Republic of Korea":
    // the turn is inside the sentence.
    if let Some(m) = INSTEAD.find(text) {
        let (before, after) = (&text[..m.start()], &text[m.end()..]);
        // ("…, so it was instead blocked for viewers in South Korea": the
        // item is named before the word.)
        if said_core(before, extra) == Said::Stated(Status::Rejected)
            && ABOUT_THE_ITEM.is_match(&text[m.start()..])
            && !HEDGE_WORDS.is_match(after)
            && said(after, extra) == Said::Stated(Status::Restricted)
        {
            return true;
        }
    }
    let spans = super::lines::sentences(text);
    let Some(first) = spans
        .iter()
        .position(|&(a, b)| said_core(&text[a..b], extra) == Said::Stated(Status::Rejected))
    else {
        return false;
    };
    spans[first + 1..].iter().any(|&(a, b)| {
        let one = &text[a..b];
        ABOUT_THE_ITEM.is_match(one)
            && !HEDGE_WORDS.is_match(one)
            && said(one, extra) == Said::Stated(Status::Restricted)
    })
}

/// An act's object that denies it: "nothing", "none of them".
static NOTHING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\s*(?:nothing|none\b|not\s+(?:a\s+single|any)\b|no\s+(?:content|posts?|videos?|items?|links?|urls?|pages?|files?)\b)"))
        .expect("built-in regex")
});

/// ", so we have …", ", so it was …": a consequence with its own subject.
static SO_THEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i),\s*(?:and\s+)?so\s+((?:we|it|they|this|these)\b|the\s)",
    ))
    .expect("built-in regex")
});

/// "…; instead, …", ", but rather …": what follows replaces what came before.
static INSTEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)[;,]\s*(?:but\s+|and\s+|so\s+)?(?:(?:it|they|this|the\s+\w+)\s+(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:instead|rather)\b\s*,?",
    ))
    .expect("built-in regex")
});

static REVERSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:reinstated|restored|unblocked|reversed\s+(?:our|the|this)\s+decision|lifted\s+the\s+(?:restriction|block|withholding))\b",
    ))
    .expect("built-in regex")
});

static ABOUT_THE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:the|this|that|these|those|both)\s+(?:posts?|videos?|tweets?|messages?|content|reels?|shorts?|pages?|items?|links?|threads?|images?|files?)\b|\b(?:it|them|both)\b",
    ))
    .expect("built-in regex")
});

static HEDGE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:if|unless|may|might|could|would|will|should|whether|other|others|rest|remaining)\b",
    ))
    .expect("built-in regex")
});

static NOT_THIS: LazyLock<(Regex, Regex)> = LazyLock::new(|| {
    (
        Regex::new(r"^\s*(?:처리|조치)?\s*(?:이|가)?\s*아(?:닌|니라|니고)")
            .expect("built-in regex"),
        Regex::new(&ascii_b(
            r"(?i)\b(?:rather\s+than|instead\s+of)\s+(?:being\s+|having\s+been\s+)?$",
        ))
        .expect("built-in regex"),
    )
});

// The content is not the sender's to act on: "not hosted on our service",
// "not part of our network", "point to Telegram, not to a Google product",
// "당사 서비스가 아닌".
pub(crate) static NOT_OURS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\bnot\s+(?:hosted|stored|located|registered)\s+(?:on|by|with|in|through|via)\b|\b(?:does|do)\s*(?:not|n't)\s+point\s+to\s+(?:any\s+)?content\s+(?:hosted|stored|on)\b|\bnot\s+(?:part\s+of|on|in)\s+our\s+(?:network|service|platform|servers?|infrastructure)\b|\bnot\s+(?:a\s+)?(?:customer|client)\s+of\s+(?:ours|us)\b|\bnot\s+(?:to\s+|on\s+)?(?:a|an|our|any)\s+(?:[\w-]+\s+)?(?:products?|services?|platforms?|property|properties)\s*(?:[,.;]|$|so\b|and\b)|당사\s*(?:서비스|플랫폼)(?:가|이)?\s*아닌|당사(?:에서|가)\s*(?:운영|관리|호스팅)하(?:지\s*않|는\s*서비스가\s*아)"))
        .expect("built-in regex")
});

static KO_SEEMS_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:것으로\s*(?:보입니다|보임|보이며|보이나|추정됩니다|추정됨)|것\s*같습니다)\s*[.。]?\s*$")
        .expect("built-in regex")
});

static PART_DONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\bsome\s+of\b|\bpart\s+of\b|\bthe\s+rest\s+of\b|일부|나머지",
    ))
    .expect("built-in regex")
});

// "appears to be", "seems to be" right before what it says.
static SEEMS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:appears?|seems?)\s+to\s+(?:be\s+)?$|\b(?:apparently|presumably)\s+$",
    ))
    .expect("built-in regex")
});

// (Or says it only in the first person's opinion or doubt: "i think
// another jannie already took down URL? … will double check tomorrow", "not
// sure it is gone".)
// The author says the question is still open (or reports someone's claim:
// "작성자가 어제 직접 삭제했다고 주장하지만 …"), or that all of it only seems
// so (a Korean sentence whose last word is "seems": "…삭제했거나 비공개로
// 전환한 것으로 보입니다").
static UNSETTLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)(?:했|하였|되었|됐)다고\s*주장|추가\s*(?:확인|검토|조사)(?:이|가)?\s*필요|(?:것|지)인지\s*(?:추가\s*)?(?:확인|여부)|\bfurther\s+(?:verification|investigation|review|checks?)\s+(?:is|are|will\s+be)\s+(?:needed|required|necessary)\b|\bneeds?\s+to\s+(?:verify|confirm|check|determine)\s+whether\b|\b(?:cannot|can\s+not|can't|could\s+not|couldn't|are\s+unable\s+to|were\s+unable\s+to|have\s+not\s+been\s+able\s+to|haven't\s+been\s+able\s+to)\s+(?:yet\s+)?(?:confirm|verify)\s+(?:that|whether|if)\b|\bi\s+(?:think|believe|guess|suppose|assume)\b|\b(?:not\s+(?:entirely\s+|completely\s+|totally\s+|quite\s+|100\s*%\s+|a\s+hundred\s+percent\s+)?(?:sure|certain)|unsure)\b|\b(?:will|'ll|shall)\s+confirm\s+(?:once|when|after|as\s+soon\s+as)\b|\b(?:will|'ll|need\s+to|needs\s+to|have\s+to|going\s+to)\s+(?:double|re)[-\s]?check\b"))
        .expect("built-in regex")
});

fn said_core(text: &str, extra: &[(Status, String)]) -> Said {
    let lower = casual(&text.to_lowercase());
    // "게시물 삭제 및 작성자 이용 차단 조치를 완료": the account's sanction
    // listed after the content's measure is not the content's; the measure
    // is read with the verb they share.
    // (This runs on every sentence read: the regexes below run only where
    // their first words can be, Hangul for the one, "until" or "pending"
    // leading the text for the other.)
    let lower = if lower.is_ascii() {
        lower
    } else {
        let lower = match KO_SANCTION_JOINED.replace_all(&lower, "$1$2") {
            std::borrow::Cow::Borrowed(_) => lower,
            std::borrow::Cow::Owned(o) => o,
        };
        // ("방을 폐쇄하고 방장 계정의 오픈채팅 이용을 영구 제한하였습니다":
        // the room closed; the rest is its owner's sanction.)
        match KO_SANCTION_AFTER.replace_all(&lower, "하였") {
            std::borrow::Cow::Borrowed(_) => lower,
            std::borrow::Cow::Owned(o) => o,
        }
    };
    // A condition in time that leads the sentence holds across a URL's
    // place (" ; "): "Until then ; stays up", "Pending their answer, ;
    // remains online".
    let lower = if ["upload", "cop", "post", "dupl", "mirror"]
        .iter()
        .any(|w| lower.contains(w))
    {
        match COPIES_REFUSED.replace_all(&lower, " ") {
            std::borrow::Cow::Borrowed(_) => lower,
            std::borrow::Cow::Owned(o) => o,
        }
    } else {
        lower
    };
    let lead = lower.trim_start_matches(|c: char| !(c.is_alphanumeric() || c == '_'));
    let condition = (lead.starts_with("until") || lead.starts_with("pending"))
        .then(|| CONDITION_LEAD.find(&lower))
        .flatten();
    let lower = match condition {
        Some(m) => format!(
            "{} {}",
            m.as_str().trim_end_matches([' ', ';', ',']),
            &lower[m.end()..]
        ),
        None => lower,
    };
    // "this domain is not registered through NameBay …, so we cannot act on
    // it": not the sender's to act on, which is neither a refusal nor a
    // finding that it is gone; a person decides.
    if let Some(m) = NOT_OURS.find(&lower) {
        // ("not found - IP not in our network": found absent first, the
        // reason after it.)
        if said_plain(&lower[..m.start()], extra) == Said::Stated(Status::NotFound) {
            return Said::Stated(Status::NotFound);
        }
        return Said::Hedged(Status::NotFound);
    }
    // "삭제된 게시물(작성자 삭제)", "삭제(작성자 자진삭제)": deleted, by its
    // own author (before a named status: the bracket says whose act it was).
    if AUTHOR_DELETED_KO.is_match(&lower) && !KOREAN_FUTURE.is_match(&lower) {
        return Said::Stated(Status::NotFound);
    }
    if let Some(st) = named_status(&lower) {
        return Said::Stated(st);
    }
    // "It remains available elsewhere as it does not go against our
    // Community Standards": the scope of a restriction stated before, not a
    // refusal of it.
    if let Some(m) = ELSEWHERE.find(&lower) {
        match said_plain(&lower[..m.start()], extra) {
            Said::Stated(Status::Removed | Status::Restricted | Status::NotFound) => {}
            // "The video does not violate our Community Guidelines and
            // remains available in other countries": why it was not removed
            // everywhere, the scope of a restriction (stated here or in
            // another sentence), not a refusal.
            Said::Stated(Status::Rejected) => {
                return match said_plain(&lower[m.end()..], extra) {
                    Said::Stated(Status::Restricted) => Said::Stated(Status::Restricted),
                    _ => Said::Nothing,
                };
            }
            // "URL was not removed globally; it has been withheld in South
            // Korea only": the scope first, the restriction after it.
            _ => {
                return match said_plain(&lower[m.end()..], extra) {
                    Said::Stated(Status::Restricted) => Said::Stated(Status::Restricted),
                    _ => Said::Nothing,
                };
            }
        }
    }
    // "… has been removed by the community's moderators": gone, but whether
    // by the platform's side or the item's own is what the sets disagree
    // on; a person decides.
    // (Not when the platform's own team did it after the manager looked:
    // "갤러리 매니저 확인 후 운영팀에서 삭제했습니다".)
    // (Nor after the manager only looked: "아래 글은 갤러리 매니저 확인 후
    // 삭제 처리했습니다", the sender's own act; "… 매니저 확인 후
    // 삭제되었습니다", the platform's word that it was deleted once the
    // manager had checked.)
    if MOD_REMOVED.is_match(&lower)
        || (MOD_REMOVED_KO.is_match(&lower)
            && !STAFF_DID_KO.is_match(&lower)
            && !MANAGER_LOOKED_KO.is_match(&lower))
    {
        return Said::Hedged(Status::NotFound);
    }
    // "The page shows \"삭제된 게시물입니다\" and our logs say the writer
    // deleted it": gone by its writer's hand, whatever the page's own words.
    // (Unless it is a guess: "…, possibly because the uploader deleted it".)
    if let Some(m) = AUTHOR_DID.find(&lower) {
        return if GUESS_BEFORE.is_match(&lower[..m.start()]) {
            Said::Hedged(Status::NotFound)
        } else {
            Said::Stated(Status::NotFound)
        };
    }
    // "DELETED - expired 2024-08-30, not renewed", "the registration
    // expired and the domain was deleted": gone because its registration
    // lapsed, not by an act on our request.
    if LAPSED.is_match(&lower) && !KOREAN_FUTURE.is_match(&lower) {
        return Said::Stated(Status::NotFound);
    }
    if let Some(m) = GONE_BY_ITS_SIDE.0.find(&lower) {
        if GONE_BY_ITS_SIDE.1.is_match(&lower) {
            // "appears to be no longer available. It may have been removed
            // by the uploader": a guess from the start, not a finding.
            return if SEEMS_BEFORE.is_match(&lower[..m.start()]) {
                Said::Hedged(Status::NotFound)
            } else {
                Said::Stated(Status::NotFound)
            };
        }
    }
    let negated_action = NEGATED_ACTION.is_match(&lower)
        || MODAL_ACTION.is_match(&lower)
        || VAGUE_ACTION.is_match(&lower);
    if PART_OF_ITEM.is_match(&lower) {
        return Said::Hedged(Status::Removed);
    }
    // All phrase matches, earliest first (platform phrases first among equals,
    // then the longer one). A phrase that describes a former state
    // ("previously restricted") is passed over in favour of the next.
    let mut found: Vec<(usize, usize, Status, u8)> = Vec::new();
    for (st, p) in extra {
        for (pos, _) in lower.match_indices(p.as_str()) {
            found.push((pos, pos + p.len(), *st, 0));
        }
    }
    // One pass over the text says which phrases occur at all; only those are
    // then located (most lines match none, and this keeps reading fast).
    for idx in PHRASE_SET.matches(&lower) {
        let ph = &PHRASES[idx];
        for m in ph.re().find_iter(&lower) {
            found.push((m.start(), m.end(), ph.status, 1));
        }
    }
    if found.is_empty() {
        // No status word, but an explicit "not done yet" state: that is a
        // statement that nothing is confirmed (it must not inherit a heading).
        // So is a negated act without its reason ("We didn't remove the reel
        // you reported"): something was said, and it is not a removal.
        return if negated_action {
            Said::Hedged(Status::Removed)
        } else if PENDING_STATE.is_match(&lower) {
            Said::Hedged(Status::Pending)
        } else {
            Said::Nothing
        };
    }
    found.sort_by(|a, b| a.0.cmp(&b.0).then(a.3.cmp(&b.3)).then(b.1.cmp(&a.1)));
    // The first phrase that is stated wins ("not removed, but restricted in
    // Korea" is a restriction); when every phrase is hedged, the text is a
    // hedge. Phrases inside an earlier match, and former states, are skipped.
    let mut first_hedge: Option<Status> = None;
    let mut covered_to = 0usize;
    let mut considered = 0;
    // Status words that were only the name of a policy ("Restricted Goods
    // and Services"): they say nothing, not even a former state.
    let mut policy_names = 0;
    // A refusal ("no action", "조치 불가", "별도 조치하지 않았습니다") is
    // not yet the answer: when the same text also states that the content
    // does not exist or was already deleted by its author, that is why
    // nothing was done, and the item is not found, not kept online.
    let mut refused = false;
    let mut refused_end = 0usize;
    let mut refused_start = 0usize;
    let mut concessive = false;
    // "Because the server no longer exists, the message you reported was
    // deleted together with it": a reason put first says why, and the
    // removal after it is what happened to the item.
    let reasons: Vec<(usize, usize)> = REASON_FIRST
        .find_iter(&lower)
        .map(|m| (m.start(), m.end()))
        .collect();
    let in_reason_before_removal = |start: usize, status: Status| {
        status == Status::NotFound
            && reasons.iter().any(|&(a, b)| {
                a <= start && start < b && found.iter().any(|f| f.0 >= b && f.2 == Status::Removed)
            })
    };
    let mut reason_masked: Option<String> = None;
    for &(start, end, status, _) in &found {
        if start < covered_to {
            continue;
        }
        // "our Community Standards on restricted goods and services": the
        // name of a policy, not a measure.
        // "not only withheld in Korea": less than what was done, which the
        // sentence goes on to say; this phrase says nothing by itself.
        if NOT_ONLY_BEFORE.is_match(&lower[..start])
            || (status == Status::Restricted && POLICY_NOUN_AFTER.is_match(&lower[end..]))
        {
            covered_to = end;
            policy_names += 1;
            continue;
        }
        if in_reason_before_removal(start, status) {
            covered_to = end;
            // (Nor does the reason's "no longer" hedge the removal.)
            if let Some(&(a, b)) = reasons.iter().find(|&&(a, b)| a <= start && start < b) {
                let mut m = lower.clone();
                m.replace_range(a..b, &" ".repeat(b - a));
                reason_masked = Some(m);
            }
            continue;
        }
        // (Not an author's deletion: "which had already been deleted by
        // the channel owner" is the statement, about the past.)
        // "In that message we said the post had been removed": what was
        // said before, reported, not what is stated now.
        let reported = (REPORTED_BEFORE.is_match(&lower[..start])
            && EARLIER_WORDS.is_match(&lower))
            || KO_REPORTED_AFTER.is_match(&lower[end..]);
        if reported
            || (FORMER.is_match(&lower[..start]) && status != Status::NotFound)
            || FORMER_AFTER.is_match(&lower[end..])
            // "was restricted in South Korea on 10 September and has now
            // been removed globally", "the owner has restored the post, and
            // we have now withheld it": a state the sentence goes on to
            // replace.
            || SUPERSEDED_AFTER.is_match(&lower[end..])
            // "임시조치(30일)하였으나, 이후 추가 확인 결과 … 9월 16일 영구
            // 삭제하였습니다": the first measure, replaced by the later one.
            || KO_SUPERSEDED_AFTER.is_match(&lower[end..])
            // "삭제가 아닌 30일 임시조치만", "restricted rather than
            // removed": the measure not taken.
            || NOT_THIS.0.is_match(&lower[end..])
            || NOT_THIS.1.is_match(&lower[..start])
            // "I can't find it in the mod log": a record looked for, not
            // the item.
            || (status == Status::NotFound && IN_THE_LOG.is_match(&lower[end..]))
            // "I checked the live table and the deleted and expired ones
            // too": where one looked, not what was done.
            || (status == Status::Removed
                && lower[..start].trim_end().ends_with("the")
                && STORE_OF_THE_GONE.is_match(&lower[end..]))
        {
            // (Nor a shorter phrase inside it: "did not violate" passed
            // over is not read again as "not violate".)
            covered_to = end;
            continue;
        }
        covered_to = end;
        considered += 1;
        let hedged = phrase_is_hedged(
            reason_masked.as_deref().unwrap_or(&lower),
            start,
            end,
            status,
        );
        if refused {
            // ("No action: the URL returns 404 at the origin": the refusal's
            // own "no" does not hedge the reason after it.)
            let hedged_apart = hedged && {
                let mut masked = lower.clone();
                masked.replace_range(
                    refused_start..refused_end,
                    &" ".repeat(refused_end - refused_start),
                );
                phrase_is_hedged(&masked, start, end, status)
            };
            if status == Status::NotFound && !hedged_apart {
                return Said::Stated(Status::NotFound);
            }
            // "We have not withheld the account in South Korea, because it
            // had already been suspended globally": the lesser measure was
            // refused because a greater one already stands.
            if !hedged
                && matches!(status, Status::Removed | Status::Restricted)
                && ALREADY_DONE_REASON.is_match(&lower[refused_start..start])
            {
                return Said::Stated(status);
            }
            // "It doesn't go against our standards, but based on local law
            // we've restricted access to it in South Korea": what follows the
            // contrast is what was done.
            if !hedged
                && matches!(status, Status::Removed | Status::Restricted)
                && (concessive || CONTRAST.is_match(&lower[refused_end.min(start)..start]))
            {
                return Said::Stated(
                    if status == Status::Removed && COUNTRY_SCOPE.is_match(&lower[end..]) {
                        Status::Restricted
                    } else {
                        status
                    },
                );
            }
        } else if hedged {
            first_hedge.get_or_insert(status);
        } else if matches!(status, Status::Removed | Status::Restricted)
            && PARTIAL.is_match(&lower[end..])
            // ("withheld in South Korea, but it remains viewable in other
            // countries": the scope of a restriction, no part left up.)
            && !(status == Status::Restricted && ELSEWHERE.is_match(&lower[end..]))
        {
            // "removed the video attached to this message, but the caption
            // remains visible": part of the item stays up.
            return Said::Hedged(status);
        } else if status == Status::Removed
            // ("has now been removed globally (it was previously withheld
            // in Korea only)": everywhere, whatever was so before.)
            && !GLOBALLY.is_match(&lower[end..])
            // ("has been removed from Facebook\n(previously restricted in
            // South Korea only)": the scope of the former state, not this one.)
            && (COUNTRY_SCOPE.is_match(before_former(&lower[end..]))
                || AGE_SCOPE.is_match(&lower[end..])
                // (Not a place named in a relative clause about the item's
                // past: "The channel URL, which appears to have been used to
                // advertise narcotics to users in Korea, has been blocked
                // for all users".)
                || SCOPE_BEFORE.is_match(&RELATIVE_CLAUSE.replace_all(&lower[..start], " ")))
        {
            return Said::Stated(Status::Restricted);
        } else if status == Status::NotFound
            && OUR_ACT_AFTER.is_match(&lower[end..])
            && !BY_ITS_OWNER.is_match(&lower)
        {
            // "Both archive links are dead now, we pulled them this morning":
            // gone because the sender removed them, which is a removal.
            return Said::Stated(Status::Removed);
        } else if status == Status::Rejected {
            refused = true;
            refused_start = start;
            refused_end = end;
            concessive = CONCESSIVE.is_match(&lower[..start]);
        } else if status == Status::Removed
            && NOW_404.is_match(&lower[start..end])
            && found.iter().any(|f| {
                f.0 >= end
                    && f.2 == Status::NotFound
                    && !phrase_is_hedged(&lower, f.0, f.1, Status::NotFound)
            })
        {
            // "the origin now returns 404 and the series page no longer
            // exists, there is nothing left for us to cache": gone, and
            // said to be absent, with no act of the sender's.
            return Said::Stated(Status::NotFound);
        } else {
            return Said::Stated(status);
        }
    }
    if refused {
        // "appears to have been deleted by the account holder before our
        // review, so no action was needed": nothing was done because it
        // seems gone, which is only a guess, not a decision to keep it.
        if first_hedge == Some(Status::NotFound) {
            return Said::Hedged(Status::NotFound);
        }
        // "We removed some of the photos in the post … The rest of the post
        // doesn't go against our guidelines": part done, part refused.
        if matches!(first_hedge, Some(Status::Removed | Status::Restricted))
            && PART_DONE.is_match(&lower)
        {
            return Said::Hedged(Status::Removed);
        }
        // "This post does not break the X Rules, but it is now under legal
        // review": a finding on one ground while another is still being
        // assessed; the decision has not been made.
        if STILL_UNDER_REVIEW.is_match(&lower[refused_end..]) {
            return Said::Hedged(Status::Pending);
        }
        return Said::Stated(Status::Rejected);
    }
    match first_hedge {
        Some(st) => Said::Hedged(st),
        // Only former states ("previously restricted"): say so as a hedge.
        None if considered == 0 && policy_names == 0 => Said::Hedged(found[0].2),
        None => Said::Nothing,
    }
}

/// A review still going on, said after a refusal.
static STILL_UNDER_REVIEW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?under\s+(?:(?:legal|further|additional|local[\s-]law|manual)\s+)?(?:review|investigation|assessment)|(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?being\s+(?:reviewed|assessed|investigated|evaluated)|(?:we|our\s+\w+\s+team|our\s+team)\s+(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?(?:assessing|reviewing|investigating|evaluating)|(?:for\s+now|at\s+present|currently)\s+pending\s+(?:further\s+|final\s+|legal\s+)?review)\b",
    ))
    .expect("built-in regex")
});

/// "… in the mod log", "… in its history": where something was looked for
/// that is not the item itself. (Not "records": "not found in our
/// registration records" is a finding about the item.)
static IN_THE_LOG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^\s+(?:(?:it|them|this|that|anything)\s+)?(?:in|from)\s+(?:the|our|any|its)\s+(?:\w+\s+)?(?:log|logs|history|audit\s+trail)\b|^\s+(?:a|any|the)\s+(?:\w+\s+)?(?:log\s+entry|log\s+entries|log|record|records|audit\s+entry)\b",
    ))
    .expect("built-in regex")
});

/// A domain or account deleted because it lapsed.
static LAPSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:deleted|removed|released|dropped|purged)\b(?:\s+by\s+(?:the|its)\s+(?:registry|registrar)(?:\s+operator)?)?[^.;]{0,12}?(?:\s[-–—:]\s*|\s+(?:after|because|as|since)\s+(?:it\s+|the\s+\w+\s+)?(?:had\s+|has\s+)?)(?:expired|lapsed|was\s+not\s+renewed)\b|\b(?:registration|domain|name|subscription|account)\s+(?:had\s+|has\s+)?(?:expired|lapsed)\s+(?:and|,)\s+(?:the\s+\w+\s+)?(?:was|has\s+been|had\s+been)\s+(?:deleted|removed|released|dropped|purged)\b"))
        .expect("built-in regex")
});

/// "now returns 404": the removal phrase of a page that went away.
static NOW_404: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^now\s+\w+\s+(?:an?\s+)?(?:http\s+)?(?:error\s+)?404$",
    ))
    .expect("built-in regex")
});

/// "not only", "not just", "not merely" right before a phrase.
static NOT_ONLY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:not|rather\s+than)\s+(?:only|just|merely|simply)\s+(?:been\s+|being\s+)?$",
    ))
    .expect("built-in regex")
});

/// A refusal's reason that says the measure is already in place ("…
/// because it had already been suspended globally", "… because that post
/// had already been removed globally").
static ALREADY_DONE_REASON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:because|since|as|given\s+that)\s+(?:it|they|this|these|those|that|(?:the|this|that|these|those)\s+\w+)\s+(?:had|has|have|was|were)\s+already\s+(?:been\s+)?$",
    ))
    .expect("built-in regex")
});

/// The text up to a former state it goes on to describe ("… (previously
/// restricted in South Korea only)", "…; it was formerly geo-blocked").
fn before_former(text: &str) -> &str {
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(
            r"(?i)\b(?:previously|formerly|originally|initially|earlier)\b",
        ))
        .expect("built-in regex")
    });
    MARK.find(text).map_or(text, |m| &text[..m.start()])
}

/// Writing as people type it: "doesnt", "couldnt", "didn’t" read as
/// "doesn't", "couldn't", "didn't".
fn casual(lower: &str) -> String {
    let s = lower.replace('’', "'");
    let s = CASUAL_NT.replace_all(&s, "${1}n't");
    // "게시물 삭제 및 작성자 IP 차단 조치하였습니다", "삭제 + 작성자 IP 차단":
    // the sanction on the writer says nothing of the post (a blocked IP is
    // no geo-block).
    // ("블라인드 처리 후 작성자 이용 정지" ending the text: the sanction that
    // followed, with its "후"; "삭제 후 작성자 IP 차단까지 완료했습니다" keeps
    // its verb, and the sanction alone goes.)
    let s = match WRITER_SANCTION_LAST.replace_all(&s, " ") {
        std::borrow::Cow::Borrowed(_) => s.into_owned(),
        std::borrow::Cow::Owned(o) => o,
    };
    WRITER_SANCTION.replace_all(&s, " ").into_owned()
}

static WRITER_SANCTION_LAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*후\s*(?:작성자|게시자|업로더|글쓴이|회원|이용자)(?:의)?\s*(?:ip|아이피|계정|아이디)?\s*(?:을|를)?\s*(?:\d+\s*(?:일|시간|개월)\s*(?:간|동안)?\s*)?(?:차단|이용\s*정지|정지|제재)\s*(?:조치)?\s*[.。]?\s*$")
        .expect("built-in regex")
});

static WRITER_SANCTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\s*(?:및|,|，|\+|(?:와|과)\s*함께)\s*)?(?:(?:작성자|게시자|업로더|글쓴이|회원|이용자)(?:의)?\s*(?:ip|아이피|계정|아이디)\s*(?:을|를)?\s*(?:\d+\s*(?:일|시간|개월)\s*(?:간|동안)?\s*)?(?:차단|이용\s*정지|정지|제재)|(?:작성자|게시자|업로더|글쓴이)(?:의)?\s*(?:차단|이용\s*정지|제재))")
        .expect("built-in regex")
});

static CASUAL_NT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(does|do|did|could|would|should|is|are|was|were|has|have|had|ca|wo)nt\b")
        .expect("built-in regex")
});

/// A status given by the name of the measure alone, as in a status cell, a
/// result field or the only words beside a URL ("삭제", "[게시중단]",
/// "게시중단(임시조치)", "국가별 차단(KR)", "게시물 없음(작성자 삭제)",
/// "미조치", "연령 제한 적용"). The whole text must be that name: an object
/// noun before it and a parenthetical after it are allowed, nothing else
/// ("삭제 요청", "삭제 대상" and "삭제 예정" are not statements).
pub fn named_status(text: &str) -> Option<Status> {
    // (Without the stand-in a line's URL leaves at its end: "[임시조치 - 30일간
    // 열람 제한] URL" is read as "[임시조치 - 30일간 열람 제한]  ; ", whose
    // last separator is then the name's own dash, not the semicolon.)
    let text = text.trim_end_matches(|c: char| c == ';' || c.is_whitespace());
    let named = |t: &str| -> Option<Status> {
        let t = NAME_EDGES.replace_all(t.trim(), "");
        let t = t.trim();
        // "URL（삭제）", "- URL (삭제)": the measure in brackets of its own.
        let t = t
            .strip_prefix(['(', '（'])
            .and_then(|x| x.strip_suffix([')', '）']))
            .filter(|x| !x.contains(['(', ')', '（', '）']))
            .map_or(t, str::trim);
        if t.is_empty() {
            return None;
        }
        if let Some(st) = named_one(t) {
            return Some(st);
        }
        // "블라인드 / hidden by cafe operations": the measure's name, then
        // its translation.
        if let Some((first, _)) = t.split_once(" / ")
            && let Some(st) = named_one(first.trim())
        {
            return Some(st);
        }
        // "질문 및 답변 삭제": two objects joined by 및, one measure after
        // both: the measure's.
        if let Some((first, rest)) = t.split_once(" 및 ")
            && JOINED_OBJECT.is_match(first.trim())
            && let Some(st) = named_one(rest.trim())
        {
            return Some(st);
        }
        // "게시물 삭제 및 채널 경고", "오픈채팅방 폐쇄 및 방장 이용 영구 제한",
        // "회원 이용정지, 작성글 전체 비공개": the first measure is the
        // item's; what follows 및 (or the comma) is about others.
        // (Only a measure before the comma: in "위법성 확인 불가, 게시 유지"
        // the first half is no finding that the post is gone.)
        // ("삭제 + 작성자 IP 차단": the same, joined by a plus.)
        let (first, rest) = t
            .split_once(" 및 ")
            .or_else(|| t.split_once(" + "))
            .or_else(|| {
                t.split_once(", ").filter(|(f, _)| {
                    matches!(named_one(f), Some(Status::Removed | Status::Restricted))
                })
            })?;
        if KOREAN_FUTURE.is_match(rest) || rest.contains("요청") {
            return None;
        }
        named_one(first)
    };
    if let Some(st) = named(text) {
        return Some(st);
    }
    // "미조치 – 개인 투자 의견 게시물로서 … 허위 정보로 보기 어려움": the
    // measure, then its reason after a dash, which names no measure.
    if let Some((head, tail)) = text
        .split_once(" – ")
        .or_else(|| text.split_once(" — "))
        .or_else(|| text.split_once(" - "))
        && let Some(st) = named(head)
        && named(tail).is_none()
        && matches!(said_core(tail, &[]), Said::Nothing)
    {
        return Some(st);
    }
    // "가. 삭제: 3건", "차단 2건": a section's heading, the measure and how
    // many items it heads. (Only one measure: "삭제 3건, 미조치 1건" sums
    // up a list, whose items it does not pair with the measures.)
    if let Some(c) = COUNTED.captures(text)
        && let Some(head) = c.get(1).map(|m| m.as_str())
        && !head.contains([',', '，', '/', '+'])
        && !head.contains(" 및 ")
        && let Some(st) = named(head).filter(|_| !head.trim().is_empty())
    {
        return Some(st);
    }
    // "게시글（URL）：게시중단 처리", "Post <URL> — 삭제": a short label, then
    // the measure after the last separator.
    let cut = SEPARATOR.find_iter(text).last()?;
    let head = &text[..cut.start()];
    let label_words = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .count();
    // Not when the label names what was asked ("요청 사항: 삭제").
    let asked = REQUESTED_FIELD.is_match(&format!("{}:", head.trim_end()));
    (label_words <= 4 && !asked)
        .then(|| named(&text[cut.end()..]))
        .flatten()
}

/// An object noun alone, joined to another by 및 ("질문 및 답변 삭제").
static JOINED_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:게시물|게시글|글|질문(?:글)?|답변(?:글)?|댓글|본문|영상|동영상|사진|이미지|첨부\s*파일|파일|채널|계정|카페|블로그|포스트|클립|방)$")
        .expect("built-in regex")
});

/// The name of a measure, with at most one word before it naming what was
/// acted on ("VOD 삭제", "영상 비공개"), never a negation or the request
/// ("미 삭제", "요청 삭제").
fn named_one(t: &str) -> Option<Status> {
    let t = t.trim();
    let find = |t: &str| {
        let (set, statuses) = &*NAMED;
        set.matches(t).iter().next().map(|i| statuses[i])
    };
    if let Some(st) = find(t) {
        return Some(st);
    }
    // "이행 (삭제)", "처리완료(삭제)", "complied (removed)": the request
    // carried out, and how.
    if let Some(c) = COMPLIED.captures(t) {
        return c.get(1).and_then(|m| find(m.as_str().trim()));
    }
    let (head, rest) = t.split_once(char::is_whitespace)?;
    if head.chars().count() > 12 || NOT_AN_OBJECT.is_match(head) {
        return None;
    }
    find(rest.trim_start())
}

/// A purpose clause with a negation ("다시 올라오지 않도록", "보이지
/// 못하도록").
/// "당초 임시조치하였으나,", "처음에는 블라인드 처리했지만": what was done at
/// first, in a clause that gives way to what came of it.
static SUPERSEDED_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:당초|원래|처음에는|처음엔|최초에는|최초)\s+([^.。]{0,40}?(?:하였|했|되었|됐|였))(?:으나|지만|는데)\s*[,，]?")
        .expect("built-in regex")
});

static PURPOSE_NOT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[가-힣]+지\s*(?:않|못하)도록").expect("built-in regex"));

/// A contrast that turns to what happened afterwards ("…하였으나, 이후 …",
/// "…, but it was later …" is not this: only the turn with its own time).
static LATER_TURN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)(?:으나|지만|는데)\s*[,，]?\s*(?:이후|그\s*후|그\s*뒤|이후에|그\s*이후|(?:재|추가|다시)\s*검토\s*결과)(?:에)?\s|,?\s*\bbut\s+(?:later|subsequently|afterwards|since\s+then)\s*,?\s"))
        .expect("built-in regex")
});

/// "4) ", "(2) ", "나. ", "③ " opening a list's entry.
static ENTRY_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\d{1,3}[.)]|\(\d{1,3}\)|[가-하][.)]|[①-⑳])\s+").expect("built-in regex")
});

static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.*?)\s*[:：]?\s*[(（]?\s*(?:총\s*)?\d{1,4}\s*건\s*[)）]?$")
        .expect("built-in regex")
});

static COMPLIED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:이행|이행\s*완료|처리\s*완료|조치\s*완료|complied|done)\s*[(（]\s*([^)）]{1,20})\s*[)）]$")
        .expect("built-in regex")
});

static NOT_AN_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:미|비|불|무|not|no|요청|신고|희망|예정|요구)$").expect("built-in regex")
});

// (Also " ; ", where a URL stood: "1  URL  삭제" is read as "1 ; 삭제", a
// row number, then the measure.)
static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[:：→⇒]|\s[-–—;]\s").expect("built-in regex"));

// Label, list marker and bracket debris around a measure's name.
static NAME_EDGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s*(?:[-–—:：•·・▶►>*=|;,→⇒➔➜»■□◆◇●○◎▪]|\d+[.)]|[가-하][.)]|\(\d+\)|[①-⑳]|(?:조치|처리)\s*(?:결과|내용|사항|현황|유형)?\s*[:：]|결과\s*[:：]|[\[【〔]\s*(?:(?:조치|처리)\s*(?:결과|내용|사항|현황|유형)?|결과)\s*(?:\d{1,3}\s*)?[\]】〕]\s*[:：]?))+|[\[【〔<]|[\]】〕>]|[\s.。:：|;,]+$")
        .expect("built-in regex")
});

/// The measures' names, each a whole-text pattern, and the status each
/// names: one set, so that a text is read once for all of them (the first
/// in the list that matches decides).
static NAMED: LazyLock<(RegexSet, Vec<Status>)> = LazyLock::new(|| {
    use Status::*;
    // (The object may name its service and its board: "Daum 카페 게시글
    // 삭제", "티스토리 블로그 글 비공개", "지식iN 답변 삭제".)
    let object = r"(?:(?:해당\s*)?(?:(?:[a-z][a-z0-9]{1,11}|다음|네이버|카카오|티스토리|지식\s*in)\s*)?(?:(?:카페|블로그|밴드)\s+)?(?:게시물|게시글|글|답변글?|질문글?|콘텐츠|컨텐츠|영상|동영상|vod|다시보기|클립|채널|계정|카페\s*글|블로그\s*글|포스트|url|오픈\s*채팅방|채팅방|카페|블로그|방)\s*)?(?:영구\s*)?";
    // (With its length: "임시조치 30일".)
    // ("임시조치 유지（30일 경과 후 재검토）": the measure kept.)
    let tail = r"\s*(?:\d{1,3}\s*일(?:간)?)?\s*(?:처리|조치|완료|됨|함|적용|유지)*\s*(?:[(（][^)）]{0,40}[)）])?\s*(?:처리|조치|완료|됨|함)*(?:\s*(?:게시물|게시글|url|건))?";
    let list: &[(&str, Status, bool)] = &[
        // (measure, status, object noun allowed before it)
        (
            r"게시\s*중단\s*[(（][^)）]{0,12}?임시\s*조치[^)）]*[)）]",
            Restricted,
            true,
        ),
        (r"임시\s*조치", Restricted, true),
        (
            r"(?:(?:대한민국|한국)\s*(?:내|에서)?\s*|국가별\s*|국내\s*|지역\s*)?(?:접속\s*|접근\s*)?차단",
            Restricted,
            true,
        ),
        (r"접근\s*제한", Restricted, true),
        (
            r"(?:(?:대한민국|한국|국내)\s*(?:내|에서)?\s*|(?:만\s*)?1\d\s*세\s*(?:이상|미만)\s*(?:(?:이용자|사용자|회원)\s*)?)?(?:액세스|접속|접근|시청|열람|재생)\s*(?:제한|차단)",
            Restricted,
            true,
        ),
        (r"연령\s*제한", Restricted, true),
        (r"삭제", Removed, true),
        (r"게시\s*중단", Removed, true),
        (r"블라인드", Removed, true),
        (r"비공개(?:\s*전환)?", Removed, true),
        (
            r"이용\s*정지|영구\s*정지|폐쇄|해지|운영\s*종료",
            Removed,
            true,
        ),
        (
            r"(?:카페\s*|서비스\s*)?운영자\s*(?:직접\s*)?삭제",
            Removed,
            false,
        ),
        (
            r"(?:해당\s*)?(?:게시물|게시글|글|페이지|url|콘텐츠|오픈\s*채팅방|채팅방|채널|계정|영상|동영상|카페|블로그|파일|이미지|스레드|쓰레드|문서|포스트)\s*없음",
            NotFound,
            false,
        ),
        // ("위법성 확인 불가": the wrong could not be shown; "유지(위반 내용
        // 확인 불가)": kept, for that reason.)
        // (Not "임시조치 유지（30일 경과 후 재검토）": the measure kept.)
        (
            r"^\W*유지\s*[(（][^)）]{0,30}(?:위반|위법|명예\s*훼손|권리\s*침해|불법|정상)[^)）]{0,20}[)）]",
            Rejected,
            false,
        ),
        (
            r"(?:위법성|위법\s*여부|불법성|위반\s*여부|권리\s*침해(?:\s*여부)?)\s*확인\s*(?:불가|안\s*됨)|^\W*유지\s*[(（][^)）]{0,30}(?:위반|위법|명예\s*훼손|권리\s*침해|불법)[^)）]{0,20}확인\s*(?:불가|안\s*됨)",
            Rejected,
            false,
        ),
        // "이미 삭제 조치됨" in a result list under "아래와 같이 조치되었음을":
        // the platform's measure, taken already; not a page found gone.
        (r"이미\s*삭제\s*(?:조치|처리)", Removed, true),
        (
            r"존재하지\s*않음|(?:원|최초)?\s*(?:작성자|게시자)\s*(?:본인\s*)?(?:직접\s*|자진\s*)?삭제|기\s*삭제|이미\s*삭제(?:됨)?|확인\s*불가|url\s*오류",
            NotFound,
            true,
        ),
        (
            r"미\s*조치|미\s*이행|불\s*이행|삭제\s*(?:안\s*함|하지\s*않음)|조치\s*(?:안\s*함|없음|불가)|게시\s*유지|위반\s*(?:사항\s*)?없음|(?:정책\s*)?위반\s*아님",
            Rejected,
            true,
        ),
        // "조치 제외 (정상 게시물)": left out of the measure, a normal post.
        // ("반려 (정상 게시물)": the request turned down.)
        (
            r"조치\s*제외|(?:요청\s*)?반려|정상\s*(?:게시물|게시글|글|콘텐츠|영상)",
            Rejected,
            false,
        ),
        // "없는 게시물", "존재하지 않는 URL" as a cell of its own.
        (
            r"(?:없는|존재하지\s*않는)\s*(?:게시물|게시글|글|페이지|url|주소|콘텐츠|영상)",
            NotFound,
            false,
        ),
    ];
    let patterns = list.iter().map(|(m, _, obj)| {
        let o = if *obj { object } else { "" };
        format!("^{o}(?:{m}){tail}$")
    });
    (
        RegexSet::new(patterns).expect("built-in regex"),
        list.iter().map(|(_, st, _)| *st).collect(),
    )
});

/// A hedge in the clause before the break that starts the phrase's own,
/// where that break does not end what the hedge governs:
/// - a URL's place (" ; ") as the subject of the phrase, right after a
///   hedge in the same sentence: "It may be that URL is no longer
///   visible", "which would mean that URL is …", "We think URL is …";
/// - a conjunct whose verb has no auxiliary of its own and shares the one
///   before: "both servers will be removed and the owners' accounts
///   disabled".
fn hedged_across_break(
    before_all: &str,
    last_break: Option<regex::Match>,
    clause_start: usize,
    phrase: &str,
) -> bool {
    static AUXILIARY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(r"(?i)\b(?:is|are|was|were|has|have|had|been|be|got|gets|get|will|would|may|might|can|could|shall|should|must|did|does|do)\b|n't\b"))
            .expect("built-in regex")
    });
    // (Doubt, condition or time to come; not a negation, which is about
    // what the segment itself says: "We've blocked URL1 but not URL2,
    // which … doesn't break our Terms", "Thread No.5 (URL) is now hidden".)
    static DOUBT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(&format!(r"(?i)\b(?:{DOUBT_WORDS}|(?:appears?|seems?)\s+(?:to|that)|it\s+(?:appears|seems)|look(?:s|ed)?\s+(?:like|as\s+if))\b|['’]ll\b")))
            .expect("built-in regex")
    });
    static THINKS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_b(r"(?i)\b(?:think|believe|suspect|guess|assume|suppose|understand|expect)(?:\s+that)?\s*$"))
            .expect("built-in regex")
    });
    let Some(m) = last_break else {
        return false;
    };
    let text = m.as_str().to_ascii_lowercase();
    // ("We would like to confirm that URL has been removed": the
    // courtesy's "would" hedges nothing, as in the phrase's own clause. It
    // goes before the clause is found, as its "we" follows a break ", we".)
    let prior = |upto: usize| {
        let head = COURTESY_BEFORE.replace_all(&before_all[..upto], " ");
        let from = CLAUSE_BREAK.find_iter(&head).last().map_or(0, |b| b.end());
        head[from..].to_string()
    };
    if text.starts_with(';') && before_all[..m.start()].ends_with(' ') {
        // (Only the words after the segment's last comma: "Although it may
        // be lawful elsewhere, URL has been withheld in Korea" is no hedge
        // of the act.)
        let seg = prior(m.start());
        let seg = seg
            .rsplit_once(',')
            .map_or(seg.as_str(), |(_, t)| t)
            .trim_end();
        return !seg.is_empty() && (DOUBT_BEFORE.is_match(seg) || THINKS.is_match(seg));
    }
    // (The conjunct's own words and the phrase: "and it does not violate
    // …" has its own.)
    if text.starts_with("and")
        && !AUXILIARY.is_match(&format!("{} {phrase}", &before_all[clause_start..]))
    {
        return DOUBT_BEFORE.is_match(&prior(m.start()));
    }
    false
}

/// Is the phrase at `start..end` of `lower` negated, future, conditional or pending?
fn phrase_is_hedged(lower: &str, start: usize, end: usize, status: Status) -> bool {
    // The clause the phrase is in: from the last clause break before it.
    let before_all = &lower[..start];
    // (A break at a field's colon, "Outcome: Not actioned", starts the
    // clause right after the colon: the "not" is the clause's own.)
    let last_break = CLAUSE_BREAK.find_iter(before_all).last();
    let clause_start = last_break
        .map(|m| {
            if m.as_str().starts_with(':') {
                m.start() + 1
            } else {
                m.end()
            }
        })
        .unwrap_or(0);
    // ("However, because it appears to be unlawful under Korean law, access
    // to the post has been withheld": the reason's clause ends at its comma,
    // and its hedge is the reason's, not the act's.)
    let clause_start = match last_break {
        Some(m)
            if matches!(
                m.as_str().to_ascii_lowercase().as_str(),
                "because" | "since"
            ) && before_all[clause_start..].contains(", ") =>
        {
            clause_start + before_all[clause_start..].rfind(", ").map_or(0, |k| k + 2)
        }
        _ => clause_start,
    };
    // "According to the customer, URL has been taken offline": what someone
    // else says, passed on, not the sender's own finding.
    let sentence_start = before_all.rfind(['.', '!', '?', '。']).map_or(0, |i| {
        i + before_all[i..].chars().next().map_or(1, char::len_utf8)
    });
    if HEARSAY_BEFORE.is_match(&before_all[sentence_start..]) {
        return true;
    }
    // "…, possibly because the uploader took it down": a guessed reason.
    if GUESSED_REASON.is_match(&before_all[sentence_start..]) {
        return true;
    }
    if TO_BE_CONFIRMED.is_match(&before_all[sentence_start..]) {
        return true;
    }
    let before = RELATIVE_CLAUSE.replace_all(&before_all[clause_start..], " ");
    // "offered prescription medicine for sale without a licence and has
    // been taken down": the content's wrong, no condition on the act.
    let before = WITHOUT_LEAVE.replace_all(&before, " ");
    // "After reviewing your request against local law, X has withheld …":
    // the review is over, what follows it is its outcome.
    let before = REVIEW_DONE_BEFORE.replace_all(&before, " ");
    // "We would like to inform you that all the content … has been taken
    // down": the courtesy's "would" hedges nothing.
    let before = COURTESY_BEFORE.replace_all(&before, " ");
    let before = before.as_ref();
    if hedged_across_break(before_all, last_break, clause_start, &lower[start..end]) {
        return true;
    }
    let after = &lower[end..];
    let phrase = &lower[start..end];
    // (A phrase whose pattern took the sentence's own end — "… leaving it
    // online." — has no clause after it: "If you have a court order …" is
    // the next sentence's.)
    let after_clause = if phrase.ends_with(['.', '!', ';']) {
        ""
    } else {
        CLAUSE_BREAK
            .find(after)
            .map(|m| &after[..m.start()])
            .unwrap_or(after)
    };
    // "삭제 조치하지 않을 수 없었음" (could not but delete): the negation is
    // the phrase's own double negative, not a hedge.
    if phrase.contains("않을") && DOUBLE_NEGATIVE.is_match(phrase) {
        return HEDGE_BEFORE.is_match(before) || KOREAN_FUTURE.is_match(phrase);
    }
    // "게시물을 삭제하고 작성자에게 경고했습니다": the stem joined by 하고 to
    // a later verb that is done shares that verb's tense.
    // ("게시글은 삭제 후 작성자 IP 차단까지 완료했습니다": so does the stem
    // followed by 후, "after", and a later verb that is done.)
    let later_act_done = |rest: &str| {
        JOINED_DONE.is_match(rest)
            && !KOREAN_FUTURE.is_match(rest)
            && !KOREAN_HEDGE_JOINED.is_match(rest)
    };
    fn sentence_rest(after: &str) -> &str {
        after.split(['.', '\n', '。']).next().unwrap_or("")
    }
    let joined_done = |after: &str| {
        let rest = sentence_rest(after);
        (rest.trim_start().starts_with("하고") || rest.trim_start().starts_with("후"))
            && later_act_done(rest)
    };
    // (A measure that took its "하고" or "후" into the phrase: the same test
    // on what follows it.)
    // (Not when the later act is itself a measure, or undoes this one:
    // "임시조치 후 삭제하였습니다" is the deletion's, "비공개 처리 후 다시
    // 공개하였습니다" is no removal.)
    if JOINED_MEASURE.is_match(phrase)
        && (!later_act_done(sentence_rest(after)) || LATER_MEASURE.is_match(sentence_rest(after)))
    {
        return true;
    }
    // ("…게시글 삭제 및 블로그 이용제한" ending a result line: the measures
    // taken, the account's sanction listed after the content's.)
    let sanction_listed = |after: &str| KO_SANCTION_LISTED.is_match(after);
    let bare_stem = (phrase == "삭제" || phrase == "차단")
        && !KOREAN_DONE.is_match(prefix_chars(after_clause, 8))
        && !GONE_NOW_AFTER.is_match(after_clause)
        && !joined_done(after)
        && !sanction_listed(after);
    bare_stem
        || REQUESTED_FIELD.is_match(before)
        // "다음과 같이 조치하였습니다" (we acted as follows): the list below
        // says what was done; the generic word says nothing by itself.
        || (phrase.starts_with("조치") && AS_FOLLOWS.is_match(before))
        || HEDGE_BEFORE.is_match(before)
        // "to be removed", "be permanently deleted": only right before it
        // ("was found to be in violation … and is no longer available" is
        // not a hedge).
        || BE_BEFORE.is_match(before)
        // ("as part of the same action" is no part of the item.)
        || PARTIAL_QUANT.is_match(&AS_PART_OF.replace_all(before, " "))
        // (Not "one of the two videos, URL,": the part, named right there.)
        || (PARTIAL_QUANT.is_match(&AS_PART_OF.replace_all(after_clause, " "))
            && !NAMED_PART_AFTER.is_match(after))
        || CONDITION_AFTER.is_match(after_clause)
        // "제목의 사례 ID를 그대로 유지해 주세요": asked of the reader, not done.
        || KO_PLEASE_AFTER.is_match(after)
        || ALONE_PAST_URL.is_match(after)
        // "we blocked nothing", "removed none of them": the act denied by
        // its object.
        || (status != Status::Rejected && NOTHING_AFTER.is_match(after))
        // "We do not remove whole threads because of a single post": a
        // policy on a kind of thing, not a decision on this one.
        || (status == Status::Rejected && POLICY_NOT.is_match(phrase))
        // A restriction "pending review" is in place now (like 임시조치).
        || (HEDGE_AFTER.is_match(after)
            && !phrase.ends_with(['.', '!', ';'])
            && !(status == Status::Restricted && PENDING_AFTER.is_match(after))
            && !REVIEW_DONE_AFTER.is_match(after)
            // ("has been taken down after our review": done, the review
            // before it; "will be restricted after review" is to come.)
            && !(AFTER_REVIEW.is_match(after)
                && DONE_BEFORE_AFTER_REVIEW.is_match(&format!("{before}{phrase}"))))
        // A Korean rejection or "not found" is itself a negation ("조치하지
        // 않았습니다", "존재하지 않는"): only a future or pending state hedges it.
        || if matches!(status, Status::Rejected | Status::NotFound) {
            KOREAN_FUTURE.is_match(&format!("{}{}", phrase, prefix_chars(after_clause, 12)))
        } else {
            // ("비공개 처리되어 현재 재생되지 않습니다": that it no longer
            // plays is what the measure did, not a negation of it.)
            // (What follows is cleared before it is cut, so that a
            // description longer than the window is still seen whole.)
            let after_gone = GONE_AFTER.replace_all(after_clause, " ");
            let window = format!("{}{}", phrase, prefix_chars(&after_gone, 12));
            // ("국내 법령에 따른 요청으로 한국 내 접근이 제한되었습니다": the
            // request is the measure's cause, not what was done.)
            let window = KO_AT_REQUEST.replace_all(&window, " ");
            KOREAN_HEDGE.is_match(&GONE_AFTER.replace_all(&window, " "))
                // "임의로 삭제하거나 노출을 제한할 수 없어": the measure
                // cannot be taken.
                || KO_CANNOT_AFTER.is_match(after)
        }
        || before.contains("n't ")
        // "We did not remove it, as we are still reviewing it": the reason
        // given for not acting is that the decision is still to come.
        || (status == Status::Rejected
            && REASON_WORD_END.is_match(phrase)
            && PENDING_REASON.is_match(after.split(['.', ';', '!', '?']).next().unwrap_or("")))
        // "We have not finished our review, so we will not remove it": the
        // reason put first is a review still going on.
        || (status == Status::Rejected
            && REASON_FIRST_END.is_match(phrase)
            && PENDING_REASON.is_match(&lower[..end]))
        // "법률 검토가 끝나지 않아 별도 조치하지 않았습니다": not acted on
        // because the review is not over.
        || (status == Status::Rejected && KO_PENDING_REASON.is_match(before))
        // "매니저가 7일 이내에 조치하지 않으면 …", "삭제되지 않을 경우": a
        // condition, not what was done.
        || KO_CONDITION_AFTER.is_match(after)
        // "작성자가 직접 지운 것인지는 아직 확인이 되지 않아서": whether it
        // was, not that it was.
        || KO_WHETHER_AFTER.is_match(after)
        // "접속 차단을 해제했습니다", "임시조치 상태가 해제되었습니다": the
        // measure named is the one lifted, not one in force.
        || (matches!(status, Status::Restricted | Status::Removed) && KO_LIFTED_AFTER.is_match(after))
        // "Until we receive it, we cannot take action on the post": a
        // condition put first limits the clause right after it as much as
        // one put after it would.
        || fronted_condition(&lower[..start], &lower[start..end], status)
}

/// Does the sentence that ends in `before` open with a condition whose
/// clause ends at its first comma, with the phrase in the clause right
/// after it? ("Until we receive it, we cannot …", "Without a court order,
/// we will not …", "법원 명령서가 없으면 조치할 수 없습니다".)
fn fronted_condition(before: &str, phrase: &str, status: Status) -> bool {
    let sentence = SENTENCE_END
        .find_iter(before)
        .last()
        .map_or(before, |m| &before[m.end()..])
        .trim_start();
    if KO_CONDITION_FIRST.is_match(sentence) {
        // ("검토 완료 전까지 임시조치": a measure that lasts until the
        // review ends is in place now; so is a post hidden "소명 확인
        // 전까지 블라인드 처리해 두었습니다", but not a deletion.)
        let lasting = status == Status::Restricted
            || (status == Status::Removed && KO_HIDDEN.is_match(phrase));
        return !lasting || !KO_UNTIL.is_match(sentence);
    }
    if !CONDITION_FIRST.is_match(sentence) || NOT_A_CONDITION.is_match(sentence) {
        return false;
    }
    // The phrase is in the condition itself ("If the uploader appeals and
    // the video is reinstated, we will let you know"), or in the main
    // clause right after the condition's comma, with no other clause
    // between them.
    sentence
        .find([',', '，'])
        .is_none_or(|comma| !CLAUSE_BREAK.is_match(&sentence[comma + 1..]))
}

static SENTENCE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[.;:!?。]\s|\n").expect("built-in regex"));

static CONDITION_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)^(?:until|unless|absent|in\s+the\s+absence\s+of|without|if)\b",
    ))
    .expect("built-in regex")
});

/// Opening words that are no condition on the decision: "without delay",
/// "if you have any questions".
static NOT_A_CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^(?:without\s+(?:(?:any|further|undue)\s+)?(?:delay|hesitation|exception)|if\s+you\s+(?:have|need|believe|think|disagree|wish|want|would\s+like))\b"))
        .expect("built-in regex")
});

/// A Korean condition earlier in the same sentence: "…이 없으면", "…을
/// 받을 때까지", "…하지 않는 한".
static KO_CONDITION_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:없으면|않으면|없는\s*한|않는\s*한|(?:때|전)\s*까지|(?:있|받|제출하|확인되|제출되)(?:으면|면)\s)")
        .expect("built-in regex")
});

static KO_WHETHER_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:것|거)\s*인지").expect("built-in regex"));

static KO_LIFTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:상태|조치)?\s*(?:을|를|이|가|는|은)?\s*(?:해제|풀었|풀렸|풀어|풀리)")
        .expect("built-in regex")
});

static KO_HIDDEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"블라인드|비공개|게시\s*중단").expect("built-in regex"));

static KO_UNTIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:때|전)\s*까지").expect("built-in regex"));

static KO_CONDITION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    // ("삭제가 완료되면 다시 알려드리겠습니다": once it is done, not done.)
    Regex::new(r"^\s*(?:(?:(?:가|이|를|을)\s*)?(?:완료|처리|조치)\s*)?(?:으면|는다면|(?:을|는|던)\s*경우|을\s*때|(?:하|되|했|됐)?(?:으면|면|다면|을\s*경우|ㄹ\s*경우|는\s*경우|할\s*경우|될\s*경우)(?:\s|,|$))")
        .expect("built-in regex")
});

static KO_PENDING_REASON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:검토|확인|조사|심사|판단|심의)\s*(?:가|이|를|을)?\s*(?:끝나지|마치지|마무리되지|완료되지|종료되지|나오지)\s*않|(?:검토|확인|조사|심사|심의)\s*(?:가\s*)?(?:중|진행\s*중)|추가\s*(?:확인|검토|자료|소명|정보|서류)(?:가|이|을|를)?\s*(?:필요|요청)|아직|결정(?:이)?\s*(?:되지|나지)\s*않|(?:소명|답변|회신|자료|서류)(?:을|를)?\s*기다리")
        .expect("built-in regex")
});

/// A refusal that follows its reason ("…, so we will not suspend").
static REASON_FIRST_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^(?:so|therefore|thus|hence|accordingly)\b")).expect("built-in regex")
});

/// A phrase that ends on the word that gives its reason ("… did not remove
/// X because").
static REASON_WORD_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"(?i)\b(?:because|as|since|given\s+that|as\s+(?:it|they|this|these|the|there|we))$",
    ))
    .expect("built-in regex")
});

/// A reason for not acting that is itself a decision to come: the review
/// goes on, more time or information is needed.
static PENDING_REASON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\b(?:(?:still|currently|now)\s+(?:being\s+)?(?:review|investigat|check|assess|look|examin|evaluat|verify|verif)\w*|under\s+(?:(?:legal|further|additional|local[\s-]law|manual)\s+)?(?:review|investigation|assessment|evaluation|examination)|being\s+(?:reviewed|investigated|assessed|checked|examined|evaluated|verified|looked\s+(?:at|into))|(?:will|shall|are\s+going\s+to|plan\s+to|intend\s+to)\s+(?:\w+\s+){0,2}?(?:review|investigate|check|assess|examine|evaluate|decide|update|follow\s+up|get\s+back|come\s+back|reply|respond|revert|look\s+into|verify)|(?:need|needs|needed|require|requires|required)\s+(?:\w+\s+){0,2}?(?:more|further|additional)\s+(?:time|information|details|review|documentation|context|evidence)|awaiting|pending|not\s+yet\s+(?:finished|complete|completed|concluded|decided|reviewed|been\s+reviewed)|in\s+progress|investigating|reviewing|has\s+not\s+(?:yet\s+)?been\s+(?:reviewed|assessed|checked))\b"))
        .expect("built-in regex")
});

/// The first `n` characters of `s` (never splits a character).
fn prefix_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    fn s(t: &str) -> Said {
        said(t, &[])
    }

    #[test]
    fn english_statements() {
        assert_eq!(
            s("The following content has been removed:"),
            Said::Stated(Removed)
        );
        assert_eq!(s("We have deleted the posts below."), Said::Stated(Removed));
        assert_eq!(s("taken down"), Said::Stated(Removed));
        assert_eq!(s("The channel was banned."), Said::Stated(Removed));
        assert_eq!(s("Withheld in South Korea"), Said::Stated(Restricted));
        assert_eq!(s("geo-blocked"), Said::Stated(Restricted));
        assert_eq!(
            s("Access has been restricted in the Republic of Korea"),
            Said::Stated(Restricted)
        );
        assert_eq!(s("No violation found"), Said::Stated(Rejected));
        assert_eq!(
            s("This content does not violate our Terms of Service"),
            Said::Stated(Rejected)
        );
        assert_eq!(s("Declined"), Said::Stated(Rejected));
        assert_eq!(
            s("We were unable to act on this report"),
            Said::Stated(Rejected)
        );
        assert_eq!(
            s("We could not locate the following"),
            Said::Stated(NotFound)
        );
        assert_eq!(s("Invalid link"), Said::Stated(NotFound));
        assert_eq!(s("already unavailable"), Said::Stated(NotFound));
        assert_eq!(s("no action has been taken yet."), Said::Hedged(Rejected));
        assert_eq!(
            s("We did not find a violation of our policies for:"),
            Said::Stated(Rejected)
        );
        assert_eq!(s("The following link is invalid"), Said::Stated(NotFound));
        assert_eq!(
            s("The invite link ; is not valid any more: the channel owner revoked it"),
            Said::Stated(NotFound)
        );
        // (After a removal, "the invite is no longer valid" is its
        // consequence.)
        assert_eq!(
            s(
                "We have removed the server associated with the invite ; from Discord, and the invite is no longer valid."
            ),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("the content previously restricted in Korea has now been deleted globally:"),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn hedges_state_nothing() {
        assert_eq!(
            s("The content has not been removed."),
            Said::Hedged(Removed)
        );
        assert_eq!(
            s("These will be removed within 24 hours"),
            Said::Hedged(Removed)
        );
        assert_eq!(
            s("The item is under review and may be removed"),
            Said::Hedged(Removed)
        );
        assert_eq!(
            s("Once verified, the posts will be deleted."),
            Said::Hedged(Removed)
        );
        assert_eq!(s("We haven't removed it yet"), Said::Hedged(Removed));
        assert_eq!(
            s("You requested that these be removed"),
            Said::Hedged(Removed)
        );
        assert_eq!(s("removed soon"), Said::Hedged(Removed));
        assert_eq!(s("We received your request."), Said::Nothing);
        assert_eq!(
            s("Not removed, but restricted in South Korea."),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("No content has been removed or restricted."),
            Said::Hedged(Removed)
        );
        assert_eq!(
            s("It has not been removed because it does not violate our policies."),
            Said::Stated(Rejected)
        );
        assert_eq!(s("previously restricted"), Said::Hedged(Restricted));
        assert_eq!(s("Under review"), Said::Hedged(Pending));
        assert_eq!(
            s("; was listed as removed in error."),
            Said::Hedged(Removed)
        );
        assert_eq!(
            s(
                "; was listed as removed in error. After review, this video does not violate our Community Guidelines and remains available on TikTok."
            ),
            Said::Stated(Rejected)
        );
        assert_eq!(
            s("it's no longer visible to anyone who hasn't passed age verification."),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("we moved ; to /hv/, which is behind our 18+ gate."),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s(
                "Access to it from the Republic of Korea has been blocked at our edge since 2024-09-10 09:00 UTC, in line with local law."
            ),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("; : 휴지통 이동 (일반 회원 비공개)"),
            Said::Stated(Removed)
        );
        assert_eq!(
            s(
                "요청하신 스토어의 해당 상품은 약사법 위반 상품으로 확인되어 판매중지 및 상품 비노출 처리하였습니다."
            ),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("The invite had expired and we could not identify a server for it."),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("; : 청소년 유해 표시 후 성인 인증 시에만 열람 가능하도록 제한"),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s(
                "Action: none possible. The VOD had already been deleted when we reviewed your request, and no copy remains on Twitch."
            ),
            Said::Stated(NotFound)
        );
        assert_eq!(s("유지(위반 내용 확인 불가)"), Said::Stated(Rejected));
        assert_eq!(
            s("유지 (명예훼손에 해당하는 내용 확인 불가)"),
            Said::Stated(Rejected)
        );
        assert_eq!(
            s(
                "The post quotes a published news article; we could not find the defamatory statements described in your notice."
            ),
            Said::Stated(Rejected)
        );
        assert_eq!(
            s("; will stay up: it is a news report"),
            Said::Stated(Rejected)
        );
        assert_eq!(
            s(
                "The invite link you provided (<;>) is invalid, and we were unable to identify any server associated with it."
            ),
            Said::Stated(NotFound)
        );
        assert_eq!(s("해당없음(정상 게시물)"), Said::Stated(Rejected));
        assert_eq!(
            s("조치 유형: 국가별 이용 제한 (대한민국)"),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("；（이 이미지는 업로더가 이미 지운 상태라 저희 쪽에서 할 게 없었습니다）"),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s(
                "For ; they chose to block visitors from Korean IP addresses instead; that page is still online for the rest of the world."
            ),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("; ; 글은 삭제했고 나머지는 확인 중입니다."),
            Said::Stated(Removed)
        );
        assert_eq!(s("hey, ; - nuked"), Said::Stated(Removed));
        assert_eq!(
            s("; - returns 404 now, post deleted"),
            Said::Stated(Removed)
        );
        assert_eq!(s("위법성 확인 불가"), Said::Stated(Rejected));
        assert_eq!(s("게시물 확인 불가"), Said::Stated(NotFound));
        assert_eq!(
            s("We have decided not to restrict the channel ;. It is a public buy-and-sell channel"),
            Said::Stated(Rejected)
        );
        assert_eq!(s("Decision: No restriction"), Said::Stated(Rejected));
        assert_eq!(
            s("; 게시물은 삭제와 함께 작성자 IP를 7일간 차단하였습니다."),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("해당 사이트를 운영하는 고객의 호스팅 계정을 이용약관 제12조에 따라 정지하였습니다."),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("It is political commentary and breaks no board rule, so it stays up:"),
            Said::Stated(Rejected)
        );
        assert_eq!(
            s(
                "we have applied a jurisdiction-specific block at our edge: requests from the Republic of Korea to the URLs below now receive an HTTP 451 response."
            ),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s(
                "검토한 결과, 삭제 기준에는 해당하지 않지만 일부 시청자에게 적합하지 않은 콘텐츠로 판단되어 연령 제한을 적용했습니다."
            ),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("'사진 모음 2탄' 글은 블로그 주인이 이미 지워서 지금은 없는 페이지입니다."),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("We've reviewed your report and taken action on both pieces of content you flagged."),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("https://x.com/a/status/1 is still open with our legal team."),
            Said::Hedged(Pending)
        );
        assert_eq!(s("검토 중입니다"), Said::Hedged(Pending));
        assert_eq!(
            s("removal is pending final sign-off"),
            Said::Hedged(Pending)
        );
    }

    #[test]
    fn korean() {
        assert_eq!(s("삭제 완료"), Said::Stated(Removed));
        assert_eq!(
            s("요청하신 게시물을 삭제하였습니다."),
            Said::Stated(Removed)
        );
        assert_eq!(s("조치 완료"), Said::Stated(Removed));
        assert_eq!(s("접속 차단"), Said::Stated(Restricted));
        assert_eq!(s("위반 사항 없음"), Said::Stated(Rejected));
        assert_eq!(s("확인 불가"), Said::Stated(NotFound));
        assert_eq!(s("삭제 예정입니다"), Said::Hedged(Removed));
        assert_eq!(
            s("전체에 대하여 삭제 조치를 완료하였습니다."),
            Said::Stated(Removed)
        );
        assert_eq!(s("◆ 삭제 처리된 게시물 (2건)"), Said::Stated(Removed));
        assert!(!matches!(s("삭제되지 않았습니다"), Said::Stated(_)));
        assert_eq!(
            s("Regarding your request KCSC-240901-01, the following have been removed:"),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn removal_family() {
        for t in [
            "Blocked for all users on 12 September.",
            "This post has been made unavailable.",
            "The message is no longer accessible.",
            "We have taken action on the reported content.",
            "The video was actioned.",
            "The post was set to private.",
        ] {
            assert_eq!(s(t), Said::Stated(Removed), "{t}");
        }
        // Not a removal: the word inside another, or a promise.
        assert_ne!(s("The post was unblocked."), Said::Stated(Removed));
        assert_eq!(s("It will be blocked soon."), Said::Hedged(Removed));
    }

    #[test]
    fn removal_limited_to_a_country_is_a_restriction() {
        assert_eq!(
            s("The channel can no longer be displayed to users in the Republic of Korea."),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("We have blocked the video from view in South Korea."),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("The post is now age-restricted."),
            Said::Stated(Restricted)
        );
        // URLs are blanked as " ; " before reading: the scope reads past them.
        assert_eq!(
            s("we blocked  ;  for people in south korea."),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("We won't delete  ;  since it breaks none of our rules."),
            Said::Stated(Rejected)
        );
        // A country named elsewhere in the sentence does not scope the removal.
        assert_eq!(
            s("Deleted globally, as requested by the Korean regulator."),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn refusals_with_a_reason_are_rejections() {
        for t in [
            "We will not remove the post because it does not break our rules.",
            "We won't take down the video, as it is not against our policies.",
            "We have decided not to take action on the following URL.",
            "We are not taking action at this time.",
            "This post does not break our rules and stays up.",
        ] {
            assert_eq!(s(t), Said::Stated(Rejected), "{t}");
        }
        // A negated removal without a reason states nothing yet.
        assert_eq!(s("We have not removed it yet."), Said::Hedged(Removed));
    }

    #[test]
    fn deleted_by_its_author_is_not_found() {
        assert_eq!(
            s("It had already been deleted by the channel owner before we could review it."),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("이미 작성자가 삭제하여 존재하지 않는 게시물입니다."),
            Said::Stated(NotFound)
        );
        // Deleted by the operator is the platform's own removal.
        assert_eq!(
            s("게시물은 운영자에 의해 삭제되었습니다."),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn a_refusal_because_the_content_is_gone_is_not_found() {
        // Blind set 2 (naver-author-deleted-and-private, naver-kcsc-style-html-table).
        assert_eq!(
            s("작성자가 이미 삭제한 게시물로 확인되어 별도 조치하지 않았습니다."),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("조치 불가 | 게시물 없음(존재하지 않는 URL)"),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("No action was taken because the post does not exist."),
            Said::Stated(NotFound)
        );
        // A refusal with no word of absence stays a rejection, and "could
        // not find any violation" is one phrase, not a "could not find".
        assert_eq!(s("조치 불가 (위반 사항 없음)"), Said::Stated(Rejected));
        assert_eq!(
            s("We could not find any violation in this post."),
            Said::Stated(Rejected)
        );
        // An absence that is only a promise does not turn the refusal.
        assert_eq!(
            s("No action taken; we will check whether it no longer exists."),
            Said::Stated(Rejected)
        );
    }

    #[test]
    fn blind_set_2_phrasings() {
        // Each family prompted by the blind-2 first run (see tests/corpus/README.md).
        assert_eq!(
            s("We have not removed  ;  because, after careful review, it does not"),
            Said::Stated(Rejected)
        );
        assert_eq!(s("We have not removed it as yet."), Said::Hedged(Removed));
        assert_eq!(
            s("권리침해 사실이 확인되지 않아 게시를 유지합니다."),
            Said::Stated(Rejected)
        );
        assert_eq!(s("게시를 유지할 예정입니다."), Said::Hedged(Rejected));
        assert_eq!(
            s("After review, we've applied an age restriction to the following video."),
            Said::Stated(Restricted)
        );
        assert_ne!(
            s("An age restriction does not apply to this video."),
            Said::Stated(Restricted)
        );
        assert_eq!(s("Decision: removal of content"), Said::Stated(Removed));
        assert_eq!(s("Requested action: removal"), Said::Nothing);
    }

    #[test]
    fn a_relative_clause_does_not_hedge_the_main_clause() {
        assert_eq!(
            s(
                "The messages below, which may also have been reported by others, have been deleted:"
            ),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("The messages below may have been deleted."),
            Said::Hedged(Removed)
        );
    }

    #[test]
    fn korean_takedown_family() {
        assert_eq!(
            s("정보통신망법 제44조의2에 따라 임시조치(30일간 게시중단) 되었습니다."),
            Said::Stated(Restricted)
        );
        assert_eq!(s("임시조치를 완료하였습니다."), Said::Stated(Restricted));
        assert_eq!(s("블라인드 처리를 완료하였습니다."), Said::Stated(Removed));
        assert_eq!(s("게시중단 처리되었습니다."), Said::Stated(Removed));
        assert_eq!(s("비공개 처리되었습니다."), Said::Stated(Removed));
        // The request for a takedown is not a takedown.
        assert_eq!(
            s("게시중단 요청이 정상적으로 접수되었습니다."),
            Said::Nothing
        );
        assert_eq!(
            s("위반되는 내용이 확인되지 않아 별도의 조치를 하지 않았습니다."),
            Said::Stated(Rejected)
        );
        assert_eq!(s("조치하지 않았습니다."), Said::Stated(Rejected));
    }

    #[test]
    fn wider_phrase_families() {
        for (text, want) in [
            (
                "We reviewed it and it doesn't go against our Community Standards.",
                Said::Stated(Rejected),
            ),
            (
                "We did not find the reported content to be in breach of our guidelines.",
                Said::Stated(Rejected),
            ),
            (
                "The content is not illegal under applicable law.",
                Said::Stated(Rejected),
            ),
            (
                "We have decided to leave the content up.",
                Said::Stated(Rejected),
            ),
            ("The content will remain available.", Said::Stated(Rejected)),
            ("We could not identify the content.", Said::Stated(NotFound)),
            ("The page returns a 404.", Said::Stated(NotFound)),
            (
                "The URL does not appear to lead to any content.",
                Said::Stated(NotFound),
            ),
            (
                "This video is now unavailable to viewers under 18.",
                Said::Stated(Restricted),
            ),
            (
                "해당 영상은 한국에서 볼 수 없도록 제한하였습니다.",
                Said::Stated(Restricted),
            ),
            ("The video is now private.", Said::Stated(Removed)),
            (
                "해당 채널은 운영 정책 위반으로 이용 정지되었습니다.",
                Said::Stated(Removed),
            ),
            ("게시물 삭제 조치가 완료되었습니다.", Said::Stated(Removed)),
            ("유효하지 않은 URL입니다.", Said::Stated(NotFound)),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
        // What limits them keeps them from being a decision.
        for text in [
            "The content remains available outside Korea while we review it.",
            "It will remain available until our review is complete.",
            "We could not identify a violation yet, the review continues.",
        ] {
            assert_ne!(s(text), Said::Stated(Rejected), "{text}");
        }
    }

    #[test]
    fn deleted_by_its_own_side_is_not_found() {
        for text in [
            "Content unavailable - deleted by the account holder before our review",
            "Video unavailable - removed by the uploader",
            "The message was already deleted by the channel's admins before we reached it.",
            "the channel owner had already deleted it.",
            "the account holder deactivated the account, and the post no longer exists on X.",
        ] {
            assert_eq!(s(text), Said::Stated(NotFound), "{text}");
        }
        // The platform's own moderators removing it is a removal.
        for text in [
            "The message was deleted by moderators.",
            "It was removed by our moderators.",
            "Removed by the Telegram moderators.",
        ] {
            assert_eq!(s(text), Said::Stated(Removed), "{text}");
        }
    }

    #[test]
    fn decision_fields_and_local_scopes() {
        for (text, want) in [
            ("Type of restriction: Removal of the content", Removed),
            ("Decision: disabling of access", Removed),
            (
                "Type of restriction: Disabling of access in a Member State or third country",
                Restricted,
            ),
            ("Action taken: geo-blocking", Restricted),
            ("조치 내용: 게시중단(임시조치)", Restricted),
            ("처리 결과: 삭제", Removed),
            ("결과: 접속 차단", Restricted),
            ("Locally blocked (KR)", Restricted),
            ("Blocked (KR)", Restricted),
            ("Content disabled in your country", Restricted),
            (
                "The following Short will remain on YouTube, as our review found that it does not violate our policies",
                Rejected,
            ),
        ] {
            assert_eq!(s(text), Said::Stated(want), "{text}");
        }
        // A requested action is not a decision; remaining on hold is not staying up.
        assert_eq!(s("Requested action: removal"), Said::Nothing);
        assert_ne!(s("The report will remain on hold."), Said::Stated(Rejected));
    }

    #[test]
    fn a_refusal_turned_by_but_is_what_follows() {
        assert_eq!(
            s(
                "The content you reported doesn't go against our Community Standards, but based on local law we've restricted access to it in South Korea."
            ),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s(
                "No violation of our policies was found; however, the video has been blocked in Korea."
            ),
            Said::Stated(Restricted)
        );
        // A turn to a promise is still a refusal.
        assert_eq!(
            s("We found no violation, but we will remove it if a court orders us to."),
            Said::Stated(Rejected)
        );
    }

    #[test]
    fn a_measure_named_alone_is_the_statement() {
        for (text, want) in [
            ("삭제", Removed),
            ("[게시중단]", Removed),
            (": 삭제", Removed),
            ("[게시중단]  ; ", Removed),
            ("1.  ;   : 삭제", Removed),
            ("게시물 삭제", Removed),
            ("블라인드", Removed),
            ("게시중단(임시조치)", Restricted),
            ("임시조치(30일)", Restricted),
            ("국가별 차단(KR)", Restricted),
            ("연령 제한 적용", Restricted),
            ("해당 게시물 없음", NotFound),
            ("게시물 없음(작성자 삭제)", NotFound),
            ("작성자 삭제(기삭제)", NotFound),
            ("미조치 (운영정책 위반 사항 없음)", Rejected),
            ("조치 안 함", Rejected),
            ("조치 내용: 게시중단(임시조치)", Restricted),
        ] {
            assert_eq!(named_status(text), Some(want), "{text}");
            assert_eq!(s(text), Said::Stated(want), "{text}");
        }
        for text in [
            "삭제 요청",
            "삭제 대상:",
            "삭제 예정",
            "없음",
            "해당 없음",
            "삭제 요청 URL",
            "요청하신 URL:",
        ] {
            assert_eq!(named_status(text), None, "{text}");
        }
    }

    #[test]
    fn korean_wider_family() {
        for (text, want) in [
            (
                "아래 티스토리 게시물은 게시중단(삭제) 조치되었습니다.",
                Removed,
            ),
            ("해당 게시물은 이미 삭제되어 확인할 수 없습니다.", NotFound),
            (
                "아래 채널에 대해서는 현지 법률 또는 Google 정책 위반을 확인하지 못하여 조치를 취하지 않았습니다.",
                Rejected,
            ),
            (
                "We have reviewed the reported content and taken it down.",
                Removed,
            ),
            ("Temporary measure for 30 days (임시조치)", Restricted),
            ("post unpublished; author restricted", Removed),
        ] {
            assert_eq!(s(text), Said::Stated(want), "{text}");
        }
    }

    #[test]
    fn gone_and_probably_by_its_own_side_is_not_found() {
        assert_eq!(
            s(
                "This content isn't available anymore. It may have been deleted by the person who shared it."
            ),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("The video no longer exists; it appears to have been removed by the uploader."),
            Said::Stated(NotFound)
        );
        // A guess alone, without the content being gone, is still a hedge.
        assert_ne!(
            s("It may have been deleted by the user."),
            Said::Stated(NotFound)
        );
        // Blind-93: the writer of a post, the owner of a blog.
        for t in [
            "When we checked it, the writer had already deleted it; there was nothing left for us to remove.",
            "It was deleted by the blog owner on 5 September, before we could review it.",
            "It was removed by the original poster.",
        ] {
            assert_eq!(s(t), Said::Stated(NotFound), "{t}");
        }
        // The operator deleting it is the service acting ("운영자 삭제").
        assert_eq!(
            s("It was deleted by the site operator."),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn blind_set_5_classes() {
        for (text, want) in [
            (
                "Action: Made unavailable in your region",
                Said::Stated(Restricted),
            ),
            (
                "We didn't remove the reel you reported",
                Said::Hedged(Removed),
            ),
            (
                "채널은 YouTube 커뮤니티 가이드라인 위반으로 삭제(해지)되었습니다.",
                Said::Stated(Removed),
            ),
            (
                ": 카페 운영정책 위반으로 게시글 비공개 처리",
                Said::Stated(Removed),
            ),
            ("[임시조치 게시물]", Said::Stated(Restricted)),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
        // A measure still to come is not one taken.
        assert_ne!(s("게시글 비공개 처리 예정"), Said::Stated(Removed));
        assert_eq!(named_status("삭제 대상"), None);
    }

    #[test]
    fn blind_set_6_classes() {
        for (text, want) in [
            (
                "We took this post down for violating the X Rules.",
                Said::Stated(Removed),
            ),
            ("Blocked - KR", Said::Stated(Restricted)),
            (" – X 규칙 위반으로 삭제", Said::Stated(Removed)),
            ("오픈채팅방 폐쇄", Said::Stated(Removed)),
            (
                "our moderators removed the video attached to this message, but the caption text remains visible",
                Said::Hedged(Removed),
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
        // What was asked is not what was done.
        assert_ne!(s("요청 사항: 위반으로 삭제"), Said::Stated(Removed));
        // A removal with the account left active is still a removal.
        assert_eq!(
            s("We removed the post, but the account remains active."),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn blind_set_7_to_9_classes() {
        for (text, want) in [
            ("처리: 게시중단(30일 임시조치)", Said::Stated(Restricted)),
            ("→ 게시물 삭제", Said::Stated(Removed)),
            (
                "운영정책 위반으로 오픈채팅방이 폐쇄(삭제)되었습니다.",
                Said::Stated(Removed),
            ),
            (
                "게시물은 공익적 목적의 비평으로 판단되어 삭제하지 않았습니다.",
                Said::Stated(Rejected),
            ),
            (
                "the 2nd one i couldnt find anywhere, it doesnt exist on our end (maybe it was deleted before i checked?)",
                Said::Stated(NotFound),
            ),
            (
                "we have partially restricted the content pending a final legal assessment",
                Said::Hedged(Restricted),
            ),
            (
                "The video has been restricted pending review: it is currently not viewable in South Korea.",
                Said::Stated(Restricted),
            ),
            ("We didn’t remove it.", Said::Hedged(Removed)),
            (
                "Without this information we are unable to take action on the video.",
                Said::Hedged(Rejected),
            ),
            (
                "2024년 9월 18일 재게시(복원) 처리되었음을 알려드립니다.",
                Said::Stated(Rejected),
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
        // A removal "pending" is still to come.
        assert_ne!(s("Removal pending."), Said::Stated(Removed));
    }

    #[test]
    fn blind_set_10_to_13_classes() {
        for (text, want) in [
            (
                "We have age-restricted the following video. It can no longer be viewed by signed-out users or by users under 18:",
                Said::Stated(Restricted),
            ),
            (
                "It can no longer be viewed by signed-out users or by users under 18",
                Said::Stated(Restricted),
            ),
            (
                "Outcome: This video is no longer available on YouTube. It was removed by the uploader before we completed our review.",
                Said::Stated(NotFound),
            ),
            (
                "We have removed the video attached to the post as sensitive media. The text of the post remains visible on X.",
                Said::Hedged(Removed),
            ),
            (
                "게시자가 게시물을 수정하여 문제가 된 사진을 삭제하였습니다. 게시물은 현재 수정된 상태로 게시되어 있습니다.",
                Said::Hedged(Removed),
            ),
            (
                "위 게시물은 타인의 개인정보가 그대로 노출되어 있어 삭제 조치하지 않을 수 없었음을 알려드립니다.",
                Said::Stated(Removed),
            ),
            (
                "위 게시물은 삭제되지 않았습니다. 검토 결과 당사 운영정책 및 관련 법령상 게시 제한 사유에 해당하지 않는 것으로 판단하였습니다.",
                Said::Stated(Rejected),
            ),
            (
                "We have not taken action on the following post, as it does not violate the X Rules:",
                Said::Stated(Rejected),
            ),
            ("나. 접속차단(국내)", Said::Stated(Restricted)),
            ("가. 삭제", Said::Stated(Removed)),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn an_act_on_a_part_of_the_item_is_not_its_removal() {
        assert_eq!(
            s("We removed the image in the post you reported."),
            Said::Hedged(Removed)
        );
        assert_eq!(
            s("We have removed the video from YouTube."),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn blind_set_11_and_12_korean_classes() {
        for (text, want) in [
            ("  ;   → VOD 삭제", Removed),
            ("  ;   → 음란물 반복 유포로 영구 이용정지", Removed),
            ("게시글（ ; ）：게시중단 처리", Removed),
            ("게시글 < ; >：삭제", Removed),
            (
                "해당 VOD는 19세 이상만 시청할 수 있도록 연령 제한(19+)을 적용하였습니다.",
                Restricted,
            ),
            (
                "해당 영상은 의료 교육 목적의 콘텐츠로, 카카오 운영정책상 음란물에 해당하지 않아 게시를 유지합니다.",
                Rejected,
            ),
            (
                "해당 글은 명예훼손이나 불법정보에 해당한다고 보기 어렵다고 판단하였습니다.",
                Rejected,
            ),
            (
                "네이버 지식iN 운영원칙 및 관련 법령에 위반되는 내용을 찾지 못하여 별도의 조치 없이",
                Rejected,
            ),
        ] {
            assert_eq!(s(text), Said::Stated(want), "{text}");
        }
        for text in [
            "미 삭제",
            "요청 삭제",
            "The account was reported: deleted users are not shown",
        ] {
            assert_eq!(named_status(text), None, "{text}");
        }
    }

    #[test]
    fn blind_set_14_to_17_classes() {
        for (text, want) in [
            (
                "We have actioned most of the posts listed below; the remaining ones are still being assessed",
                Said::Hedged(Removed),
            ),
            (
                "Some of the posts you reported have already been withheld in South Korea;",
                Said::Hedged(Restricted),
            ),
            (
                "위 게시글의 경우 본문은 유지하고, 문제가 된 댓글 4건만 삭제하였습니다.",
                Said::Hedged(Removed),
            ),
            (
                "현재 재생되지 않는 것으로 보아 이미 삭제된 것으로 보이나, 내부 시스템에서 정확한 상태를 확인 중입니다.",
                Said::Hedged(NotFound),
            ),
            (
                "게시물은 확인 결과 현재 삭제된 것으로 보이나,",
                Said::Hedged(Removed),
            ),
            (
                "미조치 ; 위법성 확인 불가, 게시 유지",
                Said::Stated(Rejected),
            ),
            (
                "Our team is assessing the post under local law and may remove or restrict it once that assessment is complete.",
                Said::Hedged(Removed),
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
        // "13일부터" holds 일부 but is a date.
        assert_eq!(
            s("2024년 9월 13일부터 30일간 임시조치를 하였음을 알려드립니다."),
            Said::Stated(Restricted)
        );
        assert_eq!(s("게시물 일부를 삭제하였습니다."), Said::Hedged(Removed));
        // A plain removal of the listed posts is still one.
        assert_eq!(
            s("We have removed the posts listed below:"),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn blind_set_15_korean_classes() {
        for (text, want) in [
            (
                "게시글은 청소년 유해 정보로 판단되어 19세 미만 이용자의 접근을 제한(성인 인증 후 열람)하였습니다.",
                Restricted,
            ),
            (
                "작성자가 내용을 일부 수정했을 수도 있는 아래 질문글은, 확인 결과 위반 내용이 남아 있어 운영자가 삭제하였습니다.",
                Removed,
            ),
            (
                "아래 Daum 카페 게시물에 대하여 정보통신망법 제44조의2에 근거한 임시조치를 진행하였습니다.",
                Restricted,
            ),
            (
                "1. 티스토리 게시글  ;  → 운영정책 위반(불법 도박 홍보)으로 게시글 삭제",
                Removed,
            ),
            (
                "2. 카카오톡 채널 게시물  ;  → 게시물 삭제 및 채널 경고",
                Removed,
            ),
            (
                "3. 오픈채팅방  ;  → 오픈채팅방 폐쇄 및 방장 이용 영구 제한",
                Removed,
            ),
            ("반복적으로 위반하여 채널이 해지(삭제)되었습니다.", Removed),
            // Blind-121: two measures parted by a comma in a result cell.
            ("회원 이용정지, 작성글 전체 비공개", Removed),
        ] {
            assert_eq!(s(text), Said::Stated(want), "{text}");
        }
        assert_ne!(s("게시물 삭제 및 차단 예정"), Said::Stated(Removed));
    }

    #[test]
    fn blind_set_16_and_10_classes() {
        for (text, want) in [
            (
                "Not available in KR - local legal restriction applied.",
                Restricted,
            ),
            (
                "This channel can't be displayed because it was used to distribute pornographic content.",
                Removed,
            ),
            (
                "We have reviewed it and have not taken action on it at this time, as we",
                Rejected,
            ),
        ] {
            assert_eq!(s(text), Said::Stated(want), "{text}");
        }
    }

    #[test]
    fn blind_set_22_to_25_classes() {
        for (text, want) in [
            (
                "when we reviewed it, it was no longer available on YouTube because it had already been removed by the uploader.",
                Said::Stated(NotFound),
            ),
            (
                "It remains available elsewhere as it does not go against our Community Standards.",
                Said::Nothing,
            ),
            (
                "we have restricted access to the content below in South Korea. It remains available elsewhere as it does not go against our Community Standards.",
                Said::Stated(Restricted),
            ),
            (
                "we have not taken action on this post, as it was not found to be in violation of the X Rules.",
                Said::Stated(Rejected),
            ),
            (
                "this post was found to be in violation of the X Rules and is no longer available.",
                Said::Stated(Removed),
            ),
            (
                "문제가 된 댓글 3건은 삭제하였으나 게시물 본문은 운영정책에 위반되지 않는 것으로 판단되어 유지됩니다.",
                Said::Hedged(Removed),
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
        assert_eq!(s("It will be permanently removed."), Said::Hedged(Removed));
        assert_eq!(s("The post is to be removed."), Said::Hedged(Removed));
    }

    #[test]
    fn blind_set_26_and_27_classes() {
        for (text, want) in [
            (
                "-- this content is no longer available on Facebook; we could not locate it.",
                Said::Stated(NotFound),
            ),
            (" : 대한민국 내 액세스 제한", Said::Stated(Restricted)),
            (" : 채널 해지(삭제)", Said::Stated(Removed)),
            ("해당없음(게시물 미존재)", Said::Stated(NotFound)),
            (
                "검토 결과 다음과 같이 조치하였습니다.",
                Said::Hedged(Removed),
            ),
            (
                "We will look into it and take appropriate action if it violates our Terms of Service.",
                Said::Hedged(Removed),
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
        assert_eq!(
            s("요청하신 게시물에 대해 조치하였습니다."),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn blind_set_30_to_33_classes() {
        assert_eq!(
            s("this channel post is now unavailable to users in South Korea."),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s(
                "The post at  ;  which may have been reported to us earlier by other users as well, has now been removed by Reddit admins."
            ),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn blind_set_34_to_37_classes() {
        for (text, want) in [
            (
                "we have blocked the following content from view on the YouTube Korea country site:",
                Said::Stated(Restricted),
            ),
            (
                "It was not removed globally because it does not go against our Community Standards.",
                Said::Nothing,
            ),
            (
                "based on local law, we have restricted access to it in South Korea. It was not removed globally because it does not go against our Community Standards.",
                Said::Stated(Restricted),
            ),
            (" - 삭제된 게시물(작성자 삭제)", Said::Stated(NotFound)),
            (" - 카페 운영자 삭제", Said::Stated(Removed)),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn blind_set_38_and_39_classes() {
        for (text, want) in [
            (
                "We cannot action the post as a whole without this.",
                Said::Hedged(Rejected),
            ),
            (
                "We have taken appropriate action on some of the reported content.",
                Said::Hedged(Removed),
            ),
            ("local block KR", Said::Stated(Restricted)),
            ("global removal", Said::Stated(Removed)),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn blind_set_42_to_45_classes() {
        for (text, want) in [
            (
                "URL appears to have been removed already, possibly by the account holder.",
                Said::Hedged(Removed),
            ),
            (
                "아래 게시물에 대해 해외 접속을 포함한 전체 노출을 제한하였습니다.",
                Said::Stated(Restricted),
            ),
            (
                "19세 이상 시청 가능(성인 인증)으로 시청 연령을 제한하였습니다.",
                Said::Stated(Restricted),
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn not_identifying_a_breach_is_not_losing_the_content() {
        assert_ne!(
            s("We could not identify anything in it that breaks our terms."),
            Said::Stated(NotFound)
        );
    }

    #[test]
    fn platform_phrases() {
        let extra = vec![(Removed, "has been actioned under our policies".to_string())];
        assert_eq!(
            said("This video has been actioned under our policies.", &extra),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn round_eleven_wordings() {
        // Blind-49 (kakao-english-outlook-quote): the English of 임시조치.
        assert_eq!(
            s(
                "Access to the post has been temporarily blocked (temporary measure under Article 44-2 of the Network Act) as of today."
            ),
            Said::Stated(Restricted)
        );
        // Blind-47 (naver-seq-temporary-then-deleted): a former measure
        // named by its ending is not what was done now.
        assert_eq!(
            s("앞서 임시조치되었던 영상은 게시자의 재게시 요청이 없어 최종 삭제되었습니다."),
            Said::Stated(Removed)
        );
        // Only a former state: a hedge, as "previously restricted".
        assert_eq!(
            s("이전에 삭제되었던 게시물이 다시 게시되었습니다."),
            Said::Hedged(Removed)
        );
        // Blind-48 (meta-restricted-local-law-echo): a refusal in a
        // concessive clause; the main clause is what was done.
        assert_eq!(
            s(
                "Although it doesn't go against our Community Standards, we've restricted access to it in South Korea because it violates local law."
            ),
            Said::Stated(Restricted)
        );
        // …but a refusal followed by an unrelated removal stays a refusal.
        assert_eq!(
            s("It doesn't go against our Community Standards and we have not removed it."),
            Said::Stated(Rejected)
        );
        // Blind-46: "not removed from our platforms globally" is scope.
        assert_eq!(
            s(
                "The content was not removed from our platforms globally because it doesn't go against our Community Standards."
            ),
            Said::Nothing
        );
        // Blind-46 (yt-blocked-in-korea): the country site, further away.
        assert_eq!(
            s(
                "In response to your legal request, we have blocked the following content from view on the YouTube country site in South Korea:"
            ),
            Said::Stated(Restricted)
        );
    }

    #[test]
    fn round_twelve_wordings() {
        // Blind-47/-52: a space's own manager or host deleted or closed it
        // before the platform looked: not found.
        assert_eq!(
            s(
                "게시물은 당사 검토 전에 해당 카페 운영자(카페지기)가 이미 삭제하여 현재 조회되지 않습니다."
            ),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("오픈채팅방은 확인 당시 이미 방장에 의해 종료된 상태였습니다."),
            Said::Stated(NotFound)
        );
        // Closed by the platform: removed.
        assert_eq!(
            s("운영정책 위반이 확인되어 채팅방이 종료 처리되었으며 더 이상 이용할 수 없습니다."),
            Said::Stated(Removed)
        );
        // Blind-51: "seems deleted, whether by … needs checking" settles
        // nothing (which hedge it reads first does not matter).
        assert!(matches!(
            s(
                "현재 화면상 접근되지 않아 삭제된 것으로 보이나, 게시자가 삭제한 것인지 추가 확인이 필요합니다."
            ),
            Said::Hedged(_)
        ));
        assert!(matches!(
            s(
                "It has been removed, but further verification is required before we can confirm who removed it."
            ),
            Said::Hedged(_)
        ));
        // Blind-50: a relative clause in the past perfect is the item's past.
        assert_eq!(
            s(
                "the video, which we had restricted in South Korea, has now been removed globally for violating our Community Guidelines."
            ),
            Said::Stated(Removed)
        );
        // …but an author's deletion in one is the statement itself.
        assert_eq!(
            s(
                "except this one, which had already been deleted by the channel owner before our review."
            ),
            Said::Stated(NotFound)
        );
    }

    #[test]
    fn round_thirteen_wordings() {
        // Blind-55: a Korean sentence that ends in "seems" states nothing…
        assert_eq!(
            s(
                "현재 접속이 되지 않는 것으로 보아 작성자가 직접 삭제했거나 비공개로 전환한 것으로 보입니다."
            ),
            Said::Hedged(NotFound)
        );
        // …unless another sentence says it plainly (blind-19).
        assert_eq!(
            s(
                "제공해 주신 URL로 콘텐츠를 찾을 수 없었습니다. 해당 Shorts는 게시자가 이미 삭제한 것으로 보입니다."
            ),
            Said::Stated(NotFound)
        );
        // Blind-56: "appears to be no longer available … may have been
        // removed by the uploader" is a guess from the start.
        assert_eq!(
            s(
                "The video appears to be no longer available. It may have been removed by the uploader before we were able to review it."
            ),
            Said::Hedged(NotFound)
        );
        assert_eq!(
            s(
                "The video is no longer available. It may have been removed by the uploader before we were able to review it."
            ),
            Said::Stated(NotFound)
        );
        // Blind-56: "found not to violate".
        assert_eq!(
            s(
                "the video was found not to violate our Community Guidelines or applicable law and will remain available on TikTok."
            ),
            Said::Stated(Rejected)
        );
    }

    #[test]
    fn round_fourteen_wordings() {
        // Blind-58: action against the account says nothing of the post…
        assert!(!matches!(
            s(
                "We have taken action against the user account that posted it, in line with our Community Guidelines."
            ),
            Said::Stated(_)
        ));
        // …action on the content does.
        assert_eq!(
            s("We have taken action on the reported content."),
            Said::Stated(Removed)
        );
        // Blind-61: "they now return 404" after a removal by the host's customer.
        assert_eq!(
            s("We checked both URLs and they now return 404:"),
            Said::Stated(Removed)
        );
        assert_eq!(s("The page returns a 404."), Said::Stated(NotFound));
        // Blind-60: "after reviewing it" is what was done before, no condition.
        assert_eq!(
            s(
                "We've age-restricted the video after reviewing it against our Community Guidelines."
            ),
            Said::Stated(Restricted)
        );
        assert!(matches!(
            s("It will be restricted after review."),
            Said::Hedged(_)
        ));
    }

    #[test]
    fn round_fifteen_wordings() {
        // Blind-63: a violation that could not be confirmed, and a decision
        // not to delete, are refusals, not "could not find".
        assert_eq!(
            s(
                "동영상을 검토하였으나 커뮤니티 가이드 또는 현지 법률 위반을 확인할 수 없어 현재로서는 삭제하지 않기로 결정했습니다."
            ),
            Said::Stated(Rejected)
        );
        // Blind-63: "작성자가 삭제했을 수도 있는" (might have) is a guess in a
        // relative clause; the main clause is what was done.
        assert_eq!(
            s(
                "작성자가 삭제했을 수도 있는 게시물이었으나, 확인 결과 게시되어 있어 블라인드 처리하였습니다."
            ),
            Said::Stated(Removed)
        );
        // Blind-62: a result cell "Not removed - does not violate …", and
        // "Pin deactivated"; deactivated by its owner is not found.
        assert_eq!(
            s("Not removed - does not violate Community Guidelines"),
            Said::Stated(Rejected)
        );
        assert_eq!(s("Pin deactivated"), Said::Stated(Removed));
        assert_eq!(
            s("The account was deactivated by its owner before our review."),
            Said::Stated(NotFound)
        );
    }

    #[test]
    fn round_sixteen_wordings() {
        // Blind-69: a Korean age gate, and users "located in" Korea.
        assert_eq!(
            s(
                "다음 게시물은 청소년유해정보로 판단되어 성인인증 후에만 열람할 수 있도록 제한하였습니다."
            ),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s(
                "This content is now unavailable to users located in South Korea in response to a legal request."
            ),
            Said::Stated(Restricted)
        );
    }

    #[test]
    fn round_seventeen_wordings() {
        // Blind-71: a 시정요구 result form: "이행 (삭제)" is the request
        // carried out, by deletion.
        assert_eq!(named_status("이행 (삭제)"), Some(Removed));
        // Blind-75: erased by its author first; a minors' age gate.
        assert_eq!(
            s("작성자가 먼저 지운 글이라 이미 없는 글입니다"),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("성인인증 게시물로 전환(19세 미만 열람 제한)"),
            Said::Stated(Restricted)
        );
        // Blind-72: "we will not be removing or withholding this post".
        assert_eq!(
            s(
                "Given the public interest in this reporting, we will not be removing or withholding this post."
            ),
            Said::Stated(Rejected)
        );
    }

    #[test]
    fn round_eighteen_wordings() {
        assert_eq!(
            s("검토 결과 채널이 해지되어 더 이상 YouTube에서 이용할 수 없습니다."),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("운영정책 위반이 확인되어 방이 종료(폐쇄) 처리되었습니다."),
            Said::Stated(Removed)
        );
        assert_eq!(s("말씀하신 글 2개 다 지웠습니다."), Said::Stated(Removed));
        assert_eq!(
            s("운영정책상 게시 제한 요건에 해당하지 않아 게시물을 그대로 유지하기로 하였습니다."),
            Said::Stated(Rejected)
        );
        // Blind-80: action "where warranted" says nothing certain.
        assert!(!matches!(
            s("We have reviewed it and taken action where warranted under our Content Policy."),
            Said::Stated(_)
        ));
    }

    #[test]
    fn round_forty_four_wordings() {
        // A measure limited in time is the temporary measure (임시조치).
        assert_eq!(
            s(
                "The entry is now hidden from public view for 30 days (temporary measure under Korean law) while the owner may object."
            ),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("The post was hidden from public view and the author's account was suspended."),
            Said::Stated(Removed)
        );
        // Kept, because the reported reason could not be confirmed: a
        // refusal, not a finding that the post is gone.
        assert_eq!(s("유지 (신고 사유 확인 불가)"), Said::Stated(Rejected));
        assert_eq!(s("게시물 확인 불가"), Said::Stated(NotFound));
        assert_eq!(
            s("- 작성자가 게시글을 삭제하여 현재 확인되지 않습니다."),
            Said::Stated(NotFound)
        );
        assert!(!matches!(
            s("작성자가 게시글을 삭제하도록 안내하였습니다."),
            Said::Stated(NotFound)
        ));
        assert_eq!(
            s("Invite invalid – nothing to review"),
            Said::Stated(NotFound)
        );
        assert_eq!(s("대한민국 내 차단 (현지 법률)"), Said::Stated(Restricted));
        assert_eq!(
            s("the directory was deleted by the server owner at our request."),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("no longer available; the account holder deleted it before our review"),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("removed; the account holder deleted it after we notified them of the violation."),
            Said::Stated(Removed)
        );
        assert!(!matches!(
            s(
                "I think it was already deleted by one of the janitors, but I can't find it in the mod log."
            ),
            Said::Stated(_)
        ));
        assert_eq!(s("원작성자 삭제(기삭제)"), Said::Stated(NotFound));
        assert_eq!(
            s(
                "we have blocked the following URLs at our edge for requests coming from Korea (visitors there now receive HTTP 451):"
            ),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s(
                "지난 9월 12일 임시조치하였던 아래 게시물은 재검토 결과 불법 대부 광고로 확인되어 임시조치를 해제하고 영구 삭제하였습니다."
            ),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("there is no such path on that account."),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("Kept - the archive holds public documents only"),
            Said::Stated(Rejected)
        );
        assert_eq!(
            s(
                "Reviewed by our compliance team. This is a sign-up page, which our AUP allows. We will not take action on it."
            ),
            Said::Stated(Rejected)
        );
        assert!(!matches!(
            s("We will not take action on it until the court decides."),
            Said::Stated(_)
        ));
        assert_eq!(s("결과: 유지"), Said::Stated(Rejected));
        assert_eq!(
            s(
                "처리 결과: 비공개 밴드 내 게시글로, 확인 결과 운영정책 위반이 확인되지 않아 별도 조치하지 않았습니다."
            ),
            Said::Stated(Rejected)
        );
        assert_eq!(s("처리 결과: 삭제되었습니다."), Said::Stated(Removed));
        assert_eq!(
            s(
                "EdgeShield has blocked access to the following URLs for visitors connecting from the Republic of Korea:"
            ),
            Said::Stated(Restricted)
        );
        // A row number, the URL (read as " ; "), the measure.
        assert_eq!(s("1   ;   삭제"), Said::Stated(Removed));
        assert_eq!(
            s("3   ;   게시물 없음(작성자 삭제)"),
            Said::Stated(NotFound)
        );
        assert!(!matches!(s("1   ;   삭제 요청"), Said::Stated(_)));
        // "not found unlawful": judged lawful, a refusal.
        assert_eq!(
            s("No action Not in violation of policy; not found unlawful"),
            Said::Stated(Rejected)
        );
        assert_eq!(
            s(
                "The video has been removed from YouTube (previously restricted in South Korea only)."
            ),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("this past broadcast had already been deleted by the streamer before our review."),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s("the thread isn't there anymore. It got pruned when it fell off the last page."),
            Said::Stated(NotFound)
        );
        assert_eq!(
            s(
                "We have issued an indefinite suspension to the channel for violating our Community Guidelines."
            ),
            Said::Stated(Removed)
        );
        assert_eq!(s("서버홀드 처리 완료했습니다."), Said::Stated(Removed));
        assert_eq!(
            s("We placed the domain on serverHold today."),
            Said::Stated(Removed)
        );
    }

    #[test]
    fn round_nineteen_wordings() {
        assert_eq!(
            s("Decision: Visibility restriction - content blocked"),
            Said::Stated(Restricted)
        );
        assert_eq!(
            s("→ 19세 이상 시청 가능(연령 제한)으로 전환"),
            Said::Stated(Restricted)
        );
        assert!(matches!(
            s(
                "We are assessing this video against our Community Guidelines and will remove it if it is found to violate them."
            ),
            Said::Hedged(_)
        ));
        assert!(matches!(
            s(
                "We removed some of the photos in the post because they go against our Community Guidelines. The rest of the post doesn't go against our guidelines and will stay up."
            ),
            Said::Hedged(_)
        ));
    }

    /// A result named by a noun and a copula is stated (blind-600
    /// naver-temporary-then-deleted); a result still to come, or one that
    /// is not this measure, is not.
    #[test]
    fn a_result_named_with_a_copula() {
        assert_eq!(s("최종 처리 결과는 삭제입니다."), Said::Stated(Removed));
        assert_eq!(
            s("해당 게시물의 처리 결과는 '게시중단'입니다."),
            Said::Stated(Removed)
        );
        assert_eq!(
            s("조치 결과는 임시조치(30일)입니다."),
            Said::Stated(Restricted)
        );
        for text in [
            "처리 결과는 삭제 예정입니다.",
            "처리 결과는 삭제가 아닌 임시조치입니다.",
            "처리 결과는 삭제일 것으로 보입니다.",
            "최종 처리 결과는 확정되는 대로 알려드리겠습니다.",
        ] {
            assert_ne!(s(text), Said::Stated(Removed), "{text}");
        }
    }

    /// A legend says what a word of a table means, not what was done
    /// (blind-624 yt-checkmark-columns).
    #[test]
    fn a_legend_states_nothing() {
        for text in [
            "\"No action\" means the video does not violate our Community Guidelines or local law.",
            "'Restricted' indicates that the post is withheld in South Korea only.",
            "'조치 없음'은 운영정책 위반 사항이 확인되지 않아 게시를 유지함을 의미합니다.",
            "✓ = removed",
        ] {
            assert_eq!(s(text), Said::Nothing, "{text}");
        }
        // A quoted name that is the item's own stays read.
        assert_eq!(s("'사진 모음' 글은 삭제하였습니다."), Said::Stated(Removed));
    }

    /// A forum's member is its content's author (blind-627
    /// clien-english-author-deleted); a member of the platform's own staff
    /// is not.
    #[test]
    fn a_member_who_removed_the_post_himself() {
        for text in [
            "the member removed the post himself on 9 September, before our moderators saw your mail.",
            "It had already been deleted by the cafe member.",
        ] {
            assert_eq!(s(text), Said::Stated(NotFound), "{text}");
        }
        for text in [
            "Our staff member removed the post.",
            "We removed the post and banned the member.",
        ] {
            assert_eq!(s(text), Said::Stated(Removed), "{text}");
        }
    }

    /// Blind-628 (x-withheld-kr-bullets), blind-630 (yt-kept-up-except-one):
    /// "we are now withholding …" is the state from now on; "not removed,
    /// no policy violation" is a refusal with its reason.
    #[test]
    fn withholding_now_and_a_refusal_with_a_policy_reason() {
        assert_eq!(
            s("we are now withholding the following posts in the Republic of Korea:"),
            Said::Stated(Restricted)
        );
        assert_eq!(s("We are not withholding these posts."), Said::Nothing);
        for text in [
            "not removed, no policy violation",
            "not removed (no community guidelines violation)",
        ] {
            assert_eq!(s(text), Said::Stated(Rejected), "{text}");
        }
    }

    /// Blind-636: a first look's finding, later revised, is no finding yet
    /// (yt-not-found-then-found-removed); "the account deleted that post
    /// itself" is its author's deletion (x-positions-of-quoted-request).
    #[test]
    fn a_first_look_and_the_account_itself() {
        for text in [
            "Our first check could not locate https://youtu.be/a, as the link we received had been shortened.",
            "Initially we could not find the post.",
        ] {
            assert_eq!(s(text), Said::Hedged(NotFound), "{text}");
        }
        assert_eq!(
            s(
                "We couldn't find https://x.com/a/status/9 : the account deleted that post itself before we got to it."
            ),
            Said::Stated(NotFound)
        );
    }

    /// Blind-642: "did not remove …; instead, access to it has been
    /// withheld in Korea" is the restriction put in the removal's place
    /// (x-outlook-did-not-remove-but-withheld); "which we had earlier
    /// assessed as not violating" is a former finding, not the decision
    /// (x-update-revises-earlier-refusal).
    #[test]
    fn a_measure_instead_and_an_earlier_finding() {
        for text in [
            "We did not remove the post below, as it is permitted under the X Rules; instead, access to it has been withheld in the Republic of Korea:",
            "The video does not violate our Community Guidelines, but instead we have restricted access to it in South Korea.",
        ] {
            assert_eq!(s(text), Said::Stated(Restricted), "{text}");
        }
        // Nothing put in the refusal's place: it stays a refusal.
        assert_eq!(
            s(
                "We did not remove the post, as it is permitted under the X Rules; instead, please contact the author."
            ),
            Said::Stated(Rejected)
        );
        for text in [
            "The post, which we had earlier assessed as not violating the X Rules, was escalated for a second review.",
            "The video we initially found to be not in violation of our policies was escalated.",
        ] {
            assert_ne!(s(text), Said::Stated(Rejected), "{text}");
        }
        assert_eq!(
            s("We assessed the post as not violating the X Rules."),
            Said::Stated(Rejected)
        );
    }

    /// Blind-642 (x-neither-nor-and-removed), blind-643 (host-refuses-loan-
    /// broker, registrar-declines-tax-agent): findings that keep content
    /// up, in an abuse desk's words. "We have not found evidence of
    /// phishing" was read as a page not found.
    #[test]
    fn findings_that_keep_content_up() {
        for text in [
            "We have neither removed nor withheld the post, as in our assessment it breaks neither the X Rules nor Korean law.",
            "We found nothing on the page that breaks our Acceptable Use Policy or Korean law, so we will not take it down.",
            "We found no evidence of phishing and will not suspend the domain.",
            "We have not found evidence of phishing.",
            "We did not find any evidence of fraud on the page.",
            "We haven't found anything illegal on the site.",
        ] {
            assert_eq!(s(text), Said::Stated(Rejected), "{text}");
        }
        assert_eq!(
            s("We have not found evidence of phishing yet."),
            Said::Hedged(Rejected)
        );
        assert_eq!(s("We have not found the page."), Said::Stated(NotFound));
        assert_eq!(
            s("We have neither removed nor withheld the post."),
            Said::Hedged(Removed)
        );
    }

    /// Blind-649 (a host's abuse desk): a country named after the act in a
    /// status cell ("BLOCKED KR", "GEO-BLOCK KR") or as Korean IP ranges
    /// before it is a restriction, not a removal (dc-csv-semicolon,
    /// bv-geo-and-owner-deleted); a page deleted by another's hand "so
    /// there was nothing left for us to act on" was gone, not removed
    /// (bv-statement-then-url); "no such free site exists" is not found.
    #[test]
    fn a_host_s_country_cells_and_nothing_left_to_act_on() {
        for text in [
            "BLOCKED KR",
            "GEO-BLOCK KR  2024-09-08",
            "blocked (KR)",
            "At the customer's own request, access from Korean IP ranges is now blocked for the page below; it remains online for visitors elsewhere.",
        ] {
            assert_eq!(s(text), Said::Stated(Restricted), "{text}");
        }
        for text in [
            "This one had already been deleted by the customer before your report reached us, so there was nothing left for us to act on:",
            "No such free site exists on our platform",
        ] {
            assert_eq!(s(text), Said::Stated(NotFound), "{text}");
        }
        // The sender's own removal, or another's after the notice, stays a removal.
        for text in [
            "We had already removed it, so there was nothing left to act on.",
            "The post was removed by the abuse team, so there is nothing left for us to act on.",
            "The page was deleted by the shop owner after we passed your notice on.",
            "BLOCKED",
        ] {
            assert_eq!(s(text), Said::Stated(Removed), "{text}");
        }
    }

    #[test]
    fn a_hosting_suspension_a_blind_named_as_hiding_and_done_offline_now() {
        for (text, want) in [
            (
                "호스팅 서비스 이용정지 (현재 접속 불가)",
                Said::Stated(Removed),
            ),
            ("비노출(블라인드) 처리", Said::Stated(Removed)),
            (
                "Done, https://x.example/join?code=7 is offline now.",
                Said::Stated(Removed),
            ),
            // Hidden from search alone is not the post taken down.
            ("검색 결과 비노출 처리", Said::Nothing),
            // Offline with no act of the sender's is not its removal.
            ("https://x.example/join is offline now.", Said::Nothing),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn the_wrongs_substance_not_seen_is_a_refusal_not_a_lost_post() {
        // A table row: "미조치 | - | 도박 홍보 내용 확인 불가" (blind-887).
        for (text, want) in [
            ("미조치 - 도박 홍보 내용 확인 불가", Said::Stated(Rejected)),
            ("도박 홍보 내용 확인 불가", Said::Stated(Rejected)),
            (
                "불법 거래 정황이 확인되지 않아 유지합니다",
                Said::Stated(Rejected),
            ),
            // The post itself, or its text, not seen: nothing found.
            ("게시물 내용 확인 불가", Said::Stated(NotFound)),
            ("게시물 확인 불가", Said::Stated(NotFound)),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn kept_after_review_a_standing_withholding_and_remains_published() {
        for (text, want) in [
            // blind-891
            (
                "The other post, ;, was reviewed by our moderators and kept: it discusses a listed company's disclosure",
                Said::Stated(Rejected),
            ),
            (
                "It does not contain the unlawful solicitation described in your request, so it remains published.",
                Said::Stated(Rejected),
            ),
            // blind-888
            (
                "The country withholding of ; in South Korea is unchanged.",
                Said::Stated(Restricted),
            ),
            (
                "The age restriction on ; remains in place.",
                Said::Stated(Restricted),
            ),
            // Kept a copy is no decision on the post; a restriction under
            // review is not said to stand.
            (
                "The post was reviewed and kept for our records.",
                Said::Nothing,
            ),
            (
                "The withholding of ; is unchanged until the appeal ends.",
                Said::Nothing,
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn deleted_before_the_host_acted_a_consequence_after_so_and_nothing_blocked() {
        for (text, want) in [
            // blind-895: a host's customer took the page down first.
            (
                "The customer had already deleted this page before we contacted them.",
                Said::Stated(NotFound),
            ),
            (
                "The customer deleted this page before we contacted them.",
                Said::Stated(NotFound),
            ),
            (
                "The customer removed the page after we contacted them.",
                Said::Stated(Removed),
            ),
            (
                "We had already deleted this page before your notice arrived.",
                Said::Stated(Removed),
            ),
            // blind-894: the refusal is the reason's; "so" brings the act.
            (
                "It is unlawful under Korean law but does not break the X Rules, so we have withheld it in South Korea only.",
                Said::Stated(Restricted),
            ),
            (
                "It does not break our rules, so we have not removed it.",
                Said::Stated(Rejected),
            ),
            // The act's object denies it.
            ("We blocked nothing.", Said::Hedged(Removed)),
            ("We removed none of them.", Said::Hedged(Removed)),
            (
                "We found no violation, so it was not removed, and we blocked nothing.",
                Said::Stated(Rejected),
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn two_objects_joined_before_one_measure() {
        // blind-893: a 처리내용 cell, "질문 및 답변 삭제".
        for (text, want) in [
            ("질문 및 답변 삭제", Some(Removed)),
            ("게시물 및 댓글 삭제", Some(Removed)),
            // A measure, then another party's sanction: the first's.
            ("게시물 삭제 및 채널 경고", Some(Removed)),
            // Not an object before 및: no measure named.
            ("검토 및 답변 예정", None),
        ] {
            assert_eq!(named_status(text), want, "{text}");
        }
    }

    #[test]
    fn the_contracted_past_of_a_korean_measure() {
        // blind-897: "…도 미니갤 매니저 확인을 거쳐 삭제 처리됐습니다."
        for (text, want) in [
            ("삭제 처리됐습니다.", Said::Stated(Removed)),
            ("삭제 조치됐습니다.", Said::Stated(Removed)),
            ("삭제 처리될 예정입니다.", Said::Hedged(Removed)),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn a_page_shown_gone_stays_gone_whoever_is_guessed_to_have_deleted_it() {
        // blind-897
        for (text, want) in [
            (
                " ; 는 조회하면 '존재하지 않는 게시물입니다'로 나옵니다. 작성자가 이미 지운 것으로 보입니다.",
                Said::Stated(NotFound),
            ),
            // Still being checked: in doubt.
            (
                " ; 는 조회하면 '존재하지 않는 게시물입니다'로 나옵니다. 다만 아직 확인 중입니다.",
                Said::Hedged(Pending),
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn likely_hedges_and_already_deleted_by_another_before_our_review_is_not_found() {
        for (text, want) in [
            // blind-908
            (
                "It was most likely deleted before our review.",
                Said::Hedged(Removed),
            ),
            ("It was likely removed.", Said::Hedged(Removed)),
            (
                "We have removed the likely duplicates and the post.",
                Said::Stated(Removed),
            ),
            // blind-909
            (
                "Already deleted by the cafe manager before our review (이미 삭제된 게시물).",
                Said::Stated(NotFound),
            ),
            // After the notice, or by the platform itself: its removal.
            (
                "The post was deleted by the cafe manager after we passed your notice on.",
                Said::Stated(Removed),
            ),
            (
                "It had already been removed by our team before your notice.",
                Said::Stated(Removed),
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn a_thread_pruned_by_the_boards_rotation_is_not_found() {
        // blind-907
        for (text, want) in [
            (
                " ; 404 - thread was pruned (board rotation) before we got to it, nothing to remove.",
                Said::Stated(NotFound),
            ),
            ("The thread was auto-pruned.", Said::Stated(NotFound)),
            // blind-229: a janitor's pruning and purging is the board's act.
            (
                "thread ; has been pruned and purged from the archive.",
                Said::Stated(Removed),
            ),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }

    #[test]
    fn an_authors_account_sanction_a_band_leaders_deletion_and_a_missing_file() {
        for (text, want) in [
            // blind-905
            (
                "브런치 운영정책 위반으로 글 삭제, 작가 계정 이용 제한",
                Said::Stated(Removed),
            ),
            (
                "밴드 리더가 이미 삭제한 게시글로 확인되지 않습니다.",
                Said::Stated(NotFound),
            ),
            // blind-907
            ("파일 없음(기삭제)", Said::Stated(NotFound)),
            // The sanction still to come hedges the stem before it.
            ("글 삭제, 계정 이용 제한 예정", Said::Hedged(Removed)),
        ] {
            assert_eq!(s(text), want, "{text}");
        }
    }
}
