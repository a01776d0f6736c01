"""Which operator the bank is in an English AI Act question, and the articles addressed to another one (pure logic).

The AI Act's Chapter III, Section 3 gives each operator its own article: providers (Art. 16-22), importers (Art. 23),
distributors (Art. 24), deployers (Art. 26-27). Several pairs treat the same thing for two operators in the same
words: logs (Art. 19 "Providers … shall keep the logs", Art. 26(6) "Deployers … shall keep the logs"), documentation
(Art. 18 provider, Art. 23(5) importer), checks before the system reaches the market (Art. 23 importer, Art. 24
distributor). A question saying which of them the bank is ("we deploy a vendor's model", "as the provider", "we
resell …") is answered by that operator's article; the same words make the other operator's article rank as high.
Here an article whose sentences put only another operator under a duty ("Providers … shall") counts a little less
(RetrievalConfig.other_operator_weight). An article naming no operator as the one bound (Art. 12 "High-risk AI
systems shall …") or several is untouched, and so is a question naming no role or more than one.

The operator words are the AI Act's own (Art. 3(3)-(7) define provider, deployer, importer, distributor: not in the
indexed extract, but the extract's articles use exactly these words); the verbs by which a bank says which one it is
are ordinary English (deploy/use a vendor's system: deployer; build/develop/sell its own: provider; import/bring
into the Union: importer; resell/distribute: distributor).
"""

from __future__ import annotations

import re
from collections import Counter

OPERATORS = ("provider", "deployer", "importer", "distributor")

# An operator as the one bound: a sentence (or numbered paragraph, or point) opening with it, perhaps after an
# introductory clause ending in a comma ("Prior to placing … on the market, importers shall"), then within the sentence
# "shall". "Providers of high-risk AI systems shall keep the logs" (Art. 19(1)); "Deployers shall …" (Art. 26).
_BOUND = re.compile(r"(?:^|\n|[.:;]\s)(?:\d+\.\s+)?(?:\([a-z]\)\s+)?(?:[A-Z][^.\n]{0,120}?,\s*)?(?:the\s+)?"
                    r"(providers?|deployers?|importers?|distributors?)\b[^.\n;]{0,80}?\bshall\b", re.IGNORECASE)

_WE = r"(?:we|we're|we are|we've|we have|i|i'm|our (?:bank|branch|firm|team|group|company|entity|sub\w*|arm)|it)"
# the bank names its role outright: "as the deployer", "we are the provider", "we as deployer" ("as provider and
# deployer": both)
_AS_ROLE = re.compile(r"\b(?:as|we(?:'re| are)?|we,? as)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                      r"(provider|deployer|importer|distributor)s?(?:\s+(?:and|or|&)\s+(?:the\s+|a\s+|an\s+)?"
                      r"(provider|deployer|importer|distributor)s?)?\b", re.IGNORECASE)
# … or by what it does with the system (the first verb after "we", possibly after a modal or "want to")
_ACTS = (
    ("importer", re.compile(r"\bimport(?:s|ed|ing)?\b|\bbring(?:s|ing)?\b[^.?!]{0,60}\binto the (?:EU|Union|European)",
                            re.IGNORECASE)),
    ("distributor", re.compile(r"\bresell(?:s|ing)?\b|\bre-sell|\bdistribut(?:e|es|ing)\b", re.IGNORECASE)),
    ("deployer", re.compile(rf"\b{_WE}\s+(?:\w+\s+){{0,2}}?(?:deploy(?:s|ed|ing)?|bought|buy(?:ing)?|licens(?:e|ed|ing)|"
                            r"procur(?:e|ed|ing)|purchas(?:e|ed|ing))\b[^.?!]{0,40}\b(?:vendor|third[- ]party|"
                            r"supplier|provider)|\bdeploy(?:s|ed|ing)?\b", re.IGNORECASE)),
    ("provider", re.compile(rf"\b{_WE}\s+(?:\w+\s+){{0,2}}?(?:build(?:s|ing)?|built|develop(?:s|ed|ing)?|sell(?:s|ing)?)\b",
                            re.IGNORECASE)),
)


def asked_operator(question: str) -> str | None:
    """The one operator the question makes the bank, or None (none named, or several)."""
    named = {role.lower() for m in _AS_ROLE.finditer(question) for role in m.groups() if role}
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    acting = {role for role, pattern in _ACTS if pattern.search(question)}
    if "importer" in acting or "distributor" in acting:
        # bringing or reselling "a vendor's" system: the vendor is the provider, the bank what it does with it
        acting -= {"deployer", "provider"}
    return acting.pop() if len(acting) == 1 else None


def bound_operator(article_text: str) -> str | None:
    """The one operator an article's sentences put under a duty, or None (none, or several)."""
    roles = Counter(m.group(1).lower().rstrip("s") for m in _BOUND.finditer(article_text))
    return next(iter(roles)) if len(roles) == 1 else None


def operator_articles(view) -> dict[str, frozenset[int]]:
    """Operator → positions of every piece of the English articles binding only that operator, once per view."""
    def build() -> dict[str, frozenset[int]]:
        out: dict[str, set[int]] = {role: set() for role in OPERATORS}
        for (doc_id, article, _), pieces in view.articles.items():
            first = view.clauses[pieces[0]]
            if article is None or first.jurisdiction == "CN" or first.kind == "policy":
                continue
            role = bound_operator("\n".join(view.clauses[i].text for i in pieces))
            if role is not None:
                out[role].update(pieces)
        return {role: frozenset(positions) for role, positions in out.items()}

    return view.derived("operator-articles", build)


def other_operators_articles(view, question: str) -> frozenset[int]:
    """Positions of the articles binding only an operator other than the one the question makes the bank."""
    asked = asked_operator(question)
    if asked is None:
        return frozenset()
    return frozenset().union(*(positions for role, positions in operator_articles(view).items() if role != asked))
