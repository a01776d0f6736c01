"""The Gradio web UI: layout and launching. The event handlers live in `handlers.py`."""

from __future__ import annotations

import logging
from importlib import resources
from importlib.util import find_spec

import gradio as gr

from ..errors import ConfigError, IndexNotReady
from ..settings import Settings, get_settings
from . import compare, render
from .handlers import RATINGS, Handlers, rating_handler

log = logging.getLogger(__name__)

QUEUE_MAX_PER_WORKER = 16  # waiting requests per concurrent worker before new ones are refused
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
            button.click(rating_handler(h, rating), [target, comment, turns], [comment, feedback_note])
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
    from ..wiring import build_assistant
    from ..wiring import build_embedder
    from .live import LiveAssistant

    indexer = plugins.indexer()
    if indexer is None:  # no indexing installed: serve the index that exists
        return prepare_assistant(settings, ingest=False)
    embedder = build_embedder(settings)
    live = LiveAssistant(None)

    def load_existing_index() -> None:  # in the background too: the page does not wait for it
        try:
            live.swap(warmed(build_assistant(settings, embedder=embedder)))
        except IndexNotReady:
            pass  # first start: nothing to serve until the first index is written

    live.indexing = indexer.start(settings, embedder, before=load_existing_index,
                                  on_ready=lambda: live.swap(warmed(build_assistant(settings, embedder=embedder))))
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
    from ..wiring import build_assistant
    from ..wiring import build_embedder

    embedder = build_embedder(settings)
    indexer = plugins.indexer() if ingest else None
    if indexer is not None:
        print("合规助手: checking the corpus index (first run indexes everything; later runs only what changed)…", flush=True)
        report = indexer.index(settings, embedder, progress=True)
        print(report.summary(), flush=True)
    try:
        assistant = build_assistant(settings, embedder=embedder)
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
