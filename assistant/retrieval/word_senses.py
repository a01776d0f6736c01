"""English words whose legal sense depends on what follows them, resolved before the glossary, lexicon and EU terms
read an English question.

"Breach" alone is a data breach (数据泄露; GDPR Art 4(12) "personal data breach"), but "a breach of the DSL", "in breach
of the GDPR", "breach of contract" or "breach of its obligations" is a violation of a rule (违反; GDPR Art 83(4)-(5)
"infringements"), and expanding it into breach-notification terms sends the question to Art 33/34 or PIPL 57 instead of
the liability or sanction it asks about. Source: ordinary legal English usage ("breach of statutory duty", "breach of
contract"); the rule words are general ones plus the short names of the laws in the corpus.

Likewise "criminal proceeds" / "proceeds of crime" / "criminal funds" name what is laundered (反洗钱法第二条 犯罪所得及其收益;
FATF "proceeds of crime"), not criminal liability: read as "illicit proceeds", so the glossary's criminal-liability entry
(刑事责任, 侵犯公民个人信息) does not fire on them, while the lexicon still gives 犯罪所得 for "proceeds".

And "our Hong Kong parent", "its parent's compliance team", "the parent bank" are the group's parent company (ordinary
corporate English), not a child's parent (父母, 监护人: 个人信息保护法第三十一条): read as "parent-company", which the
lexicon's family-sense key does not match (the first part of a hyphenated word is not the word) while the glossary's
"parent company abroad" still does. A question about children keeps the family sense.
"""

from __future__ import annotations

import re

# what a breach can be "of" when it means a violation: rules, instruments and duties, or a named law
_RULE_WORDS = (r"laws?|acts?|regulations?|rules?|statutes?|provisions?|requirements?|contracts?|agreements?|terms|"
               r"duty|duties|obligations?|articles?|art\.?|principles?|conditions?|code|policy|policies|"
               r"gdpr|pipl|dsl|csl|aml|ai act|[a-z]+ law")
_VIOLATION = re.compile(r"\b(?:breach|breaches|breached|breaching)(\s+of\s+(?:(?:the|our|its|their|his|her|this|that|"
                        r"these|those|any|applicable|relevant|statutory|legal)\s+)*(?:" + _RULE_WORDS + r")\b)",
                        re.IGNORECASE)

# … and the rule before the word: "an AML breach", "a GDPR breach", "a compliance breach", "contract breaches" (ordinary
# legal English, as "a breach of the AML rules"); "a data breach", "a security breach" keep the incident sense
_RULE_BEFORE = re.compile(r"\b(" + _RULE_WORDS + r"|compliance|regulatory)(\s+)(?:breach|breaches)\b", re.IGNORECASE)


_PROCEEDS = re.compile(r"\b(?:criminal\s+(proceeds|funds|money|assets|gains)|(proceeds)\s+of\s+(?:a\s+|the\s+)?crimes?)\b",
                       re.IGNORECASE)


# the parent of a company: "parent company / bank / group …", or a possessive with at most two words between ("our Hong
# Kong parent", "its ultimate parent"), singular ("their parents" are a family's)
_COMPANY_NOUNS = (r"(?:company|companies|bank|banks|group|entity|entities|firm|institution|undertaking|"
                  r"organi[sz]ation|holding)\b")
_CORPORATE_PARENT = re.compile(
    r"\bparent[\s-]+(?=" + _COMPANY_NOUNS + r")|"
    r"\b(?:our|its|their)\s+(?:[\w.-]+\s+){0,2}?parent(?!s|al|hood|ing)\b(?![\s-]+" + _COMPANY_NOUNS + ")",
    re.IGNORECASE)
_FAMILY = re.compile(r"\b(?:child|children|kid|kids|minor|minors|teen\w*|student|students|guardian\w*|son|daughter|"
                     r"famil\w*|under\s?1\d|\d+[\s-]*years?[\s-]*olds?)\b", re.IGNORECASE)


def _corporate_parent(m: re.Match) -> str:
    text = m.group(0)
    return text[: -len("parent")] + "parent-company" if text.endswith("parent") else "parent-"  # parent-bank


def with_legal_senses(question: str) -> str:
    """`question` with "breach of <a rule>" read as "violation of <the rule>", proceeds of crime as "illicit
    proceeds" and a company's parent as "parent-company"; other wording unchanged."""
    question = _VIOLATION.sub(lambda m: "violation" + m.group(1), question)
    question = _RULE_BEFORE.sub(lambda m: m.group(1) + m.group(2) + "violation", question)
    question = _PROCEEDS.sub(lambda m: "illicit " + (m.group(1) or m.group(2)), question)
    if "parent" in question.lower() and not _FAMILY.search(question):
        question = _CORPORATE_PARENT.sub(_corporate_parent, question)
    return question
