"""Round 38: three readings of the grounding verifier's checks, each found on claims written from the law texts that no
earlier check had been tuned on. Sentences taken from or written in the laws' style."""

from assistant.verify.bans_across import bans_the_duty_across
from assistant.verify.polarity import contradictions
from assistant.verify.roles.passives import passive_agent_across

DEFECTS_ZH = ("经营者提供的机动车、计算机、电视机、电冰箱、空调器、洗衣机等耐用商品或者装饰装修等服务，消费者自接受商品或者服务之日起"
              "六个月内发现瑕疵，发生争议的，由经营者承担有关瑕疵的举证责任。")
OPT_OUT_ZH = ("网络平台服务提供者通过自动化决策方式向个人进行信息推送的，应当设置易于理解、便于访问和操作的个性化推荐关闭选项，"
              "为用户提供拒绝接收推送信息、删除针对其个人特征的用户标签等功能。")
SAFEGUARDS_EN = ("1. Processing for archiving purposes in the public interest, scientific or historical research purposes or "
                 "statistical purposes, shall be subject to appropriate safeguards, in accordance with this Regulation, for the "
                 "rights and freedoms of the data subject. Those safeguards shall ensure that technical and organisational "
                 "measures are in place in particular in order to ensure respect for the principle of data minimisation. "
                 "Those measures may include pseudonymisation provided that those purposes can be fulfilled in that manner.")


def test_a_business_as_such_bears_what_the_business_operator_bears():
    claim = "If the consumer finds a defect within six months and a dispute arises, the burden of proof is borne by the business."
    assert passive_agent_across(claim, DEFECTS_ZH) is None


def test_another_named_party_bearing_it_is_still_the_wrong_actor():
    claim = "If the consumer finds a defect within six months and a dispute arises, the burden of proof is borne by the consumer."
    assert passive_agent_across(claim, DEFECTS_ZH) is not None


def test_a_ban_on_what_the_chinese_sentence_requires_is_its_opposite():
    claim = "Platforms that push information by automated decision-making must not offer users an option to switch off personalised recommendations."
    assert bans_the_duty_across(claim, OPT_OUT_ZH) == [("prohibition", "obligation")]
    assert any(f.kind == "polarity" for f in contradictions(claim, OPT_OUT_ZH, "个性化推荐关闭选项 用户 个性化 推荐"))


def test_a_ban_on_a_refusal_or_with_its_own_case_restates_the_duty():
    assert bans_the_duty_across("Platforms must not refuse to offer users an option to switch off personalised recommendations.",
                                OPT_OUT_ZH) == []
    assert bans_the_duty_across("Platforms must not push personalised recommendations to users without an option to switch "
                                "them off.", OPT_OUT_ZH) == []
    assert bans_the_duty_across("Platforms must offer users an option to switch off personalised recommendations.", OPT_OUT_ZH) == []


def test_a_sentence_that_also_forbids_is_not_read_as_a_duty_only():
    both = "商业银行应当保障存款人的合法权益，不得泄露存款人的个人信息。"
    assert bans_the_duty_across("Banks must not protect the depositors' lawful rights.", both) == []


def test_a_choice_set_off_after_may_is_the_claims_option_not_its_case():
    claim = ("Processing for archiving purposes in the public interest or for statistical purposes may, if the controller "
             "chooses, be subject to safeguards for the data subject's rights.")
    assert any(f.kind == "modality" for f in contradictions(claim, SAFEGUARDS_EN))


COMPLAINTS_ZH = ("第二十四条 客户就个人信息处理活动提出的投诉，由消费者权益保护部统一受理、登记和督办，个人信息保护办公室提供专业支持。"
                 "投诉处理结果应当纳入消费者权益保护考核。")


def test_a_policy_units_act_of_office_given_to_another_unit_is_the_wrong_actor():
    from assistant.lexis.lexicon import load_lexicon
    from assistant.verify.departments import act_of_another_department

    words = load_lexicon().chinese_words
    wrong = ("Customer complaints about personal information processing are received and registered centrally by the "
             "Personal Information Protection Office.")
    assert act_of_another_department(wrong, COMPLAINTS_ZH, words) is not None
    assert act_of_another_department(wrong.replace("Personal Information Protection Office", "consumer protection department"),
                                     COMPLAINTS_ZH, words) is None
    assert act_of_another_department("The Personal Information Protection Office gives professional support on customer "
                                     "complaints.", COMPLAINTS_ZH, words) is None


def test_a_penalty_case_closed_by_its_degree_names_the_offence_before_it():
    from assistant.verify.offenders import offence_not_in_article

    transport = ("伪造、变造人民币，出售伪造、变造的人民币，或者明知是伪造、变造的人民币而运输，构成犯罪的，依法追究刑事责任；"
                 "尚不构成犯罪的，由公安机关处十五日以下拘留、一万元以下罚款。")
    holding = ("购买伪造、变造的人民币或者明知是伪造、变造的人民币而持有、使用，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，"
               "由公安机关处十五日以下拘留、一万元以下罚款。")
    claim = "明知是假币还持有、使用，尚不构成犯罪的，由公安机关处十五日以下拘留、一万元以下罚款。"
    assert offence_not_in_article(claim, transport)
    assert not offence_not_in_article(claim, holding)


def test_a_reading_with_figures_of_another_kind_does_not_clear_the_one_of_the_claims_kind():
    article = ("3. Where a notified body decides to cease its conformity assessment activities, it shall inform the notifying "
               "authority and the providers concerned as soon as possible and, in the case of a planned cessation, at least "
               "one year before ceasing its activities.\n\n5. Where its designation has been suspended, restricted, or fully "
               "or partially withdrawn, the notified body shall inform the providers concerned within 10 days.")
    claim = "A notified body that plans to stop its work only has to tell the providers concerned three months in advance."
    assert any(f.kind == "number" for f in contradictions(claim, article))
    assert not contradictions("A notified body that plans to stop its work has to tell the providers concerned at least one "
                              "year in advance.", article)


def test_the_body_imposing_a_fine_does_not_choose_the_case_of_the_figure():
    from assistant.lexis.lexicon import load_lexicon
    from assistant.verify.cases import figure_of_another_case

    article = ("违反本法第四十八条规定，设立用于实施违法犯罪活动的网站、通讯群组，或者利用网络发布涉及实施违法犯罪活动的信息，尚不构成犯罪的，"
               "由公安机关处五日以下拘留，可以并处一万元以上十万元以下罚款；情节较重的，处五日以上十五日以下拘留，可以并处五万元以上五十万元"
               "以下罚款。关闭用于实施违法犯罪活动的网站、通讯群组。\n单位有前款行为的，由公安机关处十万元以上五十万元以下罚款，并对直接负责的"
               "主管人员和其他直接责任人员依照前款规定处罚。")
    claim = ("If someone sets up a website to commit fraud and it is not yet a crime, the police can detain them for up to five "
             "days and may also fine them 10,000 to 100,000 yuan.")
    assert figure_of_another_case(claim, article, load_lexicon().chinese_words) == []


def test_the_peoples_governments_are_a_party_of_their_own():
    from assistant.lexis.parties import actors_in, same_side
    from assistant.verify.bodies import unnamed_body

    governments = "各级人民政府应当加强领导，组织、协调、督促有关行政部门做好保护消费者合法权益的工作，落实保护消费者合法权益的职责。"
    assert any(f.kind == "actor" for f in contradictions("消费者协会应当组织、协调、督促有关行政部门做好保护消费者合法权益的工作。",
                                                         governments))
    assert not contradictions("各级人民政府应当组织、协调、督促有关行政部门做好保护消费者合法权益的工作。", governments)
    assert actors_in("省级以上人民政府有关部门", subjects_only=False) == ["authority"]  # their departments stay authorities
    assert same_side("government", "state")
    # a government opening a claim on an article only the central bank acts in is still a body the article does not name
    assert unnamed_body("地方人民政府按照规定对非银行支付机构进行分类评级。", "中国人民银行按照规定对非银行支付机构进行分类评级。")
