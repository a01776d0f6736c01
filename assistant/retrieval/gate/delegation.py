"""What a clause leaves to or takes from elsewhere (part of the coverage gate, signals 1, 2 and 4): details left to
rules made elsewhere (规定数量, delegated acts), the articles of its own law a sentence refers to, an interpretation
of an unindexed law's article, and the commencement clause of a law the question names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...text.articles import CN_ARTICLE_LABEL
from ...text.numerals import CN_NUMERAL_CHARS
from ...types import Retrieval
from ..commencement import asks_commencement, states_commencement
from .topic import salient_terms


def _commencement_of_named_law(question: str, retrieval: Retrieval, catalog, named: frozenset[str]) -> bool:
    """A question on when an indexed law it names takes effect ("PIPL has been in force since 1 Nov 2021, yes?", 征信业
    管理条例什么时候施行), led by that law's clause stating its commencement (commencement.py: 本法自…起施行, "shall
    enter into force"), is answered by that clause. Its words are those of dates and of the law's name, which the
    similarity floors and the unnamed-word test read as no evidence (an English question is far from the Chinese 附则
    on the embedder's scale). Round 18, gate over the tuning data: answerable wrongly refused 131 -> 128 of 2,108,
    out-of-scope refused unchanged (579 of 655)."""
    lead = retrieval.hits[0].clause
    return asks_commencement(question) and lead.doc_id in named and catalog.is_indexed(lead.doc_id) \
        and states_commencement(lead.text)


def _interpreted_by(law: str, question: str, retrieval: Retrieval, token_lists_of, doc_freq) -> bool:
    """A leading clause interprets an article of the law named (最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事
    案件适用法律若干问题的解释第一条 「刑法第二百五十三条之一规定的“公民个人信息”，是指…」): the question is answered by
    the indexed interpretation, not by the unindexed law (the 刑法 itself). A law the texts only mention (适用公司法) is
    not interpreted by them, nor is a question on another crime of the same law (受贿, 洗钱: see below). Round 15, gate
    over the tuning data: answerable wrongly refused 79 -> 77 of 1,286 (questions on what counts as 公民个人信息 and as
    提供 under the crime of infringing personal information), out-of-scope refused unchanged (496 of 547; none names a
    law an indexed text interprets article by article). Without the shared rare word (rare: under 1% of clauses) a
    third answerable question passed too, and so did made-up questions on bribery, money laundering and card fraud."""
    if doc_freq is None:
        return False
    name = law.strip("《》").removeprefix("中华人民共和国")
    cites = re.compile(re.escape(name) + rf"》?第[{CN_NUMERAL_CHARS}]+条")
    # and it is what the question asks about: the clause shares a rare word of the question besides the law's name
    # (公民个人信息, 行踪轨迹), not a question on another crime (受贿, 洗钱) that only the law's name brought there
    terms = {t for t in salient_terms(question, doc_freq, rare=0.01) if name not in t}
    return any(cites.search(h.clause.text) and terms & set(token_lists_of(h))
               for h in retrieval.hits[:INTERPRETATION_DEPTH])


# Leading hits searched for the interpreting clause: the penalty articles a question on an offence brings (retrieval's
# penalty-item list) rank ahead of it in the fused order even when it is the dense search's first (the SPC
# interpretation's 第二条 on 违反国家有关规定, fourth behind three penalty articles). Five, as for the figure a question
# asks (stated.NUMBER_EVIDENCE_DEPTH). Round 25, re-assessing the gate over the tuning data (775 out-of-scope, 2,024
# answerable): answerable wrongly refused one fewer (a breach of departmental rules as 违反国家有关规定 under the 刑法),
# out-of-scope refused unchanged (734).
INTERPRETATION_DEPTH = 5


# A clause leaving a detail to rules made elsewhere (round 7, issue 11): PIPL 第四十条 "达到国家网信部门规定数量的",
# 商业银行法 "按照规定的比例", "具体办法由国务院…制定", "另行规定"; GDPR / AI Act "the Commission shall adopt delegated
# acts", "implementing acts", "as laid down by Member State law". It says why a figure or fact the question asks for
# is missing; and when one of the two leading clauses, about the question, leaves the figure to such rules while
# neither states it (商业银行法第三十八条 按照中国人民银行规定的贷款利率的上下限 for a question on a rate cap), a figure
# in a clause further down is about something else: not covered (round 7: out_of_scope_probe 51 → 52 of 57 refused, no
# answerable question of the tuning, probe or blind A data refused).
_DELEGATES = re.compile(
    r"(?:国务院|国家网信部门|监督管理机构|主管部门|有关部门|人民银行)[^。；，]{0,12}(?:规定|制定|确定)的?"
    r"(?:数量|标准|比例|期限|金额|条件|范围|办法|程序|目录)|具体(?:办法|规定|标准|管理办法)由|另行(?:制定|规定)|"
    r"按照[^。；，]{0,12}规定的[^。；，]{0,8}(?:比例|标准|期限|数量|条件|上下限|上限|下限)|"
    # a threshold named by the law but set elsewhere: 反洗钱法第十八条、第二十九条、第三十五条 「超过规定金额」「规定金额以上」
    r"(?:超过|达到|低于|不足|提供|从事)规定的?(?:金额|数额|数量|比例)|规定(?:金额|数额)以上|"
    r"\b(?:delegated acts?|implementing acts?|"
    r"as (?:laid down|provided|specified) (?:by|in) (?:Union or )?Member State law|"
    r"shall be (?:determined|specified|laid down) by)\b", re.I)


def _cited_articles(catalog) -> Callable[[str, str], set[int]] | None:
    """sentence, doc_id → the articles of that law the sentence refers to (本法第四十四条, bare 第X条, Articles 15 to 22);
    None when the catalog cannot resolve references (a stub catalog in tests)."""
    from ...catalog import Catalog
    from ...clauses import find_clause_refs

    if not isinstance(catalog, Catalog):
        return None

    def cites(sentence: str, doc_id: str) -> set[int]:
        if not _REFERS.search(sentence):
            return set()
        return {r.article for r in find_clause_refs(sentence, catalog, default_law=doc_id)
                if doc_id in r.doc_ids and r.article}

    return cites


_REFERS = re.compile(rf"{CN_ARTICLE_LABEL}|\bArticles?\s+\d", re.I)


DELEGATION_DEPTH = 2
