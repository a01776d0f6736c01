"""A permission restricted to a case is a prohibition with that case excepted (pure).

"A credit reporting agency may gather an individual's income details only if it tells the person … and gets written
consent" says what "征信机构不得采集个人的收入…信息。但是，征信机构明确告知…并取得其书面同意的除外" (征信业管理条例第十四条)
says, told from the other side: "may X only if Y" is "shall not X unless Y" (general usage of both languages: 只有…才可以,
仅在…时可以, "may … only where / only with"). The modality check (polarity.py) does not read such a claim's option as the
opposite of a prohibition the article itself makes an exception to. Which case the exception names is left to the
other checks: this only says the two modal verbs agree.
"""

from __future__ import annotations

import re

from .modality import normalised

# "may / can … only if / only where / only when / only with / only after / only once / only provided", 只有…才(可以/能/可),
# 仅在 / 只在 … (才)(可以/能/可)
_ONLY_IF = re.compile(r"\b(?:may|can|is allowed to|are allowed to|is permitted to|are permitted to)\b[^.;]{0,120}?"
                      r"\bonly\s+(?:if|where|when|with|after|once|provided|on condition)\b"
                      r"|只有[^，,。；;]{1,40}?[，,]?才(?:可以|能|可)"
                      r"|(?:仅|只)在[^，,。；;]{1,40}?(?:的情况下|时|后)?[，,]?(?:才)?(?:可以|能够|能|可)", re.I)
# an exception the rule's own sentence makes: 但(是)…除外 / 不在此限, "unless", "except where / if / with"
_OWN_EXCEPTION = re.compile(r"(?:但是|但)[^。]{0,80}?(?:除外|不在此限)|\b(?:unless|except\s+(?:where|if|when|with|"
                            r"on|in)|save where)\b", re.I)


def permission_only_if(claim: str) -> bool:
    """Whether the claim grants its option only in a case ("may … only if …", 只有…才可以)."""
    return bool(_ONLY_IF.search(normalised(claim)))


def excepted_in_sentence(sentence: str) -> bool:
    """Whether the sentence makes an exception to its own rule (但…除外, "unless", "except where")."""
    return bool(_OWN_EXCEPTION.search(normalised(sentence)))
