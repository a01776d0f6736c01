"""A question asking what holds in a place outside the mainland and the EU (part of the coverage gate, signal 2).

"日本的银行发生数据泄露要多久内报告？", "What ID documents does a bank in Hong Kong need to open an account?",
"In Australia, how long must banks keep KYC records?" name no law, yet ask another jurisdiction's: the place is where
the rule asked holds. The corpus holds Chinese law, which names no foreign place (it says 境外 for all of them:
个人信息保护法第三章, 数据安全法第三十一条), the EU's GDPR and AI Act, and the bank's policies; so such a question is not
covered, as one naming that place's law (Singapore's PDPA, regimes.toml) is not.

A place named as the setting of the bank's own case is another matter, and is answered from the Chinese texts: data
sent to Singapore, our Hong Kong branch, a customer living in Japan, a US court's request for data stored here
(数据安全法第三十六条), a vendor, processor or server there, a comparison ("like the US"), a question asking what holds at
home. So the rule fires only when the question ties the place to the rule asked (a bank or regulator there, its law, a
deadline there) and nothing ties the case to the bank or the mainland. EU places are left out: the GDPR and the AI Act are their law.
General English and Chinese wording, not taken from any evaluation question.
"""

from __future__ import annotations

import re

from ...language import has_cjk
from ..foreign_places import load_places
from ..named_laws import asks_about_home, named_as_comparison

# The bank's own case, a movement across the border, or a tie to the mainland: the place is then where something of
# the bank's goes, sits or comes from (数据出境, our branch, a customer there), asked under Chinese law.
_OWN_CASE_ZH = re.compile(r"我们|我行|本行|咱们|我司|我方|公司(?:在|的)|传到|传给|传往|发到|发往|放到|存到|提供给|出境|入境|"
                          r"传输|跨境|调取|访问|母公司|总行|分行|子公司|分支机构|客户|用户|境外|本地")
_OWN_CASE_EN = re.compile(r"\b(?:we|our|us|ours|ourselves|clients?|customers?|users?|transfer\w*|send\w*|sent|"
                          r"mov\w+|access\w*|stor\w+|host\w*|parent|branch\w*|subsidiar\w+|offshore|cross-border|"
                          r"abroad|here|(?:sub-?)?processors?|vendors?|providers?|servers?|cloud|outsourc\w*)\b",
                          re.IGNORECASE)
# … what a place's rules are about when it qualifies them (香港的银行, 日本的监管, 新加坡的…时限): its banks, regulators,
# laws, and the deadlines, limits and requirements they set (a span of up to ten characters between, no punctuation)
_RULE_AFTER_ZH = re.compile(r"^(?:的|那边的?|这边的?|当地的?)?[^，。？！、；,.?!;]{0,10}?"
                            r"(?:银行|金融机构|监管|央行|金管局|当局|法律|法规|规定|规则|要求|条例|制度|时限|期限|上限|"
                            r"下限|标准|门槛)")
# … or the place opens the question as where the asked act is done (在日本，… / 在香港开户要… / 日本，…)
_OPENS_ZH = re.compile(r"^(?:请问)?(?:在|按|按照|根据)$")
# English: a bank or regulator there ("a bank in Japan", "Japanese banks" is not matched: adjectives are not places),
# the place opening the question ("In Australia, …"), its law ("under Singapore law", "Singapore's rules"), a place's
# banks or regulators ("Singapore banks"). Not a place merely ending the question ("… processed by a sub-processor in
# India?", "host the backups in Singapore?"): that is where the bank's data goes as often as whose law is asked
# (round 32's reading of the tuning questions), and a vendor, processor or server there is the bank's own case.
_BEFORE_EN = re.compile(r"(?:\b(?:banks?|lenders?|institutions?|regulators?)\s+in|^\s*in|\bunder)\s+(?:the\s+)?$",
                        re.IGNORECASE)
_AFTER_EN = re.compile(r"(?:'s|’s)?\s+(?:law|laws|rules|regulations?|regulators?|banks?|lenders?|requirements?)\b",
                       re.IGNORECASE)


def foreign_rule_place(question: str) -> str | None:
    """The place outside the mainland and the EU whose rules the question asks (None: none, or the case is the
    bank's own or compares)."""
    places = load_places()
    if asks_about_home(question):
        return None
    if has_cjk(question):
        if _OWN_CASE_ZH.search(question):
            return None
        for name, start, end in places.outside_mentions(question):
            opening = question[max((question.rfind(c, 0, start) for c in "，。？！；,?!;"), default=-1) + 1:start]
            opens = _OPENS_ZH.match(opening) or (not opening.strip() and question[end:end + 1] in "，,")
            if (_RULE_AFTER_ZH.match(question[end:]) or opens) \
                    and not _compared(question, name):
                return name
        return None
    if _OWN_CASE_EN.search(question):
        return None
    for name, start, end in places.outside_mentions(question):
        before, after = question[:start], question[end:]
        if (_BEFORE_EN.search(before) or _AFTER_EN.match(after)) and not _compared(question, name):
            return name
    return None


def _compared(question: str, name: str) -> bool:
    return named_as_comparison(question, re.compile(re.escape(name), re.IGNORECASE))
