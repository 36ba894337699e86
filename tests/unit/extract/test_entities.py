"""EntitiesStep: merged mentions, titles giving people actor codes, actor phrases, sound offsets."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import load_vocabulary
from eventwire.extract.entities import EntitiesStep, extract_entities
from eventwire.step import Step


def find(entities, mention_text):
    """The entity holding a mention with this exact text."""
    hits = [e for e in entities if any(m.text == mention_text for m in e.mentions)]
    assert len(hits) == 1, (mention_text, [e.name for e in entities])
    return hits[0]


def test_entities_step_contract():
    step = EntitiesStep()
    assert isinstance(step, Step)
    assert step.name == "eventwire.entities.v2"
    assert step.requires == () and step.assigns == ("entities",)


@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        ("Chinese Foreign Minister Wang Yi arrived in Islamabad on Monday.", "Wang Yi", "CHNGOV"),
        ("Russian President Vladimir Putin met business leaders in Moscow.", "Vladimir Putin", "RUSGOV"),
        ("Taliban co-founder Mullah Abdul Ghani Baradar led the delegation.", "Mullah Abdul Ghani Baradar", "AFGINS"),
        ("Mohammed Naeem, a Taliban spokesman, said the group wanted peace.", "Mohammed Naeem", "AFGINS"),
        ("NATO Secretary General Jens Stoltenberg urged restraint.", "Jens Stoltenberg", "IGOWSTNAT"),
        ("Iranian Foreign Minister Hossein Amirabdollahian travelled to Baghdad.", "Hossein Amirabdollahian", "IRNGOV"),
    ],
)
def test_entities_title_gives_person_code(entities_of, text, person, code):
    entity = find(entities_of(text), person)
    assert entity.type == "PERSON" and entity.actor.code == code
    assert entity.actor.description  # the title as written


@pytest.mark.parametrize(
    ("text", "short", "full", "code"),
    [
        (
            "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi. "
            "Putin said the talks were constructive.",
            "Putin", "Vladimir Putin", "RUSGOV",
        ),
        (
            "Chinese Foreign Minister Wang Yi arrived in Islamabad on Monday. "
            "Wang told reporters that the visit was a success.",
            "Wang", "Wang Yi", "CHNGOV",
        ),
        (
            "Taliban co-founder Mullah Abdul Ghani Baradar led the delegation in Doha. "
            "Baradar was accompanied by two deputies.",
            "Baradar", "Mullah Abdul Ghani Baradar", "AFGINS",
        ),
    ],
)
def test_entities_surname_joins_and_inherits(entities_of, text, short, full, code):
    entity = find(entities_of(text), short)
    assert entity.name == full
    assert [m.text for m in entity.mentions] == [full, short]
    assert entity.actor.code == code


@pytest.mark.parametrize(
    ("text", "forms", "code"),
    [
        (
            "The United States and Britain imposed new sanctions. The U.S. embassy in Riyadh "
            "stayed open, while the U.S. warned its citizens.",
            ("United States", "U.S."), "USA",
        ),
        (
            "The Taliban seized the border crossing on Friday. The Taliban's fighters then moved "
            "towards Kandahar, and the Taliban said the city would fall.",
            ("Taliban",), "AFGINS",
        ),
        (
            "Islamic State claimed the attack. ISIS fighters had stormed the prison.",
            ("Islamic State", "ISIS"), "IMGINS",
        ),
    ],
)
def test_entities_aliases_merge(entities_of, text, forms, code):
    entities = entities_of(text)
    entity = find(entities, forms[0])
    assert {m.text for m in entity.mentions} == set(forms)
    assert all(not m.text.lower().startswith("the ") and not m.text.endswith("'s") for m in entity.mentions)
    assert entity.actor.code == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Chinese authorities detained two activists in Shanghai.", "Chinese authorities", "CHNGOV"),
        ("The withdrawal of U.S. troops from Syria began in October.", "U.S. troops", "USAMIL"),
        ("Afghan security forces retreated from the district.", "Afghan security forces", "AFGMIL"),
        ("The deal between China and the Kabul authorities was signed.", "Kabul authorities", "AFGGOV"),
        ("Rockets hit the town, the Israeli military said.", "Israeli military", "ISRMIL"),
        ("Kenyan police said 12 demonstrators were arrested.", "Kenyan police", "KENCOP"),
        ("Earlier, China's Foreign Ministry said it hoped for peace.", "China's Foreign Ministry", "CHNGOV"),
    ],
)
def test_entities_role_phrase_becomes_actor_entity(entities_of, text, phrase, code):
    entities = entities_of(text)
    entity = find(entities, phrase)
    assert entity.type == "ORG" and entity.actor.code == code
    start = text.index(phrase)
    # the demonym/country inside the phrase is absorbed, not a second overlapping entity
    inner = [m for e in entities if e is not entity for m in e.mentions if start <= m.start < start + len(phrase)]
    assert inner == []


def test_entities_repeated_role_phrase_merges(entities_of):
    text = (
        "Chinese authorities invited the delegation. Two days later Chinese authorities "
        "confirmed the meeting had taken place."
    )
    entity = find(entities_of(text), "Chinese authorities")
    assert len(entity.mentions) == 2


@pytest.mark.parametrize(
    ("text", "capital", "code"),
    [
        ("Beijing has repeatedly warned Washington against arms sales to Taiwan.", "Beijing", "CHNGOV"),
        ("The talks collapsed after Moscow rejected the offer.", "Moscow", "RUSGOV"),
        ("Heavy rain flooded several streets in Kabul overnight.", "Kabul", None),
    ],
)
def test_entities_capital_acting_or_place(entities_of, text, capital, code):
    entity = find(entities_of(text), capital)
    assert (entity.actor.code if entity.actor else None) == code


def test_entities_unknown_norp_has_no_actor(entities_of):
    entities = entities_of("The resurgent Islamist movement took the town of Ghazni.")
    assert all(e.actor is None for e in entities if e.type == "NORP")


def test_entities_skips_dates_and_money(entities_of):
    entities = entities_of("Pakistan received $3 billion from the IMF on Tuesday, July 12.")
    assert {e.type for e in entities} <= {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
    assert find(entities, "IMF").actor.code == "IGOBUSIMF"


def test_entities_ids_follow_first_mention(entities_of):
    text = (
        "Turkish President Recep Tayyip Erdogan spoke to the UN General Assembly. "
        "Erdogan then met Iraqi officials in New York."
    )
    entities = entities_of(text)
    assert [e.id for e in entities] == [f"e{i}" for i in range(1, len(entities) + 1)]
    firsts = [min(m.start for m in e.mentions) for e in entities]
    assert firsts == sorted(firsts)


def test_entities_user_vocabulary(tmp_path, analyse, make_article):
    extra = tmp_path / "groups.csv"
    extra.write_text(
        "names,code,country,sectors,group,known_group,description\n"
        "Northern Shield Brigade,MLIREB,MLI,REB,Northern Shield Brigade,,invented test group\n",
        encoding="utf-8",
    )
    text = "Fighters of the Northern Shield Brigade attacked an army post near Gao on Sunday."
    article = make_article(text)
    entities = extract_entities(article, analyse(text), vocabulary=load_vocabulary(extra))
    assert find(entities, "Northern Shield Brigade").actor.code == "MLIREB"


@pytest.mark.parametrize(
    ("text", "person", "sectors"),
    [
        ("President Adama Kourouma arrived in Dakar on Tuesday.", "Adama Kourouma", ("GOV",)),
        ("Valmora Party leader Marek Hovland attacked the plan.", "Marek Hovland", None),  # whose leader?
        ("The former minister Jack Cunningham resigned.", "Jack Cunningham", None),  # not a title
        ("Ousted President Adama Kourouma fled to Dakar.", "Adama Kourouma", ("GOV",)),  # sentence case
        ("Deposed Prime Minister Tomas Varga returned on Monday.", "Tomas Varga", ("GOV",)),
    ],
)
def test_entities_bare_title_only_when_clear(entities_of, text, person, sectors):
    entity = find(entities_of(text), person)
    assert (entity.actor.sectors if entity.actor else None) == sectors
    assert entity.actor is None or entity.actor.code is None  # no country: no code


@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        ("President Emmanuel Macron arrived in Dakar on Tuesday.", "Emmanuel Macron", "FRAGOV"),
        ("President Bush met Gulf leaders on Monday.", "Bush", "USAGOV"),
    ],
)
def test_entities_listed_person_beats_countryless_title(entities_of, text, person, code):
    assert find(entities_of(text), person).actor.code == code


@pytest.mark.parametrize(
    "text,name,code",
    [("Putin met the delegation in Sochi.", "Putin", "RUSGOV"),
     ("Angela Merkel arrived in Athens on Monday.", "Angela Merkel", "DEUGOV"),
     ("George Clinton played in Detroit.", "George Clinton", None)],
)
def test_entities_known_people_by_whole_name(make_article, analyse, text, name, code):
    from eventwire.extract.entities import extract_entities

    article = make_article(text)
    found = {e.name: e for e in extract_entities(article, analyse(text))}
    assert name in found
    assert (found[name].actor.code if found[name].actor else None) == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Gunmen from the pro-Iranian Hizbollah group fired rockets on Tuesday.", "Hizbollah", "LBNREB"),
        ("Negotiators said Hamas had accepted the truce in Cairo.", "Hamas", "PSEREB"),
    ],
)
def test_entities_lone_group_name_mid_sentence(entities_of, text, name, code):
    entity = find(entities_of(text), name)
    assert entity.actor is not None and entity.actor.code == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Voters in East Timor chose a new parliament on Saturday.", "East Timor", "TLS"),
        ("The Fijian government declared a state of emergency.", "Fijian government", "FJIGOV"),
        ("Officials in Swaziland confirmed the closure.", "Swaziland", "SWZ"),
    ],
)
def test_entities_small_states_have_names_and_demonyms(entities_of, text, name, code):
    entity = find(entities_of(text), name)
    assert entity.actor is not None and entity.actor.code == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Saakashvili accused Moscow of lying on Tuesday.", "Saakashvili", "GEOGOV"),
        ("Later, Petraeus met local leaders.", "Petraeus", "USAMIL"),
        ("US Deputy Secretary of Energy Jeffrey Kupfer spoke on Monday.", "Jeffrey Kupfer", "USAGOV"),
    ],
)
def test_entities_listed_or_titled_person_whatever_the_tag(entities_of, text, name, code):
    assert find(entities_of(text), name).actor.code == code


def test_entities_split_or_missed_country_names(entities_of):
    entities = entities_of("Guards beat scores of Sierra Leonean and Liberian refugees.")
    assert find(entities, "Sierra Leonean").actor.code == "SLE"
    assert find(entities_of("A prominent anti-Syria journalist was hurt."), "Syria").actor.code == "SYR"
    assert all(e.actor is None or e.actor.code != "SYRMED"
               for e in entities_of("A prominent anti-Syria journalist was hurt."))


def test_entities_title_set_off_before_the_name(entities_of):
    entities = entities_of("The Kenyan ambassador to Peru, Jane Wanjiru, met officials on Monday.")
    assert find(entities, "Jane Wanjiru").actor.code == "KENGOV"
    other = entities_of("According to Kenyan officials, Jane Wanjiru left on Monday.")
    assert find(other, "Jane Wanjiru").actor is None or find(other, "Jane Wanjiru").actor.code is None
