"""Round 35: a Chinese claim whose subject is a thing, before its modal verb, is a notional passive (支付账户必须用用户的
真实身份开立: the account is what is opened), not a thing made the actor; a party the sentence names only as an object is
still caught. Sentences written in the laws' style for these tests."""

from assistant.verify.roles.objects import subject_only_as_object

ACCOUNTS_ZH = "非银行支付机构为用户开立支付账户，应当核实用户身份，防止开立匿名、假名支付账户。"
AUDIT_ZH = "个人信息处理者应当定期委托专业机构对其处理个人信息遵守法律、行政法规的情况进行合规审计。"


def test_a_thing_as_the_topic_of_a_chinese_claim_is_no_actor():
    assert not subject_only_as_object("支付账户必须用用户的真实身份开立。", ACCOUNTS_ZH)


def test_a_party_named_only_as_an_object_is_still_the_wrong_actor():
    assert subject_only_as_object("专业机构应当定期对个人信息处理者进行合规审计。", AUDIT_ZH)
