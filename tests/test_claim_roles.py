"""Who gives, who receives, who is acted on, and modal verbs that only look like ones: the checks added so that false
claims the team has not seen are caught (probe 3), rule by rule, in Chinese and English. Each rule catches its kind of
false claim and lets the faithful paraphrase through. Clauses are written in the laws' style for these tests, not copied
from the eval sets."""

from assistant.lexis.parties import same_side
from assistant.verify.actors.holders import _duty_pairs
from assistant.verify.modality import modal_classes
from assistant.verify.roles.agents import other_agent
from assistant.verify.roles.objects import subject_only_as_object
from assistant.verify.roles.receivers import giver_and_receiver, swapped_parties
from claim_helpers import kinds

SUPPLY_ZH = "第九条 经营贷款业务的银行应当按照规定向信用信息中心报送贷款信息。"
SUPPLY_EN = "Lenders shall report the loan data referred to in Article 4 to the credit registry within ten working days."
AUDIT_ZH = "银行应当每年自行或者委托会计师事务所对其处理客户信息的情况进行审计。"
MANDATE_EN = "The customer shall have the right to mandate a consumer association to lodge the complaint on his or her behalf."
FEE_ZH = "信用信息中心可以按照补偿成本原则收取查询费用，收费标准由国务院价格主管部门规定。"
WAIVE_ZH = "银行处理客户信息，有法律规定应当保密的情形的，可以不向客户告知处理的目的。"
MERGER_ZH = "银行因合并、分立需要转移客户信息的，信息接收方应当继续履行客户信息保护义务。"
NO_AUTH_EN = ("1. A transfer of records to another group entity may take place where the regulator has approved the group. "
              "Such a transfer shall not require any further authorisation.\n"
              "2. The regulator shall consult the group entities on the review of the approval.")
QUALITIES_ZH = "银行应当制定清晰、具体、可操作的客户信息分类规则。"



# -- modal verbs ---------------------------------------------------------------------------------------------------

def test_what_is_not_required_is_no_duty_rather_than_a_ban():
    assert [c for _, c in modal_classes("Such a transfer shall not require any specific authorisation.")] == ["exemption"]
    assert [c for _, c in modal_classes("The bank shall not transfer the records.")] == ["prohibition"]


def test_a_task_given_to_a_party_is_its_duty():
    assert [c for _, c in modal_classes("The compliance officer is tasked with monitoring the bank's policies.")] == ["obligation"]
    assert [c for _, c in modal_classes("The board is responsible for approving the plan.")] == ["obligation"]


def test_a_duty_or_liability_denied_is_no_duty_but_not_bearing_a_cost_is_no_modal():
    assert [c for _, c in modal_classes("信息接收方不承担客户信息保护义务。")] == ["exemption"]
    assert modal_classes("银行不承担的费用清单另行公布。") == []


def test_adjectives_and_held_rights_are_no_modal_verbs():
    assert "permission" not in {c for _, c in modal_classes(QUALITIES_ZH)}
    assert modal_classes("银行应当保障老年人依法享有的权益。") == [(2, "obligation")]


# -- who is the subject ---------------------------------------------------------------------------------------------

def test_a_cleft_names_the_subject():
    assert _duty_pairs("It is the deployers of scoring systems who must keep the logs.") == [("deployer", "obligation")]
    assert _duty_pairs("It is the provider that shall keep the logs.") == [("provider_ai", "obligation")]


def test_the_agent_after_you_is_the_one_who_acts():
    assert _duty_pairs("客户信息保护义务应当由受托人履行。") == [("entrusted", "obligation")]


def test_a_business_is_any_organisation_role_but_no_authority_or_person():
    assert same_side("organisation", "processor") and same_side("organisation", "institution")
    assert not same_side("organisation", "authority") and not same_side("organisation", "individual")
    assert not same_side("processor", "entrusted")  # a business does not make two roles one
    assert same_side("body", "organisation") and not same_side("body", "institution")
    assert kinds("有关主管部门应当为银行制定应急预案。", "银行应当制定网络安全事件应急预案。") == {"actor"}
    assert "actor" not in kinds("被调取数据的公司应当予以配合。", "公安机关依法调取数据，有关组织、个人应当予以配合。")


# -- giver and receiver ---------------------------------------------------------------------------------------------

def test_giver_and_receiver_swapped_is_the_wrong_actor_even_for_parties_no_lexicon_knows():
    assert giver_and_receiver(SUPPLY_ZH) == ("经营贷款业务的银行", "信用信息中心")
    assert swapped_parties("信用信息中心应当向经营贷款业务的银行报送贷款信息。", SUPPLY_ZH) is not None
    assert "actor" in kinds("信用信息中心应当按照规定向经营贷款业务的银行报送贷款信息。", SUPPLY_ZH)
    assert "actor" in kinds("The credit registry must report the loan data to lenders within ten working days.", SUPPLY_EN)
    # the faithful paraphrase: the same giver and receiver
    assert swapped_parties("经营贷款业务的银行须向信用信息中心报送贷款信息。", SUPPLY_ZH) is None
    assert "actor" not in kinds("Lenders must report their loan data to the credit registry within ten working days.", SUPPLY_EN)


def test_the_one_acted_on_made_the_one_who_acts_is_the_wrong_actor():
    assert subject_only_as_object("会计师事务所应当每年对银行处理客户信息的情况进行审计。", AUDIT_ZH) is not None
    assert "actor" in kinds("The consumer association has the right to mandate the customer to lodge complaints.", MANDATE_EN)
    # named as the subject of the sentence, or restated with the same subject: no finding
    assert subject_only_as_object("银行应当每年对其处理客户信息的情况进行审计。", AUDIT_ZH) is None
    assert "actor" not in kinds("A customer can mandate a consumer association to lodge a complaint for him or her.", MANDATE_EN)


def test_a_thing_as_the_subject_may_be_restated_actively():
    clause = "The arrangement shall reflect the roles of the lenders. The essence of the arrangement shall be made available."
    assert "actor" not in kinds("The lenders must reflect their roles in an arrangement.", clause)


def test_the_one_who_sets_it_after_you():
    assert other_agent("查询费用的收费标准由信用信息中心自行规定。", FEE_ZH) is not None
    assert "actor" in kinds("查询费用的收费标准由信用信息中心自行规定。", FEE_ZH)
    assert other_agent("收费标准由国务院价格主管部门规定。", FEE_ZH) is None


# -- opposite modality for the same party, the case a clause frees, duties done either way --------------------------

def test_the_opposite_for_the_same_named_party_is_caught_beside_a_duty_of_another():
    claim = "银行因合并需要转移客户信息的，仍由原银行履行保护义务，信息接收方不承担该义务。"
    assert kinds(claim, MERGER_ZH) & {"polarity", "modality"}
    assert not kinds("银行因合并需要转移客户信息的，接收方要继续履行客户信息保护义务。", MERGER_ZH)


def test_even_in_the_case_the_clause_frees_the_actor_is_an_overreach():
    assert "scope" in kinds("即使法律规定应当保密，银行也必须向客户告知处理的目的。", WAIVE_ZH)
    assert not kinds("法律规定应当保密的，银行可以不告知客户处理目的。", WAIVE_ZH)


def test_only_one_way_of_a_duty_the_clause_lets_be_done_either_way():
    assert "scope" in kinds("客户信息审计只能委托会计师事务所进行，银行不能自行审计。", AUDIT_ZH)
    assert not kinds("银行可以委托会计师事务所对其客户信息处理情况进行年度审计。", AUDIT_ZH)
    assert kinds("银行可以自行决定是否对其处理客户信息的情况进行审计。", AUDIT_ZH) & {"modality", "polarity"}


def test_a_paraphrase_is_read_against_the_sentence_holding_its_predicate():
    # its other words tie it to paragraph 2 (regulator, group entities); what its verb governs ties it to paragraph 1
    assert not kinds("A transfer to a group entity the regulator has approved does not require any further authorisation.",
                     NO_AUTH_EN)


def test_responsible_for_binds_its_subject_but_a_title_or_a_relative_clause_does_not():
    assert [c for _, c in modal_classes("保护工作部门负责组织认定本行业的关键信息基础设施。")] == ["obligation"]
    assert modal_classes("银行应当指定个人信息保护负责人。") == [(2, "obligation")]
    assert modal_classes("对数据安全工作负责的部门已经公布名单。") == []
    assert "actor" in kinds("发生数据安全事件时，由银行负责启动应急预案。", "发生数据安全事件，有关主管部门应当依法启动应急预案。")


def test_the_one_a_law_obliges_is_the_duty_holder():
    assert _duty_pairs("The Banking Law obliges the bank to repay the loan on time.") == [("institution", "obligation")]
    assert "actor" in kinds("The Banking Law obliges the bank to repay the principal on time.",
                            "The borrower shall repay the principal and interest of the loan on time.")
    assert "actor" not in kinds("The Banking Law obliges the borrower to repay the principal on time.",
                                "The borrower shall repay the principal and interest of the loan on time.")


def test_need_as_a_noun_and_can_never():
    assert [c for _, c in modal_classes("保护工作部门可以根据需要决定是否制定安全规划。")] == ["permission", "permission"]
    assert [c for _, c in modal_classes("the bank can never process the records again")] == ["prohibition"]
