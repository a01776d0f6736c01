"""User-facing words shared by every front end (terminal, web UI, Slack, reports): one place, both languages."""

from __future__ import annotations

# status → (zh label, en label, zh meaning, en meaning). The meanings are what a badge promises; the README's
# "What the badges mean" repeats them.
STATUS_TEXT: dict[str, tuple[str, str, str, str]] = {
    "verified": ("已核实", "Verified",
                 "第二个模型逐条判定每项结论有引用条文支持，且确定性核查（引文逐字、数字期限、义务/禁止/权利、主体）一致。",
                 "A second model judged every claim supported by the clause it cites, and the deterministic checks "
                 "(verbatim quotes, numbers and time limits, duty/prohibition/right, actor) agree."),
    "quoted": ("逐字引用", "Quoted",
               "引文与条文逐字一致，但没有第二个模型核对这些条文是否回答了问题（离线模式或未配置核查模型）。",
               "The quotes are exact, but no second model checked that they answer the question "
               "(offline mode, or no verifying model configured)."),
    "partially_verified": ("部分核实", "Partially verified",
                           "部分结论未获支持，已在正文中标出。", "Some claims were not supported; they are marked in the text."),
    "unverified": ("未核实", "Unverified",
                   "核查未完成或未通过（核查模型失败，或结论缺乏依据），请勿直接依赖。",
                   "Verification did not complete or did not pass (a verifier failed, or claims lack support): do not rely on it."),
    "contradicted": ("与条文矛盾", "Contradicted",
                     "至少一项结论与其引用的条文相反，已在正文中标出。",
                     "At least one claim says the opposite of the clause it cites; it is marked in the text."),
    "not_covered": ("语料未覆盖", "Not covered",
                    "已索引的法规和内部制度不能回答该问题；列出的最接近条文不是答案。",
                    "The indexed regulations and policies do not answer this; the closest clauses shown are not an answer."),
}
STATUSES = tuple(STATUS_TEXT)


def status_label(status: str, language: str) -> str:
    zh, en, _, _ = STATUS_TEXT.get(status, STATUS_TEXT["unverified"])
    return zh if language == "zh" else en


def status_meaning(status: str, language: str) -> str:
    _, _, zh, en = STATUS_TEXT.get(status, STATUS_TEXT["unverified"])
    return zh if language == "zh" else en


# A clause's own status (the version in force, or not): how every front end and the offline answer name it.
CLAUSE_STATUS_TEXT: dict[str, tuple[str, str]] = {
    "in_force": ("现行有效", "in force"),
    "superseded": ("已失效", "superseded"),
    "not_yet_in_force": ("尚未施行", "not yet in force"),
}


def clause_status_label(status: str, language: str) -> str:
    zh, en = CLAUSE_STATUS_TEXT.get(status, (status, status))
    return zh if language == "zh" else en


# A streamed draft before its verification badge exists (web chat and Slack): stage → (zh, en).
DRAFT_TEXT: dict[str, tuple[str, str]] = {
    "draft": ("✍️ 草稿，尚未核实", "Draft, not verified yet"),
    "verifying": ("🔎 草稿已完成，正在逐条核查…", "Draft complete, verifying each claim…"),
    "void": ("⚠️ 生成模型中断，此草稿作废", "The model failed; this draft is void"),
}


def draft_label(stage: str, language: str) -> str:
    """Both languages, the asker's first: a draft label is short and must be understood by anyone reading along."""
    zh, en = DRAFT_TEXT.get(stage, DRAFT_TEXT["draft"])
    return f"{zh} · {en}" if language == "zh" else f"{en} · {zh}"


def verifiers_line(verifiers: list[str], language: str, failed: list[str] = ()) -> str:
    """Which checks actually ran: "grounding only" offline, never a verifier that did not run; a second model that
    was configured but failed is named as failed, not as "not configured"."""
    zh = language == "zh"
    names = {"grounding": "确定性核查" if zh else "grounding", "llm": "第二模型" if zh else "second model"}
    if not verifiers and not failed:
        return "未运行核查" if zh else "no verifier ran"
    if verifiers == ["grounding"] and not failed:
        return "仅确定性核查（未配置第二模型）" if zh else "grounding only (no second model)"
    line = " + ".join(names.get(v, v) for v in verifiers)
    if failed:
        gone = "、".join(names.get(v, v) for v in failed)
        line += (f"（{gone}失败，未计为通过）" if zh else f" ({gone} failed; not counted as a pass)")
    return line


def answer_checks_line(answer) -> str:
    failed = [v.verifier for v in answer.verifications if not v.ran and v.error != "not configured"]
    return verifiers_line(answer.verifiers, answer.language, failed)


# Answer text the assembly and the facade add (both languages) ------------------------------------------------

UNSUPPORTED_FLAGS = {
    "not_supported": {"zh": "⚠️[未经核实]", "en": "⚠️[unverified]"},
    "contradicted": {"zh": "✕[与引用条文不符]", "en": "✕[contradicted by the cited clause]"},
}


def unsupported_flag(verdict: str, language: str) -> str:
    """The flag put right after a claim the verifiers did not accept."""
    return UNSUPPORTED_FLAGS[verdict]["zh" if language == "zh" else "en"]


def not_covered_line(language: str) -> str:
    if language == "zh":
        return "已索引的法规和内部制度未能充分支持对该问题的回答，因此不作推断。以下为最接近的条文，供人工判断。"
    return ("The indexed regulations and policies do not cover this question well enough to answer it; "
            "no answer is guessed. The closest clauses are listed for a human to judge.")


def model_unavailable_notice(err: Exception, language: str) -> str:
    if language == "zh":
        return f"生成模型不可用（{err}），以下为离线模式的条文摘录。"
    return f"The generative model is unavailable ({err}); showing the offline answer instead."


# Why a question is not covered, in the reader's language (coverage.Coverage.kind); the English reason (with its
# similarity figure) stays in the logs and the audit trail.
_NOT_COVERED_WHY = {
    "nothing": ("nothing relevant was retrieved", "未检索到相关条文"),
    "jurisdiction": ("the question asks what holds in a place outside the mainland and the EU; the indexed texts are "
                     "Chinese law, the EU's GDPR and AI Act and the bank's policies",
                     "问题所问的是中国内地和欧盟以外某地的规定；已索引的是中国法律法规、欧盟GDPR和人工智能法以及本行制度"),
    "vocabulary": ("the question's words are not the words of the indexed texts", "问题所用的词语不见于已索引的文本"),
    "weak": ("no indexed clause is close enough to the question", "没有与问题足够接近的已索引条文"),
    "no_overlap": ("no retrieved clause shares the question's key terms", "检索到的条文都不含问题的关键词"),
    "unnamed": ("the question is about something no indexed text names, and no clause is close enough to it",
                "问题所涉及的事物不见于已索引的文本，也没有与问题足够接近的条文"),
    "figure": ("the question asks for a figure that no retrieved clause states", "问题所问的数字（期限、比例、金额等）不见于检索到的条文"),
    "frequency": ("the question asks how often, and no retrieved clause states it", "问题所问的频次不见于检索到的条文"),
    "date": ("the question asks for a date that no retrieved clause states", "问题所问的日期不见于检索到的条文"),
    "artefact": ("the question asks for a practical artefact or choice (a template, a budget, a product) that the "
                 "indexed laws do not provide", "问题所问的是模板、预算、产品选择等实务内容，已索引的法规文本并不提供"),
    "roster": ("the question asks for a list of firms or bodies that the indexed laws do not hold",
               "问题所问的机构或企业名单不见于检索到的条文（法规只规定条件和主管部门，不列名单）"),
    "body": ("the question asks which authority or body to go to, and no retrieved clause about it names one",
             "问题所问的主管部门或受理机构不见于检索到的相关条文"),
    "form": ("the question asks for a form, questionnaire or format that no retrieved clause provides",
             "问题所问的表格、问卷或格式不见于检索到的条文"),
    "runbook": ("the question asks for an internal manual or its steps, which the indexed laws do not write",
                "问题所问的是内部操作手册或具体步骤，已索引的法规文本并不提供"),
    "contact": ("the question asks for a contact, website or filing system's operation that the indexed laws do not "
                "state", "问题所问的联系电话、网址或系统操作方法不见于已索引的法规文本"),
    # asked_specifics.py (round 22)
    "members": ("the question asks which particular firms or bodies hold a status, and the indexed laws name none",
                "问题所问的是具体有哪些机构或企业；已索引的法规只规定条件，不列举具体名称"),
    "countries": ("the question asks which countries have made a choice the law leaves to them, and the indexed texts "
                  "name no country's choice", "问题所问的是哪些国家作出了法律留给各国的选择；已索引的文本不载明各国的做法"),
    # asked_counts.py (round 14)
    "count": ("the question asks how many there are, and no retrieved clause states a number", "问题所问的数量不见于检索到的条文"),
    "fee": ("the question asks for a fee or charge that no retrieved clause states", "问题所问的收费或费用不见于检索到的条文"),
    "size": ("the question asks for a size or measure that no retrieved clause states", "问题所问的尺寸或规格不见于检索到的条文"),
    "incumbent": ("the question asks who holds an office now; the indexed laws say how it is filled, not who fills it",
                  "问题所问的是现任人选；已索引的法规只规定如何产生，不载明由谁担任"),
    "delegated": ("the law leaves what the question asks for to implementing rules (of the regulator or the government) "
                  "that are not in the indexed corpus",
                  "法律把问题所问的具体数字或细则交由主管部门或国务院另行规定，这些规定不在已索引的语料中"),
}


def coverage_notice(kind: str, reason: str, language: str) -> str:
    """The line saying why a question is not answered; `reason` itself when its kind has no wording here."""
    if kind in _NOT_COVERED_WHY:
        english, chinese = _NOT_COVERED_WHY[kind]
        return chinese if language == "zh" else english[0].upper() + english[1:] + "."
    return reason


def not_indexed_notice(laws, language: str) -> str:
    """`laws`: labels as shown (named_laws.regime_labels: Chinese titles already in 《》, regimes by name)."""
    names = "、".join(laws)
    if language == "zh":
        return f"已索引的语料不包含{names}的文本，无法据此作答；如需覆盖，请将其加入语料后重新索引。"
    return f"The indexed corpus does not include {', '.join(laws)}; add its text to the corpus and re-run `assistant ingest`."


# The question's wording far from the texts' (retrieval/wording_fit.py): shown with the answer in every front end.
WORDING_HINT_MARK = "💡"
_SHOWN_WORDS = 4
_SHOWN_TERMS = 2


def wording_hint(fit, language: str) -> str:
    """`fit` (types.WordingFit): the words the texts hold neither as they are nor through a bridge, and the legal
    terms the retriever derived (never any other: the user is told only what the search itself used), in its order:
    the Chinese texts' terms first for a question about them, in either language, as they are what those texts say."""
    zh = language == "zh"
    missing, terms = fit.missing[:_SHOWN_WORDS], fit.terms[:_SHOWN_TERMS]
    if zh:
        found = f"（条文中未见：{'、'.join(missing)}）" if missing else ""
        advice = f"可改用法律用语重新提问（例如：{'、'.join(terms)}）" if terms else "可改用法规条文中的用语重新提问"
        return f"提问用语与法规条文相距较远{found}，检索结果可能遗漏相关条文；{advice}。"
    found = f" (words not found: {', '.join(missing)})" if missing else ""
    advice = f"try the legal term (e.g. {', '.join(terms)})" if terms else "try the words the laws use"
    return f"Your wording is far from the texts'{found}: results may miss the clause; {advice}."
