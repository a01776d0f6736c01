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
