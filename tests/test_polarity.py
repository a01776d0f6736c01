"""Deterministic contradiction checks: a claim that inverts its clause is caught; faithful paraphrases pass."""

import pytest

from assistant.verify.polarity import contradictions, modal_classes, wording_share

PIPL14 = "基于个人同意处理个人信息的，该同意应当由个人在充分知情的前提下自愿、明确作出。"
PIPL29 = "处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定处理敏感个人信息应当取得书面同意的，从其规定。"
PIPL15 = "基于个人同意处理个人信息的，个人有权撤回其同意。个人信息处理者应当提供便捷的撤回同意的方式。"
CREDIT14 = "禁止征信机构采集个人的宗教信仰、基因、指纹、血型、疾病和病史信息以及法律、行政法规规定禁止采集的其他个人信息。"
GDPR17 = ("The data subject shall have the right to obtain from the controller the erasure of personal data concerning "
          "him or her without undue delay and the controller shall have the obligation to erase personal data without "
          "undue delay where one of the following grounds applies:")
GDPR33 = ("In the case of a personal data breach, the controller shall without undue delay and, where feasible, not later "
          "than 72 hours after having become aware of it, notify the personal data breach to the supervisory authority.")


@pytest.mark.parametrize("claim, clause, kind", [
    ("处理敏感个人信息无需取得个人的单独同意。", PIPL29, "polarity"),
    ("处理敏感个人信息可以取得个人的单独同意。", PIPL29, "modality"),
    ("征信机构可以采集个人的指纹和基因信息。", CREDIT14, "polarity"),
    ("个人无权撤回其同意。", PIPL15, "right"),
    ("个人应当提供便捷的撤回同意的方式。", PIPL15, "actor"),
    ("在任何情况下处理敏感个人信息都只需取得书面同意。", PIPL29, "scope"),
    ("The controller is never obliged to erase personal data.", GDPR17, "polarity"),
    ("The data subject has no right to obtain erasure of personal data from the controller.", GDPR17, "right"),
    ("The controller may notify a personal data breach to the supervisory authority if it wishes.", GDPR33, "modality"),
    ("The data subject shall notify the personal data breach to the supervisory authority within 72 hours.", GDPR33, "actor"),
    ("The controller must always notify every personal data breach to the supervisory authority.", GDPR33, "scope"),
])
def test_inverted_claims_are_found(claim, clause, kind):
    assert kind in {f.kind for f in contradictions(claim, clause)}


@pytest.mark.parametrize("claim, clause", [
    ("处理敏感个人信息应当取得个人的单独同意。", PIPL29),
    ("银行处理客户的敏感个人信息，须取得客户的单独同意。", PIPL29),
    ("个人有权撤回同意，个人信息处理者应当提供便捷的撤回方式。", PIPL15),
    ("个人可以撤回其同意。", PIPL15),
    ("征信机构不得采集个人的宗教信仰和基因信息。", CREDIT14),
    ("基于同意处理个人信息时，同意应当由个人在充分知情的前提下自愿、明确作出。", PIPL14),
    ("The data subject has the right to obtain erasure of their personal data without undue delay where one of the grounds applies.", GDPR17),
    ("The controller shall notify a personal data breach to the supervisory authority within 72 hours where feasible.", GDPR33),
])
def test_faithful_paraphrases_pass(claim, clause):
    assert contradictions(claim, clause) == []


def test_a_claim_about_no_sentence_of_the_clause_is_not_judged_here():
    assert contradictions("商业银行应当遵守资本充足率的规定。", PIPL29) == []


def test_cross_language_claims_are_compared_through_the_bridge_or_every_modal_sentence_of_a_short_clause():
    claim = "A credit reporting agency may collect an individual's fingerprints."
    assert {f.kind for f in contradictions(claim, CREDIT14, bridge="征信机构 采集 指纹")} == {"polarity"}
    # no glossary term ties it to a sentence: the clause's one modal sentence forbids what the claim allows
    assert {f.kind for f in contradictions(claim, CREDIT14)} == {"polarity"}
    assert contradictions("A credit reporting agency must not collect an individual's fingerprints.", CREDIT14) == []
    # a long clause whose modal sentences disagree is left to the second model
    long_clause = "。".join(["征信机构不得采集指纹", "征信机构可以采集企业信息", "信息提供者应当告知", "信息使用者不得滥用"]) + "。"
    assert contradictions("A credit reporting agency may collect fingerprints.", long_clause) == []


def test_modal_words_that_only_look_modal_are_ignored():
    assert modal_classes("行政许可与相应的应用") == []
    assert [c for _, c in modal_classes("不得采集；但是可以查询")] == ["prohibition", "permission"]
    # 要求 after 按 / 符合 and the source that requires it: a manner ("as the law requires"), no duty
    assert modal_classes("第三方没有按法律要求采取措施的") == []
    assert modal_classes("符合本法要求的客户尽职调查措施") == []
    assert [c for _, c in modal_classes("银行应当按要求报送")] == ["obligation"]


def test_an_option_both_ways_is_no_duty():
    # "may, but is not required to": one exemption, no permission of its own beside it
    assert [c for _, c in modal_classes("The processor may, but is not required to, keep a record.")] == ["exemption"]
    assert [c for _, c in modal_classes("The processor may but need not keep a record.")] == ["exemption"]
    assert [c for _, c in modal_classes("The bank may refuse, but must explain why.")] == ["permission", "obligation"]


def test_wording_share():
    assert wording_share("处理敏感个人信息应当取得单独同意", PIPL29) > 0.8
    assert wording_share("商业银行的资本充足率不得低于百分之八", PIPL29) < 0.3


# Claims written by reading the articles (true ones paraphrase; false ones change the duty holder, modality or scope).
ON_REAL_ARTICLES = [
    ("pipl-2021", 55, "履行个人信息保护职责的部门应当事前进行个人信息保护影响评估。", False),
    ("pipl-2021", 55, "处理敏感个人信息前，个人信息处理者应当事前进行个人信息保护影响评估。", True),
    ("gdpr", 35, "The processor shall carry out an assessment of the impact of the envisaged processing operations prior to the processing.", False),
    ("gdpr", 35, "The controller shall carry out a data protection impact assessment prior to high-risk processing.", True),
    ("gdpr", 28, "The data subject shall use only processors providing sufficient guarantees.", False),
    ("gdpr", 28, "The controller shall use only processors providing sufficient guarantees to implement appropriate measures.", True),
    ("gdpr", 37, "The processor shall designate a data protection officer where its core activities consist of large-scale monitoring.", True),
    ("gdpr", 33, "The controller may choose whether to notify the supervisory authority of a personal data breach.", False),
    ("aml-law-2024", 35, "金融机构可以自行决定是否报告大额交易和可疑交易。", False),
    ("aml-law-2024", 35, "金融机构应当按照规定执行大额交易报告制度。", True),
    ("pipl-2021", 21, "受托人应当与个人信息处理者约定委托处理的目的、期限、处理方式。", True),
    ("pipl-2021", 21, "个人应当对受托人的个人信息处理活动进行监督。", False),
    ("pipl-2021", 13, "个人信息处理者在任何情况下都必须取得个人同意才能处理个人信息。", False),
    ("pipl-2021", 13, "为订立、履行个人作为一方当事人的合同所必需的，个人信息处理者可以不取得个人同意处理个人信息。", True),
]


@pytest.mark.parametrize("doc, article, claim, true", ON_REAL_ARTICLES)
def test_claims_on_real_articles(small_assistant, doc, article, claim, true):
    clause = small_assistant.view.find_article([doc], article)
    text = small_assistant.view.full_article(clause.chunk_id).text
    assert (contradictions(claim, text) == []) == true


# LLM-style paraphrases written while generalising the checks (a development probe, not an eval set): the true
# ones must pass, the false ones must be caught. Articles outside planted_claims_holdout.jsonl where possible.
PARAPHRASES = [
    ('aml-law-2024', 28, '银行不能为身份不明的客户提供服务，也不能为客户开立匿名或假名账户。', True),
    ('aml-law-2024', 32, '如果依托第三方做客户尽职调查，金融机构要先评估第三方的风险状况和履行反洗钱义务的能力。', True),
    ('aml-law-2024', 32, '第三方没有采取符合要求的尽调措施时，由金融机构承担未履行尽职调查义务的法律责任。', True),
    ('aml-law-2024', 34, 'Under the AML Law, customer identity records must be kept for at least ten years after the business relationship ends.', True),
    ('aml-law-2024', 38, '客户拒不配合合理的尽职调查措施时，金融机构可以按规定程序限制或拒绝办理业务，甚至终止业务关系。', True),
    ('aml-law-2024', 39, '对洗钱风险管理措施有异议的客户可以向金融机构提出，金融机构须在十五日内处理并答复。', True),
    ('aml-law-2024', 39, '客户逾期没有收到答复或对结果不满意的，可以向反洗钱行政主管部门投诉，也可以直接起诉。', True),
    ('gdpr', 33, 'In a personal data breach, the controller has to notify the supervisory authority without undue delay and, where feasible, within 72 hours, unless the breach is unlikely to result in a risk.', True),
    ('gdpr', 33, 'A processor that becomes aware of a personal data breach must inform the controller without undue delay.', True),
    ('gdpr', 33, 'Where it is not possible to provide all the information at once, it can be provided in phases.', True),
    ('gdpr', 34, 'The controller does not need to notify data subjects of a breach if the data were encrypted and unintelligible to unauthorised persons.', True),
    ('gdpr', 34, 'If a breach is likely to result in a high risk to individuals, the controller must tell the affected data subjects without undue delay.', True),
    ('gdpr', 18, 'A data subject may ask the controller to restrict processing while the accuracy of the data is being verified.', True),
    ('gdpr', 26, 'Joint controllers have to set out their respective responsibilities in an arrangement, and the data subject can exercise their rights against each of them.', True),
    ('credit-reporting-regulation-2013', 13, '征信机构采集个人信息，原则上需要征得信息主体本人同意，依法公开的信息除外。', True),
    ('credit-reporting-regulation-2013', 22, '征信机构的工作人员不得超越权限查询信息，也不得泄露工作中获取的信息。', True),
    ('credit-reporting-regulation-2013', 29, '银行向金融信用信息基础数据库报送信贷信息，应事先取得客户的书面同意。', True),
    ('commercial-bank-law-2015', 33, '商业银行必须保证存款本息的支付，不能拖延或拒绝支付。', True),
    ('commercial-bank-law-2015', 49, '商业银行要在公告的营业时间内营业，不得擅自停业或缩短营业时间。', True),
    ('commercial-bank-law-2015', 53, '银行员工不能泄露任职期间知道的国家秘密和商业秘密。', True),
    ('pipl-2021', 17, '处理个人信息前，银行需要以显著方式、清晰易懂的语言告知客户处理目的、处理方式和保存期限等事项。', True),
    ('pipl-2021', 23, "Under PIPL, a handler that provides personal information to another handler must inform the individual of the recipient's identity and obtain separate consent.", True),
    ('pipl-2021', 47, '处理目的已经实现的，个人信息处理者要主动删除个人信息；没删的，个人可以要求删除。', True),
    ('pipl-2021', 58, '大型平台类个人信息处理者需定期发布个人信息保护社会责任报告。', True),
    ('cybersecurity-law-2025-amended', 24, '网络产品和服务的提供者不得设置恶意程序，发现安全漏洞时要立即补救并及时告知用户。', True),
    ('cybersecurity-law-2025-amended', 42, '网络运营者必须对收集的用户信息严格保密，并建立健全用户信息保护制度。', True),
    ('gdpr', 82, 'Anyone who suffers damage from a GDPR infringement can claim compensation from the controller or processor.', True),
    ('gdpr', 15, 'Data subjects are entitled to get confirmation from the controller as to whether their personal data are being processed.', True),
    ('gdpr', 21, 'Once the data subject objects to direct marketing, the controller can no longer process the data for that purpose.', True),
    # round 21: a rule-by-rule paraphrase of a sentence of two rules (an option limited to one, a ban on more), and
    # 要求 after the source that requires it (按法规要求: a manner, no duty of the sub-clause's subject)
    ('commercial-bank-law-2015', 48, '企业事业单位只可以在一家商业银行开一个基本账户，不得开立两个以上基本账户。', True),
    ('aml-law-2024', 32, '第三方的尽调措施不符合本法要求的，法律责任由依托它的金融机构承担。', True),
    ('aml-law-2024', 32, '第三方未按法律要求采取尽调措施的，未履行尽调义务的责任仍由金融机构承担。', True),
    ('commercial-bank-law-2015', 48, '企业事业单位可以开立两个以上基本账户。', False),
    ('credit-reporting-regulation-2013', 18, 'Anyone querying personal information at a credit agency may, but need not, obtain the written consent of the data subject.', False),
    ('aml-law-2024', 28, '金融机构可以为有隐私需求的客户开立匿名账户。', False),
    ('aml-law-2024', 34, '客户身份资料在业务关系结束后最多保存十年。', False),
    ('aml-law-2024', 39, '客户对风险管理措施有异议的，金融机构可以自主决定是否答复。', False),
    ('aml-law-2024', 38, '金融机构应当配合客户的尽职调查，提供真实有效的身份证明文件。', False),
    ('gdpr', 33, 'The controller never has to notify a breach to the supervisory authority.', False),
    ('gdpr', 33, 'The supervisory authority must notify the controller of a personal data breach within 72 hours.', False),
    ('gdpr', 34, 'The controller must in every case tell the data subjects about a breach.', False),
    ('credit-reporting-regulation-2013', 29, '银行向金融信用信息基础数据库报送信贷信息，无需取得客户书面同意。', False),
    ('commercial-bank-law-2015', 49, '商业银行可以根据需要自行缩短营业时间。', False),
    ('pipl-2021', 47, '个人没有删除请求权，只能等处理者主动删除。', False),
    ('cybersecurity-law-2025-amended', 42, '用户应当对网络运营者收集的信息严格保密。', False),
    ('gdpr', 82, 'Only the controller, never the processor, can be liable for damage under the GDPR.', False),
]



PARAPHRASES += [
    ('pipl-2021', 16, '除非处理个人信息是提供产品或服务所必需，银行不得因客户不同意或撤回同意而拒绝提供服务。', True),
    ('pipl-2021', 27, '对于个人自行公开的信息，处理者可以在合理范围内处理，但个人明确拒绝的除外。', True),
    ('pipl-2021', 30, '处理敏感个人信息时，除一般告知事项外，处理者还要告知处理的必要性以及对个人权益的影响。', True),
    ('pipl-2021', 46, '个人发现自己的个人信息不准确或不完整时，可以请求处理者更正、补充。', True),
    ('pipl-2021', 48, 'Under PIPL, individuals are entitled to ask the handler to explain its personal information processing rules.', True),
    ('pipl-2021', 69, '处理者如果不能证明自己没有过错，就要对造成的损害承担赔偿责任。', True),
    ('pipl-2021', 41, '未经主管机关批准，银行不得把存储在境内的个人信息提供给外国司法或执法机构。', True),
    ('gdpr', 12, 'The controller must act on a data subject request within one month, which can be extended by two further months where necessary.', True),
    ('gdpr', 12, 'Where requests are manifestly unfounded or excessive, the controller may charge a reasonable fee or refuse to act.', True),
    ('gdpr', 12, "If the controller has reasonable doubts about the requester's identity, it can ask for additional information to confirm it.", True),
    ('gdpr', 17, 'The right to erasure does not apply where processing is needed for the establishment, exercise or defence of legal claims.', True),
    ('gdpr', 20, 'Data subjects have the right to receive their data in a structured, commonly used and machine-readable format where processing is based on consent or contract and carried out by automated means.', True),
    ('gdpr', 21, 'The data subject can object at any time to processing for direct marketing.', True),
    ('gdpr', 22, "The ban on solely automated decisions does not apply where the decision is based on the data subject's explicit consent.", True),
    ('gdpr', 28, 'A processor needs prior written authorisation from the controller before engaging another processor.', True),
    ('gdpr', 37, 'A group of companies can appoint one DPO for the whole group, provided the DPO is easily accessible from each establishment.', True),
    ('gdpr', 37, '处理者和控制者的核心活动涉及大规模系统监控数据主体的，应当指定数据保护官。', True),
    ('gdpr', 12, '数据主体提出请求的，控制者应当在收到请求后一个月内提供所采取行动的信息。', True),
    ('aml-law-2024', 34, '金融机构解散或破产时，须把客户身份资料和交易信息移交给国务院有关部门指定的机构。', True),
    ('aml-law-2024', 28, 'Banks are prohibited from opening anonymous or pseudonymous accounts for customers.', True),
    ('aml-law-2024', 35, 'Under the AML Law, financial institutions must report large-value transactions above the prescribed amount to the AML monitoring and analysis center in a timely manner.', True),
    ('credit-reporting-regulation-2013', 16, 'Under the Credit Reporting Regulation, the data subject may add an explanation to negative information during its retention period, and the agency must record it.', True),
    ('credit-reporting-regulation-2013', 20, 'Credit information users must use personal information only for the purpose agreed with the data subject.', True),
    ('commercial-bank-law-2015', 42, 'If a borrower fails to repay a guaranteed loan at maturity, the bank has the right to require the guarantor to repay or to be paid first from the collateral.', True),
    ('cybersecurity-law-2025-amended', 43, 'Network operators must collect and use personal information lawfully, legitimately and only as necessary, and with the consent of the people concerned.', True),
    ('cybersecurity-law-2025-amended', 47, '负有网络安全监督管理职责的部门及其工作人员，对履职中知悉的个人信息必须严格保密。', True),
    ('pipl-2021', 16, '个人信息处理者在任何情况下都不得因个人不同意处理其个人信息而拒绝提供服务。', False),
    ('pipl-2021', 46, '个人无权要求处理者更正其不准确的个人信息。', False),
    ('pipl-2021', 48, 'Under PIPL, individuals have no right to ask the handler to explain its processing rules.', False),
    ('pipl-2021', 69, '处理者即使不能证明自己没有过错，也不需要承担损害赔偿责任。', False),
    ('gdpr', 12, 'The controller must answer a data subject request within three months of receipt, with no possibility of extension.', False),
    ('gdpr', 28, "A processor is free to engage another processor without the controller's authorisation.", False),
    ('gdpr', 37, 'The supervisory authority must designate a data protection officer for every controller.', False),
    ('aml-law-2024', 34, '金融机构解散时，可以自行销毁客户身份资料。', False),
    ('aml-law-2024', 28, 'Under the AML Law, banks may open pseudonymous accounts for customers who request privacy.', False),
    ('credit-reporting-regulation-2013', 20, 'Under the Credit Reporting Regulation, the data subject must use personal information only for the agreed purpose.', False),
    ('commercial-bank-law-2015', 42, '借款人到期不归还担保贷款的，保证人有权要求商业银行归还贷款本金和利息。', False),
    ('cybersecurity-law-2025-amended', 43, 'Network operators may collect any personal information they wish, even when unrelated to their services.', False),
]


PARAPHRASES += [
    ('credit-reporting-regulation-2013', 14, 'Under the Credit Reporting Regulation, credit agencies are banned from collecting religious belief, genetic, fingerprint, blood type and medical history information.', True),
    ('credit-reporting-regulation-2013', 14, '征信机构一般不能采集个人的收入、存款和纳税信息，除非明确告知不利后果并取得其书面同意。', True),
    ('credit-reporting-regulation-2013', 17, '个人信息主体每年可以免费获取两次本人的信用报告。', True),
    ('credit-reporting-regulation-2013', 17, 'Individuals are entitled to two free copies of their own credit report each year.', True),
    ('credit-reporting-regulation-2013', 18, '查询个人信用信息前，银行要取得客户本人的书面同意并约定用途，法律规定可以不经同意查询的除外。', True),
    ('credit-reporting-regulation-2013', 25, 'Where the data subject thinks the information held by a credit agency is wrong or incomplete, they may raise an objection with the agency or the information provider and ask for a correction.', True),
    ('credit-reporting-regulation-2013', 25, '征信机构收到异议后，须在20日内核查处理，并书面答复异议人。', True),
    ('credit-reporting-regulation-2013', 40, '违法提供或出售信息的机构，由监管部门责令限期改正，对单位处5万元以上50万元以下罚款。', True),
    ('aml-law-2024', 40, 'Any organisation or individual has to take special AML preventive measures against persons on the designated lists, as required by the authorities.', True),
    ('cybersecurity-law-2025-amended', 23, '网络运营者要采取监测、记录网络运行状态和安全事件的技术措施，并按规定留存网络日志至少六个月。', True),
    ('cybersecurity-law-2025-amended', 39, 'CII operators have to store personal information and important data collected and generated within China inside China.', True),
    ('commercial-bank-law-2015', 39, '商业银行的资本充足率不能低于8%。', True),
    ('commercial-bank-law-2015', 39, "Under the Commercial Banking Law, the ratio of loans to a single borrower to the bank's capital must not exceed 10%.", True),
    ('commercial-bank-law-2015', 40, '银行不可以向关系人发放信用贷款，向关系人发放担保贷款的条件也不能优于其他借款人。', True),
    ('gdpr', 7, 'Where processing relies on consent, the controller needs to be able to demonstrate that the data subject consented.', True),
    ('gdpr', 25, 'By default, controllers must make sure only the personal data necessary for each specific purpose are processed.', True),
    ('gdpr', 32, 'The controller and the processor both have to implement appropriate technical and organisational security measures, such as encryption and pseudonymisation.', True),
    ('gdpr', 8, '如果儿童未满16周岁，基于同意处理其个人数据须经监护人同意或授权。', True),
    ('pipl-2021', 24, 'Under PIPL, when automated decisions are used for marketing, the handler must also offer an option not targeting personal characteristics or an easy way to refuse.', True),
    ('pipl-2021', 44, '个人对其个人信息的处理享有知情权和决定权，可以限制或拒绝他人处理其个人信息，法律另有规定的除外。', True),
    ('credit-reporting-regulation-2013', 14, '征信机构只要取得书面同意，就可以采集个人的宗教信仰和基因信息。', False),
    ('credit-reporting-regulation-2013', 17, '个人信息主体每年可以免费获取四次本人的信用报告。', False),
    ('credit-reporting-regulation-2013', 18, "Under the Credit Reporting Regulation, banks can query a person's credit information without any written consent.", False),
    ('credit-reporting-regulation-2013', 25, '征信机构收到异议后，应当在30日内核查处理。', False),
    ('credit-reporting-regulation-2013', 25, 'Under the Credit Reporting Regulation, a data subject who finds errors has no right to object.', False),
    ('credit-reporting-regulation-2013', 40, '违法提供或出售信息的机构，对单位处10万元以上100万元以下罚款。', False),
    ('cybersecurity-law-2025-amended', 23, '网络日志至多留存六个月即可。', False),
    ('cybersecurity-law-2025-amended', 39, 'CII operators are free to store personal information collected in China abroad.', False),
    ('commercial-bank-law-2015', 39, 'Under the Commercial Banking Law, the ratio of loans to a single borrower to capital may not exceed 25%.', False),
    ('commercial-bank-law-2015', 40, '银行可以向关系人发放信用贷款，只要条件不优于其他借款人。', False),
    ('gdpr', 7, 'The data subject must demonstrate that consent was given.', False),
    ('pipl-2021', 44, '个人对其个人信息的处理不享有决定权。', False),
    ('pipl-2021', 24, 'Under PIPL, automated marketing never needs to offer an opt-out.', False),
]


@pytest.mark.parametrize("doc, article, claim, true", PARAPHRASES)
def test_llm_style_paraphrases_on_real_articles(small_assistant, doc, article, claim, true):
    from assistant.lexis.glossary import load_glossary
    from assistant.verify.polarity import is_chinese

    clause = small_assistant.view.find_article([doc], article)
    text = small_assistant.view.full_article(clause.chunk_id).text
    bridge = " ".join(t for t in load_glossary().expansion(claim) if is_chinese(t)) if is_chinese(claim) != is_chinese(text) else ""
    assert (contradictions(claim, text, bridge) == []) == true
