"""The Gradio web UI: layout and event handlers. Handlers only call the `Assistant` facade and the
pure renderers in `render.py`; every error reaches the user as a sentence, never a traceback.

Per-session state is a list of turns `{"question": str, "answer": Answer | None, "html": str}`; the
chat is always re-rendered from it, so chat message i belongs to turn i // 2 (user, assistant).
"""

from __future__ import annotations

import logging
import tempfile
import time
from datetime import date
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

import gradio as gr

from ..errors import AssistantError, ConfigError, IndexNotReady, InvalidQuestion
from ..language import detect_language
from ..settings import Settings, get_settings
from ..types import Answer, Filters
from . import compare, render

log = logging.getLogger(__name__)

STREAM_REFRESH_SECONDS = 0.1  # least time between two streamed updates of a draft in the chat
QUEUE_MAX_PER_WORKER = 16  # waiting requests per concurrent worker before new ones are refused
PENDING_HTML = '<div class="ca-pending">正在检索与核查… · Retrieving and verifying…</div>'
EXAMPLES = ["个人信息保护法第十三条规定了什么？", "What does GDPR Article 6 require?",
            "商业银行贷款需要审查哪些事项？", "客户信息跨境传输需要满足什么条件？"]
FONTS = ["system-ui", "-apple-system", "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
         "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "sans-serif"]
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]

# Event delegation on the panel root: the cards are re-rendered on every answer, the root is not.
CITATION_CLICK_JS = """
element.addEventListener('click', (event) => {
  const card = event.target.closest('[data-chunk]');
  if (!card || !element.contains(card)) return;
  element.querySelectorAll('.ca-cite--active').forEach((c) => c.classList.remove('ca-cite--active'));
  card.classList.add('ca-cite--active');
  trigger('click', {chunk_id: card.dataset.chunk, marker: card.dataset.marker || '', quote: card.dataset.quote || ''});
});
"""
RATINGS = {"up": "有帮助 Helpful", "down": "无帮助 Not helpful", "wrong_citation": "引用有误 Wrong citation"}
# Icons as SVG files, not emoji: a machine without an emoji font shows empty boxes for 👍.
ICONS = {"up": "helpful.svg", "down": "not-helpful.svg", "wrong_citation": "wrong-citation.svg"}
# A refusal's closest clauses in the chat open the article: they click the matching card of the side panel.
CLOSEST_CLICK_JS = """
() => {
  document.addEventListener('click', (event) => {
    const item = event.target.closest('.ca-closest__item');
    if (!item) return;
    const cls = [...item.classList].find((c) => c.startsWith('ca-chunk--'));
    if (!cls) return;
    const chunk = cls.slice('ca-chunk--'.length).split('__').join(':');
    const card = document.querySelector('#ca-citations [data-chunk="' + CSS.escape(chunk) + '"]');
    if (card) card.click();
  });
}
"""
INDEXING_POLL_SECONDS = 2.0


def spec_available() -> bool:
    try:
        return find_spec("assistant.spec.checker") is not None and find_spec("assistant.spec.report") is not None
    except ModuleNotFoundError:
        return False


# pure helpers (tested without a browser) -------------------------------------------------
def parse_filters(jurisdiction: str | None, laws: list[str] | None, kind: str | None, as_of: str | None) -> Filters:
    text = (as_of or "").strip()
    try:
        day = date.fromisoformat(text) if text else None
    except ValueError:
        raise InvalidQuestion(f"“{text}” is not a date.", "Enter the as-of date as YYYY-MM-DD, e.g. 2024-01-01, or leave it empty for today.")
    return Filters(laws=list(laws or []), jurisdiction=jurisdiction or None, kind=kind or None, as_of=day)


def parse_auth(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError("ASSISTANT_UI_AUTH must look like user:password.", "Set it to e.g. analyst:a-long-passphrase, or unset it.")
    return user, password


def refuse_open_without_auth(host: str, auth, allowed: bool) -> None:
    """Anyone who can reach a non-loopback address could ask, upload and read the corpus: require a login."""
    import ipaddress

    if auth or allowed or host in ("localhost", ""):
        return
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name other than localhost
        loopback = False
    if not loopback:
        raise ConfigError(
            f"The web UI would listen on {host} without authentication.",
            "Set ASSISTANT_UI_AUTH=user:password, or ASSISTANT_UI_ALLOW_NO_AUTH=true if a proxy in front "
            "authenticates users, or keep ASSISTANT_UI_HOST=127.0.0.1.")


def chat_messages(turns: list[dict]) -> list[dict]:
    messages = []
    for turn in turns:
        question = turn["question"] or "（空问题 · empty question）"
        messages.append({"role": "user", "content": render.question_message_html(question)})
        messages.append({"role": "assistant", "content": turn.get("html") or PENDING_HTML})
    return messages


def history_of(turns: list[dict]) -> list[tuple[str, str]]:
    return [(t["question"], t["answer"].text) for t in turns if t.get("answer") is not None]


def answered(turns: list[dict]) -> list[int]:
    """Indices of turns that have an answer recorded in the audit trail (feedback targets)."""
    return [i for i, t in enumerate(turns) if t.get("answer") is not None and t["answer"].audit_id]


def failure_html(err: Exception, language: str) -> str:
    """A failed answer as a chat message: the error's own advice, never a traceback (the log has it)."""
    if isinstance(err, AssistantError):
        return render.error_message_html(err.user_message(), language)
    log.error("web UI: answering failed", exc_info=err)
    return render.error_message_html(
        "内部错误，已记录日志，请稍后重试。An internal error occurred; it has been logged. Please try again.", language)


def settle(turns: list[dict], turn: dict):
    """Put the finished turn last; (index of the answer to show, the feedback target's update)."""
    turns[-1] = turn
    selected = len(turns) - 1 if turn.get("answer") is not None else None
    choices = feedback_choices(turns)
    return selected, gr.update(choices=choices, value=choices[-1][1] if choices else None)


def feedback_choices(turns: list[dict]) -> list[tuple[str, int]]:
    return [(f"#{i + 1} · {render._clip(turns[i]['question'], 36)}", i) for i in answered(turns)]


def answer_at(turns: list[dict], index) -> Answer | None:
    if index is None or not isinstance(index, int) or not 0 <= index < len(turns):
        return None
    return turns[index].get("answer")


# handlers ----------------------------------------------------------------------------
class Handlers:
    def __init__(self, assistant):
        self.a = assistant

    def enqueue(self, question: str, turns: list[dict]):
        """Step 1 (instant): show the question and a pending reply."""
        turns = list(turns or []) + [{"question": (question or "").strip(), "answer": None, "html": None}]
        return "", turns, chat_messages(turns)

    def answer(self, turns: list[dict], jurisdiction, laws, kind, as_of, request: gr.Request | None = None):
        """Step 2 (queued): ask the facade about the last turn's question."""
        turns = list(turns or [])
        if not turns:
            return turns, chat_messages(turns), render.citations_panel_html(None), gr.update(), None
        turn = dict(turns[-1])
        language = detect_language(turn["question"])
        try:
            filters = parse_filters(jurisdiction, laws, kind, as_of)
            result = self.a.ask(turn["question"], history=history_of(turns[:-1]), filters=filters,
                                user=_user(request), channel="web")
            turn.update(answer=result, html=render.answer_message_html(result, self.snippets(result)))
        except Exception as err:
            turn.update(html=failure_html(err, language))
        selected, target = settle(turns, turn)
        shown = answer_at(turns, selected)
        return (turns, chat_messages(turns), render.citations_panel_html(shown, self.snippets(shown)), target, selected)

    def answer_stream(self, turns: list[dict], jurisdiction, laws, kind, as_of, request: gr.Request | None = None):
        """Step 2 with a streaming model: the draft appears as it is written (no badge), then the answer."""
        from ..service import StreamEvent
        from .streaming import draft_message_html

        turns = list(turns or [])
        if not turns:
            yield turns, chat_messages(turns), render.citations_panel_html(None), gr.update(), None
            return
        turn = dict(turns[-1])
        language = detect_language(turn["question"])
        shown_at, notice = 0.0, ""
        try:
            filters = parse_filters(jurisdiction, laws, kind, as_of)
            for event in self.a.ask_stream(turn["question"], history=history_of(turns[:-1]), filters=filters,
                                           user=_user(request), channel="web"):
                if not isinstance(event, StreamEvent):
                    turn.update(answer=event, html=render.answer_message_html(event))
                    break
                if event.kind == "retrieved":
                    continue
                if event.kind == "fallback":
                    notice = event.text
                    turn["html"] = draft_message_html(turn.get("draft", ""), "fallback", language, notice)
                else:
                    if event.kind == "draft":
                        turn["draft"] = event.text
                        if time.monotonic() - shown_at < STREAM_REFRESH_SECONDS:
                            continue  # the browser gets ~10 updates a second, not one per token
                    turn["html"] = draft_message_html(event.text, event.kind, language, notice)
                shown_at = time.monotonic()
                turns[-1] = turn
                yield turns, chat_messages(turns), gr.update(), gr.update(), gr.update()
        except Exception as err:
            turn.update(html=failure_html(err, language))
        turn.pop("draft", None)
        selected, target = settle(turns, turn)
        yield turns, chat_messages(turns), render.citations_panel_html(answer_at(turns, selected)), target, selected

    def select_message(self, turns: list[dict], evt: gr.SelectData):
        """Clicking a chat message shows that answer's citations and makes it the feedback target."""
        index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        turn = int(index) // 2 if index is not None else None
        ans = answer_at(turns, turn)
        if ans is None:
            return gr.update(), gr.update(), gr.update()
        target = gr.update(value=turn) if turn in answered(turns) else gr.update()
        return render.citations_panel_html(ans, self.snippets(ans)), target, turn

    def open_citation(self, turns: list[dict], selected, evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        chunk_id = str(data.get("chunk_id") or "")
        ans = answer_at(turns, selected)
        language = ans.language if ans else "zh"
        quote = ""
        if ans is not None:
            marker = str(data.get("marker") or "")
            for c in ans.citations:
                if c.chunk_id == chunk_id and (not marker or str(c.marker) == marker):
                    quote = c.quote
                    break
        try:
            clause = self.a.article(chunk_id) if chunk_id else None
        except AssistantError as err:
            return render.error_message_html(err.user_message(), language)
        return render.article_html(clause, quote, language)

    def feedback(self, rating: str, target, comment: str, turns: list[dict], request: gr.Request | None = None):
        ans = answer_at(turns, target)
        if ans is None or not ans.audit_id:
            return gr.update(), '<div class="ca-feedback-note ca-feedback-note--warn">请先提问，再对回答作出评价。Ask a question first, then rate its answer.</div>'
        try:
            record = self.a.feedback(ans.audit_id, rating, (comment or "").strip(), user=_user(request))
        except AssistantError as err:
            return gr.update(), f'<div class="ca-feedback-note ca-feedback-note--warn">{render.esc(err.user_message())}</div>'
        if record is None:
            return gr.update(), '<div class="ca-feedback-note ca-feedback-note--warn">审计日志已关闭，反馈未保存。The audit trail is disabled; feedback was not stored.</div>'
        return "", (f'<div class="ca-feedback-note" data-record="{render.esc(record)}">已记录反馈「{RATINGS[rating]}」（回答 #{target + 1}）· '
                    f'Feedback recorded for answer #{target + 1}. 谢谢！Thank you.</div>')

    def clear(self):
        return ([], [], render.citations_panel_html(None), render.article_placeholder_html(),
                gr.update(choices=[], value=None), None, "")

    # spec review
    def check_specs(self, files, as_of: str | None):
        paths = [Path(f if isinstance(f, str) else getattr(f, "name", f)) for f in (files or [])]
        if not paths:
            return render.error_message_html("请先上传文件。Upload at least one document first."), None
        try:
            day = parse_filters(None, None, None, as_of).as_of
            batch = run_spec_check(self.a, paths, day)
        except AssistantError as err:
            return render.error_message_html(err.user_message()), None
        except Exception:
            log.exception("web UI: spec check failed")
            return render.error_message_html("审查失败，已记录日志。The check failed; it has been logged."), None
        language = "zh" if [d.language for d in batch.documents].count("zh") * 2 >= len(batch.documents) else "en"
        try:
            downloads = write_spec_reports(batch, Path(tempfile.mkdtemp(prefix="spec-report-")))
        except Exception:  # the findings are still shown; only the exports are missing
            log.exception("web UI: writing spec reports failed")
            downloads = None
        return render.spec_report_html(batch.documents, language), downloads

    def open_finding_citation(self, evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        chunk_id = str(data.get("chunk_id") or "")
        clause = self.a.article(chunk_id) if chunk_id else None
        language = "en" if clause is not None and clause.jurisdiction == "EU" else "zh"
        return render.article_html(clause, str(data.get("quote") or ""), language)

    # corpus browser
    def pick_document_row(self, evt: gr.SelectData):
        docs = self.a.documents()
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if row is None or not 0 <= int(row) < len(docs):
            return gr.update()
        return gr.update(value=docs[int(row)]["doc_id"])

    def articles(self, doc_id: str | None):
        if not doc_id:
            return gr.update(choices=[], value=None)
        choices = [render.article_choice(c) for c in self.a.articles_of(doc_id)]
        return gr.update(choices=choices, value=choices[0][1] if choices else None)

    def corpus_article(self, chunk_id: str | None):
        if not chunk_id:
            return render.corpus_placeholder_html()
        clause = self.a.article(chunk_id)
        return render.article_html(clause, "", "en" if clause is not None and clause.jurisdiction == "EU" else "zh")

    # refusals: a preview of each closest clause ------------------------------------------------
    def snippets(self, answer: Answer | None, limit: int = 120) -> dict[str, str]:
        """chunk_id → the start of the article text, for the closest clauses of a refusal."""
        if answer is None or answer.status != "not_covered":
            return {}
        out = {}
        for c in answer.closest:
            try:
                clause = self.a.article(c.chunk_id)
            except AssistantError:
                continue
            if clause is not None:
                text = clause.text.split(" ", 1)[-1] if clause.text.startswith(clause.label) else clause.text
                out[c.chunk_id] = " ".join(text.split())[:limit]
        return out

    # policy-vs-regulation conflicts --------------------------------------------------------------
    def check_policy_conflicts(self, as_of: str | None):
        try:
            day = parse_filters(None, None, None, as_of).as_of
            reports = run_policy_conflict_check(self.a, day)
        except AssistantError as err:
            return render.error_message_html(err.user_message())
        except Exception:
            log.exception("web UI: policy conflict check failed")
            return render.error_message_html("检查失败，已记录日志。The check failed; it has been logged.")
        return render.policy_conflicts_html(reports, "zh")

    # background indexing -------------------------------------------------------------------------
    def indexing_tick(self, seen_generation: int):
        """Banner while the index is built; the corpus lists are refreshed once a new index is swapped in."""
        live = self.a
        state = live.indexing.snapshot() if getattr(live, "indexing", None) is not None else None
        banner = render.indexing_banner_html(state, ready=getattr(live, "ready", True))
        generation = getattr(live, "generation", 0)
        running = state is not None and state["phase"] not in ("done", "failed")
        if generation == seen_generation:
            return banner, generation, gr.update(), gr.update(), gr.update(), gr.update(), gr.Timer(active=running)
        docs = live.documents()
        choices = [render.document_choice(d) for d in docs]
        return (banner, generation, gr.update(value=render.document_rows(docs)), gr.update(choices=choices),
                gr.update(choices=choices), render.header_html(live.status()), gr.Timer(active=running))


def _rate(h: Handlers, rating: str):
    def rate(target, comment, turns, request: gr.Request):
        return h.feedback(rating, target, comment, turns, request)

    return rate


def _user(request: gr.Request | None) -> str | None:
    return getattr(request, "username", None) if request is not None else None


def run_spec_check(assistant, paths: list[Path], as_of: date | None):
    from ..spec.checker import CheckOptions
    from ..spec.run import run_check

    max_bytes = int(assistant.settings.max_upload_mb * 1024 * 1024)
    return run_check(assistant, paths, CheckOptions(as_of=as_of, max_bytes=max_bytes, shared=True))


def run_policy_conflict_check(assistant, as_of: date | None):
    """Every indexed internal policy against the regulations it implements (no per-requirement search)."""
    from ..spec.checker import CheckOptions
    from ..spec.run import run_check

    return run_check(assistant, [], CheckOptions(as_of=as_of, search=False, policies=True)).documents


def write_spec_reports(batch, out_dir: Path) -> list[str]:
    """The batch as Markdown, JSON and JUnit files plus the HTML reports (for download)."""
    from ..spec.run import write_bundle

    return [str(path) for path in write_bundle(batch, out_dir)]


# layout ------------------------------------------------------------------------------
def build_app(assistant) -> gr.Blocks:
    h = Handlers(assistant)
    docs = assistant.documents()
    law_choices = [render.document_choice(d) for d in docs]
    jurisdictions = [("全部 All", "")] + [(j, j) for j in sorted({d["jurisdiction"] for d in docs})]

    with gr.Blocks(title="合规助手 · Compliance Assistant", analytics_enabled=False, fill_width=True) as demo:
        turns = gr.State([])
        selected = gr.State(None)
        header = gr.HTML(render.header_html(assistant.status()), elem_id="ca-header", js_on_load=None)
        banner = gr.HTML(render.indexing_banner_html(None), elem_id="ca-indexing", js_on_load=None)

        with gr.Tabs(elem_id="ca-tabs"):
            with gr.Tab("问答 · Ask", id="ask", elem_id="ca-tab-ask"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=7, min_width=420):
                        chatbot = gr.Chatbot(
                            label="对话 Conversation", elem_id="ca-chat", height=None, min_height=320,
                            max_height=None, feedback_options=None, autoscroll=False,
                            buttons=["copy"], layout="bubble", line_breaks=False,
                            placeholder=("<div class='ca-chat-empty'><b>请输入合规问题</b>，可用中文或英文提问。<br>"
                                         "Ask about regulations or internal policies, in Chinese or English.</div>"),
                        )
                        with gr.Row(elem_id="ca-ask-row"):
                            question = gr.Textbox(show_label=False, placeholder="输入问题，例如：个人信息保护法第十三条规定了什么？",
                                                  lines=1, max_lines=6, scale=1, elem_id="ca-question", autofocus=True)
                            send = gr.Button("提问 Ask", variant="primary", scale=0, min_width=120, elem_id="ca-send")
                            clear = gr.Button("新对话 New chat", variant="secondary", scale=0, min_width=170, elem_id="ca-clear")
                        gr.Examples(EXAMPLES, inputs=question, label="示例 Examples")
                        with gr.Accordion("筛选 · Filters", open=False, elem_id="ca-filters"):
                            with gr.Row():
                                jurisdiction = gr.Dropdown(jurisdictions, value="", label="法域 Jurisdiction", elem_id="ca-f-jurisdiction")
                                kind = gr.Dropdown([("全部 All", ""), ("法规 Regulation", "regulation"), ("内部制度 Policy", "policy")],
                                                   value="", label="类型 Kind", elem_id="ca-f-kind")
                                as_of = gr.Textbox(label="基准日 As of (YYYY-MM-DD)", placeholder="留空为今天 · empty = today",
                                                   elem_id="ca-f-asof")
                            laws = gr.Dropdown(law_choices, multiselect=True, value=[], label="法规 / 制度 Laws and policies",
                                               elem_id="ca-f-laws")
                        with gr.Accordion("反馈 · Feedback", open=True, elem_id="ca-feedback"):
                            with gr.Row():
                                target = gr.Dropdown([], value=None, label="评价的回答 Answer", scale=3, elem_id="ca-fb-target")
                                comment = gr.Textbox(label="备注（可选）Comment (optional)", scale=5, elem_id="ca-fb-comment")
                            with gr.Row():
                                up = gr.Button(RATINGS["up"], icon=_icon("up"), size="sm", elem_id="ca-fb-up")
                                down = gr.Button(RATINGS["down"], icon=_icon("down"), size="sm", elem_id="ca-fb-down")
                                wrong = gr.Button(RATINGS["wrong_citation"], icon=_icon("wrong_citation"), size="sm",
                                                  elem_id="ca-fb-wrong")
                            feedback_note = gr.HTML("", elem_id="ca-fb-note", js_on_load=None)
                    with gr.Column(scale=5, min_width=340, elem_id="ca-side"):
                        citations = gr.HTML(render.citations_panel_html(None), elem_id="ca-citations",
                                            js_on_load=CITATION_CLICK_JS)
                        article = gr.HTML(render.article_placeholder_html(), elem_id="ca-article", js_on_load=None)

            with gr.Tab("法规库 · Corpus", id="corpus", elem_id="ca-tab-corpus"):
                gr.HTML('<div class="ca-section-note">已索引的法规与内部制度。点击表格中的一行或在下方选择，即可浏览条文。'
                        '<br><span class="ca-muted">Indexed regulations and policies: pick one to browse its articles.</span></div>',
                        js_on_load=None)
                table = gr.Dataframe(render.document_rows(docs), headers=render.DOCUMENT_COLUMNS, interactive=False,
                                     elem_id="ca-docs", wrap=True, max_height=360,
                                     column_widths=["28%", "14%", "9%", "8%", "11%", "11%", "10%", "9%"])
                with gr.Row():
                    doc = gr.Dropdown(law_choices, value=None, label="法规 / 制度 Law or policy", elem_id="ca-doc")
                    art = gr.Dropdown([], value=None, label="条文 Article", elem_id="ca-art")
                corpus_article = gr.HTML(render.corpus_placeholder_html(), elem_id="ca-corpus-article", js_on_load=None)
                compare.build_panel(assistant)

            if spec_available():
                with gr.Tab("制度审查 · Spec review", id="spec", elem_id="ca-tab-spec"):
                    gr.HTML('<div class="ca-section-note">上传需求说明书或内部制度（.md .txt .docx .pdf .html），对照已索引的法规逐条审查。'
                            '<br><span class="ca-muted">Upload specs or policies; each requirement is checked against the indexed '
                            'regulations, with citations.</span></div>', js_on_load=None)
                    with gr.Row():
                        spec_files = gr.File(label="文件 Documents", file_count="multiple", elem_id="ca-spec-files",
                                             file_types=[".md", ".txt", ".docx", ".pdf", ".html", ".htm"], scale=3)
                        with gr.Column(scale=2):
                            spec_as_of = gr.Textbox(label="基准日 As of (YYYY-MM-DD)", placeholder="留空为今天 · empty = today",
                                                    elem_id="ca-spec-asof")
                            spec_run = gr.Button("审查 Check", variant="primary", elem_id="ca-spec-run")
                    spec_downloads = gr.File(label="报告下载 Reports (md / html / json / junit)", file_count="multiple",
                                             interactive=False, elem_id="ca-spec-downloads")
                    with gr.Row(equal_height=False):
                        with gr.Column(scale=3, min_width=420):
                            spec_out = gr.HTML(render.spec_report_html([]), elem_id="ca-spec-report",
                                               js_on_load=CITATION_CLICK_JS)
                        with gr.Column(scale=2, min_width=340, elem_id="ca-spec-side"):
                            spec_article = gr.HTML(render.article_placeholder_html(), elem_id="ca-spec-article", js_on_load=None)
                spec_run.click(h.check_specs, [spec_files, spec_as_of], [spec_out, spec_downloads])
                spec_out.click(h.open_finding_citation, None, spec_article)
                policy_conflicts_tab(h)

        # events
        ask_inputs = [turns, jurisdiction, laws, kind, as_of]
        ask_outputs = [turns, chatbot, citations, target, selected]
        for trigger_event in (question.submit, send.click):
            trigger_event(h.enqueue, [question, turns], [question, turns, chatbot], queue=False).then(
                h.answer_stream if getattr(assistant, "streams", False) else h.answer, ask_inputs, ask_outputs
            ).then(lambda: render.article_placeholder_html(), None, article, queue=False)
        chatbot.select(h.select_message, [turns], [citations, target, selected], queue=False)
        citations.click(h.open_citation, [turns, selected], article)
        for button, rating in ((up, "up"), (down, "down"), (wrong, "wrong_citation")):
            button.click(_rate(h, rating), [target, comment, turns], [comment, feedback_note])
        clear_outputs = [turns, chatbot, citations, article, target, selected, feedback_note]
        clear.click(h.clear, None, clear_outputs, queue=False)
        chatbot.clear(h.clear, None, clear_outputs, queue=False)  # the chat's own trash icon
        watch_indexing(h, banner, table, doc, laws, header)
        table.select(h.pick_document_row, None, doc)
        doc.change(h.articles, doc, art)
        art.change(h.corpus_article, art, corpus_article)
    return demo


def _icon(rating: str) -> str:
    return str(resources.files("assistant.ui").joinpath("icons", ICONS[rating]))


def policy_conflicts_tab(h: Handlers) -> None:
    """The "Policy conflicts" tab: every internal policy compared with the regulations it implements."""
    with gr.Tab("制度冲突 · Policy conflicts", id="conflicts", elem_id="ca-tab-conflicts"):
        gr.HTML('<div class="ca-section-note">将每部内部制度与其实施的法规逐条比对：期限（年、日、工作日）、数字和义务用语'
                '（应当 / 可以 / 不得）。制度可以比法规更严格，但不能更宽松。<br><span class="ca-muted">Each internal policy '
                'clause is compared with the regulation clauses it cites or that retrieval pairs it with: time limits, '
                'numbers and modality. A policy may be stricter than the law, never laxer.</span></div>', js_on_load=None)
        with gr.Row():
            as_of = gr.Textbox(label="基准日 As of (YYYY-MM-DD)", placeholder="留空为今天 · empty = today", scale=3,
                               elem_id="ca-conflicts-asof")
            run = gr.Button("检查 Check", variant="primary", scale=1, elem_id="ca-conflicts-run")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=420):
                out = gr.HTML(render.policy_conflicts_html(None), elem_id="ca-conflicts", js_on_load=CITATION_CLICK_JS)
            with gr.Column(scale=2, min_width=340, elem_id="ca-conflicts-side"):
                article = gr.HTML(render.article_placeholder_html(), elem_id="ca-conflicts-article", js_on_load=None)
    run.click(h.check_policy_conflicts, [as_of], out)
    out.click(h.open_finding_citation, None, article)


def watch_indexing(h: Handlers, banner, table, doc, laws, header) -> None:
    """While background indexing runs, a timer refreshes the banner (and the lists once the index is new)."""
    if getattr(h.a, "indexing", None) is None:
        return
    seen = gr.State(h.a.generation)
    timer = gr.Timer(INDEXING_POLL_SECONDS, active=True)
    timer.tick(h.indexing_tick, [seen], [banner, seen, table, doc, laws, header, timer], queue=False,
               show_progress="hidden")


def prepare_live_assistant(settings: Settings):
    """The page's assistant at once, the corpus (re)indexed in the background by the installed `Indexer`
    (`plugins.py`): the existing index answers meanwhile; a fresh assistant is swapped in when indexing completes."""
    from .. import plugins
    from ..service import Assistant
    from ..wiring import build_embedder
    from .live import LiveAssistant

    indexer = plugins.indexer()
    if indexer is None:  # no indexing installed: serve the index that exists
        return prepare_assistant(settings, ingest=False)
    embedder = build_embedder(settings)
    live = LiveAssistant(None)

    def load_existing_index() -> None:  # in the background too: the page does not wait for it
        try:
            live.swap(warmed(Assistant.from_settings(settings, embedder=embedder)))
        except IndexNotReady:
            pass  # first start: nothing to serve until the first index is written

    live.indexing = indexer.start(settings, embedder, before=load_existing_index,
                                  on_ready=lambda: live.swap(warmed(Assistant.from_settings(settings, embedder=embedder))))
    print("合规助手: indexing the corpus in the background (first run embeds everything; later runs only what changed).",
          flush=True)
    return live


# launching ---------------------------------------------------------------------------
def build_theme() -> gr.themes.Base:
    # Plain font-family names only: a GoogleFont would make every browser fetch fonts from Google.
    return gr.themes.Default(primary_hue="blue", neutral_hue="slate", radius_size="sm", font=FONTS, font_mono=MONO_FONTS).set(
        button_primary_background_fill="#1d3557",
        button_primary_background_fill_hover="#274a77",
        button_primary_text_color="#ffffff",
        body_background_fill="#f4f6f9",
        block_title_text_weight="600",
    )


def load_css() -> str:
    return resources.files("assistant.ui").joinpath("static.css").read_text(encoding="utf-8")


def warmed(assistant):
    """jieba, the model, the answer path loaded before the page gets it: the first question is as fast as the second."""
    assistant.warm_up()
    return assistant


def prepare_assistant(settings: Settings, ingest: bool = True):
    """The facade for the server; indexes the corpus first (incremental: fast when nothing changed)."""
    from .. import plugins
    from ..service import Assistant
    from ..wiring import build_embedder

    embedder = build_embedder(settings)
    indexer = plugins.indexer() if ingest else None
    if indexer is not None:
        print("合规助手: checking the corpus index (first run indexes everything; later runs only what changed)…", flush=True)
        report = indexer.index(settings, embedder, progress=True)
        print(report.summary(), flush=True)
    try:
        assistant = Assistant.from_settings(settings, embedder=embedder)
    except IndexNotReady as err:
        raise IndexNotReady(f"{err} No documents were found in {', '.join(map(str, settings.corpus_dirs))}.",
                            "Put regulations into a corpus folder (ASSISTANT_CORPUS_DIRS) and start again.") from err
    assistant.warm_up()  # jieba, the model, the answer path: the first question is as fast as the second
    return assistant


def launch(settings: Settings | None = None, assistant=None, block: bool = True, ingest: bool = True) -> gr.Blocks:
    """Start the web UI on settings.ui_host:ui_port. `block=False` returns once the server is up (tests)."""
    settings = settings or get_settings()
    auth = parse_auth(settings.ui_auth)
    refuse_open_without_auth(settings.ui_host, auth, settings.ui_allow_no_auth)
    if assistant is None:
        assistant = prepare_live_assistant(settings) if ingest else prepare_assistant(settings, ingest=False)
    demo = build_app(assistant)
    demo.queue(default_concurrency_limit=settings.ui_concurrency,
               max_size=QUEUE_MAX_PER_WORKER * max(1, settings.ui_concurrency))
    if block:
        print(f"合规助手: serving on http://{settings.ui_host}:{settings.ui_port} (local only; never shared). Ctrl+C stops it.",
              flush=True)
    demo.launch(
        server_name=settings.ui_host,
        server_port=settings.ui_port,
        auth=auth,
        auth_message="合规助手 · Compliance Assistant — 请登录 / please sign in" if auth else None,
        max_file_size=int(settings.max_upload_mb * 1024 * 1024),
        blocked_paths=[str(settings.data_dir.resolve())],  # never serve the index, keys or the audit trail
        theme=build_theme(),
        css=load_css(),
        js=CLOSEST_CLICK_JS,
        footer_links=[],
        share=False,
        inbrowser=False,
        show_error=False,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        enable_monitoring=False,
        prevent_thread_lock=not block,
        quiet=True,  # Gradio's own banner suggests share=True, which a bank must not follow
    )
    _serve_metrics(demo, assistant, settings)
    if block:
        demo.block_thread()
    return demo


def _serve_metrics(demo: gr.Blocks, assistant, settings: Settings) -> None:
    """`GET /metrics` (Prometheus) on the UI's own server. It is not behind ASSISTANT_UI_AUTH: scrapers rarely
    log in, and it holds counts and timings only, no questions; set ASSISTANT_METRICS_ENABLED=false to hide it."""
    if not settings.metrics_enabled:
        return
    from ..ops import metrics

    metrics.track_index(assistant)
    metrics.mount_on_fastapi(demo.app)
