"""Is a practical artefact (a template, a budget: asked_facts' "artefact") what a question asks for, or only where its
case sits (part of the coverage gate, signal 4)?

「信贷合同模板这次要大改，法律上一份贷款合同至少得约定哪些内容？」 and 「理财协议模板里有一句…，这种格式条款有效吗？」 name the
template the case happens in; what they ask (a loan contract's terms, a clause's validity) is in the clauses that ask
(asked_items.asking_clauses, asking._asking_part), which name no artefact. Asked there ("有没有标准模板", "is there a
template for …"), it is checked as before, and so it is in a statement closed by a tag asking whether it is right ("…,
so our DPA template copies that. Correct?": quoted_figures.confirmed_statement), where the statement is what is asked.
A biometric template (a face or fingerprint template: the stored features a
system matches, ISO/IEC 2382-37) is no document at all.
"""

from __future__ import annotations

import re

from ..asked_items import asking_clauses
from ..quoted_figures import confirmed_statement
from .asking import _asking_part, _asks_or_requests


def artefact_asked(question: str, asks_artefact: re.Pattern) -> bool:
    """The clauses or sentences of `question` that ask name the artefact (`asks_artefact`), not as a biometric
    template."""
    asking = question if confirmed_statement(question) else asking_clauses(_asking_part(question), _asks_or_requests)
    return bool(asks_artefact.search(_BIOMETRIC_TEMPLATE.sub(" ", asking)))


# general English for the stored features of a biometric (ISO/IEC 2382-37 "biometric template"); 人脸模板 / 指纹模板
_BIOMETRIC_TEMPLATE = re.compile(r"\b(?:face|facial|fingerprint|biometric|voice|iris|palm)(?:[- ]\w+)? templates?\b|"
                                 r"(?:人脸|面部|指纹|生物特征|声纹|虹膜|掌纹)(?:特征)?模板", re.I)
