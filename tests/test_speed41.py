"""The parse's matrix products: numpy's BLAS on one thread, started so without touching the caller's environment."""

from __future__ import annotations

import os
import sys

import pytest

from verify import nlp
from verify.nlp import BLAS_THREADS_ENV, _one_blas_thread


def test_the_pipelines_layers_multiply_with_numpys_blas_not_blis() -> None:
    tok2vec = nlp.load_model().get_pipe("tok2vec").model
    assert {getattr(layer.ops, "use_blis", None) for layer in tok2vec.walk()} == {False}


def test_openblas_starts_on_one_thread_when_spacy_first_loads_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "numpy", raising=False)  # as in a fresh process, before the first parse
    monkeypatch.delenv(BLAS_THREADS_ENV, raising=False)
    with _one_blas_thread():
        assert os.environ.get(BLAS_THREADS_ENV) == "1"
    assert BLAS_THREADS_ENV not in os.environ  # read once by OpenBLAS as it starts: not left for child processes


def test_a_callers_own_thread_count_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "numpy", raising=False)
    monkeypatch.setenv(BLAS_THREADS_ENV, "4")
    with _one_blas_thread():
        assert os.environ[BLAS_THREADS_ENV] == "4"
    assert os.environ[BLAS_THREADS_ENV] == "4"


def test_nothing_is_set_once_numpy_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy  # noqa: F401 - loaded by the caller: its OpenBLAS has started already

    monkeypatch.delenv(BLAS_THREADS_ENV, raising=False)
    with _one_blas_thread():
        assert BLAS_THREADS_ENV not in os.environ
