"""The chat model of the optional language-model mode, from configuration.

``KLONOPIN_GUIDE_LLM`` is ``openai:<model>`` (any OpenAI-compatible endpoint: vLLM, llama.cpp
server, a hosted API; ``KLONOPIN_GUIDE_LLM_BASE_URL`` and ``KLONOPIN_GUIDE_LLM_API_KEY``) or
``ollama:<model>`` (``KLONOPIN_GUIDE_LLM_BASE_URL`` defaults to Ollama's own). Empty: no model,
the extractive answerer only. The LangChain packages are imported only when a model is set.
"""

from __future__ import annotations

from typing import Any

PROVIDERS = ("openai", "ollama")
# 2 to 4 sentences need far fewer; the cap bounds the wait when a model rambles.
MAX_TOKENS = 400


def chat_model(spec: str, base_url: str = "", api_key: str = "", timeout: float = 60.0) -> Any:
    provider, _, model = spec.partition(":")
    if provider not in PROVIDERS or not model:
        raise ValueError(f"KLONOPIN_GUIDE_LLM must be openai:<model> or ollama:<model>, not {spec!r}")
    try:
        if provider == "openai":
            from langchain_openai import ChatOpenAI

            return ChatOpenAI(
                model=model,
                base_url=base_url or None,
                api_key=api_key or "not-needed",  # local servers accept any key
                temperature=0,
                max_tokens=MAX_TOKENS,
                timeout=timeout,
                max_retries=1,
            )
        from langchain_ollama import ChatOllama

        return ChatOllama(model=model, base_url=base_url or None, temperature=0, num_predict=MAX_TOKENS)
    except ImportError as exc:
        raise ValueError(f"the {provider} model needs its LangChain package: pip install langchain-{provider}") from exc
