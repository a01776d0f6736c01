"""A figure of another case of the same article (pure).

An article often gives each of its cases its own figure: 最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律
若干问题的解释第五条 counts 行踪轨迹信息、通信内容、征信信息、财产信息 as serious from 五十条, 住宿信息、通信记录… from 五百条
and any other personal information from 五千条; 非银行支付机构监督管理条例第十三条 gives a change of name one month and other
changes three. A claim that gives one case the figure of another is wrong, yet every figure it states is in the article, so
comparing it with "any figure of the article" (quantities.compare) lets it through.

The case a claim speaks of is the part of the article (sentence, sub-clause or list item) holding the most of the claim's
words that only that part has among the parts stating a figure of the same kind: the words that tell the cases apart
(征信信息 against 住宿信息), not the words every item repeats (非法获取、出售或者提供). A finding needs that part to be clearly
the claim's case (DISTINCT_MIN words of it, DISTINCT_LEAD more than any part stating the claim's figure) and to state a
different figure of the kind; the figures themselves are left out of the wording, so they cannot choose their own case.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..lexis.parties import ACTORS_ZH, actors_in
from ..lexis.quantities import Quantity, extract_quantities, same_value
from .modality import normalised
from .wording import statement

# How many of the claim's words only its case has, and how many more than any part stating the claim's figure, make that
# part the claim's case. Set on the tuning claim files (every probe, the tuning half of planted_claims.jsonl, blind A+B, C,
# E): with 2 / 2 no true claim is flagged; a Chinese bigram count, so 2 is one distinctive two-character word (征信).
DISTINCT_MIN = 2
DISTINCT_LEAD = 2

# the parts of an article: sentences, sub-clauses after ；/;, list items on their own lines
# … and the alternatives of one English sentence, each with its own figure and case: "within two weeks of a notification …
# where it includes an accreditation certificate …, or within two months of a notification … where it includes documentary
# evidence" (AI Act Art. 30(4))
# (the alternatives share the sentence's main clause, stated once before the first one's figure: each alternative is read
# with it, so the words it holds tell no alternative from the other)
_PART_SPLIT = re.compile(r"[。；;！？!?\n]+|(?<=[a-z)\]])\.\s+(?=[A-Z(])")
_ALTERNATIVE_SPLIT = re.compile(r",\s+or\s+(?=within|where|if|in the case)")
# English words every legal sentence shares, which tell no case from another
_EN_COMMON = set("""the and for with that this such which shall may must not are was were been being from into onto than
then there their they them its his her has have had any all each other within where when whether under upon per of
to in on by or as at be is an a it""".split())


# the opening of a Chinese part that goes on with the case of the part before it: a refusal of, or delay in, what that
# part ordered (拒不改正的, 拒不履行的, 逾期不改正的)
_CONTINUED_CASE_ZH = re.compile(r"^(?:拒不|逾期不|逾期未)")
# the opening of a Chinese penalty clause's part that names whom its sanction is for and no case of its own: 对单位处…,
# 对直接负责的主管人员和其他直接责任人员处… (the drafting of the penalty clauses: the case is stated once, before the first
# sanction); and the case a part states, up to its last …的，
_SANCTION_TARGET_ZH = re.compile(r"^(?:并|同时|还|另)?对[^，,。；;]{1,40}?(?:处|给予|没收)")
_OWN_CASE_ZH = re.compile(r"^.*的[，,]")


def inherited_case(part: str, before: str) -> str:
    """The case a Chinese part naming only whom a sanction is for (对…处) takes from the part before it (that part's words
    up to its last …的，), or "" for a part with a case of its own or another opening."""
    if not _SANCTION_TARGET_ZH.match(part.strip()) or _OWN_CASE_ZH.search(part):
        return ""
    case = _OWN_CASE_ZH.search(before)
    return case.group(0) if case else ""


@dataclass(frozen=True)
class OtherCase:
    claim: Quantity
    case: str  # the part of the article the claim's wording points to
    said: list[Quantity]  # what that part states of the same kind

    def describe(self) -> str:
        said = "、".join(dict.fromkeys(q.raw for q in self.said))
        return f"claim says {self.claim.raw}, the case it speaks of says {said}: 「{_short(self.case)}」"


def _has_chinese_words(text: str) -> bool:
    return len(re.findall(r"[\u4e00-\u9fff]", text)) >= 2


def _without_figures(text: str) -> list[str]:
    """The text cut at each of its quantities, the quantities left out."""
    pieces, at = [], 0
    for q in extract_quantities(text):
        pieces.append(text[at : q.span[0]])
        at = q.span[1]
    return pieces + [text[at:]]


def _wording(text: str, zh: bool) -> set[str]:
    out: set[str] = set()
    for piece in _without_figures(text):
        if zh:
            for run in re.findall(r"[\u4e00-\u9fff]+", piece):
                out |= {run[i : i + 2] for i in range(len(run) - 1)}
        else:
            out |= {w for w in re.findall(r"[a-z]{3,}", piece.lower()) if w not in _EN_COMMON}
    return out


def parts(text: str) -> list[str]:
    return [piece for s in _PART_SPLIT.split(normalised(text)) for p in _alternatives(s) if len(p.strip()) >= 4
            for piece in _figure_pieces(p.strip())]


def _alternatives(sentence: str) -> list[str]:
    """The alternatives of one sentence, each after the main clause they share (the first one's words before its figure)."""
    first, *rest = _ALTERNATIVE_SPLIT.split(sentence)
    figures = extract_quantities(first)
    shared = first[: figures[0].span[0]] if figures and rest else ""
    return [first] + [f"{shared}{alternative}" for alternative in rest]


_COMMA = re.compile(r"(?<=[，,])")


def _figure_pieces(part: str) -> list[str]:
    """A Chinese part cut after each comma-separated piece that states a figure, when more than one does: "设立城市商业银行的注册
    资本最低限额为一亿元人民币，设立农村商业银行的注册资本最低限额为五千万元人民币" (商业银行法第十三条) is two cases, each with
    its own figure, in one sentence; the pieces without a figure go with the figure after them (a case comes before its
    figure), the ones after the last figure with it. Not an English part: its case may follow its figure ("five years for
    AI systems covered by Annex I, and four years for AI systems covered by Annex III", AI Act Art. 44(2))."""
    pieces = _COMMA.split(part) if _has_chinese_words(part) else [part]
    if sum(1 for p in pieces if extract_quantities(p)) < 2:
        return [part]
    out, pending = [], ""
    for piece in pieces:
        pending += piece
        if extract_quantities(piece):
            out.append(pending)
            pending = ""
    if pending:
        out[-1] += pending
    return [p.strip() for p in out]


def figure_of_another_case(claim: str, clause_text: str,
                           bridge: tuple[str, ...] | Callable[[str], list[str]] = ()) -> list[OtherCase]:
    """Claim figures that the article states, but for another case than the one the claim speaks of. An English claim on
    a Chinese article speaks of its case in the article's words through `bridge` (the lexicon's Chinese words for the
    claim's: "credit-reporting query system logs" → 征信, 查询, 日志): a function giving them for the words of each figure
    (its own case, as for a Chinese claim), or one tuple for the whole claim."""
    # (the claim without the citation it opens with: a law's title, 非银行支付机构监督管理条例, shares words with the case
    # its article's first sentence states, 擅自设立非银行支付机构, and would choose that case for every figure)
    claim, clause_text = normalised(statement(claim)), normalised(clause_text)
    zh = _has_chinese_words(claim)
    across = not zh and _has_chinese_words(clause_text) and bool(bridge)
    if not claim.strip() or (zh != _has_chinese_words(clause_text) and not across):
        return []
    zh = zh or across
    pieces = parts(clause_text)
    stated = [(p, extract_quantities(p)) for p in pieces]
    # a part whose case is the refusal to do what the part before it ordered (责令改正…；拒不改正的，处…罚款: the Chinese
    # penalty clauses' drafting, 个人信息保护法第六十六条, 反洗钱法第六十条) is that case: read with the part before it
    read_as = {p: f"{before}，{p}" for before, p in zip(pieces, pieces[1:]) if _CONTINUED_CASE_ZH.match(p)}
    # a part that only names whom a further sanction is for (…并处一百万元以下罚款；对直接负责的主管人员…处一万元以上十万元
    # 以下罚款, 个人信息保护法第六十六条) is in the case of the part before it: read with that case (its words up to its last
    # …的，), not with the other sanction's words, which still tell the two sanctions apart
    inherited = False
    for before, p in zip(pieces, pieces[1:]):
        case = inherited_case(p, read_as.get(before, before)) if p not in read_as else ""
        if case:
            read_as[p] = case + p
            inherited = True
    found = []
    figures = extract_quantities(claim)
    for at, q in enumerate(figures):
        own = _without_excluded(_own_words(claim, figures, at))
        if across:
            bridged = bridge(own) if callable(bridge) else bridge
            claim_words = set().union(*(_wording(w, True) for w in bridged))
            # (whom the figure is for: the body that imposes it, 由公安机关处…, sanctions every case alike and tells none
            # apart, 网络安全法第六十八条's 一万元 for a person and 十万元 for a unit, both imposed by the police)
            parties = [w for w in _party_words_zh(_figure_clause(claim, figures, at)) if not _sanctioning_body(w)]
        else:
            claim_words = _wording(own, zh)
            # a Chinese claim's party named in the figure's own sub-clause (…，个人最多罚五万), as for an English claim below
            parties = _party_words_in(_figure_clause(claim, figures, at)) if zh else []
        group, value = q.base()
        kind = [(p, [x for x in qs if _kind(x) == _kind(q)]) for p, qs in stated]
        kind = [(p, qs) for p, qs in kind if qs]
        holding = [p for p, qs in kind if any(x.base()[0] == group and same_value(value, x.base()[1]) for x in qs)]
        if len(kind) < 2 or not holding or len(holding) == len(kind):
            continue  # one case only, a figure the article never states (compare() says so), or every case's figure
        own_party = {w for w in set(parties) if sum(1 for o, _ in kind if w in o) == 1}
        if not across and any(w in p for w in own_party for p in holding):
            # the party the Chinese claim names at the figure (…，个人最多罚五万) is the one of a case that states it
            # (对个人…处五万元以下罚款, 反洗钱法第五十九条): the claim's opening words (单位和个人) do not choose another
            continue
        words = {p: _wording(read_as.get(p, p), zh) for p, _ in kind}
        distinct = {}
        for p, _ in kind:
            others = set().union(*(w for o, w in words.items() if o != p))
            distinct[p] = len((words[p] - others) & claim_words)
            if across or inherited:
                # the party the figure is for, named in its own sub-clause: its Chinese name, whole, only this part
                # holds tells the case as two distinctive bigrams of a Chinese claim do ("and an individual up to RMB
                # 200,000" → 个人, against 对单位…二十万元 / 对个人…五万元, 反洗钱法第五十九条); so too for a Chinese claim
                # once parts share their case words (read with the case before them, above), which then tell neither
                distinct[p] += DISTINCT_MIN * sum(1 for w in set(parties) if w in _whom_for(p)
                                                  and not any(w in _whom_for(o) for o, _ in kind if o != p))
        case, score = max(distinct.items(), key=lambda item: item[1])
        if case in holding or score < DISTINCT_MIN:
            continue
        if score < max(distinct[p] for p in holding) + DISTINCT_LEAD:
            continue
        found.append(OtherCase(q, case, dict(kind)[case]))
    return found


# What a claim sets its case against ("relies on documentary evidence rather than an accreditation certificate", 依据证明
# 文件而不是认可证书): general usage of both languages for the alternative excluded. Those words name the other case,
# not the claim's, so they must not choose its case (AI Act Art. 30(4) gives each of the two its own time limit).
# The case a claim excepts from its rule ("within one month …, unless the period is extended", GDPR Art. 12(3); 除非…) is
# the other case too: the figure is the rule's, not the exception's (general usage of both languages for an exception)
_EXCLUDED = re.compile(r"\b(?:rather than|instead of|as opposed to|other than|unless|except (?:where|when|if|that))\b[^,;.]*"
                       r"|(?:而不是|而非|而不|除非)[^，,；;。]*", re.I)


def _without_excluded(words: str) -> str:
    return _EXCLUDED.sub(" ", words)


def _figure_clause(claim: str, figures: list[Quantity], at: int) -> str:
    """The sub-clause a figure stands in, up to the figure ("…, a unit can be fined up to RMB 200,000"): the party named
    there is the one the figure is for, not the parties of the case the claim opens with ("If a unit or individual …").
    It opens after the figure before it too, when no comma parts them ("an entity is fined 20,000 to 200,000 yuan and an
    individual 10,000 to 50,000 yuan": 10,000 is the individual's, 征信业管理条例第四十二条), except the upper bound of a
    range, which is read with its lower bound's sub-clause."""
    while at and _one_range(claim, figures[at - 1], figures[at]):
        at -= 1
    q = figures[at]
    start = max((m.end() for m in re.finditer(r"[,;，；]", claim[: q.span[0]])), default=0)
    if at:
        start = max(start, figures[at - 1].span[1])
    return claim[start : q.span[1]]


# whom a Chinese penalty clause's sanction is for: 对单位处…, 对个人处…, 对直接负责的主管人员…给予 (the drafting of the penalty
# clauses, as _SANCTION_TARGET_ZH above)
_SANCTIONED_ZH = re.compile(r"对([^，,。；;对]{1,40}?)(?:处|给予|没收)")


def _whom_for(part: str) -> str:
    """The parties a part's sanctions are for, when it names them (对单位处…罚款: 单位); else the whole part. A party named
    in the part's case is the offender, not whom its figure is for: "and an individual 10,000 to 50,000 yuan" is the
    sanction 对个人处1万元以上5万元以下, not the case 未经个人信息主体同意 (征信业管理条例第四十二条), whose 个人 and 信息主体 the
    other sanction's part, 对单位处2万元以上20万元以下, holds."""
    targets = _SANCTIONED_ZH.findall(part)
    return "、".join(targets) if targets else part


def _party_words_in(text: str) -> list[str]:
    """The actor lexicon's Chinese party words a Chinese text names itself (个人, 单位 …)."""

    return [word for word, _ in ACTORS_ZH if word in text]


def _sanctioning_body(word: str) -> bool:
    """A Chinese party name the actor lexicon reads as an authority or a court: the one who imposes a figure."""
    return any(n.startswith("authority") or n == "court" for n in actors_in(word, subjects_only=False))


def _party_words_zh(text: str) -> list[str]:
    """The Chinese names of the parties an English text names (the actor lexicon's: "an individual" → 个人, 信息主体 …):
    a case is often told apart by whom it concerns (对单位… / 对个人…), a word the general lexicon need not bridge."""

    names = set(actors_in(text, subjects_only=False))
    return [word for word, name in ACTORS_ZH if name in names]


def _kind(q: Quantity) -> str:
    """What a figure measures, for telling cases apart: a time limit in days and one in months are both periods
    (银行业监督管理法第二十二条: 六个月 / 三个月 / 三十日 for three kinds of application), though a month is no fixed
    number of days (quantities.GROUPS keeps them apart for comparing values)."""
    group = q.base()[0]
    return "period" if group in ("duration", "months") else group


def _own_words(claim: str, figures: list[Quantity], at: int) -> str:
    """The words of the claim that go with its figure `at`: the whole claim when it states one figure; else from the end
    of the figure before to the end of this one (a case comes before its figure: "资本充足率不得低于百分之八，对同一借款人的
    贷款余额…不得超过百分之十" gives 百分之十 to 同一借款人, 商业银行法第三十九条), the last figure keeping the words after it.
    The upper bound of a range (处五十万元以上五百万元以下罚款, "RMB 500,000 to 5 million") is no figure of its own: it takes
    the words of the whole range, from the sub-clause its lower bound opens in (没有违法所得的并处10万到50万元罚款: the case
    is 没有违法所得, not the claim's subject before the comma, which the article's lead sentence shares)."""
    if len(figures) == 1:
        return claim
    start = figures[at - 1].span[1] if at else 0
    end = figures[at].span[1] if at < len(figures) - 1 else len(claim)
    if at and _one_range(claim, figures[at - 1], figures[at]):
        low = figures[at - 1].span[0]
        opening = max((m.end() for m in _SUB_CLAUSE_END.finditer(claim, 0, low)), default=0)
        start = max(figures[at - 2].span[1] if at > 1 else 0, opening)
    return claim[start:end]


_SUB_CLAUSE_END = re.compile(r"[，,；;：:]")


# what stands between the bounds of one range: 以上 (…以下), 至 / 到, "to", a dash (general usage of both languages); not
# "and", which also joins two separate figures
_RANGE_BETWEEN = re.compile(r"\s*(?:以上|至|到|-|–|—|~|～|to)\s*", re.I)


def _one_range(claim: str, low: Quantity, high: Quantity) -> bool:
    """Whether two figures of the claim are the bounds of one range: the same kind, joined by a range word, rising."""
    if _kind(low) != _kind(high) or not _RANGE_BETWEEN.fullmatch(claim[low.span[1] : high.span[0]]):
        return False
    return low.base()[1] < high.base()[1]


def _short(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the body of another case -------------------------------------------------------------------------------------
# An article may hand each of its cases to its own body: 反洗钱法第六十条 gives a beneficial-owner filing not made to the
# registration authority (由登记机关责令限期改正) and a false one to the AML authority (由国务院反洗钱行政主管部门…责令限期
# 改正). A claim handing one case to the other case's body names a body the article names, so no check of the whole
# article finds it wrong. The case is told apart as for figures (the words only its part has, DISTINCT_MIN / DISTINCT_LEAD),
# from the words before 由, so the bodies cannot choose their own case.

def _agent(part: str) -> tuple[str, str] | None:
    """(the case before 由, the body 由 hands the act to) of a Chinese part, or None."""
    from .actors.subjects import _DOER_ZH

    m = _DOER_ZH.search(part)
    return (part[: m.start()], m.group(1)) if m else None


def agent_of_another_case(claim: str, clause_text: str) -> tuple[str, str, str] | None:
    """(the claim's body, the body the article gives the claim's case to, that case) when a Chinese claim hands its case
    to a body the article gives another case to; None otherwise."""
    from .roles.phrases import same_party

    claim, clause_text = normalised(claim), normalised(clause_text)
    if not (_has_chinese_words(claim) and _has_chinese_words(clause_text)):
        return None
    mine = _agent(claim)
    cases = [(p, found) for p in parts(clause_text) if (found := _agent(p))]
    if not mine or len(cases) < 2:
        return None
    own_case, own_body = mine
    holding = [p for p, (_, body) in cases if same_party(body, own_body) or own_body in body or body in own_body]
    if not holding or len(holding) == len(cases):
        return None  # a body the article nowhere hands a case to (the actor checks say so), or every case's
    words = {p: _wording(case, True) for p, (case, _) in cases}
    claim_words = _wording(own_case, True)
    distinct = {p: len((w - set().union(*(o for q, o in words.items() if q != p))) & claim_words) for p, w in words.items()}
    case, score = max(distinct.items(), key=lambda item: item[1])
    if case in holding or score < DISTINCT_MIN or score < max(distinct[p] for p in holding) + DISTINCT_LEAD:
        return None
    return own_body, dict(cases)[case][1], case


# An English claim's acting body: "by the registration authority", "by the competent department" — the passive's agent
# when it is an organ of the state (the head nouns the laws' English renderings give their organs: 机关 authority / organ,
# 部门 department, 机构 body / office / agency, 委员会 commission, 法院 court), the one an English claim hands a case to
# ("… is handled by the registration authority").
_BY_BODY_EN = re.compile(r"\bby (?:the |an? |its |their )?((?:[a-z-]+ ){0,3}(?:authority|authorities|body|bodies|office|"
                         r"department|departments|regulator|regulators|administration|agency|ministry|bureau|commission|"
                         r"court|organ|organs))\b", re.IGNORECASE)
# One bridged word only that case has (虚假 for "false") tells an English claim's case apart: a whole legal word, not a
# bigram of the Chinese claim's wording (DISTINCT_MIN); and one more than any case of the claim's body.
DISTINCT_TERMS_MIN = 1
DISTINCT_TERMS_LEAD = 1


def agent_of_another_case_across(claim: str, clause_text: str,
                                 words: Callable[[str], list[str]]) -> tuple[str, str, str] | None:
    """`agent_of_another_case` for an English claim on a Chinese article (反洗钱法第六十条 gives a failure to file to 登记机关
    and false filings to 国务院反洗钱行政主管部门; "submitting false information is handled by the registration authority"
    moves the second to the first): the claim's body is its "by the … authority", tied to the article's 由-bodies by the
    lexicon's Chinese words for it (`words`: registration → 登记); its case is the article's case holding a Chinese word of
    the rest of the claim that no other case holds. (the claim's body, the article's body for that case, that case)."""
    if _has_chinese_words(claim) or not _has_chinese_words(clause_text):
        return None
    by = _BY_BODY_EN.search(claim)
    if not by:
        return None
    body_terms = [t for t in words(by.group(1)) if len(t) >= 2]
    cases = [(p, found) for p in parts(clause_text) if (found := _agent(p))]
    if not body_terms or len({body for _, (_, body) in cases}) < 2:
        return None
    holding = [p for p, (_, body) in cases if any(t in body for t in body_terms)]
    if not holding or len(holding) == len(cases):
        return None  # a body the article hands no case to, or hands every case to
    rest = claim[: by.start()] + " " + claim[by.end():]
    case_terms = [t for t in words(rest) if len(t) >= 2 and t not in body_terms]
    distinct = {p: sum(1 for t in case_terms if t in case and not any(t in other for q, (other, _) in cases if q != p))
                for p, (case, _) in cases}
    case, score = max(distinct.items(), key=lambda item: item[1])
    if case in holding or score < DISTINCT_TERMS_MIN or score < max(distinct[p] for p in holding) + DISTINCT_TERMS_LEAD:
        return None
    return by.group(1), dict(cases)[case][1], case
