"""Does a claim assert the opposite of the clause it cites? Polarity, modality, rights, scope, actors (pure).

A second model that approves everything must not be able to turn "应当取得单独同意" into "无需同意", "禁止采集"
into "可以采集", "shall have the right to obtain erasure" into "is never obliged to erase". These checks read
the sentence of the cited clause that the claim is about (the one sharing most of its wording) and compare:

- modality (modality.py): obligation (应当/必须/须; shall/must) vs permission (可以/允许; may) vs exemption (无需/不必/
  可以不; need not) vs prohibition (不得/禁止/严禁; shall not/must not/prohibited); a restriction (只能; may only) opposes none;
- rights: 有权/享有…权利 (has the right, is entitled) vs 无权 (has no right, is not entitled);
- scope: a claim that says 所有/一律/任何/无需任何条件 (all/any/always/never/without any condition) where
  the clause carries conditions or exceptions (但是/除外/不适用; unless/except/provided that) and no such word; a claim
  that keeps its case but says "always / without exception" of a rule the clause excepts from; "only / 只能" where the
  clause allows several ways or opens the act to each of a group ("only" vs "also"); 即使 / even if the excepted case;
- actors (actors/): the duty holder of the modal verb (个人信息处理者 vs 个人; controller vs data subject), a list
  item's being the party its lead-in names ("Providers … shall: (h) affix the CE marking").

Each finding says what the clause says and what the claim says. Nothing here is a similarity score: the
checks only fire on explicit wording, so a faithful paraphrase passes (see tests/test_polarity.py).

This module holds the comparison itself (`contradictions`: which sentences are readings of the claim, and which findings
every reading agrees on). The parts it reads with live beside it: wording.py (sentences, shared wording, the claim's
statement), subclauses.py (which sub-clause a modal verb governs, list items under their lead-in), scope.py (universal
words, "only", "beyond"), exceptions.py (the case a claim speaks of, the exceptions a clause makes), denials.py
(statements without a modal verb: 不属于, "does not act under") and figures.py (a number against its own sentence).

They read legal language, not the wording of any eval set: a modal verb governs its sub-clause; the longest modal
expression wins ("shall not be required" is no duty, "shall have the right" a right, 不得不 a duty, 不禁止 an option);
statements of legal effect ("shall not apply / affect") and inability (不能证明, cannot prove) forbid nothing; the
duty holder is the subject (the actor a sub-clause opens with, or the agent of a passive), never an object (取得客户的
同意, "to the controller") nor a thing of the actor's (客户身份信息); roles the laws set against each other stay apart;
universal words (一律, always, in every case) need like wording in the sentence they paraphrase. Where a claim could
be about several sentences, a finding stands only if every one of them supports it; the modality is judged by the
sentences whose modal sub-clause holds what the claim's modal verb governs, the duty holder by those giving the same kind
of statement, a number by the sentence its own sub-clause paraphrases. A conditional claim is judged by the rule the
article gives for its case: it may restate an exception, not turn the rule for its case around.
"""

from __future__ import annotations

import re

from ..lexis.quantities import extract_quantities
from .anyone_holders import narrowed_anyone_holder, narrowed_anyone_holder_across
from .universal_holders import narrowed_universal_party
from .widened_bans import widened_ban
from .denied_refusals import ban_on_a_granted_act
from .liable_victims import victim_made_liable
from .restated_exceptions import without_restated_exception
from .restated_universals import universal_restated
from .only_if import excepted_in_sentence, permission_only_if
from .act_holders import other_doer_of_act
from .absent_parties import absent_authority_across, absent_party_across, unnamed_authority
from .acts import party_of_another_act, swapped_subject_and_place
from .acts_across import act_of_another_party_across, receiver_given_the_act_across
from .actors.correlatives import party_stands
from .actors.findings import _actor_findings, other_named_authority, unnamed_party, without_acts_held_elsewhere
from .actors.holders import LIST_ITEM, _duty_pairs
from .antonyms import opposite_word
from .approvals import other_approver, waives_required_approval
from .refusals import refusal_made_duty
from .departments import act_of_another_department, authority_for_a_department, other_department
from .governing_party import other_governing_party, other_report_recipient, recipient_of_another_reporter_across
from .banned_acts import allows_what_is_banned
from .cases import agent_of_another_case, agent_of_another_case_across
from .concessions import denied_in_its_case
from .membership import opposite_belonging, opposite_belonging_across
from .negated_cases import affirmed_negated_case
from .bodies import unnamed_body, unnamed_body_across, unnamed_body_en
from .offices import deputy_office
from .offenders import other_offender
from .demands import demand_denied_where_answered, duty_at_the_demand_of
from .denials import (_accepts_whom_it_is_free_of, _affirms_what_is_denied, _affirms_what_is_negated, _denies_what_is_stated,
                      _frees_what_is_stated)
from .exceptions import (_DISCRETION, _OWN_CONDITION, _OWN_CONDITION_ANY, _case_of, _denies_exception, _exception_after,
                         _exception_as_rule, _rule_part, _where_case_is_stated, denies_stated_exception)
from .excluded_items import included_exception, topic_in_exception
from .kind_swaps import agent_of_another_by, party_of_another_kind
from .figures import _numbers, figures_of
from ..language import is_chinese
from .modality import Finding, MODAL_LABEL, MODAL_GROUP, OPPOSITE_CLASSES, classes_in, modal_classes
from .requirements import requires_dispensed, requires_dispensed_across
from .staff_employers import staff_of_another_employer
from .wrongful_bans import wrongful_ban_widened
from .thresholds import dropped_threshold
from .waived_conditions import waived_condition
from .conditional_permissions import (permission_in_excepted_case_across, permission_without_its_case,
                                      permission_without_its_case_across)
from .open_counts import allowed_banned_count, open_count
from .roles.agents import other_active_doer, other_agent, stray_doer, topic_doer
from .roles.consenters import possessor_as_consenter
from .roles.possessors import owner_as_duty_holder
from .separate_rules import law_for_what_it_leaves
from .stated_rules import option_of_a_stated_rule
from .roles.objects import subject_only_as_object
from .roles.passives import other_agent_in_article, other_passive_agent, passive_agent_across, swapped_passive
from .roles.receivers import other_receiver, swapped_parties
from .scope import (_DUTY_EITHER_WAY, _ONE_OF_THE_WAYS, _WHATEVER, _beyond_the_only, _narrows, _only_where_added_to,
                    _opens_to_all, _overreaches, _speaks_universally, only_one_item, universal_phrase_across,
                    whole_of_an_open_extent, means_chosen_from_list)
from .time_limits import denies_time_limit
from .list_cases import one_of_the_cases_made_the_only
from .subclauses import (TIED_BY_WORDING, _given_to_the_claims_side, said_in_its_own_part, what_a_thing_is, option_within_a_ceiling,
                         _ONLY_IN_SENTENCE, _RESTRICTED_PERMISSION, _about_the_case, _about_the_predicate,
                         _actor_of_the_act, _opposed_for_same_holder, _opposed_for_the_same_verb, _predicate_sentences,
                         _stated_elsewhere, _sub_clause_classes, _under_lead_in, case_item_with_its_rule)
from .wording import (AMBIGUITY, MIN_OVERLAP, _lead_in, _sentence_before, _sentence_index, _short, _squash,
                      matching_sentences, sentences, statement, wording_share)

__all__ = ["Finding", "contradictions", "is_chinese", "matching_sentences", "modal_classes", "sentences", "statement",
           "wording_share"]
# (_duty_pairs and _under_lead_in are imported from here by the tests that pin them)


# A cross-language claim tied to no sentence is compared with every modal sentence of a clause of at most this many.
MAX_UNTIED_READINGS = 3
# How much of a claim's wording a sentence must share for its word to be the one the claim turned into its opposite, when
# the sentences the claim paraphrases hold neither word of the pair (antonyms.py): "The report shall be made public" shares
# 0.12 with a claim that the Board's annual report "shall be kept confidential" (GDPR Art. 71(1), planted_claims_r11 A).
# Set, not swept.
ANTONYM_NEARBY = 0.1


def contradictions(claim: str, clause_text: str, bridge: str = "") -> list[Finding]:
    """`_contradictions` (below), and an approval the article requires that the claim waives (approvals.py)."""
    from ..lexis.lexicon import load_lexicon

    # "…，不过依法公开的信息不用" restating the article's 但是…除外: judged without it (restated_exceptions.py)
    claim = without_restated_exception(claim, clause_text)
    found = _contradictions(claim, clause_text, bridge)
    stated = statement(claim)
    # the checks below compare a claim with what the clause says; a claim the clause holds word for word says nothing else
    paraphrased = bool(_squash(stated)) and _squash(stated) not in _squash(clause_text)
    zh_claim, zh_clause = is_chinese(claim), is_chinese(clause_text)

    def opposed() -> bool:
        return any(f.kind in ("polarity", "modality", "right") for f in found)

    if not opposed() and paraphrased:
        waived = waives_required_approval(stated, clause_text)
        if waived:
            found = found + [Finding("polarity", f"the clause makes the act conditional (「{waived}」); the claim says it "
                                                 f"needs no such approval")]
    if not opposed() and paraphrased and zh_claim and zh_clause:
        # any step the clause's case names (经…并通过…评估的) that the claim says is not needed (waived_conditions.py)
        step = waived_condition(stated, clause_text)
        if step:
            found = found + [Finding("polarity", f"the clause makes the act conditional (「{_short(step)}」); the claim "
                                                 f"says it is not needed")]
    if not opposed() and paraphrased and zh_claim == zh_clause:
        # a permission the clause gives only in the case it states (…的，可以不通知个人; "Where …, may either:"),
        # given by the claim in every case (conditional_permissions.py)
        case = permission_without_its_case(stated, clause_text)
        if case:
            found = found + [Finding("polarity", f"the clause allows this only in its case (「{_short(case)}」); the "
                                                 f"claim allows it without that case")]
    if not opposed() and not zh_claim and zh_clause:
        # the same across the two languages: an English claim freeing the party of an act the Chinese clause lets it
        # leave undone only in its case (可以不通知个人 after …的，), naming no case, or allowing it "even where" the
        # clause excepts (conditional_permissions.py)
        words = load_lexicon().chinese_words
        case = permission_without_its_case_across(stated, clause_text, words)
        if case:
            found = found + [Finding("polarity", f"the clause allows this only in its case (「{_short(case)}」); the "
                                                 f"claim allows it without that case")]
        excepted = "" if case else permission_in_excepted_case_across(stated, clause_text, words)
        if excepted:
            found = found + [Finding("polarity", f"the clause excepts the case the claim allows this in "
                                                 f"(「{_short(excepted)}」)")]
    if not any(f.kind in ("scope", "number") for f in found) and paraphrased and zh_claim == zh_clause:
        # a number the clause fixes (一个…基本账户) that the claim leaves to the party (开几个都可以; open_counts.py)
        counted = open_count(stated, clause_text)
        if counted:
            found = found + [Finding("scope", f"the clause fixes the number (「{_short(counted)}」); the claim leaves it "
                                              f"open")]
    if not any(f.kind in ("scope", "number") for f in found) and paraphrased and zh_clause:
        # "up to two" of what the clause bans two or more of (不得开立两个以上: 以上 includes the number; open_counts.py)
        ceiling = allowed_banned_count(stated, clause_text)
        if ceiling:
            found = found + [Finding("scope", f"the clause bans that many (「{_short(ceiling)}」: 以上 includes the "
                                              f"number); the claim allows it")]
    if not opposed() and not zh_claim and zh_clause:
        # a condition the English claim puts on the act that the Chinese clause dispenses with (requirements.py)
        waived = requires_dispensed_across(stated, clause_text, load_lexicon().chinese_words)
        if waived:
            found = found + [Finding("polarity", f"the clause says 「{waived}」 (not needed); the claim makes it a condition")]
    if not any(f.kind == "scope" for f in found):
        # "allows no exception / 没有例外" of an article that makes one (exceptions.denies_stated_exception)
        excepted = denies_stated_exception(stated, clause_text)
        found = found + [Finding("scope", f"the claim says the rule has no exception; the clause makes one "
                                          f"(「{excepted}」)")] if excepted else found
    if not opposed() and zh_clause and paraphrased:
        # the act the article's case leaves undone (未予拒绝的) made the claim's case (negated_cases.py)
        inverted = affirmed_negated_case(stated, clause_text, load_lexicon().chinese_words)
        found = found + [inverted] if inverted else found
    if not opposed() and paraphrased:
        # the rule denied in the very case the clause states it for, which the claim concedes (concessions.py)
        conceded = denied_in_its_case(stated, clause_text, load_lexicon().chinese_words)
        found = found + [conceded] if conceded else found
    if not opposed() and zh_claim and zh_clause and paraphrased:
        # the act the clause gives the party the right to do (有权拒绝) banned by the claim (不得拒绝; denied_refusals.py)
        banned = ban_on_a_granted_act(stated, clause_text)
        found = found + [banned] if banned else found
    if not opposed() and zh_clause and paraphrased:
        # the act the clause lets the party refuse made its duty (refusals.py)
        refused = refusal_made_duty(stated, clause_text, load_lexicon().chinese_words)
        found = found + [refused] if refused else found
    if not any(f.kind == "actor" for f in found) and zh_clause and paraphrased:
        # the bank's department a policy article makes act, against the one the claim makes act (departments.py)
        department = other_department(stated, clause_text) \
            or act_of_another_department(stated, clause_text, load_lexicon().chinese_words) \
            or authority_for_a_department(stated, clause_text)
        found = found + [department] if department else found
    if not any(f.kind == "actor" for f in found) and zh_clause and paraphrased:
        # the consent of the party the article names only as the possessor of the one whose consent it asks
        # (未成年人的父母或者其他监护人的同意 made the minor's own; roles/consenters.py)
        consenter = possessor_as_consenter(stated, clause_text, load_lexicon().chinese_words)
        found = found + [consenter] if consenter else found
    if not any(f.kind == "actor" for f in found) and zh_clause and paraphrased:
        # a duty given to the party the article names only as the owner of a thing (客户身份资料 kept by the customer,
        # roles/possessors.py)
        owner = owner_as_duty_holder(stated, clause_text)
        found = found + [owner] if owner else found
    if not any(f.kind == "actor" for f in found) and zh_clause and paraphrased:
        # the party the article names as the one who suffers the loss made liable for it (liable_victims.py)
        victim = victim_made_liable(stated, clause_text)
        found = found + [victim] if victim else found
    if not any(f.kind == "actor" for f in found) and zh_claim and zh_clause and paraphrased:
        # the rule on one body's staff given to another body's staff (staff_employers.py)
        employer = staff_of_another_employer(stated, clause_text)
        found = found + [employer] if employer else found
    if not any(f.kind == "actor" for f in found) and not zh_claim and zh_clause:
        # one party's act of a Chinese sentence that gives two parties an act each, given to the other (acts_across.py)
        moved = act_of_another_party_across(stated, clause_text, load_lexicon().chinese_words)
        found = found + [moved] if moved else found
    if not any(f.kind == "actor" for f in found) and not zh_claim and zh_clause:
        # … or to the party the sentence names only as the one it notifies or reports to (acts_across.py)
        received = receiver_given_the_act_across(stated, clause_text, load_lexicon().chinese_words)
        found = found + [received] if received else found
    if not any(f.kind == "actor" for f in found) and not zh_claim and zh_clause and paraphrased:
        # a case of the article handed to the body the article gives another case to (cases.agent_of_another_case_across)
        other_case = agent_of_another_case_across(stated, clause_text, load_lexicon().chinese_words)
        found = found + [Finding("actor", f"the clause gives this case to {other_case[1]}, the claim to "
                                          f"{other_case[0]}: 「{_short(other_case[2])}」")] if other_case else found
    if not any(f.kind == "actor" for f in found) and not zh_claim and zh_clause and paraphrased:
        # a report sent to the body the article has another party report to (governing_party.py)
        skipped = recipient_of_another_reporter_across(stated, clause_text, load_lexicon().chinese_words)
        found = found + [Finding("actor", skipped)] if skipped else found
    if not any(f.kind == "actor" for f in found) and zh_claim and zh_clause and paraphrased:
        # the approval the article requires from one body, made another's: a party it names in another role (approvals.py)
        approver = other_approver(stated, clause_text)
        found = found + [Finding("actor", f"the clause makes the act conditional on 「{approver[1]}」; the claim on "
                                          f"「{approver[0]}」")] if approver else found
    if not any(f.kind == "actor" for f in found) and zh_claim and zh_clause and paraphrased:
        # a party the article names for another act, doing the act it gives to someone else; a subject and the body the
        # sentence puts it in, swapped (acts.py)
        moved = party_of_another_act(stated, clause_text) or swapped_subject_and_place(stated, clause_text) \
            or party_of_another_kind(stated, clause_text) or agent_of_another_by(stated, clause_text)  # (kind_swaps.py)
        found = found + [moved] if moved else found
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in found) and zh_clause and paraphrased:
        # a duty the clause leaves open in extent (部分或者全部) made the whole (scope.whole_of_an_open_extent)
        whole = whole_of_an_open_extent(stated, clause_text, load_lexicon().chinese_words)
        found = found + [Finding("scope", f"the clause leaves the extent open (「{_short(whole)}」); the claim makes it "
                                          f"the whole")] if whole else found
    if not opposed() and zh_clause and paraphrased:
        # a rule the clause states with a minimum or a frequency and no modal verb, made optional (stated_rules.py)
        optional = option_of_a_stated_rule(stated, clause_text, load_lexicon().chinese_words)
        found = found + [optional] if optional else found
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in found) and zh_clause and paraphrased:
        # a subject the clause hands to separate rules (另行规定, 另有规定的依照其规定) said to be governed in full
        # (separate_rules.py)
        left = law_for_what_it_leaves(stated, clause_text, bridge)
        found = found + [left] if left else found
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in found) and zh_claim and zh_clause and paraphrased:
        # "only" one item of a list the clause requires or allows in full (scope.only_one_item)
        lead = only_one_item(stated, clause_text)
        found = found + [Finding("scope", f"the clause lists more than the one the claim says is the only one: "
                                          f"「{_short(lead)}」")] if lead else found
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in found) and zh_claim and zh_clause and paraphrased:
        # the case the clause bounds by a threshold, restated without it (thresholds.py)
        bounded = dropped_threshold(stated, clause_text)
        found = found + [Finding("scope", f"the clause applies this only above a threshold (「{_short(bounded)}」); the "
                                          f"claim drops it")] if bounded else found
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in found) and zh_claim and zh_clause and paraphrased:
        # every party of a kind (所有 / 任何 …) where the article binds only a narrower one (universal_holders.py)
        narrowed = narrowed_universal_party(stated, clause_text)
        found = found + [narrowed] if narrowed else found
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in found) and zh_claim and zh_clause and paraphrased:
        # a right or duty of anyone (任何单位和个人 …) given by the claim to "only" one kind of party (anyone_holders.py)
        anyone = narrowed_anyone_holder(stated, clause_text)
        found = found + [Finding("scope", f"the clause gives this to 「{anyone}」; the claim to one kind of party "
                                          f"only")] if anyone else found
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in found) and not zh_claim and zh_clause:
        # the same across the two languages ("only financial institutions may report …"; anyone_holders.py)
        anyone = narrowed_anyone_holder_across(stated, clause_text, load_lexicon().chinese_words)
        found = found + [Finding("scope", f"the clause gives this to 「{anyone}」; the claim to one kind of party "
                                          f"only")] if anyone else found
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in found) and zh_claim and zh_clause and paraphrased:
        # a ban on one kind of a thing made a ban on every kind (任何贷款, 担保贷款也不行 against 不得…发放信用贷款;
        # widened_bans.py)
        widened = widened_ban(stated, clause_text) or wrongful_ban_widened(stated, clause_text)  # (wrongful_bans.py)
        found = found + [widened] if widened else found
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in found) and paraphrased:
        # the rule extended by name (包括 / "including") to what the article excepts from it (excluded_items.py)
        excepted = included_exception(stated, clause_text) or topic_in_exception(stated, clause_text)
        found = found + [Finding("scope", f"the claim's rule covers what the clause excepts: 「{excepted}」")] \
            if excepted else found
    if not found and zh_claim and zh_clause and paraphrased:
        # a thing put on the other side of a class the clause bounds (membership.py): no modal verb to compare
        outside = opposite_belonging(stated, clause_text)
        found = [outside] if outside else found
    elif not found and not zh_claim and zh_clause:
        outside = opposite_belonging_across(stated, clause_text, load_lexicon().chinese_words)
        found = [outside] if outside else found
    return found


def _contradictions(claim: str, clause_text: str, bridge: str = "") -> list[Finding]:
    """Ways `claim` asserts the opposite of (or more than) `clause_text`. Empty when it does not, or when the
    claim is not about any one sentence of the clause (then there is nothing explicit to compare).

    When several sentences match the claim about equally well, each of them must contradict it: a faithful
    paraphrase of one sentence is not flagged because a neighbouring sentence says otherwise.

    `bridge`: for a claim in another language than the clause, the clause-language terms it stands for (from the
    glossary), used only to find the sentence the claim is about; modality, rights, scope and actors are compared
    across languages."""
    claim = statement(claim)
    if not claim or _squash(claim) in _squash(clause_text):
        return []  # a verbatim quote cannot contradict the clause it is quoted from
    cross = is_chinese(claim) != is_chinese(clause_text)
    bridge = bridge if cross else ""
    parts = [p for p in sentences(claim) if len(p) >= 8] or [claim]
    if len(parts) == 1:
        found_whole = _contradictions_of(claim, clause_text, bridge, cross)
        rule_bridge = _own_bridge(claim, bridge) if cross and any(f.kind == "actor" for f in found_whole) else bridge
        if rule_bridge != bridge and not any(f.kind == "actor" for f in _contradictions_of(claim, clause_text, rule_bridge, cross)):
            # an opening condition names the case's party ("If a customer objects to …, the financial institution must deal
            # with it"): tied by its rule's own terms to the sentence it restates (金融机构应当在十五日内进行处理, not 单位和个人
            # …有异议的，可以向金融机构提出, 反洗钱法第三十九条), the claim's duty holder is the sentence's; the rule can clear a
            # wrong actor the condition's sentence found, not add one
            found_whole = [f for f in found_whole if f.kind != "actor"]
        pieces = _main_clauses(claim)
        if len(pieces) > 1 and any(f.kind == "actor" for f in found_whole) and not any(
                f.kind == "actor" for piece in pieces for f in _contradictions_of(piece, clause_text, bridge, cross)):
            # two main clauses, each with its own party, each paraphrasing its own sentence: a wrong actor found for
            # the whole only stands when one of them finds it too (they can clear it, not add one)
            found_whole = [f for f in found_whole if f.kind != "actor"]
        return found_whole
    if len(parts) > 1:  # a claim of several sentences: each is compared with the sentence it paraphrases
        found: dict[str, Finding] = {}
        for part in parts:
            for f in _contradictions_of(part, clause_text, _own_bridge(part, bridge) if cross else bridge, cross):
                found.setdefault(f.kind, f)
        return list(found.values())
    return _contradictions_of(claim, clause_text, bridge, cross)


_RIGHTS = {"right", "no_right"}


def _stating_rights(claim: str, able: list) -> list:
    """A claim in the other language that gives or denies a right (无权…提出反对) is judged by the readings that state a
    right, when some do: the terms that tie it to sentences cannot tell "the data subject shall have the right to object"
    from "Where the data subject objects …, the personal data shall no longer be processed" beside it (GDPR Art. 21(2)-(3)),
    and the other party's duty there neither grants nor denies the right."""
    if not classes_in(claim) & _RIGHTS:
        return able
    stating = [j for j in able if classes_in(j[0]) & _RIGHTS]
    return stating or able


def _own_bridge(part: str, bridge: str) -> str:
    """Of the bridge terms of a whole English claim on a Chinese clause, those this sentence of it gives itself (the
    glossary's and the lexicon's, as grounding.py bridges the claim): "…, the business has to refund the price within seven
    days; the cost of shipping them back is borne by the consumer" ties its second sentence by 消费者 to 退回商品的运费由消费者
    承担, not by the first one's 返还…商品价款 to 经营者应当…返还 (消费者权益保护法第二十五条). A Chinese claim on an EU text
    keeps the whole bridge (its English terms come from more tables than these)."""
    if is_chinese(part) or not bridge:
        return bridge
    from ..lexis.glossary import load_glossary
    from ..lexis.lexicon import load_lexicon

    def terms(text: str) -> list[str]:
        own = set(load_glossary().expansion(text)) | set(load_lexicon().chinese_words(text))
        return [t for t in bridge.split() if t in own]

    # an opening condition ("If …, ") states the case; the rule after it names who acts, when its own words tie it to a
    # sentence (see _contradictions)
    rule = _CONDITION_EN.sub("", part)
    return " ".join((terms(rule) if rule != part else []) or terms(part))


# A Chinese sub-clause that opens with a party of its own and a modal verb is a main clause of its own: "运营者须设立…，
# 并对…审查，公安机关、国家安全机关应予协助" says two things, each paraphrasing its own sentence of the article
# (关键信息基础设施安全保护条例第十四条: …审查。审查时，公安机关、国家安全机关应当予以协助。)
_OWN_SUBJECT_ZH = re.compile(r"[，,；;]\s*(?=[\u4e00-\u9fff、]{2,24}?(?:应当|应予|应|须|必须|可以|不得|有权))")


def _main_clauses(claim: str) -> list[str]:
    """A Chinese claim cut before each sub-clause whose subject is a party (the actor lexicon's) other than the one of the
    main clause before it (one with a modal verb: a condition, 确认借款人资信良好的，…, is no main clause)."""
    from ..lexis.parties import actors_in

    if not is_chinese(claim):
        return [claim]
    cuts = [m.end() for m in _OWN_SUBJECT_ZH.finditer(claim)]
    pieces, start = [], 0
    for cut in cuts:
        head = re.match(r"[\u4e00-\u9fff、]{2,24}?(?=应当|应予|应|须|必须|可以|不得|有权)", claim[cut:])
        subject = actors_in(head.group(0)) if head else []
        before = actors_in(claim[start:cut])
        if subject and before and not set(subject) & set(before) and modal_classes(claim[start:cut]):
            pieces.append(claim[start:cut])
            start = cut
    pieces.append(claim[start:])
    return [p for p in pieces if len(p) >= 8] if len(pieces) > 1 and all(len(p) >= 8 for p in pieces) else [claim]


def _contradictions_of(claim: str, clause_text: str, bridge: str, cross: bool = False) -> list[Finding]:
    if cross:
        # who does it, said by "by" in an English claim and by 由 in the Chinese article, whatever sentence the claim's
        # other words are tied to
        agent = passive_agent_across(claim, clause_text) or other_doer_of_act(claim, clause_text)
        if agent:
            return [agent]
    ranked = [r for r in matching_sentences(claim, clause_text, bridge) if r[1] >= MIN_OVERLAP] if bridge or not cross else []
    if not ranked and not cross and not is_chinese(claim):
        # an English paraphrase may inflect the clause's words otherwise (withdrawing consent / to withdraw … consent,
        # GDPR Art. 7(3)): matched on crude stems when the words themselves tie it to no sentence
        ranked = [r for r in matching_sentences(claim, clause_text, stem=True) if r[1] >= MIN_OVERLAP]
    if ranked and bridge:
        # glossary terms say which sentences a claim in the other language is about, not which one it paraphrases:
        # every sentence holding about as many of them is a reading
        top = max(r for _, r, _ in ranked)
        readings = [s for s, r, _ in ranked if r >= top - AMBIGUITY]
    elif ranked:
        readings = [s for s, _, f2 in ranked if f2 >= ranked[0][2] - AMBIGUITY]
    elif cross:
        # A claim in the other language that no glossary term ties to one sentence: every sentence of a short clause
        # that has a modal verb is a reading, and a finding stands only if all of them agree on it.
        # (Not the sentences that name who acts with 由 and no modal verb: tried in round 16, one more false claim caught
        # on the tuning claims, one more true claim contradicted on the helper's unseen half: 监事会的产生办法由国务院规定
        # read against "the board of supervisors".)
        readings = [s for s in sentences(clause_text) if modal_classes(s)]
        # the glossary terms too few to tie the claim to one sentence still tell the sentences about its subject matter
        # from the others: "obliges the commercial bank to repay … the loan" (贷款) is read against the three sentences of
        # 商业银行法第四十二条 about loans, not against 商业银行…应当自取得之日起二年内予以处分 beside them
        touched = {s for s, r, _ in matching_sentences(claim, clause_text, bridge) if r > 0} if bridge else set()
        readings = [s for s in readings if s in touched] or readings
        if not readings and _speaks_universally(claim) and not _OWN_CONDITION.search(_DISCRETION.sub(" ", claim)) \
                and len(sentences(clause_text)) <= MAX_UNTIED_READINGS and _overreaches(claim, clause_text):
            # a short article with no modal verb (特定非金融机构在从事规定的特定业务时，参照…履行反洗钱义务, 反洗钱法第四十二条)
            # that makes its rule conditional: "all / any / always" of a claim in the other language overreaches it
            return [Finding("scope", "the claim states without limits what the clause makes conditional")]
        if not 0 < len(readings) <= MAX_UNTIED_READINGS:
            # too many to read each, but "whatever the reason / in every case / without exception" is a claim about all
            # of them: it overreaches an article whose every rule comes with its case or exception and none says so
            if readings and _WHATEVER.search(claim) and not _OWN_CONDITION.search(_WHATEVER.sub(" ", claim)) \
                    and _overreaches(claim, clause_text):
                return [Finding("scope", "the claim states without limits what the clause makes conditional")]
            # an article with no modal verb still names who acts with 由 (由其所在单位或者上级机关给予行政处分,
            # 消费者权益保护法第六十一条): a claim giving the act to a party it nowhere names names the wrong actor
            absent = absent_party_across(claim, clause_text) if not readings else None
            return [absent] if absent else []
    else:
        readings = []
    if not cross and max((r for _, r, _ in ranked), default=0.0) < TIED_BY_WORDING:
        # wording that ties the claim to no sentence firmly: the sentences holding its predicate are readings too. Beside
        # the sentences its wording matches they can only clear a finding, not make one: a claim tied to a list item that
        # cannot judge it (个人信息保护法第十三条 (二)) is not judged by the general rule its predicate also matches
        extra = [s for s in _predicate_sentences(claim, clause_text) if s not in readings]
        vetoes_only = set(extra) if readings else set()
        readings += extra
    else:
        vetoes_only = set()
    if not readings:
        # a claim tied to no sentence may still require what the article dispenses with and nowhere requires ("must
        # obtain a specific authorisation" against "Such a transfer shall not require any specific authorisation",
        # GDPR Art. 45(1))
        waived = requires_dispensed(claim, clause_text) if not cross else ""
        if waived:
            return [Finding("polarity", f"the clause says no {waived}… is required; the claim requires it")]
        # or allow what a sentence too short to share its wording bans ("…社会团体和个人不得干涉", 银行业监督管理法第五条)
        banned = allows_what_is_banned(claim, clause_text) if not cross else ""
        if banned:
            return [Finding("polarity", f"the clause forbids what the claim allows or requires: 「{banned}」")]
        # or keep its rule "whether or not / even if" in the very case the article excepts (无论信息是否已处理到无法识别
        # 特定个人…一律 against 但是，经过处理无法识别特定个人且不能复原的除外, 网络安全法第四十四条): the concessive's case
        # ties it to the exception however loosely its other words paraphrase the rule (see exceptions._denies_exception)
        if not cross and _denies_exception(claim, clause_text):
            return [Finding("scope", "the claim says the rule holds even in the case the clause excepts from it")]
        # or hand the act to an authority the article nowhere names (absent_parties.py), whatever sentence it paraphrases
        absent = unnamed_authority(claim, clause_text) if not cross else None
        return [absent] if absent else []
    # a list item with no modal verb of its own is read with the ban or duty its lead-in puts on every item
    # (an item its wording ties the claim to stays a full reading when its lead-in's version is also a predicate sentence)
    # (and an item of a lead-in of cases with the rule the lead-in states for each case: subclauses.case_item_with_its_rule)
    def read(sentence: str) -> str:
        return case_item_with_its_rule(_under_lead_in(sentence, clause_text), clause_text)

    tied = {read(sentence) for sentence in readings if sentence not in vetoes_only}
    readings = list(dict.fromkeys(read(sentence) for sentence in readings))
    vetoes_only = {read(sentence) for sentence in vetoes_only} - tied
    # Each check stands only if every reading that can judge it agrees: a sentence with no modal verb cannot judge
    # polarity, one with no duty holder cannot judge the actor, one with no number cannot judge a number.
    judged = [_against(claim, sentence, clause_text) for sentence in readings]
    findings: list[Finding] = []
    # polarity, modality and rights are one question (what may, must or need not be done): a claim every reading
    # contradicts on it is contradicted, whichever way each reading does
    for kinds in (("polarity", "modality", "right"), ("actor",), ("number",)):
        able = [(sentence, can, found) for sentence, (can, found) in zip(readings, judged) if kinds[0] in can]
        if kinds[0] in ("polarity", "actor"):
            # who must do it is judged, like what must be done, by the sentences that hold what the claim's modal verb
            # governs: "…有权拒绝接受调查" is about 金融机构…有权拒绝接受调查, not 主管部门…可以请求…协助 beside it
            # (for a claim that opens with its case, by the one sentence that is the rule for that very case, when one is;
            # of the sentences that do not give the act to another party: 个人信息处理者拒绝…的，个人可以…提起诉讼 is the
            # individual's option in the claim's case, not the processor's rule, 个人信息保护法第五十条)
            own = [j for j in able if not any(f.kind == "actor" for f in j[2])]
            of_the_case = _about_the_case(claim, own) if kinds[0] == "polarity" and not cross else own
            if kinds[0] == "polarity" and cross and 0 < len(own) < len(able):
                # a claim in the other language is tied to its readings by terms only: one that gives the act to another
                # party ("中国人民银行可以…通报" beside "非银行支付机构…应当…向中国人民银行报告", 非银行支付机构监督管理条例第四十三条,
                # for "reporting it to the PBOC is up to the institution") cannot say whether the claim's party must
                able = _about_the_predicate(claim, own) or own
            else:
                able = of_the_case if len(of_the_case) == 1 < len(own) else _about_the_predicate(claim, able)
            if kinds[0] == "polarity" and cross:
                able = _stating_rights(claim, able)
        if kinds == ("actor",) and any("actor_same_kind" in can for _, can, _ in able):
            # the claim's duty holder is judged by the sentences giving the same kind of statement (a duty, an option, a
            # ban): "商业银行应当归还本息" is about 借款人应当归还, not about 商业银行享有要求保证人归还的权利 beside it
            able = [(sentence, can, found) for sentence, can, found in able if "actor_same_kind" in can]
        elif kinds == ("actor",) and any("actor_same_kind_unnamed" in can for can, _ in judged):
            # only a reading giving another kind of statement names a party, while one giving the claim's kind names none:
            # "A non-bank payment institution needs a minimum registered capital of RMB 100 million" restates 注册资本最低限额
            # 为人民币1亿元，且应当为实缴货币资本, not 中国人民银行…可以提高前款规定的注册资本最低限额 beside it (非银行支付机构
            # 监督管理条例第八条): the actor is judged by those readings alone (by the other checks of who acts: swapped
            # parties, an agent named with "by" / 由), or not at all
            able = [(sentence, can, found) for sentence, can, found in able if "actor_same_kind_unnamed" in can]
        if kinds == ("number",):
            # a claim tied to a list item whose figures its lead-in states is judged by that lead-in, not by the lead-in of
            # another list that only shares the words of its sanction (GDPR Art. 83(4) and (5): the same "shall … be
            # subject to administrative fines up to", with 10 000 000 EUR for one list and 20 000 000 EUR for the other)
            leads = {figures_of(s, clause_text) for s in readings if s not in vetoes_only} - set(readings)
            if leads:
                able = [j for j in able if j[0] not in vetoes_only or not j[0].rstrip().endswith((":", "："))
                        or j[0] in leads]
        verdicts = [[f for f in found if f.kind in kinds] for _, can, found in able]
        if kinds == ("actor",) and all(sentence in vetoes_only for sentence, _, _ in able) and not cross:
            # no reading names who acts (an elided subject: "对符合…的争议，必须受理", 消费者权益保护法第三十五条) while the
            # claim names its own party: the duty holder is judged by the best-matching sentence that names one, when the
            # claim shares its wording almost as well (a claim joining two sentences with a comma paraphrases both)
            actor = _actor_of_a_neighbour(claim, clause_text, [r for r in readings if r not in vetoes_only], ranked)
            if actor:
                findings.append(actor)
            continue
        if all(sentence in vetoes_only for sentence, _, _ in able):
            continue
        if verdicts and all(verdicts):
            if kinds == ("actor",) and party_stands(claim, clause_text, [s for s, _, _ in able]):
                continue  # (a right told from the side of the duty that answers it: correlatives.py)
            findings.append(verdicts[0][0])
    if not any(f.kind in ("polarity", "modality", "right") for f in findings):
        # a demand the claim denies its party where one of its readings has the other party answer that very party's
        # demand with a duty (demands.py): the sentence names both the party and the demand, so it decides the claim even
        # when the claim's few bridged terms tie it as well to a sentence beside it (消费者 alone ties "the consumer cannot
        # ask for the prepayment back" to 应当按照消费者的要求…退回预付款 and to …消费者必须支付的合理费用, 消费者权益保护法第五十三条)
        answered = next((s for s in readings if s not in vetoes_only and demand_denied_where_answered(claim, s)
                         and (classes_in(s) | _lead_in_classes(s, clause_text)) & {"obligation", "restriction"}), None)
        if answered:
            findings.append(Finding("right", f"the clause has the duty done at the demand the claim denies: "
                                             f"「{_short(answered)}」"))
    if not any(f.kind in ("polarity", "modality", "right") for f in findings):
        # a requirement the sentence (or the lead-in of its list) dispenses with, made a condition by the claim
        for sentence in readings:
            at = _sentence_index(sentence, clause_text)
            context = sentence + (" " + _lead_in(clause_text, at) if at >= 0 and LIST_ITEM.match(sentence) else "")
            waived = requires_dispensed(claim, context)
            if waived:
                findings.append(Finding("polarity", f"the clause says no {waived}… is required; the claim requires it: "
                                                    f"「{_short(sentence)}」"))
                break
        for sentence in readings:
            if _beyond_the_only(claim, sentence):
                findings.append(Finding("polarity", f"the clause allows this only for what it names; the claim allows it "
                                                    f"beyond that: 「{_short(sentence)}」"))
                break
    if cross and ranked:
        # glossary terms find the sentences a claim in the other language is about, not the one it paraphrases: when
        # the article says what the claim says somewhere (an option, a duty, a right), its modality is left alone
        # (the modal words of the claim's rule: "can effectively avoid harm" in its condition or "records that can identify
        # users" in a relative clause says nothing the article must license)
        # Somewhere the claim's terms reach: a sentence sharing one of its bridge terms (or the lead-in of such a list
        # item), not any sentence of the article: "is required to engage in financial business" is not cleared by the
        # 负责 of another item of 中国人民银行法第四条's list of tasks when the one sentence about that business says 可以
        touched = [s for s, r, _ in matching_sentences(claim, clause_text, bridge) if r > 0]
        said = {MODAL_GROUP[c] for s in touched for c in classes_in(s) | _lead_in_classes(s, clause_text)}
        # (said of the claim's party, or of a party the article leaves unnamed: "中国人民银行可以…通报" is no option of the
        # payment institution's that "reporting it is up to the institution" could restate, 非银行支付机构监督管理条例第四十三条)
        # Every modal statement of the claim must be one the article makes: "it need not give reasons or tell the
        # customer that they may complain" holds an option the article gives (可以…投诉) and an exemption it nowhere gives
        # (应当说明理由): the option it restates does not clear the duty it turns around (one class said was enough before)
        claimed = classes_in(_rule_words_en(claim))
        if claimed and all(MODAL_GROUP[c] in said and _given_to_the_claims_side(claim, c, clause_text) for c in claimed):
            # a right denied (无权) where the article grants it is cleared only by the article denying it somewhere too,
            # not by another party's ban beside it ("the personal data shall no longer be processed", GDPR Art. 21(3))
            own_right = classes_in(_rule_words_en(claim)) & _RIGHTS
            findings = [f for f in findings if f.kind not in ("polarity", "modality", "right")
                        or f.kind == "right" and own_right and not own_right & classes_in(clause_text)]
    # judged by the readings that allow something (a ban beside them, 不得采集…禁止采集的企业信息, is about another act)
    # with the exception the next sentence makes to each (但是，该约定不影响个人向其中任何一个…, 个人信息保护法第二十条)
    allowing = [text for text in (s + _exception_after(s, clause_text) for s in readings) if _opens_to_all(claim, text)]
    if allowing and all(_narrows(claim, text) for text in allowing):
        findings.append(Finding("scope", f"the clause allows this without saying \"only\"; the claim makes it the only "
                                         f"way: 「{_short(readings[0])}」"))
    added = next((s for s in readings if s not in vetoes_only and _only_where_added_to(claim, s)), None)
    if added and not any(f.kind == "scope" for f in findings):
        findings.append(Finding("scope", f"the clause adds a rule to the one it names; the claim says \"only\": "
                                         f"「{_short(added)}」"))
    narrowed = one_of_the_cases_made_the_only(claim, clause_text) if not cross else ""
    if narrowed and not any(f.kind == "scope" for f in findings):
        findings.append(Finding("scope", f"the clause names several cases, any one of which suffices; the claim makes "
                                         f"one of them the only one: 「{_short(narrowed)}」"))
    denied = _affirms_what_is_denied(claim, clause_text, bridge)
    if not denied and not cross:
        denied = _denies_what_is_stated(claim, clause_text) or _affirms_what_is_negated(claim, clause_text) \
            or _frees_what_is_stated(claim, clause_text) or _accepts_whom_it_is_free_of(claim, clause_text) \
            or denies_time_limit(claim, clause_text)
    if denied and not any(f.kind in ("polarity", "scope") for f in findings):
        findings.append(Finding("polarity", f"the clause says {denied}; the claim says the opposite"))
    if not cross and not any(f.kind in ("polarity", "modality", "right") for f in findings):
        banned = allows_what_is_banned(claim, clause_text)
        if banned:
            findings.append(Finding("polarity", f"the clause forbids what the claim allows or requires: 「{banned}」"))
    if not any(f.kind in ("polarity", "modality", "right") for f in findings):
        # (for a claim in the other language, the sentences its glossary terms tie it to at all)
        nearby = [s for s, _, _ in ranked] if cross else \
            [s for s, share, _ in matching_sentences(claim, clause_text) if share >= ANTONYM_NEARBY]
        # and the rest of a reading's sentence after its semicolon (…保存期限…为5年；超过5年的，应当予以删除, 征信业管理条例第十六条)
        nearby += [after for after in (_after_semicolon(r, clause_text) for r in readings) if after and after not in nearby]
        swapped = opposite_word(claim, [r for r in readings if r not in vetoes_only], nearby, clause_text if cross else "")
        if swapped:
            theirs, mine, sentence = swapped
            findings.append(Finding("polarity", f"the clause says {theirs} where the claim says the opposite, {mine}: "
                                                f"「{_short(sentence)}」"))
    if not any(f.kind in ("polarity", "modality", "right", "scope") for f in findings) and not cross:
        for sentence in readings:
            excepted = _exception_as_rule(claim, sentence + _exception_after(sentence, clause_text))
            if excepted:
                findings.append(Finding("scope", f"the clause allows this only in the case its exception names "
                                                 f"(「{_short(excepted)}」); the claim makes it the rule"))
                break
    if not cross and not any(f.kind == "actor" for f in findings):
        # who does it, said by "by" anywhere in the article ("Decisions adopted by the Commission"), with no modal verb
        agent = other_agent_in_article(claim, clause_text) or other_doer_of_act(claim, clause_text) \
            or stray_doer(claim, clause_text) or topic_doer(claim, clause_text) \
            or unnamed_party(claim, clause_text) or unnamed_body(claim, clause_text) or unnamed_body_en(claim, clause_text) \
            or deputy_office(claim, clause_text) or unnamed_authority(claim, clause_text)
        other_case = agent_of_another_case(claim, clause_text) if not agent else None
        if other_case:
            agent = Finding("actor", f"the clause gives this case to {other_case[1]}, the claim to {other_case[0]}: "
                                     f"「{_short(other_case[2])}」")
        governing = (other_governing_party(claim, clause_text) or other_report_recipient(claim, clause_text)) \
            if not agent else ""
        agent = agent or (Finding("actor", governing) if governing else None)
        if agent:
            findings.append(agent)
    if cross and not any(f.kind == "actor" for f in findings):
        agent = unnamed_body_across(claim, clause_text) or absent_party_across(claim, clause_text) \
            or absent_authority_across(claim, clause_text)
        if agent:
            findings.append(agent)
    if _denies_exception(claim, clause_text) and not any(f.kind == "scope" for f in findings):
        findings.append(Finding("scope", "the claim says the rule holds even in the case the clause excepts from it"))
    # a universal word is licensed by the sentence holding what the claim's verb governs, too ("does not require any …
    # authorisation" restates "shall not require any specific authorisation" whatever sentence its other words match)
    # when it says it with the claim's own modal verb; and of the readings, those about what the claim's verb governs
    # ("the controller can never process … in any case" is licensed by no "at any time" of the data subject's right)
    about = [sentence for sentence, _, _ in _about_the_predicate(claim, [(r, set(), []) for r in readings])]
    said_by = about + [s for s in _predicate_sentences(claim, clause_text)
                       if s not in about and classes_in(s) & classes_in(claim)] if not cross else readings
    if cross:
        # glossary terms tie a claim in the other language to sentences only loosely: a sentence of the article that says
        # "for life / whatever the case" itself (受到刑事处罚的人员，终身不得从事…, 网络安全法第六十六条) licenses "never
        # again" whichever sentence the terms picked
        said_by = said_by + [s for s in sentences(clause_text) if s not in said_by and _speaks_universally(s, True)]
        # and one that says "any / all" of the very noun a Chinese claim's 任何 / 全部 governs (scope.universal_phrase_across)
        said_by = said_by + [s for s in sentences(clause_text) if s not in said_by and universal_phrase_across(claim, s)]
    # a sub-clause restating a sentence that says the claim's universal phrase itself ("也不能为任何单位和个人提供担保" for
    # "不得向任何单位和个人提供担保", 中国人民银行法第三十条): that sentence licenses it (restated_universals.py)
    said_by = said_by + [s for s in sentences(clause_text) if s not in said_by and universal_restated(claim, s)]
    if _overreaches(claim, clause_text, said_by) and not any(f.kind == "scope" for f in findings):
        findings.append(Finding("scope", f"the claim states without limits what the clause makes conditional: "
                                         f"「{_short(readings[0])}」"))
    return findings


# "instead": a substitute for another act (general English usage)
_INSTEAD_EN = re.compile(r"\binstead\b", re.I)
# "as part of": where or how a duty is met, within another thing (general English usage)
_AS_PART_OF_EN = re.compile(r"\bas (?:a |an )?part of\b", re.I)
# … unless the claim says outright that the act is up to the party
_OPTIONAL_EN = re.compile(r"\b(?:optional|not (?:required|obliged|obligatory|mandatory)|free to|up to (?:it|them|the))\b", re.I)


# An English claim's opening condition ("If …, ", "Where …, ") and its relative clauses' "that / which can …": modal words
# there qualify the case or the thing, not what the claim says must, may or need not be done
_CONDITION_EN = re.compile(r"^\W*(?:if|where|when|whenever|unless|once|provided that)\b[^,]{3,200},\s*", re.I)
_RELATIVE_MODAL_EN = re.compile(r"\b(?:that|which|who)\s+(?:can|could|may|might)\b", re.I)


def _rule_words_en(claim: str) -> str:
    """An English claim without its opening condition and its relative clauses' modal words (a Chinese one as it is);
    the claim itself when nothing modal would be left."""
    if is_chinese(claim):
        return claim
    rule = _RELATIVE_MODAL_EN.sub(" ", _CONDITION_EN.sub("", claim))
    return rule if classes_in(rule) else claim


def _after_semicolon(sentence: str, clause_text: str) -> str:
    """The sentence after `sentence` when a semicolon ends it (the same sentence of the law, split for matching)."""
    at = _sentence_index(sentence, clause_text)
    found = sentences(clause_text)
    return found[at + 1] if 0 <= at < len(found) - 1 and sentence.rstrip().endswith(("；", ";")) else ""


# How far below the best reading's F2 a sentence that names the duty holder may match the claim and still judge its actor
# (when no reading names one). Set, not swept: 消费者权益保护法第三十五条's two sentences are 0.10 apart for a claim joining them.
NEIGHBOUR_ACTOR_MATCH = 0.15


def _actor_of_a_neighbour(claim: str, clause_text: str, readings: list[str], ranked) -> Finding | None:
    """The actor finding of the best-ranked sentence outside `readings` that can judge the claim's duty holder, within
    NEIGHBOUR_ACTOR_MATCH of the best F2; None when the claim names no holder or no such sentence finds a wrong one."""
    if not ranked or not _duty_pairs(claim, pronouns=False):
        return None
    best = ranked[0][2]
    for sentence, _, f2 in ranked:
        if sentence in readings or f2 < best - NEIGHBOUR_ACTOR_MATCH:
            continue
        can, found = _against(claim, _under_lead_in(sentence, clause_text), clause_text)
        if "actor" in can:
            return next((f for f in found if f.kind == "actor"), None)
    return None


def _lead_in_classes(sentence: str, clause_text: str) -> set[str]:
    """The modal classes of the lead-in a list item hangs from ("each supervisory authority shall on its territory:"),
    none for a sentence that is no list item."""
    if not LIST_ITEM.match(sentence):
        return set()
    lead = _lead_in(clause_text, _sentence_index(sentence, clause_text), past_run_ons=True)
    return classes_in(lead) if lead else set()


def _against(claim: str, sentence: str, clause_text: str) -> tuple[set[str], list[Finding]]:
    """(the kinds of check this sentence can judge, what it finds)."""
    findings: list[Finding] = []
    can: set[str] = set()
    # (an English claim on a Chinese sentence by the modal words of its rule, not of its condition: see _rule_words_en)
    claim_cls = classes_in(_rule_words_en(claim) if is_chinese(claim) != is_chinese(sentence) else claim)
    source_cls = _sub_clause_classes(claim, _rule_part(sentence))
    # a sentence judges the claim's modality only if it speaks of the same thing: a duty, an option or a right that
    # the claim's modal words can equal or oppose ("有权请求" judges "无权要求"; "应当核实" does not)
    same_verb = _opposed_for_the_same_verb(claim, _rule_part(sentence))
    if same_verb or any(MODAL_GROUP[c] == MODAL_GROUP[s] or (c, s) in OPPOSITE_CLASSES for c in claim_cls for s in source_cls):
        can |= {"polarity", "modality", "right"}
    pairs = sorted((c, s) for c in claim_cls for s in source_cls if (c, s) in OPPOSITE_CLASSES and c not in source_cls)
    # A clause that says both ("不得…；但是…可以…") is conditional: only a wholly opposite claim is contradicted.
    # Unless the claim gives the opposite to the very party the sentence gives it to ("…接收方不承担该义务" against
    # "接收方应当继续履行…义务", 网络数据安全管理条例第十四条, while the claim's other sub-clause has a duty of its own), or
    # gives it on the very verb the sentence gives the opposite on (see _opposed_for_the_same_verb).
    same_holder = _opposed_for_same_holder(claim, sentence)
    pairs = [(c, s) for c, s in pairs if s not in claim_cls or (c, s) in same_holder or (c, s) in same_verb]
    # a claim of two rules is read rule by rule: its modal verb that restates a sub-clause of the sentence with the
    # same modality is no opposite of the sentence's other sub-clause (see said_in_its_own_part)
    pairs = [(c, s) for c, s in pairs if not said_in_its_own_part(claim, c, _rule_part(sentence))]
    if _DUTY_EITHER_WAY.search(sentence) and _ONE_OF_THE_WAYS.search(claim):
        # "可以委托专业机构…审计" against "应当定期自行或者委托专业机构…审计": one of the ways the duty may be done is an option
        pairs = [(c, s) for c, s in pairs if (c, s) != ("permission", "obligation")]
    if means_chosen_from_list(claim, sentence):
        # "可以用短信或者电子邮件通知" against "应当…以电话、短信、即时通信工具、电子邮件或者公告等方式通知利害关系人" (网络数据
        # 安全管理条例第十一条): the means the sentence lists are each open to the duty holder, so "may use one" is an
        # option among them, not an option to do the act (as 自行或者委托 above)
        pairs = [(c, s) for c, s in pairs if (c, s) != ("permission", "obligation")]
    if _AS_PART_OF_EN.search(claim) and _AS_PART_OF_EN.search(sentence) and not _DISCRETION.search(claim) \
            and not _OPTIONAL_EN.search(claim):
        # "can keep the logs as part of the documentation it already keeps" against "shall maintain the logs … as part of
        # the documentation kept under the relevant financial services law" (AI Act Art. 19(2)): the duty says where the
        # thing is kept, and "can … as part of" says the duty holder may meet its duty there (as "can … instead" above)
        pairs = [(c, s) for c, s in pairs if (c, s) != ("permission", "obligation")]
    if _INSTEAD_EN.search(claim) and _INSTEAD_EN.search(sentence):
        # "the controller can make a public communication instead" against "there shall instead be a public communication"
        # (GDPR Art. 34(3)(c)): a substitute the sentence puts in place of another duty is the duty holder's other way of
        # meeting it, which "can … instead" restates
        pairs = [(c, s) for c, s in pairs if (c, s) != ("permission", "obligation")]
    if duty_at_the_demand_of(claim, _rule_part(sentence)):
        # "消费者可以要求退回预付款" against "应当按照消费者的要求…退回预付款": the demand is the claim's option, the
        # answer to it the sentence's duty (demands.py)
        pairs = [(c, s) for c, s in pairs if not (c in ("permission", "right") and s == "obligation")]
    if _RESTRICTED_PERMISSION.search(claim) and _ONLY_IN_SENTENCE.search(sentence):
        # "may use only processors providing sufficient guarantees" restates "shall use only processors providing …"
        # (GDPR Art. 28(1)): an option restricted by "only" is the duty to keep within the restriction
        pairs = [(c, s) for c, s in pairs if (c, s) != ("permission", "obligation")]
    if permission_only_if(claim) and (excepted_in_sentence(sentence) or _exception_after(sentence, clause_text)):
        # "may gather … only if it tells the person … and gets written consent" restates "不得采集…。但是，…并取得其书面同意
        # 的除外" (征信业管理条例第十四条): an option restricted to a case is the ban with that case excepted (only_if.py)
        pairs = [(c, s) for c, s in pairs if (c, s) != ("permission", "prohibition")]
    if pairs and _OWN_CONDITION_ANY.search(_DISCRETION.sub(" ", claim)):
        # A conditional claim ("need not … if the data were encrypted") may describe the exception the article states
        # elsewhere ("shall not be required if …"): it stands when a sub-clause of the article gives the claim's
        # modality to what the claim's modal verb governs. Not when this sentence is the rule for the claim's very case
        # ("发生个人信息泄露的，…可以采取补救措施" against "发生…泄露…的，个人信息处理者应当立即采取补救措施"); and a claim
        # restating the exception this sentence itself makes ("…取得个人单独同意的除外") agrees with it.
        case = _where_case_is_stated(_case_of(claim), sentence + _exception_after(sentence, clause_text))
        if not case:
            # the claim's opening case alone ("Once a data subject objects to direct marketing, the controller may keep
            # using the data as long as …" against "Where the data subject objects to processing for direct marketing
            # purposes, the personal data shall no longer be processed", GDPR Art. 21(3)): a sentence that is the rule
            # for the very situation the claim opens with, and names no exception, is not left for the claim's later
            # "as long as" to an exception the article makes elsewhere
            opening = re.split(r"[，,；;]", _case_of(claim), maxsplit=1)[0]
            if opening != _case_of(claim) and _where_case_is_stated(opening, sentence) == "rule" \
                    and not _exception_after(sentence, clause_text):
                case = "rule"
        if case == "exception":
            pairs = []
        elif case != "rule":
            pairs = [(c, s) for c, s in pairs if not _stated_elsewhere(claim, c, s, clause_text)]
    if not pairs and "modality" in can:
        pairs = same_verb
    if not pairs and demand_denied_where_answered(claim, sentence) and (source_cls | _lead_in_classes(sentence, clause_text)) \
            & {"obligation", "restriction"}:
        # "is not entitled to ask" against "shall … upon request … to any data subject" (a list item under its lead-in's
        # "shall"): the demand a duty answers is one its party may make (demands.py; the negative side of
        # duty_at_the_demand_of above)
        pairs = [(next((c for c in sorted(claim_cls) if MODAL_GROUP[c] == "not"), "no_right"), "obligation")]
        can |= {"polarity", "modality", "right"}
    if what_a_thing_is(claim, _rule_part(sentence)):
        # "which can be renewed once" against "The term of office … shall be five years and be renewable once"
        pairs = [(c, s) for c, s in pairs if (c, s) != ("permission", "obligation")]
    if option_within_a_ceiling(claim, _rule_part(sentence)):
        pairs = [(c, s) for c, s in pairs if (c, s) != ("permission", "prohibition")]
    if pairs:
        c, s = pairs[0]
        kind = "right" if "right" in c or "right" in s else "modality" if {c, s} <= {"obligation", "permission"} else "polarity"
        findings.append(Finding(kind, f"the clause says {MODAL_LABEL[s]} where the claim says {MODAL_LABEL[c]}: 「{_short(sentence)}」"))
    at = _sentence_index(sentence, clause_text)
    lead = _lead_in(clause_text, at) if LIST_ITEM.match(sentence) else ""
    can_actor, actor_found = _actor_findings(claim, sentence, lead or _sentence_before(clause_text, at), bool(lead))
    if actor_found:
        # (a claim joining two sentences of the article: each party judged by the sentence carrying its act)
        rest = without_acts_held_elsewhere(claim, sentence, clause_text)
        if rest != claim:
            can_actor, actor_found = _actor_findings(rest, sentence, lead or _sentence_before(clause_text, at), bool(lead))
    claim_groups = {MODAL_GROUP[c] for _, c in _duty_pairs(claim)}
    if can_actor:
        can.add("actor")
        if claim_groups & {MODAL_GROUP[c] for _, c in _duty_pairs(sentence)}:
            can.add("actor_same_kind")
    elif claim_groups & {MODAL_GROUP[c] for a, c in _duty_pairs(sentence) if a is None}:
        # the sentence gives the claim's kind of statement (a duty, an option, a ban) with no party named (设立非银行支付机构
        # 的注册资本…应当为实缴货币资本): the one the claim restates, which cannot say who holds it
        can.add("actor_same_kind_unnamed")
    # (the one acted on is not made the actor by a claim whose party demands what the sentence has done at that party's
    # demand: "消费者可以要求三倍赔偿" for "应当按照消费者的要求增加赔偿", 消费者权益保护法第五十五条, demands.py)
    swapped = swapped_parties(claim, sentence) or other_agent(claim, sentence) or other_active_doer(claim, sentence) \
        or swapped_passive(claim, sentence) \
        or other_passive_agent(claim, sentence) or _actor_of_the_act(claim, sentence) \
        or other_named_authority(claim, sentence, clause_text) or other_receiver(claim, sentence) \
        or other_offender(claim, sentence) \
        or (subject_only_as_object(claim, sentence) if not actor_found and not duty_at_the_demand_of(
            claim, _rule_part(sentence)) else None)
    if swapped and not actor_found:
        # giver and receiver swapped, named by words the actor lexicon may not know (see roles/receivers.py)
        can.add("actor")
        actor_found = [swapped]
    findings += actor_found
    # a sentence judges the claim's figure only with a figure of its kind (a duration in days cannot judge "three months":
    # quantities.compare leaves days and months apart, so such a reading would clear what the one stating months finds)
    kinds = {q.base()[0] for q in extract_quantities(claim)}
    stated = extract_quantities(figures_of(sentence, clause_text))
    if stated and (not kinds or any(q.base()[0] in kinds for q in stated)):
        can.add("number")
    findings += _numbers(claim, sentence, clause_text)
    return can, findings
