"""An English sub-clause opened by a conditional conjunction states when the rule applies, not the rule (pure).

"a digital CE marking shall be used, only if it can easily be accessed via the interface" (AI Act Art. 48(2)): the
"can" says what must be possible for the duty to apply, no option of anybody's; "…, unless required to do so by Union
or Member State law" (GDPR Art. 29) names the case excepted, no duty. So when another sub-clause of the sentence carries
a modal verb of its own, the modal words inside such a sub-clause are not the sentence's rule. (A Chinese case clause,
…的，, is weighed by modality.case_before_a_rule.)
"""

from __future__ import annotations

import re

from ..language import is_chinese

# the subordinating conjunctions of a condition or an exception (ordinary English grammar), opening the sub-clause,
# an "only" or "even" before them included
_CONDITION_OPENER = re.compile(r"^\s*(?:(?:only|even|but|and|or)\s+)?(?:if|where|when|whenever|unless|provided(?: that)?|"
                               r"as long as|so long as|insofar as|in so far as|to the extent(?: that)?)\b", re.I)


def is_condition_part(part: str) -> bool:
    """An English sub-clause that opens with a conditional conjunction."""
    return not is_chinese(part) and bool(_CONDITION_OPENER.match(part))


def without_condition_modals(parts: list[str], classes: list[set[str]]) -> list[set[str]]:
    """Each sub-clause's modal classes, none for a conditional sub-clause when a sub-clause that is no condition
    has some (the rule is there); unchanged otherwise."""
    conditions = [is_condition_part(p) for p in parts]
    if not any(conditions) or not any(c for c, cond in zip(classes, conditions) if not cond):
        return classes
    return [set() if cond else c for c, cond in zip(classes, conditions)]

