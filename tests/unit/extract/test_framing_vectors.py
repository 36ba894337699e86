"""The distributional framing features (``framing_vectors``), on a tiny hand-made vectors file."""

import numpy as np
import pytest

from eventwire.extract import framing_vectors as fv


@pytest.fixture
def tiny(tmp_path, monkeypatch):
    words = ["disastrous", "catastrophic", "table", "thugs", "bullies"]
    stems = ["disastr", "catastroph", "tabl", "thug", "bulli"]
    vectors = np.array([[1, 0.1, 0], [0.9, 0.2, 0], [0, 0, 1], [0, 1, 0], [0.1, 0.95, 0]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    path = tmp_path / "v.npz"
    np.savez(path, words=np.array(words), stems=np.array(stems), vectors=vectors.astype(np.float16),
             zipf=np.array([28, 20, 50, 30, 31], dtype=np.uint8))
    monkeypatch.setenv("EVENTWIRE_FRAMING_VECTORS", str(path))
    for cached in (fv._table, fv._stem_rows):
        cached.cache_clear()
    fv._PROTOTYPES.clear()
    yield
    for cached in (fv._table, fv._stem_rows):
        cached.cache_clear()
    fv._PROTOTYPES.clear()


def column(name):
    return fv.VECTOR_NAMES.index(name)


def test_unseen_word_is_scored_by_its_listed_neighbour(tiny):
    learned = {"~disastr": ("Loaded_Language", 0.6), "thugs": ("Name_Calling,Labeling", 0.7)}
    rows = fv.vector_features(["catastrophic", "table", "bullies", "zzzunknown"], learned)
    assert rows[0, column("near_ll")] > 0.95 and rows[1, column("near_ll")] < 0.05
    assert rows[0, column("sim_ll")] > rows[1, column("sim_ll")]
    assert rows[2, column("near_nc")] > 0.95 and rows[2, column("near_ll")] < 0.3
    assert rows[3, column("novec")] == 1 and not rows[3, column("near_ll")]
    assert rows[0, column("novec")] == 0


def test_a_listed_word_is_not_its_own_nearest_neighbour(tiny):
    learned = {"~disastr": ("Loaded_Language", 0.6)}
    rows = fv.vector_features(["disastrous"], learned)
    assert rows[0, column("near_ll")] == 0  # the only LL entry is its own stem
    assert rows[0, column("sim_ll")] > 0.99


def test_off_switch(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_FRAMING_VECTORS", "0")
    assert fv.data_path() is None and not fv.enabled()


def test_the_crf_reads_no_vector_column():
    from eventwire.extract.framing_crf import items
    from eventwire.extract.framing_features import NAMES, VECTORS, tokens

    toks = tokens("a disastrous plan")
    rows = np.zeros((len(toks), len(NAMES)))
    rows[:, NAMES.index("vader")] = 0.5
    rows[:, len(NAMES) - len(VECTORS):] = 0.7  # every vector column set, when the file is shipped
    attrs = items(toks, rows, [[] for _ in toks], 0, len(toks))
    assert all(a["vader"] == 0.5 for a in attrs)
    assert not any(name in a for a in attrs for name in VECTORS)
