"""Round 17 of the event parties: a hyphenated sponsor ("Rwanda-backed rebels", "a UN-brokered
deal") is not the party (``event_modifiers.backer_marked``); a lone genitive of an act done to a
territory ("Kuwait's invasion") is its undergoer unless the noun is agentive in use
(``event_args.agentive_use``). Sentences are invented."""

from __future__ import annotations

import pytest

CAST = {name: ("GPE", code) for name, code in (
    ("Rwanda", "RWA"), ("Congo", "COD"), ("Iran", "IRN"), ("Turkey", "TUR"), ("UN", "IGOUNO"),
    ("Kuwait", "KWT"), ("Iraq", "IRQ"), ("Egypt", "EGY"), ("Israel", "ISR"), ("Gaza", "PSE"),
    ("Peru", "PER"), ("Chile", "CHL"), ("US", "USA"), ("Bolivian", "BOL"))}


def roots(events, root):
    return [e for e in events if e[0].startswith(root)]


@pytest.fixture
def hyphen_events(make_article, analyse):
    """(code, actor code, recipient code) of each event, the cast found anywhere in the text:
    the conftest cast takes whole words only, and "Rwanda-backed" hides its name."""
    from eventwire.extract.events import events_and_anaphors
    from eventwire.record import Actor, Entity, Mention

    def run(text: str):
        entities = []
        for name, (kind, code) in CAST.items():
            at = text.find(name)
            if at >= 0 and not text[at + len(name):at + len(name) + 1].isalpha():
                entities.append(Entity(
                    id=f"e{len(entities) + 1}", name=name, type=kind,
                    mentions=(Mention(start=at, end=at + len(name), text=name),),
                    actor=Actor(code=code, country=code[:3], sectors=())))
        article = make_article(text, entities=tuple(entities))
        return [(e.cameo, e.actor_code, e.recipient_code)
                for e in events_and_anaphors(article, analyse(text))[0]]

    return run


# sponsors named in a hyphenated participle

@pytest.mark.parametrize("text", ["Rwanda-backed rebels attacked Congo.",
                                  "Iran-funded militias attacked Congo."])
def test_a_hyphenated_backer_is_not_the_attacker(hyphen_events, text):
    attacks = roots(hyphen_events(text), "19")
    assert attacks and all(actor is None and recipient == "COD" for _, actor, recipient in attacks)


def test_a_hyphenated_backer_gives_no_country_as_the_only_one(hyphen_events):
    # Rwanda is the only country named, yet the rebels are not Rwanda's
    events = hyphen_events("Rwanda-backed rebels attacked the villages in the north.")
    assert not any((actor or "").startswith("RWA") for _, actor, _ in events)


def test_a_hyphenated_broker_is_not_the_party_of_the_deal(hyphen_events):
    events = hyphen_events("A UN-brokered deal ended the war between Peru and Chile.")
    assert not any((actor or "").startswith("IGO") for _, actor, _ in events)


@pytest.mark.parametrize("text", ["US-led troops attacked Congo.", "Rwanda-led rebels attacked Congo.",
                                  "Rwanda attacked Congo."])
def test_a_leader_still_names_the_party(hyphen_events, text):
    # "-led": the leader's forces are its own (PETRARCH codes "US-led coalition" USA)
    events = roots(hyphen_events(text), "19")
    assert any((actor or "")[:3] in ("USA", "RWA") and recipient == "COD"
               for _, actor, recipient in events)


# genitives of acts done to a territory

def test_a_lone_genitive_of_an_invasion_is_no_party(asserted_events):
    # invader or invaded? both readings are common ("Kuwait's invasion", "Iraq's invasion"),
    # so the genitive gives neither side rather than a guess
    events = asserted_events(CAST, "Kuwait's invasion shocked Egypt.")
    assert not any("Kuwait" in actors + recipients for _, actors, recipients in events)


@pytest.mark.parametrize(("text", "code"), [
    ("Peru's occupation has lasted ten years.", "192"),
    ("Protesters in Lima marched against Chile's occupation.", "192"),
    ("Chile's blockade angered Peru.", "191"),
])
def test_a_lone_genitive_of_an_occupation_is_its_agent(asserted_events, text, code):
    found = [(a, r) for c, a, r in asserted_events(CAST, text) if c == code]
    assert found and all(actors in (["Peru"], ["Chile"]) for actors, _ in found)


@pytest.mark.parametrize(("text", "agent", "undergoer"), [
    ("Iraq's invasion of Kuwait shocked Egypt.", "Iraq", "Kuwait"),   # an "of" patient
    ("Israel's blockade on Gaza angered Egypt.", "Israel", "Gaza"),   # another patient slot
])
def test_an_agentive_genitive_stays_the_agent(asserted_events, text, agent, undergoer):
    events = asserted_events(CAST, text)
    assert any(actors == [agent] and recipients == [undergoer] and code.startswith("19")
               for code, actors, recipients in events)


def test_a_pronoun_genitive_stays_the_doer(asserted_events):
    # "its" picks up Peru, already named as the doer: no event makes Peru its own undergoer
    events = asserted_events(CAST, "Peru announced that its occupation of the border towns "
                                   "would end, and its blockade would go on.")
    assert not any("Peru" in recipients for _, _, recipients in roots(events, "19"))


def test_a_by_agent_still_wins(asserted_events):
    events = asserted_events(CAST, "Kuwait's invasion by Iraq shocked Egypt.")
    assert ("190", ["Iraq"], ["Kuwait"]) in events


# a passive's "by" agent set off by a parenthetical

@pytest.mark.parametrize("text", [
    "The mayor of Lima was accused of taking bribes, some of them thought to have been hidden "
    "abroad, by Chile.",
    "The mayor of Lima was accused of fraud, a claim that was rejected, by Chile.",
])
def test_a_by_agent_after_a_parenthetical_is_the_passive_s_agent(asserted_events, text):
    accusations = roots(asserted_events(CAST, text), "11")
    assert accusations and all(actors == ["Chile"] for _, actors, _ in accusations)


def test_a_by_phrase_inside_the_parenthetical_stays_there(asserted_events):
    # "rejected by Chile" is the parenthetical's own passive: Chile rejected the claim
    events = asserted_events(CAST, "Peru was accused of fraud, a claim rejected by Chile.")
    assert not any("Chile" in actors for code, actors, _ in events if code.startswith("11"))


# the place of a measure (event_host.measure_place)

@pytest.mark.parametrize(("text", "code"), [
    ("The UN appealed for peace in Congo.", "02"),              # the object's place
    ("Peru lifted the state of emergency in Chile.", "081"),    # a territorial measure
    ("Peru said it will extend the curfew in Chile.", "132"),
])
def test_the_place_of_a_measure_is_its_target(cast_events, text, code):
    events = [e for e in cast_events(text, CAST) if e.cameo.startswith(code)]
    assert events and all((e.recipient_code or "")[:3] in ("COD", "CHL") for e in events)


@pytest.mark.parametrize("text", ["Peru signed a deal in Chile.",          # where it was signed
                                  "Peru declared a ceasefire in Chile."])  # a truce's own place
def test_the_place_of_an_act_is_no_target(cast_events, text):
    events = cast_events(text, CAST)
    assert events and not any((e.recipient_code or "").startswith("CHL") for e in events)


# "ethnic" + demonym: the group, coded by where it lives

ETHNIC = {"Albanians": ("NORP", "ALB"), "Serbia": ("GPE", "SRB"), "Macedonia": ("GPE", "MKD")}


def test_an_ethnic_group_takes_its_residence_country(cast_events):
    events = cast_events("Ethnic Albanians in Serbia attacked Macedonia.", ETHNIC)
    attacks = [e for e in events if e.cameo_root == "19"]
    assert attacks and all((e.actor_code or "")[:3] == "SRB" for e in attacks)


def test_an_ethnic_group_without_a_residence_is_no_kin_state(cast_events):
    events = cast_events("Ethnic Albanians attacked Macedonia.", ETHNIC)
    assert not any((e.actor_code or "").startswith("ALB") for e in events)


def test_a_demonym_without_ethnic_stays_the_state_s_people(cast_events):
    events = cast_events("Albanians in Serbia attacked Macedonia.", ETHNIC)
    assert any(e.cameo_root == "19" and (e.actor_code or "").startswith("ALB") for e in events)


# the place withdrawn from (event_host.withdrawn_from)

def test_the_place_withdrawn_from_is_the_target(asserted_events):
    events = asserted_events(CAST, "Peru speeded up the withdrawal of some forces from Chile.")
    assert ("087", ["Peru"], ["Chile"]) in events


def test_the_place_withdrawn_from_is_no_actor(asserted_events):
    events = asserted_events(CAST, "The withdrawal of some forces from Chile began on Monday.")
    assert events and all("Chile" not in actors for _, actors, _ in events)


def test_troops_from_a_country_elsewhere_are_still_its_own(cast_events):
    # no withdrawal: "troops from Chile" are Chile's troops (their origin)
    events = cast_events("Troops from Chile arrived in Peru.", CAST)
    assert any((e.actor_code or "").startswith("CHL") for e in events)


# the genitive of a relational noun names the other term (event_modifiers.relatum)

@pytest.mark.parametrize("text", ["Peru's allies attacked Chile.", "Peru's proxies attacked Chile."])
def test_the_genitive_of_an_ally_is_not_the_ally(cast_events, text):
    events = [e for e in cast_events(text, CAST) if e.cameo_root == "19"]
    assert events and not any((e.actor_code or "").startswith("PER") for e in events)


def test_an_ally_takes_the_country_it_is_in(cast_events):
    events = cast_events("Rebels killed the leader of Peru's militia ally in Chile.", CAST)
    assert any(e.cameo_root == "19" and (e.recipient_code or "").startswith("CHL") for e in events)


def test_the_genitive_of_a_body_is_still_its_owner(cast_events):
    events = cast_events("Peru's army attacked Chile.", CAST)
    assert any(e.cameo_root == "19" and (e.actor_code or "").startswith("PER") for e in events)


# ethnic names of round 17 (data/event_ethnic.csv)

@pytest.mark.parametrize(("text", "country"), [("Karen rebels attacked Peru.", "MMR"),
                                               ("Tibetan protesters attacked Peru.", "CHN")])
def test_an_ethnic_name_gives_its_residence(cast_events, text, country):
    events = [e for e in cast_events(text, CAST) if e.cameo_root in ("14", "19")]
    assert events and all((e.actor_code or "").startswith(country) for e in events)


def test_a_given_name_is_no_ethnic_name(cast_events):
    events = cast_events("Karen Smith attacked Peru.", CAST)
    assert not any((e.actor_code or "").startswith("MMR") for e in events)


# a mandative subjunctive hung on the demand noun's verb (event_modality.mandative_clauses)

def test_a_subjunctive_clause_is_the_demand_s_content(asserted_events):
    events = asserted_events(CAST, "Peru reiterated its demand today that Chile withdraw its troops.")
    assert any(code.startswith("10") and actors == ["Peru"] and recipients == ["Chile"]
               for code, actors, recipients in events)
    assert not any(code.startswith("087") for code, _, _ in events)  # demanded, not done


def test_an_indicative_clause_is_no_demanded_content(asserted_events):
    # "withdrew" is indicative: a report of what happened, not what is demanded
    events = asserted_events(CAST, "Peru reiterated its view today that Chile withdrew its troops.")
    assert not any(code.startswith("10") for code, _, _ in events)


# domestic default: an object owned by another party (event_host.owned_by_another)

def test_a_plural_actor_does_not_own_its_object(cast_events):
    # singular "its" cannot take "crowds" as antecedent: the embassy is Peru's, not Bolivia's
    events = cast_events("Peru restored ties with Chile years after Bolivian crowds burned down "
                         "its embassy.", CAST)
    burned = [e for e in events if e.cameo_root == "17"]
    assert burned and not any((e.recipient_code or "").startswith("BOL") for e in burned)


@pytest.mark.parametrize("text", ["Peru restored ties with Chile after Bolivian crowds blocked "
                                  "the roads.",
                                  "Peru restored ties with Chile after the Bolivian army blocked "
                                  "its roads."])
def test_a_coercive_act_without_another_owner_is_aimed_at_home(cast_events, text):
    events = [e for e in cast_events(text, CAST) if e.cameo_root in ("14", "17")]
    assert events and all((e.recipient_code or "").startswith("BOL") for e in events)


# the party a threat's condition names (event_host.condition_target)

@pytest.mark.parametrize("text", ["Peru threatened to impose sanctions if Chile did not withdraw.",
                                  "Peru threatened to hold a strike unless Chile paid the debt."])
def test_a_threat_s_condition_names_the_threatened(asserted_events, text):
    threats = roots(asserted_events(CAST, text), "13")
    assert threats and all(actors == ["Peru"] and recipients == ["Chile"]
                           for _, actors, recipients in threats)


def test_a_threat_s_addressee_still_wins(asserted_events):
    threats = roots(asserted_events(CAST, "Peru warned Congo that it would impose sanctions if "
                                          "Chile did not pay."), "13")
    assert threats and all(recipients == ["Congo"] for _, _, recipients in threats)
