"""The coverage gate, round 49: a home field regimes.toml names (company matters by 董事会…决议) recognised only by words a
leading clause its own pattern matches holds is what the corpus says in those words, not a field it lacks
(gate/worded_regimes.py)."""

from test_coverage_context_regimes import FIELDS, retrieval_of

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import _regime, _unindexed_named
from assistant.retrieval.gate.worded_regimes import worded_in_a_leading_clause
from assistant.text.tokens import tokenize

# 华信银行档案与记录保存管理办法第二十条 (in part)
RECORDS_20 = "董事会、监事会、股东大会会议记录和决议，本行监管机构的处罚决定和检查意见书，永久保存。"
CR_16 = "征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除。"
US = "US securities and banking regulators and rules (SEC, FINRA, OCC, FDIC, Federal Reserve and its SR 11-7 " \
     "model-risk guidance, CFPB, NYDFS)"


RARE = {"处罚", "保存", "档案", "征信", "不良", "员工", "期权", "法定人数", "召开"}


def doc_freq(word: str) -> float:
    return 0.01 if word in RARE else (0.2 if word in {"监管", "决定", "文件"} else 0.0)


def worded(question: str, name: str, *texts: str) -> bool:
    return worded_in_a_leading_clause(question, _regime(name), retrieval_of(*texts), doc_freq)


def refused(question: str, *texts: str):
    return _unindexed_named(question, retrieval_of(*texts), load_catalog(), lambda h: tokenize(h.clause.text),
                            doc_freq, False)


def test_a_home_field_named_in_a_leading_clauses_own_words_is_no_field_the_corpus_lacks():
    question = "董事会决议、监管处罚决定这类文件，行里档案制度要求保存多少年？"
    assert worded(question, FIELDS, CR_16, RECORDS_20)
    assert refused(question, CR_16, RECORDS_20) is None


def test_a_word_of_the_field_no_leading_clause_holds_keeps_it_a_field_the_corpus_lacks():
    # 召开 / 法定人数: the clause names the meeting, not the rule asked of it
    assert not worded("股东大会召开要提前几天通知股东？", FIELDS, RECORDS_20)
    assert refused("董事会表决的法定人数是多少？", RECORDS_20) is not None
    # the question's other words tie it to no clause naming the field: the resolution is a step of another matter
    assert not worded("我们下个月准备给员工发期权，走个董事会决议就行了，我觉得没啥问题。", FIELDS, RECORDS_20)
    # no leading clause the field's pattern matches
    assert not worded("董事会决议要保存多少年？", FIELDS, CR_16)


def test_another_jurisdictions_regime_is_never_lifted_by_a_clause():
    assert not worded("SEC要求的记录保存几年？", US, "SEC要求的记录保存五年。")


# 反洗钱法第四十八条, 商业银行法第十七条 (in part)
AML_48 = "涉及追究洗钱犯罪的司法协助，依照《中华人民共和国国际刑事司法协助法》以及有关法律的规定办理。"
CBL_17 = "商业银行的组织形式、组织机构适用《中华人民共和国公司法》的规定。"


def test_a_question_asking_which_law_governs_is_answered_by_a_clause_handing_it_to_a_law():
    # round 49 (gate/whose_rule.answered_by_a_law_named): the foreign authority told, the unindexed law named
    assert refused("美国司法部通过司法协助要我们配合一起洗钱刑案，这种司法协助按什么规定办？", AML_48) is None
    assert refused("Which law governs a Chinese commercial bank's corporate form - the banking law itself or the "
                   "Company Law?", CBL_17) is None


def test_a_question_asking_something_else_or_a_clause_naming_no_law_keeps_the_refusal():
    assert refused("美国司法部要求的洗钱刑案协助，时限是多少天？", AML_48) is not None
    assert refused("美国司法部通过司法协助要我们配合，这种司法协助按什么规定办？", CR_16) is not None
