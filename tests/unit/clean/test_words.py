"""clean.words: word counts and sentence ends for scripts written without spaces or with their
own full stops, and what they change for the article floors."""

from __future__ import annotations

from eventwire.clean import clean, is_brief
from eventwire.clean.furniture import headline_shaped
from eventwire.clean.rescue import is_sentence, sentence_words
from eventwire.clean.words import CHARS_PER_WORD, count_words
from eventwire.errors import E, W
from eventwire.read.base import RawDocument, Rejection
from eventwire.record import Article, offset_errors

# Short sentences written for these tests (a city announces a new bridge).
ZH_PARAS = [
    "市政府周一宣布，城市东部的新桥将于明年春天开始建设，预计耗资十亿元。",
    "交通部门表示，这座桥梁将连接两个主要住宅区，每天可以减少大约三万辆汽车的通行时间。",
    "一些居民对施工期间的噪音表示担忧，但多数受访者支持这一项目。",
]
JA_SENTENCE = "市は月曜日、東部に新しい橋を来年春から建設すると発表した。"


def html_doc(content: str) -> RawDocument:
    return RawDocument(uri="p.html", format="html", content=content, kind="html")


def test_count_words_spaced_scripts_by_whitespace():
    assert count_words("Gunmen killed five villagers on Sunday.") == 6
    assert count_words("서울시는 월요일 새 다리 건설 계획을 발표했다.") == 7  # Hangul is spaced
    assert count_words("") == 0


def test_count_words_han_and_kana_by_characters():
    chars = sum(1 for c in ZH_PARAS[0] if "\u4e00" <= c <= "\u9fff")
    assert count_words(ZH_PARAS[0]) == round(chars / CHARS_PER_WORD)
    assert len(ZH_PARAS[0].split()) == 1  # what a whitespace count saw
    assert count_words(JA_SENTENCE) > 15
    # mixed text: Latin tokens by whitespace, Han by characters
    assert count_words("WHO 总干事 said") == 2 + round(3 / CHARS_PER_WORD)


def test_chinese_article_is_not_rejected_as_too_short():
    body = "".join(f"<p>{p}</p>" for p in ZH_PARAS * 2)
    html = (
        "<html><head><title>新桥明年开工</title></head><body>"
        "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav>"
        f"<article><h1>新桥明年开工</h1>{body}</article></body></html>"
    )
    article = clean(html_doc(html))
    assert isinstance(article, Article), article
    assert ZH_PARAS[1] in article.text
    assert "首页" not in article.text
    assert not offset_errors(article)
    assert W.W108.name not in {w.code for w in article.warnings}  # a full article, not a brief


def test_chinese_menu_is_still_rejected():
    menu = "".join(f"<li><a href='/{i}'>{name}</a></li>" for i, name in enumerate(["首页", "新闻", "体育", "财经"]))
    result = clean(html_doc(f"<html><body><ul>{menu}</ul></body></html>"))
    assert isinstance(result, Rejection)
    assert result.error in (E.E009, E.E012)


def test_sentence_ends_of_other_scripts():
    hindi = "सरकार ने सोमवार को शहर के पूर्व में एक नए पुल के निर्माण की घोषणा की।"
    urdu = "حکومت نے پیر کو شہر کے مشرق میں ایک نئے پل کی تعمیر کا اعلان کیا۔"
    for sentence in (hindi, urdu, JA_SENTENCE, ZH_PARAS[0]):
        assert is_sentence(sentence), sentence
        assert not headline_shaped(sentence), sentence
        assert is_brief(sentence), sentence
    assert sentence_words(hindi, min_words=8) == len(hindi.split())
    assert not is_sentence("सरकार ने पुल की घोषणा")  # no danda: a headline, not a sentence


def test_short_fullwidth_question_is_headline_shaped():
    assert headline_shaped("新桥什么时候开工？")
    assert headline_shaped("When will the bridge open?")


def test_japanese_corner_brackets_close_and_open_sentences():
    quoted = "「来年春に着工する」と市長は記者会見で述べ、住民への説明会を開く考えを示した。"
    closed = "市長は記者会見で「来年春に着工し、二年後の完成を目指す。」"
    for sentence in (quoted, closed):
        assert is_sentence(sentence), sentence
        assert not headline_shaped(sentence), sentence


def test_short_chinese_report_is_kept_as_a_brief():
    brief = "警方周日表示，北部山区一辆大巴坠入河谷，造成五人死亡。"  # one complete sentence
    words = count_words(brief)
    assert 8 <= words < 20
    html = f"<html><head><title>大巴坠河五人死亡</title></head><body><article><p>{brief}</p></article></body></html>"
    article = clean(html_doc(html))
    assert isinstance(article, Article), article
    assert article.text == brief
    assert W.W108.name in {w.code for w in article.warnings}


def test_thai_sentences_need_no_final_punctuation():
    from eventwire.clean.words import unpunctuated_script

    thai = "รัฐบาลประกาศเมื่อวันจันทร์ ว่าจะเริ่มสร้างสะพานแห่งใหม่ ทางทิศตะวันออกของเมือง ในฤดูใบไม้ผลิปีหน้า ด้วยงบประมาณ หนึ่งพันล้านบาท"
    assert unpunctuated_script(thai[-1]) and not unpunctuated_script("a")
    assert is_sentence(thai)
    assert not is_sentence("Floods cut off four villages")  # Latin still needs its full stop
