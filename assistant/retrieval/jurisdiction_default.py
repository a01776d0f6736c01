"""English questions with no jurisdiction cue: keep the Chinese laws in view (pure logic).

The users are a Chinese bank. An English question that names no law and carries no cue ("can treasury fund a
fixed-asset loan with interbank borrowings?", "can the regulator take over a bank in a credit crisis?") is as likely to
be about Chinese law as about the GDPR. Yet the English wording matches the English texts (GDPR, AI Act) far better —
the multilingual model scores within one language higher than across, and BM25 has no English words to match in a
Chinese text — so without help the first ten candidates are all EU articles and the Chinese law that answers is never
seen. Here the question also searches the Chinese texts on their own: the same query vector against the Chinese
clauses only, and BM25 with the glossary's and the lexicon's Chinese words for its English words against them. Both
lists are fused beside the others (reciprocal rank), so the best Chinese and the best EU candidates interleave and the
law-level evidence (`_weigh_laws`) decides which law leads. The bank's own policies are written in Chinese too and are
searched on that side as well (RetrievalConfig.cn_default_policies): a question about the bank's archives or vouchers
that does not say "policy" otherwise never meets them. A question whose cues or named law settle the
jurisdiction is untouched, and so is a case description (a narrative of what a company did, asking nothing): its
facts are the case's own (a fine in euros, a school in Gdansk), not a bank employee asking about the bank.
When such a question's first EU and first Chinese candidates end up nearly tied, the Chinese one leads
(home_side_on_near_tie): the English side's lead is then the language's, not the question's.
"""

from __future__ import annotations

import re

from .routing import Route

# the names of the two lists in the fusion (hybrid/lists.py); the coverage gate tells hits reached only this way
DEFAULT_LISTS = frozenset({"dense-cn", "bm25-cn", "bm25-cn-words", "bm25-cn-dictionary"})
# … and of the same lists for an English question whose cues say China (cued_chinese_side): evidence like any other
CUED_LISTS = frozenset({"dense-cn-cue", "bm25-cn-cue"})
# … and of the bank's policies searched on their own for an English question about the bank's rules (asks_policy_in_english)
POLICY_LISTS = frozenset({"dense-policy", "bm25-policy"})

# A question asks something: a question mark, or an English interrogative or modal opening the text or a clause after
# a colon or semicolon ("can we …", "quick one: is it …"). Case descriptions ("The company sent …", "In 2023, a user
# filed …") do neither (not after a full stop: "S.L. was responsible" is a company name and a narrative).
_ASKS = re.compile(r"\?|(?:^|[:;]\s)\W*(?:can|could|may|might|must|should|shall|do|does|did|is|are|was|were|will|"
                   r"would|has|have|how|what|which|who|whom|whose|when|where|why|whether)\b", re.IGNORECASE)
# … or a question reported rather than asked, told as a statement without a question mark: "Legal is asking whether
# …", "we're wondering if …", "I need to know how long …" (an asking verb followed by the word that opens the
# embedded question). A case description tells what happened; it does not report somebody asking.
_REPORTED_ASK = re.compile(r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|(?:want|wants|need|needs) to know|not sure|"
                           r"unsure|unclear)\s*,?\s+(?:whether|if|how|what|which|who|when|where|why)\b", re.IGNORECASE)


def asks_question(text: str) -> bool:
    return bool(_ASKS.search(text) or _REPORTED_ASK.search(text))


def wants_both_jurisdictions(route: Route, question: str, english: bool) -> bool:
    """An English question (not a case description) that names no law and has no jurisdiction cue. One about the
    bank's own rules is left out: it already reaches the (Chinese) policies through the glossary's Chinese terms, and
    law articles found this way would push the policy down."""
    return (english and not route.named and route.jurisdiction is None and not route.wants_policy
            and asks_question(question))


def cued_chinese_side(route: Route, question: str, english: bool) -> bool:
    """An English question that names no law but whose cues say China ("Do Chinese law firms carry their own AML
    obligations?"). Its English words still match the English texts best — the dense list over the whole corpus is
    then mostly GDPR and AI Act articles, which the jurisdiction weight pushes down only after the candidates are
    taken — so the Chinese texts are searched on their own as well. One about the bank's own rules is left out, as above."""
    return (english and not route.named and route.jurisdiction == "CN" and not route.wants_policy
            and asks_question(question))


def chinese_bridge_terms(question: str, glossary, lexicon) -> list[str]:
    """The Chinese legal terms for the question's business phrases (glossary) and for its English words (lexicon), in
    order, without repeats; the English ones match nothing in the Chinese texts."""
    terms = [t for t in glossary.expansion(question, chinese=True) if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    terms += [w for w in lexicon.chinese_words(question) if w not in terms]
    return list(dict.fromkeys(terms))


def chinese_bridge_query(question: str, glossary, lexicon) -> str:
    """The question with its Chinese bridge terms (chinese_bridge_terms), for BM25 over the Chinese texts."""
    return " ".join([question, *chinese_bridge_terms(question, glossary, lexicon)])


def asks_policy_in_english(route: Route, english: bool) -> bool:
    """An English question about the bank's own rules ("per our internal policy", "under our records policy") that names
    no law or policy. The policies are written in Chinese: its English words match the GDPR's and the AI Act's text
    far better, so the whole-corpus lists hold few policy articles or none, and the policy weight (policy_boost) has
    nothing to lift. Unlike the lists above, a jurisdiction cue does not stop it: "before the DPO approves" is an EU
    word, but the bank's own DPO is the one asked about."""
    return english and route.wants_policy and not route.named


def home_side_on_near_tie(hits: list, ratio: float) -> list:
    """For a question `wants_both_jurisdictions` lets search both sides: when an EU article leads and the best Chinese
    one (a Chinese law's or the bank's own policy's) scores at least `ratio` of it, the Chinese one leads instead.

    The bank asking is a Chinese one, and the fused score of the EU side is inflated for any English question (same
    language for the dense model, direct word matches for BM25, the GDPR gathering law-level evidence as one long text
    about most things: see the module docstring), so a near tie is no evidence for the EU text; a question about what
    only the EU texts regulate (notified bodies, CE marking, a fundamental rights impact assessment) leads by a clear
    margin. Only the first place changes: the EU article follows right after, and every other unit keeps its place.
    The scores stay falling along the new order (the two units trade scores). Pure; `hits` are Hit-like objects with
    .clause.jurisdiction and .score (kept as given when nothing changes)."""
    if not hits or hits[0].clause.jurisdiction != "EU" or "exact" in hits[0].sources:
        return hits
    home = next((n for n, h in enumerate(hits) if h.clause.jurisdiction != "EU"), None)
    if home is None or hits[home].score < ratio * hits[0].score:
        return hits
    lead, moved = hits[0], hits[home]
    scores = [h.score for h in hits[:home + 1]]
    order = [moved, lead, *hits[1:home]]
    return [h.model_copy(update={"score": s}) for h, s in zip(order, scores)] + list(hits[home + 1:])
