"""English causatives of a right: "can have the bank erase the data", "can get inaccurate data corrected" (pure).

"X can have / get Y done" says X may make another do the act: a right held against the one who must do it, as GDPR
Art. 16–21 give the data subject "the right to obtain from the controller the erasure …" beside "the controller shall
have the obligation to erase". Read as a permission, its "can" was set against that duty (a true claim contradicted).
"""

from __future__ import annotations

# the words that end the object before its verb could come: a conjunction, a relative word or "to" (so "can have the
# same legal effect once approved" holds no causative; ordinary English grammar)
_STOP = r"(?:once|if|when|where|after|before|unless|because|and|or|but|that|which|who|whom|to|not|no|never|under|by|for|with)"
# the act done: a regular past participle, the irregular ones a rule's act takes, or a bare verb of the data subject's
# rights (GDPR Arts. 16–21: rectify / correct / complete, erase / delete, restrict, transmit, stop; explain, review:
# 个人信息保护法第四十八条 解释说明, GDPR Art. 22(3) human intervention)
_ACT = (r"(?:[a-z]{3,}ed|done|made|given|taken|sent|kept|held|shown|frozen|withdrawn|"
        r"erase|delete|correct|rectify|complete|restrict|transmit|stop|remove|explain|review|reconsider|update)")
# "can / may / could have | get", its object (one to six words, none a stop word), then the act
CAUSATIVE_RIGHT_EN = (r"(?:can|may|could) (?:have|get)(?= (?:(?!" + _STOP + r"\b)[\w'-]+ ){1,6}" + _ACT + r"\b)")
