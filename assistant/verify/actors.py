"""Duty holders: who a modal verb binds, in Chinese and English legal text (pure).

The duty holder is the subject of the modal verb: the actor a sub-clause opens with, the head noun of a subject with a
relative clause (…的受托人), the agent of a passive ("by the controller"), or, for an elided subject, the one named in
the sub-clause before; never an object (取得客户的同意, 向征信机构查询, "to the controller") nor a thing of the actor's
(客户身份信息, 商业银行员工). Roles the laws set against each other stay apart (see _SIDES).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.articles import CN_ARTICLE_LABEL
from ..text.numerals import ENUM_NUMBER
from .modality import _EN_RE, _MODAL_GROUP, _MODAL_STRIP_EN, _ZH as _ZH_WORDS, Finding, _is_zh, _norm, modal_classes

# Duty holders. A claim whose duty holder differs from the clause's (before the modal verb) names the wrong actor.
_ACTORS_ZH = [
    ("个人信息处理者", "processor"), ("数据处理者", "processor"), ("网络数据处理者", "processor"), ("处理者", "processor"),
    ("受托人", "entrusted"), ("受托方", "entrusted"), ("接收方", "recipient"),
    ("网络运营者", "operator"), ("运营者", "operator"), ("金融机构", "institution"), ("商业银行", "institution"),
    ("银行业金融机构", "institution"), ("征信机构", "credit_agency"), ("信息提供者", "provider"), ("信息使用者", "user"),
    ("履行个人信息保护职责的部门", "authority"), ("国家网信部门", "authority:cac"), ("网信部门", "authority:cac"),
    ("国务院反洗钱行政主管部门", "authority:pboc"), ("反洗钱行政主管部门", "authority:pboc"), ("中国人民银行", "authority:pboc"),
    ("反洗钱监测分析机构", "authority"), ("公安机关", "authority:police"), ("国务院银行业监督管理机构", "authority:banking"),
    ("征信业监督管理部门", "authority:pboc"), ("电子认证服务提供者", "provider_ca"), ("支付机构", "institution"),
    ("生成式人工智能服务提供者", "provider_ai"), ("算法推荐服务提供者", "provider_ai"), ("服务提供者", "provider_ai"),
    ("使用者", "individual"), ("消费者", "individual"), ("经营者", "institution"),
    ("监督管理机构", "authority"), ("主管部门", "authority"), ("有关部门", "authority"), ("国家机关", "state"),
    ("个人", "individual"), ("信息主体", "individual"), ("客户", "individual"), ("用户", "individual"),
    ("个人信息保护负责人", "dpo"), ("数据安全负责人", "dpo"), ("银行", "institution"), ("本行", "institution"),
    # the parties of a loan or a deposit (商业银行法): each has its own duties and rights
    ("借款人", "borrower"), ("保证人", "guarantor"), ("存款人", "depositor"),
    # 反洗钱法第三十二条: the third party a bank relies on for due diligence has duties of its own
    ("第三方", "third_party"),
    # the usual short names of the regulators: 人民银行 / 央行 (中国人民银行法), 监管部门 / 监管机构 (银行业监督管理法),
    # 网信办 (国家互联网信息办公室); the one entrusting processing (委托人 / 委托方) is the processor (个人信息保护法第二十一条)
    ("人民银行", "authority:pboc"), ("央行", "authority:pboc"), ("监管部门", "authority"), ("监管机构", "authority"),
    ("网信办", "authority:cac"), ("委托人", "processor"), ("委托方", "processor"),
    # parties with rights or duties of their own: the next of kin of a deceased (个人信息保护法第四十九条), a minor's
    # parents or guardian (第三十一条), the data supplier a trading intermediary must question (数据安全法第三十三条),
    # 生成式人工智能服务管理暂行办法's short name for its providers (第七条 "以下称提供者"), the state organs that must
    # supply the AML authority (反洗钱法第十七条), customs (第十八条) and the courts (第三十九条)
    ("近亲属", "relative"), ("监护人", "guardian"), ("父母", "guardian"), ("数据提供方", "data_supplier"),
    ("提供者", "provider_ai"), ("国家有关机关", "state"), ("海关", "authority:customs"), ("人民法院", "court"),
    # GDPR roles as Chinese drafts name them
    ("数据主体", "individual"), ("数据控制者", "controller"), ("控制者", "controller"), ("数据保护官", "dpo"),
    # a business as such (企业, 公司: 数据安全法第三十三条, 网络数据安全管理条例第十六条 name 企业 as parties), which the laws'
    # own roles (处理者, 运营者, 金融机构 …) are kinds of; never an authority or an individual (see _same_side)
    ("企业", "organisation"), ("公司", "organisation"),
    # 关键信息基础设施安全保护条例: the departments that protect an industry's infrastructure (保护工作部门) regulate it
    ("保护工作部门", "authority"),
    # 消费者权益保护法 hands complaints and penalties to 各级人民政府工商行政管理部门和其他有关行政部门 (第三十二条) and to the
    # 行政主管部门 (第四十五条): generic authorities, as 主管部门 is, never a court
    # (and 行政部门 itself, which a sub-clause's subject is once its determiner 有关 is read past: 有关行政部门在各自的职责
    # 范围内，应当定期或者不定期…抽查检验, 第三十三条)
    ("有关行政部门", "authority"), ("行政主管部门", "authority"), ("行政管理部门", "authority"), ("行政部门", "authority"),
    # a generic body (有关组织、个人应当予以配合, 数据安全法第三十五条; 单位和个人), which a business is, but no named role:
    # 与金融机构存在业务关系的单位 are no bank (反洗钱法第三十八条); not the verb 组织开展 / 组织制定 (see _NOT_A_BODY)
    ("组织", "body"), ("单位", "body"),
    # 电子签名法: the signatory (电子签名人) and the relying party (电子签名依赖方) are parties of their own
    ("电子签名人", "signatory"), ("电子签名依赖方", "relying_party"),
    # 反洗钱法: the bodies that perform AML obligations (banks and the like) as a party of their own name (第十六条)
    ("履行反洗钱义务的机构", "institution"),
    # a bank's directors and senior managers (银行业监督管理法第三十五条: the regulator talks to them and requires them to
    # explain) are persons of their own, neither the bank nor its regulator
    ("董事", "director"),
    # the regulator as 银行业监督管理法 names it throughout (银行业监督管理机构, without 国务院)
    ("银行业监督管理机构", "authority:banking"), ("高级管理人员", "director"), ("高管", "director"),
    # 公安部门 as drafts name the public security organs (公安机关); the parties of a payment (非银行支付机构监督管理条例
    # 第二十五条 收款人、付款人), neither of them the payment institution
    ("公安部门", "authority:police"), ("收款人", "payee"), ("付款人", "payer"),
    # 消费者权益保护法第三十六、三十七条: 消费者协会和其他消费者组织 are social organisations with public-interest tasks of
    # their own (受理消费者的投诉 and mediating, 第三十七条), neither the consumer nor an administrative department
    ("消费者协会", "consumer_body"), ("消费者组织", "consumer_body"),
    # the regulators by their current names (general usage since the 2023 State Council reform): 国家金融监督管理总局 /
    # 金融监管总局 (and 银保监会 before it) is the State Council's banking regulator the statutes call 国务院银行业监督管理机构;
    # 公安部 heads the public security organs; 国家数据局 (the National Data Administration) is a body of its own, not the
    # cyberspace administration (网信部门)
    ("国家金融监督管理总局", "authority:banking"), ("金融监管总局", "authority:banking"), ("银保监会", "authority:banking"),
    ("公安部", "authority:police"), ("国家数据局", "authority:data"),
    # the State Council, which decides what the laws leave to it ("货币政策委员会的职责、组成和工作程序，由国务院规定",
    # 中国人民银行法第十二条; 商业银行法第十七条、第十八条): an authority of its own, not the central bank nor a ministry
    # (国务院银行业监督管理机构, 国务院有关部门 are matched as the longer names or compound heads they are)
    ("国务院", "authority:state_council"),
    # 反洗钱法第十三、十四条: the State Council's financial regulators (国务院有关金融管理部门: the banking, securities and
    # foreign-exchange regulators) are bodies apart from the AML authority (国务院反洗钱行政主管部门) and from the State
    # Council itself; the banking regulator is one of them (see _same_side)
    ("国务院有关金融管理部门", "authority:financial"), ("有关金融管理部门", "authority:financial"),
]
# Authorities the laws name are told apart ("authority:…"), as each law gives each its own powers: 中国人民银行法第二十七条
# 中国人民银行会同国务院银行业监督管理机构制定支付结算规则 (the central bank, with the banking regulator consulted);
# 电子签名法第十八条 the State Council's department against the certification provider; GDPR Art. 62(2) the competent
# supervisory authority, not the Commission (Arts. 51, 68: the Board, the Commission and the supervisory authorities are
# distinct bodies); AI Act Arts. 28, 70: notifying and market surveillance authorities. The AML and credit-reporting
# authorities are the central bank's (中国人民银行法第四条 (十): 指导、部署金融业反洗钱工作; 国务院征信业监督管理部门 is the
# central bank in practice). A generic authority (主管部门, 有关部门, 监管部门, "competent authority") agrees with each.
_ACTORS_ZH_LONGEST_FIRST = sorted(_ACTORS_ZH, key=lambda pair: -len(pair[0]))
# "任何单位和个人 / any person": a rule that binds everybody binds whichever actor a claim names
_ANYONE_ZH = re.compile(r"任何(?:单位|组织|机构|人)?(?:[和、或]|或者|以及)?(?:个人|单位|组织)|任何人")
_ANYONE_EN = re.compile(r"\b(?:any|every|no) (?:natural or legal )?(?:person|one|body)\b|\b(?:anyone|everyone|everybody|nobody)\b", re.I)
# An actor noun before these names a thing of the actor's (个人信息, 客户身份资料, 用户数据), not the actor
_ATTRIBUTE_ZH = ("信息", "数据", "资料", "身份", "账户", "交易", "存款", "权益", "资金", "名义", "隐私", "资产", "证件",
                 "员工", "工作", "职员", "人员")  # staff are not the organisation: 商业银行员工 (商业银行法第五十三条)
# … and with a qualifier of the data between (个人不良信息, 征信业管理条例第十六条; 个人敏感信息, 客户基本信息): the qualifiers the
# statutes put on 信息 / 数据 / 资料
_QUALIFIED_ATTRIBUTE_ZH = re.compile(r"(?:不良|敏感|基本|身份|交易|财产|金融|信用)(?:信息|数据|资料)")
# A noun after these is the object of a verb or preposition, not the subject of the sentence: 取得个人的同意,
# 向个人告知, 经信息主体同意, 发现网络运营者…; "to / from / of the controller".
_OBJECT_MARK_ZH = ("向", "对", "为", "与", "经", "给", "从", "让", "将", "把", "被", "取得", "征得", "告知", "通知", "要求",
                   "经过", "委托", "协助", "配合", "会同", "发现", "督促", "指导", "监督", "提醒", "帮助", "请求", "授权", "同意",
                   "拒绝", "识别", "核实", "提供", "公开", "接受", "约定", "报送", "报告", "移交", "转让", "通过", "涉及")
# An English party word before these, or in the possessive, names a thing or the staff of the party's ("customer
# identification records", "User information", "the regulator's staff", "the data subject's consent"), not the party: the
# English of _ATTRIBUTE_ZH (客户身份资料, 用户数据, 银行业监督管理机构工作人员)
_ATTRIBUTE_EN = re.compile(r"(?:['’]s?\s+\w|\s+(?:information|data|records?|identification|identity|identities|accounts?|"
                           r"funds|deposits|files|details|documents|assets|privacy|staff|employees|personnel|transactions?)\b)",
                           re.I)
_OBJECT_MARK_EN = re.compile(r"\b(?:to|from|by|with|of|for|against|about|than|between|among|inform|informs|notify|notifies|"
                             r"tell|tells|ask|asks|request|requests|on behalf of)\s+(?:the |a |an |each |any |every |its |their |all )?$", re.I)
_ACTORS_EN = [
    (r"data subjects?", "individual"), (r"individuals?", "individual"), (r"customers?", "individual"),
    (r"controllers?", "controller"), (r"processors?", "processor_eu"), (r"supervisory authorit(?:y|ies)", "authority:sa"),
    (r"third part(?:y|ies)", "third_party"), (r"recipients?", "recipient"),
    (r"personal information (?:processors?|handlers?)", "processor"), (r"handlers?", "processor"),
    (r"financial institutions?", "institution"), (r"banks?", "institution"), (r"network operators?", "operator"),
    # EU AI Act roles: each has its own duties
    # 电子签名法 (第十六条 ff.) 电子认证服务提供者 as English claims name it ("electronic certification service provider";
    # a "certification authority" in general PKI vocabulary): the longer name wins over the AI Act's "provider"
    (r"(?:electronic )?certification (?:service )?providers?|certification authorit(?:y|ies)", "provider_ca"),
    (r"providers?", "provider_ai"), (r"deployers?", "deployer"), (r"importers?", "importer"), (r"distributors?", "distributor"),
    (r"authori[sz]ed representatives?", "representative"), (r"notified bod(?:y|ies)", "notified_body"),
    (r"market surveillance authorit(?:y|ies)", "authority:msa"), (r"(?:the )?commission\b", "authority:commission"),
    (r"(?:the )?board\b", "authority:board"),
    (r"notifying authorit(?:y|ies)", "authority:notifying"),
    # the EU's legislators, who revoke delegated powers and receive reports (GDPR Arts. 92(3), 97(1)): bodies of their
    # own, neither the Commission nor the Board (TEU Art. 13 lists them as distinct institutions); not "Council" inside
    # another body's name (European Research Council; the State Council, 国务院, in English claims on Chinese laws)
    (r"(?:the )?European Parliament", "authority:parliament"),
    (r"(?<!Research )(?<!State )(?:the )?Council\b", "authority:council"),
    (r"data protection officers?|DPOs?", "dpo"),
    (r"borrowers?", "borrower"), (r"guarantors?", "guarantor"), (r"depositors?", "depositor"),
    # the Chinese laws' 用户 (网络安全法第四十二条) and 有关主管部门 (数据安全法第三十条) as English claims name them
    (r"(?<!information )users?", "individual"), (r"(?:competent |relevant |regulatory )authorit(?:y|ies)|regulators?", "authority"),
    # 征信业管理条例: the information user (信息使用者) and provider (信息提供者) are the banks' roles, not the individual's
    # the same roles named with "of" ("users of credit information"): the longer name wins over "users"
    (r"(?:credit )?information users?|users? of (?:the )?credit information", "user"),
    (r"(?:credit )?information providers?|providers? of (?:the )?credit information", "provider"),
    # the same parties as English claims about the Chinese laws name them
    (r"data protection authorit(?:y|ies)|DPAs?", "authority:sa"), (r"(?:the )?PBOC|People's Bank of China|central bank", "authority:pboc"),
    (r"(?:the )?CAC|cyberspace administration(?: of China)?", "authority:cac"),
    (r"(?:China )?Banking (?:and Insurance )?Regulatory Commission|CBI?RC|NFRA|National Financial Regulatory Administration|"
     r"banking (?:regulators?|supervisors?|supervisory authorit(?:y|ies)|regulatory authorit(?:y|ies))", "authority:banking"),
    (r"credit reporting agenc(?:y|ies)", "credit_agency"), (r"information subjects?", "individual"),
    (r"entrusted part(?:y|ies)|trustees?", "entrusted"), (r"next of kin|close relatives?", "relative"),
    (r"guardians?|parents?", "guardian"),
    # a business as such (as drafts name the laws' organisations): any organisation role, never an authority or a person
    (r"compan(?:y|ies)|business(?:es)?(?! operators?)|undertakings?|enterprises?", "organisation"),
    # 消费者权益保护法's 消费者 and 经营者 (the one who sells the goods, 第二十五条) as English claims name them; 电子签名法's signatory
    (r"consumers?", "individual"), (r"business operators?|traders?|merchants?|sellers?", "institution"),
    # 消费者协会 / 其他消费者组织 (消费者权益保护法第三十六条) as English claims name them: not the consumer (the longer
    # name wins over "consumer") nor an authority
    (r"consumers?['’]? (?:associations?|organi[sz]ations?)|consumer protection (?:associations?|organi[sz]ations?)", "consumer_body"),
    # the people's courts (人民法院, 消费者权益保护法第三十九条, 第四十五条; 反洗钱法第三十九条) as English claims name them
    (r"(?:the )?people['’]s courts?", "court"),
    (r"signator(?:y|ies)|signers?", "signatory"), (r"relying part(?:y|ies)", "relying_party"),
    # 反洗钱法第十六条: the monitoring and analysis centre (反洗钱监测分析机构) is the regulator's; the institutions that perform
    # AML obligations (履行反洗钱义务的机构, "obliged entities" in FATF usage) are the banks' side
    (r"(?:(?:anti-money[- ]laundering|AML) )?monitoring and analysis (?:centres?|centers?|institutions?|bod(?:y|ies))|"
     r"financial intelligence units?|FIUs?", "authority"),
    (r"(?:obliged|reporting) (?:institutions?|entit(?:y|ies))|(?:institutions?|entit(?:y|ies)) (?:with|subject to|that perform) "
     r"(?:anti-money[- ]laundering|AML) (?:obligations|duties)", "institution"),
    (r"directors?|senior managers?|senior management", "director"),
    # the Member States and their governments (GDPR Arts. 51–54, 85: "Each Member State shall provide …") are neither the
    # supervisory authority nor a party of the processing; not "Member State law", which names a law
    (r"member states?(?:'s?)?(?: governments?)?(?! law)|governments?", "state"),
    # the public security organs (公安机关, 网络安全法第四十九、五十一条; 反洗钱法第三十八条) as English claims name them
    (r"public security (?:departments?|organs?|authorit(?:y|ies)|bureaus?|ministry)|police|"
     r"(?:the )?Ministry of Public Security|MPS\b", "authority:police"),
    # 国家数据局 (see the Chinese list)
    (r"(?:the )?National Data (?:Administration|Bureau)", "authority:data"),
    # the operators of critical information infrastructure (关键信息基础设施安全保护条例 运营者), told apart from the
    # departments that protect it (保护工作部门)
    (r"(?:CII|critical information infrastructure) operators?", "operator"),
    # …and the departments themselves (保护工作部门, 关键信息基础设施安全保护条例第八条: the regulators of an industry)
    (r"(?:(?:CII|critical information infrastructure) )?(?:security )?protection (?:work )?departments?", "authority"),
    # 反洗钱法's 国务院反洗钱行政主管部门 / 反洗钱行政主管部门 (the central bank's, 中国人民银行法第四条 (十)) as English claims name it
    (r"(?:anti-money[- ]laundering|AML) (?:administrative )?(?:authorit(?:y|ies)|regulators?|departments?|supervisors?)",
     "authority:pboc"),
    # the parties of a payment (非银行支付机构监督管理条例第二十五条 收款人、付款人): neither is the payment institution
    (r"payees?", "payee"), (r"payers?", "payer"),
    # 国务院有关金融管理部门 (see the Chinese list) as English claims name them
    (r"(?:relevant )?financial (?:regulatory |supervisory |administration |management )?(?:authorit(?:y|ies)|regulators?|"
     r"departments?)", "authority:financial"),
    # 非银行支付机构 (非银行支付机构监督管理条例) as English claims name them: the payment institution, a financial institution
    (r"(?:non-bank )?payment (?:service )?institutions?|(?:non-bank )?payment (?:service )?providers?", "institution"),
]
# each pattern whole between word boundaries (an alternation would otherwise match inside words: "nfra" in "infrastructure")
_ACTORS_EN_RE = [(re.compile(r"\b(?:" + p + r")\b", re.I), name) for p, name in _ACTORS_EN]

# (the irregular participles too: kept, made, sent, brought, set, put, bound, built, met, paid, held, given, drawn, done)
_PASSIVE_EN = re.compile(r"^\W*(?:not\s+)?(?:only\s+)?be\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn|ld|id|ne|pt|ght|nt)|made|set|put|"
                         r"bound|built|met|found|laid|led|read|shut|cut|hit|let|spent|won|taught|thought|bought)\b", re.I)
# two agents where "by" is repeated ("by the European Parliament or by the Council")
_TWO_AGENTS_EN = re.compile(r"\b(?:or|and) by\b", re.I)
# (a name with an apostrophe whole: "by the People's Bank of China")
_BY_AGENT_EN = re.compile(r"\bby\s+(?:the |a |an |each |any |its |their )?([\w'’ ]{3,40})", re.I)


# 同 of 合同 / 共同 / 相同 is no preposition ("应当通过合同等与…约定", 网络数据安全管理条例第十二条), and the party is the
# one right before the verb, with no other 与 / 和 in between
# (up to 24 characters: a party with a relative clause, 与注册其服务的生成式人工智能服务使用者签订, 生成式人工智能服务管理暂行办法第九条)
_RECIPROCAL = re.compile(r"(?:与|(?<![合共相协如不])同|和)((?:(?![与和])[\u4e00-\u9fff]){1,24}?)(?:约定|协商|签订|订立|达成|共同)(?!的)|"
                         r"\b(?:agree|agrees|contract|contracts|conclude|concludes)\b[^,;.]{0,40}?\bwith ((?:the )?[\w ]{3,40})", re.I)


def _duty_pairs(sentence: str, reciprocal: bool = True, pronouns: bool = True) -> list[tuple[str | None, str]]:
    """(duty holder, modal class) of each sub-clause that has a modal verb; the holder is None when the sentence does
    not say who it is (an elided or pronoun subject, a passive without "by …"). With `reciprocal`, the other party of
    an agreement the modal verb requires (应当与受托人约定) counts as a holder too."""
    return list(_duty_pairs_of(sentence, reciprocal, pronouns))


# "it is the deployer who must keep the logs": a cleft puts the subject between "it is" and "who"; read it as the subject
_CLEFT_EN = re.compile(r"\bit is (?:only |solely )?((?:the |a |an )?[\w' -]{2,80}?)\s+(?:who|that|which)\s+"
                       r"(?=(?:shall|must|may|can|has|have|is|are|need|needs|should|will)\b)", re.I)
# "The Law obliges the commercial bank to repay …": the one obliged is the subject of the duty, not the law
# Not after a modal verb or "to": "it may require the processor to commission an audit" (个人信息保护法第六十四条) is the
# authority's power, whose holder is the authority; the processor is only its object
_OBLIGES_EN = re.compile(r"(?<!\bmay )(?<!\bcan )(?<!\bshall )(?<!\bmust )(?<!\bto )(?<!\bwill )"
                         r"\b(?:obliges?|obligates?|compels?|requires?)\s+((?:the |a |an |all |every |each )?[\w' -]{2,60}?)\s+to\s+"
                         r"(?=[a-z])", re.I)
# 应当由受托人履行 / 由原处理者继续履行: 由 names who does it (the agent), whatever stands before the modal verb
_AGENT_ZH = re.compile(r"^\s*(?:仍然?|仍|另行|统一|分别|依法|只能|均)?由([\u4e00-\u9fff]{2,16}?)(?:负责|承担|履行|继续|进行|提供|实施|作出|制定|决定|办理|处理|行使)")


# the State's encouragement (鼓励 / 提倡, modality.py's permission words): the party after the verb is the one it leaves free
_ENCOURAGES_ZH = ("鼓励", "提倡")


_AGENT_OPENING_ZH = re.compile(r"^\s*(?:仍然?|仍|另行|统一|分别|依法|只能|均)?由")


def _agent_opening(rest: str) -> str | None:
    """The party 由 names right after a modal verb, whatever adverbial stands between it and the verb: 该同意应当由个人在
    充分知情的前提下自愿、明确作出 (个人信息保护法第十四条) is the individual's act. The party word must follow 由 at once
    (由个人, not 由于) and not be a thing of its own (由个人信息…)."""
    m = _AGENT_OPENING_ZH.match(rest)
    if not m:
        return None
    after = rest[m.end():]
    # (with what it handles before it: 由重要数据的处理者…明确, 数据安全法第二十七条)
    after = after[re.match(r"(?:[\u4e00-\u9fff]{1,8}的)?", after).end():] if not any(
        after.startswith(word) for word, _ in _ACTORS_ZH_LONGEST_FIRST) else after
    for word, name in _ACTORS_ZH_LONGEST_FIRST:
        if after.startswith(word) and after[len(word): len(word) + 2] not in _ATTRIBUTE_ZH:
            return name
    return None


# A short name defined in passing, （以下称使用者） / （以下简称…）: drafting, not a party of the sentence
_DEFINED_AS_ZH = re.compile(r"\(以下(?:简)?称[^()]{1,20}\)")
_PRONOUN_EN = re.compile(r"\s*(?:(?:it|they|he|she|he or she)\s*)?", re.I)
_CASE_OPENER_EN = re.compile(r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:where|if|when|whenever|once|in case|in the event that)\s+", re.I)


# A claim about an agreement: only then is the other party of one a duty holder ("处理者应当与受托人约定…，并对受托人的
# 处理活动进行监督", 个人信息保护法第二十一条, binds the entrusted party to agree, not to supervise)
AGREEMENT = re.compile(r"约定|协商|签订|订立|达成|合同|协议|\b(?:agree\w*|contract\w*|conclude\w*|arrangements?)\b", re.I)


# "the provider or, where applicable, the authorised representative shall register" (AI Act Art. 49(1)): the aside
# inside a coordinated subject is dropped so the commas do not cut the first party off from the modal verb
_ASIDE_IN_SUBJECT_EN = re.compile(r"\s+(or|and|and/or),\s*(?:where applicable|as the case may be|if any|where relevant),\s*", re.I)


# "the banking regulator (NFRA) orders …": an acronym in brackets after a party's name repeats the name; dropped so the
# name stays whole for the subject patterns (general drafting usage)
_ACRONYM_AFTER_NAME_EN = re.compile(r"\s*\((?:the\s+)?[A-Z]{2,6}\)")


@lru_cache(maxsize=2048)
def _duty_pairs_of(sentence: str, reciprocal: bool = True, pronouns: bool = True) -> tuple[tuple[str | None, str], ...]:
    pairs: list[tuple[str | None, str]] = []
    sentence = _OBLIGES_EN.sub(r"; \1 must ", _CLEFT_EN.sub(r"\1 ", _DEFINED_AS_ZH.sub("", _norm(sentence))))
    sentence = _ASIDE_IN_SUBJECT_EN.sub(r" \1 ", sentence)
    sentence = _ACRONYM_AFTER_NAME_EN.sub("", sentence)
    earlier: list[str] = []
    for part in re.split(r"([，,：:；;])", sentence):
        modals = modal_classes(part)
        if modals and part not in "，,：:；;":
            at, cls = modals[0]
            head = part[:at]
            actors = _chinese_subjects(head) if _is_zh(part) else _english_subjects(head)
            passive = not _is_zh(part) and _PASSIVE_EN.match(_modal_rest(part, at, cls))
            agent_zh = _AGENT_ZH.match(part[at + len(_modal_word(part, at, cls)):]) if _is_zh(part) else None
            agent_at = _agent_opening(part[at + len(_modal_word(part, at, cls)):]) if _is_zh(part) else None
            if agent_zh and _actors_in(agent_zh.group(1), subjects_only=False):
                actors = _actors_in(agent_zh.group(1), subjects_only=False)[:1]
            elif agent_at:
                actors = [agent_at]
            elif passive:  # "shall not be dismissed by the controller": the duty is the agent's, not the subject's
                agent = _BY_AGENT_EN.search(part[at:])
                actors = _actors_in(agent.group(0), subjects_only=False) if agent else []
                # (two agents when the sentence repeats "by": "by the European Parliament or by the Council", GDPR
                # Art. 92(3))
                actors = actors if agent and _TWO_AGENTS_EN.search(agent.group(0)) else actors[:1]
            elif not actors and not _is_zh(part) and (_PRONOUN_EN.fullmatch(head) if pronouns else not head.strip()):
                # "Each controller and, where applicable, its representative, shall …": the subject is before the commas;
                # "Where a notified body finds …, it shall suspend …" (AI Act Art. 44(3)): a pronoun stands for the subject
                # of the where-clause before it
                actors = next((found for found in (_english_subjects(_CASE_OPENER_EN.sub("", e)) for e in reversed(earlier))
                               if found), [])
            elif not actors and not _is_zh(part) and _LIST_TAIL_EN.match(head) and earlier:
                # "deployers that are public authorities, Union institutions, bodies, offices or agencies or persons
                # acting on their behalf shall register" (AI Act Art. 49(3)): the commas of a list in the subject cut the
                # party off from the modal verb; it opens the first longer part before the list's short items
                actors = _list_subject_en(earlier)
            elif not actors and _is_zh(part) and _referent(head, earlier):
                # "消费者向有关行政部门投诉的，该部门应当…" (消费者权益保护法第四十六条): 该部门 is the department named before,
                # not the subject of the sub-clause before it
                actors = _referent(head, earlier)
            elif not actors and _is_zh(part):
                # "个人信息处理者委托处理个人信息的，应当…", "单位和个人拒不配合的，金融机构按照规定的程序，可以…": the
                # subject is elided; it is the one of the nearest sub-clause before that names one; a sub-clause naming
                # who acts with 由 names it by that ("金融机构有下列行为之一的，由国务院反洗钱行政主管部门…责令限期改正，
                # 可以给予警告", 反洗钱法第五十三条: the warning is the authority's, not the institution's)
                actors = next((found for found in map(_agent_or_opening, reversed(earlier)) if found), [])
            if _is_zh(part) and _modal_word(part, at, cls) in _ENCOURAGES_ZH:
                # 国家鼓励关键信息基础设施以外的网络运营者自愿参与… (网络安全法第三十三条): the option is the encouraged
                # party's, named after the verb; the State that encourages it holds nothing
                encouraged = _actors_in(part[at + len(_modal_word(part, at, cls)):], subjects_only=False)[:1]
                actors = encouraged or actors
            # "处理者应当与受托人约定…": an agreement binds both parties, so the other party holds the duty too
            for m in _RECIPROCAL.finditer(part, at) if reciprocal else ():
                if m.start() - at > 6:
                    break  # only right after the modal verb: 应当与受托人约定, not 应当按照与…约定的用途
                actors += [a for a in _actors_in(m.group(1) or m.group(2), subjects_only=False) if a not in actors]
            pairs += [(a, cls) for a in actors] or [(None, cls)]
            pairs += _coordinated_pairs(part, modals)
        elif _is_zh(part) and part not in "，,：:；;":
            # 安全保障义务由消费者承担, 由主管部门制定处置方案: with no modal verb, "由 X" + a verb of doing says who must
            # do it (a statement of duty, as 应当由X履行 is)
            doer = _DOER_ZH.search(part)
            actors = _doer_named(part, doer) if doer else []
            if not actors and _BEARS_LIABILITY_ZH.match(part):
                # "电子认证服务提供者不能证明自己无过错的，承担赔偿责任" (电子签名法第二十八条): who bears the liability is the
                # party of the case before it, as it would hold an elided subject's 应当
                actors = next((found for found in map(_opening_actor, reversed(earlier)) if found), [])[:1]
            jointly = _JOINTLY_ZH.search(part) if not actors else None
            if jointly:
                # 中国人民银行会同国务院银行业监督管理机构制定支付结算规则 (中国人民银行法第二十七条): X 会同 Y + a verb is X's
                # task, done with Y consulted; the subject X holds it, as 应当 would make it
                actors = _opening_actor(part[: jointly.start()])[:1]
            pairs += [(a, "obligation") for a in actors]
        elif part not in "，,：:；;":
            # "the Commission invites the supervisory authorities …", "decisions are adopted by the Board": with no modal
            # verb, an English sentence that states what a named party does (or what is done by it) says whose task it is
            pairs += [(a, "obligation") for a in _doer_en(part)]
        if part not in "，,：:；;":
            earlier.append(part)
    return tuple(pairs)


# The last items of a list in an English subject, right before the modal verb: "offices or agencies or persons acting on
# their behalf" (a few words, then "or" / "and")
_LIST_TAIL_EN = re.compile(r"^\s*(?:[A-Za-z'’-]+\s+){1,3}(?:or|and)\s", re.I)
_LIST_ITEM_MAX_WORDS = 3


def _list_subject_en(earlier: list[str]) -> list[str]:
    """The parties the subject a list continues opens with: the nearest part before the list's short items."""
    for text in reversed(earlier):
        if len(text.split()) > _LIST_ITEM_MAX_WORDS:
            return _english_subjects(text)[:1]
    return []


# 该部门 / 该机构 / 上述机关: a demonstrative and the head noun of a party named before
_DEMONSTRATIVE_ZH = re.compile(r"^\s*(?:该|此|上述|前述)([\u4e00-\u9fff]{1,4})\s*$")


def _referent(head: str, earlier: list[str]) -> list[str]:
    """The party a demonstrative subject (该部门) stands for: the nearest one named before whose name ends in its noun."""
    m = _DEMONSTRATIVE_ZH.match(head)
    if not m:
        return []
    for text in reversed(earlier):
        for word, name in _ACTORS_ZH_LONGEST_FIRST:
            if word.endswith(m.group(1)) and word in text:
                return [name]
    return []


def _doer_named(part: str, doer: re.Match) -> list[str]:
    """The party `_DOER_ZH` found after 由: the whole party name when one starts there and runs past the verb the pattern
    stopped at (由国务院银行业监督管理机构责令改正, 银行业监督管理法第四十六条: 监督 is part of the regulator's name, and
    国务院银行业 alone would read as a bank)."""
    at = doer.start(1)
    for word, name in _ACTORS_ZH_LONGEST_FIRST:
        if part.startswith(word, at) and at + len(word) > doer.end(1):
            return [name]
    for word, name in _ACTORS_ZH_LONGEST_FIRST:
        # a name the pattern cut at a verb inside it: 由国务院征信业监督管理部门 stops at 监督, so the head 征信业监督管理部门
        # runs past the cut (国务院 before it only says whose department it is)
        # (only right after 由 or 由国务院: in 由中国人民银行会同国务院银行业监督管理机构制定 the doer is the first body)
        inside = part.find(word, at, doer.end(1) + len(word))
        if part[at:inside] in ("", "国务院") and inside < doer.end(1) < inside + len(word):
            return [name]
    return _actors_in(doer.group(1), subjects_only=False)[:1]


# 由X(自行)承担 / 负责 / 履行 / 制定 …: the verbs of doing or bearing that 由 hands to its agent (as _AGENT_ZH after a modal)
# (after a time or occasion, 由国务院信息产业主管部门在…九十日前通知, and with the acts the laws hand to a named body:
# 通知有关各方, 电子签名法第二十三条; 公布 / 审查 / 批准 …)
# the sanctions of the penalty clauses, which name the body that imposes them with 由 (由国务院银行业监督管理机构责令改正
# …处…罚款, 商业银行法第七十四条; 予以取缔, 银行业监督管理法第四十四条; 给予处分 / 没收 / 吊销): 处 only as the fine it
# imposes (处…罚款), never 处理 / 处置 / 处分
_SANCTION = r"责令|给予|没收|吊销|予以|处(?![理置分])(?=[^，,。；;]{0,30}?罚)"
# (what may stand between the body and its sanction: its local offices, 依法 / 依照…)
_SANCTION_ZH = re.compile(r"(?:或者?其[\u4e00-\u9fff]{0,12}?派出机构)?(?:依法|依照[^，,。；;]{0,30}?)?(?:" + _SANCTION + ")")
_DOER_ZH = re.compile(r"由((?:(?!由)[\u4e00-\u9fff、]){2,20}?)"
                      # (with its local offices: 或者其设区的市级以上派出机构, 反洗钱法第五十三条; 或者其派出机构, 征信业管理条例)
                      r"(?:或者?其[\u4e00-\u9fff]{0,12}?派出机构)?(?:在[^，,。；;]{1,24}?(?:以前|以后|之前|之后|前|后|内|时|中))?"
                      r"(?:自行|依法|另行|统一|分别|共同|负责)?"
                      r"(?:承担|负责|履行|制定|实施|采取|办理|作出|决定|提供|报告|保障|通知|告知|公布|公告|发布|审查|批准|核准|"
                      r"组织|监督|检查|评估|处置|保存|备案|认定|建立|" + _SANCTION + "|"
                      # 由国务院规定 / 由…确定 (中国人民银行法第十二条): who lays the rules down; not 由…规定的 (a thing so laid down)
                      r"规定(?!的)|确定(?!的))")
_DOES_EN = re.compile(r"^\W*(?:(?:the|a|an|each|every|its|their|national|competent|relevant)\s+)*([\w' -]{2,60}?)\s+"
                      r"(?:also\s+|then\s+|itself\s+|alone\s+|directly\s+)?(?!(?:is|was|has|does|applies)\b)"
                      r"(?!(?:rights|obligations|duties|requests|records|decisions|measures|interests|tasks|"
                      r"powers|activities|operations|representatives|accounts|funds)\b)([a-z]{3,}(?<!s)s)\b(?!\s+of\b)", re.I)
_DONE_BY_EN = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ld|id|ne)\s+by\s+(?:the |a |an |each |its |their |national )*"
                         r"([\w' -]{3,60}?)(?=\s*(?:,|;|\.|$|\bwhich\b|\bwho\b|\band\b|\bor\b|\bin\b|\bon\b|\bfor\b|\bat\b))", re.I)


def _doer_en(part: str) -> list[str]:
    """The party an English sub-clause without a modal verb says does the act: its subject, when the whole subject names
    a party ("the Commission invites …"), or the agent of a passive ("are adopted by the supervisory authorities")."""
    if _is_zh(part):
        return []
    done = _DONE_BY_EN.search(part)
    if done:
        return _actors_in(done.group(1), subjects_only=False)[:1]
    does = _DOES_EN.match(part)
    if does and any(p.fullmatch(does.group(1).strip()) for p, _ in _ACTORS_EN_RE):
        return _actors_in(does.group(1))[:1]
    return []


# a sub-clause that only says a liability is borne (承担赔偿责任, 依法承担民事责任, 负…责任): a statement of duty with no modal verb
_BEARS_LIABILITY_ZH = re.compile(r"^\s*(?:依法|应|并|均)?(?:承担|负)[^，,。；;]{0,12}?责任")


# X 会同 Y (jointly with Y, X leading): 中国人民银行法第二十七条, 反洗钱法第九条, 个人信息保护法第六十二条 (统筹协调 is not it)
_JOINTLY_ZH = re.compile(r"会同")


# "The data subject shall have the right to obtain … and the controller shall have the obligation to erase …" (GDPR
# Art. 17(1)): a second main clause joined by "and / but / while / whereas" (or a semicolon) has its own subject
_COORDINATOR_EN = re.compile(r"(?:\b(?:and|but|or|while|whereas)\b|;)\s*$", re.I)


def _coordinated_pairs(part: str, modals: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """(duty holder, class) of the modal verbs after the first in one English sub-clause, each with a subject of its own
    right before it ("… and the controller shall …"); a modal verb without one shares the first subject (not counted)."""
    if _is_zh(part):
        return []
    found = []
    for (before, _), (at, cls) in zip(modals, modals[1:]):
        head = part[before:at]
        actor = [m for p, _ in _ACTORS_EN_RE for m in p.finditer(head) if not head[m.end() :].strip()]
        if not actor:
            continue
        opener = head[: actor[0].start()]
        opener = re.sub(r"(?:\b(?:the|a|an|each|every|any|that|this|its|their)\s+)+$", "", opener, flags=re.I)
        if _COORDINATOR_EN.search(opener):
            found += [(a, cls) for a in _actors_in(actor[0].group(0))]
    return found


_EN_LEAD = re.compile(r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:(?:and|or|but|then|also|however|each|every|any|all|no|the|a|an|"
                      r"such|that|this|these|those|its|their|both|other|relevant|competent|joint|single|initial|another|"
                      r"new|first|second)\s+){0,3}", re.I)


def _english_subjects(head: str) -> list[str]:
    """The actors an English clause's subject names: the noun phrase it opens with ("A processor that becomes aware
    of a breach must …", "The controller and the processor shall …") or the one right before the modal verb ("In
    such a case the controller shall …"); not a noun inside it ("the ratio of loans to a single borrower must …")."""
    actors = _actors_in(head)
    if not actors:
        return []
    lead = _EN_LEAD.match(head).end()
    opens = any(p.match(head, lead) for p, _ in _ACTORS_EN_RE) or _ANYONE_EN.match(head.strip())
    last = [m for p, _ in _ACTORS_EN_RE for m in p.finditer(head) if not head[m.end() :].strip()]
    if opens:
        # not the parties of a relative clause on the subject: "An authorised representative who has reason to consider
        # that the provider is acting contrary to its obligations shall …" (AI Act Art. 22(4)) binds the representative
        relative = _RELATIVE_EN.search(head, lead)
        return (_actors_in(head[: relative.start()]) or actors) if relative else actors
    relative = _RELATIVE_EN.search(head, lead)
    if relative and _actors_in(head[: relative.start()]):
        # the subject a relative clause follows, with words before its party word ("A commercial bank or its staff who
        # disagree with a penalty imposed by the banking regulator … can …", 商业银行法第九十条): the parties inside the
        # relative clause are its objects
        return _actors_in(head[: relative.start()])
    if not last:
        return []
    found = _actors_in(last[0].group(0))
    # a coordinated subject right before the modal verb ("In such a case the controller and the processor shall …")
    # binds both parties
    before = _COORDINATED_BEFORE_EN.search(head[: last[0].start()])
    if before:
        found = [a for a in _actors_in(before.group(1)) if a not in found] + found
    return found


# "<actor> and (the) …" / "<actor> or (the) …" ending where the last actor of a subject begins
_COORDINATED_BEFORE_EN = re.compile(r"((?:\b[\w'-]+\s+){0,3}[\w'-]+)\s+(?:and|or|and/or)\s+(?:the\s+|a\s+|an\s+|its\s+)?$",
                                    re.I)


_RELATIVE_EN = re.compile(r"\b(?:who|which|whose|whom|that)\b", re.I)


def _opening_actor(part: str) -> list[str]:
    """The actor a Chinese sub-clause opens with (its subject), if any: 金融机构按照规定的程序 → institution;
    not 确认借款人资信良好 (the borrower is what is confirmed)."""
    body = _OPENING_NOISE.sub("", part)
    actors = _actors_in(body)
    if not actors:
        return []
    if _ANYONE_ZH.match(body):
        return actors[:1]
    # the subject opens the sub-clause, alone or coordinated with another party (单位和个人对…有异议的); a verb before
    # it makes it an object (涉及客户基本的金融服务的: 涉及 is not "涉 and")
    words = [w for w, name in _ACTORS_ZH if name == actors[0]]
    # (or with a short attribute before it: 重要数据的处理者因合并…的, 网络数据安全管理条例第三十二条)
    if any(re.match(rf"(?:{_PARTY_ZH}(?:和|、|或者|及|以及)|[\u4e00-\u9fff]{{2,8}}的)?" + re.escape(w), body) for w in words):
        # all the parties of a coordinated subject: 征信机构或者信息提供者、信息使用者采用格式合同条款…的 (征信业管理条例第十九条)
        run = re.match(rf"{_PARTY_ZH}(?:(?:和|、|或者|及|以及|或){_PARTY_ZH})*", body)
        together = _actors_in(run.group(0)) if run else []
        return list(dict.fromkeys(together)) if actors[0] in together else actors[:1]
    # or it is the head noun a relative clause ends with: 接受委托处理个人信息的受托人，应当… (个人信息保护法第五十九条)
    return _actors_in(body[body.rindex("的") + 1 :])[:1] if "的" in body and _ends_with_actor(body) else []


def _agent_or_opening(part: str) -> list[str]:
    """Who acts in a Chinese sub-clause: the body 由 hands a sanction to (由X责令改正), else the actor it opens with."""
    doer = _DOER_ZH.search(part)
    sanction = doer and _SANCTION_ZH.match(part, doer.end(1)) is not None
    return (_doer_named(part, doer) if sanction else []) or _opening_actor(part)


def _ends_with_actor(text: str) -> bool:
    return any(text.endswith(word) for word, _ in _ACTORS_ZH)


def _chinese_subjects(head: str) -> list[str]:
    """The actors a Chinese sub-clause's subject names, before its modal verb. A subject with a relative clause
    (处理个人信息达到国家网信部门规定数量的个人信息处理者应当…, 个人信息保护法第五十二条) is its head noun, after the last 的;
    the nouns inside the relative clause are not duty holders."""
    if "的" in head:
        tail = head[head.rindex("的") + 1 :]
        own = _actors_in(tail)
        if own:
            return own
    return _actors_in(head)


# Nouns for parties that may be coordinated before an actor: 单位和个人, 组织、个人 (反洗钱法第三十八条, 数据安全法第三十二条)
_PARTY_ZH = "(?:" + "|".join(["单位", "组织", "机构"] + [re.escape(w) for w, _ in _ACTORS_ZH]) + ")"
_OPENING_NOISE = re.compile(rf"^[\s(（]*(?:{CN_ARTICLE_LABEL}\s*)?(?:(?:{ENUM_NUMBER}|\d+)[)）.、]\s*)?"
                            r"(?:前款规定的|上述|相关|有关)?其?")  # 其近亲属 (its/their): a determiner


def _modal_word(part: str, at: int, cls: str) -> str:
    """The Chinese modal word of class `cls` at `at` (the longest spelling that stands there)."""
    return next((w for w in sorted(_ZH_WORDS[cls], key=len, reverse=True) if part.startswith(w, at)), "")


def _modal_rest(part: str, at: int, cls: str) -> str:
    """What follows the modal expression of class `cls` at `at` ("shall be entitled" is one expression, not a passive)."""
    m = _EN_RE[cls].match(part, at) or _MODAL_STRIP_EN.match(part, at)
    return part[m.end() :] if m else part[at:]


def _duty_holders(sentence: str) -> list[str]:
    """Every actor named as the subject of a modal verb ("the controller and the processor shall" → both)."""
    holders: list[str] = []
    for actor, _ in _duty_pairs(sentence):
        if actor and actor not in holders:
            holders.append(actor)
    return holders


# A list item opens with its number: "(a) ", "(一)" (full-width brackets are normalised to ASCII ones first)
LIST_ITEM = re.compile(rf"^\s*\((?:[a-z]{{1,4}}|\d{{1,2}}|{ENUM_NUMBER})\)")
# The party a lead-in names right before its colon: "That contract … shall stipulate … that the processor:" (GDPR Art. 28(3))
_COLON_SUBJECT_EN = re.compile(r"\bthat (?:the |a |an |each |any )?([\w ]{3,40}?)\s*:\s*$", re.I)


# The lead-in of a list of duties or powers with no modal verb: 履行下列职责 (个人信息保护法第六十一条, 中国人民银行法第四条,
# 关键信息基础设施安全保护条例第十五条), 行使下列职权, 承担下列义务
_DUTIES_LEAD_IN_ZH = re.compile(r"(?:履行|行使|承担)下列[\u4e00-\u9fff]{0,12}?(?:职责|职权|义务|责任)")


def lead_in_holders(lead_in: str) -> list[str]:
    """Who the items of a list bind: the duty holders of the sentence that introduces them ("Providers of high-risk AI
    systems shall:", AI Act Art. 16; "有下列情形之一的，金融机构应当开展客户尽职调查：", 反洗钱法第二十九条), or the party
    named right before its colon ("… shall stipulate … that the processor:")."""
    holders = _duty_holders(lead_in)
    duties = _DUTIES_LEAD_IN_ZH.search(lead_in) if not holders else None
    if duties:
        # "履行个人信息保护职责的部门履行下列个人信息保护职责：" (个人信息保护法第六十一条) has no modal verb: the one who
        # performs the listed duties (or exercises the listed powers) is bound by each item, as with 应当
        holders = _chinese_subjects(lead_in[: duties.start()])
    colon = _COLON_SUBJECT_EN.search(_norm(lead_in))
    if colon:
        holders = _actors_in(colon.group(1), subjects_only=False)[:1] or holders
    return holders


def _actor_findings(claim: str, sentence: str, previous: str = "", lead_in: bool = False) -> tuple[bool, list[Finding]]:
    """(can this sentence judge the duty holder, the finding). It can when it names who its modal verbs bind; it
    finds the wrong actor when (a) it names its duty holders and none is the claim's, or (b) the claim gives a duty (or option,
    prohibition, exemption) to an actor while the sentence gives that same kind of duty only to others and a different
    one to the claim's actor ("信息主体可以说明，征信机构应当记载" vs "征信机构可以说明，信息主体应当记载")."""
    # a claim's pronoun is left unresolved: "Where the data subject thinks …, they may …" (a drafting model's "they" may
    # stand for anyone, and an English claim about a Chinese clause is tied to its sentence only loosely, by glossary
    # terms); a clause's "Where a notified body finds …, it shall …" is statutory drafting, where it is the subject
    claim_pairs = _duty_pairs(claim, pronouns=False)
    source_pairs = _duty_pairs(sentence, reciprocal=bool(AGREEMENT.search(claim)))
    if _is_zh(sentence) and not _is_zh(claim):
        # Chinese laws have one 处理者 where the GDPR splits controller and processor: "processor" or "controller"
        # in an English claim about a Chinese law is the 处理者
        claim_pairs = [("processor" if a in ("processor_eu", "controller") else a, c) for a, c in claim_pairs]
    claimed = [(a, c) for a, c in claim_pairs if a and a != "anyone"]
    if not any(a for a, _ in source_pairs):
        # The sentence does not say who (a thing as subject, a passive without "by …"). A sentence without a subject
        # continues the one before (拒绝个人行使权利的请求的，应当说明理由 follows 个人信息处理者应当建立…机制,
        # 个人信息保护法第五十条): a claim naming that subject agrees with it. Naming another does not contradict it,
        # as the subject may come from further back (商业银行法第三十六条 …可以不提供担保: the borrower, two sentences up).
        inherited = (lead_in_holders(previous) if lead_in else _duty_holders(previous)) if previous else []
        agrees = claimed and all(any(_same_side(a, h) for h in inherited) for a, _ in claimed)
        if agrees:
            return True, []
        if not lead_in and claimed and not inherited and _is_zh(sentence):
            # the subject of the sentence before is a party the lexicon does not name (提供反洗钱咨询、技术…服务的机构及其
            # 工作人员，应当…；对于因提供服务获得的数据、信息，应当依法妥善处理, 反洗钱法第二十六条): a claim giving the
            # elided subject's duty to an authority, when that subject is none (or the reverse), names the wrong actor
            subject = _OPENING_PARTY_ZH.match(_norm(previous))
            if subject and _PARTY_NOUN_ZH.search(subject.group(1)):
                authority = bool(AUTHORITY_WORDS_ZH.search(subject.group(1)))
                wrong = [a for a, _ in claimed if a.startswith("authority") != authority and a not in ("anyone", "body")]
                if wrong:
                    return True, [Finding("actor", f"the clause puts this on {subject.group(1)}, the claim on "
                                                   f"{_ACTOR_LABEL.get(wrong[0], wrong[0])}")]
        if lead_in and claimed and inherited and "anyone" not in inherited:
            # a list item has no subject of its own: it is the lead-in's ("Providers … shall: … (h) affix the CE
            # marking"), so a claim giving the item to another party names the wrong actor
            return True, [_actor_finding(inherited[0], claimed[0][0])]
        # A claim that makes the one the act is directed at its duty holder (向征信机构查询…的，应当取得信息主体的同意 →
        # "征信机构应当取得…同意", 征信业管理条例第十八条) names the wrong actor: the sentence names it, but not as its subject.
        acted_on = _objects_in(sentence)
        wrong = [a for a, _ in claimed if any(_same_side(a, o) for o in acted_on)]
        if _is_zh(sentence) and wrong:
            return True, [Finding("actor", f"the clause names {_ACTOR_LABEL.get(wrong[0], wrong[0])} as the one the act is "
                                           f"directed at, the claim as the one who must act")]
        return False, []
    source_pairs = [(a, c) for a, c in source_pairs if a]
    holders = [a for a, _ in source_pairs]
    if "anyone" in holders or not claimed:
        return True, []
    if not any(_same_side(a, h) for a, _ in claimed for h in holders):
        return True, [_actor_finding(holders[0], claimed[0][0])]
    for actor, cls in claimed:
        group = _MODAL_GROUP[cls]
        same_kind = [h for h, c in source_pairs if _MODAL_GROUP[c] == group]
        own = [c for h, c in source_pairs if _same_side(actor, h)]
        if same_kind and own and not any(_same_side(actor, h) for h in same_kind) \
                and all(_MODAL_GROUP[c] != group for c in own):
            return True, [_actor_finding(same_kind[0], actor)]
        if same_kind and not own:
            # the claim gives this kind of statement to a party the sentence gives nothing to, while another party has it
            # ("金融机构可以从国家有关机关获取…" against "国务院反洗钱行政主管部门…可以从国家有关机关获取…，国家有关机关应当
            # 依法提供", 反洗钱法第十七条: the state organs named in both do not make the first party right)
            return True, [_actor_finding(same_kind[0], actor)]
    return True, []


# the opening subject of a Chinese sentence, up to its first modal verb, and whether it names a party or an authority
# (general vocabulary of the statutes: 部门, 机关, 主管, 国务院 … are public bodies; 机构, 者, 人员 … any party)
_OPENING_PARTY_ZH = re.compile(rf"^\s*(?:{CN_ARTICLE_LABEL}\s*)?([^，,。；;：:]{{2,40}}?)[，,]?\s*(?:应当|必须|须|可以|不得|有权)")
_PARTY_NOUN_ZH = re.compile(r"(?:者|人|人员|部门|机关|机构|委员会|政府|银行|协会|组织|单位|企业|公司)$")
AUTHORITY_WORDS_ZH = re.compile(r"国务院|国家|部门|机关|政府|人民银行|监督管理机构|主管|法院|检察院|委员会")


def named_authorities(text: str) -> set[str]:
    """The authorities `text` names by name (authority:…), as subject or object (经国务院银行业监督管理机构批准, "to the
    Commission")."""
    return {a for a in _actors_in(text, subjects_only=False) if a.startswith("authority:")}


def other_named_authority(claim: str, sentence: str, clause_text: str) -> Finding | None:
    """A finding when the claim names an authority the article nowhere names, where the sentence it paraphrases names
    another one and none the claim names: "应当经中国人民银行审查批准" against "必须经国务院银行业监督管理机构审查批准"
    (商业银行法第十九条). Whoever approves, receives or decides, the law names it; a claim naming another has the wrong
    one. Across languages too (the names are the same parties: "the PBOC" / 中国人民银行)."""
    court = other_branch(claim, sentence, clause_text)
    if court:
        return court
    mine, theirs = named_authorities(claim), named_authorities(sentence)
    if not mine or not theirs or mine & theirs:
        return None
    stray = mine - named_authorities(clause_text)
    if not stray:
        return None
    return Finding("actor", f"the clause names {_ACTOR_LABEL.get(sorted(theirs)[0], sorted(theirs)[0])}, the claim "
                            f"{_ACTOR_LABEL.get(sorted(stray)[0], sorted(stray)[0])}, which the article does not name")


def other_branch(claim: str, sentence: str, clause_text: str) -> Finding | None:
    """The court where the sentence names an administrative body, or an administrative body where it names the court:
    "消费者可以请求人民法院予以惩处" against "…消费者可以请求行政主管部门予以惩处" (消费者权益保护法第四十五条). The courts
    (人民法院, 审判机关) and the administrative organs (行政机关) are separate branches of the state (宪法第三章 第五节、第八节),
    so even a generic 主管部门 is never a court. Only a body the article nowhere names is wrong: an article naming both
    (起诉 before the court, 投诉 to the department, 第三十九条) leaves it to the other checks."""
    mine = set(_actors_in(claim, subjects_only=False))
    theirs = set(_actors_in(sentence, subjects_only=False))
    article = set(_actors_in(clause_text, subjects_only=False))
    administrative = {a for a in theirs if a.startswith("authority")}
    if "court" in mine and "court" not in article and administrative:
        return Finding("actor", f"the clause names {_ACTOR_LABEL.get(sorted(administrative)[0], 'an authority')}, the "
                                "claim the court, which the article does not name")
    stray = {a for a in mine if a.startswith("authority")} - article
    if "court" in theirs and not administrative and stray and not any(a.startswith("authority") for a in article):
        return Finding("actor", f"the clause names the court, the claim {_ACTOR_LABEL.get(sorted(stray)[0], 'an authority')}, "
                                "which the article does not name")
    return None


def _objects_in(text: str) -> list[str]:
    """Actors named right after a verb or preposition (向征信机构, 取得个人的同意, 向有关主管部门报告, 通过国家网信部门组织的…)."""
    found = []
    for word, name in _ACTORS_ZH_LONGEST_FIRST:
        for m in re.finditer(re.escape(word), text):
            if _is_object(text, m.start()) and text[m.end() : m.end() + 2] not in _ATTRIBUTE_ZH \
                    and not (_DETERMINER_ZH.sub("", text[: m.start()]).endswith(("接受", "服从"))
                             and _AGENT_OF_ACCEPTED.match(text, m.end())):
                found.append(name)
    return found


# 接受X的监督管理 (商业银行法第十条), 服从X的管理: what is accepted is X's act, so X does it (supervises); it is not the one
# acted on (unlike 对X的检查, where X is inspected). The act nouns are the statutes' general vocabulary of oversight.
_AGENT_OF_ACCEPTED = re.compile(r"的(?:监督|管理|检查|审查|审计|调查|指导|领导)")


# Determiners between a verb and its object: 向有关主管部门报告 (网络数据安全管理条例第十条), 向相关部门, 对该机构
_DETERMINER_ZH = re.compile(r"(?:有关|相关|该|其|各|上述|所在地的?)$")
# Characters that may join two nouns of one compound (银行业监督管理机构: 银行 + 业 + 监督管理机构), at most this many
_COMPOUND = re.compile(r"[业类型级]?")
_COMPOUND_GAP = 1


def _is_object(text: str, at: int) -> bool:
    before = _DETERMINER_ZH.sub("", text[:at])
    return before.endswith(_OBJECT_MARK_ZH)


def _actor_finding(source_actor: str, claim_actor: str) -> Finding:
    return Finding("actor", f"the clause puts this on {_ACTOR_LABEL.get(source_actor, source_actor)}, "
                            f"the claim on {_ACTOR_LABEL.get(claim_actor, claim_actor)}")


# After 组织 / 单位 these make it a verb or another noun: 组织开展, 组织制定, 组织实施, 组织机构, 单位时间
_NOT_A_BODY = re.compile(r"(?:开展|制定|实施|协调|召开|建设|推动|编制|起草|评估|审查|进行|领导|机构|形式|时间|价格|能力)")


# After a party's name these make it the name of a law (中国人民银行法, "the PBOC Law"); 法定 / 法人 / 法律 / 法院 are other words
_LAW_NAME_AFTER = re.compile(r"法(?![定人律院务]|规(?!定))|\s+(?:Law|Act)\b")


def _actors_in(text: str, subjects_only: bool = True) -> list[str]:
    """Actors named in `text`, in order. With `subjects_only`, not those in object position (取得个人的同意,
    向个人告知, "to the controller") nor attributes (客户的单独同意, 银行的工作人员)."""
    found: list[tuple[int, str]] = []
    universal = _ANYONE_ZH if _is_zh(text) else _ANYONE_EN
    covered: list[tuple[int, int]] = []
    for m in universal.finditer(text):
        covered.append(m.span())
        found.append((m.start(), "anyone"))
    if _is_zh(text):
        spans = []
        for word, name in _ACTORS_ZH_LONGEST_FIRST:  # 个人信息处理者 before 处理者 and 个人, 银行业金融机构 before 银行
            for m in re.finditer(re.escape(word), text):
                a, b = m.span()
                if text[b : b + 2] in _ATTRIBUTE_ZH or _QUALIFIED_ATTRIBUTE_ZH.match(text, b):
                    continue  # 个人信息, 客户身份资料, 银行账户, 个人不良信息: the data or the thing, not the actor
                if word in ("组织", "单位") and _NOT_A_BODY.match(text, b):
                    continue  # 组织开展 / 组织制定: the verb "to organise"; 组织机构, 单位时间: other nouns
                if _LAW_NAME_AFTER.match(text, b):
                    continue  # 中国人民银行法, 商业银行法: a law's name, not the party
                if any(a >= s and b <= e for s, e in covered):
                    continue
                covered.append((a, b))
                spans.append((a, b, name))
        # In a compound noun the last actor is the head: 银行业监督管理机构 (银行业监督管理法) is a regulator, 金融机构客户 a
        # customer; the actor word inside it that only says whose or of what is no actor of the sentence
        heads = [(a, b, name) for a, b, name in spans
                 if not any(b <= a2 <= b + _COMPOUND_GAP and _COMPOUND.fullmatch(text[b:a2]) for a2, _, _ in spans)]
        for a, b, name in heads:
            if subjects_only and (_is_object(text, a) or text[b : b + 1] == "的"):
                continue
            found.append((a, name))
    english = [(m, name) for pattern, name in _ACTORS_EN_RE for m in pattern.finditer(text)]
    for m, name in english:
        if any(m.start() >= s and m.end() <= e for s, e in covered):
            continue
        if any(o.start() <= m.start() and m.end() <= o.end() and (o.end() - o.start()) > (m.end() - m.start())
               for o, _ in english):
            continue  # a word inside a longer name: the "Bank" of "People's Bank of China" is no bank
        if _LAW_NAME_AFTER.match(text, m.end()):
            continue  # "the PBOC Law", "the Commercial Banking Law": a law's name, not the party
        if subjects_only and _OBJECT_MARK_EN.search(text[: m.start()]):
            continue
        if subjects_only and _ATTRIBUTE_EN.match(text, m.end()):
            continue
        found.append((m.start(), name))
    return [name for _, name in sorted(found)]


# Organisations on the duty-holder side that the laws treat alike for these checks: a bank is a personal-information
# processor, a network operator, a financial institution, an information provider and user. Roles the laws define
# against each other stay apart: the entrusted party (受托人, GDPR processor) from the one entrusting it, the credit
# reporting agency (征信机构) from the banks that supply and use its data, the individual, the DPO, the authorities.
_SIDES = [{"processor", "controller", "operator", "institution", "provider", "user"},
          {"entrusted", "processor_eu", "institution"}]  # a bank may also act as the entrusted party


# Roles held by organisations (not authorities, state organs, courts or natural persons): "a company / 企业" may be any of
# them, so it agrees with each; it does not make two of them the same (a processor is still no entrusted party)
_ORGANISATION_ROLES = {"processor", "controller", "operator", "institution", "provider", "user", "entrusted", "processor_eu",
                       "recipient", "credit_agency", "provider_ca", "provider_ai", "third_party", "data_supplier", "deployer",
                       "importer", "distributor", "representative", "organisation"}


def _same_side(a: str, b: str) -> bool:
    if a == b or "anyone" in (a, b):
        return True
    if a.startswith("authority") and b.startswith("authority"):
        # a generic authority (主管部门, 监管部门, "the competent authority") may be any of them; two named ones are two,
        # except the banking regulator, one of the State Council's financial regulators (反洗钱法第十四条)
        return "authority" in (a, b) or {a, b} == {"authority:financial", "authority:banking"}
    if "body" in (a, b):
        return {a, b} <= {"body", "organisation"}
    if "organisation" in (a, b):
        return {a, b} <= _ORGANISATION_ROLES
    return any(a in side and b in side for side in _SIDES)


_ACTOR_LABEL = {"processor": "the personal-information processor", "individual": "the individual / data subject",
                "controller": "the controller", "processor_eu": "the processor", "authority": "the authority",
                "authority:pboc": "the People's Bank of China (中国人民银行)", "authority:banking": "the banking regulator "
                "(银行业监督管理机构)", "authority:cac": "the cyberspace administration (网信部门)", "authority:police":
                "the public security organs (公安机关)", "authority:customs": "customs (海关)", "authority:sa":
                "the supervisory authority", "authority:commission": "the Commission", "authority:board": "the Board",
                "authority:msa": "the market surveillance authority", "authority:notifying": "the notifying authority",
                "institution": "the financial institution", "operator": "the network operator", "entrusted": "the entrusted party",
                "recipient": "the recipient", "third_party": "a third party", "state": "state organs",
                "credit_agency": "the credit reporting agency", "provider": "the information provider", "user": "the information user",
                "dpo": "the data protection officer", "anyone": "anyone", "borrower": "the borrower",
                "guarantor": "the guarantor", "depositor": "the depositor", "relative": "the next of kin",
                "guardian": "the parents or guardian", "data_supplier": "the data supplier", "court": "the court",
                "provider_ai": "the provider", "deployer": "the deployer", "importer": "the importer",
                "distributor": "the distributor", "organisation": "a business (企业 / company)",
                "signatory": "the signatory (电子签名人)", "provider_ca": "the electronic certification service provider (电子认证服务提供者)", "notified_body": "the notified body", "director": "the directors / senior managers", "body": "an organisation (组织 / 单位)", "relying_party": "the relying party",
                "payee": "the payee (收款人)", "payer": "the payer (付款人)", "authority:state_council": "the State Council (国务院)",
                "authority:financial": "the State Council's financial regulators (国务院有关金融管理部门)",
                "authority:parliament": "the European Parliament", "authority:council": "the Council",
                "consumer_body": "the consumer association (消费者协会)",
                "authority:data": "the National Data Administration (国家数据局)"}


# The party nouns of Chinese statutes end in these (者, 人, 机构, 部门 …: the same general vocabulary as _PARTY_NOUN_ZH)
_UNNAMED_PARTY_ZH = re.compile(r"([\u4e00-\u9fff]{1,12}?)(者|人|人员|机构|部门|机关|委员会|单位|企业|公司)\s*$")
# the tail of a party noun that says which kind of party it is (开发者, 服务提供者 → 提供者): found anywhere in the article, the
# claim's party is one the article names
_PARTY_TAIL = 3


def unnamed_party(claim: str, clause_text: str) -> Finding | None:
    """A finding when a Chinese claim gives a duty (option, ban …) to a party that neither the lexicon knows nor the
    article names: "应用程序开发者应当建立应用程序核验规则" against "提供应用程序分发服务的网络平台服务提供者，应当建立应用程序
    核验规则" (网络数据安全管理条例第四十一条). The law names every party it binds; a claim naming another, by a party noun
    the article nowhere uses, has the wrong actor."""
    if not (_is_zh(claim) and _is_zh(clause_text)):
        return None
    text, article = _norm(claim), _norm(clause_text)
    for part in re.split(r"[，,；;。]", text):
        modals = modal_classes(part)
        if not modals:
            continue
        head = part[: modals[0][0]]
        head = head[head.rindex("的") + 1 :] if "的" in head else head
        m = _UNNAMED_PARTY_ZH.search(head)
        if not m or _actors_in(m.group(0), subjects_only=False):
            continue
        noun, modifier, kind = m.group(0).strip(), m.group(1), m.group(2)
        if noun in article or noun[-_PARTY_TAIL:] in article or (modifier in article and kind in article):
            continue  # (受理机构 for 受理投诉的机构, 征信业管理条例第二十六条: the article's party in other words)
        return Finding("actor", f"the claim puts this on {noun}, a party the article does not name")
    return None
