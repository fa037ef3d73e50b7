"""The one object the CLI, the app and the evals share: load once, answer many questions."""

from __future__ import annotations

import logging
import re
import time
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assistant.answer_encoder import AnswerEncoder, corpus_examples
from assistant.compose import Thresholds, compose
from assistant.config import Settings
from assistant.conversation import MAX_HISTORY_CHARS, previous_user_messages, recent_turns
from assistant.coverage import CoverageGate
from assistant.follow_up import search_text
from assistant.generation import Generated, GroundedGenerator
from assistant.gloss import for_search
from assistant.help_seeking import lines_asked, seeks_help, seeks_treatment
from assistant.high_stakes import about_stopping, about_stopping_the_drug
from assistant.llm import chat_model
from assistant.response import DRAFT_REASON, Resource, Response
from assistant.retrieval import Retriever, tokenize
from assistant.scope import Topic, uncovered_reason, uncovered_topic
from assistant.topic import TopicGate
from ingest.embedding import Embedder
from ingest.pipeline import ingest, plan_corpus
from ingest.store import IndexStore, IndexUnavailable, make_client
from safety.gate import SafetyGate, Verdict, touches_danger
from safety.hotlines import directory
from safety.input_check import check_input
from safety.language import detect
from safety.output_check import problems
from safety.replies import (
    crisis_text,
    named_lines,
    refusal_text,
    reminder_text,
    resource_lines,
    resources,
    treatment_lines,
)
from safety.rules import clean

logger = logging.getLogger("klonopin_guide")
MESSAGES: dict[str, Any] = tomllib.loads((Path(__file__).parent / "messages.toml").read_text("utf-8"))


def say(lang: str, *keys: str) -> str:
    """The assistant's own words (messages.toml) in the language of the message, English when
    there is no such text."""
    table: Any = MESSAGES.get(lang, {}) if lang != "en" else {}
    for key in keys:
        table = table.get(key, {}) if isinstance(table, dict) else {}
    if isinstance(table, str):
        return table
    english: Any = MESSAGES
    for key in keys:
        english = english[key]
    return str(english)


DISCLAIMERS = tuple(say(lang, "disclaimer") for lang in ("en", "es"))
# The answer encoder reads the units of every passage retrieved (hybrid retrieval returns at most 20):
# the answering sentence is often in a passage the shipped model ranks sixth or lower.
PASSAGES_RETRIEVED = 20
# What the refusal's education and a language model's prompt read: the first few passages only.
EDUCATION_PASSAGES = 5
GENERATION_PASSAGES = 5
ACTIVE_CHECK_SECONDS = 5.0
RECONNECT_SECONDS = 1.0
# The general education a refusal adds: why tapers are supervised, why stopping abruptly is risky.
EDUCATION_QUERY = "Why is Klonopin withdrawal medically supervised with a gradual taper instead of stopping suddenly?"
LEAD_UNITS = 2
WARM_MAX_PASSAGES = 2000


def _unit_texts(units: Sequence[Any], section: dict[str, str]) -> dict[str, str]:
    """What the answer encoder reads for each unit: its section heading, then the unit (as trained)."""
    return {u.id: f"{section[u.chunk_id]}\n{u.text}" if section.get(u.chunk_id) else u.text for u in units}


@dataclass(frozen=True)
class Decision:
    """What the pipeline decided before composing, for reviewers and evals."""

    query: str = ""
    best_passage: float = 0.0
    best_sentence: float = 0.0
    safety: Verdict | None = None
    off_topic: bool = False
    doubtful: bool = False  # the coverage gate doubted the sources answer questions like this


class Assistant:
    """Answers questions about Klonopin from the vetted corpus, with exact citations.

    >>> assistant = Assistant.load()
    >>> assistant.ask("What are the withdrawal symptoms of Klonopin?").kind
    'answer'
    """

    def __init__(
        self,
        store: IndexStore | None,
        embedder: Embedder,
        settings: Settings,
        thresholds: Thresholds | None = None,
    ) -> None:
        """``store`` is None only when a configured Chroma server was unreachable at start: the
        assistant then answers crisis and dosing messages, says retrieval is unavailable, and
        connects when the server is back."""
        self.settings = settings
        self.embedder = embedder
        self.store: IndexStore | None = None
        self.retriever: Retriever | None = None
        self.corpus_version = ""
        self.thresholds = thresholds or Thresholds()
        self.directory = directory(settings.region)
        self.safety = SafetyGate(embedder, cache_dir=settings.cache_dir)
        self.topic = TopicGate.train(embedder, cache_dir=settings.cache_dir)
        self.coverage = CoverageGate.train(embedder, cache_dir=settings.cache_dir)
        self.answer_encoder = AnswerEncoder.load_or_train(corpus_examples(), settings.models_dir).prepare()
        self.last_decision: Decision | None = None
        self._education: dict[str, Any] = {}
        self._checked_active = time.monotonic()
        self.generator: GroundedGenerator | None = None
        if settings.llm:
            self.generator = self.grounded(chat_model(settings.llm, settings.llm_base_url, settings.llm_api_key))
        if store is not None:
            self._open(store)

    def grounded(self, model: Any) -> GroundedGenerator:
        """The verified generator over ``model``, checking against this assistant's corpus."""
        return GroundedGenerator(
            model, self.embedder.encode_one, distinctive=self.unfamiliar_terms, addresses=self.addresses
        )

    def addresses(self, question: str, sentence: str) -> bool:
        """Whether a generated sentence answers the question, by the bar quoted sentences meet."""
        return self.answer_encoder.score_sentence(question, sentence) >= self.thresholds.min_relevance

    def unfamiliar_terms(self, text: str) -> list[str]:
        """Stems of the words in ``text`` that are neither everyday English nor frequent in the
        corpus: names of therapies, drugs, bodies ("EMDR"). A generated sentence may use one only
        where a passage it cites does."""
        everyday = self.embedder.everyday_words()
        retriever = self.retriever
        return sorted(
            {
                stem
                for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text)
                if word.lower() not in everyday
                for stem in tokenize(word)
                if retriever is None or not retriever.frequent_in_corpus(stem)
            }
        )

    def _open(self, store: IndexStore) -> None:
        active = store.active()
        if active is None:
            raise IndexUnavailable("the index has not been built; run `klonopin-guide ingest`")
        self.retriever = Retriever.open(store, active, self.settings.retrieval)
        self.store = store
        self.corpus_version = active.corpus_version
        self._warm_relevance()

    @classmethod
    def load(cls, settings: Settings | None = None, *, build_index: bool = True) -> Assistant:
        """Open the index (building or updating it first when the corpus changed)."""
        settings = settings or Settings()
        embedder = Embedder(threads=settings.torch_threads)
        try:
            store = IndexStore(make_client(settings.index_dir, settings.chroma_server), embedder)
        except IndexUnavailable:
            if not settings.chroma_server:
                raise
            # Crisis replies must never wait on the index: start, and connect when the server is back.
            logger.warning("Chroma server %s unreachable at start; retrying every few seconds", settings.chroma_server)
            return cls(None, embedder, settings)
        if build_index:
            active = store.active()
            if active is None or active.corpus_version != plan_corpus(settings.corpus_dir).corpus_version:
                ingest(settings.corpus_dir, store, embedder)
        return cls(store, embedder, settings)

    def _follow_active_index(self) -> None:
        """Connect if not yet connected, and switch to a newer corpus version once ingest has moved
        the active pointer (checked every few seconds)."""
        now = time.monotonic()
        if now - self._checked_active < (ACTIVE_CHECK_SECONDS if self.store is not None else RECONNECT_SECONDS):
            return
        self._checked_active = now
        try:
            if self.store is None:
                self._open(IndexStore(make_client(self.settings.index_dir, self.settings.chroma_server), self.embedder))
                return
            active = self.store.active()
        except Exception as exc:  # the server is away; retrieval will say so
            logger.warning("could not read the active index: %s", exc.__class__.__name__)
            return
        if active is not None and active.corpus_version != self.corpus_version:
            self.retriever = Retriever.open(self.store, active, self.settings.retrieval)
            self.corpus_version = active.corpus_version

    def ask(self, question: object, history: Sequence[Any] | None = None) -> Response:
        *_drafts, response = self.ask_stream(question, history)
        return response

    def ask_stream(self, question: object, history: Sequence[Any] | None = None) -> Iterator[Response]:
        """The reply as it grows: with a streaming language model, a draft each time another
        sentence is verified (reason ``answered:streaming``), then the final reply. Every draft
        is safe to show; the last response is the one to keep. Without a model, one response."""
        problem = check_input(question)
        if problem is not None:
            response = Response("invalid", problem.message, reason=problem.reason, corpus_version=self.corpus_version)
            if isinstance(question, str) and touches_danger(question):
                response = self._with_help(response, "net", detect(question))
            yield response
            return
        if isinstance(question, bytes):
            question = question.decode("utf-8")
        assert isinstance(question, str)
        question = clean(question).strip()
        history = recent_turns(history)
        self._follow_active_index()
        verdict = self.safety.check(question, history)
        if verdict.kind == "crisis":
            self.last_decision = Decision(safety=verdict)
            yield Response(
                "crisis",
                crisis_text(self.directory, verdict.situation, verdict.lang),
                resources=resources(self.directory, verdict.situation, verdict.lang),
                reason=verdict.reason,
                corpus_version=self.corpus_version,
            )
            return
        if verdict.kind == "refusal":
            self.last_decision = Decision(safety=verdict)
            yield self._keep_help_in_view(self._refusal(verdict), verdict)
            return
        if self.retriever is None:
            yield self._keep_help_in_view(self._unavailable(verdict), verdict)
            return
        replies = self._answer(question, history, verdict)
        asks_for_help = seeks_help(question)
        named = [i for i in lines_asked(question) if i in self.directory.hotlines]
        while True:
            try:
                response = next(replies)
            except StopIteration:
                return
            except Exception as exc:  # the index or the Chroma server went away: say so, never a traceback
                logger.warning("retrieval failed: %s", exc.__class__.__name__)
                yield self._keep_help_in_view(self._unavailable(verdict), verdict)
                return
            if named:
                response = self._with_named_lines(response, named, verdict.lang)
            elif asks_for_help:
                response = self._with_treatment_lines(response, verdict.lang)
            yield self._keep_help_in_view(response, verdict)

    def _with_named_lines(self, response: Response, hotline_ids: list[str], lang: str) -> Response:
        """Asked for a help line by name ("what's the poison control number?"): that line first, from
        the reviewed file."""
        shown = [self.directory.hotlines[i] for i in hotline_ids]
        lines = [Resource(h.name, h.contact_in(lang)) for h in shown]
        return self._lines_first(response, named_lines(self.directory, hotline_ids, lang), lines, lang, "named_lines")

    def _with_treatment_lines(self, response: Response, lang: str) -> Response:
        """Asked for a number to call or where to find treatment: the reviewed lines come first."""
        if not self.directory.for_situation("finding_treatment"):
            return response
        lines = resources(self.directory, "finding_treatment", lang)
        return self._lines_first(response, treatment_lines(self.directory, lang), lines, lang, "help_lines")

    def _lines_first(self, response: Response, text: str, lines: list[Resource], lang: str, tag: str) -> Response:
        """Put the reviewed lines ``text`` above an answer or a no_answer; where the sources had
        nothing to say, the lines are the whole answer."""
        if response.kind not in ("answer", "no_answer"):
            return response
        if response.kind == "no_answer" and response.reason.split(":")[0] in (
            "out_of_scope",
            "not_covered",
            "off_topic",
        ):
            # "I can't answer that" under the lines would say the opposite of them.
            response.text = f"{say(lang, 'no_answer', 'help_lines_only')}\n\n{say(lang, 'disclaimer')}"
        response.text = f"{text}\n\n{response.text}"
        names = {r.name for r in response.resources}
        response.resources = [*response.resources, *(r for r in lines if r.name not in names)]
        response.reason = f"{response.reason}:{tag}"
        return response

    def _add_resources(self, response: Response, situation: str, lang: str) -> None:
        names = {r.name for r in response.resources}
        response.resources = [
            *response.resources,
            *(r for r in resources(self.directory, situation, lang) if r.name not in names),
        ]

    def _keep_help_in_view(self, response: Response, verdict: Verdict) -> Response:
        """A crisis earlier in the conversation, a question about suicide, or a message that
        touches dying, overdose, self-harm or taking too much: help goes with the reply."""
        if verdict.earlier_crisis:
            return self._with_help(response, "reminder", verdict.lang, "crisis_context")
        if verdict.sensitive:
            return self._with_help(response, "sensitive", verdict.lang, "sensitive_topic")
        if verdict.safety_net:
            return self._with_help(response, "net", verdict.lang, "safety_net")
        return response

    def _with_help(self, response: Response, variant: str, lang: str, tag: str = "safety_net") -> Response:
        help_text = reminder_text(self.directory, lang, variant)
        body = response.text
        disclaimer = next((d for d in DISCLAIMERS if body.rstrip().endswith(d)), "")
        if disclaimer:  # help goes before the closing disclaimer
            body = body.rstrip()[: -len(disclaimer)].rstrip()
            response.text = f"{body}\n\n{help_text}\n\n{disclaimer}"
        else:
            response.text = f"{body}\n\n{help_text}"
        self._add_resources(response, "reminder" if variant in ("reminder", "sensitive") else "net", lang)
        response.reason = f"{response.reason}:{tag}"
        return response

    def _taper_education(self) -> Any:
        """The corpus's general word on tapering with supervision instead of stopping suddenly,
        composed once per corpus version; None when it cannot be had."""
        if self.retriever is not None and self.corpus_version not in self._education:
            try:
                vector = self.embedder.encode_one(EDUCATION_QUERY)
                hits = self.retriever.search(vector, EDUCATION_QUERY, k=EDUCATION_PASSAGES)
                units = self.retriever.units_of([h.chunk_id for h in hits])
                composition = compose(vector, hits, units, self.thresholds)
                shown = [t for c in composition.citations for t in (c.quote, c.passage)] if composition else []
                if composition and problems(composition.body, shown):
                    composition = None
                self._education[self.corpus_version] = composition
            except Exception as exc:  # the reply stands without its education; try again next time
                logger.warning("education retrieval failed: %s", exc.__class__.__name__)
        return self._education.get(self.corpus_version)

    def _stopping_lead(self, question: str) -> tuple[Any, ...]:
        """For a question about stopping, cutting down or missed doses: the taper passage's
        first quoted stretch, to open the answer."""
        education = self._taper_education() if about_stopping(question) else None
        if education is None or not education.chosen:
            return ()
        first_chunk = education.chosen[0][0].chunk_id
        return tuple(pair for pair in education.chosen if pair[0].chunk_id == first_chunk)[:LEAD_UNITS]

    def _refusal(self, verdict: Verdict) -> Response:
        education = self._taper_education()
        return Response(
            "refusal",
            refusal_text(self.directory, verdict.lang, education.body if education else "")
            + f"\n\n{say(verdict.lang, 'disclaimer')}",
            citations=list(education.citations) if education else [],
            resources=resources(self.directory, "dosing", verdict.lang),
            reason=verdict.reason,
            corpus_version=self.corpus_version,
        )

    def _answer(self, question: str, history: Sequence[Any] | None, verdict: Verdict) -> Iterator[Response]:
        query = search_text(question, history)
        vector = self.embedder.encode_one(query)
        # Before the uncovered topics: "a limerick about a cat" is not a question about pets and Klonopin.
        if self._off_topic(question, query, vector, history):
            self.last_decision = Decision(query=query, safety=verdict, off_topic=True)
            yield self._no_answer("off_topic", verdict.lang)
            return
        # The gates above and below were trained on Spanish questions as asked; the English
        # corpus is searched, and the topic list read, with an English gloss (assistant/gloss.py).
        searched, asked = for_search(question, query), for_search(question, question)
        searched_vector = vector if searched == query else self.embedder.encode_one(searched)
        topic = uncovered_topic(question) or (uncovered_topic(asked) if asked != question else None)
        if topic is not None:  # no reviewed document covers it: no passage is looked for
            yield self._uncovered(topic, verdict.lang)
            return
        hits = self.retriever.search(searched_vector, searched, k=PASSAGES_RETRIEVED)
        units = self.retriever.units_of([hit.chunk_id for hit in hits[: self.thresholds.passages_considered]])
        lead = self._stopping_lead(question)
        relevance = self._relevance(searched, hits, units)
        # A question of a kind the sources seldom answer (insurance, a named program, the drug's
        # history) is answered only from a clearly fitting sentence, never from a loose one. A
        # message in a conversation may lean on what came before ("is any of those secular?",
        # "ok, what does a taper involve then?"), which the gate does not read: it is not doubted.
        doubtful = not previous_user_messages(history) and self.coverage.not_covered(question, vector)
        thresholds = (
            replace(self.thresholds, min_relevance=self.thresholds.doubtful_min_relevance)
            if doubtful
            else self.thresholds
        )
        composition = compose(searched_vector, hits, units, thresholds, lead=lead, relevance=relevance)
        if composition is None and not doubtful:
            terms = tuple(self.retriever.distinctive_terms(asked))
            if terms:
                relaxed = replace(
                    self.thresholds,
                    min_passage=self.thresholds.lexical_min_passage,
                    min_sentence=self.thresholds.lexical_min_sentence,
                )
                composition = compose(searched_vector, hits, units, relaxed, require_terms=terms, lead=lead)
        if composition is None and lead and about_stopping_the_drug(question):
            composition = compose(
                searched_vector, hits, units, thresholds, lead=lead, relevance=relevance, lead_alone=True
            )
        self.last_decision = Decision(
            query=query,
            best_passage=max((hit.similarity for hit in hits), default=0.0),
            best_sentence=composition.best_sentence if composition else 0.0,
            safety=verdict,
            doubtful=doubtful,
        )
        if composition is None:
            # The more specific reason when there is one: another drug named, a figure asked for.
            reason = uncovered_reason(question, []) or ("not_covered" if doubtful else "out_of_scope")
            yield self._no_answer(reason, verdict.lang)
            return
        topic = uncovered_topic(question, [c.doc_id for c in composition.citations])
        if topic is not None:
            yield self._uncovered(topic, verdict.lang)
            return
        uncovered = uncovered_reason(question, composition.quotes)
        if uncovered:
            yield self._no_answer(uncovered, verdict.lang)
            return
        # The app shows whole passages too, so they pass the same check as the quotes.
        blocked = problems(composition.body, [t for c in composition.citations for t in (c.quote, c.passage)])
        if blocked:
            yield Response(
                "no_answer",
                f"{say(verdict.lang, 'unavailable', 'blocked')}\n\n{say(verdict.lang, 'disclaimer')}",
                reason="output_check_" + "_".join(blocked),
                corpus_version=self.corpus_version,
            )
            return
        reason = "answered"
        if self.generator is not None:
            # Only once the extractive answer exists: where the passages hold no answer, a model invents one.
            generated = Generated("fallback_no_output")
            for generated in self.generator.stream(question, hits[:GENERATION_PASSAGES], units):
                if generated.outcome == "streaming":
                    yield self._generated_response(generated, DRAFT_REASON, verdict.lang)
            reason = f"answered:{generated.outcome}"
            if generated.body:
                yield self._generated_response(generated, reason, verdict.lang)
                return
        yield Response(
            "answer",
            f"{composition.body}\n\n{say(verdict.lang, 'disclaimer')}",
            citations=composition.citations,
            reason=reason,
            corpus_version=self.corpus_version,
        )

    def _relevance(self, query: str, hits: list[Any], units: list[Any]) -> dict[str, float]:
        """How well each unit answers the query, by the answer encoder (unit id → score)."""
        section = {hit.chunk_id: str(hit.metadata.get("section") or "") for hit in hits}
        return self.answer_encoder.scores(query, _unit_texts(units, section))

    def _warm_relevance(self) -> None:
        """Embed a small corpus's units with the answer encoder now, not during the first
        questions that reach them (they made the 95th percentile of an answer ~150 ms)."""
        assert self.retriever is not None
        if self.retriever.size > WARM_MAX_PASSAGES:
            return
        got = self.retriever.chunks.get(include=["metadatas"])
        section = {
            cid: str((meta or {}).get("section") or "") for cid, meta in zip(got["ids"], got["metadatas"], strict=True)
        }
        self.answer_encoder.scores("", _unit_texts(self.retriever.units_of(list(section)), section))

    def _off_topic(self, question: str, query: str, vector: Any, history: Sequence[Any] | None) -> bool:
        """Outside the domain however it is read: as asked, and after the earlier user turn.
        Asking where to find treatment or help never is."""
        if seeks_treatment(question) or not self.topic.off_topic(query, vector):
            return False
        earlier = previous_user_messages(history)
        if earlier and query == question:
            joined = f"{earlier[-1][-MAX_HISTORY_CHARS:]} {question}"
            return self.topic.off_topic(joined, self.embedder.encode_one(joined))
        return True

    def _generated_response(self, generated: Generated, reason: str, lang: str) -> Response:
        return Response(
            "answer",
            f"{generated.body}\n\n{say(lang, 'disclaimer')}",
            citations=list(generated.citations),
            reason=reason,
            corpus_version=self.corpus_version,
        )

    def _unavailable(self, verdict: Verdict) -> Response:
        reminder = reminder_text(self.directory, verdict.lang, "unavailable")
        text = f"{say(verdict.lang, 'unavailable', 'service')}\n\n{reminder}"
        return Response(
            "no_answer",
            text,
            resources=resources(self.directory, "always", verdict.lang),
            reason="service_unavailable",
            corpus_version=self.corpus_version,
        )

    def _uncovered(self, topic: Topic, lang: str) -> Response:
        """A plain reply for a topic no reviewed document covers: say so, say who can answer,
        and give the help lines; never a loosely related quote."""
        spanish = lang == "es"
        lead = say(lang, "no_answer", "uncovered_topic").format(topic=topic.name_es if spanish else topic.name)
        advice = topic.advice_es if spanish else topic.advice
        return Response(
            "no_answer",
            f"{lead} {advice}\n\n{resource_lines(self.directory, topic.help, lang)}\n\n{say(lang, 'disclaimer')}",
            resources=resources(self.directory, topic.help, lang),
            reason=f"topic_not_in_corpus:{topic.id}",
            corpus_version=self.corpus_version,
        )

    def _no_answer(self, reason: str, lang: str = "en") -> Response:
        known = reason in MESSAGES["no_answer"]
        text = say(lang, "no_answer", reason if known else "default")
        body = f"{text}\n\n{say(lang, 'disclaimer')}"
        return Response("no_answer", body, reason=reason, corpus_version=self.corpus_version)
