"""Leave one source out: sharing one training between the two folds that need it changes no reading."""

from __future__ import annotations

from dataclasses import replace

from threadpoolctl import threadpool_limits

from evals.safety_sources import PRODUCT, _inner_readings, leave_one_source_out, pair_readings
from safety.calibrate import VectorCache, out_of_source_readings
from safety.model import Labelled, load_labelled


def _small_sources() -> list[Labelled]:
    """Four real sources, a few messages of each label from each."""
    picked: list[Labelled] = []
    for source in ("team", "writer_a", "writer_c", "public_xstest"):
        seen: dict[str, int] = {}
        for example in load_labelled():
            if example.source == source and seen.get(example.label, 0) < 4:
                seen[example.label] = seen.get(example.label, 0) + 1
                picked.append(example)
    return picked


def test_pair_readings_give_each_fold_the_readings_it_would_train_for(embedder) -> None:
    # One BLAS thread: with several, sums run in varying order and two equal trainings can
    # differ in the sixth decimal, which would hide nothing and fail this comparison.
    with threadpool_limits(1):
        _compare_pair_readings_with_direct_training(embedder)


def _compare_pair_readings_with_direct_training(embedder) -> None:
    examples = _small_sources()
    vectors = VectorCache(embedder, [e.text for e in examples], None)
    pairs = pair_readings(PRODUCT, examples, vectors)
    assert len(pairs) == 6
    for held in ("team", "writer_c"):
        training = [e for e in examples if e.source != held]
        direct = out_of_source_readings(training, lambda subset: PRODUCT.train(subset, vectors), vectors)
        shared = _inner_readings(held, training, pairs)
        assert len(shared) == len(direct) == len(training)
        for one, other in zip(shared, direct, strict=True):
            assert one.rule_name == other.rule_name and one.dosing_rule == other.dosing_rule
            assert abs(one.crisis_probability - other.crisis_probability) < 1e-9
            assert abs(one.dosing_probability - other.dosing_probability) < 1e-9


def test_trainings_shared_out_to_processes_give_the_same_figures(embedder) -> None:
    examples = _small_sources()
    vectors = VectorCache(embedder, [e.text for e in examples], None)
    alone = leave_one_source_out(PRODUCT, examples, vectors, processes=1)
    shared = leave_one_source_out(PRODUCT, examples, vectors, processes=2)
    assert list(alone) == list(shared) == sorted({e.source for e in examples})
    for source in alone:
        for key in ("crisis_recall", "refusal_recall", "over_refusal", "net_on_benign", "confusion"):
            assert alone[source][key] == shared[source][key], (source, key)


def test_probabilities_kept_by_training_give_the_same_figures_without_training_again(embedder, tmp_path) -> None:
    examples = _small_sources()
    vectors = VectorCache(embedder, [e.text for e in examples], None)
    with threadpool_limits(1):
        uncached = leave_one_source_out(PRODUCT, examples, vectors, processes=1)
        cold = leave_one_source_out(PRODUCT, examples, vectors, processes=1, cache_dir=tmp_path)
        trainings: list[int] = []

        def counted(subset: list[Labelled], vectors: VectorCache) -> object:
            trainings.append(len(subset))
            return PRODUCT.train(subset, vectors)

        warm = leave_one_source_out(replace(PRODUCT, train=counted), examples, vectors, processes=1, cache_dir=tmp_path)
    assert trainings == []
    assert len(list((tmp_path / "loso-probabilities").glob("*.npy"))) == 6 + 4
    for source in uncached:
        for key in ("crisis_recall", "refusal_recall", "over_refusal", "net_on_benign", "confusion"):
            assert uncached[source][key] == cold[source][key] == warm[source][key], (source, key)
