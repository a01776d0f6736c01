"""The real web UI in headless Debian chromium: chat (Chinese + English), badge, citations, highlighted
article, feedback into the audit trail, friendly errors, corpus browser, and no request leaving 127.0.0.1.

Needs /usr/bin/chromium (`apt-get install -y chromium`; never `playwright install`). Screenshots go to
artifacts/screenshots/.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--no-first-run",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
ANSWER_TIMEOUT_MS = 180_000  # two shared cores: embedding the query can be slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("headless chromium not installed at /usr/bin/chromium (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _launch(settings, assistant, **overrides):
    from assistant.ui.server import launch

    port = _free_port()
    settings = settings.model_copy(update={"ui_host": "127.0.0.1", "ui_port": port, **overrides})
    demo = launch(settings, assistant=assistant, block=False)
    return demo, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def app(browser, small_settings, small_assistant):
    demo, url = _launch(small_settings, small_assistant)
    yield url
    demo.close()


def _badge(answer) -> str:
    """The badge's status modifier (the chat's sanitizer keeps classes but drops data-* attributes)."""
    classes = answer.locator(".ca-badge").get_attribute("class").split()
    return next(c.split("--", 1)[1] for c in classes if c.startswith("ca-badge--"))


class Page:
    """A page that remembers every request aimed anywhere but the app itself."""

    def __init__(self, browser, url: str):
        self.url = url
        self.external: list[str] = []
        self.page = browser.new_page(viewport={"width": 1440, "height": 1000}, locale="zh-CN")
        self.page.on("request", self._track)
        self.page.goto(url)
        self.page.wait_for_selector("#ca-question textarea")

    def _track(self, request):
        if not request.url.startswith((self.url, "data:", "blob:", "about:")):
            self.external.append(request.url)

    def ask(self, question: str, press_enter: bool = False):
        before = self.page.locator("#ca-chat .ca-answer, #ca-chat .ca-error").count()
        box = self.page.locator("#ca-question textarea")
        box.fill(question)
        if press_enter:
            box.press("Enter")
        else:
            self.page.click("#ca-send")
        self.page.wait_for_function(
            f"document.querySelectorAll('#ca-chat .ca-answer, #ca-chat .ca-error').length > {before}",
            timeout=ANSWER_TIMEOUT_MS)
        return self.page.locator("#ca-chat .ca-answer, #ca-chat .ca-error").last

    def shot(self, name: str):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    def close(self):
        self.page.close()


def test_chat_in_chinese_and_english_with_citations_highlight_and_feedback(browser, app, small_settings):
    ui = Page(browser, app)
    header = ui.page.inner_text("#ca-header")
    assert "合规助手" in header and "Compliance Assistant" in header
    assert "offline mode (no generative model configured)" in header
    assert "extractive" in header and "grounding" in header

    # Chinese: an exact clause lookup is quoted in full and verified
    answer = ui.ask("个人信息保护法第十三条规定了什么？")
    text = answer.inner_text()
    assert "第十三条" in text and "取得个人的同意" in text
    assert _badge(answer) == "quoted"  # offline: exact quotes, no second model: never the green badge
    assert answer.locator(".ca-marker").count() >= 1
    assert "Traceback" not in ui.page.content()

    answer.locator("details.ca-claims summary").click()
    assert answer.locator(".ca-claim").first.is_visible()

    cards = ui.page.locator("#ca-citations .ca-cite")
    assert cards.count() >= 1
    card = cards.first
    card_text = card.inner_text()
    for field in ("[1]", "《个人信息保护法》第十三条", "中华人民共和国个人信息保护法", "2021-08-20", "2021-11-01", "现行有效"):
        assert field in card_text
    ui.shot("01-chinese-answer")

    card.click()
    ui.page.wait_for_selector("#ca-article mark.ca-quote")
    article = ui.page.locator("#ca-article")
    assert "《个人信息保护法》第十三条" in article.locator(".ca-article__title").inner_text()
    marked = article.locator("mark.ca-quote").inner_text()
    assert "取得个人的同意" in marked
    ui.shot("02-chinese-article-highlight")

    # English follow-up in the same conversation
    answer = ui.ask("What does GDPR Article 6 require?", press_enter=True)
    text = answer.inner_text()
    assert "lawful" in text.lower()
    assert _badge(answer) in ("quoted", "partial")
    assert ui.page.locator("#ca-chat .ca-answer").count() == 2
    panel = ui.page.locator("#ca-citations")
    assert "Citations" in panel.inner_text() and "GDPR Article 6" in panel.inner_text()
    panel.locator(".ca-cite").first.click()
    ui.page.wait_for_function(
        "document.querySelector('#ca-article .ca-article__title')?.innerText.includes('GDPR Article 6')")
    marked = ui.page.locator("#ca-article mark.ca-quote").first.inner_text()
    assert "lawful" in marked.lower()
    ui.shot("03-english-answer-article")

    # Feedback on the latest answer lands in the audit trail with the comment
    ui.page.fill("#ca-fb-comment textarea", "UI test: citation checked")
    ui.page.click("#ca-fb-wrong")
    ui.page.wait_for_selector("#ca-fb-note .ca-feedback-note")
    assert "Feedback recorded for answer #2" in ui.page.inner_text("#ca-fb-note")
    from assistant.audit import AuditLog

    records = [r for r in AuditLog(small_settings.audit_path).iter_records() if r.get("kind") == "feedback"]
    assert any(r["rating"] == "wrong_citation" and r["comment"] == "UI test: citation checked" for r in records)
    ui.shot("04-feedback")

    # Only the app's own assets are served: not the audit trail, not the index
    for private in (small_settings.audit_path, small_settings.data_dir / "redaction.key"):
        assert private.exists()
        response = ui.page.request.get(f"{app}/gradio_api/file={private.resolve()}")
        assert response.status in (403, 404), (private, response.status)

    assert ui.external == [], f"the page contacted outside hosts: {ui.external}"
    ui.close()


def test_errors_are_friendly_messages_not_tracebacks(browser, app):
    ui = Page(browser, app)
    reply = ui.ask("   ")
    assert "empty" in reply.inner_text().lower()
    assert "ca-error" in (reply.get_attribute("class") or "")

    ui.page.click("#ca-filters button, #ca-filters .label-wrap")
    ui.page.fill("#ca-f-asof input, #ca-f-asof textarea", "2024-13-45")
    reply = ui.ask("反洗钱法对客户身份识别有什么要求？")
    assert "YYYY-MM-DD" in reply.inner_text()
    assert "Traceback" not in ui.page.content()
    ui.shot("05-errors")
    assert ui.external == []
    ui.close()


def test_corpus_browser_opens_an_article(browser, app):
    ui = Page(browser, app)
    ui.page.get_by_role("tab", name="法规库 · Corpus").click()
    table = ui.page.locator("#ca-docs")
    table.wait_for()
    assert "个人信息保护法" in table.inner_text() and "GDPR" in table.inner_text()
    ui.page.locator("#ca-docs").get_by_text("中华人民共和国个人信息保护法", exact=True).first.click()
    ui.page.wait_for_selector("#ca-corpus-article .ca-article__title")
    title = ui.page.inner_text("#ca-corpus-article .ca-article__title")
    assert "个人信息保护法" in title
    ui.shot("06-corpus-browser")
    assert ui.external == []
    ui.close()


def test_login_required_when_auth_is_configured(browser, small_settings, small_assistant):
    demo, url = _launch(small_settings, small_assistant, ui_auth="analyst:correct-horse")
    try:
        page = browser.new_page()
        page.goto(url)
        page.wait_for_selector("input[type=password]")
        assert page.locator("#ca-question").count() == 0
        page.locator("input[type=text]").first.fill("analyst")
        page.locator("input[type=password]").fill("correct-horse")
        page.locator("button[type=submit], button:has-text('Login')").first.click()
        page.wait_for_selector("#ca-question textarea")
        page.close()
    finally:
        demo.close()


def test_spec_review_upload(browser, app):
    from assistant.ui.server import spec_available

    if not spec_available():
        pytest.skip("assistant.spec is not part of this build")
    spec = Path(__file__).resolve().parents[1] / "examples" / "credit-approval-model-spec.md"
    ui = Page(browser, app)
    ui.page.get_by_role("tab", name="制度审查 · Spec review").click()
    ui.page.set_input_files("#ca-spec-files input[type=file]", str(spec))
    ui.page.wait_for_selector("#ca-spec-files :text('credit-approval-model-spec.md')")
    ui.page.click("#ca-spec-run")
    ui.page.wait_for_selector("#ca-spec-report .ca-spec", timeout=ANSWER_TIMEOUT_MS)
    report = ui.page.locator("#ca-spec-report")
    assert "credit-approval-model-spec.md" in report.inner_text()
    assert report.locator(".ca-finding--high").count() >= 1
    cite = report.locator(".ca-finding--high .ca-cite").first
    cite_title = cite.locator(".ca-cite__title").inner_text()
    cite.click()  # a finding's citation opens the full article beside the report
    ui.page.wait_for_function(
        f"document.querySelector('#ca-spec-article .ca-article__title')?.innerText === {json.dumps(cite_title)}")
    assert "Traceback" not in ui.page.content()
    junit = ui.page.locator("#ca-spec-downloads td[aria-label='spec-report.junit.xml'] ~ td a")
    junit.wait_for()
    assert "<testsuites" in ui.page.request.get(junit.get_attribute("href")).text()
    ui.shot("07-spec-review")
    assert ui.external == []
    ui.close()
