"""A home field of banking recognised by words a leading clause uses itself (part of the coverage gate, signal 2).

regimes.toml names fields no indexed text deals with by the words they are asked in: company matters by 董事会…决议 or
股东大会…表决, labour matters by 劳动合同 (`subject` and `context` entries, not another jurisdiction's). Such a pattern
can match what an indexed text does rule on in the same words: the record-retention policy keeps 「董事会、监事会、
股东大会会议记录和决议」 permanently (华信银行档案与记录保存管理办法第二十条). When every mention of the field in the question
is made of words one of the leading clauses holds, and that clause is matched by the field's own pattern too, the
question asks what the corpus says in those words, not the field's own rules; the later signals still judge it (a
figure asked must be stated in a sentence about it). A mention with a word no leading clause holds (董事会 + 法定人数,
股东大会 + 召开) is still the field's: the clause names the thing, not the rule asked. So is one whose other words tie it
to no such clause (a rare word of the question's own besides the mention, salient_terms): 「给员工发期权，走个董事会决议
就行了」 names the board's resolution as the step of an equity grant, which a clause keeping the resolutions says
nothing of.
"""

from __future__ import annotations

from ...text.tokens import tokenize
from .topic import LEADING_CLAUSES, salient_terms


def worded_in_a_leading_clause(question: str, regime, retrieval, doc_freq) -> bool:
    """Is the home `regime` (a regimes.toml entry that is not another jurisdiction's) named in the question only by
    words a leading clause its own pattern matches holds, every one of them, that clause holding a rare word of the
    rest of the question too?"""
    if getattr(regime, "foreign", False) or doc_freq is None:
        return False
    mentions = list(regime.pattern.finditer(question))
    rest = salient_terms(regime.pattern.sub(" ", question), doc_freq)
    leading = [set(tokenize(h.clause.text)) for h in retrieval.hits[:LEADING_CLAUSES]
               if regime.pattern.search(h.clause.text)]
    leading = [words for words in leading if words & rest]
    if not mentions or not leading:
        return False
    return all(any(_words_of(m.group(0)) <= words for words in leading) for m in mentions)


def _words_of(mention: str) -> set[str]:
    """The words of a mention that name something (two characters or more: 的, 和 and single letters say nothing)."""
    return {t for t in tokenize(mention) if len(t) >= 2}
