"""Word counts and sentence ends that hold for every script (the article floors: 20 words,
complete-sentence briefs, prose in rescued text, link-list headlines).

Counting whitespace-separated tokens fails for writing systems that put no spaces between
words: a Chinese or Japanese news article of a thousand characters splits into a handful of
"words" (one per paragraph or clause) and would be rejected as too short. Here Han ideographs
and kana are counted as characters and converted to words at :data:`CHARS_PER_WORD`, the mean
word length of segmented Chinese text (about 1.5–1.7 characters a word in word-segmented
corpora; Japanese words written in kanji and kana are of similar length). The rest of the text
is counted by whitespace as before. Korean (Hangul) is written with spaces between words and
needs no special treatment.
"""

from __future__ import annotations

import re

#: Han ideographs (unified, extensions A–F, compatibility), iteration marks, Hiragana, Katakana
#: (with phonetic extensions and half-width forms): the scripts written without spaces.
_SPACELESS = re.compile(
    "[\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9d\U00020000-\U0003134f]"
)
#: Characters per word in running Chinese/Japanese text (the low end of the measured range,
#: so a text is never under-counted against the floors).
CHARS_PER_WORD = 1.5
#: Sentence-final punctuation: Latin, CJK (ideographic and full-width), Devanagari/Bengali
#: danda, Arabic-script full stop and question mark (Urdu, Persian, Arabic), Armenian,
#: Ethiopic, Myanmar, Khmer and Tibetan full stops (Unicode Sentence_Terminal characters of
#: scripts used for news).
TERMINALS = ".!?。！？．।॥۔؟։።။។།"
#: Thai and Lao blocks: scripts that mark a sentence's end with a space, not punctuation.
_UNPUNCTUATED = re.compile("[\u0e00-\u0eff]")


def count_words(text: str) -> int:
    """Words in ``text``: whitespace-separated tokens, or, in text holding Han/kana, those
    characters at :data:`CHARS_PER_WORD` a word plus the other tokens with a letter or digit."""
    if not text:
        return 0
    spaceless = len(_SPACELESS.findall(text))
    if not spaceless:
        return len(text.split())
    # what is left between Han/kana runs: other words, and their punctuation ("，", "。"), not words
    rest = sum(1 for token in _SPACELESS.sub(" ", text).split() if any(c.isalnum() for c in token))
    return round(spaceless / CHARS_PER_WORD) + rest


def unpunctuated_script(char: str) -> bool:
    """True for a character of a script that ends sentences without punctuation (Thai, Lao)."""
    return bool(_UNPUNCTUATED.match(char))
