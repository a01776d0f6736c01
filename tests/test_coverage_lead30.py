"""Round 30 (lead): the object of an English retention question read whole through the glossary. "KYC files" names the
customer identification records the texts keep (反洗钱法第三十四条, the record-retention policy's 第十四条) though
neither "KYC" (due diligence) nor "files" does alone; an object no entry reads as kept records gets nothing from it."""

from assistant.retrieval.gate.asked_kinds import _kept_object_en, _kept_object_terms_en, _names_kept_object

POLICY_14 = "客户身份资料自业务关系结束后、客户交易记录自交易结束后，保存五年。"
AML_34 = "客户身份资料在业务关系结束后、客户交易信息在交易结束后，应当至少保存十年。"


def test_a_business_phrase_names_its_kept_object_in_the_texts_words():
    asking = "How long do we keep KYC files after a customer relationship ends?"
    words, terms = _kept_object_en(asking), _kept_object_terms_en(asking)
    assert not _names_kept_object(POLICY_14, words)  # word by word the sentence names neither KYC nor files
    assert _names_kept_object(POLICY_14, words, terms)
    assert _names_kept_object(AML_34, words, terms)


def test_an_object_no_entry_reads_as_kept_records_stays_unnamed():
    asking = "How long must we keep work chats on our messaging app?"
    words, terms = _kept_object_en(asking), _kept_object_terms_en(asking)
    assert not _names_kept_object(AML_34, words, terms)


def test_no_retention_asked_no_terms():
    assert _kept_object_terms_en("Do we need KYC files for corporate customers?") == frozenset()


def test_a_definition_paragraph_names_the_parts_of_the_term_kept():
    from assistant.retrieval.gate.asked_kinds import defined_parts, with_defined_parts

    article = ("第十四条 客户身份资料自业务关系结束后、客户交易记录自交易结束后，保存五年。\n\n前款所称客户身份资料，包括开户申请书、"
               "身份证件影印件、客户尽职调查记录、受益所有人识别资料等；客户交易记录包括交易凭证、交易流水等。")
    parts = defined_parts([article])
    assert parts == {"客户身份资料": "开户申请书、身份证件影印件、客户尽职调查记录、受益所有人识别资料等"}
    sentence = "客户身份资料自业务关系结束后、客户交易记录自交易结束后，保存五年。"
    asking = "How long do we need to retain CDD documents after the customer leaves us?"
    words, terms = _kept_object_en(asking), _kept_object_terms_en(asking)
    assert not _names_kept_object(sentence, words, terms)  # the sentence alone says 客户身份资料, not due diligence
    assert _names_kept_object(with_defined_parts(sentence, parts), words, terms)
    # a sentence not using the defined term gains nothing
    assert with_defined_parts("征信查询授权书及其查询记录，自查询之日起保存五年。", parts).endswith("保存五年。")
