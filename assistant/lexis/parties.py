"""The actor lexicon: the parties the laws name, in Chinese and English, where a name is the party (not its data, its
staff or the object of a verb), and which parties count as one side (pure).
"""

from __future__ import annotations

import re

from ..language import is_chinese

# Duty holders. A claim whose duty holder differs from the clause's (before the modal verb) names the wrong actor.
ACTORS_ZH = [
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
    ("个人", "individual"), ("客户", "individual"), ("用户", "individual"),
    # 征信业管理条例's information subject (信息主体) is whoever the credit information is about: an enterprise or an
    # individual (第二条: 征信业务 covers 企业…的信用信息和个人的信用信息; 第二十一条 通过信息主体…采集企业信息); the regulation
    # says 个人信息主体 where it means the individual only (第十七条, 第十九条, 第二十条). So 信息主体 alone is either (see
    # same_side), 个人信息主体 the individual
    ("信息主体", "subject"), ("个人信息主体", "individual"),
    ("个人信息保护负责人", "dpo"), ("数据安全负责人", "dpo"), ("银行", "institution"), ("本行", "institution"),
    # the parties of a loan or a deposit (商业银行法): each has its own duties and rights
    ("借款人", "borrower"), ("保证人", "guarantor"), ("存款人", "depositor"),
    # the lender, as the loan contracts name it (民法典第六百六十七条 借款合同是借款人向贷款人借款…的合同; 出借人 for a loan
    # between persons, 第六百七十九条): in a bank's loan it is the bank, never the borrower
    ("贷款人", "institution"), ("出借人", "institution"),
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
    # the people's governments (各级人民政府 / 县级以上地方人民政府, 消费者权益保护法第三十一条, 征信业管理条例第四条, 数据安全法
    # 第六条): a party of their own, the state organ the English "governments" name (see _SIDES), never a regulator the
    # article names (中国人民银行, 国务院银行业监督管理机构); their departments (人民政府有关部门) stay authorities
    ("人民政府", "government"),
    # the registration authority (登记机关) that beneficial-owner information is filed with (反洗钱法第十九条, 第六十条): a
    # body of its own, not the AML regulator that sanctions false filings
    ("登记机关", "authority:registration"),
    # GDPR roles as Chinese drafts name them
    ("数据主体", "individual"), ("数据控制者", "controller"), ("控制者", "controller"), ("数据保护官", "dpo"),
    # a business as such (企业, 公司: 数据安全法第三十三条, 网络数据安全管理条例第十六条 name 企业 as parties), which the laws'
    # own roles (处理者, 运营者, 金融机构 …) are kinds of; never an authority or an individual (see same_side)
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
    # 董监高: the usual short form of 董事、监事、高级管理人员 (the three the statutes list together, 征信业管理条例第八条,
    # 反洗钱法第五十六条; general Chinese corporate usage)
    ("董监高", "director"),
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
    # Council itself; the banking regulator is one of them (see same_side)
    ("国务院有关金融管理部门", "authority:financial"), ("有关金融管理部门", "authority:financial"),
]
# Authorities the laws name are told apart ("authority:…"), as each law gives each its own powers: 中国人民银行法第二十七条
# 中国人民银行会同国务院银行业监督管理机构制定支付结算规则 (the central bank, with the banking regulator consulted);
# 电子签名法第十八条 the State Council's department against the certification provider; GDPR Art. 62(2) the competent
# supervisory authority, not the Commission (Arts. 51, 68: the Board, the Commission and the supervisory authorities are
# distinct bodies); AI Act Arts. 28, 70: notifying and market surveillance authorities. The AML and credit-reporting
# authorities are the central bank's (中国人民银行法第四条 (十): 指导、部署金融业反洗钱工作; 国务院征信业监督管理部门 is the
# central bank in practice). A generic authority (主管部门, 有关部门, 监管部门, "competent authority") agrees with each.
ACTORS_ZH_LONGEST_FIRST = sorted(ACTORS_ZH, key=lambda pair: -len(pair[0]))
# "任何单位和个人 / any person": a rule that binds everybody binds whichever actor a claim names
ANYONE_ZH = re.compile(r"任何(?:单位|组织|机构|人)?(?:[和、或]|或者|以及)?(?:个人|单位|组织)|任何人")
ANYONE_EN = re.compile(r"\b(?:any|every|no) (?:natural or legal )?(?:person|one|body)\b|\b(?:anyone|everyone|"
                       r"everybody|nobody)\b", re.I)
# An actor noun before these names a thing of the actor's (个人信息, 客户身份资料, 用户数据), not the actor
ATTRIBUTE_ZH = ("信息", "数据", "资料", "身份", "账户", "交易", "存款", "权益", "资金", "名义", "隐私", "资产", "证件",
                "员工", "工作", "职员", "人员")  # staff are not the organisation: 商业银行员工 (商业银行法第五十三条)
# … and with a qualifier of the data between (个人不良信息, 征信业管理条例第十六条; 个人敏感信息, 客户基本信息): the qualifiers the
# statutes put on 信息 / 数据 / 资料
# and the transactions of a party counted or classed by the anti-money-laundering rules (客户单笔交易或者…累计交易, 大额交易、
# 可疑交易, 反洗钱法第三十五条): the customer's transaction, not the customer, is the subject
_QUALIFIED_ATTRIBUTE_ZH = re.compile(r"(?:不良|敏感|基本|身份|交易|财产|金融|信用)(?:信息|数据|资料)|"
                                     r"(?:单笔|累计|大额|可疑|跨境)(?:交易|资金|支付)")
# A noun after these is the object of a verb or preposition, not the subject of the sentence: 取得个人的同意,
# 向个人告知, 经信息主体同意, 发现网络运营者…; "to / from / of the controller".
_OBJECT_MARK_ZH = ("向", "对", "为", "与", "经", "给", "从", "让", "将", "把", "被", "取得", "征得", "告知", "通知", "要求",
                   "经过", "委托", "协助", "配合", "会同", "发现", "督促", "指导", "监督", "提醒", "帮助", "请求", "授权", "同意",
                   "拒绝", "识别", "核实", "提供", "公开", "接受", "约定", "报送", "报告", "移交", "转让", "通过", "涉及")
# An English party word before these, or in the possessive, names a thing or the staff of the party's ("customer
# identification records", "User information", "the regulator's staff", "the data subject's consent"), not the party:
# the English of ATTRIBUTE_ZH (客户身份资料, 用户数据, 银行业监督管理机构工作人员)
_ATTRIBUTE_EN = re.compile(r"(?:['’]s?\s+\w|\s+(?:information|data|records?|identification|identity|identities|"
                           r"accounts?|funds|deposits|files|details|documents|assets|privacy|staff|employees|personnel|"
                           r"transactions?)\b)",
                           re.I)
_OBJECT_MARK_EN = re.compile(r"\b(?:to|from|by|with|at|of|for|against|about|than|between|among|inform|informs|notify|"
                             r"notifies|tell|tells|ask|asks|request|requests|on behalf of)\s+(?:the |a |an |each |any |"
                             r"every |its |their |all )?"
                             # ("at": where a person works or a record is held, "staff at a bank", "information held at
                             # a credit reporting agency", 征信业管理条例第二十二条 工作人员; general English grammar, the object
                             # of a preposition)
                             # (with up to two modifiers between: "loans to any single borrower", 商业银行法第三十九条 对同一
                             # 借款人; "to each affected data subject")
                             r"(?:(?!(?:and|or|shall|must|may|who|which|that)\b)[a-z-]+\s+){0,2}$", re.I)


def object_at_en(text: str, at: int) -> bool:
    """Whether the English party word starting at `at` is the object of a preposition or verb (_OBJECT_MARK_EN: "with
    a bank", "to the controller"), not a subject."""
    return bool(_OBJECT_MARK_EN.search(text[:at]))


_ACTORS_EN = [
    (r"data subjects?", "individual"), (r"individuals?", "individual"), (r"customers?", "individual"),
    (r"controllers?", "controller"), (r"processors?", "processor_eu"),
    (r"supervisory authorit(?:y|ies)", "authority:sa"),
    (r"third part(?:y|ies)", "third_party"), (r"recipients?", "recipient"),
    (r"personal information (?:processors?|handlers?)", "processor"), (r"handlers?", "processor"),
    (r"financial institutions?", "institution"), (r"banks?", "institution"), (r"network operators?", "operator"),
    # EU AI Act roles: each has its own duties
    # 电子签名法 (第十六条 ff.) 电子认证服务提供者 as English claims name it ("electronic certification service provider";
    # a "certification authority" in general PKI vocabulary): the longer name wins over the AI Act's "provider"
    (r"(?:electronic )?certification (?:service )?providers?|certification authorit(?:y|ies)", "provider_ca"),
    (r"providers?", "provider_ai"), (r"deployers?", "deployer"), (r"importers?", "importer"),
    (r"distributors?", "distributor"),
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
    # the lender of a loan (贷款人, 民法典第六百六十七条), the bank in the banking laws: general English for the one who lends
    (r"lenders?|lending (?:bank|institution)s?", "institution"),
    # the Chinese laws' 用户 (网络安全法第四十二条) and 有关主管部门 (数据安全法第三十条) as English claims name them
    (r"(?<!information )users?", "individual"),
    (r"(?:competent |relevant |regulatory )authorit(?:y|ies)|regulators?", "authority"),
    # 征信业管理条例: the information user (信息使用者) and provider (信息提供者) are the banks' roles, not the individual's
    # the same roles named with "of" ("users of credit information"): the longer name wins over "users"
    (r"(?:credit )?information users?|users? of (?:the )?credit information", "user"),
    (r"(?:credit )?information providers?|providers? of (?:the )?credit information", "provider"),
    # the same parties as English claims about the Chinese laws name them
    (r"data protection authorit(?:y|ies)|DPAs?", "authority:sa"),
    (r"(?:the )?PBOC|People's Bank of China|central bank", "authority:pboc"),
    (r"(?:the )?CAC|cyberspace administration(?: of China)?", "authority:cac"),
    (r"(?:China )?Banking (?:and Insurance )?Regulatory Commission|CBI?RC|NFRA|"
     r"National Financial Regulatory Administration|banking (?:and insurance )?(?:regulators?|supervisors?|"
     r"supervisory authorit(?:y|ies)|regulatory authorit(?:y|ies))", "authority:banking"),
    (r"credit reporting agenc(?:y|ies)", "credit_agency"), (r"information subjects?", "subject"),
    (r"entrusted part(?:y|ies)|trustees?", "entrusted"), (r"next of kin|close relatives?", "relative"),
    (r"guardians?|parents?", "guardian"),
    # a business as such (as drafts name the laws' organisations): any organisation role, never an authority or a person
    (r"compan(?:y|ies)|business(?:es)?(?! operators?)|undertakings?|enterprises?", "organisation"),
    # 消费者权益保护法's 消费者 and 经营者 (the one who sells the goods, 第二十五条) as English claims name them; 电子签名法's signatory
    (r"consumers?", "individual"), (r"business operators?|traders?|merchants?|sellers?", "institution"),
    # 消费者协会 / 其他消费者组织 (消费者权益保护法第三十六条) as English claims name them: not the consumer (the longer
    # name wins over "consumer") nor an authority
    (r"consumers?['’]? (?:associations?|organi[sz]ations?)|consumer protection (?:associations?|organi[sz]ations?)",
     "consumer_body"),
    # the people's courts (人民法院, 消费者权益保护法第三十九条, 第四十五条; 反洗钱法第三十九条) as English claims name them
    (r"(?:the )?people['’]s courts?", "court"),
    # 登记机关 (see the Chinese list) as English claims name it: the registration authority, the company registry (not
    # a "credit registry", a database)
    (r"(?:company |business |market )?registration (?:authorit(?:y|ies)|offices?|agenc(?:y|ies))|"
     r"(?:company|business|companies|commercial) registr(?:y|ies|ars?)", "authority:registration"),
    (r"signator(?:y|ies)|signers?", "signatory"), (r"relying part(?:y|ies)", "relying_party"),
    # 反洗钱法第十六条: the monitoring and analysis centre (反洗钱监测分析机构) is the regulator's; the institutions that perform
    # AML obligations (履行反洗钱义务的机构, "obliged entities" in FATF usage) are the banks' side
    (r"(?:(?:anti-money[- ]laundering|AML) )?monitoring and analysis (?:centres?|centers?|institutions?|bod(?:y|ies))|"
     r"financial intelligence units?|FIUs?", "authority"),
    (r"(?:obliged|reporting) (?:institutions?|entit(?:y|ies))|(?:institutions?|entit(?:y|ies)) (?:with|subject to|"
     r"that perform) (?:anti-money[- ]laundering|AML) (?:obligations|duties)", "institution"),
    (r"directors?|senior managers?|senior management", "director"),
    # the Member States and their governments (GDPR Arts. 51–54, 85: "Each Member State shall provide …") are neither
    # the supervisory authority nor a party of the processing; not "Member State law", which names a law
    (r"member states?(?:'s?)?(?: governments?)?(?! law)|governments?", "state"),
    # a government's departments and agencies are its administrative authorities (省级以上人民政府有关部门, 网络安全法第五十六条,
    # as "government departments at provincial level or above"), not the government itself (general usage)
    (r"(?:government(?:al)?|ministerial)\s+(?:departments?|agenc(?:y|ies)|authorit(?:y|ies))|"
     r"(?:departments?|agenc(?:y|ies)) of (?:the )?(?:relevant )?(?:people's )?governments?", "authority"),
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
    (r"(?:anti-money[- ]laundering|AML) (?:administrative )?(?:authorit(?:y|ies)|regulators?|departments?|"
     r"supervisors?)", "authority:pboc"),
    # the parties of a payment (非银行支付机构监督管理条例第二十五条 收款人、付款人): neither is the payment institution
    (r"payees?", "payee"), (r"payers?", "payer"),
    # 国务院有关金融管理部门 (see the Chinese list) as English claims name them
    (r"(?:relevant )?financial (?:regulatory |supervisory |administration |management )?(?:authorit(?:y|ies)|"
     r"regulators?|departments?)", "authority:financial"),
    # 非银行支付机构 (非银行支付机构监督管理条例) as English claims name them: the payment institution, a financial institution
    (r"(?:non-bank )?payment (?:service )?institutions?|(?:non-bank )?payment (?:service )?providers?", "institution"),
]
# each pattern whole between word boundaries (an alternation would otherwise match inside words: "nfra" in
# "infrastructure")
ACTORS_EN_RE = [(re.compile(r"\b(?:" + p + r")\b", re.I), name) for p, name in _ACTORS_EN]


def named_authorities(text: str) -> set[str]:
    """The authorities `text` names by name (authority:…), as subject or object (经国务院银行业监督管理机构批准, "to the
    Commission")."""
    return {a for a in actors_in(text, subjects_only=False) if a.startswith("authority:")}


def mentioned_authorities(text: str) -> set[str]:
    """The authorities whose Chinese name stands anywhere in `text`, the longest name first (国务院银行业监督管理机构 once),
    also where it names whose staff or act it is: 阻碍银行业监督管理机构工作人员依法执行检查、调查职务的 (银行业监督管理法第四十九条)
    mentions the banking regulator, though its party is the staff (named_authorities reads the head noun only)."""
    found = set()
    for word, name in ACTORS_ZH_LONGEST_FIRST:
        if name.startswith("authority:") and word in text:
            found.add(name)
            text = text.replace(word, "□" * len(word))
    return found


def objects_in(text: str) -> list[str]:
    """Actors named right after a verb or preposition (向征信机构, 取得个人的同意, 向有关主管部门报告, 通过国家网信部门组织的…)."""
    found = []
    for word, name in ACTORS_ZH_LONGEST_FIRST:
        for m in re.finditer(re.escape(word), text):
            if _is_object(text, m.start()) and text[m.end() : m.end() + 2] not in ATTRIBUTE_ZH \
                    and not (_DETERMINER_ZH.sub("", text[: m.start()]).endswith(("接受", "服从"))
                             and _AGENT_OF_ACCEPTED.match(text, m.end())):
                found.append(name)
    return found


# 接受X的监督管理 (商业银行法第十条), 服从X的管理: what is accepted is X's act, so X does it (supervises); it is not the one
# acted on (unlike 对X的检查, where X is inspected). The act nouns are the statutes' general vocabulary of oversight.
_AGENT_OF_ACCEPTED = re.compile(r"的(?:监督|管理|检查|审查|审计|调查|指导|领导)")


# Determiners between a verb and its object: 向有关主管部门报告 (网络数据安全管理条例第十条), 向相关部门, 对该机构
# (and the quantifiers of one party, 对同一借款人, 商业银行法第三十九条; 向每一…, 向其他…)
_DETERMINER_ZH = re.compile(r"(?:有关|相关|该|其|各|上述|所在地的?|同一|单一|每一|每个|其他)$")
# Characters that may join two nouns of one compound (银行业监督管理机构: 银行 + 业 + 监督管理机构), at most this many
_COMPOUND = re.compile(r"[业类型级]?")
_COMPOUND_GAP = 1


def _is_object(text: str, at: int) -> bool:
    before = _DETERMINER_ZH.sub("", text[:at])
    return before.endswith(_OBJECT_MARK_ZH)


# After 组织 / 单位 these make it a verb or another noun: 组织开展, 组织制定, 组织实施, 组织机构, 单位时间
_NOT_A_BODY = re.compile(r"(?:开展|制定|实施|协调|召开|建设|推动|编制|起草|评估|审查|进行|领导|机构|形式|时间|价格|能力)")


# After a party's name these make it the name of a law (中国人民银行法, "the PBOC Law"); 法定 / 法人 / 法律 / 法院 are other words
_LAW_NAME_AFTER = re.compile(r"法(?![定人律院务]|规(?!定))|\s+(?:Law|Act)\b")


# A Chinese noun phrase's head is its last noun; what stands before a 的 modifies it. A party named before "…的人员 / 的工作
# 人员 / 的员工" in the same phrase (no punctuation or modal verb between) says whose staff, or staff doing what, the head
# is: 从事银行业监督管理工作的人员 (银行业监督管理法第四十三条) are the supervisor's staff, neither a bank nor the regulator;
# 银行业监督管理机构从事监督管理工作的人员 are the regulator's staff (the same article); 商业银行的工作人员 (商业银行法第五十二条)
# the bank's. Staff are persons of their own, neither the organisation they work for nor the one their work is about, so
# the party inside the modifier is no subject of the sentence: its subject is the staff ("staff"; the directors and senior
# managers, 董事、高级管理人员, are among them).
_STAFF_HEAD_ZH = re.compile(r"[^，,。；;：:、]*?的[^，,。；;：:、的]{0,6}?(?:工作人员|人员|员工|职员|雇员)")
_STAFF_WORD_ZH = re.compile(r"工作人员|人员|员工|职员|雇员")
# … and a party's staff named by their line of work in one compound (银行业监管人员, 银行业从业人员, 金融机构业务人员; general
# banking vocabulary: 监管 / 监督管理 / 管理 / 业务 / 从业 / 工作 before 人员); and "X及其工作人员" (网络数据安全管理条例第五十三条
# 有关主管部门及其工作人员, 消费者权益保护法第二十九条 经营者及其工作人员): the staff are holders beside the party
_STAFF_COMPOUND_ZH = re.compile(r"业?(?:监管|监督管理|管理|业务|从业|工作)(?:工作)?(?:人员|员工)")
_ITS_STAFF_ZH = re.compile(r"(?:及其|和其|以及其|及|和)(?:工作人员|员工|职员)")
_MODAL_STOP_ZH = re.compile(r"应当|必须|不得|可以|有权|无权|须|不能|禁止")


def opens_with_staff(text: str) -> bool:
    """Whether `text` opens with a staff phrase (…的人员, …的工作人员) as its subject, not after a preposition."""
    m = _STAFF_HEAD_ZH.match(text)
    return bool(m) and not _MODAL_STOP_ZH.search(m.group(0)) and not text.startswith(_OBJECT_MARK_ZH)


def its_staff_at(text: str, at: int) -> bool:
    """Whether the party's own staff are joined to it at `at` (…及其工作人员)."""
    return bool(_ITS_STAFF_ZH.match(text, at))


def modifies_staff(text: str, end: int) -> bool:
    """Whether the party ending at `end` modifies a staff noun after it in the same phrase (…的人员, …的工作人员)."""
    m = _STAFF_HEAD_ZH.match(text, end)
    return bool(m) and not _MODAL_STOP_ZH.search(text, end, m.end())


def actors_in(text: str, subjects_only: bool = True) -> list[str]:
    """Actors named in `text`, in order. With `subjects_only`, not those in object position (取得个人的同意,
    向个人告知, "to the controller") nor attributes (客户的单独同意, 银行的工作人员)."""
    found: list[tuple[int, str]] = []
    universal = ANYONE_ZH if is_chinese(text) else ANYONE_EN
    covered: list[tuple[int, int]] = []
    for m in universal.finditer(text):
        covered.append(m.span())
        found.append((m.start(), "anyone"))
    if is_chinese(text):
        spans = []
        for word, name in ACTORS_ZH_LONGEST_FIRST:  # 个人信息处理者 before 处理者 and 个人, 银行业金融机构 before 银行
            for m in re.finditer(re.escape(word), text):
                a, b = m.span()
                if any(a >= s and b <= e for s, e in covered):
                    continue  # (a word inside a longer one found or skipped before)
                # (subjects only: every party a text names, subjects_only=False, stays as before for the retrieval gate's
                # party ties, retrieval/party_ties.py)
                staff = _STAFF_COMPOUND_ZH.match(text, b) if subjects_only else None
                if staff:
                    covered.append((a, staff.end()))
                    if subjects_only and not _is_object(text, a) and (a, "staff") not in found:
                        found.append((a, "staff"))
                    continue
                if text[b : b + 2] in ATTRIBUTE_ZH or _QUALIFIED_ATTRIBUTE_ZH.match(text, b):
                    # 个人信息, 客户身份资料, 银行账户, 个人不良信息: the data or the thing, not the actor; nor any shorter
                    # party word inside it (the 银行 of 银行业监督管理机构工作人员). Its staff (银行员工, 银行业监督管理机构
                    # 工作人员) are the head noun: the subject is the staff, as for …的人员 (modifies_staff)
                    if subjects_only:
                        covered.append((a, b))
                    if subjects_only and _STAFF_WORD_ZH.match(text, b) and not _is_object(text, a) \
                            and (a, "staff") not in found:
                        found.append((a, "staff"))
                    continue
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
            if subjects_only and modifies_staff(text, b):
                if not _is_object(text, a) and "staff" not in [n for _, n in found]:
                    found.append((a, "staff"))
                continue
            if subjects_only and (_is_object(text, a) or text[b : b + 1] == "的"):
                continue
            found.append((a, name))
            if subjects_only and its_staff_at(text, b):
                found.append((b, "staff"))
    english = [(m, name) for pattern, name in ACTORS_EN_RE for m in pattern.finditer(text)]
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
          {"entrusted", "processor_eu", "institution"},  # a bank may also act as the entrusted party
          {"state", "government"},  # the people's governments are state organs ("governments", 国家机关)
          {"staff", "director"}]  # directors and senior managers are among an organisation's staff (…的人员)


# Roles held by organisations (not authorities, state organs, courts or natural persons): "a company / 企业" may be any of
# them, so it agrees with each; it does not make two of them the same (a processor is still no entrusted party)
_ORGANISATION_ROLES = {"processor", "controller", "operator", "institution", "provider", "user", "entrusted",
                       "processor_eu", "recipient", "credit_agency", "provider_ca", "provider_ai", "third_party",
                       "data_supplier", "deployer", "importer", "distributor", "representative", "organisation"}


# What an information subject (信息主体) may be: an individual, an enterprise (企业, 公司, "a business") or another
# organisation (单位, 组织: 征信业管理条例第二条 企业、事业单位等组织, 以下统称企业)
_SUBJECT_KINDS = {"subject", "individual", "organisation", "body"}


def same_side(a: str, b: str) -> bool:
    if a == b or "anyone" in (a, b):
        return True
    if a.startswith("authority") and b.startswith("authority"):
        # a generic authority (主管部门, 监管部门, "the competent authority") may be any of them; two named ones are two,
        # except the banking regulator, one of the State Council's financial regulators (反洗钱法第十四条)
        return "authority" in (a, b) or {a, b} == {"authority:financial", "authority:banking"}
    if "subject" in (a, b):
        # an information subject (信息主体, 征信业管理条例第二条) is an individual or an enterprise, not a named role
        return {a, b} <= _SUBJECT_KINDS
    if "body" in (a, b):
        return {a, b} <= {"body", "organisation"}
    if "organisation" in (a, b):
        return {a, b} <= _ORGANISATION_ROLES
    return any(a in side and b in side for side in _SIDES)



# The lexicon's names that say no particular party (a generic authority agrees with each; 组织, 单位, 企业 are any body;
# anyone binds everybody; 国家机关 any organ of the state). The individual goes by many words the lexicon does not hold
# (自然人, 公民, 当事人), so an English claim's "individual" is never read as absent (verify/absent_parties.py).
_GENERIC = {"authority", "body", "organisation", "anyone", "state", "individual", "subject"}


def specific(name: str) -> bool:
    """Whether a lexicon name is a particular party, not a generic one (`_GENERIC`, anyone …)."""
    return name not in _GENERIC and not name.startswith("anyone")

# Organisation roles that exclude each other in the frame of the law that defines them: the one entrusting processing and
# the one entrusted (个人信息保护法第二十一条, GDPR Art. 28), the credit reporting agency and the banks that supply and
# use its data (征信业管理条例第二条), the AI Act's operators and the notified body (AI Act Art. 3(3)-(8), (21)); a third
# party or a recipient and any other (see roles_compatible). Any other two
# organisation roles may be one business: a bank is a financial institution and may be the personal-information
# processor, the controller, the network operator, the deployer or the provider of an AI or algorithm service a clause
# names (生成式人工智能服务管理暂行办法第九条: the provider is the 个人信息处理者 of its service).
_AI_ACT_OPERATORS = ("provider_ai", "deployer", "importer", "distributor", "representative", "notified_body")
_EXCLUSIVE_ROLES = {frozenset(pair) for pair in [
    ("processor", "entrusted"), ("controller", "entrusted"), ("controller", "processor_eu"),
    ("processor", "processor_eu"),
    ("credit_agency", "provider"), ("credit_agency", "user"), ("credit_agency", "institution"),
    *[(a, b) for i, a in enumerate(_AI_ACT_OPERATORS) for b in _AI_ACT_OPERATORS[i + 1 :]],
]}


def roles_compatible(a: str, b: str) -> bool:
    """Whether one party may hold both roles in a clause's frame: the same side (same_side), or two organisation roles
    the laws do not define against each other (see _EXCLUSIVE_ROLES). Authorities and the regulated, persons and the
    organisations that process their data, a lender and its borrower stay apart as in same_side."""
    if same_side(a, b):
        return True
    if {"third_party", "recipient"} & {a, b}:
        # a third party or a recipient is, by its name, another than the party that provides to it or that the clause
        # binds (GDPR Art. 4(9)-(10); 个人信息保护法第二十三条 接收方; 反洗钱法第三十二条, 网络数据安全管理条例第四十条
        # 第三方产品和服务提供者 beside the platform)
        return False
    return a in _ORGANISATION_ROLES and b in _ORGANISATION_ROLES and frozenset((a, b)) not in _EXCLUSIVE_ROLES


ACTOR_LABEL = {"processor": "the personal-information processor", "individual": "the individual / data subject",
               "subject": "the information subject (信息主体: an individual or an enterprise)",
               "controller": "the controller", "processor_eu": "the processor", "authority": "the authority",
               "authority:pboc": "the People's Bank of China (中国人民银行)", "authority:banking": "the banking regulator "
               "(银行业监督管理机构)", "authority:cac": "the cyberspace administration (网信部门)", "authority:police":
               "the public security organs (公安机关)", "authority:customs": "customs (海关)", "authority:sa":
               "the supervisory authority", "authority:commission": "the Commission", "authority:board": "the Board",
               "authority:msa": "the market surveillance authority", "authority:notifying": "the notifying authority",
               "institution": "the financial institution", "operator": "the network operator",
               "entrusted": "the entrusted party",
               "recipient": "the recipient", "third_party": "a third party", "state": "state organs", "government": "the people's governments",
               "credit_agency": "the credit reporting agency", "provider": "the information provider",
               "user": "the information user",
               "dpo": "the data protection officer", "anyone": "anyone", "borrower": "the borrower",
               "guarantor": "the guarantor", "depositor": "the depositor", "relative": "the next of kin",
               "guardian": "the parents or guardian", "data_supplier": "the data supplier", "court": "the court",
               "authority:registration": "the registration authority (登记机关)",
               "provider_ai": "the provider", "deployer": "the deployer", "importer": "the importer",
               "distributor": "the distributor", "organisation": "a business (企业 / company)",
               "signatory": "the signatory (电子签名人)",
               "provider_ca": "the electronic certification service provider (电子认证服务提供者)",
               "notified_body": "the notified body", "director": "the directors / senior managers",
               "body": "an organisation (组织 / 单位)", "relying_party": "the relying party",
               "payee": "the payee (收款人)", "payer": "the payer (付款人)",
               "authority:state_council": "the State Council (国务院)",
               "authority:financial": "the State Council's financial regulators (国务院有关金融管理部门)",
               "authority:parliament": "the European Parliament", "authority:council": "the Council",
               "consumer_body": "the consumer association (消费者协会)",
               "authority:data": "the National Data Administration (国家数据局)",
               "staff": "the staff (…的人员 / 工作人员)"}
