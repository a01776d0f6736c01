"""Who acts, by the words of the noun phrases rather than the actor lexicon (pure). Three ways a claim names the wrong
actor: it swaps the giver and the receiver of what is provided, reported or passed on (swapped_parties); it makes the
one a verb acts on or through the one who acts (subject_only_as_object); it says another party sets or does what
"由 X" says X does (other_agent).

"从事信贷业务的机构应当…向金融信用信息基础数据库提供信贷信息" (征信业管理条例第二十九条) made into "数据库应当向从事信贷
业务的机构提供…" names the wrong actor even when neither party is one the actor lexicon knows: the check compares the
words of the two noun phrases, the subject before the modal verb and the receiver after 向 / "to", not their roles.

- phrases: same_party, subject_of, _names_a_party (the words of noun phrases)
- receivers: giver and receiver (giver_and_receiver, swapped_parties, other_receiver)
- objects: the one acted on made the actor (subject_only_as_object)
- agents: 由 X in Chinese (other_agent, stray_doer)
- consenters: whose consent, the one a giver's phrase names as its possessor made the giver (possessor_as_consenter)
- passives: "by X" in English passives (swapped_passive, other_passive_agent, other_agent_in_article,
  passive_agent_across)
"""
