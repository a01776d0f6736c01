"""In headless chromium: with a slow scripted model (50 tokens/s) the draft's first words appear while the
model is still writing, without a badge; the badge appears only after verification. Also the corpus tab's
"compare versions" panel. Screenshots go to artifacts/screenshots/ (looked at when these tests change).
"""

from __future__ import annotations

import json
import time

import pytest
from test_streaming import LONG_CLAIM, QUESTION, answer_reply, verdicts
from test_ui_browser import SCREENSHOTS, Page, _launch, browser  # noqa: F401  (browser is a fixture)

from assistant.wiring import with_settings

pytestmark = pytest.mark.browser

TOKEN_DELAY = 0.02  # 50 tokens/s
SECOND = "个人信息处理者为履行法定职责或者法定义务所必需，方可处理个人信息"

# Records (Date.now()) when the first streamed words and the first badge of the newest answer appear.
WATCH_JS = """
() => {
  window.caSeen = {draft: null, draftHasBadge: false, badge: null};
  const chat = document.querySelector('#ca-chat');
  new MutationObserver(() => {
    const draft = chat.querySelector('.ca-draft .ca-draft__body');
    if (draft && !window.caSeen.draft && draft.textContent.replace('▍', '').trim()) {
      window.caSeen.draft = Date.now();
      window.caSeen.draftHasBadge = !!chat.querySelector('.ca-draft .ca-badge');
    }
    if (!window.caSeen.badge && chat.querySelector('.ca-answer .ca-badge')) window.caSeen.badge = Date.now();
  }).observe(chat, {childList: true, subtree: true, characterData: true});
}
"""


@pytest.fixture(scope="module")
def streaming_app(browser, small_settings, small_assistant):  # noqa: F811
    from fake_openai import FakeOpenAI

    with FakeOpenAI() as fake:
        settings = small_settings.model_copy(update={"llm_base_url": fake.base_url, "llm_model": "scripted",
                                                     "llm_timeout": 30.0, "llm_max_retries": 0})
        llm = with_settings(small_assistant, settings)
        demo, url = _launch(settings, llm)
        yield url, fake
        demo.close()


def test_first_words_stream_before_the_badge(browser, streaming_app):  # noqa: F811
    url, fake = streaming_app
    reply = answer_reply(text=LONG_CLAIM, token_delay=TOKEN_DELAY, extra=f"{SECOND}[1]。")
    fake.script(reply, verdicts("supported", "supported"))
    tokens = len(json.dumps(reply.data, ensure_ascii=False)) / 2
    ui = Page(browser, url)
    assert "scripted" in ui.page.inner_text("#ca-header")
    ui.page.evaluate(WATCH_JS)
    ui.page.locator("#ca-question textarea").fill(QUESTION)
    ui.page.click("#ca-send")
    ui.page.wait_for_selector("#ca-chat .ca-draft", timeout=180_000)
    ui.shot("10-streaming-draft")
    ui.page.wait_for_selector("#ca-chat .ca-answer .ca-badge", timeout=180_000)
    ui.shot("11-streamed-answer-verified")
    seen = ui.page.evaluate("window.caSeen")

    asked = [r for r in fake.log if isinstance(r.body, dict) and r.body.get("stream")][-1].time  # retrieval done
    stream_seconds = tokens * TOKEN_DELAY
    first_words = seen["draft"] / 1000 - asked
    print(f"\nfirst words in the browser {first_words:.3f} s after the model was asked "
          f"(stream of ~{tokens:.0f} tokens: {stream_seconds:.1f} s); badge {seen['badge'] / 1000 - asked:.3f} s")
    assert seen["draft"] and seen["badge"] and seen["draft"] < seen["badge"]
    assert not seen["draftHasBadge"]  # a draft never wears a badge
    assert first_words < stream_seconds / 2  # words appeared while the model was still writing
    answer = ui.page.locator("#ca-chat .ca-answer").last
    assert "verified" in answer.locator(".ca-badge").get_attribute("class")
    assert LONG_CLAIM in answer.inner_text() and ui.page.locator("#ca-chat .ca-draft").count() == 0
    assert ui.external == []
    ui.close()


def test_a_rejected_claim_replaces_the_draft_with_a_flagged_answer(browser, streaming_app):  # noqa: F811
    url, fake = streaming_app
    fake.script(answer_reply(text=LONG_CLAIM, token_delay=TOKEN_DELAY, extra="个人信息可以永久保存[1]。"),
                verdicts("supported", "contradicted"))
    ui = Page(browser, url)
    answer = ui.ask(QUESTION)
    assert "contradicted" in answer.locator(".ca-badge").get_attribute("class")
    assert answer.locator(".ca-flag--contradicted").count() == 1
    assert ui.page.locator("#ca-chat .ca-draft").count() == 0
    ui.shot("12-streamed-answer-flagged")
    ui.close()


def test_compare_versions_panel_in_the_corpus_tab(browser, streaming_app):  # noqa: F811
    url, _fake = streaming_app
    ui = Page(browser, url)
    ui.page.get_by_role("tab", name="法规库 · Corpus").click()
    ui.page.get_by_text("比较版本 · Compare versions").click()
    ui.page.locator("#ca-compare-pair input").click()
    ui.page.get_by_role("option", name="反洗钱法 2006-10-31 → 2024-11-08").click()
    ui.page.wait_for_selector("#ca-compare-out .ca-diff ins", timeout=60_000)
    text = ui.page.inner_text("#ca-compare-out")
    assert "第十六条 → 第二十八条" in text and "第三条 → 第六条" in text
    ui.page.locator("#ca-compare").scroll_into_view_if_needed()
    time.sleep(0.3)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    ui.page.locator("#ca-compare").screenshot(path=str(SCREENSHOTS / "13-compare-versions.png"))
    ui.close()
