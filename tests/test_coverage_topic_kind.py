"""The coverage gate, round 49: a Chinese question whose noun phrase, rejoined from jieba's pieces (同业 + 存单), is a
kind of thing the texts never name (its head a word no clause uses, a modifier the texts' own word) is refused under a
floor of its own (gate/asked_thing.topic_kind_unnamed), though the product stands outside the asking clause."""

from types import SimpleNamespace

from assistant.retrieval.gate.asked_thing import topic_kind_unnamed

from gate_doubles import bank_law_hits

ASKED = "今年同业存单的发行额度还没批下来，能先发一期吗？"
# clauses sharing its generic words (同业, 发行, 额度), none naming the product
INTERBANK = "商业银行办理同业拆借，应当遵守中国人民银行的规定。"
ISSUE = "发行金融债券，应当经国务院银行业监督管理机构批准。"
QUOTA = "商业银行应当对授信额度实行统一管理。"

SHARES = {"今年": 0.001, "同业": 0.001, "发行": 0.004, "额度": 0.002, "商业银行": 0.03}


def doc_freq(word: str) -> float:
    return SHARES.get(word, 0.0)


def leading(texts):
    return SimpleNamespace(hits=bank_law_hits(texts, 0.87))


def test_a_product_whose_head_no_clause_uses_is_a_kind_the_texts_never_name():
    assert topic_kind_unnamed(ASKED, leading([INTERBANK, ISSUE, QUOTA]), doc_freq)


def test_a_phrase_the_texts_name_or_made_of_the_texts_words_is_no_such_kind():
    named = lambda w: 0.0005 if w == "存单" else doc_freq(w)  # noqa: E731
    assert not topic_kind_unnamed(ASKED, leading([INTERBANK, ISSUE, QUOTA]), named)
    # a head the texts never use, but no modifier of theirs: the unnamed-word test's, not this one's
    no_modifier = lambda w: 0.0 if w == "同业" else doc_freq(w)  # noqa: E731
    assert not topic_kind_unnamed(ASKED, leading([INTERBANK, ISSUE, QUOTA]), no_modifier)
    # a leading clause holding the head abbreviated or whole
    assert not topic_kind_unnamed(ASKED, leading([INTERBANK, "同业存单的发行，按照有关规定办理。", QUOTA]), doc_freq)


def test_only_the_phrase_owning_the_thing_asked():
    # 同业存单 not followed by 的 owns nothing here: it is not read as the kind the question is about
    assert not topic_kind_unnamed("今年发了同业存单，额度还没批下来，能先发一期吗？", leading([INTERBANK, ISSUE, QUOTA]),
                                  doc_freq)


def test_refused_under_the_floor_only():
    from assistant.retrieval.gate.asked_thing import TOPIC_KIND_FLOOR
    from gate_doubles import gate_on_bank_law

    tokens_of = lambda hit: [w for w in SHARES if w in hit.clause.text]  # noqa: E731
    below = gate_on_bank_law(ASKED, [INTERBANK, ISSUE, QUOTA], TOPIC_KIND_FLOOR - 0.005, tokens_of, doc_freq)
    above = gate_on_bank_law(ASKED, [INTERBANK, ISSUE, QUOTA], TOPIC_KIND_FLOOR + 0.005, tokens_of, doc_freq)
    assert not below.covered and "kind of thing" in below.reason
    assert above.covered or "kind of thing" not in above.reason
