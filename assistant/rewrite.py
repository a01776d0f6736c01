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

log = logging.getLogger(__name__)

HISTORY_TURNS = 3
SHORT_ZH = 20  # CJK characters
SHORT_EN = 12  # words

_ZH_OPENERS = ("那么", "那", "还有", "另外", "此外", "如果是", "如果", "若是", "换成", "对于")
_EN_OPENERS = ("and ", "what about", "how about", "what if", "also", "then ", "same for", "for ")
_ZH_POINTERS = ("这条", "该条", "此条", "本条", "这一条", "上述", "上面", "前述", "这个", "该规定", "这项", "它")
_EN_POINTERS = re.compile(r"\b(it|its|that|this|these|those|they|them|the same)\b", re.I)
_ZH_ARTICLE_POINTER = re.compile(r"这一?条|该条|此条|本条|上述条款|这个条款|该规定")
_EN_ARTICLE_POINTER = re.compile(r"\b(?:this|that|the same) (?:article|provision|clause)\b", re.I)

# A law or regulation named in a question: 《…》, a Chinese title ending in 法/条例/办法/规定/解释,
# an English short name; then an optional article.
_ZH_LAW = re.compile(r"《[^》]{2,40}》|[\u4e00-\u9fff]{2,20}?(?:法|条例|办法|规定|解释)")
_ZH_LEADING = re.compile(r"^(?:请问|我想问|想问一下|问一下|关于|根据|按照)")
_ZH_ARTICLE = re.compile(r"第[零一二三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十])?")
_EN_LAW = re.compile(r"\b(?:GDPR|PIPL|AI Act|DSL|CSL|AML Law|[A-Z][A-Za-z]+ (?:Act|Law|Regulation))\b")
_EN_ARTICLE = re.compile(r"\b(?:Article|Art\.)\s*\d+(?:\(\d+\))?(?:\([a-z]\))?", re.I)


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
    """"那跨境呢？" → 跨境; "and for cross-border transfers?" → cross-border transfers."""
    q = question.strip().rstrip("？?。.!！ ")
    if zh:
        for opener in _ZH_OPENERS:
            if q.startswith(opener):
                q = q[len(opener) :]
                break
        return re.sub(r"(?:的话)?呢$", "", q).strip("，, ")
    q = re.sub(r"^(?:and|also|then|what about|how about|what if|same for)\s+", "", q, flags=re.I)
    return re.sub(r"^(?:for|regarding|about|with)\s+", "", q, flags=re.I).strip(", ")


def _reference(previous: str, zh: bool) -> str:
    """The law + article named in the previous question, e.g. 个保法第十三条 / GDPR Article 6."""
    if zh:
        previous = _ZH_LEADING.sub("", previous.strip())
    law = (_ZH_LAW if zh else _EN_LAW).search(previous)
    article = (_ZH_ARTICLE if zh else _EN_ARTICLE).search(previous)
    if law and article:
        return previous[law.start() : article.end()] if law.start() < article.start() else f"{law.group(0)}{article.group(0)}"
    return article.group(0) if article else ""


def fallback_standalone(question: str, history: list | None) -> str:
    """Deterministic rewrite: only follow-ups change; they borrow the previous question's subject."""
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
