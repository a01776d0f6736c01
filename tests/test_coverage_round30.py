"""The coverage gate, round 30: a question's topic words are carried by a clause in the other script only through a
glossary phrase, so the carried-share measure does not judge such a clause when the retrieval ranks it first; a
clause in the question's own script, and any clause ranked below the first, are still judged by it."""

from types import SimpleNamespace

from assistant.retrieval.gate.topic import _carries, first_ranked_across

# corpus/policies/policy-record-retention.md 第十七条 (a Chinese clause stating a retention period)
RECORDINGS = "第十七条 理财产品、保险代理等销售过程中的录音录像资料，自产品到期或者合同终止之日起保存五年。"
# an English clause naming the question's words in another matter (GDPR-like wording, made up for the test)
ENGLISH = "The controller shall keep recordings of telephone sales of financial products at the branch."
# a Chinese clause on another matter (made up for the test)
OTHER_ZH = "第八条 分行销售金融产品的录音录像应当妥善保管。"


def hit(text: str):
    return SimpleNamespace(clause=SimpleNamespace(text=text, chunk_id=text[:12]))


def tokens_of(h):
    return h.clause.text.lower().replace(".", "").split()


def rarity(word: str) -> float:
    return {"recordings": 0.01, "sales": 0.02, "branch": 0.02, "products": 0.03, "录音录像": 0.01,
            "分行": 0.02, "理财产品": 0.01}.get(word, 0.0)


def test_only_a_lone_clause_ranked_first_in_the_other_script_is_the_retrievals_to_judge():
    english_q, chinese_q = "How long do we keep sales recordings?", "销售录音要保存几年？"
    first, second, english = hit(RECORDINGS), hit(OTHER_ZH), hit(ENGLISH)
    assert first_ranked_across(english_q, (first,), [first, second])
    assert not first_ranked_across(english_q, (second,), [first, second])  # ranked second
    assert not first_ranked_across(english_q, (english,), [english, first])  # the question's own script
    assert not first_ranked_across(chinese_q, (first,), [first, second])  # the question's own script
    assert first_ranked_across(chinese_q, (english,), [english, first])  # a Chinese question on an English text
    assert not first_ranked_across(english_q, (first, second), [first, second])  # an article with the one it serves
    assert not first_ranked_across(english_q, (first,), [])


def test_an_english_question_does_not_hold_the_first_ranked_chinese_clause_to_its_english_words():
    question = "How long do we keep recordings of product sales at the branch?"
    carries = _carries(question, rarity, tokens_of, {})
    first, english = hit(RECORDINGS), hit(ENGLISH)
    # the English clause carries every English topic word, the Chinese one none: by share the Chinese one fails
    assert carries((first,), [first, english])
    assert not carries((first,), [english, first])  # not ranked first: the share still decides


def test_a_chinese_question_is_still_held_to_the_carried_share():
    question = "分行理财产品销售的录音录像要保存几年？"
    carries = _carries(question, rarity, lambda h: [], {})
    first, other = hit("第十七条 销售资料保存五年。"), hit(OTHER_ZH)
    assert not carries((first,), [first, other])  # ranked first, but carrying none of 分行, 录音录像
    assert carries((other,), [first, other])
