"""Every answer status, produced by the real answering flow (offline, or a scripted generator and second model on
127.0.0.1), shown as the web UI, the terminal (`assistant ask`) and Slack show it, in headless chromium.

Screenshots: artifacts/screenshots/status-{web,cli,slack}.png. Only "verified" may be green.
"""

from __future__ import annotations

import html

import pytest
from fake_openai import Reply

from test_ui_browser import SCREENSHOTS, browser  # noqa: F401  (the shared chromium fixture)

pytestmark = pytest.mark.browser

PIPL13 = "个人信息保护法第十三条规定了什么？"
PIPL15 = "个人信息保护法第十五条规定了什么？"
CLAIM = "处理个人信息应当取得个人的同意，或者具备法律规定的其他合法性基础"


def draft(*claims: str):
    return Reply.structured({"answer": "".join(f"{c}[1]。" for c in claims),
                             "claims": [{"text": c, "citations": [1]} for c in claims], "abstain": False})


def verdicts(*kinds: str):
    return Reply.structured({"claims": [{"index": i + 1, "verdict": k, "reason": "第十三条", "quote": "取得个人的同意"}
                                        for i, k in enumerate(kinds)], "conclusion": "supported"})


@pytest.fixture(scope="module")
def answers(small_assistant, tmp_path_factory):
    from fake_openai import FakeOpenAI

    from assistant.wiring import with_settings

    out = {"quoted": small_assistant.ask(PIPL13), "not_covered": small_assistant.ask("董事会开会至少要多少董事出席才有效？")}
    with FakeOpenAI() as server:
        settings = small_assistant.settings.model_copy(update={
            "llm_base_url": server.base_url, "llm_model": "scripted", "llm_timeout": 5.0, "llm_max_retries": 0,
            "data_dir": tmp_path_factory.mktemp("status-data")})
        llm = with_settings(small_assistant, settings)
        scripts = {
            "verified": (draft(CLAIM), verdicts("supported")),
            "partially_verified": (draft(CLAIM, "个人信息可以永久保存"), verdicts("supported", "not_supported")),
            "unverified": (draft(CLAIM), Reply.malformed()),
            # the second model approves a claim that inverts the clause: the deterministic checks still catch it
            "contradicted": (draft("基于个人同意处理个人信息的，个人无权撤回其同意"),
                             Reply.structured({"claims": [{"index": 1, "verdict": "supported", "quote": "个人有权撤回其同意"}],
                                               "conclusion": "supported"})),
        }
        for status, replies in scripts.items():
            server.script(*replies)
            out[status] = llm.ask(PIPL15 if status == "contradicted" else PIPL13)
    return out


def test_each_status_comes_from_the_real_flow(answers):
    assert {s: a.status for s, a in answers.items()} == {s: s for s in answers}
    assert answers["quoted"].verifiers == ["grounding"]  # offline: the header names only what ran
    assert answers["verified"].verifiers == ["grounding", "llm"]
    assert "✕" in answers["contradicted"].text


def _page(browser, body: str, name: str):  # noqa: F811
    from importlib import resources

    css = resources.files("assistant").joinpath("ui/static.css").read_text(encoding="utf-8")
    page = browser.new_page(viewport={"width": 1100, "height": 900}, locale="zh-CN")
    page.set_content(f"<html><head><meta charset='utf-8'><style>{css}</style></head>"
                     f"<body><div class='gradio-container'>{body}</div></body></html>")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"status-{name}.png"), full_page=True)
    return page


def test_web_badges(browser, answers):  # noqa: F811
    from assistant.ui.render import answer_message_html

    body = "".join(f"<h4>{s}</h4>{answer_message_html(a)}" for s, a in answers.items())
    page = _page(browser, body, "web")
    colours = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.ca-badge')].map(
        b => [b.getAttribute('data-status'), getComputedStyle(b).backgroundColor]))""")
    assert set(colours) == set(answers)
    assert len(set(colours.values())) == len(answers)  # six statuses, six colours
    green = [s for s, c in colours.items() if _greenish(c)]
    assert green == ["verified"]
    assert "仅确定性核查" in page.inner_text("body")  # the offline header says only grounding ran
    page.close()


def _greenish(rgb: str) -> bool:
    r, g, b = (int(x) for x in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3])
    return g > r + 10 and g > b


def test_terminal_and_slack_say_the_same(browser, answers):  # noqa: F811
    from assistant.messages import status_label
    from assistant.render import answer_to_terminal
    from assistant.slack.blocks import answer_blocks

    cli = "".join(f"<pre style='border:1px solid #ccc;padding:6px;white-space:pre-wrap'>{html.escape(answer_to_terminal(a))}</pre>"
                  for a in answers.values())
    page = _page(browser, cli, "cli")
    text = page.inner_text("body")
    for status, a in answers.items():
        assert f"[{status_label(status, a.language)}]" in text
    page.close()

    slack = ""
    for a in answers.values():
        blocks = answer_blocks(a)
        texts = []
        for b in blocks:  # block kit, read as Slack shows it: sections and context lines, buttons by their label
            if isinstance(b.get("text"), dict):
                texts.append(b["text"]["text"])
            for e in b.get("elements", []):
                label = e.get("text") if isinstance(e, dict) else None
                texts.append(f"[{label['text']}]" if isinstance(label, dict) else str(label or ""))
        slack += "<div style='border-left:4px solid #ccc;margin:8px;padding:6px'>" + "<br>".join(
            html.escape(t) for t in texts[:8] if t) + "</div>"
    page = _page(browser, slack, "slack")
    text = page.inner_text("body")
    for status, a in answers.items():
        assert status_label(status, a.language) in text
    page.close()


def test_web_wording_hint(browser, small_assistant):  # noqa: F811
    """A question in words no law uses: its answer says so under the badge, as a note, not as a status."""
    from assistant.ui.render import answer_message_html

    answer = small_assistant.ask("有人在微信群里兜售刷脸数据，银行要担责吗？")
    assert answer.wording_hint and answer.status != "not_covered"
    page = _page(browser, answer_message_html(answer), "wording")
    note = page.locator(".ca-notice--wording")
    assert note.is_visible() and answer.wording_hint in note.inner_text()
    box, badge = note.bounding_box(), page.locator(".ca-badge").bounding_box()
    assert badge["y"] < box["y"] < page.locator(".ca-answer__body").bounding_box()["y"]
    assert not _greenish(note.evaluate("n => getComputedStyle(n).backgroundColor"))
    page.close()
