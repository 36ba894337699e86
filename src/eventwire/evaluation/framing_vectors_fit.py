"""Fit the framing word vectors (``data/framing_crf/framing_vectors.npz``) offline, from unlabelled news text.

Two stages, because gensim and wordfreq are fitting-time tools only (they are not run-time
dependencies of eventwire; run stage 2 in any environment that has them, e.g. a scratch venv):

1. ``corpus GOLD_ROOT OUT.txt`` (eventwire's venv): one lowercased, tokenised line per text line
   of the unlabelled sources the brief allows, never a PTC test-split article:

   * PTC ``train-articles`` whose id hashes to dev (``common.split_of``), and PTC
     ``dev-articles`` whose id hashes to dev (round 5's convention); their labels are not read;
   * PolNeAR ``train`` and ``dev`` text folders (not ``test``);
   * the BBC 2004–2005 articles and Reuters-21578 bodies.

   The same text also gives the vocabulary's counts.

2. ``train OUT.txt DATA.npz [--dims 64 --words 30000 --lexicon WORDS.txt]`` (needs gensim, wordfreq): a fastText
   skip-gram model (subword n-grams 3–5, so words absent from the corpus still get a vector from
   their pieces) or word2vec (``--model word2vec``, no subwords), then the vocabulary: the
   ``--words`` most frequent corpus words (fastText: plus every VADER and Pattern word), each
   with its unit vector (float16), its Porter stem and, with ``--zipf``, its wordfreq Zipf
   frequency (×10, uint8; CC-BY-SA 4.0 data, left out of the shipped file).
   Fixed seed, one worker thread (exact bytes also need ``PYTHONHASHSEED`` fixed). Run it as a
   file, since importing the ``eventwire`` package needs its own dependencies, e.g.
   ``/tmp/ftvenv/bin/python src/eventwire/evaluation/framing_vectors_fit.py train /tmp/corpus.txt
   src/eventwire/data/framing_crf/framing_vectors.npz --model word2vec --epochs 10 --words 30000``
   (the shipped v8 file; fastText's ``--lexicon WORDS.txt``, from stage ``lexicon OUT.txt`` in
   eventwire's venv, adds the VADER and Pattern words through subwords).

Only derived numbers are written, no text.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

SOURCES = ("propaganda_ptc_semeval2020t11", "quote_attribution_polnear", "news_bbc_2004_2005", "news_reuters21578")


def texts(root: str | Path):
    """Every allowed unlabelled text under the corpora folder ``root`` (see the module doc)."""
    from .common import split_of

    root = Path(root)
    ptc = root / SOURCES[0]
    for folder in ("train-articles", "dev-articles"):
        for path in sorted((ptc / folder).glob("article*.txt")):
            if split_of(path.stem.removeprefix("article")) == "dev":
                yield path.read_text(encoding="utf-8")
    for folder in ("train", "dev"):
        for path in sorted((root / SOURCES[1] / folder / "text").glob("*.txt")):
            yield path.read_text(encoding="utf-8", errors="replace")
    with gzip.open(root / SOURCES[2] / "bbc_articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield f"{row.get('title', '')}\n{row.get('text', '')}"
    for path in sorted((root / SOURCES[3]).glob("reuters-*.json.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for row in json.load(fh):
                yield f"{row.get('title', '')}\n{row.get('body', '')}"


def corpus(root: str, out: str) -> None:
    from ..extract.framing_features import tokens
    from ..extract.framing_learned import normalise

    lines = 0
    with open(out, "w", encoding="utf-8") as fh:
        for text in texts(root):
            for line in text.splitlines():
                words = [normalise(t.text) for t in tokens(line) if t.word]
                if len(words) >= 3:
                    fh.write(" ".join(words) + "\n")
                    lines += 1
    print(f"{lines} lines written to {out}", file=sys.stderr)


def lexicon_words(path: str | None) -> set[str]:
    """VADER's and Pattern's single-word entries (lowercase, letters, hyphens, apostrophes), from
    the file ``lexicon`` writes in eventwire's venv (VADER and Pattern live there)."""
    import re

    words = Path(path).read_text(encoding="utf-8").split() if path else []
    return {w for w in words if re.fullmatch(r"[a-z][a-z'-]*[a-z]", w)}


def train(corpus_file: str, out: str, dims: int = 64, top: int = 30000, lexicon_file: str | None = None,
          kind: str = "fasttext", epochs: int = 5, zipf: bool = False) -> None:
    import numpy as np
    from gensim.models import FastText, Word2Vec
    from nltk.stem.porter import PorterStemmer
    from wordfreq import zipf_frequency

    sentences = [line.split() for line in open(corpus_file, encoding="utf-8")]
    if kind == "fasttext":
        model = FastText(vector_size=dims, window=5, min_count=3, sg=1, negative=5, min_n=3, max_n=5,
                         epochs=epochs, workers=1, seed=1, bucket=200000)
    else:  # word2vec: no subwords, so no vector for a word outside the corpus
        model = Word2Vec(vector_size=dims, window=5, min_count=3, sg=1, negative=5, epochs=epochs,
                         workers=1, seed=1)
    model.build_vocab(corpus_iterable=sentences)
    model.train(corpus_iterable=sentences, total_examples=len(sentences), epochs=model.epochs)
    counts = Counter(w for s in sentences for w in s)
    vocab = [w for w, _ in counts.most_common() if w.isalpha() or "-" in w or "'" in w][:top]
    extra = sorted(lexicon_words(lexicon_file) - set(vocab)) if kind == "fasttext" else []
    vocab += extra
    vectors = np.array([model.wv[w] for w in vocab], dtype=np.float32)
    vectors = rotated(vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9))
    stemmer = PorterStemmer()
    arrays = {"words": np.array(vocab), "stems": np.array([stemmer.stem(w) for w in vocab]),
              "vectors": vectors.astype(np.float16)}
    if zipf:  # wordfreq's data is CC-BY-SA 4.0: the shipped v8 file leaves it out
        arrays["zipf"] = np.array([round(10 * zipf_frequency(w, "en")) for w in vocab], dtype=np.uint8)
    np.savez_compressed(out, **arrays)
    print(f"{len(vocab)} words ({len(extra)} from the lexicons only) × {dims} dims → {out}", file=sys.stderr)


def rotated(vectors):
    """``vectors`` in the basis of their principal axes (largest variance first): a rotation, so
    every cosine is kept, and the first k columns are the best k-dimensional summary (what
    ``framing_vectors`` reads as dense dimensions)."""
    import numpy as np

    centred = vectors - vectors.mean(axis=0)
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    return (vectors @ axes.T).astype(np.float32)


def lexicon(out: str) -> None:
    """Write the VADER and Pattern entry words (run in eventwire's venv, read by ``train``)."""
    from ..extract.framing_features import _vader, pattern_lexicon

    words = set(_vader()[0]) | set(pattern_lexicon())
    Path(out).write_text("\n".join(sorted(w for w in words if " " not in w)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "corpus":
        corpus(*rest[:2])
    elif command == "lexicon":
        lexicon(rest[0])
    else:
        args = rest
        dims = int(args[args.index("--dims") + 1]) if "--dims" in args else 64
        top = int(args[args.index("--words") + 1]) if "--words" in args else 30000
        words = args[args.index("--lexicon") + 1] if "--lexicon" in args else None
        kind = args[args.index("--model") + 1] if "--model" in args else "fasttext"
        epochs = int(args[args.index("--epochs") + 1]) if "--epochs" in args else 5
        train(args[0], args[1], dims, top, words, kind, epochs, "--zipf" in args)
