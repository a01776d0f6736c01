"""Follow-up questions rewritten into standalone ones ("那跨境呢？" → a question naming law and topic).

With a chat model, the model rewrites (prompt `rewrite.md`); without one — or when the model
fails — a deterministic fallback detects follow-ups and borrows the previous question's law,
article and topic. A question that already stands alone is returned unchanged.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from pydantic import BaseModel

from .answer.context import escape_data
from .errors import ModelError
from .language import detect_language
from .llm import invoke_structured, load_prompt, render_prompt
from .text.articles import CN_ARTICLE, EN_ARTICLE_LABEL

log = logging.getLogger(__name__)

HISTORY_TURNS = 3
SHORT_ZH = 20  # CJK characters
SHORT_EN = 12  # words

_ZH_OPENERS = ("那么", "那", "还有", "另外", "此外", "如果是", "如果", "若是", "换成", "对于")
_EN_OPENERS = ("and ", "what about", "how about", "what if", "also", "then ", "same for", "for ")
_ZH_POINTERS = ("这条", "该条", "此条", "本条", "这一条", "上述", "上面", "前述", "这个", "该规定", "这项", "它")
_EN_POINTERS = re.compile(r"\b(it|its|that|this|these|those|they|them|the same)\b", re.I)
_ZH_ARTICLE_POINTER = re.compile(r"这一?条|该条|此条|本条|上述条款|这个条款|该规定")
_EN_ARTICLE = re.compile(EN_ARTICLE_LABEL, re.I)
_EN_ARTICLE_POINTER = re.compile(r"\b(?:this|that|the same) (?:article|provision|clause)\b", re.I)

# A law or regulation named in a question: 《…》, a Chinese title ending in 法/条例/办法/规定/解释,
# an English short name; then an optional article.
_ZH_LAW = re.compile(r"《[^》]{2,40}》|[\u4e00-\u9fff]{2,20}?(?:法|条例|办法|规定|解释)")
_ZH_LEADING = re.compile(r"^(?:请问|我想问|想问一下|问一下|关于|根据|按照)")
_EN_LAW = re.compile(r"\b(?:GDPR|PIPL|AI Act|DSL|CSL|AML Law|[A-Z][A-Za-z]+ (?:Act|Law|Regulation))\b")


class Rewritten(BaseModel):
    """The follow-up rewritten as a standalone question."""

    question: str


def previous_questions(history: list | None) -> list[str]:
    """The user's earlier questions, oldest first; accepts (question, answer) pairs or role dicts."""
    out = []
    for turn in history or []:
        if isinstance(turn, dict):
            if turn.get("role") == "user" and turn.get("content"):
                out.append(str(turn["content"]))
        elif turn and turn[0]:
            out.append(str(turn[0]))
    return out


def _turns(history: list | None) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for turn in history or []:
        if isinstance(turn, dict):
            pairs.append((str(turn.get("role") or "user"), str(turn.get("content") or "")))
        else:
            question, answer = turn
            pairs.append(("user", str(question)))
            if answer:
                pairs.append(("assistant", str(answer)))
    return pairs[-2 * HISTORY_TURNS :]


def is_follow_up(question: str) -> bool:
    q = question.strip()
    if detect_language(q) == "zh":
        short = len(re.findall(r"[\u4e00-\u9fff]", q)) <= SHORT_ZH
        return (short and (q.startswith(_ZH_OPENERS) or q.rstrip("？?").endswith("呢"))) or any(p in q for p in _ZH_POINTERS)
    lowered = q.lower()
    short = len(q.split()) <= SHORT_EN
    return (short and lowered.startswith(_EN_OPENERS)) or bool(_EN_ARTICLE_POINTER.search(q)) or (
        short and bool(_EN_POINTERS.search(q))
    )


def _topic(question: str, zh: bool) -> str:
    """"那跨境的情况呢？" → 跨境; "and for cross-border transfers?" → for cross-border transfers."""
    q = question.strip().rstrip("？?。.!！ ")
    if zh:
        for opener in _ZH_OPENERS:
            if q.startswith(opener):
                q = q[len(opener) :]
                break
        q = re.sub(r"(?:的话)?呢$", "", q).strip("，, ")
        return _ZH_ASPECT_TAIL.sub("", q).strip("，, ")
    q = re.sub(r"^(?:and|also|then|what about|how about|what if|same for)\s+", "", q, flags=re.I)
    return re.sub(r"^(?:regarding|about)\s+", "", q, flags=re.I).strip(", ")


def _reference(previous: str, zh: bool) -> str:
    """The law + article named in the previous question, e.g. 个保法第十三条 / GDPR Article 6."""
    if zh:
        previous = _ZH_LEADING.sub("", previous.strip())
    law = (_ZH_LAW if zh else _EN_LAW).search(previous)
    article = (CN_ARTICLE if zh else _EN_ARTICLE).search(previous)
    if law and article:
        return previous[law.start() : article.end()] if law.start() < article.start() else f"{law.group(0)}{article.group(0)}"
    return article.group(0) if article else ""


# Resolving "那跨境的情况呢？" against "个人信息可以提供给第三方吗？": the previous question is split into
# law, subject, modal part, verb and object; the follow-up's topic replaces the subject (a thing of the
# same kind: 敏感个人信息), the object (another party: 境外机构) or becomes a manner of the verb (跨境).
_ZH_ASPECT_TAIL = re.compile(r"(?:的)?(?:情况|情形|场景|时候|方面|问题|要求)$")
_ZH_VERBS = ("提供", "转移", "传输", "共享", "转让", "披露", "公开", "处理", "收集", "使用", "存储", "保存", "留存",
             "删除", "查询", "出境", "委托", "采集", "报告", "销毁", "加工", "利用", "用于")
_ZH_PURPOSE_VERBS = ("用于",)  # 可以用于信贷模型吗 + 那营销呢 → 可以用于营销吗
_ZH_ASKING = re.compile(r"有什么|有哪些|是什么|如何|怎么|怎样|需要满足|要满足")
_ZH_MODAL = re.compile(r"(?:是否)?(?:可以|能否|能不能|能|可否|需要|需|应当|应该|必须|要(?!求)|允许)")
_ZH_KINDS = ("信息", "数据", "资料", "记录", "档案", "材料", "报告")  # a topic of the subject's kind replaces it
_ZH_PARTIES = ("第三方", "机构", "公司", "银行", "接收方", "供应商", "服务商", "个人", "客户", "部门", "境外", "合作方")
_ZH_PARTICLE = re.compile(r"(吗|呢|么|？|\?)+$")
_ZH_LAW_FRAME = re.compile(r"^(?:根据|按照|依照|在)?(《[^》]{2,40}》|[\u4e00-\u9fff]{2,20}?(?:法|条例|办法|规定|解释))"
                           r"(?:(?:中|下|里|规定|要求)(?!的))?[，,：:]?")
_ZH_POLITE = re.compile(r"^(?:请问|我想问|想问一下|问一下)")


def _resolve_zh(previous: str, topic: str) -> str:
    core = _ZH_POLITE.sub("", previous.strip()).rstrip("？?。. ")
    prefix = ""
    framed = _ZH_LAW_FRAME.match(core)
    if framed:
        prefix, core = framed.group(0), core[framed.end():]
    body = _replace_aspect_zh(core, topic)
    if body is not None:
        return f"{prefix}{body}？"
    # Not taken apart: the question itself (with its law) narrowed to the new aspect.
    if prefix.endswith(("，", ",", "：", ":")):
        return f"{prefix}在{topic}的情况下，{core}？"
    return f"在{topic}的情况下，{prefix}{core}？"


def _replace_aspect_zh(core: str, topic: str) -> str | None:
    modal = _ZH_MODAL.search(core)
    if modal is None or modal.start() == 0:
        asking = _ZH_ASKING.search(core)  # 对征信数据有什么要求 + 跨境 → 对征信数据跨境有什么要求
        if asking is None or asking.start() == 0 or not core.startswith(("对", "关于")):
            return None
        return f"{core[:asking.start()]}{topic}{core[asking.start():]}"
    subject, rest = core[:modal.start()].rstrip("，, "), core[modal.start():]
    ending = "吗" if _ZH_PARTICLE.search(rest) else ""
    rest = _ZH_PARTICLE.sub("", rest)
    verb = next((m for m in (re.search(v, rest) for v in _ZH_VERBS) if m), None)
    if topic.endswith(_ZH_KINDS):  # 那敏感个人信息呢？
        return f"{topic}{rest}{ending}"
    if verb is None:
        return None
    if verb.group(0) in _ZH_PURPOSE_VERBS or (topic.endswith(_ZH_PARTIES) and topic != "境外"):
        head, obj = rest[:verb.end()], rest[verb.end():]  # 那境外机构呢？ replaces the other party / the purpose
        joiner = re.match(r"^(给|予|至|到)", obj)
        return f"{subject}{head}{joiner.group(0) if joiner else ''}{topic}{ending}"
    # 那跨境的情况呢？ : the manner changes; the other party (向第三方 / 给第三方) goes, the object stays
    before = re.sub(r"(?:向|给|对)[\u4e00-\u9fff]{1,12}$", "", rest[:verb.start()])
    after = re.sub(r"^(?:给|予|至|到)[\u4e00-\u9fff]*", "", rest[verb.end():])
    return f"{subject}{before}{topic}{verb.group(0)}{after}{ending}"


_EN_VERB = re.compile(r"\b(?:be\s+)?(shared|transferred|provided|disclosed|processed|stored|kept|used|collected|"
                      r"sent|sold|retained|require|requires|say|says|apply|applies)\b", re.I)
_EN_LAW_TAIL = re.compile(r"\s+(?:under|in|according to|per)\s+(?:the\s+)?(?:" + _EN_LAW.pattern + r")\s*$")
_EN_OBJECT = re.compile(r"\s+(?:with|to|for|about|on|by|from|regarding)\s+[^?]*$", re.I)
_EN_MANNER = re.compile(r"(?:cross[- ]border|abroad|overseas|offshore|internationally|outside\b.*|\w+ly)$", re.I)
_EN_KINDS = re.compile(r"\b(?:data|information|records?|documents?)$", re.I)


def _resolve_en(previous: str, topic: str) -> str | None:
    core = previous.strip().rstrip("?. ")
    law_tail = _EN_LAW_TAIL.search(core)
    tail = law_tail.group(0) if law_tail else ""
    core = core[:law_tail.start()] if law_tail else core
    if _EN_VERB.search(core) is None:
        return None
    starts_with_prep = re.match(r"^(?:with|to|for|about|on|by|from|regarding)\s", topic, re.I)
    subject = re.match(r"^(?:can|may|must|should|is|are|do|does|how (?:can|may|should|must))\s+(.+?)\s+(?:be\s+)?\w+ed\b",
                       core, re.I)
    if _EN_KINDS.search(topic) and subject and not starts_with_prep:  # "and sensitive data?" replaces the subject
        body = core[:subject.start(1)] + topic + core[subject.end(1):]
    else:
        obj = _EN_OBJECT.search(core)
        stem = core[:obj.start()] if obj else core
        if starts_with_prep:
            body = f"{stem} {topic}"
        elif _EN_MANNER.fullmatch(topic):
            body = f"{stem} {topic}"
        else:
            prep = re.match(r"\s+(\w+)", obj.group(0)).group(1) if obj else "for"
            body = f"{stem} {prep} {topic}"
    return f"{body}{tail}?"


def fallback_standalone(question: str, history: list | None) -> str:
    """Deterministic rewrite: only follow-ups change. A pointer to an article (这条, that article) becomes
    the article; otherwise the follow-up's topic is put into the previous question in place of what it
    changes, keeping the law; when the previous question cannot be taken apart, both are joined."""
    earlier = previous_questions(history)
    if not earlier or not is_follow_up(question):
        return question
    previous = earlier[-1].strip()
    zh = detect_language(question) == "zh"
    ref = _reference(previous, zh)
    pointer = (_ZH_ARTICLE_POINTER if zh else _EN_ARTICLE_POINTER).search(question)
    if ref and pointer:  # "这条的罚则是什么" → "个保法第十三条的罚则是什么"
        return question[: pointer.start()] + ref + question[pointer.end() :]
    topic = _topic(question, zh)
    article_rx = CN_ARTICLE if zh else _EN_ARTICLE
    old_article = article_rx.search(previous)
    if topic and old_article and article_rx.fullmatch(topic):  # 那第十四条呢？ → the same law's 第十四条
        return previous[:old_article.start()] + topic + previous[old_article.end():]
    if topic:
        resolved = _resolve_zh(previous, topic) if zh else _resolve_en(previous, topic)
        if resolved:
            return resolved
    if zh:
        return f"{previous}关于{topic}：{question.strip()}" if topic else f"{previous}{question.strip()}"
    return f"{previous} Regarding {topic}: {question.strip()}" if topic else f"{previous} {question.strip()}"


def standalone_question(question: str, history: list | None, chat: Any = None) -> str:
    """`question` made understandable without the conversation (unchanged when it already is)."""
    if not history:
        return question
    if chat is not None:
        try:
            history_text = "\n".join(
                f'<turn role="{role}">\n{escape_data(text)}\n</turn>' for role, text in _turns(history)
            )
            from langchain_core.messages import HumanMessage, SystemMessage

            messages = [
                SystemMessage(load_prompt("rewrite.md")),
                HumanMessage(render_prompt("rewrite_user.md", history=history_text, question=escape_data(question))),
            ]
            rewritten = invoke_structured(chat, messages, Rewritten).question.strip()
            if rewritten:
                return rewritten
            log.warning("The model returned an empty rewrite; using the deterministic fallback.")
        except ModelError as exc:
            log.warning("Question rewrite by the model failed (%s); using the deterministic fallback.", exc)
    return fallback_standalone(question, history)
