"""The Gradio app: the public chat at /, and the reviewer workspace at /review behind a login.

`klonopin-guide serve` (or `python app.py`) starts both on 127.0.0.1. The reviewer view is
only mounted when credentials are configured (KLONOPIN_GUIDE_REVIEWERS="name:password,...");
there is no default password. Every exchange is logged for review unless
KLONOPIN_GUIDE_LOG=off.
"""

import datetime as dt
import html
import os
import re
import sys
import threading
import uuid
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.config import Settings
from assistant.conversation import MAX_TURN_CHARS, MAX_TURNS
from assistant.response import Response
from assistant.review_log import MAX_NOTE
from ingest.claim_screen import REVIEW_COLUMNS, review_rows
from ingest.documents import SOURCE_KINDS
from safety.language import detect

EXAMPLES = [
    "What are the withdrawal symptoms of Klonopin?",
    "Why do doctors taper Klonopin instead of stopping suddenly?",
    "How can a family help someone addicted to Klonopin?",
    "What happens in medical detox?",
]
INTRO = (
    "Answers about Klonopin (clonazepam) dependence, withdrawal, addiction and treatment, drawn only "
    "from vetted educational sources and quoted with citations. **Education, not medical advice**: "
    "your prescriber or pharmacist knows your situation."
)
CSS = """
.kg-help{background:#fff4e5;border:1px solid #f0c36d;border-radius:10px;padding:.7rem 1rem;color:#3d2a00}
.kg-help a{color:#3d2a00}
.kg-source{border:1px solid #d8dee6;border-radius:10px;padding:.6rem .8rem;margin:.5rem 0;background:#fff;color:#1d2733}
.kg-source h4{margin:0 0 .3rem 0;font-size:1rem}
.kg-source blockquote{margin:.3rem 0;padding-left:.7rem;border-left:3px solid #3b6ea8;color:#1d2733}
.kg-source details summary{cursor:pointer;color:#1f4f8a}
.kg-source mark{background:#ffe58a;color:#1d2733}
.kg-crisis{border:2px solid #b3261e;background:#fdecea;border-radius:10px;padding:.7rem 1rem;color:#5c0f0a}
.kg-muted{color:#4a5563;font-size:.9rem}
.kg-taps{display:flex;flex-wrap:wrap;gap:.4rem;margin:.3rem 0 .5rem 0}
.kg-tap{display:inline-flex;align-items:center;min-height:44px;padding:0 .9rem;border-radius:22px;font-weight:600;
text-decoration:none;border:2px solid currentColor;background:#fff}
.kg-help .kg-tap{color:#3d2a00;min-height:36px;padding:0 .7rem}
.kg-help .kg-line{display:flex;flex-wrap:wrap;align-items:center;gap:.2rem .5rem;margin-top:.3rem}
.kg-help .kg-taps{margin:0}
.kg-crisis .kg-tap{color:#8c1d18}
.kg-tap:focus-visible{outline:3px solid #1f4f8a;outline-offset:2px}
.kg-answer-sources{margin-top:.6rem;border-top:1px solid #d8dee6;padding-top:.4rem}
.kg-answer-sources>summary{cursor:pointer;font-weight:600;color:#1f4f8a;min-height:32px;display:list-item}
.kg-source:target{outline:3px solid #1d4ed8;background:#eef4ff;scroll-margin-top:1rem}
.kg-ref{font-weight:600;text-decoration:none;padding:0 .1rem}
.kg-kind{display:inline-block;padding:0 .45rem;margin-right:.3rem;border-radius:8px;background:#e8eef6;color:#1d2733;
font-weight:600;font-size:.85rem}
.kg-ref:target{background:#ffe58a;border-radius:3px}
.kg-thanks{margin-left:.5rem;font-size:.9rem;color:#1d4ed8;font-weight:600}
.kg-back{display:inline-block;margin-top:.3rem;font-size:.9rem;color:#1f4f8a}
#kg-chat .placeholder-content,#kg-chat .placeholder{color:#4a5563}
#kg-input textarea:focus-visible{outline:3px solid #1d4ed8;outline-offset:1px}
.kg-sr{position:absolute !important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;
clip:rect(0,0,0,0);white-space:nowrap;border:0}
#kg-status,#kg-status *{position:absolute !important;left:-10000px;top:auto;width:1px;overflow:visible !important}
.kg-q-pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
@media (max-width:720px){.kg-q-pair{grid-template-columns:1fr}}
.kg-q-passage mark{background:#ffe58a;color:#1d2733}
.kg-q-said{border-left:4px solid #b3261e;padding-left:.7rem;margin:.5rem 0}
.kg-q-export a{font-weight:600}
.gradio-container:has(#kg-chat){max-width:960px !important;margin:0 auto !important;overflow:clip !important}
#kg-examples{gap:.2rem}
#kg-examples-label p{margin:0;font-size:.9rem;color:#4a5563}
.kg-example{min-height:44px;white-space:normal !important;text-align:left !important}
#kg-ask-row{position:sticky;bottom:0;z-index:5;background:var(--body-background-fill);padding:.4rem 0 .5rem 0;
box-shadow:0 -6px 10px -6px rgba(29,39,51,.18)}
@media (max-width:640px){#kg-intro p{font-size:.9rem;line-height:1.35}
#kg-chat .message-row.bot-row{max-width:100%;margin:12px 4px 8px 4px}
h1{font-size:1.6rem !important;margin:0 !important}}
"""
REVIEW_TITLE = "Klonopin Guide: reviewer workspace"
# The review queue by keyboard: 1/2/3 pick the verdict, N goes to the note, Enter saves and moves on.
REVIEW_JS = """() => {
  const verdicts = {'1': 0, '2': 1, '3': 2};
  document.addEventListener('keydown', (event) => {
    const queue = document.getElementById('kg-q-card');
    if (!queue || queue.offsetParent === null || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const typing = target && (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && target.type !== 'radio'));
    if (event.key === 'Enter' && !event.shiftKey) {
      if (target && (target.tagName === 'BUTTON' || target.tagName === 'A')) return;
      if (typing && !target.closest('#kg-q-note')) return;
      event.preventDefault();
      if (typing) target.blur();  // the next item's keys are verdicts again, not note text
      document.getElementById('kg-q-save').click();
      return;
    }
    if (typing) return;
    if (event.key in verdicts) {
      const options = document.querySelectorAll('#kg-q-verdict input[type=radio]');
      if (options[verdicts[event.key]]) { event.preventDefault(); options[verdicts[event.key]].click(); }
    } else if (event.key === 'n' || event.key === 'N') {
      const note = document.querySelector('#kg-q-note textarea, #kg-q-note input');
      if (note) { event.preventDefault(); note.focus(); }
    }
  });
}"""
# After a reply: the start of the newest answer is brought into view (not the end of a long one).
SHOW_NEWEST = """() => {
  const answers = document.querySelectorAll('#kg-chat .message-row.bot-row');
  const last = answers[answers.length - 1];
  if (last) last.scrollIntoView({block: 'start', behavior: 'smooth'});
}"""
# Replies are announced to screen readers through a polite live region (set up once the page is drawn).
PAGE_JS = """() => {
  const status = document.getElementById('kg-status');
  if (status) { status.setAttribute('role', 'status'); status.setAttribute('aria-live', 'polite'); }
  // Remember which thumb was pressed, so the thanks can appear beside it.
  document.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('#kg-chat button');
    if (button && /^(Like|Dislike)$/.test(button.getAttribute('aria-label') || '')) window.kgFeedbackButton = button;
  }, true);
}"""
# Feedback is acknowledged where the person clicked: beside the thumb they pressed.
THANK_BESIDE = """() => {
  const button = window.kgFeedbackButton;
  if (!button || !button.parentElement) return;
  let thanks = button.parentElement.querySelector('.kg-thanks');
  if (!thanks) {
    thanks = document.createElement('span');
    thanks.className = 'kg-thanks';
    thanks.setAttribute('role', 'status');
    button.parentElement.appendChild(thanks);
  }
  thanks.textContent = 'Thanks for the feedback.';
}"""
WRITING = "_Writing an answer from the sources and checking each sentence against them…_"
FEEDBACK_CHOICES = [
    ("Wrong citation", "wrong_citation"),
    ("Unsupported claim", "unsupported_claim"),
    ("Harmful", "harmful"),
    ("Other", "other"),
]


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


_MD_SPECIAL = r"\\`*_{}\[\]()<>#+!|~-"


def _md_text(text: str) -> str:
    """Someone's words shown in Markdown as plain text: no links, images or HTML."""
    return re.sub(f"([{_MD_SPECIAL}])", r"\\\1", text)


# Direction overrides and isolates make text display in another order than it was typed.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain_text(text: object) -> str:
    """A logged value as a reviewer sees it: the characters typed, minus direction controls."""
    return _BIDI_CONTROLS.sub("", str(text))


def _md_plain(text: str) -> str:
    """The words again from their shown form (what the assistant reads as the conversation)."""
    return re.sub(f"\\\\([{_MD_SPECIAL}])", r"\1", text)


_MARKER_LINK = re.compile(r"<a class='kg-ref'[^>]*>(\[\d+\])(<span class='kg-sr'>[^<]*</span>)?</a>")


def _answer_said(content: str) -> str:
    """An answer as it was worded: without its sources list and marker links."""
    cut = content.find(SOURCES_BLOCK)
    if cut >= 0:
        content = content[:cut].rstrip()
    return _MARKER_LINK.sub(r"\1", content)


def _as_said(message: dict) -> dict:
    """A chat message as the assistant should read it: a person's words without the display escapes."""
    content = message.get("content")
    if isinstance(content, str):
        content = content[:MAX_TURN_CHARS]
    if message.get("role") == "assistant" and isinstance(content, str):
        content = _answer_said(content)
    if message.get("role") == "user":
        if isinstance(content, str):
            content = _md_plain(content)
        elif isinstance(content, list):
            content = [
                {**part, "text": _md_plain(part["text"])}
                if isinstance(part, dict) and isinstance(part.get("text"), str)
                else part
                for part in content
            ]
    return {"role": message.get("role"), "content": content}


def tap_links(contact: str, lang: str = "en", *, compact: bool = False) -> str:
    """Buttons that call, text or open each help line the reviewed contact text names
    (``compact``: the plain call and text buttons only, for the banner)."""
    from safety.contact_links import contact_links

    links = contact_links(contact, lang)
    if compact:
        links = [link for link in links if link.kind == "call" or (link.kind == "text" and "?" not in link.href)][:3]
    if not links:
        return ""
    buttons = "".join(f"<a class='kg-tap' href='{_e(link.href)}'>{_e(link.label)}</a>" for link in links)
    return f"<span class='kg-taps'>{buttons}</span>"


def tap_links_md(contact: str, lang: str = "en") -> str:
    """The same links in Markdown, for the chat reply."""
    from safety.contact_links import contact_links

    return " · ".join(f"[{_md_text(link.label)}]({link.href})" for link in contact_links(contact, lang))


def help_now(region: str | None = None) -> str:
    """The always-visible help line (HTML), from the same reviewed file the safety layer uses."""
    from safety.hotlines import directory

    # Compact on a phone: each line's buttons carry its numbers, so the contact text is shown only
    # where there is nothing to tap (it is in full in every crisis reply and its panel).
    lines = []
    for hotline in directory(region).for_situation("always"):
        taps = tap_links(hotline.contact, compact=True) or _e(hotline.contact)
        lines.append(f"<div class='kg-line'><strong>{_e(hotline.name)}</strong> {taps}</div>")
    joined = "".join(lines)
    return f"<div class='kg-help' role='region' aria-label='Help now'><strong>Need help now?</strong>{joined}</div>"


def something_went_wrong(region: str | None = None) -> str:
    """The reply when answering failed; its emergency number comes from the reviewed file."""
    from safety.hotlines import directory

    emergency = directory(region).hotlines["emergency"].contact
    return f"Sorry, something went wrong on our side. Please try again. In an emergency: {emergency}."


def render(response: Response, exchange_id: str = "") -> str:
    """The chat message: the answer, each marker linking to its card in the answer's own
    "Sources (n)" list right under it, so markers keep working in every earlier answer too."""
    text = response.text
    if response.kind == "crisis":
        # Each help line gets tap targets under it; a red "Get help now" alert shows above the chat.
        lang = detect(text)
        for resource in response.resources:
            links = tap_links_md(resource.contact, lang)
            line = f"**{resource.name}**: {resource.contact}"
            if links and line in text:
                text = text.replace(line, f"{line}  \n  {links}", 1)
        return text
    if not response.citations:
        return text
    # Anchors must be unique on the page: the exchange id when logged, else a fresh key.
    key = re.sub(r"[^A-Za-z0-9_-]", "", exchange_id) or uuid.uuid4().hex[:12]
    titles = {c.n: c.title for c in response.citations}

    seen: set[int] = set()

    def marker(match: re.Match) -> str:
        n = int(match.group(1))
        if n not in titles:
            return match.group(0)
        # The first marker of a source is where its card's "Back to the answer" returns to.
        anchor = "" if n in seen else f" id='ref-{key}-{n}'"
        seen.add(n)
        spoken = f"<span class='kg-sr'> (source {n}: {_e(titles[n])})</span>"
        return f"<a class='kg-ref'{anchor} href='#src-{key}-{n}'>[{n}]{spoken}</a>"

    text = re.sub(r"\[(\d+)\]", marker, text)
    return f"{text}\n\n{answer_sources(response, key)}"


SOURCES_BLOCK = "<details class='kg-answer-sources'"


def kind_badge(kind_label: str) -> str:
    """ "a personal article" as a label: "Personal article"."""
    words = re.sub(r"^(a|an) ", "", kind_label)
    return words[:1].upper() + words[1:]


def publisher_shown(publisher: str, kind_label: str) -> str:
    """The reviewed publisher line, read beside the kind badge: a note in brackets that only repeats
    the kind is left out, and "Unknown publisher" is said plainly."""
    name, note = publisher.strip(), ""
    opening = name.rfind("(")
    if name.endswith(")") and opening > 0 and ")" not in name[opening:-1]:
        name, note = name[:opening].rstrip(), name[opening + 1 : -1]
    if name.lower() == "unknown publisher":
        name = "Publisher not named"
    if note and note.lower() in kind_label.lower():
        note = ""
    return f"{name} ({note})" if note else name


def answer_sources(response: Response, key: str) -> str:
    """The answer's sources, collapsed under it: one card per citation, each with a way back."""
    cards = []
    for c in response.citations:
        body = highlight(c.passage, c.quote).replace("\n", "<br>")
        section = f" · {_e(c.section)}" if c.section else ""
        cards.append(
            f"<div class='kg-source' id='src-{key}-{c.n}'><h4>[{c.n}] {_e(c.title)}</h4>"
            f"<div class='kg-muted'><span class='kg-kind'>{_e(kind_badge(c.source_kind_label))}</span> "
            f"{_e(publisher_shown(c.source, c.source_kind_label))}{section}</div>"
            f"<blockquote>{_e(c.quote)}</blockquote>"
            f"<details><summary>Show the full passage</summary><p>{body}</p></details>"
            f"<a class='kg-back' href='#ref-{key}-{c.n}'>Back to the answer</a></div>"
        )
    count = len(response.citations)
    return f"{SOURCES_BLOCK}><summary>Sources ({count})</summary>{''.join(cards)}</details>"


def highlight(passage: str, quote: str) -> str:
    """The passage, escaped, with the quote marked."""
    start = passage.find(quote)
    if start < 0:
        return _e(passage)
    end = start + len(quote)
    return f"{_e(passage[:start])}<mark>{_e(passage[start:end])}</mark>{_e(passage[end:])}"


def alert_html(response: Response) -> str:
    """The red "Get help now" alert shown above the chat for a crisis reply; empty otherwise."""
    if response.kind != "crisis":
        return ""
    lang = detect(response.text)
    items = "".join(
        f"<li><strong>{_e(r.name)}</strong>: {_e(r.contact)}{tap_links(r.contact, lang)}</li>"
        for r in response.resources
    )
    return f"<div class='kg-crisis' role='alert'><strong>Get help now</strong><ul>{items}</ul></div>"


def announcement(response: Response) -> str:
    """What a screen reader hears when a reply arrives (a polite live region)."""
    if response.kind == "crisis":
        return "A reply with help lines has arrived."
    count = len(response.citations)
    if count:
        return f"An answer has arrived, with {count} source{'s' if count != 1 else ''} listed under it."
    return "A reply has arrived."


def build_public(assistant: Any, log: Any) -> Any:
    import gradio as gr

    def respond(message: str, chat: list[dict], state: dict, request: gr.Request):
        chat = list(chat or []) if isinstance(chat, list) else []
        # Bounded at the edge: the assistant reads no more than its last turns anyway.
        history = [_as_said(m) for m in chat[-2 * MAX_TURNS :] if isinstance(m, dict)]
        # The person's own words are shown as text: a link, image or tag in them stays inert.
        shown = _md_text(message) if isinstance(message, str) else ""
        state = dict(state or {})
        response = None
        if getattr(assistant, "generator", None) is not None:
            # A model takes seconds; say so while its sentences are being checked.
            pending = [{"role": "user", "content": shown}, {"role": "assistant", "content": WRITING}]
            yield chat + pending, gr.update(), state, ""
        try:
            # With a streaming model, each verified draft is shown as it grows; the last is kept.
            for response in assistant.ask_stream(message, history):
                if response.is_draft:
                    draft = [{"role": "user", "content": shown}, {"role": "assistant", "content": render(response)}]
                    yield chat + draft, shown_alert(response), state, ""
        except Exception:  # a person in the chat must never see a stack trace
            response = None
        if response is None:
            response = Response("no_answer", something_went_wrong(assistant.settings.region))
        exchange_id = ""
        if log is not None and response.kind != "invalid":
            session = getattr(request, "session_hash", "") or ""
            try:
                exchange_id = log.record(message, len(history), response, session=session)
            except Exception:  # a full or locked log must never keep a reply (a crisis reply above all) away
                exchange_id = ""
        chat += [{"role": "user", "content": shown}, {"role": "assistant", "content": render(response, exchange_id)}]
        state["last"] = exchange_id
        state.setdefault("by_index", {})[str(len(chat) - 1)] = exchange_id
        state["said"] = announcement(response)
        yield chat, shown_alert(response), state, ""

    def shown_alert(response: Response) -> Any:
        alert_now = alert_html(response)
        return gr.update(value=alert_now, visible=bool(alert_now))

    def on_like(state: dict, data: gr.LikeData) -> str:
        exchange_id = (
            (state or {}).get("by_index", {}).get(str(data.index if isinstance(data.index, int) else data.index[0]), "")
        )
        if log is None or not exchange_id:
            return ""
        log.add_feedback(exchange_id, "thumbs_up" if data.liked else "thumbs_down")
        return "Thanks for the feedback."

    def report(category: str, note: str, state: dict) -> tuple[str, str]:
        note = note[:MAX_NOTE] if isinstance(note, str) else ""  # bounded before anything reads it
        exchange_id = (state or {}).get("last", "") if isinstance(state, dict) else ""
        if log is None:
            return "Feedback is turned off on this server.", note
        if not exchange_id:
            return "Ask a question first; the report is about the latest answer.", note
        if not category:
            return "Please choose what is wrong.", note
        log.add_feedback(exchange_id, category, note or "")
        return "Thank you. A reviewer will look at this answer.", ""

    with gr.Blocks(title="Klonopin Guide", analytics_enabled=False) as demo:
        gr.Markdown("# Klonopin Guide")
        gr.Markdown(INTRO, elem_id="kg-intro")
        gr.HTML(help_now(assistant.settings.region), elem_id="kg-help-now")
        # Above the chat on every width, so a phone shows it first: empty unless a reply is a crisis.
        alert = gr.HTML("", visible=False, elem_id="kg-alert")
        state = gr.State({})
        # Examples to tap (each sends at once); they go once the chat has begun and return on Clear.
        with gr.Column(elem_id="kg-examples") as examples:
            gr.Markdown("Try asking:", elem_id="kg-examples-label")
            with gr.Row():
                tapped = [gr.Button(q, size="sm", variant="secondary", elem_classes=["kg-example"]) for q in EXAMPLES]
        chat = gr.Chatbot(
            label="Conversation",
            show_label=False,
            height=None,
            min_height=60,
            autoscroll=False,
            buttons=["copy"],
            feedback_options=("Like", "Dislike"),
            elem_id="kg-chat",
        )
        with gr.Row(elem_id="kg-ask-row"):
            box = gr.Textbox(
                label="Your question",
                placeholder="Ask about Klonopin dependence, withdrawal or treatment…",
                show_label=False,
                scale=5,
                elem_id="kg-input",
                max_lines=6,
                html_attributes=gr.InputHTMLAttributes(enterkeyhint="send", autocapitalize="sentences"),
            )
            send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="kg-send")
        status = gr.Markdown("", elem_id="kg-status")
        with gr.Accordion("Report a problem with the latest answer", open=False, elem_id="kg-report"):
            category = gr.Radio(FEEDBACK_CHOICES, label="What is wrong?", elem_id="kg-report-category")
            note = gr.Textbox(label="Details (optional)", lines=2, max_length=MAX_NOTE, elem_id="kg-report-note")
            submit = gr.Button("Send report", elem_id="kg-report-send")
            thanks = gr.Markdown(elem_id="kg-report-status")
        outputs = [chat, alert, state, box]

        def after_reply(event: Any) -> None:
            # Then: the reply is announced to screen readers, and its start is brought into view.
            event.then(lambda said: (said or {}).get("said", ""), state, status, api_name=False).then(
                lambda: gr.Column(visible=False), None, examples, api_name=False
            ).then(None, js=SHOW_NEWEST)

        after_reply(send.click(respond, [box, chat, state], outputs, api_name="chat"))
        after_reply(box.submit(respond, [box, chat, state], outputs, api_name=False))
        for button in tapped:
            after_reply(button.click(respond, [button, chat, state], outputs, api_name=False))
        chat.like(on_like, [state], status, api_name=False).then(None, js=THANK_BESIDE)
        # Clearing the conversation clears everything about it: no old crisis alert or report status stays.
        chat.clear(
            lambda: (gr.update(value="", visible=False), {}, "", "", None, "", gr.Column(visible=True)),
            None,
            [alert, state, thanks, status, category, note, examples],
            api_name=False,
        )
        submit.click(report, [category, note, state], [thanks, note], api_name="report")

        def ask(message: str) -> str:
            return render(assistant.ask(message))

        gr.api(ask, api_name="ask")
    settings = assistant.settings
    demo.queue(default_concurrency_limit=settings.concurrency, max_size=settings.queue_size)
    return demo


def document_context(documents: dict[str, Any], citation: dict[str, Any], current_version: str) -> str:
    """The cited passage inside its document, and whether it changed since it was logged."""
    document = documents.get(citation["doc_id"])
    logged = f"corpus {_e(citation['corpus_version'][:12])}"
    if document is None:
        return (
            f"<p class='kg-crisis'>Document {_e(citation['doc_id'])} is no longer in the corpus. The passage as "
            f"logged ({logged}):</p><blockquote>{_e(citation['passage'])}</blockquote>"
        )
    text = document.indexable_text
    start = text.find(citation["passage"])
    newer = "" if citation["corpus_version"] == current_version else f", current corpus {_e(current_version[:12])}"
    status = f"<p class='kg-muted'>Unchanged since it was cited ({logged}{newer}).</p>"
    if start < 0:
        return (
            f"<p class='kg-crisis'>This passage has changed since it was cited ({logged}). The passage as logged:"
            f"</p><blockquote>{highlight(citation['passage'], citation['quote'])}</blockquote>"
            f"<details><summary>The document as it is now</summary><p>{_e(text)}</p></details>"
        )
    end = start + len(citation["passage"])
    passage = highlight(citation["passage"], citation["quote"])
    body = f"{_e(text[:start])}<span style='background:#eef4fb'>{passage}</span>{_e(text[end:])}"
    return (
        f"{status}<h4>{_e(document.title)}</h4><div class='kg-muted'>{_e(document.publisher)} · "
        f"{_e(SOURCE_KINDS.get(document.source_kind, document.source_kind))} · review: "
        f"{_e(document.review.status)}</div><div style='white-space:pre-wrap'>{body}</div>"
    )


def claim_screen_rows(settings: Settings, assistant: Any = None) -> list[list[str]]:
    """The claim screen's open flags for the index being served, and the doubts kept for the clinical reviewer."""
    from ingest.pipeline import plan_corpus

    plan = plan_corpus(settings.corpus_dir)
    store = getattr(assistant, "store", None)
    manifest = store.manifest(assistant.corpus_version) if store is not None else None
    flags = None if manifest is None else manifest.get("claim_screen", {}).get("unconfirmed", [])
    return review_rows(settings.corpus_dir, plan.units, flags)


VERDICT_CHOICES = [("1 · Supports", "supports"), ("2 · Partly", "partly"), ("3 · Does not support", "does_not_support")]


def claim_of(answer: str, n: int) -> str:
    """What marker [n] backs: the words between it and the marker (or paragraph) before it."""
    parts = re.split(r"(\[\d+\])", answer)
    claims = []
    for i, part in enumerate(parts):
        if part == f"[{n}]" and i > 0:
            before = parts[i - 1].rsplit("\n\n", 1)[-1].strip()
            if before:
                claims.append(before)
    return " … ".join(claims) or answer[:400]


def queue_card(item: dict[str, Any], log: Any, documents: dict[str, Any], current_version: str) -> str:
    """One claim to judge: the answer's sentence beside its cited passage (the quote highlighted),
    what the person said about the answer, the turns before it, and the whole document on demand."""
    flagged = " · <strong>flagged by the person who asked</strong>" if item.get("flagged") else ""
    said = "".join(
        f"<li><strong>{_e(f['category'].replace('_', ' '))}</strong>"
        f"{': ' + _e(plain_text(f['note'])) if f['note'] else ''}</li>"
        for f in log.feedback(item["exchange_id"])
    )
    said = f"<div class='kg-q-said'><h4>What the person said</h4><ul>{said}</ul></div>" if said else ""
    earlier = log.earlier_turns(item["exchange_id"])
    turns = "".join(
        f"<li><strong>Asked:</strong> {_e(plain_text(t['question']))}<br><span class='kg-muted'>{_e(t['kind'])}: "
        f"{_e(t['answer'][:300])}{'…' if len(t['answer']) > 300 else ''}</span></li>"
        for t in earlier
    )
    turns = (
        f"<details class='kg-q-earlier'><summary>Earlier in this conversation ({len(earlier)})</summary>"
        f"<ol>{turns}</ol></details>"
        if earlier
        else ""
    )
    others = " · ".join(
        f"[{c['n']}] {_e((c['verdict'] or 'awaiting').replace('_', ' '))}" for c in log.citations(item["exchange_id"])
    )
    return (
        f"<div class='kg-q-card'><div class='kg-muted'>Exchange {_e(item['exchange_id'])} · "
        f"{_e(item['created_at'])}{flagged}</div>{said}{turns}"
        f"<h4>Question</h4><p>{_e(plain_text(item['question']))}</p>"
        f"<div class='kg-q-pair'><div><h4>The answer says [{item['n']}]</h4>"
        f"<blockquote>{_e(claim_of(item['answer'], item['n']))}</blockquote></div>"
        f"<div><h4>Cited passage: {_e(item['title'])}</h4>"
        f"<div class='kg-q-passage'>{highlight(item['passage'], item['quote'])}</div></div></div>"
        f"<details class='kg-q-document'><summary>Whole document</summary>"
        f"{document_context(documents, item, current_version)}</details>"
        f"<p class='kg-muted'>Citations in this answer: {others}</p></div>"
    )


def build_reviewer(log: Any, settings: Settings, assistant: Any = None) -> Any:
    import gradio as gr

    from ingest.documents import load_corpus
    from ingest.pipeline import plan_corpus

    documents = {d.id: d for d in load_corpus(settings.corpus_dir)}
    current_version = plan_corpus(settings.corpus_dir).corpus_version
    exchange_columns = ["id", "created_at", "kind", "reason", "question", "feedback"]
    citation_columns = ["id", "n", "doc_id", "chunk_id", "quote", "verdict", "corpus_version"]

    def search(kind: str, feedback: str, since: str, until: str, doc_id: str) -> Any:
        rows = log.exchanges(
            kind=kind or "", feedback=feedback or "", since=since or "", until=until or "", doc_id=doc_id or ""
        )
        return [[plain_text(r.get(c) or "") for c in exchange_columns] for r in rows]

    def open_exchange(exchange_id: str) -> tuple[str, str, Any]:
        exchange_id = (exchange_id or "").strip()
        rows = [r for r in log.exchanges(limit=100000) if r["id"] == exchange_id]
        if not rows:
            return "No exchange with that id.", "", []
        row = rows[0]
        cites = log.citations(exchange_id)
        # The visitor's words go to a plain text box (no links, maths or markup); the answer is
        # the product's own Markdown, built from vetted passages.
        text = f"**Kind:** {row['kind']} ({row['reason']}) · {row['created_at']}\n\n**Answer:**\n\n{row['answer']}"
        # What the person said about it, and the conversation before it (their words as text).
        said = [
            f"- {f['category'].replace('_', ' ')}" + (f": {_md_text(plain_text(f['note']))}" if f["note"] else "")
            for f in log.feedback(exchange_id)
        ]
        if said:
            text += "\n\n**What the person said:**\n\n" + "\n".join(said)
        turns = log.earlier_turns(exchange_id)
        earlier = [f"{i}. {_md_text(plain_text(t['question']))}" for i, t in enumerate(turns, 1)]
        if earlier:
            text += "\n\n**Earlier in this conversation (questions):**\n\n" + "\n".join(earlier)
        rows_out = [[c.get(k) if c.get(k) is not None else "" for k in citation_columns] for c in cites]
        return text, plain_text(row["question"]), rows_out

    def show_citation(exchange_id: str, citation_id: float | None) -> str:
        if citation_id is None:
            return ""
        cites = [c for c in log.citations((exchange_id or "").strip()) if c["id"] == int(citation_id)]
        if not cites:
            return "<p>Choose a citation id from the table above.</p>"
        return document_context(documents, cites[0], current_version)

    def save_verdict(
        exchange_id: str, citation_id: float | None, verdict: str, note: str, request: gr.Request
    ) -> tuple[str, Any]:
        if citation_id is None or not verdict:
            return "Choose a citation id and a verdict.", gr.update()
        try:
            log.add_verdict(int(citation_id), verdict, getattr(request, "username", None) or "reviewer", note or "")
        except ValueError as exc:
            return f"Not saved: {exc}.", gr.update()
        return f"Saved: citation {int(citation_id)} {verdict}.", open_exchange(exchange_id)[2]

    def find_gaps_table(since: str) -> tuple[list[list[Any]], str]:
        from assistant.gaps import find_gaps, labelled

        since = (since or "").strip()
        if since:
            try:
                dt.date.fromisoformat(since)
            except ValueError:
                return [], f"**{_e(since)}** is not a date; use YYYY-MM-DD."
        if assistant is None:
            return [], "The gap report needs the assistant's index, which this server does not have."
        gaps = [labelled(g) for g in find_gaps(log, assistant, since=since)]
        rows = [
            [
                g.count,
                g.label,
                " | ".join(g.examples),
                ", ".join(f"{k} {v}" for k, v in sorted(g.reasons.items())),
                f"{g.closest_doc}: {g.closest_passage[:200]}",
                g.closest_similarity,
            ]
            for g in gaps
        ]
        return rows, f"{sum(g.count for g in gaps)} questions in {len(gaps)} groups."

    def next_in_queue(skipped: list[int]) -> tuple[str, str, int | None]:
        judged, total = log.progress()
        waiting = [item for item in log.queue() if item["citation_id"] not in set(skipped or [])]
        progress = f"**{judged} of {total} citations reviewed.** {len(waiting)} waiting here"
        progress += " (flagged by people first)." if waiting else "."
        if not waiting:
            done = "Nothing waiting. New answers appear here as people ask."
            return progress, f"<p class='kg-muted'>{done}</p>", None
        item = waiting[0]
        return progress, queue_card(item, log, documents, current_version), item["citation_id"]

    def show_queue(skipped: list[int]) -> tuple[str, str, int | None, str]:
        progress, card, current = next_in_queue(skipped)
        return progress, card, current, ""

    def judge(current: int | None, verdict: str, note: str, skipped: list[int], request: gr.Request) -> tuple:
        if current is None:
            return ("Nothing to judge.", *next_in_queue(skipped), gr.update(), gr.update())
        if not verdict:
            return ("Choose a verdict first: 1, 2 or 3.", gr.update(), gr.update(), current, gr.update(), gr.update())
        try:
            log.add_verdict(int(current), verdict, getattr(request, "username", None) or "reviewer", note or "")
        except ValueError as exc:
            return (f"Not saved: {exc}.", gr.update(), gr.update(), current, gr.update(), gr.update())
        saved = f"Saved: {verdict.replace('_', ' ')} (citation {int(current)})."
        return (saved, *next_in_queue(skipped), None, "")

    def skip(current: int | None, skipped: list[int]) -> tuple:
        skipped = [*(skipped or []), current] if current is not None else list(skipped or [])
        return (skipped, *next_in_queue(skipped), None, "", "Skipped; it stays in the queue for later.")

    def corpus_tables() -> tuple[Any, Any, Any]:
        docs = [
            [
                d.id,
                d.title,
                f"{d.publisher} ({SOURCE_KINDS.get(d.source_kind, d.source_kind)})",
                d.review.status,
                d.review.reviewer,
                d.review.date,
                len(d.excluded),
                "; ".join(p.text[:80] for p in d.excluded),
                d.review.notes,
            ]
            for d in documents.values()
        ]
        stats = [
            [r["doc_id"], r["chunk_id"], r["cited"], r["supports"] or 0, r["partly"] or 0, r["does_not_support"] or 0]
            for r in log.citation_stats()
        ]
        return docs, stats, claim_screen_rows(settings, assistant)

    with gr.Blocks(title=REVIEW_TITLE, analytics_enabled=False) as review:
        gr.Markdown(
            "# Reviewer workspace\nAudit what the assistant cited. Conversations here are visible to reviewers only."
        )
        with gr.Tab("Needs review", elem_id="kg-queue"):
            skipped = gr.State([])
            current = gr.State(None)
            with gr.Row():
                progress = gr.Markdown(elem_id="kg-q-progress")
                gr.HTML(
                    "<p class='kg-q-export'><a href='export/verdicts.csv' download id='kg-q-export'>"
                    "Download all verdicts (CSV)</a></p>"
                )
            card = gr.HTML(elem_id="kg-q-card")
            with gr.Row():
                q_verdict = gr.Radio(
                    VERDICT_CHOICES, label="Does the passage support the claim? (keys 1, 2, 3)", elem_id="kg-q-verdict"
                )
                q_note = gr.Textbox(label="Note (key N)", lines=1, elem_id="kg-q-note")
            with gr.Row():
                q_save = gr.Button("Save and next (Enter)", variant="primary", elem_id="kg-q-save")
                q_skip = gr.Button("Skip for now", elem_id="kg-q-skip")
            q_status = gr.Markdown(elem_id="kg-q-status")
        with gr.Tab("Exchanges"):
            with gr.Row():
                kind = gr.Dropdown(["", "answer", "refusal", "crisis", "no_answer"], label="Kind", value="")
                feedback = gr.Dropdown(
                    ["", "thumbs_up", "thumbs_down", "wrong_citation", "unsupported_claim", "harmful", "other"],
                    label="Feedback",
                    value="",
                )
                since = gr.Textbox(label="From (YYYY-MM-DD)")
                until = gr.Textbox(label="To (YYYY-MM-DD)")
                doc = gr.Dropdown(["", *sorted(documents)], label="Cited document", value="")
            find = gr.Button("Show exchanges", variant="primary", elem_id="kg-find")
            table = gr.Dataframe(headers=exchange_columns, interactive=False, wrap=True, elem_id="kg-exchanges")
            exchange = gr.Textbox(label="Exchange id (copy from the table)", elem_id="kg-exchange-id")
            open_btn = gr.Button("Open exchange", elem_id="kg-open")
            question = gr.Textbox(label="Question, as logged (redacted)", interactive=False, elem_id="kg-question")
            detail = gr.Markdown(elem_id="kg-detail", latex_delimiters=[])
            cites = gr.Dataframe(headers=citation_columns, interactive=False, wrap=True, elem_id="kg-citations")
            with gr.Row():
                citation = gr.Number(label="Citation id", precision=0, elem_id="kg-citation-id")
                verdict = gr.Radio(
                    ["supports", "partly", "does_not_support"],
                    label="Does the passage support the claim?",
                    elem_id="kg-verdict",
                )
                note = gr.Textbox(label="Note", elem_id="kg-verdict-note")
            with gr.Row():
                show = gr.Button("Open citation in its document", elem_id="kg-show")
                save = gr.Button("Save verdict", variant="primary", elem_id="kg-save")
            status = gr.Markdown(elem_id="kg-verdict-status")
            context = gr.HTML(elem_id="kg-context")
        with gr.Tab("Verdicts export"):
            # Streamed to the logged-in reviewer by create_app's export route; no copy is left on disk.
            gr.HTML(
                "<p>Every verdict so far, with its citation and corpus version:</p><p>"
                "<a href='export/verdicts.csv' download id='kg-export-csv'>Download CSV</a> · "
                "<a href='export/verdicts.json' download id='kg-export-json'>Download JSON</a></p>",
                elem_id="kg-export",
            )
        with gr.Tab("Corpus"):
            docs_table = gr.Dataframe(
                headers=[
                    "id",
                    "title",
                    "source",
                    "status",
                    "reviewer",
                    "date",
                    "excluded",
                    "excluded passages",
                    "notes",
                ],
                interactive=False,
                wrap=True,
            )
            stats_table = gr.Dataframe(
                headers=["doc_id", "chunk_id", "cited", "supports", "partly", "does_not_support"],
                interactive=False,
                wrap=True,
            )
            gr.Markdown(
                "**Claim screen.** Indexed sentences that read close to a claim the clinical review rejected "
                "(`corpus/rejected-claims.yaml`), which no reviewer has cleared yet, and sentences a reader kept "
                "with a doubt. Clear a sentence in `corpus/reviews/claim-screen-confirmed.yaml`, or exclude it "
                "in its document's front matter, then ingest."
            )
            claims_table = gr.Dataframe(
                headers=list(REVIEW_COLUMNS), interactive=False, wrap=True, elem_id="kg-claim-screen"
            )
            gr.Button("Refresh").click(corpus_tables, None, [docs_table, stats_table, claims_table], api_name=False)
        with gr.Tab("Gaps"):
            gr.Markdown(
                "Questions the corpus could not answer, or answered only from a loosely related passage, "
                "grouped by topic: which documents to add next. Questions are shown as logged (redacted)."
            )
            with gr.Row():
                gaps_since = gr.Textbox(label="Since (YYYY-MM-DD)", elem_id="kg-gaps-since")
                gaps_find = gr.Button("Find gaps", variant="primary", elem_id="kg-gaps-find")
            gaps_status = gr.Markdown(elem_id="kg-gaps-status")
            gaps_table = gr.Dataframe(
                headers=["count", "topic", "examples", "why", "closest passage", "similarity"],
                interactive=False,
                wrap=True,
                elem_id="kg-gaps",
            )
            gaps_find.click(find_gaps_table, [gaps_since], [gaps_table, gaps_status], api_name=False)
        find.click(search, [kind, feedback, since, until, doc], table, api_name=False)

        def pick_row(event: gr.SelectData) -> str:
            row = event.row_value or []
            return str(row[0]) if row else ""

        def pick_citation(event: gr.SelectData) -> int | None:
            row = event.row_value or []
            return int(row[0]) if row and str(row[0]).isdigit() else None

        table.select(pick_row, None, exchange, api_name=False)
        cites.select(pick_citation, None, citation, api_name=False)
        open_btn.click(open_exchange, exchange, [detail, question, cites], api_name=False)
        show.click(show_citation, [exchange, citation], context, api_name=False)
        save.click(save_verdict, [exchange, citation, verdict, note], [status, cites], api_name=False)
        review.load(corpus_tables, None, [docs_table, stats_table, claims_table], api_name=False)
        review.load(show_queue, skipped, [progress, card, current, q_status], api_name=False)
        q_save.click(
            judge,
            [current, q_verdict, q_note, skipped],
            [q_status, progress, card, current, q_verdict, q_note],
            api_name=False,
        )
        q_skip.click(
            skip, [current, skipped], [skipped, progress, card, current, q_verdict, q_note, q_status], api_name=False
        )
    return review


def theme() -> Any:
    """Soft colours with system fonts: nothing is fetched from a font service."""
    import gradio as gr

    system = [gr.themes.Font("system-ui"), gr.themes.Font("-apple-system"), gr.themes.Font("Segoe UI"), "sans-serif"]
    soft = gr.themes.Soft(primary_hue="blue", neutral_hue="slate", font=system, font_mono=["ui-monospace", "monospace"])
    # WCAG AA contrast: white on #1d4ed8 is 6.7:1 (the Soft default, #3b82f6, is 3.7:1); the
    # placeholder #5b6472 on white is 6.0:1; the focused input gets a ring that can be seen.
    return soft.set(
        button_primary_background_fill="#1d4ed8",
        button_primary_background_fill_hover="#1e40af",
        button_primary_background_fill_dark="#1d4ed8",
        button_primary_background_fill_hover_dark="#1e40af",
        button_primary_text_color="#ffffff",
        button_primary_text_color_dark="#ffffff",
        input_placeholder_color="#5b6472",
        # Block labels: the Soft theme's blue-500 on blue-100 is 3.0:1; blue-800 on it is 8.7:1.
        block_label_text_color="#1e40af",
        block_title_text_color="#1e40af",
        block_info_text_color="#4a5563",
        input_border_color_focus="#1d4ed8",
        input_shadow_focus="0 0 0 3px rgba(29, 78, 216, 0.45)",
    )


# FastAPI's schema pages list every route to anyone, before login: not served.
CLOSED = {"openapi_url": None, "docs_url": None, "redoc_url": None}


def create_app(settings: Settings | None = None, assistant: Any = None) -> Any:
    """A FastAPI app serving the public chat at / and, with credentials, the reviewer view at /review."""
    import gradio as gr
    from fastapi import FastAPI
    from fastapi.middleware.cors import CORSMiddleware

    from assistant.core import Assistant
    from assistant.edge import EdgeGuard
    from assistant.page_titles import PageTitles
    from assistant.review_log import ReviewLog

    settings = settings or Settings()
    assistant = assistant or Assistant.load(settings)
    # The page is served at once; the model loads beside it so the first question does not wait.
    threading.Thread(target=assistant.embedder.encode_one, args=("warm up",), daemon=True).start()
    log = ReviewLog(settings.log_path, retention_days=settings.log_retention_days) if settings.logging_enabled else None
    if log is not None:
        log.purge()
    server = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    credentials = settings.reviewer_credentials()
    if credentials and log is not None:
        reviewer = build_reviewer(log, settings, assistant)
        add_export_route(server, log)
        gr.mount_gradio_app(
            server,
            reviewer,
            path="/review",
            auth=password_check(credentials),
            css=CSS,
            js=REVIEW_JS,
            footer_links=[],
            theme=theme(),
            app_kwargs=CLOSED,
        )
    else:
        print(
            "Reviewer view not started: set KLONOPIN_GUIDE_REVIEWERS='name:password' (and keep logging on).",
            file=sys.stderr,
        )
    gr.mount_gradio_app(
        server,
        build_public(assistant, log),
        path="/",
        css=CSS,
        js=PAGE_JS,
        footer_links=[],
        theme=theme(),
        app_kwargs=CLOSED,
    )
    # With a CORS middleware on the parent, Gradio's own (which trusts any origin off localhost) steps aside.
    server.add_middleware(
        CORSMiddleware, allow_origins=settings.origins(), allow_methods=["GET", "POST"], allow_headers=["content-type"]
    )
    # The reviewer sign-in page is drawn before any of the app's settings reach it: no title otherwise.
    server.add_middleware(PageTitles, titles={"/": "Klonopin Guide", "/review": REVIEW_TITLE, "/review/": REVIEW_TITLE})
    server.add_middleware(
        EdgeGuard,
        allowed_origins=settings.origins(),
        session_hours=settings.review_session_hours,
        reviewer_names=[name for name, _ in credentials],
    )
    return server


def password_check(credentials: list[tuple[str, str]]) -> Any:
    """Every pair is compared, in constant time, so the answer's timing says nothing about the name."""
    import hmac

    def check(username: str, password: str) -> bool:
        found = False
        for name, secret in credentials:
            same_name = hmac.compare_digest(name.encode(), username.encode())
            same_password = hmac.compare_digest(secret.encode(), password.encode())
            found |= same_name & same_password
        return found

    return check


def add_export_route(server: Any, log: Any) -> None:
    """Verdicts streamed to a logged-in reviewer from memory: no export file exists for any route to serve."""
    from fastapi import HTTPException, Request
    from fastapi.responses import Response as HTTPResponse
    from starlette.routing import Mount

    @server.get("/review/export/verdicts.{fmt}", include_in_schema=False)
    def export(fmt: str, request: Request) -> HTTPResponse:
        app = next(r.app for r in server.routes if isinstance(r, Mount) and r.path == "/review")
        token = request.cookies.get(f"access-token-{app.cookie_id}") or request.cookies.get(
            f"access-token-unsecure-{app.cookie_id}"
        )
        if not token or token not in app.tokens:
            raise HTTPException(status_code=401, detail="Not authenticated")
        if fmt not in ("csv", "json"):
            raise HTTPException(status_code=404, detail="Not Found")
        return HTTPResponse(
            log.export_verdicts(fmt),
            media_type="text/csv" if fmt == "csv" else "application/json",
            headers={"Content-Disposition": f'attachment; filename="verdicts.{fmt}"', "Cache-Control": "no-store"},
        )


def serve(settings: Settings | None = None) -> None:
    import uvicorn

    settings = settings or Settings()
    if not settings.debug:
        from assistant.withheld_errors import withhold_request_details

        withhold_request_details()
    # Open event streams (browsers, API clients) would hold a plain shutdown forever; give them 5 s.
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="warning",
        timeout_graceful_shutdown=5,
    )


if __name__ == "__main__":
    serve()
