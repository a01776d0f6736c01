"""A word of the clause replaced by its opposite, with no negation word (pure).

A drafting model that gets a rule wrong does not always negate it: it keeps the sentence and swaps one word for its
opposite. "应当妥善保存用户资料" becomes "应当及时销毁用户资料", "予以公告" becomes "予以保密", "The Board shall act
independently" becomes "shall act under the instructions of the Commission", "the day following its publication" becomes
"the day before". The modal, negation and actor checks see nothing: the modal verb and the party are the clause's.

The table below is small and closed: pairs of legal vocabulary whose members the laws use for opposite acts or states,
each with an article where the words occur. A claim is judged only when it uses one member of a pair, not negated and
not beside the other member, and every sentence it paraphrases uses the other member (not negated) and never its own.
Chinese and English members stand together, so a claim in one language is read against a clause in the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import is_chinese
from .modality import normalised


@dataclass(frozen=True)
class Opposites:
    """One pair: each side's Chinese words and English pattern."""

    zh: tuple[str, ...]
    en: str
    zh_opposite: tuple[str, ...]
    en_opposite: str
    # relational words ("before X", "after Y") oppose only when they relate the same two things: "earlier processing remains
    # lawful after the withdrawal" agrees with "processing … before its withdrawal"; "consult the authority prior to
    # processing" and "consult the authority after processing" do not
    same_object: bool = False
    # words that say the opposite side's thing in other terms, so that a sentence holding one of them is no sentence
    # that "never uses" it: a ban's 不得 / shall not beside the claim's 禁止 / prohibit
    zh_opposite_kin: tuple[str, ...] = ()
    en_opposite_kin: str = ""


PAIRS = (
    # keep / destroy: 非银行支付机构监督管理条例第三十一条 妥善保存用户资料和交易记录, 反洗钱法第三十四条 应当至少保存十年;
    # 个人信息保护法第四十七条 应当主动删除个人信息; GDPR Art. 5(1)(e) "kept", Art. 17 "erasure"; "maintain a record" (GDPR
    # Art. 30(1), AI Act Art. 18(3) "maintain the technical documentation") is keeping it, in ordinary English
    Opposites(("保存", "保管", "留存"), r"keep|kept|keeping|retain\w*|retention|stor(?:e|ed|es|ing)|preserv\w+|maintain(?:s|ed|ing)?",
              ("销毁", "删除", "丢弃"), r"destr(?:oy|oyed|oys|oying|uction)|delet\w+|eras(?:e|ed|es|ing|ure)|discard\w*"),
    # made public / kept secret: 中国人民银行法第十八条 予以公告, 第十五条 保守国家秘密; 个人信息保护法第七条 公开个人信息
    # 处理规则; GDPR Art. 71(1) "The report shall be made public", Art. 54(2) "a duty of professional secrecy"
    Opposites(("公开", "公告", "公布", "披露"), r"made public|make (?:\w+ )?public|publish\w*|public(?:ly)? (?:available|announce\w*)",
              ("保密", "秘密", "隐瞒"), r"confidential\w*|secret\w*|conceal\w*|withh[oe]ld from the public"),
    # told to someone / kept confidential: 反洗钱法第三十五条 提交可疑交易报告的情况应当保密 (to be told to nobody, the customer
    # least); 个人信息保护法第十八条 应当保密或者不需要告知的情形 sets the two against each other itself
    Opposites(("告知", "透露", "告诉"), r"disclos\w+|reveal\w*|tip(?:s|ped|ping)? off",
              ("保密",), r"(?:kept|keep|keeps|keeping|remain|remains|treated as|treat as) (?:\w+ )?confidential"),
    # support / restrict or ban: 网络数据安全管理条例第七条 国家支持相关行业组织…, 数据安全法第七条 国家…鼓励数据依法合理有效
    # 利用, 网络安全法第三十一条 国家支持网络运营者之间…进行合作 (a claim that the state bans what it supports turns it around)
    Opposites(("支持", "鼓励", "促进"), r"support\w*|encourag\w+|promot\w+",
              ("限制", "抑制", "阻碍", "反对", "禁止"), r"restrict\w*|discourag\w+|hinder\w*|oppos\w+|curb\w*|prohibit\w*|ban(?:s|ned)?",
              # the statutes' own bans (网络安全法第二十九条 任何个人和组织不得从事…; 不得为其提供技术支持: 支持 there is the
              # help banned, not the state's support)
              zh_opposite_kin=("不得", "严禁", "不准", "不许"), en_opposite_kin=r"shall not|must not|may not"),
    # strengthen, increase / weaken, reduce: 关键信息基础设施安全保护条例第十三条 保障人力、财力、物力投入; 网络数据安全管理
    # 条例第七条 加强行业自律; 生成式人工智能服务管理暂行办法第四条 提高生成内容的准确性; GDPR Art. 32(1) "ensure … security"
    Opposites(("加强", "增加", "提高", "提升", "扩大", "保障"), r"strengthen\w*|increas\w+|rais(?:e|ed|es|ing)|enhanc\w+|expand\w*",
              ("削弱", "减少", "降低", "缩小", "削减", "压缩"), r"weaken\w*|decreas\w+|reduc\w+|lower(?:ed|s|ing)?|cut(?:s|ting)?"),
    # beforehand / afterwards: 个人信息保护法第五十五条 事前进行个人信息保护影响评估; GDPR Art. 36(1) "prior to processing",
    # Art. 92(3) "the day following that of its publication"
    Opposites(("事前", "事先"), r"before|prior to|in advance|beforehand",
              # ("post-remote biometric identification", AI Act Art. 26(10), is 事后远程生物识别: the prefix says after)
              ("事后",), r"after|afterwards|post(?=-\w)|following (?:that|its|the) (?:day|date|publication|adoption|processing)|"
                         r"(?<=day )following",  # "It shall take effect the day following that of its publication"
              same_object=True),
    # of equal / of lesser or other standing: 电子签名法第十四条 可靠的电子签名与手写签名或者盖章具有同等的法律效力, 第二十六条
    # 境外…签发的电子签名认证证书…具有同等的法律效力 (a claim that they differ in effect, or that one has less, turns it
    # around; general usage: 不一样 / 不相同 / 有所不同 / 不如, "not the same", "differs from", "less … than")
    Opposites(("同等", "相同", "一样", "等同"), r"the same|equal|equivalent",
              ("不一样", "不相同", "不同等", "不等同", "有所不同", "不同于", "不如"),
              # (and the comparatives of lesser standing, general English: "lesser / weaker / lower … than", "not as … as")
              r"(?:not|never) (?:\w+\s+){0,2}(?:the same|equal|equivalent)|differ(?:s|ent)? from|"
              r"(?:less|lesser|weaker|lower|inferior) (?:\w+\s+){0,3}than|inferior to|not as (?:\w+\s+){1,3}as"),
    # approve / reject: 中国人民银行法第三十四条 经国务院批准; 商业银行法第十六条 经批准设立的商业银行; GDPR Art. 42(5)
    # "approved by the competent supervisory authority"
    Opposites(("批准", "核准"), r"approv\w+",
              ("驳回", "否决"), r"reject\w*|refus(?:e|ed|es|ing|al)|den(?:y|ied|ies|ial)"),
    # accept / refuse: 消费者权益保护法第十七条 接受消费者的监督; 第三十七条 接受社会监督
    Opposites(("接受",), r"accept\w*",
              ("拒绝", "拒不"), r"refus(?:e|ed|es|ing|al)|reject\w*"),
    # independently / on instructions: GDPR Art. 69(1) "The Board shall act independently", Art. 52(1) "complete independence"
    Opposites(("独立",), r"independen\w+",
              ("听从", "受其指示", "按照其指示"), r"(?:under|on|upon|following|subject to) (?:the )?(?:\w+['’]s? )?(?:instructions?|directions?)"),
    # within / outside the country: 个人信息保护法第四十条 应当将…个人信息存储在境内; 网络安全法第三十七条 应当在境内存储
    Opposites(("境内",), r"within (?:the territory of )?(?:China|the PRC|the People's Republic of China)|in China|domestically",
              ("境外",), r"outside (?:of )?(?:China|the PRC|the People's Republic of China)|abroad|overseas|offshore"),
    # encrypted / in plain text: GDPR Art. 32(1)(a) "the pseudonymisation and encryption of personal data", Art. 34(3)(a)
    # "such as encryption"; 网络安全法第二十一条 数据分类、重要数据备份和加密等措施
    Opposites(("加密",), r"encrypt\w*", ("明文",), r"plain ?text|unencrypted|in (?:the )?clear"),
    # least / most: 个人信息保护法第六条 限于实现处理目的的最小范围, 第十九条 所必要的最短时间; GDPR Art. 25(2) "only personal
    # data which are necessary"
    Opposites(("最小", "最短", "最低"), r"minim(?:um|al|ise|ize)\w*|shortest|lowest",
              ("最大", "最长", "最高"), r"maxim(?:um|al|ise|ize)\w*|longest|highest"),
    # in writing / orally: 个人信息保护法第十四条 书面同意; 电子签名法第四条 书面形式
    Opposites(("书面",), r"in writing|written", ("口头",), r"oral(?:ly)?|verbal(?:ly)?"),
    # explicit / implied: 个人信息保护法第十四条 该同意应当由个人…自愿、明确作出; GDPR Art. 9(2)(a) "explicit consent"
    Opposites(("明确", "明示"), r"explicit\w*|express(?:ly)?", ("默示", "默认", "推定"), r"implied|implicit\w*|tacit\w*|presumed"),
    # freely / under compulsion: 个人信息保护法第十四条 自愿; GDPR Art. 4(11) "freely given", Art. 7(4)
    Opposites(("自愿",), r"voluntar\w+|freely", ("强制", "被迫", "强迫"), r"compulsor\w+|mandator\w+|obligator\w+|forced|coerc\w+"),
    # free / subject to someone's approval: 商业银行法第二十九条 存款自愿、取款自由 (a freedom the clause grants the customer,
    # which a claim turns around by making the act need the bank's approval); GDPR Art. 20(1) "without hindrance from the
    # controller"; the opposite is the statutes' own way of making an act conditional (经…批准, 征得…同意: 商业银行法第十九条
    # 必须经…审查批准, 个人信息保护法第十三条 取得个人的同意) and its plain English ("requires / subject to the … approval")
    # (消费者权益保护法第九条 自主选择…, 自主决定购买或者不购买; 商业银行法第四十八条 企业事业单位可以自主选择一家商业银行)
    Opposites(("自由", "自主选择", "自主决定"), r"freely|without (?:any )?hindrance|free choice|of (?:its|their|his|her) own choosing",
              ("须经", "需经", "需要经", "必须经", "应当经", "须征得", "需征得", "需要征得", "须取得", "需取得", "需要取得",
               "须获得", "需获得", "需要获得"),
              r"(?:requires?|required|requiring|needs?|needed|subject to|conditional (?:up)?on|contingent (?:up)?on) "
              r"(?:(?!not\b|no\b|without\b)[\w'’-]+ ){0,4}?(?:approval|permission|authori[sz]ation|consent|sign-off)"),
    # valid / void: 电子签名法第十四条 可靠的电子签名与手写签名或者盖章具有同等的法律效力, 第三条 不得仅因…而否定其法律效力;
    # 个人信息保护法第二十一条 委托合同不生效、无效
    Opposites(("有效",), r"valid", ("无效",), r"invalid|void|null and void"),
    # longer / shorter: GDPR Art. 12(3) "That period may be extended by two further months", Art. 36(2) "extended by six weeks"
    Opposites(("延长",), r"extend(?:ed|s|ing)?|prolong\w*", ("缩短",), r"shorten\w*|curtail\w*"),
    # free / paid: GDPR Art. 12(5) "shall be provided free of charge", Art. 15(3) "a reasonable fee"; 征信业管理条例第十七条
    # 每年两次免费获取本人的信用报告
    Opposites(("免费", "无偿"), r"free of charge|without charge|at no cost",
              ("收费", "付费", "有偿"), r"(?:charge|charges|charging|charged|pay|pays|paying|levy|levies|levying) "
                                       # (with the one charged between: "charges the data subject a fee")
                                       r"(?:(?!not\b|no\b)\w+\s+){0,4}?(?:a |any )?(?:reasonable )?fees?|for a fee|against payment"),
    # bear / be relieved of: 电子签名法第二十八条 …不能证明自己无过错的，承担赔偿责任; GDPR Art. 82(2) "shall be liable"
    Opposites(("承担",), r"(?:is|are|be|held|remain|remains) liable|bears?|bearing",
              ("免除", "豁免"), r"(?:exempt(?:ed)?|released|relieved|absolved) from"),
    # stop / go on: 网络安全法第五十条 知道其用户有前款规定行为的，应当停止提供服务; 算法推荐管理规定第九条 应当立即停止传输;
    # GDPR Art. 21(3) "shall no longer be processed" (an end, as "cease"); 商业银行法第十七条 可以继续沿用原有的规定
    Opposites(("停止",), r"stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?",
              ("继续",), r"continu(?:e|es|ed|ing)|carry on|carries on|go on|goes on|keep(?:s)? (?:on )?\w+ing"),
    # at once / later: 个人信息保护法第五十七条 应当立即采取补救措施; 算法推荐管理规定第九条 应当立即停止传输; GDPR Art. 33(1)
    # "without undue delay" (its "delay" is negated: see _NEGATED)
    Opposites(("立即", "及时"), r"immediately|promptly|without (?:undue )?delay",
              ("延迟", "推迟", "暂缓", "延后"), r"(?<!without )(?<!without undue )delay(?:ed|s|ing)?|postpon\w+|defer\w*"),
    # all of the conditions / one of them: AI Act Art. 6(2)-(3), Art. 7(1) and (3) "where both of the following conditions are
    # fulfilled"; 电子签名法第十三条 电子签名同时符合下列条件的, 征信业管理条例第三十八条 有下列行为之一的
    Opposites(("同时符合", "同时具备", "同时满足"), r"(?:both|all|each) of the following (?:conditions|criteria|requirements)",
              # ("the listed conditions": the list named by the ordinary participle, general English usage)
              ("条件之一", "情形之一"), r"(?:either|any|one|at least one) of the (?:following|two|listed) (?:conditions|criteria|requirements)"
                                       r"|(?:either|any) (?:one )?of (?:these|those|them)"),
    # jointly / alone: 互联网信息服务算法推荐管理规定第二十三条 网信部门会同电信、公安、市场监管等有关部门建立…; 数据安全法第三十一条
    # 由国家网信部门会同国务院有关部门制定; 中国人民银行法第二十七条 会同国务院银行业监督管理机构制定
    Opposites(("会同", "联合", "共同"), r"jointly|together with|in (?:cooperation|conjunction|consultation) with",
              ("单独", "独自", "单方面"), r"alone|on its own|unilaterally|by itself"),
    # kept apart / kept together: GDPR Art. 4(5) "provided that such additional information is kept separately" (what
    # makes data pseudonymised rather than identifiable); the Chinese words are general usage (no Chinese text here uses them)
    Opposites(("分开存储", "分别存储", "分开保存", "分别保存"), r"(?:kept|stored|held|maintained) (?:separately|apart)|separately",
              ("一并存储", "合并存储", "一起存储", "一并保存"), r"(?:kept|stored|held|maintained) (?:together|alongside|in the same place)"),
    # higher / lower authority: 关键信息基础设施安全保护条例第四十五条 由其上级机关责令改正 (who corrects an authority is the
    # one above it, general usage of administrative law)
    Opposites(("上级",), r"higher[- ]level|superior (?:authorit\w+|bod\w+|organs?|departments?|agenc\w+)",
              ("下级",), r"lower[- ]level|subordinate (?:authorit\w+|bod\w+|organs?|departments?|agenc\w+)"),
    # rising / falling with a scale: policy-data-classification 第十七条 控制措施的强度随级别提高而递增 (a pair of its own: the
    # sentence that says it also says 提高, which the increase / reduce pair above holds)
    Opposites(("递增", "逐级增强"), r"progressively (?:increas\w+|stronger|higher)",
              ("递减", "逐级减弱"), r"progressively (?:decreas\w+|weaker|lower)|diminish\w*"),
)

# A word negated right before it is its opposite's meaning (不得公开 is 保密, "not made public", "without delay"): general
# Chinese and English negators, at most a few characters or two words before the word.
_NEGATED_ZH = re.compile(r"(?:不|未|非|无|没有|勿|禁止|严禁|免于?|拒绝|拒不)[\u4e00-\u9fff]{0,2}$")
_NEGATED_EN = re.compile(r"\b(?:not|no|never|without|nor|neither|cannot|n't)\s+(?:\w+\s+){0,2}$", re.I)


# A member inside the name of a period is no act: 保存期限 (征信业管理条例第十六条 个人不良信息的保存期限…为5年；超过5年的，应当
# 予以删除) names how long a thing is kept, before the sentence that says what happens then; "retention period" likewise
# (and the English clause of time that names the same period by the keeping: "while the information is still retained",
# "for as long as the data are kept" render 在…保存期限内, general English usage)
_PERIOD_NAME = re.compile(r"(?:保存|保管|留存)(?:期限|期间|年限)|\b(?:retention|storage) periods?\b|"
                          r"\b(?:while|whilst|(?:for )?as long as|so long as)\s+(?:[\w-]+\s+){0,4}?(?:is|are|remains?|stays?)"
                          r"\s+(?:still\s+)?(?:retained|kept|stored|held)\b", re.I)


# "keep an eye on", "keep track of", "keep … informed", "keep in mind", "keep up to date": English idioms in which keep
# holds no record (a processor "kept an eye on" is supervised, 个人信息保护法第二十一条 对受托人的…活动进行监督; general English
# usage), so they are no keeping to set against a deletion
_KEEP_IDIOM = re.compile(r"\b(?:keep|keeps|kept|keeping)\s+(?:(?:a|an|close|careful)\s+){0,2}(?:eye|eyes|watch|track|tabs|pace)\b|"
                         r"\b(?:keep|keeps|kept|keeping)\s+(?:in mind|up with)\b|"
                         r"\b(?:keep|keeps|kept|keeping)\s+(?:\w+\s+){1,3}?(?:informed|updated|up to date|posted|in the loop)\b",
                         re.I)


def _keeps_for_the_named_period(claim: str, meant: tuple[tuple[str, ...], str], sentences: list[str]) -> bool:
    """The claim keeps a thing for a stated time where the sentences name the keeping period (保存期限…为5年): "个人不良信息
    保存五年" restates 征信业管理条例第十六条's period, not the deletion its next sentence orders once it has run out."""
    from ..lexis.quantities import extract_quantities

    if not any(w in _PERIOD_NAME.pattern for w in meant[0]):
        return False  # not the keeping member of its pair
    claim = normalised(claim)
    # (the time the keeping lasts, not the case once it has run out: 超过5年的，…继续保存 keeps beyond the period)
    durations = [q for q in extract_quantities(claim) if q.base()[0] in ("duration", "months")
                 and not _PERIOD_OVER.search(claim[max(0, q.span[0] - 12) : q.span[0]])
                 and not _PERIOD_OVER_AFTER.match(claim, q.span[1])]
    return bool(durations) and any(_PERIOD_NAME.search(normalised(s)) for s in sentences)


# what makes a time the case after the period (超过5年的, 届满后, "after / beyond / more than five years")
_PERIOD_OVER = re.compile(r"(?:超过|超出|届满|期满|逾|after|beyond|more than|longer than|exceed\w*|over)\s*$", re.I)
_PERIOD_OVER_AFTER = re.compile(r"\s*(?:以上|之后|以后|后|届满|期满|have passed|has passed|ha(?:ve|s) elapsed|on)", re.I)


def _uses(text: str, words: tuple[str, ...], pattern: str) -> bool:
    """`text` uses one of the words (its own language's) and not negated."""
    text = _KEEP_IDIOM.sub(" ", _PERIOD_NAME.sub(" ", normalised(text)))
    if is_chinese(text):
        spots = [(m.start(), m.end()) for w in words for m in re.finditer(re.escape(w), text)]
        return any(not _NEGATED_ZH.search(text[max(0, a - 4) : a]) for a, _ in spots)
    spots = [m.span() for m in re.finditer(rf"\b(?:{pattern})\b", text, re.I)]
    return any(not _NEGATED_EN.search(text[max(0, a - 40) : a]) for a, _ in spots)


def _negated_use(text: str, words: tuple[str, ...], pattern: str) -> bool:
    """`text` has one of the words negated right before it, as the other outcome of a decision (不批准, 不予批准, "not
    approve"); not a condition's 未经批准 ("without approval"), which names no outcome."""
    text = _KEEP_IDIOM.sub(" ", _PERIOD_NAME.sub(" ", normalised(text)))
    if is_chinese(text):
        spots = [m.start() for w in words for m in re.finditer(re.escape(w), text)]
        return any(_OUTCOME_NEGATED_ZH.search(text[max(0, a - 2) : a]) for a in spots)
    spots = [m.start() for m in re.finditer(rf"\b(?:{pattern})\b", text, re.I)]
    return any(_OUTCOME_NEGATED_EN.search(text[max(0, a - 20) : a]) for a in spots)


_OUTCOME_NEGATED_ZH = re.compile(r"(?:不予|不)$")
_OUTCOME_NEGATED_EN = re.compile(r"\b(?:not|no)\s+$", re.I)


def _mentions(text: str, words: tuple[str, ...], pattern: str) -> bool:
    """`text` has one of the words at all (negated or not)."""
    text = _KEEP_IDIOM.sub(" ", _PERIOD_NAME.sub(" ", normalised(text)))
    if is_chinese(text):
        return any(w in text for w in words)
    return bool(re.search(rf"\b(?:{pattern})\b", text, re.I))


# 境内外 / 国内外 (at home and abroad, general usage: 在境内外设有分支机构, 反洗钱法第三十七条) say both members at once: spelled
# out, so the article uses the claim's "abroad" as well as 境内
_BOTH_ZH = re.compile(r"([境国])内外")


def _both_spelled(text: str) -> str:
    return _BOTH_ZH.sub(lambda m: f"{m.group(1)}内和{m.group(1)}外", text or "")


def opposite_word(claim: str, readings: list[str], nearby: list[str] = (), article: str = "") -> tuple[str, str, str] | None:
    """(the clause's word, the claim's word, the sentence holding the clause's) when the claim uses one member of a pair where the sentences it
    paraphrases (`readings`) that use either member all use the other, not negated, and never the claim's; None otherwise.
    When no reading uses either member, `nearby` (other sentences sharing some of the claim's wording: "The report shall
    be made public" after "The Board shall draw up an annual report", GDPR Art. 71(1)) are read instead, and then none of
    them may mention the claim's member. `article`: for a claim in the other language, whose readings its glossary terms
    only guess, the whole article; when the article itself uses the claim's member (not negated) anywhere, it may say what
    the claim says (征信业管理条例第二十四条 在中国境内采集的信息…应当在中国境内进行 beside 向境外…提供信息)."""
    readings, nearby, article = [_both_spelled(r) for r in readings], [_both_spelled(r) for r in nearby], _both_spelled(article)
    for pair in PAIRS:
        kin = (pair.zh_opposite + pair.zh_opposite_kin,
               pair.en_opposite + (f"|{pair.en_opposite_kin}" if pair.en_opposite_kin else ""))
        for said, meant, meant_kin in (((pair.zh, pair.en), (pair.zh_opposite, pair.en_opposite), kin),
                                       ((pair.zh_opposite, pair.en_opposite), (pair.zh, pair.en), (pair.zh, pair.en))):
            # (the clause's member negated in the claim says the claim's: 单独建立，无需会同其他部门)
            if not _uses(claim, *meant) or _uses(claim, *said) or (article and _uses(article, *meant)):
                continue
            senses = _other_senses(claim, meant[1], pair) if article and not is_chinese(claim) else ()
            if senses and _uses(article, senses, "(?!)"):
                continue
            if _keeps_for_the_named_period(claim, meant, list(readings) + list(nearby)):
                continue
            about = [r for r in readings if _mentions(r, *said) or _mentions(r, *meant_kin)]
            if not about:
                if any(_mentions(r, *meant_kin) for r in nearby):
                    continue
                about = [r for r in nearby if _mentions(r, *said)]
            if pair.same_object and not is_chinese(claim) and not any(_same_object(claim, meant[1], r, said[1]) for r in about):
                continue
            # (a reading that also says its member negated, 作出批准或者不批准的决定 / "approve or refuse", states both
            # outcomes: the claim's member is the negated one, no opposite of it)
            if about and all(_uses(r, *said) and not _mentions(r, *meant_kin) and not _negated_use(r, *said)
                             for r in about):
                return _first(about[0], *said), _first(claim, *meant), about[0]
    return None


def _other_senses(claim: str, pattern: str, own: Opposites | None = None) -> tuple[str, ...]:
    """The Chinese words of every member whose English pattern reads the same word of the English claim as `pattern`
    does. An English word may translate members of two pairs: "refuse" is 驳回 (an approval refused, 批准 / 驳回) and
    拒绝 (an investigation or a demand refused, 接受 / 拒绝); an article using 拒绝 (有关单位或者个人有权拒绝,
    银行业监督管理法第四十二条) may say what "the entity may refuse" says, whatever its 批准 elsewhere. The claim's own pair
    (`own`) is no other sense: its negated member holds the other ("not the same" holds "the same", 同等 / 不同等,
    电子签名法第十四条), which the article's use of it would otherwise clear."""
    spans = [m.span() for m in re.finditer(rf"\b(?:{pattern})\b", claim, re.I)]
    words: list[str] = []
    for pair in PAIRS:
        if pair is own:
            continue
        for zh, en in ((pair.zh, pair.en), (pair.zh_opposite, pair.en_opposite)):
            if any(a < end and start < b for m in re.finditer(rf"\b(?:{en})\b", claim, re.I)
                   for a, b in [m.span()] for start, end in spans):
                words.extend(w for w in zh if w not in words)
    return tuple(words)


# ("the day following that of its publication", GDPR Art. 92(3): "that of" stands for "the day of", read past it as an article)
_NEXT_EN = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|that of|that|this|any)\s+)*([a-z]{3,})", re.I)
_PREVIOUS_EN = re.compile(r"([a-z]{3,})(?:\s+(?:the|a|an|its|their|his|her|that|this|any))*\s*$", re.I)


def _slots(text: str, pattern: str) -> set[tuple[str, str]]:
    """(the word before, the word after) each use of the member, articles aside."""
    found = set()
    for w in re.finditer(rf"\b(?:{pattern})\b", text, re.I):
        before, after = _PREVIOUS_EN.search(text[: w.start()]), _NEXT_EN.match(text, w.end())
        if before and after:
            found.add((before.group(1).lower(), after.group(1).lower()))
    return found


def _same_object(claim: str, claim_pattern: str, sentence: str, pattern: str) -> bool:
    """The claim's member stands between the same two words as the sentence's ("consult the supervisory authority after
    processing" / "… prior to processing"): the one word swapped. A Chinese sentence is not compared (事前/事后 stand
    alone)."""
    if is_chinese(sentence):
        return True
    return bool(_slots(claim, claim_pattern) & _slots(sentence, pattern)) or \
        bool(_objects(claim, claim_pattern) & _objects(sentence, pattern))


# the words of what a relational word relates to ("after the high-risk AI system is on the market" / "Before making a
# high-risk AI system available on the market", AI Act Art. 24(1)): the same event, whatever verb or word order names
# it. Content words of four letters or more up to the next punctuation, at most eight; two shared make the same event
# (one shared word is too often the clause's general subject, "data" or "system")
_OBJECT_SPAN_EN = re.compile(r"[^,;:.()]{1,80}")
_OBJECT_MIN_SHARED = 2


def _objects(text: str, pattern: str) -> frozenset[str]:
    """Pairs of content words after each use of the member, so two phrases share a pair only when they share two words."""
    found: set[str] = set()
    for w in re.finditer(rf"\b(?:{pattern})\b", text, re.I):
        span = _OBJECT_SPAN_EN.match(text, w.end())
        words = sorted({t.lower() for t in re.findall(r"[a-z]{4,}", span.group(0) if span else "", re.I)[:8]}
                       - _RELATION_FILLER)
        found |= {f"{a} {b}" for i, a in enumerate(words) for b in words[i + 1:]}
    return frozenset(found)


# words that name no event of their own (auxiliaries, determiners and the relational words themselves)
_RELATION_FILLER = {"that", "this", "which", "with", "from", "been", "have", "their", "them", "there", "when", "where",
                    "already", "being", "into", "such", "same", "also", "before", "after", "prior", "following"}


def _first(text: str, words: tuple[str, ...], pattern: str) -> str:
    text = normalised(text)
    if is_chinese(text):
        return next((w for w in words if w in text), words[0])
    m = re.search(rf"\b(?:{pattern})\b", text, re.I)
    return m.group(0) if m else ""
