"""Asking what a term means or whether something falls under it: the clause defining the term answers (pure logic).

Chinese laws define their terms in one article (本法下列用语的含义, 本条例所称…是指), usually in the 附则, which weighs
less by default (RetrievalConfig.final_weight); the GDPR in Article 4 ("'personal data' means …"). A question whether
something *counts as* a defined category ("Does a vendor that only follows our instructions count as a PI handler?",
"What exactly counts as network data?", 算不算重要数据) asks for that article, yet its words match the substantive
articles that use the term. Only the question's form is read, never a term list: the clause is found by what it states.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.tokens import defined_terms

# general ways to ask for a definition or a classification (count/qualify as a category — an article or a quoted term
# follows: "count as a PI handler", "counts as \"network data\"", not "count as reliable", which asks for conditions —,
# define, the meaning of; 算不算, 属不属于, 是否属于, 怎么界定, 什么是, 何谓, 含义, 定义; the spoken forms of asking which
# category one falls in: 算什么 (我们算什么角色), 认成 / 认作 (会不会被认成…), 算作)
_ASKS_MEANING = re.compile(
    r"\b(?:counts?|counted|counting|qualif(?:y|ies|ied)) as (?:an?|the)\b|"
    r"\b(?:counts?|counted|counting|qualif(?:y|ies|ied)) as [\"“'‘]|\bdefin(?:e|es|ed|ition|itions)\b|\bmeaning of\b|"
    r"算不算|属不属于|是否属于|界定|什么是|什么叫|何谓|含义|定义|算什么|认成|认作|算作")
_STATES_DEFINITION = re.compile(r"用语的含义|本(?:法|条例|办法|规定|措施)所称[^。]{0,40}是指|['‘\"“][^'’\"”]{1,60}['’\"”] means\b")


def asks_meaning(question: str) -> bool:
    return bool(_ASKS_MEANING.search(question.lower()))


def states_definition(clause_text: str) -> bool:
    return bool(_STATES_DEFINITION.search(clause_text))


# The term a question asks the meaning of stands right beside its asking word: ending the clause piece before it
# (电子签名算不算, 征信机构到底是怎么界定) or within the clause piece after it (算不算数安法说的“数据”, 会不会被认成征信机构). An
# article defining that term (本法所称数据，是指…: 数据安全法第三条; 本条例所称征信机构，是指…: 征信业管理条例第五条;
# text.tokens.defined_terms reads the laws' own ways of defining) answers; one defining other terms does not
# (匿名化以后的数据算不算例外 asks whether an exception applies to 数据: 个人信息保护法第七十三条 defines 匿名化, which the
# question names, but not beside 算不算).
_CLAUSE_BREAK = re.compile(r"[，,。？?！!；;]")
_BEFORE_ASKING = re.compile(r"(?:[“”\"'‘’\s]|到底|究竟|是怎么|怎么|是)+$")  # 征信机构到底是怎么界定: the term before these


def _beside_asking(question: str) -> tuple[list[str], list[str]]:
    """For each word asking a meaning, the question's clause piece before it (less the asking adverbs ending it) and
    the one after it (lower-cased)."""
    lowered = question.lower()
    before, after = [], []
    for m in _ASKS_MEANING.finditer(lowered):
        before.append(_BEFORE_ASKING.sub("", _CLAUSE_BREAK.split(lowered[:m.start()])[-1]))
        after.append(_CLAUSE_BREAK.split(lowered[m.end():])[0])
    return before, after


def defines_asked_term(question: str) -> Callable[[str], bool] | None:
    """A test of whether an article's text defines the term the question asks the meaning of, or None when the question
    asks no meaning."""
    before, after = _beside_asking(question)
    if not before:
        return None

    def defines(text: str) -> bool:
        return any(any(piece.endswith(term) for piece in before) or any(term in piece for piece in after)
                   for term in defined_terms([text]))
    return defines


# Asking who interprets a text (who/which body + interpret, the power or right to interpret, an official reading; 谁解释,
# 由谁解释, 哪个部门负责解释, 解释权): the clause naming the body that interprets it answers (本规定由…负责解释, in every Chinese
# law's or policy's 附则). "How do we interpret Article 13" asks the article itself, not who interprets.
_ASKS_INTERPRETER = re.compile(
    r"\b(?:who|which (?:\w+ ){0,2}?(?:body|bodies|agency|agencies|department|departments|authority|authorities|team|unit))"
    r"\b[^?.]{0,40}\binterpret|\b(?:authority|power|right) to interpret|"
    r"\b(?:owns?|owned|in charge of) (?:the )?interpretation\b|\bofficial (?:interpretation|reading)\b|"
    r"谁(?:来|负责)?解释|由谁(?:负责)?解释|哪(?:个|些)(?:部门|机构|机关)(?:负责|有权)?解释|解释权")
_STATES_INTERPRETER = re.compile(r"负责解释|解释权")


def asks_interpreter(question: str) -> bool:
    return bool(_ASKS_INTERPRETER.search(question.lower()))


def states_interpreter(clause_text: str) -> bool:
    return bool(_STATES_INTERPRETER.search(clause_text))


# Asking whether a law reaches a case at all (也归个保法管吗, 个保法管得着吗, 对它也适用吗, 受消保法保护吗): the clause stating
# the text's reach answers, the law's own wording of scope and exemption: 「…的活动，适用本法」「…有下列情形之一的，也适用本法」
# (个人信息保护法第三条、第三十三条), 「…处理个人信息的，不适用本法」 (第七十二条, in the 附则), 「本条例第十四条…适用于金融信用信息
# 基础数据库运行机构」 (征信业管理条例第三十二条), 「其权益受本法保护」 (消费者权益保护法第二条). The question names the law (a
# short name ending 法 / 条例 / 办法 / 规定) or points at it (对它也适用); 归谁管 asks the supervisor, not the reach.
_ASKS_REACH = re.compile(
    r"归[^谁哪，。？?、]{0,8}(?:法|条例|办法|规定)管|(?:法|条例|办法|规定)(?:管得着|管得到|管不着|管不管)"
    r"|适用吗|适不适用|适用不适用|是否适用|能否适用|也适用|受[^，。？?]{0,8}(?:法|条例)(?:保护|约束|调整)")
_STATES_REACH = re.compile(
    r"(?:也|不|参照)?适用本(?:法|条例|办法|规定|措施)|本(?:法|条例|办法|规定|措施)(?:第[^。；]{0,80}?条)?(?:的规定)?(?:不|也)?适用于"
    r"|受本(?:法|条例)保护")


def asks_reach(question: str) -> bool:
    """A Chinese question asking whether a law reaches a case (也归个保法管吗, 管得着吗, 也适用吗)."""
    return bool(_ASKS_REACH.search(question))


def states_reach(clause_text: str) -> bool:
    """A clause stating whom or what the text applies to, or does not (适用本法, 不适用本法, 受本法保护)."""
    return bool(_STATES_REACH.search(clause_text))
