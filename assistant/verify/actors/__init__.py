"""Duty holders: who a modal verb binds, in Chinese and English legal text (pure).

The duty holder is the subject of the modal verb: the actor a sub-clause opens with, the head noun of a subject with a
relative clause (…的受托人), the agent of a passive ("by the controller"), or, for an elided subject, the one named in
the sub-clause before; never an object (取得客户的同意, 向征信机构查询, "to the controller") nor a thing of the actor's
(客户身份信息, 商业银行员工). Roles the laws set against each other stay apart (see lexis/parties.py, _SIDES); a claim's party contradicts
the clause's only when no one party may hold both roles in the clause's frame (parties.roles_compatible: a bank may be
the processor, operator, deployer or provider a clause names; an authority is never the regulated party).

- the party lexicon is below, in assistant/lexis/parties.py (the parties the laws name, in Chinese and English,
  actors_in, same_side, specific, the labels of findings), shared with the retrieval side
- subjects: the party one sub-clause names as its subject or agent (由 X, "by X", a relative clause's head noun)
- holders: the duty holders of a sentence, sub-clause by sub-clause (_duty_pairs, _duty_holders, lead_in_holders)
- findings: the wrong-actor findings (_actor_findings, other_named_authority, other_branch, unnamed_party) and
  without_acts_held_elsewhere (a claim joining two sentences: each party judged by the sentence carrying its act)
"""
