"""Actor resolution: phrase → CAMEO-style code, with capitals as actors only when they act."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import MentionContext, is_political, load_vocabulary, resolve_actor


@pytest.mark.parametrize(
    ("phrase", "label", "code"),
    [
        ("Chinese authorities", "", "CHNGOV"),
        ("China's Foreign Ministry", "ORG", "CHNGOV"),
        ("China’s Foreign Ministry", "ORG", "CHNGOV"),
        ("U.S. troops", "", "USAMIL"),
        ("US troops", "", "USAMIL"),
        ("American soldiers", "", "USAMIL"),
        ("Afghan security forces", "", "AFGMIL"),
        ("the Kabul authorities", "", "AFGGOV"),
        ("Russian President", "", "RUSGOV"),
        ("Ukrainian Foreign Minister", "", "UKRGOV"),
        ("Iranian state media", "", "IRNMED"),
        ("Israeli police", "", "ISRCOP"),
        ("Palestinian protesters", "", "PSECVL"),
        ("British lawmakers", "", "GBRLEG"),
        ("Pakistan's Supreme Court", "ORG", "PAKJUD"),
        ("Syrian rebels", "", "SYRREB"),
        ("Nigerian militants", "", "NGAINS"),
        ("Turkish opposition", "", "TUROPP"),
        ("U.S. intelligence", "", "USASPY"),
        ("senior Egyptian officials", "", "EGYGOV"),
        ("the Chinese communist regime", "", "CHNGOV"),
        ("Kenyan journalists", "", "KENMED"),
        ("Sudanese refugees", "", "SDNREF"),
        ("Indian farmers", "", "INDAGR"),
        ("the Taliban", "ORG", "AFGINS"),
        ("Taliban's", "ORG", "AFGINS"),
        ("Taliban spokesman", "", "AFGINS"),
        ("Taliban co-founder", "", "AFGINS"),
        ("Hamas", "ORG", "PSEREB"),
        ("Hezbollah fighters", "", "LBNREB"),
        ("Islamic State", "ORG", "IMGINS"),
        ("ISIS", "ORG", "IMGINS"),
        ("al-Shabaab", "ORG", "SOMINS"),
        ("Boko Haram", "ORG", "NGAINS"),
        ("the Houthis", "NORP", "YEMREB"),
        ("Wagner Group", "ORG", "RUSUAF"),
        ("the United Nations", "ORG", "IGOUNO"),
        ("UN", "ORG", "IGOUNO"),
        ("NATO", "ORG", "IGOWSTNAT"),
        ("European Union", "ORG", "IGOEUREEC"),
        ("African Union", "ORG", "IGOAFRAFU"),
        ("UNHCR", "ORG", "IGOUNOREFHCR"),
        ("World Health Organization", "ORG", "IGOUNOHLHWHO"),
        ("Amnesty International", "ORG", "NGOHRIAMN"),
        ("Human Rights Watch", "ORG", "NGOHRIHRW"),
        ("Chinese Communist Party leader", "", "CHNGOV"),
        ("the Kremlin", "ORG", "RUSGOV"),
        ("United States", "GPE", "USA"),
        ("U.S.", "GPE", "USA"),
        ("Britain", "GPE", "GBR"),
        ("UK", "GPE", "GBR"),
        ("Chinese", "NORP", "CHN"),
    ],
)
def test_actors_resolve_phrase_code(phrase, label, code):
    actor = resolve_actor(phrase, label)
    assert actor is not None and actor.code == code
    if not code.startswith(("IGO", "NGO", "IMG")):
        assert actor.country == code[:3]


@pytest.mark.parametrize(
    ("phrase", "group", "sectors"),
    [
        ("the Taliban", "Taliban", ("INS",)),
        ("Daesh", "Islamic State", ("INS",)),
        ("Qassam Brigades", "Hamas", ("REB",)),
        ("Communist Party of China", "Communist Party of China", ("GOV",)),
    ],
)
def test_actors_group_fields(phrase, group, sectors):
    actor = resolve_actor(phrase, "ORG")
    assert actor.group == group and actor.sectors == sectors and actor.description


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("Islamist", "NORP"),  # a NORP the vocabulary does not know
        ("Chinese city of Tianjin", ""),  # not an actor phrase: every word must count
        ("us", ""),  # the pronoun, not the acronym
        ("who", ""),
        ("turkey", ""),  # lowercase: the bird
        ("Jordan", "PERSON"),  # people get actors from titles, not from a country name
        ("Beijing", "GPE"),  # a capital with no context is a place
        ("Tuesday", "DATE"),
    ],
)
def test_actors_unsure_gives_none(phrase, label):
    assert resolve_actor(phrase, label) is None


def test_actors_bare_role_has_sectors_but_no_code():
    actor = resolve_actor("riot police")
    assert actor.code is None and actor.country is None and actor.sectors == ("COP",)


@pytest.mark.parametrize(
    ("sentence", "capital", "code"),
    [
        ("Beijing has repeatedly warned against foreign interference.", "Beijing", "CHNGOV"),
        ("Moscow said the sanctions were illegal.", "Moscow", "RUSGOV"),
        ("The decision was condemned by Tehran on Sunday.", "Tehran", "IRNGOV"),
        ("Officials in Seoul urged Pyongyang to return to talks.", "Pyongyang", "PRKGOV"),
        ("Kyiv's response came hours later.", "Kyiv", "UKRGOV"),
        ("Kiev on Monday rejected the proposal.", "Kiev", "UKRGOV"),
    ],
)
def test_actors_capital_acting_is_government(sentence, capital, code):
    start = sentence.index(capital)
    context = MentionContext.from_text(sentence, start, start + len(capital))
    assert is_political(context)
    assert resolve_actor(capital, "GPE", context=context).code == code


@pytest.mark.parametrize(
    ("sentence", "capital"),
    [
        ("The two ministers met in Beijing on Wednesday.", "Beijing"),
        ("Heavy rain flooded streets in Kabul overnight.", "Kabul"),
        ("Flights from Moscow to Tehran resumed.", "Moscow"),
    ],
)
def test_actors_capital_as_place_has_no_actor(sentence, capital):
    start = sentence.index(capital)
    context = MentionContext.from_text(sentence, start, start + len(capital))
    assert resolve_actor(capital, "GPE", context=context) is None


def test_actors_user_extension_file(tmp_path):
    extra = tmp_path / "my_groups.csv"
    extra.write_text(
        "names,code,country,sectors,group,known_group,description\n"
        "Northern Shield Brigade|NSB,MLIREB,MLI,REB,Northern Shield Brigade,,invented test group\n"
        "Taliban,AFGGOV,AFG,GOV,Taliban,TAL,user override: the Taliban as a government\n",
        encoding="utf-8",
    )
    vocab = load_vocabulary(extra)
    assert resolve_actor("the Northern Shield Brigade", "ORG", vocabulary=vocab).code == "MLIREB"
    assert resolve_actor("NSB", "ORG", vocabulary=vocab).group == "Northern Shield Brigade"
    assert resolve_actor("Taliban", "ORG", vocabulary=vocab).code == "AFGGOV"
    assert resolve_actor("Northern Shield Brigade", "ORG") is None  # default vocabulary untouched


def test_actors_user_extension_roles(tmp_path):
    extra = tmp_path / "my_roles.csv"
    extra.write_text("phrase,kind,sectors,description\ncoast guard,role,MIL,coast guard\n", encoding="utf-8")
    vocab = load_vocabulary(extra)
    assert resolve_actor("Greek coast guard", vocabulary=vocab).code == "GRCMIL"


def test_actors_extension_with_unknown_columns_is_refused(tmp_path):
    extra = tmp_path / "bad.csv"
    extra.write_text("name,code\nX,Y\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_vocabulary(extra)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("US Deputy Secretary of Energy", "USAGOV"),
        ("Kenyan Minister for Foreign Affairs", "KENGOV"),
        ("Peruvian Minister of Health and Education", "PERGOV"),
        ("US Defense Secretary", "USAGOV"),
        ("the French presidency", "FRAGOV"),
    ],
)
def test_actors_title_with_portfolio(phrase, code):
    assert resolve_actor(phrase).code == code


def test_actors_of_place_is_no_portfolio():
    assert resolve_actor("Chinese authorities of Tianjin") is None


def test_actors_qualified_demonym_alone():
    assert resolve_actor("Radical French", "NORP").code == "FRA"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Tamil Tigers", "LKAREB"), ("FARC", "COLREB"), ("UNIFIL", "IGOUNOPKO"), ("Janjaweed", "SDNUAF")],
)
def test_actors_more_known_groups(phrase, code):
    assert resolve_actor(phrase, "ORG").code == code


@pytest.mark.parametrize("phrase", ["Gaza Strip", "West Bank", "Gaza"])
def test_actors_palestinian_territories_are_pse(phrase):
    assert resolve_actor(phrase, "GPE").code == "PSE"


@pytest.mark.parametrize("phrase, code", [
    ("Somali Islamist", "SOM"),
    ("Iraqi Shiite", "IRQ"),
    ("Somali Islamist insurgents", "SOMINS"),
])
def test_actors_demonym_with_trailing_qualifiers_keeps_its_country(phrase, code):
    assert resolve_actor(phrase).code == code


def test_actors_qualifier_alone_is_no_actor():
    assert resolve_actor("Islamist") is None


@pytest.mark.parametrize("phrase", ["Kampuchean guerrillas", "Kampuchea"])
def test_actors_historic_country_name_is_coded(phrase):
    assert resolve_actor(phrase).code.startswith("KHM")


@pytest.mark.parametrize("name, code", [
    ("Rapid Support Forces", "SDNREB"), ("M23", "CODREB"), ("March 23 Movement", "CODREB"),
    ("JNIM", "MLIINS"), ("Tigray People's Liberation Front", "ETHREB"), ("TPLF", "ETHREB"),
    ("Fano", "ETHREB"), ("Arakan Army", "MMRREB"), ("People's Defence Force", "MMRREB"),
    ("Africa Corps", "RUSMIL"), ("PIJ", "PSEREB"), ("Ansar Allah", "YEMREB"), ("ISWAP", "NGAINS"),
])
def test_movements_resolve_to_country_and_sector(name, code):
    assert resolve_actor(name, "ORG").code == code
