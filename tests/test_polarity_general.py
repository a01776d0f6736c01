"""The general rules of the contradiction checks, one by one, in Chinese and English: each catches its kind of false
claim and lets the faithful paraphrase through (clauses written in the laws' style, not copied from the eval sets)."""

import pytest

from assistant.lexis.quantities import compare, extract_quantities
from assistant.verify.polarity import _duty_pairs, contradictions, modal_classes, statement
from assistant.verify.wording import _whole_words

EFFECT_EN = ("The withdrawal of a mandate shall not affect the lawfulness of acts performed before it. The bank shall keep "
             "the mandate for five years.")
NOT_APPLY_EN = "The obligation to appoint an agent shall not apply to a firm employing fewer than 50 persons."
TRANSFER_ZH = "个人信息处理者委托他人处理客户信息的，应当与受托人约定处理的目的和方式。个人信息处理者应当对受托人的处理活动进行监督。"
ENTRUSTED_EN = "The processor shall process the personal data only on documented instructions from the controller."
ENTRUSTED_ZH = "受托人应当按照约定处理个人信息，不得超出约定的处理目的处理个人信息。"
SWAP_ZH = "在异议处理期间，信息主体可以提交补充材料，征信机构应当予以核查。"
SWAP_EN = "During the review, the data subject may submit additional evidence and the controller shall examine it."
PUBLIC_ZH = "任何单位和个人不得非法买卖客户信息。"
OFFICER_EN = "The compliance officer shall not be removed or penalised by the controller for performing his or her tasks."
REPORT_ZH = "金融机构应当按照规定报告可疑交易。"
AGENCY_USE_ZH = "依法负有监督管理职责的部门获得的客户资料，只能用于监督管理工作。"
CORRECT_ZH = "发现商业银行记录的其个人信息有错误的，有权要求商业银行予以更正。"
REFUSE_ZH = "商业银行拒绝客户请求的，应当说明理由。"
LEGACY_ZH = "银行对逾期记录的保存期限，自逾期行为终止之日起为五年。"
ANSWER_ZH = "银行应当在五个工作日内答复客户的查询；法律另有规定的除外。"
TRANSFER_BAN_ZH = "非经主管机关批准，境内的组织不得向境外司法机构提供客户数据。"
FINE_ZH = "违反本条规定的，处十万元以上一百万元以下罚款。"


@pytest.mark.parametrize("claim, clause, kind", [
    # discretion and restriction are permissions: a duty turned into a choice is a wrong modality
    ("金融机构可视情况决定是否报告可疑交易。", REPORT_ZH, "modality"),
    ("金融机构可以自行决定是否报告可疑交易。", REPORT_ZH, "modality"),
    ("The bank may keep the mandate at its discretion.", EFFECT_EN, "modality"),
    ("The bank may, if it wishes, keep the mandate.", EFFECT_EN, "modality"),
    # roles the laws set against each other: the entrusted party is not the one entrusting it
    ("受托人应当对个人信息处理者的处理活动进行监督。", TRANSFER_ZH, "actor"),
    ("The controller shall process the personal data only on documented instructions.", ENTRUSTED_EN, "actor"),
    # duty holders swapped between two sub-clauses
    ("在异议处理期间，征信机构可以提交补充材料，信息主体应当予以核查。", SWAP_ZH, "actor"),
    ("During the review, the controller may submit additional evidence and the data subject shall examine it.", SWAP_EN, "actor"),
    # passive voice: the duty is the agent's
    ("The data subject shall not remove the compliance officer.", OFFICER_EN, "actor"),
    # a cross-language claim no glossary term ties to a sentence, against a clause of one modal sentence
    ("Organisations in China are free to give customer data to foreign courts on request.", TRANSFER_BAN_ZH, "polarity"),
    # universal words, as whole words
    ("银行一律应当在五个工作日内答复客户的查询。", ANSWER_ZH, "scope"),
    ("无论何种查询，银行都要在五个工作日内答复。", ANSWER_ZH, "scope"),
])
def test_general_rule_catches(claim, clause, kind):
    assert kind in {f.kind for f in contradictions(claim, clause)}, contradictions(claim, clause)


@pytest.mark.parametrize("claim, clause", [
    # legal-effect statements are not prohibitions
    ("A client can withdraw a mandate at any moment; acts done before stay lawful.", EFFECT_EN),
    ("Firms with fewer than 50 employees are exempt from appointing an agent.", NOT_APPLY_EN),
    # an agreement binds both parties
    ("受托人应当与个人信息处理者约定处理的目的和方式。", TRANSFER_ZH),
    # the faithful order of the two duty holders
    ("异议处理期间，信息主体可以补充材料，征信机构应当核查。", SWAP_ZH),
    ("During the review the data subject may add evidence, which the controller shall examine.", SWAP_EN),
    # a rule for everybody binds whichever actor the claim names
    ("商业银行不得非法买卖客户信息。", PUBLIC_ZH),
    ("个人不得非法买卖客户信息。", PUBLIC_ZH),
    # passive without an agent names no duty holder; the patient is not one
    ("The compliance officer cannot be removed for doing his or her job.", OFFICER_EN),
    # 可疑 is not 可 (may); 负有…职责的部门 names an authority, 只能 is a restricted permission
    ("金融机构必须报告可疑交易。", REPORT_ZH),
    ("监管部门取得的客户资料仅能用于监督管理工作。", AGENCY_USE_ZH),
    # the subject is elided: 发现商业银行… does not make the bank the one who has the right
    ("客户发现商业银行记录的个人信息有误时，可以要求商业银行更正。", CORRECT_ZH),
    # the object of a verb is not the duty holder
    ("除非客户同意，银行拒绝客户请求时须说明理由。", REFUSE_ZH),
    # 从不良… is not 从不 (never)
    ("银行保存逾期记录的期限是五年，从不良记录终止之日起算。", LEGACY_ZH),
    # a citation opener names no actor
    ("根据《商业银行法》，商业银行拒绝客户请求的，要说明理由。", REFUSE_ZH),
    ("银行应当在五个工作日内答复客户的查询，法律另有规定的除外。", ANSWER_ZH),
])
def test_general_rule_passes_faithful_paraphrase(claim, clause):
    assert contradictions(claim, clause) == []


def test_modal_readings():
    assert [c for _, c in modal_classes("The withdrawal shall not affect the lawfulness.")] == []
    assert [c for _, c in modal_classes("This shall not apply to small firms.")] == []
    assert [c for _, c in modal_classes("个人有权要求银行更正")] == ["right"]  # 要求 is what the right is to
    assert [c for _, c in modal_classes("可疑交易和可视化报表")] == []
    assert [c for _, c in modal_classes("可视情况决定")][:1] == ["permission"]
    assert [c for _, c in modal_classes("依法负有监督管理职责的部门")] == []


def test_scope_words_are_whole_words():
    assert _whole_words("自不良行为终止之日起，从不良记录删除之日起算", ["从不"]) == []
    assert _whole_words("银行从不删除任何记录", ["从不", "任何"]) == ["从不", "任何"]


def test_duty_holders_in_subject_position_only():
    assert _duty_pairs("银行应当取得客户的书面同意。") == [("institution", "obligation")]
    assert _duty_pairs("经客户同意，银行可以查询。") == [("institution", "permission")]
    assert _duty_pairs("The officer shall not be dismissed by the controller.") == [("controller", "prohibition")]
    assert _duty_pairs("The officer shall not be dismissed.") == [(None, "prohibition")]
    assert _duty_pairs("任何单位和个人不得出售客户信息。") == [("anyone", "prohibition")]


def test_statement_drops_citation_openers():
    assert statement("Under the Commercial Banking Law, a bank shall keep records.") == "a bank shall keep records."
    assert statement("根据《征信业管理条例》的规定，征信机构应当删除。") == "征信机构应当删除。"


def test_quantity_ranges_and_counts():
    assert [q.value for q in extract_quantities("between 200,000 and 2 million yuan")] == [200000, 2000000]
    # a range runs low to high: the lower bound keeps its own magnitude, so the true range matches the clause's
    clause = extract_quantities(FINE_ZH)
    assert compare(extract_quantities("fined between 100,000 and 1 million yuan"), clause) == []
    assert [m.kind for m in compare(extract_quantities("fined between 200,000 and 1 million yuan"), clause)] == ["contradiction"]
    assert [q.value for q in extract_quantities("二十至五十万元")] == [200000, 500000]
    assert [(q.value, q.unit) for q in extract_quantities("提供征信信息五十条以上的")] == [(50, "item")]
    assert extract_quantities("依照本法第五十条、前两条和本条例的规定") == []


@pytest.mark.parametrize("claim, clause, contradicted", [
    ("银行保存客户身份资料不超过十年。", "客户身份资料应当至少保存十年。", True),
    ("客户身份资料至少要保存十年。", "客户身份资料应当至少保存十年。", False),
    ("临时冻结最长不能超过四十八小时。", "临时冻结不得超过四十八小时。", False),
    ("临时冻结至少四十八小时。", "临时冻结不得超过四十八小时。", True),
    ("Logs must be kept for at most six months.", "Logs shall be kept for no less than six months.", True),
    ("Logs must be kept for at least six months.", "Logs shall be kept for no less than six months.", False),
    ("The authority must answer within 30 days.", "The authority shall answer no later than 30 days after receipt.", False),
])
def test_a_floor_is_not_a_ceiling(claim, clause, contradicted):
    mismatches = compare(extract_quantities(claim), extract_quantities(clause))
    assert any(m.kind == "contradiction" for m in mismatches) == contradicted
    assert ("number" in {f.kind for f in contradictions(claim, clause)}) == contradicted


TRANSFER_EN = ("Personal data may be transferred to a third country only where the conditions of this Chapter are met. "
               "Any transfer shall be documented by the controller.")
KEEP_EN = "The bank shall keep the records of a closed account for five years, unless a court orders otherwise."


@pytest.mark.parametrize("claim, clause, overreach", [
    # the universal word must be licensed by the sentence the claim paraphrases, not by another sentence's "any"
    ("The bank must always keep every record of a closed account for five years.", KEEP_EN, True),
    ("The bank must keep the records of a closed account for five years unless a court orders otherwise.", KEEP_EN, False),
    ("Every transfer must be documented by the controller.", TRANSFER_EN, False),
    ("银行对所有查询一律在五个工作日内答复。", "银行应当在五个工作日内答复客户的查询；法律另有规定的除外。", True),
    ("任何单位和个人都不得非法买卖客户信息。", "任何单位和个人不得非法买卖客户信息，但法律另有规定的除外。", False),
])
def test_scope_is_judged_against_the_paraphrased_sentence(claim, clause, overreach):
    assert ("scope" in {f.kind for f in contradictions(claim, clause)}) == overreach


def test_a_bank_may_be_the_entrusted_party_but_the_entrusting_processor_is_not():
    assert contradictions("银行受托处理个人信息时，应当按照约定处理个人信息。", ENTRUSTED_ZH) == []
    assert "actor" in {f.kind for f in contradictions("个人信息处理者应当按照约定处理个人信息，不得超出约定的处理目的。", ENTRUSTED_ZH)}


def test_longest_english_modal_wins():
    assert [c for _, c in modal_classes("The notice shall not be required if the data are encrypted.")] == ["exemption"]
    assert [c for _, c in modal_classes("The data subject shall have the right to object.")] == ["right"]
    assert [c for _, c in modal_classes("Any person shall be entitled to compensation.")] == ["right"]
    assert [c for _, c in modal_classes("The bank may not refuse.")] == ["prohibition"]


def test_a_conditional_claim_may_state_the_exception_the_article_makes_elsewhere():
    clause = ("The controller shall inform the client of a loss without undue delay. The notice shall not be required "
              "if the data were encrypted.")
    assert contradictions("The controller does not need to inform the client if the data were encrypted.", clause) == []
    # the unconditional "need not" paraphrases the first sentence (English sentences end at a full stop), which it inverts
    assert "polarity" in {f.kind for f in contradictions("The controller does not need to inform the client of a loss.", clause)}
    zh = "银行应当及时通知客户。采取加密措施的，可以不通知客户。"
    assert contradictions("如果数据已经加密，银行可以不通知客户。", zh) == []


def test_the_elided_subject_is_the_nearest_one_named_before():
    assert _duty_pairs("单位和个人拒不配合的，金融机构按照规定的程序，可以拒绝办理业务。") == [("institution", "permission")]
    assert _duty_pairs("个人信息处理者委托处理个人信息的，应当与受托人约定处理目的。") == [("processor", "obligation"),
                                                                                         ("entrusted", "obligation")]
    # 客户身份信息 is the customer's data, not the customer
    assert _duty_pairs("客户身份信息发生变更的，应当及时更新。") == [(None, "obligation")]


def test_unconditional_words_need_unconditional_wording_in_the_clause():
    clause = ("When a breach is likely to result in a high risk, the controller shall tell the data subject. This shall not "
              "be required if the data are unintelligible to any person who is not authorised.")
    assert "scope" in {f.kind for f in contradictions("The controller must in every case tell the data subject about a breach.", clause)}
    assert "scope" in {f.kind for f in contradictions("The controller must always tell the data subject about a breach.", clause)}
    assert contradictions("The controller must tell the data subject about a breach that is likely to result in a high risk.",
                          clause) == []


def test_a_ceiling_phrased_around_a_verb():
    assert [(q.raw, q.bound) for q in extract_quantities("客户身份资料最多保存十年")] == [("十年", "max")]
    assert [(q.raw, q.bound) for q in extract_quantities("客户身份资料应当至少保存十年")] == [("十年", "min")]


def test_words_that_only_look_modal():
    assert modal_classes("个人发现其信息不准确的") == []
    assert modal_classes("不可抗力") == []
    assert [c for _, c in modal_classes("不得用于其他目的")] == ["prohibition"]
    assert modal_classes("仅用于约定用途，不用于营销") == []


def test_an_attributive_agreement_does_not_make_the_other_party_a_duty_holder():
    assert _duty_pairs("信息使用者应当按照与信息主体约定的用途使用个人信息。") == [("user", "obligation")]


def test_a_sentence_judges_only_the_modality_it_speaks_of():
    clause = "个人有权请求处理者更正其信息。个人请求更正的，处理者应当及时核实并更正。"
    # the second sentence (a duty of the processor) cannot vouch for "no right": the first one contradicts it
    assert "right" in {f.kind for f in contradictions("个人无权请求处理者更正其信息。", clause)}
    assert contradictions("个人可以请求处理者更正其信息。", clause) == []


def test_every_reading_contradicting_in_some_modal_way_is_enough():
    clause = "金融机构应当建立客户尽职调查制度。金融机构不得为客户开立匿名账户。"
    assert contradictions("Banks may open anonymous accounts for customers.", clause)  # an option vs a duty and a ban
    assert contradictions("Banks must not open anonymous accounts for customers.", clause) == []


def test_parties_of_a_loan_are_actors():
    clause = "借款人到期不归还担保贷款的，商业银行有权要求保证人归还贷款本金和利息。"
    assert "actor" in {f.kind for f in contradictions("借款人到期不还担保贷款时，保证人有权要求商业银行归还本息。", clause)}
    assert contradictions("借款人到期不还担保贷款时，商业银行可以要求保证人归还本息。", clause) == []


def test_english_subjects_open_the_clause_or_stand_before_the_modal():
    assert _duty_pairs("The ratio of loans to a single borrower to capital must not exceed 10%.") == [(None, "prohibition")]
    assert _duty_pairs("A processor that becomes aware of a breach must inform the controller.") == [("processor_eu", "obligation")]
    assert _duty_pairs("Each controller and, where applicable, its representative, shall keep a record.") == [("controller", "obligation")]
    assert _duty_pairs("In such a case the controller shall inform the authority.") == [("controller", "obligation")]
    assert _duty_pairs("Any person shall be entitled to compensation.") == [("anyone", "right")]


def test_a_cross_language_claim_keeps_its_modality_when_the_article_says_it_somewhere():
    clause = "查询个人信息的，应当取得信息主体本人的书面同意。但是，法律规定可以不经同意查询的除外。"
    bridge = "查询 个人信息 书面同意"
    assert not {"polarity", "modality"} & {f.kind for f in contradictions("Banks may query credit data without consent where a law allows it.", clause, bridge)}
    ban = "金融机构不得为客户开立匿名账户或者假名账户。"
    assert contradictions("Banks may open anonymous accounts.", ban, "匿名账户 假名账户 金融机构")


def test_a_modal_verb_governs_its_sub_clause():
    clause = "采集客户人脸信息用于身份核验的，应当同时提供其他核验方式，原始人脸图像不得留存，仅可存储经不可逆处理的特征值。"
    assert "polarity" in {f.kind for f in contradictions("采集人脸信息时，银行可以留存原始人脸图像。", clause)}
    assert contradictions("采集人脸信息时，银行只能存储经不可逆处理的特征值。", clause) == []
    use = "征信信息仅能用于客户书面授权约定的用途，不得未经客户同意向第三方提供。"
    assert "polarity" in {f.kind for f in contradictions("征信信息可以在未经客户同意的情况下提供给第三方。", use)}


def test_inability_is_not_a_prohibition():
    clause = "处理者不能证明自己没有过错的，应当承担损害赔偿责任。"
    assert modal_classes("处理者不能证明自己没有过错") == []
    assert modal_classes("The controller cannot prove that it is not responsible.") == []
    assert "polarity" in {f.kind for f in contradictions("处理者即使不能证明自己没有过错，也不需要承担损害赔偿责任。", clause)}
    assert contradictions("处理者如果不能证明自己没有过错，就要承担损害赔偿责任。", clause) == []


def test_a_right_and_a_ban_on_the_same_act_are_opposite():
    clause = "本行不得以客户不同意处理非必要个人信息为由拒绝提供产品或者服务。"
    assert "right" in {f.kind for f in contradictions("客户不同意处理非必要个人信息的，本行有权拒绝提供服务。", clause)}


# ---- issue 11: duty holders, modality per actor and predicate, conditional claims, sentence structure ------------------

def test_may_not_act_is_no_duty_and_only_may_is_a_restriction():
    assert [c for _, c in modal_classes("确认客户资信良好的，可以不提供担保")] == ["exemption"]
    assert [c for _, c in modal_classes("法律规定可以不经同意查询的")] == ["permission"]  # may query, without consent
    assert [c for _, c in modal_classes("只能用于约定的用途")] == ["restriction"]
    clause = "经银行审查，确认客户资信良好的，可以不提供担保。"
    assert "polarity" in {f.kind for f in contradictions("经银行审查确认客户资信良好的，客户仍必须提供担保。", clause)}
    assert contradictions("银行审查确认客户资信良好的，客户可以不提供担保。", clause) == []
    use = "信息使用者应当按照约定的用途使用客户信息，不得用作约定以外的用途。"
    assert contradictions("信息使用者只能按约定的用途使用客户信息。", use) == []


def test_the_subject_with_a_relative_clause_is_its_head_noun():
    clause = "接受委托处理客户信息的受托人，应当采取必要措施保障信息安全，并协助委托方履行义务。"
    assert _duty_pairs(clause)[0] == ("entrusted", "obligation")
    assert "actor" in {f.kind for f in contradictions("个人信息处理者应当采取必要措施保障受托人所处理信息的安全。", clause)}
    assert contradictions("受托人须采取必要措施保障所处理的客户信息的安全。", clause) == []
    size = "处理个人信息达到国家网信部门规定数量的个人信息处理者应当指定个人信息保护负责人。"
    assert _duty_pairs(size) == [("processor", "obligation")]
    assert "actor" in {f.kind for f in contradictions("国家网信部门应当为达到规定数量的处理者指定个人信息保护负责人。", size)}


def test_a_verb_before_an_actor_does_not_make_it_the_subject():
    # 涉及客户…的 is not "涉 and 客户": the elided subject of 应当及时处理 is the bank of the sentence before
    clause = "银行应当在十五日内处理客户的异议；涉及客户基本的金融服务的，应当及时处理。"
    assert contradictions("异议涉及客户基本的金融服务的，银行应当及时处理。", clause) == []
    assert "actor" in {f.kind for f in contradictions("异议涉及客户基本的金融服务的，客户应当及时处理。", clause)}


def test_a_sentence_without_a_subject_continues_the_one_before():
    clause = "银行应当建立受理客户请求的机制。拒绝客户请求的，应当说明理由。客户可以向监管部门投诉。"
    assert contradictions("银行拒绝客户请求的，必须说明理由。", clause) == []
    # the one the act is directed at (向征信机构) is not the one who must act
    query = "向征信机构查询个人信息的，应当取得信息主体本人的书面同意。"
    assert "actor" in {f.kind for f in contradictions("向征信机构查询个人信息的，征信机构应当取得查询者的书面同意。", query)}
    assert contradictions("银行向征信机构查询个人信息的，须取得信息主体本人的书面同意。", query) == []


def test_a_modal_verb_binds_its_own_subject():
    clause = "在保存期限内，信息主体可以对记录作出说明，征信机构应当予以记载。"
    assert contradictions("保存期限内，征信机构须记载信息主体对记录作出的说明。", clause) == []
    assert "modality" in {f.kind for f in contradictions("保存期限内，征信机构可以记载信息主体的说明，也可以不记载。", clause)} \
        or "polarity" in {f.kind for f in contradictions("保存期限内，征信机构可以记载信息主体的说明，也可以不记载。", clause)}


def test_a_right_continues_into_the_demand_that_follows_it():
    clause = "客户认为银行记录的信息有错误的，有权向银行提出异议，要求更正。"
    assert "right" in {f.kind for f in contradictions("客户认为银行记录的信息有错误的，无权要求更正。", clause)}
    assert contradictions("客户认为银行记录的信息有错误的，可以提出异议并要求更正。", clause) == []


def test_the_duty_holder_is_judged_by_the_sentence_giving_the_same_kind_of_statement():
    clause = ("借款人应当按期归还贷款的本金和利息。借款人到期不归还担保贷款的，商业银行有权要求保证人归还贷款本金和利息。")
    assert "actor" in {f.kind for f in contradictions("商业银行应当按期向借款人归还贷款的本金和利息。", clause)}
    assert contradictions("借款人必须按期归还贷款本金和利息。", clause) == []


def test_a_conditional_claim_is_judged_by_the_rule_for_its_case():
    clause = ("发生信息泄露的，银行应当立即采取补救措施，并通知客户。通知应当包括客户可以采取的减轻危害的措施。")
    assert "modality" in {f.kind for f in contradictions("发生信息泄露的，银行可以采取补救措施。", clause)}
    assert contradictions("信息泄露时，银行须立即采取补救措施并通知客户。", clause) == []
    # a claim restating the exception the sentence makes agrees with it, even after a semicolon
    publish = "银行可以在合理的范围内处理客户自行公开的信息；客户明确拒绝的除外。"
    assert contradictions("客户明确拒绝的，银行不能处理其自行公开的信息。", publish) == []
    assert contradictions("取得客户单独同意的，银行可以公开其信息。", "银行不得公开其处理的客户信息，取得客户单独同意的除外。") == []


def test_modality_is_judged_by_the_sentence_about_what_the_modal_verb_governs():
    clause = ("2. Where account data are used for direct marketing purposes, the customer shall have the right to object at any "
              "time to such use.\n3. Where the customer objects to use for direct marketing purposes, the account data shall no "
              "longer be used for such purposes.")
    assert "right" in {f.kind for f in contradictions(
        "Where account data are used for direct marketing purposes, the customer has no right to object to such use.", clause)}
    assert contradictions("Where accounts are used for direct marketing, the customer may object to such use.", clause) == []


def test_english_sentences_end_at_a_full_stop():
    clause = ("3. The bank shall ensure that the auditor receives no instructions. He or she shall not be dismissed by the "
              "bank for performing his tasks. The auditor shall report to the board.")
    assert "polarity" in {f.kind for f in contradictions("The bank may dismiss the auditor for performing his tasks.", clause)}
    assert contradictions("The bank must not dismiss the auditor for performing his or her tasks.", clause) == []
    assert "exemption" in [c for _, c in modal_classes("a list of operations for which no assessment is required")]


def test_numbers_of_two_sentences_joined_in_one_claim():
    clause = "（一）资本充足率不得低于百分之八；（二）对同一借款人的贷款余额与资本余额的比例不得超过百分之十；"
    assert contradictions("资本充足率不得低于百分之八，对同一借款人的贷款余额与资本余额的比例不得超过百分之十。", clause) == []
    assert "number" in {f.kind for f in contradictions("对同一借款人的贷款余额与资本余额的比例不得超过百分之八。", clause)}


def test_a_bound_word_may_govern_a_verb_and_a_unit_an_adjective():
    assert [(q.raw, q.bound) for q in extract_quantities("临时冻结至少持续四十八小时")] == [("四十八小时", "min")]
    assert [(q.value, q.unit) for q in extract_quantities("extended by two further months")] == [(2, "month")]
    assert "number" in {f.kind for f in contradictions("The period may be extended by three further months.",
                                                         "That period may be extended by two further months where necessary.")}


def test_irrespective_licenses_whatever():
    clause = ("1. Where two banks jointly decide, they shall set their roles in an arrangement. 3. Irrespective of the terms "
              "of the arrangement, the customer may exercise his or her rights against each of the banks.")
    assert contradictions("Whatever the arrangement says, the customer may exercise his or her rights against each bank.",
                          clause) == []


def test_every_party_of_a_coordinated_subject_holds_the_duty():
    clause = "征信机构或者信息提供者、信息使用者采用格式合同条款取得客户同意的，应当在合同中作出足以引起客户注意的提示。"
    assert contradictions("信息使用者用格式条款取得客户同意的，须在合同中作出足以引起客户注意的提示。", clause) == []
    assert "actor" in {f.kind for f in contradictions("采用格式合同条款取得同意的，客户应当在合同中作出足以引起征信机构注意的提示。", clause)}


def test_no_need_is_no_duty():
    clause = "银行收集客户信息，应当公开收集规则。"
    assert "polarity" in {f.kind for f in contradictions("银行收集客户信息时，没有必要公开收集规则。", clause)}
    assert contradictions("银行收集客户信息时，必须公开收集规则。", clause) == []


def test_whatever_the_circumstances_needs_like_wording_even_beside_any_person():
    clause = "对单位存款，银行有权拒绝任何单位或者个人冻结，但法律另有规定的除外。"
    assert "scope" in {f.kind for f in contradictions("对单位存款，银行在所有情况下均有权拒绝任何单位或者个人冻结。", clause)}
    assert contradictions("对单位存款，银行有权拒绝任何单位或者个人冻结，法律另有规定的除外。", clause) == []


def test_being_subject_to_a_decision_is_no_condition_of_the_claim():
    clause = ("1. The customer shall have the right not to be subject to a decision based solely on automated scoring. "
              "2. Paragraph 1 shall not apply if the decision is based on the customer's explicit consent.")
    assert "scope" in {f.kind for f in contradictions(
        "Customers can never be subject to decisions based solely on automated scoring, whatever the circumstances.", clause)}
    assert contradictions("Customers have the right not to be subject to decisions based solely on automated scoring, "
                          "unless they explicitly consent.", clause) == []


def test_english_names_for_the_chinese_laws_roles():
    assert _duty_pairs("Users must keep the data confidential.") == [("individual", "obligation")]
    assert _duty_pairs("The competent authorities must assess the risks.") == [("authority", "obligation")]
    assert _duty_pairs("Credit information users must use the data only for the agreed purpose.")[0][0] == "user"
    clause = "网络运营者应当对其收集的用户信息严格保密。"
    assert "actor" in {f.kind for f in contradictions("Users must keep the information network operators collect strictly "
                                                       "confidential.", clause, "用户信息 严格保密 网络运营者")}
    assert contradictions("Network operators must keep the user information they collect strictly confidential.", clause,
                          "用户信息 严格保密 网络运营者") == []


def test_the_last_actor_of_a_compound_noun_is_its_head():
    from assistant.lexis.parties import actors_in

    assert actors_in("银行业监督管理机构根据履行职责的需要") == ["authority:banking"]  # the banking regulator by name
    assert actors_in("金融机构客户应当如实提供身份证件") == ["individual"]
    clause = "银行业监督管理机构根据履行职责的需要，有权要求银行业金融机构报送财务会计报表。"
    assert "actor" in {f.kind for f in contradictions("银行业金融机构有权要求银行业监督管理机构报送财务会计报表。", clause)}
    assert contradictions("银行业监督管理机构可以要求银行业金融机构报送财务会计报表。", clause) == []


def test_a_determiner_does_not_hide_the_object():
    clause = "银行提供的服务应当符合国家标准。发现服务存在安全漏洞时，应当立即采取补救措施，并向有关主管部门报告。"
    assert "actor" in {f.kind for f in contradictions("发现服务存在安全漏洞时，有关主管部门应当立即采取补救措施。", clause)}
    assert contradictions("发现服务存在安全漏洞时，银行应当立即采取补救措施并向有关主管部门报告。", clause) == []


def test_a_figure_given_to_the_case_the_sentence_gives_another():
    # "X years for A, and Y years for B" (the drafting of AI Act Art. 44(2)): each figure goes with its own "for" case
    clause = ("2. Licences shall be valid for the period they indicate, which shall not exceed six years for systems "
              "listed in Annex I, and three years for systems listed in Annex III.")
    found = contradictions("Licences for systems listed in Annex III are valid for up to six years.", clause)
    assert "number" in {f.kind for f in found}
    assert contradictions("Licences for systems listed in Annex III are valid for up to three years.", clause) == []
    assert contradictions("Licences for systems listed in Annex I are valid for at most six years.", clause) == []
    # both cases named: no single case to give the figure to
    assert contradictions("Licences are valid for up to six years for Annex I systems and three years for Annex III "
                          "systems.", clause) == []
