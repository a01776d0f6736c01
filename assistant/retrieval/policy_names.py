"""English short names of the bank's own policies: "the model risk policy", "our records policy" (pure logic).

Each sample policy gives one English alias in its front matter (corpus/policies/*.md: "Model Risk Management Policy",
"Record Retention Policy", "Customer Information Protection Policy" …); the catalog resolves only that full alias. People
shorten it: "under the model risk policy", "per our customer-information policy", "our outsourcing policy". Such a
question names the policy as surely as the full alias does, yet without this it is routed as an unnamed English
question: the English texts (AI Act, GDPR) take the first places and the Chinese policy article is never seen.

A shortening here is the run of words right before "policy" whose (stemmed) words all belong to one policy's English
alias, and to one policy only, with at least one word that is not generic: "data", "risk", "management",
"information" and "protection" name no policy ("our data policy", "our risk management policy" are any bank's).
"""

from __future__ import annotations

import re

from ..lexis.english_stems import stems

_POLICY_WORD = re.compile(r"\bpolicy\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_JOINERS = {"and", "of", "the", "for"}
# Words of the aliases too general to name a policy without another word (each is in more than one alias, or names a
# whole field of banking: a "risk management policy", an "information policy").
_GENERIC = {"data", "risk", "management", "information", "protection"}
_MAX_RUN = 4
# Everyday abbreviations of alias words (general English usage): "our customer info policy", "the model risk mgmt policy"
_ABBREVIATIONS = {"info": "information", "mgmt": "management", "mgt": "management"}
_INTRODUCERS = {"our", "the", "this", "internal", "own", "house", "bank", "under", "per", "in", "by", "with"}


def _alias_words(alias: str) -> frozenset[str]:
    words = [w.lower() for w in _WORD.findall(alias)]
    return frozenset(stems(w for w in words if w not in _JOINERS and w != "policy"))


def _english_aliases(entries) -> tuple[tuple[str, frozenset[str]], ...]:
    out = []
    for entry in entries:
        if getattr(entry, "kind", None) != "policy":
            continue
        for alias in entry.aliases:
            if alias.isascii() and _POLICY_WORD.search(alias):
                out.append((entry.doc_id, _alias_words(alias)))
    return tuple(out)


def _owners(words: set[str], aliases) -> set[str]:
    return {doc for doc, vocab in aliases if words <= vocab}


def named_policies(question: str, catalog) -> set[str]:
    """Doc ids of the bank's policies that `question` names by a shortening of their English alias."""
    if not _POLICY_WORD.search(question):  # every search asks: most questions say no "policy"
        return set()
    aliases = _english_aliases(catalog.entries)  # a few dozen entries: cheap per question
    if not aliases:
        return set()
    found: set[str] = set()
    for m in _POLICY_WORD.finditer(question):
        before = [_ABBREVIATIONS.get(w.lower(), w.lower())
                  for w in _WORD.findall(question[max(0, m.start() - 80):m.start()])]
        run: list[str] = []
        best: set[str] = set()
        best_start = len(before)
        for i in range(len(before) - 1, max(-1, len(before) - 1 - _MAX_RUN), -1):
            word = before[i]
            if word in _JOINERS and run:
                continue  # "outsourcing and cross-border data": a joiner inside the name
            run.append(word)
            owners = _owners(stems(run), aliases)
            if not owners:
                break
            if len(owners) == 1 and not stems(run) <= stems(_GENERIC):
                best, best_start = owners, i
        # the bank's own policy is introduced as such ("our", "the", "under", "per"); another company's ("YouTube's
        # retention policy") or any firm's ("standard data retention policies") is not
        if best and best_start > 0 and before[best_start - 1] in _INTRODUCERS:
            found |= best
    return found
