"""The Gradio app: a first public chat over the same Assistant the CLI and evals use."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from typing import Any

from assistant.config import Settings
from assistant.response import Response

EXAMPLES = [
    "What are the withdrawal symptoms of Klonopin?",
    "Why do doctors taper Klonopin instead of stopping suddenly?",
    "How can a family help someone addicted to Klonopin?",
    "What happens in medical detox?",
]
INTRO = (
    "Answers about Klonopin (clonazepam) dependence, withdrawal, addiction and treatment, drawn only "
    "from vetted educational sources and quoted with citations. **Education, not medical advice.**"
)


def help_now(region: str | None = None) -> str:
    """The always-visible help line, from the same reviewed file the safety layer uses."""
    from safety.hotlines import directory

    lines = [f"**{h.name}**: {h.contact}" for h in directory(region).for_situation("always")]
    return "**Need help now?** " + " · ".join(lines)


def render(response: Response) -> str:
    """The chat message: the answer, then each numbered source with its exact quote."""
    if not response.citations:
        return response.text
    lines = [response.text, "", "**Sources**"]
    for citation in response.citations:
        quote = " ".join(citation.quote.split())
        lines.append(f"{citation.n}. *{citation.title}*, {citation.source}: “{quote}”")
    return "\n".join(lines)


def build(assistant: Any) -> Any:
    import gradio as gr

    def respond(message: str, history: list[dict]) -> str:
        try:
            return render(assistant.ask(message, history))
        except Exception:  # a person in the chat must never see a stack trace
            return "Sorry, something went wrong on our side. Please try again. In an emergency, call 911."

    return gr.ChatInterface(
        respond,
        title="Klonopin Guide",
        description=f"{INTRO}\n\n{help_now(assistant.settings.region)}",
        examples=EXAMPLES,
        run_examples_on_click=True,
        cache_examples=False,
        analytics_enabled=False,
        flagging_mode="never",
        api_name="ask",
    )


def serve(settings: Settings | None = None) -> None:
    from assistant.core import Assistant

    settings = settings or Settings()
    assistant = Assistant.load(settings)
    build(assistant).launch(server_name=settings.host, server_port=settings.port, show_error=False)


if __name__ == "__main__":
    serve()
