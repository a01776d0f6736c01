"""The coverage gate, issue 11 round 23: a word no indexed clause names counts against a question only where it
asks. A case told in a sentence of its own names particulars (a partner's scheme, a client's convenience) that are not
what is asked, when the asking sentence names its own topic in the texts' words; a question pointing back at the case
("Is that allowed?") asks about the case, and one naming the unknown thing where it asks is refused as before."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import CoverageFloors, assess

# share of clauses holding each word; a word not listed is in no clause
DOC_FREQ = {w: 0.01 for w in ("personal", "data", "controller", "disclosed", "recipient", "recipients", "processing",
                              "processed", "security", "partner", "customers", "share")}
# GDPR Art. 5(1)(f), in part
CLAUSE = ("Personal data shall be processed in a manner that ensures appropriate security of the personal data, "
          "including protection against unauthorised or unlawful processing")
TOKENS = ["personal", "data", "processed", "processing", "security", "unauthorised", "unlawful"]
BETWEEN = (CoverageFloors().similarity_en + CoverageFloors().no_overlap_en) / 2  # above the weak floor, below no-overlap


def gate(question: str):
    hit = SimpleNamespace(similarity=BETWEEN, sources=("dense",),
                          clause=SimpleNamespace(text=CLAUSE, doc_id="gdpr", chunk_id="gdpr:a5:0", article=5))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[])
    return assess(question, retrieval, load_catalog(), lambda h: TOKENS, CoverageFloors(),
                  doc_freq=lambda w: DOC_FREQ.get(w, 0.0))


def test_a_particular_of_the_case_told_apart_is_not_what_is_asked():
    told = "A partner wants to share personal data of our customers for its Zeppelin raffle. "
    assert gate(told + "Which personal data may the controller disclose to such a recipient?").covered


def test_the_unknown_word_where_it_asks_is_still_refused():
    refused = gate("A partner wants to share personal data of our customers. "
                   "Which personal data may the controller disclose for a Zeppelin raffle?")
    assert not refused.covered and refused.kind == "unnamed"
    # in a question of one sentence, too
    assert not gate("Which personal data may the controller disclose for a Zeppelin raffle?").covered


def test_a_question_pointing_back_at_the_case_asks_about_the_case():
    refused = gate("A partner wants to share personal data of our customers for its Zeppelin raffle. "
                   "Is that allowed?")
    assert not refused.covered


def test_a_retention_period_asked_in_english_is_the_one_of_the_object_kept():
    from assistant.retrieval.gate.asked_kinds import _kept_object_en, _names_kept_object

    asked = _kept_object_en("How long must we keep work chats on our messaging app under the retention policy?")
    assert asked == {"work", "chats"}
    # 反洗钱法第三十四条 keeps customer identification files, not chats
    assert not _names_kept_object("客户身份资料在业务关系结束后应当至少保存十年", asked)
    # the object named in the texts' Chinese (the dictionary's 人事 for personnel, the lexicon's 记录 for records)
    personnel = _kept_object_en("How long do we have to keep personnel files after someone leaves?")
    assert _names_kept_object("员工人事档案自员工离职之日起保存三十年", personnel)
    records = _kept_object_en("How many years must a bureau retain transaction records?")
    assert _names_kept_object("客户交易记录自交易结束后保存五年", records)
    # a pronoun names no kind; a sentence keeping nothing is not judged by it
    assert _kept_object_en("We did an assessment. How many years do we have to keep it?") == frozenset()
    assert _names_kept_object("应当自收到请求之日起十五个工作日内答复", asked)


def test_a_rate_named_in_the_case_is_not_asked():
    from assistant.retrieval.asked_facts import asked_groups

    assert "percent" not in asked_groups("合约里写着本行有权随时调整费率，这种条款有效吗？")
    assert "percent" in asked_groups("分期手续费率是多少？")
    assert "percent" in asked_groups("信用卡分期的费率上限是怎么规定的？")


def test_an_institution_kind_named_in_english_and_a_list_item_read_with_its_lead():
    from types import SimpleNamespace as NS

    from assistant.retrieval.gate.stated import _lead_of
    from assistant.retrieval.sibling_kinds import kinds_named, names_other_kinds

    asked = kinds_named("We're setting up a consumer finance subsidiary: what's the minimum registered capital?")
    assert asked == {"institution": {"consumer finance company"}}
    assert kinds_named("What capital does a city commercial bank need?") == {"institution": {"city bank"}}
    # 征信业管理条例第六条: the item states the credit agency's capital, its lead says whose
    clause = NS(clause=NS(text="第六条 设立经营个人征信业务的征信机构，应当符合下列条件\n（二）注册资本不少于人民币5000万元"))
    item = "（二）注册资本不少于人民币5000万元"
    lead = _lead_of(item, clause)
    assert "征信机构" in lead and names_other_kinds(asked, item + lead)
    assert _lead_of("第六条 设立经营个人征信业务的征信机构，应当符合下列条件", clause) == ""
