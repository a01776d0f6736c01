"""Which language a text is written in: "zh" or "en" (pure)."""

import re

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")

# A Chinese question often quotes English names (GDPR, PIPL, API); a low share of CJK
# characters is still Chinese. Counted against letters only, so digits/punctuation don't vote.
CJK_SHARE_FOR_ZH = 0.3


def has_cjk(text: str) -> bool:
    """Whether `text` holds any Chinese character (a title, a glossary word, a question that mixes languages)."""
    return bool(_CJK.search(text or ""))


def is_chinese(text: str) -> bool:
    """Whether `text` holds a CJK unified ideograph (U+4E00–U+9FFF only, narrower than `has_cjk`): how the verifier
    and the party lexicon (lexis/parties.py) tell a Chinese claim or clause from an English one."""
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def detect_language(text: str) -> str:
    """"zh" when CJK characters make up a fair share of the letters, else "en"."""
    cjk = len(_CJK.findall(text or ""))
    latin_words = len(re.findall(r"[A-Za-z]+", text or ""))
    if cjk == 0:
        return "en"
    # Compare CJK characters with Latin *words*: one English word carries about as much as two or three hanzi.
    return "zh" if cjk / (cjk + 3 * latin_words) >= CJK_SHARE_FOR_ZH else "en"
