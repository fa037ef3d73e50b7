"""The app in a real browser (Debian's Chromium, headless): what a person and a reviewer do.

Screenshots of each main screen go to artifacts/screenshots/ for a human to look at.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT
from assistant.review_log import ReviewLog
from tests.conftest import REVIEWER

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = PROJECT_ROOT / "artifacts" / "screenshots"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (make test installs it)"
)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def ask(page, question: str) -> None:
    page.fill("#kg-input textarea", question)
    page.click("#kg-send")


def open_chat(browser, url: str, **options):
    page = browser.new_page(**({"viewport": {"width": 1280, "height": 1000}} | options))
    page.goto(f"{url}/")
    page.wait_for_selector("#kg-input textarea")
    return page


def test_a_person_asks_opens_a_source_and_gives_feedback(browser, served) -> None:
    url, log_path = served
    page = open_chat(browser, url)
    assert "Need help now?" in page.inner_text("#kg-help-now")
    ask(page, "What are the withdrawal symptoms of Klonopin?")
    page.wait_for_selector("#kg-chat .kg-answer-sources", timeout=60000)
    assert "not medical advice" in page.inner_text("#kg-chat")
    # A marker opens its card (inside the answer's collapsed "Sources (n)"), marks it, and leads back.
    marker = page.locator("#kg-chat a.kg-ref").first
    assert "source 1" in marker.inner_text().lower(), "a screen reader hears which source, not 'link [1]'"
    marker.click()
    card = page.locator("#kg-chat .kg-source:target")
    card.wait_for(timeout=10000)
    assert card.is_visible()
    from app import kind_badge
    from ingest.documents import SOURCE_KINDS

    assert card.locator(".kg-kind").inner_text().strip() in {kind_badge(label) for label in SOURCE_KINDS.values()}
    assert "Unknown publisher" not in card.inner_text()
    card.locator("summary").click()
    assert card.locator("details p mark").is_visible()
    shot(page, "public-answer")
    card.locator("a.kg-back").click()
    page.locator("#kg-chat a.kg-ref:target").wait_for(timeout=10000)

    like = page.get_by_role("button", name="Like").last
    like.click()
    thanks = page.locator("#kg-chat .kg-thanks")
    thanks.wait_for(timeout=10000)
    assert "Thanks for the feedback" in thanks.inner_text()
    near, pressed = thanks.bounding_box(), like.bounding_box()
    assert near and pressed and abs(near["y"] - pressed["y"]) < 40, "acknowledged beside the thumb pressed"
    page.click("#kg-report")
    page.get_by_label("Unsupported claim").check()
    page.fill("#kg-report-note textarea", "the second sentence goes beyond the quote")
    page.click("#kg-report-send")
    page.wait_for_function("document.querySelector('#kg-report-status').innerText.includes('Thank you')")
    [exchange] = ReviewLog(log_path).exchanges()
    assert set(exchange["feedback"].split(",")) == {"thumbs_up", "unsupported_claim"}
    page.close()


def test_markers_in_an_earlier_answer_still_open_their_own_sources(browser, served) -> None:
    url, _ = served
    page = open_chat(browser, url)
    ask(page, "What happens in medical detox?")
    page.wait_for_selector("#kg-chat .kg-answer-sources", timeout=60000)
    ask(page, "How can a family help someone addicted to Klonopin?")
    page.wait_for_function("document.querySelectorAll('#kg-chat .kg-answer-sources').length >= 2", timeout=60000)
    first_answer = page.locator("#kg-chat .message-row.bot-row").first
    first_answer.locator("a.kg-ref").first.click()
    target = first_answer.locator(".kg-source:target")
    target.wait_for(timeout=10000)
    assert target.is_visible(), "the card the marker names, in the answer the marker is in"
    page.close()


def test_an_example_is_sent_when_tapped_and_the_examples_then_go(browser, served) -> None:
    url, _ = served
    page = open_chat(browser, url)
    example = page.get_by_role("button", name="What happens in medical detox?")
    example.click()
    page.wait_for_selector("#kg-chat .kg-answer-sources", timeout=60000)
    assert "detox" in page.locator("#kg-chat .message-row.user-row").first.inner_text().lower()
    page.locator("#kg-examples").wait_for(state="hidden", timeout=10000)
    page.close()


def test_a_crisis_message_shows_help_first(browser, served) -> None:
    url, _ = served
    page = open_chat(browser, url)
    ask(page, "I took all my klonopin with vodka and I can't stay awake")
    page.wait_for_selector("#kg-alert .kg-crisis", timeout=60000)
    assert "911" in page.inner_text("#kg-alert .kg-crisis")
    assert "Poison Help" in page.inner_text("#kg-chat")
    # Every help line can be tapped: in the banner, in the reply itself and in the red alert.
    for where in ("#kg-help-now", "#kg-chat", "#kg-alert .kg-crisis"):
        page.locator(f"{where} a[href='tel:911']").last.wait_for(timeout=10000)
        assert page.locator(f"{where} a[href='tel:18002221222']").count() >= 1, where
    assert page.locator("#kg-chat a[href='tel:911']").last.inner_text().strip() == "Call 911"
    box = page.locator("#kg-alert .kg-crisis a[href='tel:911']").bounding_box()
    assert box is not None and box["height"] >= 44, "a tap target a thumb can hit"
    shot(page, "public-crisis")
    page.close()


def test_clear_leaves_no_crisis_alert_behind(browser, served) -> None:
    url, _ = served
    page = open_chat(browser, url)
    ask(page, "my friend took a whole bottle of klonopin and won't wake up")
    page.wait_for_selector("#kg-alert .kg-crisis", timeout=60000)
    page.locator("#kg-chat").get_by_role("button", name="Clear").click()
    page.wait_for_function("!document.querySelector('#kg-alert .kg-crisis')", timeout=10000)
    page.locator("#kg-examples").wait_for(state="visible", timeout=10000)  # the examples return
    page.close()


def test_user_html_never_runs(browser, served) -> None:
    url, _ = served
    page = open_chat(browser, url)
    ask(page, '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> what is klonopin?')
    page.wait_for_function("document.querySelectorAll('#kg-chat .message').length >= 2", timeout=60000)
    page.wait_for_timeout(500)
    assert page.evaluate("window.__pwned") is None
    page.close()


PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


def test_phone_width_keeps_the_input_help_and_newest_answer_in_view(browser, served) -> None:
    url, _ = served
    page = open_chat(browser, url, **PHONE)
    assert page.locator("#kg-help-now").is_visible() and page.locator("#kg-send").is_visible()
    box = page.locator("#kg-input textarea").bounding_box()
    assert box is not None and box["y"] + box["height"] <= 844, f"the input starts below the fold ({box})"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, f"page scrolls sideways at phone width ({width}px)"
    shot(page, "public-phone")
    ask(page, "What are the withdrawal symptoms of Klonopin?")
    page.wait_for_selector("#kg-chat .kg-answer-sources", timeout=60000)
    newest = page.locator("#kg-chat .message-row.bot-row").last
    page.wait_for_function(
        "(() => { const r = [...document.querySelectorAll('#kg-chat .message-row.bot-row')].pop()"
        ".getBoundingClientRect(); return r.top > -10 && r.top < 200; })()",
        timeout=10000,
    )
    assert newest.is_visible()
    box = page.locator("#kg-input textarea").bounding_box()
    assert box is not None and box["y"] + box["height"] <= 844, "the input stays in reach after an answer"
    shot(page, "public-phone-answer")
    page.close()


def test_on_a_phone_the_crisis_alert_is_above_the_chat(browser, served) -> None:
    url, _ = served
    page = open_chat(browser, url, **PHONE)
    ask(page, "I took all my klonopin with vodka and I can't stay awake")
    page.wait_for_selector("#kg-alert .kg-crisis", timeout=60000)
    alert = page.locator("#kg-alert").bounding_box()
    chat = page.locator("#kg-chat").bounding_box()
    assert alert is not None and chat is not None and alert["y"] < chat["y"]
    page.close()


def test_the_chat_names_its_controls_and_announces_replies(browser, served) -> None:
    url, _ = served
    page = open_chat(browser, url)
    assert page.get_by_role("textbox", name="Your question").count() == 1
    unnamed = page.evaluate(
        "[...document.querySelectorAll('#kg-chat button, #kg-ask-row button')]"
        ".filter(b => !(b.getAttribute('aria-label') || b.innerText.trim() || b.title)).length"
    )
    assert unnamed == 0, "every button has a name a screen reader can say"
    assert page.get_attribute("#kg-status", "aria-live") == "polite"
    ask(page, "What happens in medical detox?")
    page.wait_for_function(
        "document.querySelector('#kg-status').innerText.includes('sources listed under it')", timeout=60000
    )
    page.close()


def serious_accessibility_violations(page) -> list[str]:
    """axe-core (shipped in the axe-playwright-python wheel) run on the page as it is now: the
    WCAG 2.2 A/AA rules and best practices, keeping violations rated serious or critical."""
    import axe_playwright_python

    page.add_script_tag(content=(Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text())
    return page.evaluate(
        """async () => {
          const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
          const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
          return result.violations.filter(v => ['serious', 'critical'].includes(v.impact))
            .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
        }"""
    )


def test_axe_finds_no_serious_violations_on_the_chat_or_the_reviewer_view(browser, served) -> None:
    url, _ = served
    found = {}
    for width, height in ((1280, 900), (390, 844)):
        page = open_chat(browser, url, viewport={"width": width, "height": height}, is_mobile=width < 500)
        found[f"chat {width}px, empty"] = serious_accessibility_violations(page)
        ask(page, "What happens in medical detox?")
        page.wait_for_selector("#kg-chat .kg-answer-sources", timeout=60000)
        page.locator("#kg-chat .kg-answer-sources > summary").last.click()
        found[f"chat {width}px, an answer with its sources open"] = serious_accessibility_violations(page)
        ask(page, "I took all my klonopin with vodka and I can't stay awake")
        page.wait_for_selector("#kg-alert .kg-crisis", timeout=60000)
        found[f"chat {width}px, a crisis reply"] = serious_accessibility_violations(page)
        page.close()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{url}/review/")
    page.wait_for_selector("input[type=password]")
    found["reviewer sign-in"] = serious_accessibility_violations(page)
    page.locator("input").first.fill(REVIEWER[0])
    page.fill("input[type=password]", REVIEWER[1])
    page.get_by_role("button", name="Login").click()
    page.wait_for_selector("#kg-q-card .kg-q-card", timeout=30000)
    found["reviewer queue"] = serious_accessibility_violations(page)
    page.get_by_role("tab", name="Exchanges").click()
    page.wait_for_selector("#kg-find", timeout=30000)
    found["reviewer exchanges"] = serious_accessibility_violations(page)
    page.close()
    assert not any(found.values()), found


def test_reviewer_logs_in_and_marks_a_citation(browser, served) -> None:
    url, log_path = served
    page = open_chat(browser, url)
    ask(page, "Why do doctors taper Klonopin instead of stopping suddenly?")
    page.wait_for_selector("#kg-chat .kg-answer-sources", timeout=60000)
    ask(page, "is klonopin safe to take while breastfeeding?")  # a topic no reviewed document covers
    page.wait_for_function("document.querySelector('#kg-chat').innerText.includes(\"don't cover\")", timeout=60000)

    page.goto(f"{url}/review/")
    page.wait_for_selector("input[type=password]")
    shot(page, "review-login")
    page.locator("input").first.fill(REVIEWER[0])
    page.fill("input[type=password]", "not-the-password")
    page.get_by_role("button", name="Login").click()
    page.wait_for_selector("text=Incorrect Credentials")
    page.locator("input").first.fill(REVIEWER[0])
    page.fill("input[type=password]", REVIEWER[1])
    page.get_by_role("button", name="Login").click()
    page.wait_for_selector("#kg-q-card .kg-q-card", timeout=30000)  # the workspace opens on its queue
    page.get_by_role("tab", name="Exchanges").click()
    page.wait_for_selector("#kg-find", timeout=30000)

    exchange = next(e for e in ReviewLog(log_path).exchanges() if e["kind"] == "answer")
    page.click("#kg-find")
    page.locator("#kg-exchanges [role=gridcell]", has_text=exchange["id"]).first.click()
    page.wait_for_function(
        "document.querySelector('#kg-exchange-id textarea, #kg-exchange-id input').value.length > 10"
    )
    page.click("#kg-open")
    first_citation = ReviewLog(log_path).citations(exchange["id"])[0]
    page.locator("#kg-citations [role=gridcell]", has_text=str(first_citation["chunk_id"])).first.wait_for()
    page.locator("#kg-citations [data-testid=cell-0-0]").click()
    page.click("#kg-show")
    page.wait_for_selector("#kg-context mark", timeout=60000)  # a loaded machine can take over 30 s
    page.locator("#kg-verdict").get_by_label("partly").check()
    page.fill("#kg-verdict-note textarea", "claim is broader than the quote")
    page.click("#kg-save")
    page.wait_for_function("document.querySelector('#kg-verdict-status').innerText.includes('Saved')")
    shot(page, "review-verdict")

    with sqlite3.connect(log_path) as db:
        verdicts = db.execute("SELECT reviewer, verdict, note FROM verdicts").fetchall()
    assert verdicts == [(REVIEWER[0], "partly", "claim is broader than the quote")]

    page.get_by_role("tab", name="Verdicts export").click()
    with page.expect_download() as download:
        page.click("#kg-export-csv")
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert "claim is broader than the quote" in exported and download.value.suggested_filename == "verdicts.csv"

    page.get_by_role("tab", name="Gaps").click()
    page.click("#kg-gaps-find")
    page.wait_for_function("document.querySelector('#kg-gaps-status').innerText.includes('groups')", timeout=60000)
    gaps = page.inner_text("#kg-gaps")
    assert "breastfeeding" in gaps and "instead of stopping suddenly" not in gaps, "the answered question is no gap"
    shot(page, "review-gaps")
    page.close()


def log_in(page, url: str):
    page.goto(f"{url}/review/")
    page.wait_for_selector("input[type=password]")
    page.locator("input").first.fill(REVIEWER[0])
    page.fill("input[type=password]", REVIEWER[1])
    page.get_by_role("button", name="Login").click()


def test_a_reviewer_judges_five_citations_with_the_keyboard_alone(browser, served, assistant) -> None:
    url, log_path = served
    log = ReviewLog(log_path)
    # Real answers, logged as the app logs them: one conversation of five turns, the last reported.
    questions = [
        "What happens in medical detox?",
        "How can a family help someone addicted to Klonopin?",
        "Why do doctors taper Klonopin instead of stopping suddenly?",
        "What is Klonopin?",
        "What are the withdrawal symptoms of Klonopin?",
    ]
    ids = [log.record(q, i, assistant.ask(q), session="one-tab") for i, q in enumerate(questions)]
    log.add_feedback(ids[-1], "wrong_citation", "the second source is about something else")
    total = sum(len(log.citations(i)) for i in ids)
    assert total >= 6, "five to judge by keyboard, one more by mouse"

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    log_in(page, url)
    page.wait_for_selector("#kg-q-card .kg-q-card", timeout=30000)
    card = page.inner_text("#kg-q-card")
    # Flagged first, with what the person said and the turns before it.
    assert "the second source is about something else" in card and "flagged" in card
    assert "Earlier in this conversation (4)" in card
    assert page.locator("#kg-q-card mark").count() >= 1, "the quote is highlighted in its passage"
    assert f"0 of {total} citations reviewed" in page.inner_text("#kg-q-progress")
    shot(page, "review-queue")
    keys = ["1", "2", "3", "1", "1"]
    for done, key in enumerate(keys, start=1):
        page.keyboard.press(key)
        if done == 3:
            page.keyboard.press("n")
            page.keyboard.type("the claim says more than the quote")
        page.keyboard.press("Enter")
        page.wait_for_function(
            f"document.querySelector('#kg-q-progress').innerText.includes('{done} of {total} citations reviewed')",
            timeout=15000,
        )
        # The form is ready for the next one: no verdict chosen, no note left over.
        assert page.evaluate("[...document.querySelectorAll('#kg-q-verdict input')].every(i => !i.checked)")
        assert page.input_value("#kg-q-note textarea, #kg-q-note input") == ""
    with sqlite3.connect(log_path) as db:
        saved = db.execute("SELECT verdict, note FROM verdicts ORDER BY id").fetchall()
    assert [v for v, _ in saved] == ["supports", "partly", "does_not_support", "supports", "supports"]
    assert saved[2][1] == "the claim says more than the quote"
    assert len({c for (c,) in sqlite3.connect(log_path).execute("SELECT citation_id FROM verdicts")}) == 5

    # By mouse: one verdict is two clicks (the verdict, then Save), an export is one.
    clicks = 0
    page.get_by_label("2 · Partly").check()
    clicks += 1
    page.click("#kg-q-save")
    clicks += 1
    page.wait_for_function(
        f"document.querySelector('#kg-q-progress').innerText.includes('6 of {total} citations reviewed')",
        timeout=15000,
    )
    assert clicks == 2
    with page.expect_download() as download:
        page.click("#kg-q-export")
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert "the claim says more than the quote" in exported and exported.count("\n") >= 7

    # The exchange view has the same context: the person's report and the questions before it.
    page.get_by_role("tab", name="Exchanges").click()
    page.fill("#kg-exchange-id textarea, #kg-exchange-id input", ids[-1])
    page.click("#kg-open")
    page.wait_for_function("document.querySelector('#kg-detail').innerText.includes('What the person said')")
    detail = page.inner_text("#kg-detail")
    assert "the second source is about something else" in detail and questions[0] in detail
    page.close()


HOSTILE = (
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> '
    "[click me](javascript:window.__pwned=3) ![tracker](http://evil.example/t.png) "
    "<a href=javascript:window.__pwned=4>link</a> see https://evil.example/page $$x^2$$ \u202egnp.exe "
    "what are klonopin withdrawal symptoms?"
)


def test_hostile_markup_is_inert_for_the_public_and_for_reviewers(browser, served) -> None:
    url, log_path = served
    fetched: list[str] = []
    page = open_chat(browser, url)
    page.on("request", lambda request: fetched.append(request.url))
    ask(page, HOSTILE)
    page.wait_for_function("document.querySelectorAll('#kg-chat .message').length >= 2", timeout=60000)
    page.wait_for_timeout(500)
    for link in page.locator("#kg-chat a").all():
        click_target = page.evaluate("(a) => a.getAttribute('href') || ''", link.element_handle())
        assert not click_target.lower().startswith("javascript:")
    click_me = page.locator("#kg-chat a", has_text="click me")
    if click_me.count():  # if the link survived as a link at all, following it runs nothing
        click_me.first.click()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert not [u for u in fetched if "evil.example" in u], "a remote image from a user message was fetched"
    page.close()

    [exchange] = ReviewLog(log_path).exchanges()
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(f"{url}/review/")
    page.wait_for_selector("input[type=password]")
    page.locator("input").first.fill(REVIEWER[0])
    page.fill("input[type=password]", REVIEWER[1])
    page.get_by_role("button", name="Login").click()
    page.wait_for_selector("#kg-q-card .kg-q-card", timeout=30000)
    # The queue shows the question as text too.
    assert "onerror" in page.inner_text("#kg-q-card") and page.evaluate("window.__pwned") is None
    assert page.locator("#kg-q-card a[href*='evil.example'], #kg-q-card img").count() == 0
    page.get_by_role("tab", name="Exchanges").click()
    page.wait_for_selector("#kg-find", timeout=30000)
    page.click("#kg-find")
    page.locator("#kg-exchanges [role=gridcell]", has_text=exchange["id"]).first.click()
    page.wait_for_function(
        "document.querySelector('#kg-exchange-id textarea, #kg-exchange-id input').value.length > 10"
    )
    page.click("#kg-open")
    page.wait_for_function("document.querySelector('#kg-question textarea').value.includes('onerror')", timeout=30000)
    page.wait_for_timeout(500)
    assert page.evaluate("window.__pwned") is None, "the question ran as markup in the reviewer view"
    assert not [u for u in fetched if "evil.example" in u]
    shown = page.evaluate("document.querySelector('#kg-question textarea').value")
    assert "https://evil.example/page" in shown and "\u202e" not in shown, "direction overrides are kept"
    assert page.locator("a[href*='evil.example']").count() == 0, "a web address became a live link"
    assert page.locator(".katex, math").count() == 0, "$$…$$ was rendered as maths"
    shot(page, "review-hostile-question")
    page.close()
