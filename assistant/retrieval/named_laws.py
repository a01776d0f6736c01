"""Laws, standards and regimes a question names that the indexed corpus does not hold (pure logic; split out of
gate/assess.py, which applies them as its second signal): 《…》 names, words ending like a law's title (…法/条例/办法/
规定/细则/指引/准则/指令), English titles (… Act / Directive / Regulation …), and the regimes and subjects of
regimes.toml. Also `is_question`: a question rather than a statement, which several checks of the gate need."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..language import has_cjk
from ..text.tokens import is_idiom, segment

_BRACKETED = re.compile(r"《([^》]{2,40})》")
_LAW_SUFFIXES = ("法", "法典", "条例", "办法", "规定", "细则", "指引", "准则", "指令")
# words ending like a law name that are not law names
_NOT_LAWS = {"方法", "办法", "合法", "非法", "违法", "依法", "立法", "执法", "守法", "做法", "用法", "说法",
             "看法", "想法", "算法", "手法", "司法", "本法", "该法", "规定", "有关规定", "相关规定", "法律法规",
             "指令", "准则", "指引", "操作指引", "工作指引", "行为准则", "基本准则", "按规定", "违反规定", "依规定",
             "照规定", "另有规定", "暂行办法", "管理办法", "实施办法", "试行办法", "具体办法", "处理办法", "解决办法",
             "监管规定", "法规", "新规定",
             # kinds of law in general legal vocabulary, not titles (立法法 speaks of 上位法, 特别规定 and 一般规定;
             # 部门法 / 程序法 / 实体法 are the textbook divisions): "上位法是怎么规定的" asks what the laws say
             "上位法", "下位法", "特别法", "一般法", "部门法", "程序法", "实体法", "母法"}
_NOT_LAW_ENDINGS = ("算法", "方法", "做法", "手法", "看法", "想法", "说法", "用法", "相关规定", "有关规定", "具体规定",
                    "特别规定", "一般规定", "其他规定", "内部规定", "操作指引", "工作指引", "那部法", "这部法", "哪部法",
                    # a verb and 法 as its object ends a phrase about the law, not a title (合理合法, 遵纪守法, 知法犯法,
                    # 计算机无法): general usage
                    "合法", "守法", "违法", "犯法", "枉法", "无法")
# The title of a rule names its subject before the kind of text (互联网信息服务算法推荐管理规定, 征信业务管理办法, 关于…的
# 规定): no catalog or regime name is shorter than six characters with these endings. One word of four characters or
# fewer ending so is a modifier and the kind of text (明确规定, 硬性规定, 详细规定, 具体办法): "有没有明确规定要客户书面同意"
# asks what the laws say, and was refused as naming a text 《明确规定》 the corpus lacks. (A law's own short title, 公司法,
# 证券法, ends in 法 and keeps being read as one.)
_GENERIC_RULE_ENDINGS = ("规定", "办法", "细则")
_GENERIC_RULE_MAX_LENGTH = 4
# English titles: capitalised words before the word a title ends with. Law is how English renders the PRC's 法 and
# many jurisdictions' statutes (Company Law, Personal Data Protection Law); the catalogue resolves the indexed ones
# (Commercial Bank Law, Data Security Law). Round 20, gate over the tuning data (715 out-of-scope, 1,856 answerable
# questions), with the asking word a question starts with taken off the title (`_english_title`): out-of-scope refused
# 627 -> 631 (three foreign data-protection laws, China's Anti-Unfair Competition Law), answerable unchanged.
_EN_TITLE = re.compile(
    r"\b(?:[A-Z][A-Za-z&'’-]+\s+){1,6}(?:Act|Directive|Regulation|Ordinance|Code|Rules?|Framework|Guidelines|"
    r"Principles|Convention|Accord|Shield|Law)\b(?:\s+(?:of\s+)?\d{4})?")


def _english_title(match: str) -> str:
    """A capitalised run ending like a title, less the asking words a question starts with ("Does Thailand's PDP Law"
    names Thailand's PDP Law); empty when it starts with a pointing word (Our, The, Under: the bank's own rules, or a
    title the catalogue resolves whole) or names the law of a jurisdiction in general (EU Law, Chinese Law)."""
    words = match.strip().split()
    while len(words) > 2 and _ASKING_WORD.fullmatch(words[0]):
        words = words[1:]
    title = " ".join(words)
    return "" if _EN_NOT_TITLES.match(title) or _EN_GENERAL_LAW.match(title) else title


_EN_NOT_TITLES = re.compile(r"^(?:The|This|That|Our|Your|Their|Which|What|Does|Do|Is|Are|Can|May|Under|Per)\s", re.I)
_ASKING_WORD = re.compile(r"Does|Do|Did|Is|Are|Was|Can|Could|May|Must|Should|Would|Will|Which|What|How|When", re.I)
# the law of a jurisdiction or a kind of law in general, not a title (general English usage: "under EU law")
_EN_GENERAL_LAW = re.compile(r"^(?:(?:EU|European|Union|Chinese|China['’]s|PRC|Member States?['’]?|National|Domestic|"
                             r"Local|International|Case)\s+)+(?:Laws?|Rules|Regulations)\b", re.I)
# a possessive before the capitalised run: the owner's own rules ("under our Model Risk Framework", "the bank's Data
# Retention Rules"), which the bank's policies hold, not a text of another issuer (general English usage)
_EN_OWNED = re.compile(r"\b(?:our|my|your|the bank['’]s|internal|in-house)\s+$", re.I)


@dataclass(frozen=True)
class Regime:
    name: str
    pattern: re.Pattern
    subject: bool = False  # names a field of banking rather than a text: applies to questions only (regimes.toml)
    name_zh: str = ""
    # not in the corpus although it hangs on an indexed law (the AI Act beyond its Chapter III extract, the
    # Commission's SCC modules, a DPO's certificate): applies even when the question names that law
    outside_extract: bool = False
    # another jurisdiction's law or regulator (regimes.toml): named beside the home jurisdiction, it is a comparison
    foreign: bool = False
    # names a product or relationship a customer or company holds (a mortgage, an insurance policy): a case may be
    # told through it while asking the indexed laws' matter (gate/context_regimes.py)
    context: bool = False


@lru_cache(maxsize=1)
def load_regimes() -> tuple[Regime, ...]:
    text = resources.files("assistant.retrieval").joinpath("regimes.toml").read_text(encoding="utf-8")
    # ASCII word boundaries: "LPR几号" has none between R and 几 in Unicode mode, where CJK characters are word characters.
    return tuple(Regime(r["name"], re.compile(r["pattern"], re.IGNORECASE | re.ASCII), bool(r.get("subject", False)),
                        r.get("name_zh", ""), bool(r.get("outside_extract", False)),
                        bool(r.get("foreign", False)), bool(r.get("context", False)))
                 for r in tomllib.loads(text).get("regime", []))


def regime_labels(names, language: str) -> list[str]:
    """Names of not-indexed laws and regimes as a `language` reader is shown them: a regime by its name in that
    language (regimes.toml); a law by the title the question wrote, a Chinese one in 《》."""
    regimes = {r.name: (r.name_zh or r.name if language == "zh" else r.name) for r in load_regimes()}
    return [regimes.get(n) or (n if n.isascii() else f"《{n}》") for n in names]


def regimes_in(question: str, doc_freq: Callable[[str], float] | None = None) -> list[str]:
    """Regimes the corpus does not hold that the question is about (by their names and key terms). With the corpus'
    `doc_freq`, a designation whose number an indexed text cites (a policy applying JR/T 0197) is not one of them."""
    def cited(match: re.Match) -> bool:
        numbers = _DESIGNATION_NUMBER.findall(match.group(0))
        return doc_freq is not None and bool(numbers) and all(doc_freq(n) > 0 for n in numbers)

    asked = is_question(question) or is_keyword_query(question)
    return [r.name for r in load_regimes() if (asked or not r.subject)
            and any(not cited(m) and not in_an_identifier(question, *m.span()) for m in r.pattern.finditer(question))]


def in_an_identifier(text: str, start: int, end: int) -> bool:
    """The name of a regime or a law read at text[start:end] is only a part of an identifier pasted with the case, which
    names no regime or law: a chat handle (@sec-li), an e-mail address (gdpr-team@bank.example), a URL or a file path (https://…/pci/…,
    /srv/sox/…), a file name (pci_scope_export.csv), a snake_case or dotted code name (sec.audit.retention), or an
    issue tracker's ticket or change id (SEC-2210, CHG-FCA-0193). General conventions: an @handle and an address's
    local part (RFC 5322) are names of people and mailboxes, a URL's and a path's segments (RFC 3986) are names of
    places, a ticket id is a project key, a hyphen and a sequence number (the usual issue-tracker form, Jira's PROJ-123),
    a file name ends in its type's extension, code names join words by _ or a dot. An abbreviation so written is the
    name of a team, a project or a file, whatever it abbreviates elsewhere ("@sec-li: 日志还在看" is a colleague on the
    security team, not the US SEC). The match must be a strict part of the identifier: a designation that is the whole
    token (SOX, PCI-DSS, ISO 27001:2022, GB/T 35273) is still the regime's name. Round 51, gate on cached retrievals: the
    two answerable pool messages so refused (@sec-li, SEC-2210) answered, no out-of-scope pool item holds such a match;
    the helper's own pasted messages, written before: answerable wrongly refused 9 -> 2 of 20 (in part by the catalog's
    short names, `unknown_law_mentions`), near misses naming the SEC, FCA, OCC, FINRA, PCI DSS or SOX 10 -> 10 of 10."""
    first, last = start, end
    while start > 0 and _IDENTIFIER_CHAR.match(text[start - 1]):
        start -= 1
    while end < len(text) and _IDENTIFIER_CHAR.match(text[end]):
        end += 1
    token = text[start:end].rstrip(".:-/#")
    if first == start and last >= start + len(token):
        return False
    return bool("@" in token or _URL_OR_PATH.search(token) or _FILE_NAME.search(token) or "_" in token
                or _LOWER_PATH.fullmatch(token) or _DOTTED_NAME.fullmatch(token) or _TICKET_ID.fullmatch(token))


# characters an identifier is written in (handles, addresses, URLs, paths, file names, code names, ticket ids)
_IDENTIFIER_CHAR = re.compile(r"[A-Za-z0-9_@./:#~\\-]")
# a URL (scheme://, www.) or a path (leading /, ~/, ./ or a drive; a backslash); abbreviations joined by a slash
# (SEC/FINRA, CIPP/E, GB/T) are no path
_URL_OR_PATH = re.compile(r"://|^www\.|^(?:~|\.{1,2})?/|^[A-Za-z]:\\|\\")
# a relative path: three or more lower-case segments (data/sox/archive)
_LOWER_PATH = re.compile(r"[a-z0-9_.-]+(?:/[a-z0-9_.-]+){2,}")
# a file name: a name and a common document, data, log, archive or source file extension
_FILE_NAME = re.compile(r"\w\.(?:xlsx?|csv|tsv|pdf|docx?|pptx?|txt|log|json|ya?ml|xml|html?|md|zip|gz|tar|sql|py|java|"
                        r"jar|js|ts|go|sh|conf|cfg|ini|properties|bak|dat)$", re.I)
# a dotted code name: three or more lower-case parts (a package, a config key, a job: sec.audit.retention)
_DOTTED_NAME = re.compile(r"[a-z][a-z0-9]*(?:\.[a-z][a-z0-9]*){2,}")
# a ticket or change id: a project key of letters (maybe several parts) and a sequence number of four or more digits
# (the sections of the statutes and rules regimes.toml names have at most three: SOX 302 / 404 / 906, SR 11-7, so
# "SOX-404" is still the section)
_TICKET_ID = re.compile(r"[A-Za-z]{2,10}(?:-[A-Za-z]{2,10})*-\d{4,}")


def asks_about_home(question: str) -> bool:
    """The question asks what holds in the home jurisdiction (国内, 我国, 境内, in China, under Chinese law), so another
    jurisdiction's regime it names is a comparison ("欧盟eIDAS好像有要求，国内呢"): answered from the indexed PRC texts.
    A mainland city (Shanghai) or a destination alone is no such cue: a transfer to a place is asked under the regime
    named."""
    return bool(_HOME.search(question))


# general usage for the home jurisdiction as a jurisdiction (not its places): 国内 / 我国 / 境内 / 内地, 中国 not followed by
# one of its separate jurisdictions; in English, "in / under … China", Chinese or PRC law and its regulators, domestic
_HOME = re.compile(r"国内|我国|境内|内地|中国(?!香港|澳门|台湾)(?:的|法|监管|这边|境内|国内)|"
                   r"\b(?:in|under|within) (?:mainland )?(?:china|the prc)\b|\bchina(?:'|’)s (?:law|rules|regulators?|"
                   r"banking regulator|central bank)\b|\b(?:chinese|prc) (?:laws?|rules|regulations?|regulators?|"
                   r"requirements?)\b|\bdomestic(?:ally)?\b|"
                   # an entity of the home jurisdiction is what is asked about ("does a Chinese CA have to …")
                   r"\b(?:a|an|the) (?:chinese|prc|mainland)\b", re.IGNORECASE)


def named_as_comparison(question: str, pattern: re.Pattern) -> bool:
    """Every mention of a regime (`pattern`) is a comparison: "Like a QTSP under eIDAS, does …", "the way the US
    claims", "跟欧盟eIDAS那套比怎么样", "像HKMA那样". The question asks what holds where it is asked, the regime named is
    the yardstick, as a home cue beside it makes it (`asks_about_home`). General English and Chinese comparison
    wording. Round 19, gate over the tuning data (685 out-of-scope, 2,165 answerable questions), with the home cues
    below and gate/assess.py's: answerable wrongly refused 114 -> 111, out-of-scope refused unchanged (598)."""
    mentions = list(pattern.finditer(question))
    return bool(mentions) and all(_compares(question, m) for m in mentions)


def named_as_set_aside(question: str, pattern: re.Pattern) -> bool:
    """Every mention of a law or regime (`pattern`) sets it aside: "Basel aside, what is …", "apart from the Company
    Law", "除了按公司法走股东会那套流程，还要不要监管点头". The asker has excluded it from what is asked, so it is not what
    the corpus must hold: the rest of the question is (general English and Chinese wording of exception). Round 25,
    re-assessing the gate over the tuning data (775 out-of-scope, 2,024 answerable): answerable wrongly refused one
    fewer (a merger's approval besides the 公司法 procedure; "Basel aside" is lifted too, but the glossary's capital
    adequacy entry Basel triggers keeps that question's figure check failing), out-of-scope refused unchanged (734)."""
    mentions = list(pattern.finditer(question))
    return bool(mentions) and all(_sets_aside(question, m) for m in mentions)


def _sets_aside(question: str, mention: re.Match) -> bool:
    before = question[:mention.start()]
    if _ASIDE_BEFORE_EN.search(before) or _ASIDE_AFTER_EN.match(question, mention.end()):
        return True
    start = max((before.rfind(c) for c in "，。？！?!；;,"), default=-1) + 1
    return bool(_ASIDE_ZH.match(question[start:mention.start()].strip()))


# "aside from / apart from / besides / other than / except (for) / leaving or setting aside" a few words before the
# name, "… aside" right after it; 除了 / 除去 / 撇开 / 抛开 opening the name's clause (general usage)
_ASIDE_BEFORE_EN = re.compile(r"\b(?:aside from|apart from|besides|other than|except(?: for)?|leaving aside|"
                              r"setting aside)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_ASIDE_AFTER_EN = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}aside\b", re.I)
_ASIDE_ZH = re.compile(r"^(?:除了|除去|撇开|抛开)")


def _compares(question: str, mention: re.Match) -> bool:
    before = question[:mention.start()]
    if _COMPARED_EN.search(before) or _COMPARED_AFTER.match(question, mention.end()):
        return True
    start = max((before.rfind(c) for c in "，。？！?!；;,"), default=-1) + 1
    clause = question[start:mention.end()] + _CLAUSE_REST.match(question, mention.end()).group(0)
    return bool(_COMPARED_ZH.search(clause))


# the words opening a comparison, "like / unlike / as under / compared with / similar to / the way" (general English usage;
# not "would like", "I'd like", "like to"): a few words before the name, or "as required by" it
_LIKENESS_EN = r"(?<!would )(?<!\bd )\b(?:like(?! to\b)|unlike|as (?:in|under|with)|compared (?:with|to)|similar to|the way)"
_COMPARED_EN = re.compile(rf"(?:{_LIKENESS_EN}|\bas required by)\s+(?:[\w'’-]+\s+){{0,3}}$", re.I)
# "an OFAC-style request", "a GDPR-like consent banner": a name joined to -style / -like / -type qualifies a thing of the
# question's own by its likeness to what the name stands for (general English word formation). Round 33, re-assessing the
# gate over the tuning data (937 out-of-scope, 2,469 answerable; cached retrievals): answerable wrongly refused 92 -> 91
# (a foreign government's OFAC-style freezing request), out-of-scope refused unchanged (872).
_COMPARED_AFTER = re.compile(r"-(?:style|like|type)\b", re.I)
# the name's clause compares: 跟/和/与/同/像/比起 … 比/相比/一样/那样/类似/差不多 (general Chinese usage)
_COMPARED_ZH = re.compile(r"(?:跟|和|与|同|像|比起|对比|参照)[^，。？！?!；;]*(?:比|相比|一样|那样|类似|差不多|相同)")
_CLAUSE_REST = re.compile(r"[^，。？！?!；;,]*")


def outside_comparisons(question: str) -> str:
    """The question with its comparisons blanked: an English phrase opened by like / unlike / as in / compared with /
    similar to / the way (as `_COMPARED_EN` reads them) up to the next punctuation or "or" / "and", at most six words
    ("quarterly like the EBA guidelines, or yearly?"), and a Chinese one closed by 那样 / 一样 / 相比 / 类似
    ("像美国FDIC接管银行那样"). What the asker compares with is no topic the corpus must name (general comparison
    wording, as `named_as_comparison` reads it for regimes). Round 33, the gate's unnamed-word test reading it for the
    names a question writes (assess._unnamed_words), re-assessed over the tuning data (937 out-of-scope, 2,469
    answerable; cached retrievals): answerable wrongly refused 90 -> 89 (an outsourcing review "quarterly like the EBA
    guidelines, or yearly?"), out-of-scope refused unchanged (872)."""
    return _COMPARISON_ZH.sub(lambda m: " " * len(m.group(0)), _COMPARISON_EN.sub(lambda m: " " * len(m.group(0)),
                                                                                   question))


_COMPARISON_EN = re.compile(_LIKENESS_EN + r"(?:\s+(?!or\b|and\b)[\w'’&/-]+){1,6}", re.I)
_COMPARISON_ZH = re.compile(r"(?:像|跟|比起|参照)[^，。？！?!；;,]{1,20}?(?:那样|一样|相比|类似)")


def is_question(text: str) -> bool:
    """A question rather than a statement: a question mark, a Chinese asking word, or English asking word order. A
    supervisor's finding or a case told as a statement is about the conduct it describes, not about its subject."""
    return bool(_ASKING.search(text))


def is_keyword_query(text: str) -> bool:
    """A Chinese search-box query: a few short terms apart by spaces, no clause or sentence punctuation ("理财 冷静期
    24小时"). It tells no case: it looks its terms up, as a question asks about them (general search usage; a statement
    of a case is a sentence, written without spaces between its words in Chinese). Round 55 (gate55oos)."""
    terms = text.split()
    return (has_cjk(text) and _KEYWORD_TERMS[0] <= len(terms) <= _KEYWORD_TERMS[1]
            and not _CLAUSE_PUNCTUATION.search(text) and all(len(t) <= _KEYWORD_LENGTH for t in terms))


# a keyword query's number of terms and a term's longest length in characters (a Chinese term of art such as
# 业绩比较基准 or 个人信息保护影响评估 is up to ten; a longer run is a sentence written without spaces)
_KEYWORD_TERMS = (2, 6)
_KEYWORD_LENGTH = 10
_CLAUSE_PUNCTUATION = re.compile(r"[，。；：！？、,.;:!?]")


_ASKING = re.compile(r"[?？]|吗|呢|怎么|如何|多少|几[个年天月次号位]|是否|能否|可否|什么|哪|"
                     r"^\s*(?:how|what|when|where|why|who|which|can|could|do|does|did|is|are|should|must|may|will|would)\b",
                     re.IGNORECASE)


_DESIGNATION_NUMBER = re.compile(r"\d{3,}")  # 0197 of JR/T 0197, 27001 of ISO 27001

# 法 is also "method": 成本法 and 权益法 (企业会计准则第2号: 长期股权投资 采用成本法/权益法核算), 收益法 and 市场法 (asset
# valuation approaches), 加权平均法, 逻辑回归法. A method is applied (采用…, 用…) or computes (…核算, …计量, …算); a law is
# followed or cited (按照, 依据, 根据), never "used to compute". "按权益法核算的联营企业的数据能共享吗" was refused as
# naming a law 《权益法》 the corpus lacks.
_METHOD_BEFORE = re.compile(r"(?:采用|使用|运用|用的?|改用|换用)$")
_METHOD_AFTER = re.compile(r"^(?:来|去|进行)?(?:计量|核算|计算|算|测算|估值|估算|评估|拟合|建模|预测|折现|摊销|计提|定价)")


def _used_as_method(text: str, name: str) -> bool:
    """Every occurrence of `name` (…法) in `text` is a method applied or computing, not a law's title."""
    spots = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(spots) and all(_METHOD_BEFORE.search(text[max(0, i - 3):i])
                               or _METHOD_AFTER.match(text[i + len(name):i + len(name) + 6]) for i in spots)


def unknown_law_mentions(question: str, catalog) -> list[str]:
    """Law names in the question that the catalog does not know or has no text for."""
    known = catalog.find_mentions(question)
    rest = question
    for m in sorted(known, key=lambda m: -m.start):  # blank out laws the catalog recognises
        rest = rest[: m.start] + " " * (m.end - m.start) + rest[m.end :]
    names = [m.group(1) for m in _BRACKETED.finditer(rest) if m.group(1).strip()]
    names += [w for w in segment(_BRACKETED.sub(" ", rest))
              if len(w) >= 3 and w.endswith(_LAW_SUFFIXES) and w not in _NOT_LAWS and not w.endswith(_NOT_LAW_ENDINGS)
              and not (w.endswith(_GENERIC_RULE_ENDINGS) and len(w) <= _GENERIC_RULE_MAX_LENGTH) and not is_idiom(w)
              and not _used_as_method(rest, w)]
    shortened = _shortened_spans(rest, catalog)
    names += [title for m in _EN_TITLE.finditer(rest)
              if (title := _english_title(m.group(0))) and not _EN_OWNED.search(rest[: m.start()])
              and not any(s < m.end() and m.start() < e for s, e in shortened)]
    # titles cut by the segmenter (反电信网络诈骗法); a run whose tail is an indexed title (行 个人信息保护 法) is that law
    for run in _split_law_names(_BRACKETED.sub(" ", rest)):
        titles = ["".join(run[j:]) + "法" for j in range(len(run))]
        if len(titles[0]) >= 4 and not any(_indexed_title(catalog, t) for t in titles) \
                and not _used_as_method(rest, titles[0]):
            names.append(titles[0])
    if not _OWN_RULES.search(rest):
        names += _split_rule_titles(_BRACKETED.sub(" ", rest), catalog)
    # … a not indexed law's short name inside a pasted identifier (/data/sox/archive) names none, as a regime's does
    names += [m.text for m in known if not any(catalog.is_indexed(d) for d in m.doc_ids)
              and not in_an_identifier(question, m.start, m.end)]
    unknown = []
    for name in names:
        infos = catalog.resolve(name) or catalog.resolve_typo(name)
        if not infos or not any(catalog.is_indexed(i.doc_id) for i in infos):
            unknown.append(name)
    return list(dict.fromkeys(unknown))


def _shortened_spans(text: str, catalog) -> list[tuple[int, int]]:
    """Where `text` names an indexed law by a shortening of its English title (the PI Law, the E-Signature Law:
    law_mentions resolves them to one law); capitalised, they look like the title of a text the corpus lacks."""
    from .law_mentions import shortened_mentions

    return [(m.start, m.end) for m in shortened_mentions(text, catalog, [])
            if any(catalog.is_indexed(d) for d in m.doc_ids)]


def _split_law_names(text: str) -> list[list[str]]:
    """Law titles the word segmenter cut in pieces (反 电信 网络 诈骗 法对): the run of words before a bare 法 (or 法
    with the particle jieba glues to it). Words built on 法 (算法, 依法, 法律) are whole segments, never a bare 法."""
    pieces = list(segment(text))
    names = []
    for i, w in enumerate(pieces):
        if not (w == "法" or (len(w) == 2 and w[0] == "法" and w[1] in _AFTER_LAW_NAME)):
            continue
        if w == "法规" and not "".join(pieces[i + 1:i + 2]).startswith("定"):
            # 行政法规, 地方性法规: a kind of legal text, not a law's title cut before 规定. Round 15, gate over the tuning
            # data: answerable wrongly refused 77 -> 76 of 1,286 (数据安全这块法规层面 read as a law 数据安全这块法),
            # out-of-scope refused unchanged (496 of 547)
            continue
        run = []
        for prev in reversed(pieces[max(0, i - 5):i]):
            if not has_cjk(prev) or prev in _NOT_IN_LAW_NAMES or not prev.strip():
                break
            run.insert(0, prev)
        if run:
            names.append(run)
    return names


_AFTER_LAW_NAME = set("对里中的第上有说要是和与及规")  # 法对, 法里, 法第: particles jieba glues to a bare 法
_NOT_IN_LAW_NAMES = {"的", "对", "在", "按", "按照", "根据", "依照", "依据", "关于", "和", "与", "及", "是", "了", "把",
                     "被", "说", "用", "这", "那", "个", "新", "旧", "我们", "咱们", "他们", "现在", "以前",
                     # 数据那部法里, 征信这部法: a demonstrative with its measure word points at a law, names none
                     "那部", "这部", "哪部", "该部", "那个", "这个", "哪个"}


def _indexed_title(catalog, name: str) -> bool:
    infos = catalog.resolve(name) or catalog.resolve_typo(name)
    return bool(infos) and any(catalog.is_indexed(i.doc_id) for i in infos)


# A regulator's rules are titled "<who it binds><what about>管理办法" (银行保险机构数据安全管理办法, 银行保险机构消费者
# 权益保护管理办法); jieba cuts the title before 管理 办法, so the word test above (…办法 as one word) misses it, and
# 管理办法 alone is no title (_NOT_LAWS). Round 12: the words before the tail are joined back when they make a long
# title: ten characters or more, the length of the shortest regulator's rule a bank cites ("征信机构管理办法" is 8, but
# a short title is also how staff name the bank's own policies: 大模型管理办法, 外包管理办法). A question about the
# bank's own rules (行里, 我们的, 本行) names a policy, whose titles the catalogue does not hold: no title is joined then.
# Round 19: a bare 办法 after the words of a title (网络安全 审查 办法, 征信 业务管理 办法: jieba glues 管理 to the word before
# it) ends one too, 办法 and 规定 being what rules are called (规章制定程序条例第七条: 规章的名称一般称"规定""办法"); and eight
# characters, the length of 征信机构管理办法, are long enough once the bank's own rules are set aside (_OWN_RULES) and
# the everyday 办法 (解决办法, 有什么办法) stays far shorter. Gate over the tuning data: out-of-scope refused +2 (网络安全审查
# 办法, 征信业务管理办法; 银行保险机构操作风险管理办法 is named too, the question refused already), answerable unchanged.
_RULE_TAILS = (("管理", "办法"), ("管理办法",), ("暂行办法",), ("管理", "暂行办法"), ("实施", "细则"), ("实施细则",),
               ("管理", "规定"), ("办法",))
_RULE_TITLE_LENGTH = 8
_OWN_RULES = re.compile(r"行里|行内|我行|本行|我们的|咱们的|内部|公司的|\bour\b", re.I)


def _split_rule_titles(text: str, catalog) -> list[str]:
    """Titles of rules the segmenter cut before their tail (银行保险机构 数据安全 管理 办法); a run whose tail is an indexed
    title (人行 互联网信息服务算法推荐管理规定) is that title, as for the …法 runs above."""
    pieces = list(segment(text))
    titles = []
    for i in range(len(pieces)):
        for tail in _RULE_TAILS:
            if tuple(pieces[i:i + len(tail)]) != tail:
                continue
            run = []
            for prev in reversed(pieces[max(0, i - 6):i]):
                if not has_cjk(prev) or prev in _NOT_IN_LAW_NAMES or not prev.strip():
                    break
                run.insert(0, prev)
            title = "".join(run + list(tail))
            if len(run) >= 2 and len(title) >= _RULE_TITLE_LENGTH and not any(
                    _indexed_title(catalog, "".join(run[j:] + list(tail))) for j in range(len(run))):
                titles.append(title)
    return titles
