"""Round 26: the coverage gate's figure checks count an English word's Chinese words once (gate/stated.py), the
carries check leaves out the words saying which texts to search (gate/topic.py) and reads a supplier as the laws'
提供者 (topic_weight.py); the lexicon and glossary words behind them."""
from types import SimpleNamespace

import pytest


def _hit(text: str, doc_id: str = "policy-example", article: int = 22):
    clause = SimpleNamespace(text=text, doc_id=doc_id, article=article, chunk_id=f"{doc_id}-{article}")
    return SimpleNamespace(clause=clause, sources={"dense": 1}, similarity=0.85)


def test_an_english_words_chinese_words_count_once():
    """reply → 答复, 回复 (lexicon.toml): two Chinese key terms of one English word; the sentence sharing one of them
    shares the question's word, as it did when the lexicon gave 答复 alone."""
    from assistant.retrieval.gate.stated import _lexicon_senses, _meanings, _stated

    question = "A client objects to the AML restrictions we put on his account in China: how many days to reply?"
    key = {"client", "objects", "restrictions", "reply", "答复", "回复", "限制"}
    retrieval = SimpleNamespace(hits=[_hit("金融机构应当在十五日内进行处理，并将结果答复当事人", "aml-law-2024", 39)])
    states = lambda sentence: "日内" in sentence  # noqa: E731
    assert _stated(question, retrieval, key, None, True, states, figure=True)
    senses = _lexicon_senses(question)
    assert _meanings({"答复", "回复", "限制"}, senses) == 2 and _meanings({"答复"}, senses) == 1
    # two English words giving the same Chinese word are one meaning too
    assert _meanings({"答复", "回复"}, _lexicon_senses("Must we reply, or respond in writing?")) == 1
    # three meanings: two must be shared, as before
    key |= {"征信"}
    assert not _stated(question, retrieval, key, None, True, states, figure=True)


def test_replying_to_a_proposal_has_the_texts_words():
    from assistant.lexis.lexicon import load_lexicon

    words = set(load_lexicon().chinese_words(
        "PBOC has proposed that the banking regulator examine us. How long does it have to reply to the proposal?"))
    assert {"回复", "建议", "检查"} <= words


def test_the_words_saying_which_texts_to_search_are_no_topic():
    from assistant.retrieval.gate.topic import _source_cue_words

    assert _source_cue_words("咱行客户要查复制自己的个人信息，按内部制度我们最晚多久要答复？") == {"内部", "制度"}
    assert _source_cue_words("法律上对准备金有硬性要求吗？") == {"法律"}
    # English cues span the question's own words ("our retention policy"): not read
    assert _source_cue_words("Under our retention policy, how long do we keep board minutes?") == set()


@pytest.mark.parametrize("word, text, expected", [
    ("供应商", "电子认证服务提供者应当妥善保存与认证相关的信息", True),
    ("厂商", "网络产品、服务的提供者不得设置恶意程序", True),
    ("供应商", "个人信息处理者委托处理个人信息的", False),
    ("服务商", "电子认证服务提供者", True),  # as before: 服务 + 提供者
])
def test_a_supplier_is_the_laws_provider(word, text, expected):
    from assistant.retrieval.topic_weight import _legal_register_in

    assert _legal_register_in(word, text) is expected


def test_a_ca_and_kyc_files_reach_the_laws_terms():
    from assistant.lexis.glossary import load_glossary

    glossary = load_glossary()
    assert "电子认证服务提供者" in glossary.expansion("我们合作的CA供应商要停服务，要提前多久通知？")
    assert "电子认证服务提供者" in glossary.expansion("If the CA we use gets its licence revoked, what then?")
    assert "电子认证服务提供者" not in glossary.expansion("Is a California branch covered?")
    assert "客户身份资料和交易记录保存制度" in glossary.expansion(
        "How long do KYC files have to be kept after the client relationship ends?")


def test_everyday_english_words_the_chinese_texts_name():
    from assistant.lexis.lexicon import load_lexicon

    words = load_lexicon().chinese_words
    assert "冻结" in words("A branch froze a customer's account")
    assert "有条件" in words("Validation came back conditionally passed")
    assert {"原始", "登录"} <= set(words("For the face login, can we store the raw photos?"))
    assert {"便利", "便捷"} <= set(words("a second account just for convenience"))
    assert "届满" in words("the retention period has expired")
    assert "不得超过" not in words("What's the cap on lending to one borrower?")  # tried: let a PIPL term question through


def test_a_word_of_a_lexicon_phrase_is_named_by_the_phrases_word():
    """wealth of "wealth management" (→ 理财): asked of Chinese clauses, the word is named there, as a word the lexicon
    has on its own is."""
    from assistant.retrieval.gate.assess import _unnamed_words

    question = "How long do we keep the audio and video recordings from selling wealth management products?"
    retrieval = SimpleNamespace(hits=[_hit("第十七条 理财产品、保险代理等销售过程中的录音录像资料，自产品到期或者合同终止之日起保存")])
    used = {"keep", "audio", "video", "recordings", "selling", "management", "products", "long"}
    unused = _unnamed_words(question, retrieval, lambda token: 0.01 if token in used else 0.0, [], {}, True, False)
    assert "wealth" not in unused
    # not part of a phrase the lexicon has: still unnamed
    assert "wealth" in _unnamed_words(question.replace("wealth management", "Wealth"), retrieval,
                                      lambda token: 0.01 if token in used else 0.0, [], {}, True, False)
