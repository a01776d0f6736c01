"""An English claim that bans what the Chinese sentence it restates requires: "Platforms that push information by
automated decision-making must not offer users an option to switch off personalised recommendations" against
网络平台服务提供者通过自动化决策方式向个人进行信息推送的，应当设置…个性化推荐关闭选项，为用户提供…功能 (网络数据安全管理条例
第四十二条).

A ban and a duty are no opposites in general (an article may require one act and forbid another, 应当…，不得…), so the
modal classes alone cannot judge it, and the English same-verb reading (subclauses.py) needs both texts in one language.
Here the claim's banned act is read through the lexicon's Chinese words for it: when most of them, and at least two,
stand in the scope of the sentence's duty (after 应当 / 必须), and the sentence allows, frees or forbids nothing, the claim
forbids what the sentence requires. A ban with its own case or exception ("must not … without consent", "unless"),
or on a negative act ("must not refuse / delay"), may restate the duty and is left alone.
"""

from __future__ import annotations

import re

from ..language import is_chinese
from .modality import MODAL_EN_RE, modal_classes, normalised

# the claim's own case or exception: a ban on doing it so, or before it, may be the duty's other face ("must not process
# without consent" restates 应当取得同意) (general English usage)
_OWN_CASE_EN = re.compile(r"\b(?:without|unless|except|until|before|other than|only|beyond|outside|more than|less than|"
                          r"longer than|later than|if|where|when|once)\b", re.I)
# acts that are themselves a refusal or an omission: banning them requires the act ("must not refuse to provide")
_NEGATIVE_ACT_EN = re.compile(r"\b(?:refus|deny|denie|reject|prevent|hinder|obstruct|delay|fail|omit|ignor|withh[oe]ld|"
                              r"stop|ceas|restrict|limit|block|impede|evad|avoid|conceal|hid|refrain|neglect)\w*", re.I)
MIN_TERMS = 2
MIN_SHARE = 2 / 3
_MAX_PREDICATE = 160


def _banned_acts(claim: str) -> list[str]:
    """The predicate after each of an English claim's prohibitions ("must not", "may not", "shall not" …), to the end
    of its sentence."""
    text = normalised(claim)
    out = []
    for m in MODAL_EN_RE["prohibition"].finditer(text):
        out.append(re.split(r"[;.!?]", text[m.end():m.end() + _MAX_PREDICATE], maxsplit=1)[0])
    return out


def _duty_scopes(sentence: str) -> list[str] | None:
    """The text after each duty's modal word of a Chinese sentence, up to the next modal word; None when the sentence
    gives any other modality (an option, an exemption, a ban, a right)."""
    found = modal_classes(sentence)
    if not found or any(cls != "obligation" for _, cls in found):
        return None
    starts = [at for at, _ in found] + [len(sentence)]
    return [sentence[starts[i]:starts[i + 1]] for i in range(len(found))]


def bans_the_duty_across(claim: str, sentence: str) -> list[tuple[str, str]]:
    """[("prohibition", "obligation")] when an English claim forbids the act a Chinese sentence requires (see the
    module's docstring); [] otherwise."""
    if is_chinese(claim) or not is_chinese(sentence):
        return []
    scopes = _duty_scopes(normalised(sentence))
    if not scopes:
        return []
    from ..lexis.lexicon import load_lexicon  # lazy: the lexicon's tables are read on first use

    for act in _banned_acts(claim):
        if _OWN_CASE_EN.search(act) or _NEGATIVE_ACT_EN.search(act):
            continue
        terms = {t for t in load_lexicon().chinese_words(act) if len(t) >= 2}
        held = {t for t in terms if any(t in scope for scope in scopes)}
        if len(held) >= MIN_TERMS and len(held) >= MIN_SHARE * len(terms):
            return [("prohibition", "obligation")]
    return []
