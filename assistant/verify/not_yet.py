""""Not yet" for "before" (pure): a claim that says a time has not yet come says what a clause's "before" says.

"接管期限届满前，该商业银行已恢复正常经营能力的" (商业银行法第六十八条) paraphrased "接管期限还没到，商业银行就已经恢复…" negates no
rule: 还没到 / 尚未届满 / "has not yet expired" is the everyday way to say 届满前 / "before it expires" (general usage of both
languages). The copy check (edits.py) reads a negation the claim adds where the clause has a "before" word as this
paraphrase, not as the clause negated.
"""

from __future__ import annotations

import re

# "not yet" in both languages: 还没(有) / 尚未 / 还未 / 未到 / 没到 / 不到 (a time not reached); "not yet", "has not … yet"
_NOT_YET = re.compile(r"还没有?|尚未|还未|未到|没到|\bnot\s+yet\b|\bnot\s+\w+\s+yet\b|\bhas\s+not\s+(?:yet\s+)?(?:expired|ended|"
                      r"elapsed|passed|run\s+out)\b", re.I)
# "before" in both languages: 前 / 之前 / 以前 (after a time: 届满前, 期满前), "before", "prior to"
_BEFORE = re.compile(r"前|\bbefore\b|\bprior\s+to\b", re.I)


def not_yet_for_before(old: str, new: str) -> bool:
    """Whether the claim's words `new` say "not yet" where the clause's words `old` say "before"."""
    return bool(_NOT_YET.search(new)) and bool(_BEFORE.search(old)) and not _NOT_YET.search(old)
