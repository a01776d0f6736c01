"""Colloquial Chinese permission and negation words read as the statutes' own words, before the wording checks run.

A drafting model paraphrasing an article in Chinese says 能 for 可以, 不能 / 不准 / 不许 for 不得 and 没经过 for 未经. The
checks (modality, polarity, actors, edits) read the statutes' words. Unread, 能 is taken for a change of the article's 可以
into something else ("makes its permission an obligation: 可以 → 能"), and 没经过 for a party of its own ("the clause names
没经过委托方同意 as the one acted on"). Each word is mapped to the polarity it asserts, wherever the claim says it — one
general reading, not a phrase list:

- 不能 / 不可以 / 不准 / 不许 / 不要 (not 不要求) → 不得: a prohibition (the statutes' 不得, e.g. 个人信息保护法第十条
  "任何组织、个人不得非法收集…");
- 没经过 / 没有经过 / 未经过 → 未经 (网络数据安全管理条例第十六条 "未经委托方同意");
- 能 (not 能够 / 可能 / 功能 / 只能 / 才能 …) → 可以: a permission (反洗钱法第二十一条 "可以要求金融机构报送…").

A colloquial word the cited article itself uses in the same phrase ("不能证明自己无过错", 电子签名法第二十八条) is the
statute's own wording, not the drafter's: it is left as it is; so is 能 where the article says 能够 in the same phrase
(外包与数据跨境管理办法第十一条 "能够去标识化的应当去标识化后提供").

Not read (round 41, measured): 要 / 得 as 应当. It clears 22 of 22 false alarms on the texts' own sentences restated with
要 / 能 / 不能, but a colloquial duty sentence is topic–comment ("个人信息要删掉", "商业银行和客户打交道，要遵循…"): once 要
is a modal, the duty-holder checks read the topic before it as the party and contradicted 9 true pool claims (0 before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SAME_PHRASE = 2  # characters after the word that, found with it in the cited article, make it the article's own wording

# (pattern, statute word); the longer negations come first so 不能 is not read as 不 + 能
_READINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    # not the "whether" of 要不要 / 能不能 / 准不准 ("决定要不要报告")
    (re.compile(r"不可以|(?<!准)不准|(?<!许)不许|(?<!能)不能(?!够)|(?<!要)不要(?!求|素|件|点|紧)"), "不得"),
    (re.compile(r"没有?经过|未经过"), "未经"),
    # a right denied in everyday words → the statutes' 不享有…的权利 / 无权 (消费者权益保护法第十三条 "消费者享有获得…的权利";
    # 商业银行法第四十一条 "商业银行有权拒绝"): (并)没有 X 的权利 and 没(有)权(利) + verb (general Chinese usage); not the
    # 权利人 (the right holder) a sentence may name after 没有
    (re.compile(r"(?:并|根本|完全)?没有(?=[^，,。；;！!？?]{1,30}?的权利(?!人))"), "不享有"),
    # (not 权限 / 权益 / 权属 / 权责 / 权重 / 权威: other nouns than a right)
    (re.compile(r"(?:并|根本|完全)?没有?(?:权利|权)(?![限益属责利人重威])(?=[\u4e00-\u9fff])"), "无权"),
    # a duty denied in everyday words → the statutes' 无需 (个人信息保护法第十三条 "不需取得个人同意", 消费者权益保护法第二十五条
    # "无需说明理由"): 没(有)必要 / 用不着 / 犯不着 / 不是非得 / 不一定非(得|要) (general Chinese usage)
    (re.compile(r"没有?必要|用不着|犯不着|不是非(?:得|要)|不一定非(?:得|要)|(?<!是)不非得"), "无需"),
    # an act left undone and called all right, 不X也没关系 / 也没事 / 也无所谓 / 也不要紧 / 也行 (general Chinese usage: "it
    # is fine too") → 也可以, the statutes' permission the checks read in 不X也可以 (可以不通知个人, 个人信息保护法第五十七条)
    (re.compile(r"(?<=也)(?:没关系|没有关系|没事儿?|无所谓|不要紧|行(?![为使政业动驶]))"), "可以"),
    # 随便 / 随意 as an adverb of the act ("银行随便处理客户信息": the act left to the actor's will) → 可以, the statutes'
    # permission; not when negated (不得随意 / 不能随便 / 别随便: a ban, read above or left alone) (general Chinese usage)
    (re.compile(r"(?<![不别得能可])随(?:便|意)(?![的地性])"), "可以"),
    # 能 as "may": not a part of a noun or of 能够 / 可能 / 只能 / 才能 (the scope checks read 只能 themselves)
    (re.compile(r"(?<![可功职智技性效本才只仅不未核体动热电产潜万全储节赋异官所无低高])能(?![力源够否效耗量级手人动事])"),
     "可以"),
)


def statute_words_zh(claim: str, article_texts: Sequence[str]) -> str:
    """The claim with its colloquial modal and negation words replaced by the statutes' words, except where the cited
    article uses the same word in the same phrase."""
    articles = "".join(article_texts)

    def reading(statute_word: str):
        def replace(match: re.Match[str]) -> str:
            word, after = match.group(0), match.string[match.end(): match.end() + _SAME_PHRASE]
            # 能 is 能够 shortened: "能去标识化的" restates the article's "能够去标识化的" (a capability, not a permission)
            own = [word + after] + ([f"能够{after}"] if word == "能" else [])
            return word if any(phrase in articles for phrase in own) else statute_word
        return replace

    for pattern, statute_word in _READINGS:
        claim = pattern.sub(reading(statute_word), claim)
    return claim
