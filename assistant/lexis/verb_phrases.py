"""The forms of a verb phrase's first word, for the word lists that match English phrases (lexicon.toml keys, glossary.toml
triggers): a key or trigger is written once in the base form ("take over", "shut down", "close account") and people
write its verb in any tense ("the regulator took over", "the branch shuts down", "she closed her account")."""

from __future__ import annotations

import re

# a phrasal verb's particle: a key "take over" / "shut down" / "write off" is a verb first, and people write the verb in
# any tense ("the regulator takes over", "the branch shut down", "loans were written off")
_PARTICLES = frozenset("over off down up out back in into on to".split())
# the verbs of verb-object keys and triggers (close account, cancel account: 商业银行法 / 反洗钱法 account closure; take it
# to court, appeal the fine, revoke the licence, terminate the contract): their first word is a verb too
_OBJECT_VERBS = frozenset("close cancel delete send pay write take appeal challenge contest revoke terminate publish "
                          "pull lose strip pool raise accept collect".split())
# the past forms of the verbs of keys that are not verb + ed
_IRREGULAR = {"take": ("took", "taken"), "write": ("wrote", "written"), "pay": ("paid",), "send": ("sent",),
              "shut": ("shut",), "make": ("made",), "set": ("set",), "get": ("got", "gotten"), "wind": ("wound",),
              "lose": ("lost",)}


def verb_forms(verb: str) -> list[str]:
    """The forms a verb is written in (take → takes, took, taken, taking; close → closed, closing; log → logged,
    logging; apply → applies, applied): the regular endings, the doubled final consonant and the irregular pasts.
    A form no one writes costs nothing: it never occurs."""
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", verb + verb[-1] + "ed", verb + verb[-1] + "ing",
             *_IRREGULAR.get(verb, ())}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    return sorted(forms, key=len, reverse=True)


def is_verb_phrase(words: list[str]) -> bool:
    """Whether a phrase (its words, lower-case) starts with a verb: a phrasal verb (take over) or a verb of a
    verb-object key (close account)."""
    return len(words) > 1 and words[0].isalpha() and (words[1] in _PARTICLES or words[0] in _OBJECT_VERBS)


def verb_pattern(verb: str) -> str:
    """A regex alternation of `verb`'s forms (verb_forms), for the first word of a verb phrase's pattern."""
    return "(?:" + "|".join(map(re.escape, verb_forms(verb))) + ")"
