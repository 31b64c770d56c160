"""painkb.interpret and assess(text=...): what people type, read safely.

The rule under test: never a confident wrong warning, never a silently missed one;
when unsure, ask.
"""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import painkb
from painkb import Status, Urgency
from painkb.lint import read_back_text
from painkb.understand.words import tokenize

KB = painkb.load()
SIGNS = painkb.warning_signs(KB)


def found(text: str, status: Status | None = Status.PRESENT) -> set[str]:
    return {e.id for e in painkb.interpret(KB, text).entities(status)}


def flags(text: str) -> list[tuple[str, Urgency]]:
    return [(f.warning_sign.id, f.urgency) for f in painkb.assess(KB, text=text).red_flags]


# -- the cases the issue opened with -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "feels like sitting on a nail",
        "my buttock feels like I'm sitting on a nail",
        "pain in my left hip when lying on it",
        "neck",
        "elbow",
        "qwertyuiop asdf",
        "I wet myself laughing",
        "my boss is a pain in the butt",
        "no numbness",
        "my glutes are sore after the gym",
    ],
)
def test_no_emergency_from_ordinary_words(text: str) -> None:
    assert all(urgency is not Urgency.EMERGENCY for _, urgency in flags(text))


def test_a_fall_from_a_ladder_is_an_emergency() -> None:
    assert ("major-trauma", Urgency.EMERGENCY) in flags("back pain after a fall from a ladder")


def test_foot_drop_raises_a_flag() -> None:
    assert flags("progressive weakness lifting the foot (foot drop)")


def test_out_of_scope_body_parts_are_named_not_matched() -> None:
    for word in ("elbow", "neck"):
        result = painkb.interpret(KB, f"my {word} hurts")
        assert result.mentions == ()
        assert result.out_of_scope == (word,)


def test_nonsense_is_not_understood() -> None:
    result = painkb.interpret(KB, "qwertyuiop asdf")
    assert result.mentions == ()
    assert result.not_understood == ("qwertyuiop", "asdf")


def test_no_numbness_is_absent() -> None:
    assert found("no numbness", Status.ABSENT) == {"numbness"}
    assert "numbness" not in found("no numbness")


# -- statuses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("I don't have any numbness", Status.ABSENT),
        ("I'm not sure if it's numbness", Status.UNCERTAIN),
        ("maybe some numbness", Status.UNCERTAIN),
        ("I had sciatica years ago", Status.HISTORICAL),
        ("my mum has sciatica", Status.OTHER_PERSON),
        ("I've never had sciatica before, now I do", Status.PRESENT),
        ("the sciatica is not getting better", Status.PRESENT),
    ],
)
def test_status_of_a_finding(text: str, status: Status) -> None:
    mentions = [
        m
        for m in painkb.interpret(KB, text).mentions
        if m.entity.kind in (painkb.Kind.SYMPTOM, painkb.Kind.CONDITION)
    ]
    assert mentions, text
    assert mentions[0].status is status


def test_negation_stops_at_a_clause_break() -> None:
    assert found("no numbness but my lower back hurts") >= {"lower-back", "lower-back-pain"}
    assert found("no numbness but my lower back hurts", Status.ABSENT) == {"numbness"}


def test_someone_else_stops_at_i() -> None:
    text = "my mum has sciatica, I have lower back pain"
    assert "lower-back-pain" in found(text)
    assert "sciatica" in found(text, Status.OTHER_PERSON)


def test_side_age_and_duration() -> None:
    result = painkb.interpret(KB, "I'm 62 and my left buttock has ached for three weeks")
    assert result.age == 62
    assert result.duration is not None
    assert result.duration.days == 21
    sides = {m.entity.id: m.side for m in result.mentions}
    assert sides["buttock"] == "left"
    assert {m.side for m in painkb.interpret(KB, "numbness in both legs").mentions} == {"both"}


def test_figures_of_speech_are_set_aside() -> None:
    result = painkb.interpret(KB, "my boss is a pain in the butt")
    assert result.mentions == ()
    assert result.figurative
    assert "lower-back-pain" not in found("my hip pain came back")


def test_acronyms_keep_their_case() -> None:
    assert "axial-spondyloarthritis" in found("I have AS")
    assert "axial-spondyloarthritis" not in found("as it is, my hip hurts")


def test_one_misspelling_beside_words_spelt_right_raises_more_are_asked() -> None:
    assert "numbness" in found("numbnes in my foot")
    # one misspelling that is no English word, beside words spelt right: the word meant
    assert "bladder-dysfunction" in dict(flags("I cant controol my bladder"))
    # two misspellings, or a real word one letter off ("peeking", "peeling"): never raised
    for text in (
        "I cant controol my bladdder",
        "Back pain. Difficulty peeking at my phone.",
        "Back pain. Difficulty peeling oranges since my thumb op.",
    ):
        result = painkb.interpret(KB, text)
        sign = [m for m in (*result.mentions, *result.partial) if m.entity.id == "bladder-dysfunction"]
        assert not any(m.raises_warning for m in sign)
    assert "bladder-dysfunction" not in dict(flags("Back pain. Difficulty peeling oranges."))


# -- safety rules ----------------------------------------------------------------------------


def test_a_partial_warning_sign_becomes_a_question_never_a_flag() -> None:
    result = painkb.assess(KB, text="my bladder feels a bit odd and my back aches")
    assert "bladder-dysfunction" not in [f.warning_sign.id for f in result.red_flags]
    assert "bladder-dysfunction" in [q.warning_sign.id for q in result.questions]


def test_a_doubted_warning_sign_is_asked_about() -> None:
    result = painkb.assess(KB, text="I'm worried I can't control my bladder, my back hurts")
    assert result.red_flags == () or all(f.warning_sign.id != "bladder-dysfunction" for f in result.red_flags)
    question = next(q for q in result.questions if q.warning_sign.id == "bladder-dysfunction")
    assert question.mention is not None
    assert result.questions.index(question) == 0 or question.urgency is Urgency.EMERGENCY


def test_someone_elses_warning_sign_is_not_raised() -> None:
    assert flags("my dad can't control his bladder") == []


def test_absent_findings_answer_questions_and_lower_candidates() -> None:
    plain = painkb.assess(KB, text="my lower back aches")
    without = painkb.assess(KB, text="my lower back aches, no numbness", absent=["bladder-dysfunction"])
    asked = {q.warning_sign.id for q in without.questions}
    assert "bladder-dysfunction" not in asked
    assert {e.id for e in without.absent} >= {"numbness", "bladder-dysfunction"}
    assert without.red_flags == ()
    assert len(plain.questions) > len(without.questions)


def test_questions_are_most_urgent_first_and_each_cited() -> None:
    result = painkb.assess(KB, text="my lower back aches")
    ranks = [q.urgency.rank for q in result.questions]
    assert ranks == sorted(ranks)
    assert all(q.text.endswith("?") and q.citations for q in result.questions)


def test_present_answers_raise_flags() -> None:
    result = painkb.assess(KB, text="my lower back aches", present=["saddle-anaesthesia"])
    assert result.red_flags[0].warning_sign.id == "saddle-anaesthesia"


def test_duration_and_age_feed_their_warning_signs() -> None:
    assert ("persistent-gluteal-pain", Urgency.SOON) in flags("my left buttock has hurt for 5 weeks")
    assert "persistent-gluteal-pain" not in dict(flags("my left buttock has hurt for 2 days"))
    assert "new-back-pain-over-50" in dict(flags("I'm 67 and this is the first time I've had back pain"))
    asked = painkb.assess(KB, text="I'm 67 and my lower back hurts")
    assert "new-back-pain-over-50" not in [f.warning_sign.id for f in asked.red_flags]
    assert any(q.warning_sign.id == "new-back-pain-over-50" and "67" in q.reason for q in asked.questions)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my left leg is numb and getting worse", "progressive-neurological-deficit"),
        ("My left leg is weak. It gets weaker day by day.", "progressive-neurological-deficit"),
        ("the pain wakes me at night whichever way I lie", "persistent-night-pain"),
        ("my back hurts at night and nothing eases it", "persistent-night-pain"),
        ("I've lost weight without meaning to and my back aches", "unexplained-weight-loss"),
    ],
)
def test_a_symptom_said_with_its_modifier_raises_the_sign(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my leg is numb but it's not getting worse", "progressive-neurological-deficit"),
        ("my leg is numb, maybe getting worse", "progressive-neurological-deficit"),
        ("my back hurts at night", "persistent-night-pain"),
        ("I've lost weight on a diet and my back aches", "unexplained-weight-loss"),
        ("my back pain is getting worse", "progressive-neurological-deficit"),
        ("my mum's leg is numb and getting worse", "progressive-neurological-deficit"),
    ],
)
def test_without_its_modifier_the_sign_is_asked_not_raised(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("my legs feel weak and my back hurts", True),
        ("my back hurts and both my legs are numb", True),
        # tingling answers no question about weakness: asked, first of the questions
        ("pins and needles in my feet and bad back pain", False),
        ("my legs feel weak after the gym", False),  # no back pain or sciatica: asked
        ("my left leg is numb and my back aches", False),  # one side
        ("my back hurts and my legs are fine", False),
    ],
)
def test_numbness_or_weakness_in_both_legs_with_back_pain_is_an_emergency(text: str, raised: bool) -> None:
    assert ("bilateral-leg-weakness" in dict(flags(text))) is raised
    if "pins and needles" in text:
        questions = [q for q in painkb.assess(KB, text=text).questions if q.prompted]
        assert questions[0].warning_sign.id == "bilateral-leg-weakness"


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        (
            "I'm 24. My lower back wakes me at 4am, it loosens up once I get moving, "
            "and ibuprofen helps a lot. Both buttocks ache too.",
            True,
        ),
        # two Berlin criteria (night waking, better with movement) make it inflammatory
        ("I'm 24 and my lower back wakes me at 4am, it loosens up once I get moving", True),
        ("I'm 24 and my lower back wakes me at 4am and my buttocks ache", False),
        ("Backache again, it eases off once I get going.", False),
        ("I'm 60. My lower back wakes me at 4am, it loosens once I get moving, ibuprofen helps.", False),
        ("I'm 24, my back hurts, it does not get better when I move, ibuprofen doesn't help", False),
        (
            "I'm 29. My lower back wakes me at 4am every night, exercise helps and ibuprofen works. "
            "Both buttocks ache too.",
            True,
        ),
    ],
)
def test_inflammatory_back_pain_four_nice_features_or_two_berlin(text: str, raised: bool) -> None:
    assert ("inflammatory-back-pain" in dict(flags(text))) is raised


def test_three_inflammatory_features_are_asked_about_with_them() -> None:
    text = "I'm 24 and my lower back wakes me at 4am and my buttocks ache"
    result = painkb.assess(KB, text=text)
    question = next(q for q in result.questions if q.warning_sign.id == "inflammatory-back-pain")
    assert question.reason  # asked with a reason drawn from the text
    assert "inflammatory-back-pain" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("My lower back is stiff every morning and the pain moves from one buttock to the other", True),
        ("Stiff back first thing in the morning, it eases once I get moving", True),
        # rest helps too: mechanical, not "better with exercise but not with rest"
        ("Stiff back first thing in the morning, it eases once I get moving and resting helps", False),
        # stiffness that lasts minutes is not the Berlin criterion (over 30 minutes)
        ("My back is stiff for a few minutes in the morning and eases once I get moving", False),
        ("I'm 62, my back is stiff every morning and eases once I get moving", False),
        ("For two weeks my back has been stiff every morning and eases once I get moving", False),
    ],
)
def test_two_berlin_criteria_raise_inflammatory_back_pain(text: str, raised: bool) -> None:
    assert ("inflammatory-back-pain" in dict(flags(text))) is raised


def test_a_pseudo_trigger_still_denies_the_findings_own_words() -> None:
    # "does not get better" cancels a denial of what follows, but denies "better with movement".
    assert "persistent-night-pain" in dict(
        flags("my back pain does not improve after resting and is worse at night")
    )
    assert "inflammatory-back-pain" not in found("it does not get better with movement and worse with rest")


def test_a_long_word_of_a_fixed_phrase_may_be_misspelt_by_a_letter() -> None:
    assert "tingling" in found("pins and needels in my foot")
    assert "tingling" not in found("pins and noodles in my foot")


def test_a_region_takes_the_status_of_the_finding_it_belongs_to() -> None:
    it = painkb.interpret(KB, "My legs aren't weak at all, I can walk fine.")
    assert {m.entity.id: str(m.status) for m in it.mentions}["leg"] == "absent"


def test_a_modifier_is_read_from_the_next_sentence_only_when_it_names_nothing() -> None:
    it = painkb.interpret(KB, "My leg is numb. It's getting worse.")
    assert {m.entity.id: m.modifiers for m in it.mentions}["numbness"] == ("worsening",)
    it = painkb.interpret(KB, "My leg is numb. My back pain is getting worse.")
    assert {m.entity.id: m.modifiers for m in it.mentions}["numbness"] == ()


def test_every_when_value_of_flagged_by_names_a_modifier_in_language_toml() -> None:
    from painkb.metagraph import RELATIONS
    from painkb.understand.words import language

    names = set(language().modifiers.values())
    whens = [v for v in RELATIONS["flagged_by"].qualifiers["enough"] if v.startswith("when_")]
    assert whens
    # "both_sides" is read from the side of a mention ("my legs"), not from a word list;
    # "improving" only cancels "worsening" in its clause; "passing" and "unchanged" make a
    # sign asked about; "painless" and "unhindered" make a recent injury asked about.
    assert {v.removeprefix("when_") for v in whens} | {
        "complaint",
        "improving",
        "painless",
        "passing",
        "unchanged",
        "unhindered",
    } == names | {"both_sides"}


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("My lower back's been bad for a week", "lower-back-pain"),
        ("Landed on my back. It hurts a lot.", "lower-back-pain"),
        ("my hip is playing up again", "hip-pain"),
        ("my back is worse when I sit", "lower-back-pain"),
    ],
)
def test_a_region_said_to_trouble_the_person_is_pain_there(text: str, pain: str) -> None:
    assert pain in found(text)


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("my back isn't bad today", "lower-back-pain"),
        ("my back feels great after the walk", "lower-back-pain"),
        ("my leg is bad", "leg-pain"),  # leg pain flags a warning sign: never inferred
    ],
)
def test_no_pain_is_inferred_without_a_complaint_or_where_it_would_warn(text: str, pain: str) -> None:
    assert pain not in found(text)


def test_assess_rejects_a_string_where_a_list_belongs() -> None:
    with pytest.raises(TypeError, match="regions"):
        painkb.assess(KB, regions="hip")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        painkb.assess(KB, text=42)  # type: ignore[arg-type]


def test_repeated_inputs_count_once() -> None:
    once = painkb.assess(KB, regions=["buttock"], symptoms=["numbness"])
    twice = painkb.assess(KB, regions=["buttock", "buttock"], symptoms=["numbness", "numbness"])
    assert once == twice


_STARTS_ITS_OWN_CLAUSE = {"now", "better", "worse", "but", "no", "not"}


@pytest.mark.parametrize("sign", SIGNS, ids=lambda s: s.id)
def test_no_before_a_warning_signs_phrasing_never_raises_it(sign: painkb.WarningSign) -> None:
    for label in sign.aliases[:3]:
        if label.split()[0].casefold() in _STARTS_ITS_OWN_CLAUSE:
            continue  # "no now it's in my other leg too": "now" starts a new clause
        assert sign.id not in dict(flags(f"no {label}")), label


# -- every name and alias reads back ----------------------------------------------------------

# Labels interpret cannot read back on their own, and why. The test fails when one starts
# to read back, so this list only shrinks.
UNREADABLE = {
    ("gluteal-pain-syndrome", "pain from sitting"),  # read as the symptom "pain when sitting"
    ("less-tingling-or-numbness", "feeling coming back"),  # "coming back" is set aside as an adverb
    ("muscle-imbalance", "weak muscles"),  # read as the symptom of weak legs' words
    ("prolonged-sitting", "sitting too long"),  # read as the symptom "can't sit for long"
    ("prolonged-sitting", "sitting for ages"),
    ("reduced-leg-pain", "leg pain easing"),  # read as leg pain
}
LABELS = [(e.id, label) for e in KB for label in dict.fromkeys(e.labels)]


@pytest.mark.parametrize(("entity_id", "label"), LABELS, ids=[f"{i}:{label}" for i, label in LABELS])
def test_every_name_and_alias_interprets_back(entity_id: str, label: str) -> None:
    reads_back = entity_id in found(read_back_text(KB.get(entity_id), label))
    assert reads_back is ((entity_id, label) not in UNREADABLE)


# -- properties ----------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_interpret_never_raises_and_spans_lie_inside(text: str) -> None:
    result = painkb.interpret(KB, text)
    for mention in (*result.mentions, *result.partial, *result.broader):
        assert 0 <= mention.start < mention.end <= len(text)
        assert 0.0 <= mention.score <= 1.0


# Derandomized so that CI is not red by the luck of a draw: random runs have found orders that
# read differently (one is kept below as a strict xfail until it is mended).
@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from([label for _, label in LABELS]), min_size=1, max_size=4))
def test_reordering_sentences_keeps_the_findings(labels: list[str]) -> None:
    forward = found(". ".join(labels), None)
    backward = found(". ".join(reversed(labels)), None)
    assert forward == backward


def test_reordering_a_walking_difficulty_and_leg_pain_keeps_the_findings() -> None:
    labels = ["goes down both legs", "struggling to walk", "feeling coming back"]
    assert found(". ".join(labels), None) == found(". ".join(reversed(labels)), None)


def test_huge_and_strange_text_returns() -> None:
    text = ("my lower back aches \u0000\ud800 \U0001f600 " * 5000) + "x" * 100_000
    result = painkb.interpret(KB, text)
    assert "lower-back" in {e.id for e in result.present}


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("a shooting pain down my left leg", True),
        ("the pain goes from my lower back all the way down to my foot", True),
        ("pain down the back of my leg", True),
        ("pain moves down my leg", True),
        ("the pain comes down the back of my leg", True),
        ("burning pain in my leg", True),
        ("my leg goes into spasm", False),
        ("the pain goes from my bum down my leg", True),
        ("pain in my bum and legs when I walk to the shops", False),  # both, but not said to spread
        ("my legs ache if I stand too long", False),  # leg pain alone is asked about
        ("a shooting pain in my lower back when I bend", False),  # shooting, but not down the leg
        ("my leg hurts", False),
    ],
)
def test_pain_said_to_go_down_the_leg_radiates(text: str, raised: bool) -> None:
    assert ("radiating-leg-pain" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I feel like I'm not emptying my bladder properly", "bladder-dysfunction"),
        ("It's like my bladder doesn't tell me when it's full anymore", "bladder-dysfunction"),
        ("feels like I can't control my bowels", "bowel-dysfunction"),
    ],
)
def test_feels_like_before_an_inability_reports_it(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_feels_like_before_a_thing_still_compares() -> None:
    assert "saddle-anaesthesia" not in dict(flags("my bum feels like I'm sitting on a nail"))


@pytest.mark.parametrize(
    "text",
    [
        "Trousers are falling off me, not dieting at all, and this back pain won't go away",
        "Backache and I've dropped 6 kilos since summer without meaning to",
        "my back aches and I've lost a stone without trying",
    ],
)
def test_weight_loss_in_everyday_words(text: str) -> None:
    assert "unexplained-weight-loss" in dict(flags(text))


def test_clothes_falling_down_is_still_no_fall() -> None:
    assert "recent-injury" not in found("my trousers keep falling down since I lost weight on my diet")


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("On long-term prednisolone. Just bent down to lift the cat and got a sharp pain in my back", True),
        ("I have thin bones and sneezed this morning, now my lower back is agony", True),
        ("I have osteoporosis and my back aches", False),  # no minor trauma said: asked
        ("I have osteoporosis. I didn't fall or lift anything, my back just aches", False),
        ("I sneezed and my back went, I've no bone problems", False),  # no fragile bones
    ],
)
def test_minor_trauma_with_fragile_bones(text: str, raised: bool) -> None:
    assert ("minor-trauma-with-osteoporosis" in dict(flags(text))) is raised


def test_the_words_an_event_rule_read_are_understood_and_said_in_the_flag() -> None:
    text = "I have osteoporosis and bent down to pick up the cat, now my back hurts"
    assert "bent" in painkb.interpret(KB, text).not_understood  # the reader alone leaves it
    result = painkb.assess(KB, text=text)
    assert result.interpretation is not None
    assert "bent" not in result.interpretation.not_understood
    assert "cat" in result.interpretation.not_understood  # words no rule read stay listed
    flag = next(f for f in result.red_flags if f.warning_sign.id == "minor-trauma-with-osteoporosis")
    assert flag.said == ("osteoporosis", "bent down")


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("fell down the last two stairs, cant weight bear on my right side, hip is agony", True),
        ("I slipped on the ice this morning and can't put any weight on my left leg", True),
        ("my hip is sore and I can't stand for long", False),  # no fall
        ("my mum fell and can't stand up", False),  # someone else's fall
        ("I fell yesterday and bruised my hip but I can walk fine", False),
    ],
)
def test_unable_to_bear_weight_after_a_fall(text: str, raised: bool) -> None:
    assert ("unable-to-bear-weight-after-fall" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("my calf feels weak", True),
        ("my calves ache after running", False),
        ("my thigh aches after the gym", False),  # the thigh is not read as the leg for signs
    ],
)
def test_a_sign_said_of_the_leg_is_said_of_its_parts_below_the_knee(text: str, raised: bool) -> None:
    assert ("numbness-tingling-or-weakness" in dict(flags(text))) is raised


def test_both_calves_still_raise_the_sign_of_both_legs() -> None:
    assert "bilateral-leg-weakness" in dict(flags("my calves are numb and my back is killing me"))


@pytest.mark.parametrize(
    ("text", "entity", "status"),
    [
        (
            "I've been on steroid tablets for months and now my back hurts, is that linked?",
            "immunosuppression",
            Status.PRESENT,
        ),
        (
            "My leg is numb and I've had cancer, could it be cancer spreading?",
            "history-of-cancer",
            Status.PRESENT,
        ),
        ("could this be sciatica?", "sciatica", Status.UNCERTAIN),
        ("my leg hurts, is it sciatica?", "sciatica", Status.UNCERTAIN),
    ],
)
def test_a_question_doubts_only_what_it_asks(text: str, entity: str, status: Status) -> None:
    assert entity in found(text, status)


def test_only_a_trickle_is_a_bladder_problem() -> None:
    text = "since last night I keep going to the loo and only a trickle comes out"
    assert "bladder-dysfunction" in dict(flags(text))


def test_upper_back_pain_is_pain_from_the_top_of_the_back() -> None:
    # The NHS lists back pain that comes from the top of the back for an urgent GP visit.
    assert dict(flags("I've had upper back pain for a week")).get("thoracic-back-pain") is Urgency.URGENT
    assert "thoracic-back-pain" not in dict(flags("my lower back hurts"))
    assert "thoracic-back-pain" not in dict(flags("my upper leg aches and my back hurts"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I'm 67 and I'd never had back pain in my life until this month.", "new-back-pain-over-50"),
        ("Just turned 70 and I've got brand new pain in my lower back", "new-back-pain-over-50"),
        ("they said the cancer has spread to my bones and my back is screaming", "history-of-cancer"),
        ("temp of 38.9 and my lower back is throbbing on one side", "fever-with-back-pain"),
        ("kidney transplant 3 yrs ago, on anti rejection meds, and my back hurts", "immunosuppression"),
        ("been using needles again, now got bad pain in my lower back", "iv-drug-use"),
        ("rolled my car on the motorway last night and my lower back is in bits", "major-trauma"),
        ("I've developed a hump at the top of my back and lost an inch in height", "structural-deformity"),
        ("my back pain won't shift and there's a beating feeling in my tummy", "pulsating-abdomen"),
        ("back pain at night, the same whether I'm on my side or my back", "persistent-night-pain"),
    ],
)
def test_everyday_wording_of_warning_signs(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "got over a nasty chest infection a fortnight ago and now my spine aches",
            "chest-pain-with-back-pain",
        ),
        ("my hip has been sore since I fell off the step ladder", "major-trauma"),
        (
            "Nan has osteoporosis and slipped on the front step, now her back is really bad",
            "minor-trauma-with-osteoporosis",
        ),
        ("back pain wakes me up at night", "persistent-night-pain"),  # night pain: asked
        ("I'm 45 and my knee bent to 90 degrees hurts at 4am", "new-back-pain-over-50"),
    ],
)
def test_wording_that_does_not_meet_a_sign(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        ("my legs keep giving way and my back is killing me", "bilateral-leg-weakness", True),
        (
            "right leg getting weaker by the day, now it gives way on the stairs",
            "bilateral-leg-weakness",
            False,
        ),
        ("my sciatica has spread to my other leg", "bilateral-sciatica", True),
        ("sciatica in both legs", "bilateral-sciatica", True),
    ],
)
def test_a_sign_about_both_legs_needs_both_sides(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


def test_a_sign_about_both_legs_said_of_one_is_asked() -> None:
    result = painkb.assess(KB, text="right leg getting weaker by the day, now it gives way on the stairs")
    assert any(q.warning_sign.id == "bilateral-leg-weakness" and q.mention for q in result.questions)


def test_a_back_seizing_up_is_back_pain() -> None:
    assert "major-trauma" in dict(
        flags("I was in a head-on crash on Saturday and now my lower back is seizing up")
    )


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Suddenly got the worst pain in my tummy and lower back. I'm sweating and clammy.", True),
        ("Severe pain in my stomach going round to my back, it came on suddenly and I'm dizzy", True),
        ("my back suddenly went when I bent over, the pain is terrible but I'm not dizzy", False),
        ("sudden tummy ache and back ache after a curry", False),  # nothing severe, no dizziness
    ],
)
def test_a_burst_aneurysm_needs_its_whole_definition(text: str, raised: bool) -> None:
    assert ("burst-aneurysm-symptoms" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("cant tell when i need to go anymore and my back is killin me", "bladder-dysfunction"),
        ("Since my back went on Saturday I keep dribbling", "bladder-dysfunction"),
        ("Had my L4/5 fusion 3 weeks ago and the back pain is building", "recent-spinal-surgery"),
        ("Buttock pain on the right for about 6 wks", "persistent-gluteal-pain"),
        ("it tingles down the back of my thigh", "numbness-tingling-or-weakness"),
        ("pain between my shoulder blades and in my chest when I walk uphill", "chest-pain-with-back-pain"),
        (
            "After a skin infection that needed antibiotics I've got new back pain",
            "recent-bacterial-infection",
        ),
    ],
)
def test_more_everyday_wording_of_warning_signs(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_dribbling_a_ball_is_football() -> None:
    assert "bladder-dysfunction" not in dict(flags("I was dribbling the ball and twisted my back"))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        ("my leg feels weak and the pain goes straight down it", "progressive-neurological-deficit", False),
        ("the numbness is spreading down my leg", "progressive-neurological-deficit", True),
        (
            "the numbness started in my toes and is creeping up my leg",
            "progressive-neurological-deficit",
            True,
        ),
        ("my foot drop recovered after the op two years ago", "foot-drop-weakness", False),
        ("appetite's gone, I'm losing weight and the back pain won't go", "unexplained-weight-loss", True),
        ("theres a throbbing in my tummy and my back's been sore all month", "pulsating-abdomen", True),
    ],
)
def test_spreading_down_and_getting_worse_are_told_apart(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the back of my right thigh is tight and sore", "posterior-thigh"),
        ("the back of my left knee hurts", "posterior-knee"),
        ("numb at the back of my left leg", "posterior-thigh"),
        ("pain at the back of my pelvis, 30 weeks pregnant", "sacroiliac-region"),
        ("pain in the back of my head", None),
        ("the back of my hand is numb", None),
        ("the back of my heel hurts", None),
    ],
)
def test_the_back_of_another_place_is_not_the_back(text: str, place: str | None) -> None:
    # "the back of my left knee" is the knee's back (a side said inside the place); "the
    # back of my neck" is the neck, outside what painkb covers
    places = found(text)
    assert not places & {"lower-back", "lower-back-pain"}
    assert place is None or place in places


def test_the_back_of_a_thing_is_not_the_back() -> None:
    assert not found("I sat in the back of the car for three hours") & {"lower-back", "lower-back-pain"}
    assert "lower-back-pain" in found("I sat in the back of the car for hours and now my back is killing me")
    it = painkb.interpret(KB, "pain in the back of my neck")
    assert it.out_of_scope == ("neck",)
    assert not it.mentions


@pytest.mark.parametrize(
    "text",
    [
        "paracetamol isn't touching the pain in my back",
        "ibuprofen isn't helping the pain in my back",
        "co-codamol doesn't even touch the pain in my lower back",
        "painkillers aren't touching my backache",
        "I've got a backache that nothing is touching",
    ],
)
def test_a_treatment_that_does_not_touch_the_pain_leaves_it_there(text: str) -> None:
    # the "not" is the treatment's, not the pain's; and "touching" is no tenderness
    assert "lower-back-pain" in found(text)
    assert not found(text, None) & {"tenderness"}


@pytest.mark.parametrize(
    "text",
    [
        "no painkiller works for my sciatica",
        "doctors haven't found the cause of my back pain",
        "there's no position that eases my back pain",
        "the heat pad doesn't do anything for my back pain",
        "I have no idea what's causing my hip pain",
        "no one believes how bad my back pain is",
        "I haven't had a day without back pain for years",
        "I don't have time to rest my sore back",
        "Not being able to sit is the worst part of this buttock pain",
    ],
)
def test_a_denial_of_something_else_leaves_the_pain_there(text: str) -> None:
    # the "no" or "not" is said of the painkiller, the cause, the position, the people
    pains = {"sciatica", "lower-back-pain", "hip-pain", "buttock-pain"}
    assert not found(text, Status.ABSENT) & pains
    assert found(text) & pains


@pytest.mark.parametrize(
    "text",
    [
        "no numbness in my legs and ibuprofen doesn't help my back",
        "I have no numbness and paracetamol isn't helping",
        "no numbness and nothing is touching the pain",
    ],
)
def test_a_denial_stays_its_findings_when_a_treatment_fails_later_in_the_clause(text: str) -> None:
    # "doesn't help" tells of a pain that is there; it must not take back the "no" that is
    # the numbness's own (it raised both legs' weakness, an emergency)
    assert "numbness" in found(text, Status.ABSENT)
    assert not flags(text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("my back is stiff and sore", False),
        ("my thigh is tight and sore", False),
        ("tightness and cramping at the top of my hamstring, worse after long runs", False),
        ("my chest feels tight and my back hurts", True),
    ],
)
def test_how_a_pain_feels_is_no_part_of_chest_pain(text: str, asked: bool) -> None:
    # "stiff", "tight", "sore" are words of any pain: alone they never make part of "tight
    # chest and sore back" (it was asked of every stiff back); the chest makes it
    assessment = painkb.assess(KB, text=text)
    said = {q.warning_sign.id for q in assessment.questions if q.prompted}
    said |= {f.warning_sign.id for f in assessment.red_flags}
    assert ("chest-pain-with-back-pain" in said) is asked


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("my bum hasn't gone numb", "saddle-anaesthesia"),
        ("my legs haven't gone weak", "leg-weakness"),
        ("my foot hasn't gone floppy but my back is killing me", "foot-drop"),
        # (the legs said, the narrower finding of both legs is the one denied)
        ("the pain is still there, but my legs haven't gone weak or given way", "weakness-in-both-legs"),
        ("back pain still no better, legs aren't weak tho", "leg-weakness"),
        ("never had back pain like this before, no pain in the legs though", "leg-pain"),
    ],
)
def test_a_state_said_not_to_have_come_is_denied(text: str, denied: str) -> None:
    # "hasn't gone numb" is no numbness, unlike a pain that "hasn't gone" (away); and a
    # "no better" or "never ... before" elsewhere does not take back the finding's own denial
    # (each of these raised a warning sign)
    assert denied in found(text, Status.ABSENT)
    assert denied not in found(text)
    assert not flags(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("didnt think you could get hip pain at 34 but here we are", "hip-pain"),
        ("i had no idea sciatica could make a grown man cry", "sciatica"),
        ("u wont believe how much my lower back hurts after one shift", "lower-back-pain"),
        ("won't anyone take the numbness in my foot seriously", "numbness"),
        ("I'd kill for one night without the back pain waking me up", "lower-back-pain"),
        ("No sitting position stops the ache in my buttock", "buttock-pain"),
        ("no medication seems to touch this leg pain", "leg-pain"),
        ("co-codamol takes the edge off but doesn't fix the ache in my buttock", "buttock-pain"),
    ],
)
def test_surprise_disbelief_and_failed_cures_keep_what_is_had(text: str, finding: str) -> None:
    assert finding in found(text)


@pytest.mark.parametrize(
    ("text", "not_pain", "pain"),
    [
        ("Fell off the shed, landed on my bum, now my back is in bits", "buttock-pain", "lower-back-pain"),
        ("I still inject, mostly in my groin, and now my back is sore", "groin-pain", "lower-back-pain"),
        ("no hip pain, the physio checked my hips, but the back's bad", "hip-pain", "lower-back-pain"),
    ],
)
def test_a_complaint_set_against_another_place_is_not_its_pain(text: str, not_pain: str, pain: str) -> None:
    # "now my lower back is in bits" is said of the back, not of the bum the fall landed on
    assert not_pain not in found(text)
    assert pain in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 78 and fell onto my hip on Friday, I can still walk on it but it hurts.",
        "Came off a ladder and landed on my back, and now it hurts even to roll over.",
        "Mate, my back's been stuffed since I lifted the trailer, and now there's burning down my leg",
    ],
)
def test_a_complaint_said_again_of_the_same_place_is_its_pain(text: str) -> None:
    assert found(text) & {"hip-pain", "lower-back-pain"}


@pytest.mark.parametrize(
    "text", ["the pain goes from my back to my leg", "shooting from my back into my knee"]
)
def test_a_pain_going_from_the_back_to_a_leg_keeps_the_back(text: str) -> None:
    # "from my back to my leg" is no "back of my leg" (the back of the thigh)
    assert "lower-back" in found(text)
    assert "posterior-thigh" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my toddler has no bladder control yet, potty training is a nightmare",
        "my back hurts but the foot stopped tingling yesterday",
        "my PCP keeps asking about fever, temps have been normal all week, the back pain just won't quit",
        "i thought my leg was going weak but the doctor tested it and it's strong",
        "my hip flask broke when I slipped, no harm done",
        "my phone is dead and my back aches",
    ],
)
def test_no_warning_sign_from_someone_elses_a_past_or_a_things_words(text: str) -> None:
    # a toddler's bladder ("no bladder control" read as "can't control my bladder" put a "my"
    # in that was taken for the writer's), a tingling that stopped, a doctor's question, a
    # worry the doctor ruled out, a flask, a phone: each raised a warning sign
    assert not flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "if it ever goes down both legs they said ring 111",
        "physio warned me foot drop can happen if the nerve gets squashed more",
        "the boys were in a car crash last night, i was at home, my back's in spasm from the gym",
        "our son has no bladder control and my back hurts",
    ],
)
def test_what_may_come_or_is_someone_elses_raises_nothing(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my bladder won't hold anything since my back went, I'm in pads now", "bladder-dysfunction"),
        ("my back is agony and I can't stop the flow once it starts", "bladder-dysfunction"),
        ("my bladder never empties since my back went", "bladder-dysfunction"),
        ("the feeling hasn't come back in my foot since the disc went", "numbness-tingling-or-weakness"),
    ],
)
def test_what_no_longer_works_said_plainly_raises_its_sign(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "the lady in the waiting room had weakness in both legs and was in a wheelchair, made me feel lucky",
        "our grandson has had a high temperature all weekend, meanwhile my back is no better",
        "my neighbour's little boy has started wetting himself again, his mum's worried",
        "someone crashed into my car in Mario Kart, my back aches from gaming",
    ],
)
def test_a_me_past_a_comma_does_not_make_someone_elses_sign_the_writers(text: str) -> None:
    # "made me feel lucky", "meanwhile my back": the writer's words after a comma (or a new
    # clause) are not the writer taking the other person's sign as their own
    assert not flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My upper back was sore last week after painting but that's settled. Now my low back aches",
        "My foot was floppy for a couple of days after the injection but that's worn off completely.",
    ],
)
def test_a_sign_said_over_with_but_thats_later_in_the_sentence_is_not_raised(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("nae numbness in ma legs, but the back's no better", "numbness"),
        ("mi nuh have nuh numbness, jus di pain", "numbness"),
        ("nt numb, jus sore, still sore after 2 wks", "numbness"),
        ("legs ain't weak mate, just cant get comfortable", "leg-weakness"),
        ("fever is not there, but i am still having back pain since 15 days", "fever"),
        ("dont have any numbness, first time ive had back pain this bad", "numbness"),
        ("never had cancer, never had back problems either till now", "history-of-cancer"),
    ],
)
def test_denials_as_people_type_them(text: str, denied: str) -> None:
    assert denied not in found(text)
    assert denied not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("numbness around your bottom? yes, since yesterday", "saddle-anaesthesia"),
        ("problems peeing? yes I can't get it started", "bladder-dysfunction"),
    ],
)
def test_a_bare_screening_question_answered_yes_is_the_writers(text: str, sign: str) -> None:
    # how a chat app passes an answer back with its question ("Numbness? yep, whole sole of
    # my foot"): the "yes" makes the doubted finding the writer's
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "is it normal to have numbness around your bottom with sciatica? yes apparently it is",
        "what are the red flags? bladder problems? yes they said that's one",
        "fever? yes my son has one",
        "numbness around my bottom? I don't, just the low back",
        "numbness around my bottom? yes but only after a long bike ride",
    ],
)
def test_a_yes_to_a_question_in_general_or_of_someone_else_raises_nothing(text: str) -> None:
    assert not flags(text)


def test_a_phrase_put_in_says_no_my_of_the_writer() -> None:
    assessment = painkb.assess(KB, text="my dad has no bladder control and my back hurts")
    assert "bladder-dysfunction" in {f.warning_sign.id for f in assessment.about_others}
    assert not assessment.red_flags


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("the back pain at night still won't ease whatever position i lie in", "persistent-night-pain"),
        ("the night pain doesn't let up whichever way i lie", "persistent-night-pain"),
        ("Doctor sir, my back pain is not reducing and still the left leg is numb", "numbness"),
    ],
)
def test_a_pain_that_will_not_go_is_no_denial(text: str, finding: str) -> None:
    assert finding in found(text)


def test_a_feeling_said_gone_with_an_apostrophe_is_gone() -> None:
    # "tingling's" is one word as typed: the "'s" is its "has"
    assert "tingling" in found("my back hurts, the tingling's gone", Status.ABSENT)
    assert "numbness" in found("my back hurts, the numbness's gone now", Status.ABSENT)


def test_painkillers_not_touching_a_pain_every_night_is_persistent_night_pain() -> None:
    text = "painkillers aren't touching the pain in my back and it wakes me every night"
    assert "persistent-night-pain" in dict(flags(text))


def test_a_place_of_several_words_keeps_its_order() -> None:
    assert "posterior-thigh" not in found("my dad can't feel his legs and has back pain", None)
    assert "posterior-thigh" in found("pain in the back of my thigh")
    assert "ischial-tuberosity" in found("the bone I sit on hurts")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I'm seventy-two and my back hurts", 72),
        ("a sixty five year old with hip pain", 65),
        ("aged nineteen, sore back", 19),
        ("my seventy year old mum has back pain", None),
        ("I'm twenty times more tired than usual", None),
    ],
)
def test_an_age_spelled_out(text: str, age: int | None) -> None:
    assert painkb.interpret(KB, text).age == age


@pytest.mark.parametrize(
    ("text", "entity", "status"),
    [
        ("Mum slipped in the bathroom and can't stand up", "recent-injury", Status.OTHER_PERSON),
        ("Dad has sciatica and my back hurts", "sciatica", Status.OTHER_PERSON),
        ("Dad has sciatica and my back hurts", "lower-back-pain", Status.PRESENT),
        ("I told mum my back hurts", "lower-back-pain", Status.PRESENT),
        ("Mum, I have sciatica", "sciatica", Status.PRESENT),
    ],
)
def test_a_sentence_about_a_relative_named_without_my(text: str, entity: str, status: Status) -> None:
    assert entity in found(text, status)


@pytest.mark.parametrize(
    ("text", "entity", "status"),
    [
        ("never done that in my life, pain shooting into both legs", "bilateral-sciatica", Status.PRESENT),
        ("no numbness, tingling or weakness in my legs", "tingling", Status.ABSENT),
        ("First time ever my back has gone, no numbness in my legs though", "numbness", Status.ABSENT),
        ("Right leg goes dead when I crouch to the bottom shelf", "saddle-numbness", None),
    ],
)
def test_what_a_denial_reaches(text: str, entity: str, status: Status | None) -> None:
    statuses = {m.status for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}
    assert statuses == ({status} if status else set())


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        ("came off my motorbike yesterday and now my lower back is really sore", "major-trauma", True),
        (
            "Came off my bike on the ice, my groin is agony and I can't stand on that leg",
            "unable-to-bear-weight-after-fall",
            True,
        ),
        (
            "I'm 66 and I've lost half a stone without trying, and my back aches",
            "unexplained-weight-loss",
            True,
        ),
        ("got a white-hot jolt from my lower back down my left leg", "radiating-leg-pain", True),
        ("Sciatica down my left leg for 3 weeks", "radiating-leg-pain", True),
        (
            "Lung cancer survivor and now I can't feel when I need to pee",
            "cancer-with-new-neurological-symptoms",
            True,
        ),
        ("Since my back went I can't get it up", "sexual-dysfunction", True),
        (
            "my legs give up on me after a few minutes' walk, both of them, and my back aches",
            "bilateral-leg-weakness",
            True,
        ),
        ("the mattress dips in the middle and I wake up with low back ache", "thoracic-back-pain", False),
        (
            "I can only walk to the end of the road now before my bum pain stops me",
            "difficulty-with-mobility",
            True,
        ),
        ("I had to back down from the argument, my back is fine", "radiating-leg-pain", False),
    ],
)
def test_yet_more_everyday_wording(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


def test_a_bare_age_opening_a_message() -> None:
    assert painkb.interpret(KB, "19 and started getting lower back pain last month").age == 19


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Male 74. Sudden pain in my lower back", 74),
        ("F, 55, back pain for a week", 55),
        ("(m45) back pain since Monday", 45),
        ("Retired teacher, 70. Back pain is brand new for me", 70),
        ("Nan (82) here, my back is sore", 82),
        # another person's age, a pain score, a time
        ("My dad (72) has had back pain for 2 weeks", None),
        ("Back pain, 10. worst ever", None),
        ("walked for 45 mins and my back hurts", None),
    ],
)
def test_an_age_as_forum_posts_give_it(text: str, age: int | None) -> None:
    assert painkb.interpret(KB, text).age == age


def test_a_carer_gets_the_signs_of_the_person_they_write_about_never_as_their_own() -> None:
    result = painkb.assess(KB, text="My dad has had back pain for 2 weeks and now can't pass urine properly")
    assert [flag.warning_sign.id for flag in result.about_others] == ["bladder-dysfunction"]
    assert result.about_others[0].urgency is Urgency.EMERGENCY
    assert not result.red_flags
    assert not result.needs_clinician
    assert result.most_urgent is None
    own = painkb.assess(KB, text="my back hurts and I can't pass urine")
    assert own.about_others == ()
    assert own.needs_clinician


def test_a_predicate_with_no_subject_after_another_persons_clause_is_theirs() -> None:
    theirs = "My dad (72) has had back pain for 2 weeks and now can't pass urine properly"
    assert "bladder-dysfunction" in found(theirs, Status.OTHER_PERSON)
    assert not flags(theirs)
    mum = "My mum has sciatica but now can't feel her bum"
    assert "saddle-anaesthesia" in found(mum, Status.OTHER_PERSON)
    # a subject of one's own, or no one else before it
    assert "bladder-dysfunction" in dict(flags("My dad has back pain and now I can't pass urine"))
    assert "bladder-dysfunction" in dict(flags("my back hurts and now can't pass urine"))


def test_feeling_about_to_pass_out_is_faintness_however_spelt() -> None:
    text = "omg sudden rly bad pain in my belly n back, feel like im gonna pass out, sweatin"
    assert "burst-aneurysm-symptoms" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("pain in left buttock 2 months", 60),
        ("back pain 3 wks, numb foot", 21),
        ("back pain 10 days", 10),
        ("Buttock pain three months.", 90),
        ("bum pain a few weeks.", 21),
    ],
)
def test_a_bare_time_closing_a_clause_is_a_duration(text: str, days: int) -> None:
    duration = painkb.interpret(KB, text).duration
    assert duration is not None
    assert duration.days == days


@pytest.mark.parametrize(
    "text",
    [
        "seeing the physio in 2 weeks.",
        "I am 72 years, my back hurts",
        "every 4 hours.",
        "my back flares once a month.",
        "my back is achy from carrying the baby. She is three months.",
        "had tailbone pain after my daughter was born but it cleared up after a few months",
        "my back is achy from carrying the baby. She's 4 months.",
        "my back hurts, was in a wheelchair by 32 weeks.",
        "bak pain n both my legs r sooo weak 2day, like no power",
    ],
)
def test_a_time_to_come_an_age_or_a_rate_is_no_duration(text: str) -> None:
    assert painkb.interpret(KB, text).duration is None


def test_buttock_pain_typed_with_a_bare_time_is_persistent() -> None:
    assert "persistent-gluteal-pain" in dict(flags("pain in left buttock 2 months"))


def test_never_before_but_now_i_have_it_is_had() -> None:
    text = "I am 72 years, before never back pain, but now since 10 days I have it."
    assert "lower-back-pain" in found(text)
    assert "new-back-pain-over-50" in {*dict(flags(text)), *asked(text)}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("been shootin up agen n now my bak is killin me since tues, never had that b4", "iv-drug-use"),
        ("my back is agony and i keep leakin wee without knowin", "bladder-dysfunction"),
        ("my leg has gone to sleep and my back hurts", "numbness-tingling-or-weakness"),
        ("I have back pain and my leg is sleeping, I feel needles in it.", "numbness-tingling-or-weakness"),
    ],
)
def test_dropped_gs_and_limbs_gone_to_sleep(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_going_to_sleep_oneself_is_no_numbness() -> None:
    text = "I'm going to sleep on my side with a pillow between my legs for my back"
    assert "numbness-tingling-or-weakness" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        # a statement with a question mark may be a doubt: asked (held-out gold agrees)
        ("bak hurts n i kinda peed myself without noticing?? never happens", "bladder-dysfunction", False),
        # whether a finding can come about asks; what is asked about one's own stays had
        ("Can I get numb legs from back pain?", "numbness-tingling-or-weakness", False),
        ("could you lose bladder control with a slipped disc?", "bladder-dysfunction", False),
        ("Can I take ibuprofen for my numb legs?", "numbness-tingling-or-weakness", True),
    ],
)
def test_the_order_of_words_of_a_question(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised
    if not raised:
        assert sign in asked(text)


def test_sport_making_it_better_is_improvement_with_exercise() -> None:
    text = "Since 6 months my back is very stiff in the morning, over an hour, and sport makes it better."
    assert "inflammatory-back-pain" in dict(flags(text))


def test_night_pain_whichever_way_one_lies_is_persistent() -> None:
    assert "persistent-night-pain" in dict(flags("my back hurts at night, doesn't matter which way I lie"))


@pytest.mark.parametrize(
    ("text", "prompted"),
    [
        ("Pulled something in my back at the gym yesterday and can't bend at all.", True),
        ("tweaked my back deadlifting 3 days ago and it's agony", True),
        ("Lifted a heavy box at work on Friday and felt a pop in my lower back.", True),
        ("my brother hurt his back lifting, I'm fine", False),
        ("no injury, didn't lift anything, my back just aches", False),
    ],
)
def test_a_strain_asks_about_a_recent_injury_never_raises_it(text: str, prompted: bool) -> None:
    assert "recent-injury" not in dict(flags(text))
    assert ("recent-injury" in asked(text)) is prompted


def test_a_finding_a_clinician_knows_of_for_years_is_asked_not_raised() -> None:
    known = (
        "Diabetic for 20 years and my feet have been numb and tingly for about 8 of those, my GP and "
        "podiatrist know. My back's stiff from gardening."
    )
    assert not flags(known)
    assert "bilateral-leg-weakness" in asked(known)
    assert "bilateral-leg-weakness" in dict(flags("both my legs went numb yesterday and my back is agony"))


def test_socks_and_shoes_are_getting_dressed() -> None:
    assert "difficulty-with-mobility" in dict(flags("I can't tie my shoes without help because of my back"))
    # (raised since the Roland-Morris aliases: a pain that stops an everyday activity)
    assert "difficulty-with-mobility" in dict(flags("my hip is so bad I can't put my socks on"))
    # ... but not one of another place
    assert "difficulty-with-mobility" in asked("my knee is so swollen I can't put my socks on")
    assert "difficulty-with-mobility" not in dict(flags("my knee is so swollen I can't put my socks on"))


def test_butterflies_in_the_tummy_are_no_pulse() -> None:
    text = "butterflies in my stomach about the wedding and my back aches"
    assert "pulsating-abdomen" not in {*dict(flags(text)), *asked(text)}
    assert painkb.interpret(KB, text).figurative


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        ("Hubby says my back looks a different shape from the side", "structural-deformity", True),
        ("My wife says my spine has changed shape", "structural-deformity", True),
        ("my wife says she has a new hump in her back", "structural-deformity", False),
        ("it's like I can't control my bladder any more", "bladder-dysfunction", True),
    ],
)
def test_reported_speech_about_the_writer(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "Went down on the ice on Tuesday. I can't put my foot to the floor",
            "unable-to-bear-weight-after-fall",
            True,
        ),
        ("got T-boned at the roundabout yesterday and my back's crook", "major-trauma", True),
        (
            "Pain came on like a light switch in my tummy and back. My heart is racing, I'm clammy",
            "burst-aneurysm-symptoms",
            True,
        ),
        (
            "Eighty-one and never troubled by my back, and now this pain in my lower back",
            "new-back-pain-over-50",
            True,
        ),
        ("nothing i do at nite helps, my lower back throbs all night", "persistent-night-pain", True),
        ("There's a big red lump on my bum and it hurts to sit", "swelling-or-inflammation", True),
        ("Crushing pressure in my chest that goes through to my back", "chest-pain-with-back-pain", True),
        (
            "Long drive and my bum went numb, but it wakes up again as soon as I stand",
            "saddle-anaesthesia",
            False,
        ),
        (
            "What does it mean if your leg gives way? My back has been sore since Friday",
            "bilateral-leg-weakness",
            False,
        ),
        ("My outer hip hurts going up and down the stairs", "radiating-leg-pain", False),
        ("the osteopath calmed the spasms in my hip and leg right down", "radiating-leg-pain", False),
    ],
)
def test_wording_from_chatbot_messages(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "Went down on the ice. I can't put my foot to the floor without screaming",
            "unable-to-bear-weight-after-fall",
            True,
        ),
        ("got T-boned yesterday, walked away fine but this morning my back's crook", "major-trauma", True),
        ("Hay fever season is a nightmare and my lower back seizes up", "fever-with-back-pain", False),
        ("The top of the incision looks red and the back pain is getting worse", "thoracic-back-pain", False),
        ("the pain is at the top of my back", "thoracic-back-pain", True),
    ],
)
def test_more_wording_from_chatbot_messages(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "My sciatica was just in my right leg but now it's gone into my left leg too.",
            "bilateral-sciatica",
            True,
        ),
        ("my sciatica is in my left leg, my right leg is fine", "bilateral-sciatica", False),
        ("my back aches and my left leg is numb, now the right foot as well", "bilateral-leg-weakness", True),
        ("my back aches and my left leg is numb, my right leg is fine", "bilateral-leg-weakness", False),
    ],
)
def test_one_leg_then_the_other_is_both(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        ("didnt realise I'd wet the bed til I woke up soaked", "bladder-dysfunction", True),
        ("I found I'd soiled my pants without noticing", "bowel-dysfunction", True),
        ("there's no feeling in my bits since the back went", "saddle-anaesthesia", True),
        ("I didn't notice any numbness in my legs", "numbness-tingling-or-weakness", False),
        ("I haven't noticed any problems with my bladder", "bladder-dysfunction", False),
    ],
)
def test_not_noticing_is_a_sign_but_not_noticing_any_denies(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "entity", "status"),
    [
        (
            "pins and needles in both feet since my back went on Monday, no problems peeing",
            "lower-back-pain",
            Status.PRESENT,
        ),
        ("my back hurts, bladder no problems", "lower-back-pain", Status.PRESENT),
        ("my back hurts, bladder no problems", "bladder-dysfunction", Status.ABSENT),
    ],
)
def test_a_denial_that_looks_back_stops_at_a_comma(text: str, entity: str, status: Status) -> None:
    statuses = {m.status for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}
    assert statuses == {status}


def test_my_back_has_gone_crooked() -> None:
    assert "structural-deformity" in dict(flags("my husband says my back has gone crooked"))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "My back went last week and now I've got pins and needles between my legs",
            "saddle-anaesthesia",
            True,
        ),
        (
            "My back went last week and now I've got pins and needles between my legs",
            "bilateral-leg-weakness",
            False,
        ),
        ("With this sciatica I can't hold my bowels anymore", "bowel-dysfunction", True),
        (
            "Out of nowhere a tearing pain in my back, now I'm dizzy and clammy",
            "burst-aneurysm-symptoms",
            True,
        ),
        ("My belly beats like a second heart and my back aches", "pulsating-abdomen", True),
        (
            "came a cropper on the footpath and cant walk on it, my groin is killing me",
            "unable-to-bear-weight-after-fall",
            True,
        ),
        ("im an iv user and ive got new lower back pain", "iv-drug-use", True),
        (
            "Being treated for prostate cancer and now my right foot has gone numb",
            "cancer-with-new-neurological-symptoms",
            True,
        ),
        (
            "pain in my back every night for weeks, turning over makes no difference",
            "persistent-night-pain",
            True,
        ),
    ],
)
def test_wording_of_first_messages(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my back aches and my legs have given way twice this week", "bilateral-leg-weakness"),
        (
            "Myeloma patient here, my legs have given way twice and my back hurts",
            "cancer-with-new-neurological-symptoms",
        ),
        (
            "First it was pins and needles in my big toe, now the whole shin is numb",
            "progressive-neurological-deficit",
        ),
    ],
)
def test_given_way_cancer_patient_and_first_it_was(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        # A phrase reads through one-word synonyms: "hardly feel" is "can't feel".
        ("I can hardly feel a thing down there when I sit on the loo", "saddle-anaesthesia", True),
        # ... but not "couldn't": a moment that has passed as often as a numbness that stays
        ("I couldn't feel a thing down there when I sat on the loo", "saddle-anaesthesia", False),
        ("since the weekend my feet don't feel like my own", "numbness-tingling-or-weakness", True),
        ("wiping feels strange since my back went", "saddle-anaesthesia", True),
        # "odd" and "weird" on their own say nothing: no question, no flag.
        ("I get the odd twinge in my lower back", "saddle-anaesthesia", False),
        ("I couldn't feel better after my physio session", "numbness-tingling-or-weakness", False),
    ],
)
def test_lost_or_changed_feeling_in_everyday_words(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


def test_odd_alone_asks_nothing() -> None:
    reasons = [q.reason for q in painkb.assess(KB, text="my back feels weird").questions]
    assert reasons
    assert not [r for r in reasons if "weird" in r]


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Whenever I sneeze my lower back locks up", True),
        ("each cough and my back goes into spasm", True),
        ("Coughing doesn't make my back any worse", False),
        ("No pain when I sneeze, my back is just stiff", False),
        ("My dad's back hurts whenever he coughs", False),
    ],
)
def test_coughing_or_sneezing_said_to_set_off_the_back(text: str, raised: bool) -> None:
    assert ("pain-worse-coughing-sneezing" in dict(flags(text))) is raised


def test_a_possessive_owns_only_the_words_after_it() -> None:
    assert "lower-back" in found("My partner's lower back aches", Status.OTHER_PERSON)
    # the party was the niece's; the bum and the fall are the writer's
    assert "recent-injury" in found("I came off the swing at my nephew's birthday and landed on my bum")


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Over the winter I've gone hunched and my back aches", True),
        ("my lower back hurts and my spine is leaning to one side", True),
        ("Lying flat makes my back pain much worse", True),
        # a posture is a cause, not a change in the shape of the spine
        ("I sit hunched over my laptop all day and my back aches", False),
        ("lying down helps my back", False),
    ],
)
def test_shape_of_the_spine_and_pain_lying_flat(text: str, raised: bool) -> None:
    signs = dict(flags(text))
    assert ("structural-deformity" in signs or "persistent-night-pain" in signs) is raised


def test_a_sign_said_getting_worse_passes_it_to_its_symptoms() -> None:
    # "my ankle feels weak" names the numbness-or-weakness sign; said getting worse, its
    # weakness raises the progressive deficit as leg weakness said getting worse would.
    assert "progressive-neurological-deficit" in dict(flags("my ankle feels weaker each week"))
    assert "progressive-neurological-deficit" not in dict(flags("my ankle feels weak"))


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("the ache starts in my lower back and down both legs", True),
        ("pain in my bum and then down the back of my thigh", True),
        ("sore bum and down the side of my leg", True),
        ("I walk up and down both aisles at work and my back aches", False),
    ],
)
def test_the_second_leg_of_a_journey_radiates(text: str, raised: bool) -> None:
    assert ("radiating-leg-pain" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("a white-hot jolt from my lower back down into the back of my thigh", True),
        ("the pain radiates from my hip down to my knee", True),
        # no part of the leg named: asked about, never raised
        ("The redness on my back is spreading and it's sore", False),
    ],
)
def test_pain_down_the_leg_needs_a_part_of_the_leg(text: str, raised: bool) -> None:
    assert ("radiating-leg-pain" in dict(flags(text))) is raised
    if not raised:
        asked = [q.warning_sign.id for q in painkb.assess(KB, text=text).questions if q.reason]
        assert "radiating-leg-pain" in asked


def test_an_aching_upper_back_is_the_upper_back_sign() -> None:
    # The sign is that pain, so a complaint about the place raises it; no side is read
    # from "right" meaning "exactly".
    text = "My upper back, right behind my bra strap, has been aching every day."
    assert "thoracic-back-pain" in dict(flags(text))
    sides = {m.side for m in painkb.interpret(KB, text).mentions}
    assert sides == {None}
    assert {m.side for m in painkb.interpret(KB, "my right hip hurts").mentions} == {"right"}


@pytest.mark.parametrize(
    "text",
    ["I can't climax anymore and my back is agony", "I can't stay hard since the back pain started"],
)
def test_sexual_dysfunction_in_everyday_words(text: str) -> None:
    assert ("sexual-dysfunction", Urgency.EMERGENCY) in flags(text)


def test_then_ends_a_denial() -> None:
    # "haven't felt the urge ..., then I found I'd soiled myself": the soiling is not denied.
    text = "I haven't felt the urge to open my bowels at all, then I found I'd soiled myself."
    assert "bowel-dysfunction" in dict(flags(text))
    assert "bladder-dysfunction" in dict(flags("I don't seem to know when my bladder is full any more"))


def test_a_real_word_is_never_read_as_a_typo() -> None:
    # "heart" is written in the knowledge base's own text, so it is no typo of "heat";
    # "numbnes" is written nowhere, so it is read as "numbness".
    text = "a thumping in my tummy in time with my heart and my back aches"
    assert "heat-and-cold-therapy" not in found(text)
    assert "numbness" in found("my left leg has numbnes")
    # "move" alone is not the treatment of regular movement breaks
    assert "movement-breaks" not in found("I fell off the ladder and can move my legs")


@pytest.mark.parametrize(
    ("text", "lower_back"),
    [
        ("Mid-back pain, right under my bra strap, for a month", False),
        ("Burning pain from my bum down the back of my leg", False),
        ("my lower back hurts and so does the back of my knee", True),
    ],
)
def test_back_is_the_lower_back_unless_another_place_owns_the_word(text: str, lower_back: bool) -> None:
    assert ("lower-back-pain" in found(text)) is lower_back


def test_putting_your_back_into_a_job_is_an_idiom() -> None:
    assert not found("I'm going to put my back into this spring clean")


@pytest.mark.parametrize(
    "text", ["What are the red flags for back pain?", "Can a burst aneurysm feel like back pain?"]
)
def test_a_general_question_reports_nothing_as_present(text: str) -> None:
    assert not found(text)
    assert "lower-back-pain" in found(text, Status.UNCERTAIN)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Each day I can feel less in my shin.", True),
        ("My foot is numb and week by week it's weaker", True),
        # getting better, or how often rather than a change
        ("My leg is numb but it hurts less each day", False),
        ("My leg has been numb for a week, it's worse every night", False),
    ],
)
def test_worse_over_time_in_any_order(text: str, raised: bool) -> None:
    assert ("progressive-neurological-deficit" in dict(flags(text))) is raised


def test_pain_coming_from_one_place_to_the_leg_travels() -> None:
    assert "radiating-leg-pain" in dict(flags("the pain goes from my bum to my knee"))
    assert "radiating-leg-pain" not in dict(flags("the pain comes from my back"))  # no leg named


def test_an_ability_in_the_past_is_no_duration() -> None:
    assert painkb.interpret(KB, "a month ago I could walk a mile, now my bum hurts").duration is None
    assert painkb.interpret(KB, "my bum started hurting a month ago").duration is not None


def test_a_source_is_no_journey_and_a_clinicians_question_is_no_report() -> None:
    assert "radiating-leg-pain" not in dict(
        flags("My knee aches but the physio says it's coming from my hip.")
    )
    text = "The physio asked if my foot drags when I walk - it doesn't. My bum aches when I sit."
    assert "foot-drop-weakness" not in dict(flags(text))


def test_not_noticing_a_finding_is_having_it() -> None:
    text = "I didn't even realise I'd soiled myself until I got home, and my back's agony."
    assert ("bowel-dysfunction", Urgency.EMERGENCY) in flags(text)


def test_now_inside_a_verb_keeps_the_clause() -> None:
    assert "bilateral-sciatica" in dict(
        flags("The pain has now spread from my left leg into my right leg too.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "\u017fince ye\u017fterday",
        "I'm \u017fixty",
        "in my m\u0131d 50s",
        "pain since la\u017ft night",
        "for \u017fix weeks",
        "for two wee\u212as",
    ],
)
def test_letters_that_match_ascii_only_ignoring_case_never_raise(text: str) -> None:
    # U+017F (long s), U+0131 (dotless i) and U+212A (Kelvin sign) match ASCII letters in a
    # case-insensitive pattern; the values they stand for are looked up by their ASCII fold.
    painkb.interpret(KB, text)
    assert painkb.interpret(KB, "for \u017fix weeks").duration is not None


def test_a_question_opening_doubts_only_where_a_clause_opens() -> None:
    assert "sciatica" in found("My leg hurts, is it sciatica?", Status.UNCERTAIN)
    text = "I feel rough, but the main thing is this deep pain in my lower back"
    assert "lower-back-pain" in found(text)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("shivering, 39 degrees, and a deep pain in my lower back", True),
        ("temp of 101F and my lower back hurts", True),
        ("back pain since yesterday, temperature 38.6", True),  # no unit after "temperature"
        ("my temperature is 37.2 and my back aches", False),
        ("my back has hurt for 39 days and my temperature is normal", False),
        ("I ran 10k in 38 minutes and my back aches", False),
    ],
)
def test_a_high_temperature_said_as_a_number(text: str, raised: bool) -> None:
    assert ("fever-with-back-pain" in dict(flags(text))) is raised


def test_a_symptom_that_flags_nothing_stays_beside_a_partial_sign() -> None:
    assert "muscle-stiffness" in found("my back is stiff")


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("numb around my bum and genitals since my back went", True),
        ("My right leg is numb and one bum cheek tingles", False),
        ("my left buttock is numb", False),
    ],
)
def test_the_saddle_is_never_one_sided(text: str, raised: bool) -> None:
    assert ("saddle-anaesthesia" in dict(flags(text))) is raised
    if not raised:
        asked = [q.warning_sign.id for q in painkb.assess(KB, text=text).questions if q.reason]
        assert "saddle-anaesthesia" in asked


def test_a_sign_found_whole_keeps_the_symptoms_it_rests_on() -> None:
    assert {"fever", "fever-with-back-pain"} <= found("I have a fever and back pain")


def test_a_height_in_feet_is_no_foot() -> None:
    assert "foot" not in found("I fell off the ladder, about 8 feet, and landed on my back")
    assert "foot" not in found("fell eight feet off a ladder onto my back")
    assert "foot" in found("my two feet feel numb")


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        ("I keep catching my toes on the kerb and tripping", "foot-drop-weakness", True),
        ("I haven't managed a wee since this morning and my back is agony", "bladder-dysfunction", True),
        ("my trousers are hanging off me though I'm eating the same", "unexplained-weight-loss", True),
        ("both my legs go dead after a short walk and my back hurts", "bilateral-leg-weakness", True),
        # a number in a phrase is an age only when the text states that age
        ("my legs ache after 50 yards and my back hurts", "new-back-pain-over-50", False),
        ("I'm over 50 and my back has started hurting", "new-back-pain-over-50", True),
    ],
)
def test_consequences_in_everyday_words(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


def test_someone_elses_age_between_my_and_the_person() -> None:
    text = "My 16 year old son wakes every night with back pain"
    assert "lower-back-pain" in found(text, Status.OTHER_PERSON)


def test_a_symptom_of_both_legs_said_of_one_is_not_both() -> None:
    assert "bilateral-leg-weakness" not in dict(flags("my right leg keeps giving way and my back is sore"))


def test_coming_off_a_ladder_is_a_fall() -> None:
    signs = dict(flags("came off the ladder clearing the gutters yesterday and my back is agony"))
    assert "major-trauma" in signs


def test_and_my_person_speaks_of_them() -> None:
    assert "sciatica" in found("my back hurts and my wife has sciatica", Status.OTHER_PERSON)
    assert "lower-back-pain" in found("my back hurts and my wife has sciatica")
    assert "fever-with-back-pain" not in dict(flags("My back hurts and my son has a temperature of 39"))


def test_a_sentence_about_him_or_her_is_theirs() -> None:
    text = "Our son is 19 and plays rugby. Since a big tackle on Saturday he says both his legs feel weak."
    assert "bilateral-leg-weakness" not in dict(flags(text))
    assert "bilateral-leg-weakness" in found(text, Status.OTHER_PERSON)
    assert "lower-back-pain" in found("He kicked me in the back and now it hurts")


def test_someone_elses_symptoms_put_their_signs_first_to_ask_them() -> None:
    result = painkb.assess(KB, text="my wife's legs went numb last night and her back is agony")
    assert not result.red_flags
    first = result.questions[0]
    assert first.warning_sign.id == "bilateral-leg-weakness"
    assert "someone else" in first.reason


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("been injecting for a couple of years and my lower back has been stabbing for weeks", True),
        ("34, inject daily, new pain in my lower back", True),
        ("I inject insulin and my back hurts", False),  # a medicine named: asked about
        ("I'm diabetic, been injecting for years, my back hurts", False),
        ("my brother has been injecting and my back hurts", False),  # someone else
        ("I've never been injecting anything, my back hurts", False),
        ("been injecting for years", False),  # no back pain
    ],
)
def test_injecting_with_no_medicine_named(text: str, raised: bool) -> None:
    assert ("iv-drug-use" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Every week I can walk a bit less before my bum pain stops me.", True),
        (
            "Getting in and out of the car is getting harder every week because of the pain in my buttocks.",
            True,
        ),
        ("The ache in my glute is making it harder and harder to get up the stairs.", True),
        ("It hurts less and less each day when I walk", False),  # getting better
        ("My back pain is getting harder to bear every week", False),  # no activity
        ("Getting up the stairs is getting easier every week, my hip hardly hurts", False),
    ],
)
def test_an_activity_getting_harder_over_time(text: str, raised: bool) -> None:
    assert ("difficulty-with-mobility" in dict(flags(text))) is raised


def test_getting_better_cancels_a_worsening_in_its_clause() -> None:
    mentions = painkb.interpret(KB, "It hurts less and less each day when I walk").mentions
    assert all("worsening" not in m.modifiers for m in mentions)
    mentions = painkb.interpret(KB, "the numbness in my leg is spreading day by day").mentions
    assert any("worsening" in m.modifiers for m in mentions)


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        ("my knee hurts going down the stairs", "radiating-leg-pain", False),  # walking, not spreading
        ("pain going down my leg to my knee", "radiating-leg-pain", True),
        # "between my shoulder blades" is the mid back: it says "back" for chest pain said apart
        (
            "Pain between my shoulder blades since this morning and now my chest hurts too",
            "chest-pain-with-back-pain",
            True,
        ),
        (
            "I'm 72, my back's sore and I've gone down two dress sizes without trying",
            "unexplained-weight-loss",
            True,
        ),
        (
            "I've gone down a dress size since my back started hurting, I'm on a diet",
            "unexplained-weight-loss",
            False,
        ),
    ],
)
def test_everyday_places_and_sizes(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


def test_a_part_that_has_gone_is_not_denied() -> None:
    # "my back has gone" is a back that gave way; only a symptom that disappeared is denied
    assert "lower-back" in found("my back has gone and I can't move")
    assert "foot" in found("my foot has gone and I can't lift it")
    assert "tingling" in found("the tingling in my foot has disappeared", Status.ABSENT)


def test_sport_words_are_not_sex_or_wiping() -> None:
    it = painkb.interpret(KB, "Wiped out skiing, hit the piste hard on my left side, my hip hurts")
    assert not {"sexual-dysfunction", "saddle-anaesthesia"} & {m.entity.id for m in it.partial}
    assert "sexual-dysfunction" in dict(flags("can't get a hard on since my back went"))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Since 2 years my low back and buttock pain is there", 730),  # "since" as "for"
        ("from 3 months I have pain in my hip", 90),
        ("my son is 2 and since 3 weeks my back hurts", 21),
    ],
)
def test_since_a_number_of_units_is_a_duration(text: str, days: int) -> None:
    duration = painkb.interpret(KB, text).duration
    assert duration is not None
    assert duration.days == days


def test_new_pain_in_the_mid_back_over_50_is_new_back_pain() -> None:
    text = "I'm 68 and never had back trouble in my life. Searing pain in my mid back"
    assert "new-back-pain-over-50" in dict(flags(text))


def test_a_question_is_prompted_only_by_what_was_said() -> None:
    result = painkb.assess(KB, text="my lower back aches and my bladder feels a bit odd")
    prompted = {q.warning_sign.id for q in result.questions if q.prompted}
    assert "bladder-dysfunction" in prompted
    routine = [q for q in result.questions if not q.prompted]
    assert routine
    assert all(q.reason == painkb.results.SCREENING and q.mention is None for q in routine)


@pytest.mark.parametrize(
    "text",
    [
        "I have incontinence and my back hurts",
        "Had an accident in my pants yesterday and my lower back is wrecked",
    ],
)
def test_incontinence_said_of_neither_organ_asks_about_both(text: str) -> None:
    result = painkb.assess(KB, text=text)
    prompted = [q.warning_sign.id for q in result.questions if q.prompted]
    assert {"bladder-dysfunction", "bowel-dysfunction"} <= set(prompted[:3])
    assert not {"bladder-dysfunction", "bowel-dysfunction"} & {f.warning_sign.id for f in result.red_flags}


def test_wobbly_legs_are_weak_legs() -> None:
    assert "bilateral-leg-weakness" in dict(flags("my legs have gone all wobbly and my back hurts"))
    assert "bilateral-leg-weakness" not in dict(flags("my left leg feels wobbly and my back hurts"))


@pytest.mark.parametrize(
    ("text", "entity", "status"),
    [
        (
            "I had a bladder problem after my back op years ago but that all settled.",
            "bladder-dysfunction",
            Status.HISTORICAL,
        ),
        (
            "I broke my back in a car crash at 19. I'm 52 now and it aches in the cold",
            "vertebral-fracture",
            Status.HISTORICAL,
        ),
        ("I'm 40. At 12 I had back surgery", "recent-spinal-surgery", Status.HISTORICAL),
        ("I am 60 and at 58 my back went", "lower-back-pain", Status.PRESENT),  # not long ago
        ("My back pain started 2 years ago", "lower-back-pain", Status.PRESENT),  # its start is past
        ("I had cancer 5 years ago and now my back hurts", "history-of-cancer", Status.PRESENT),
    ],
)
def test_a_clause_told_as_the_past(text: str, entity: str, status: Status) -> None:
    assert entity in found(text, status)


def test_an_old_trouble_raises_nothing() -> None:
    assert flags("I had a bladder problem after my back op years ago but that all settled.") == []
    assert "major-trauma" not in dict(flags("I broke my back in a car crash at 19. I'm 52 now and it aches"))


def test_a_sign_said_to_pass_on_standing_is_asked_not_raised() -> None:
    text = "My bum goes numb on the metal bleachers. It's fine as soon as I stand up and walk about."
    result = painkb.assess(KB, text=text)
    assert "saddle-anaesthesia" not in {f.warning_sign.id for f in result.red_flags}
    assert "saddle-anaesthesia" in {q.warning_sign.id for q in result.questions if q.prompted}
    assert "saddle-anaesthesia" in dict(flags("my bum is numb and my back hurts"))


def test_chest_pain_that_passes_at_rest_is_still_raised() -> None:
    text = "I get pain between my shoulder blades and in my chest when I walk uphill, it goes off when I stop"
    assert "chest-pain-with-back-pain" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "Tripped over the dog's lead yesterday and I can't stand on my right leg at all",
            "unable-to-bear-weight-after-fall",
            True,
        ),
        ("I tripped over a kerb but caught myself and I've had no pain anywhere", "recent-injury", False),
        ("my weight is reducing without any reason and my back is paining", "unexplained-weight-loss", True),
        ("Pain in my bottom on left side is already two months", "persistent-gluteal-pain", True),
        ("Pain deep in my left glute since the start of last month", "persistent-gluteal-pain", True),
        ("I went down hard on the bathroom tiles and now my back hurts", "recent-injury", True),
    ],
)
def test_everyday_events_and_durations(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "for three weeks now my back has woken me every single night and no position helps",
            "persistent-night-pain",
        ),
        ("The pain in my buttock is making everything harder week by week.", "difficulty-with-mobility"),
        ("My upper back between the shoulder blades has throbbed for days", "thoracic-back-pain"),
    ],
)
def test_what_people_notice_at_night_and_day(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        # "having hot body" is a fever (Nigerian English); "I love my hot body" is none
        (
            "serious back pain for one week and since two days I am having hot body",
            "fever-with-back-pain",
            True,
        ),
        ("I love my hot body but my back has been sore for a week", "fever-with-back-pain", False),
        (
            "I love having hot body from the gym, my back has been sore for a week",
            "fever-with-back-pain",
            False,
        ),
        ("one of my two legs is numb, the left one, with waist pain", "bilateral-leg-weakness", False),
        (
            "my private area and my butt cheeks feel like asleep, with my low back pain",
            "saddle-anaesthesia",
            True,
        ),
        ("I went to sleep and woke with back pain", "numbness-tingling-or-weakness", False),
    ],
)
def test_world_english_wordings(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Sat in a hot bath last night and couldn't feel the water on my bottom at all. Back's bad.",
            "saddle-anaesthesia",
        ),
        (
            "my back's been bad for a week and now when we have sex nothing comes out at the end",
            "sexual-dysfunction",
        ),
    ],
)
def test_lost_feeling_down_below_in_everyday_words(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_the_heel_is_part_of_the_foot() -> None:
    assert "radiating-leg-pain" in dict(flags("The pain goes from my bum right down to my heel."))


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        (
            "I'm 28. For 6 months my lower back is stiff in the morning, after yoga it becomes better.",
            True,
        ),
        ("I wake around 4am most nights with my lower back aching and have to move about to ease it", True),
        ("The ache flips from one buttock to the other and I'm stiff in the mornings, I'm 31", True),
        ("My lower back is stiff and achy every morning until I get going", False),  # one finding, said twice
    ],
)
def test_berlin_criteria_in_everyday_words(text: str, raised: bool) -> None:
    assert ("inflammatory-back-pain" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "I wet myself today and I did not even feel the urine coming. My back hurts.",
            "bladder-dysfunction",
            True,
        ),
        (
            "I'm 68, not dieting but I'm 5 kilos down since the summer, and this backache has appeared",
            "unexplained-weight-loss",
            True,
        ),
        ("I did not feel any tingling in my legs and my back hurts", "numbness-tingling-or-weakness", False),
    ],
)
def test_not_noticing_and_weights_said_as_a_drop(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


def test_a_common_word_alone_prompts_no_question() -> None:
    result = painkb.assess(KB, text="I sit between two colleagues at work and my lower back aches")
    assert "saddle-anaesthesia" not in {q.warning_sign.id for q in result.questions if q.prompted}
    result = painkb.assess(KB, text="it's numb between my legs and my back aches")
    assert "saddle-anaesthesia" in {f.warning_sign.id for f in result.red_flags}


def test_a_hot_bath_is_no_temperature() -> None:
    result = painkb.assess(KB, text="a hot bath eases my lower back")
    assert "fever-with-back-pain" not in {q.warning_sign.id for q in result.questions if q.prompted}


@pytest.mark.parametrize(
    "text",
    [
        # review of the fifth session's rules: each of these was a false alarm or emergency
        "Back pain. I haven't started wetting myself.",
        "I have back pain. My mum started wetting herself last week.",
        "Back pain. Difficulty peeling oranges since my thumb op.",
        "My lower back aches. I nearly tripped over a step. I can't stand for long.",
        "I tripped over my words at the meeting and now my back hurts when I can't get up.",
        "Wiping somebody elses bottom at work (I'm a carer) makes my back worse.",
        "I inject Forteo daily for my osteoporosis and my back hurts.",
        "The doctor has been injecting cortisone into my spine, back pain.",
        "The temperature hit 40 this weekend, heatwave, and my back hurts.",
        "Temperature was 39 when I had covid in 2020, my back hurts now.",
        "I love my hot body but my back hurts.",
        "I need less and less help getting dressed, my back hurts.",
        "It's getting harder to find time for the gym, I sit all day and my back hurts.",
        "The kids have gone to sleep, finally, and my back hurts.",
        "If I ever lose control of my bladder, is that when I go to the ER?",
        "Me mam's after having a fall in the garden and she can't stand on the leg at all, I'm with her now.",
        "had tingling in both feet when i was pregnant with my son 3 yrs ago, gone now, back is just tired",
        "Had a fever with a kidney infection two years back; nothing like that now, just a sore lower back.",
    ],
)
def test_no_warning_sign_is_raised(text: str) -> None:
    assert flags(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Back pain at night and I woke up soaked in sweat.",
        "My trousers were wet from the rain, my back hurts.",
    ],
)
def test_sweat_and_rain_are_not_wetting_oneself(text: str) -> None:
    assert "bladder-dysfunction" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Woman in my 30s, sudden back pain, numbness between my legs and wet myself.", "saddle-anaesthesia"),
        ("I'm 70, my back aches, I wet myself at 10pm.", "bladder-dysfunction"),
        ("I'm 65. Back pain. I lost control of my bowels at 5:30 this morning.", "bowel-dysfunction"),
        ("Back pain. The numbness around my bum hasn't disappeared.", "saddle-anaesthesia"),
        ("numb between my legs and my back hurts, the paracetamol wears off quickly", "saddle-anaesthesia"),
        ("back hurts and my temp was 38.5C", "fever-with-back-pain"),
        ("back pain since yesterday, temperature 38.6", "fever-with-back-pain"),
    ],
)
def test_still_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text)), text


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Back pain. Can't move my legs.", "unable-to-bear-weight-after-fall"),
        ("Back pain. My legs gave out on the stairs.", "bilateral-leg-weakness"),
        ("Back pain. A car went into the back of me.", "major-trauma"),
    ],
)
def test_still_raised_or_asked(text: str, sign: str) -> None:
    result = painkb.assess(KB, text=text)
    said = {f.warning_sign.id for f in result.red_flags} | {
        q.warning_sign.id for q in result.questions if q.prompted
    }
    assert sign in said, text


def test_no_trigger_word_hides_a_finding_word() -> None:
    from painkb.understand.lexicon import lexicon_of

    lexicon = lexicon_of(KB)
    for word in ("fall", "lose", "numb", "leak", "wet", "weak", "bladder"):
        assert word not in lexicon.plain, word


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I've been on pins and needles all week waiting for the exam results, my back aches",
            "numbness-tingling-or-weakness",
        ),
        (
            "I use a steroid cream for eczema on my legs; the back pain is from the new mattress.",
            "immunosuppression",
        ),
        (
            "My left leg goes numb when I sit cross-legged, but it's gone the moment I stand up.",
            "numbness-tingling-or-weakness",
        ),
        (
            "after the sportive my undercarriage was numb for an hour, then back to normal",
            "numbness-tingling-or-weakness",
        ),
        ("Is it normal to feel pins and needles in the leg with back pain?", "numbness-tingling-or-weakness"),
        (
            "Got tackled at rugby and landed on my hip. I can barely walk on it now.",
            "unable-to-bear-weight-after-fall",
        ),
        (
            "Years ago after my first baby I leaked when I coughed; this back pain is new.",
            "pain-worse-coughing-sneezing",
        ),
    ],
)
def test_look_alikes_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text)), text


def test_steroid_tablets_still_weaken_the_immune_system() -> None:
    assert "immunosuppression" in dict(flags("I've been on steroid tablets for years and my back hurts"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I've dropped nearly a stone in two months without trying and my back has ached.",
            "unexplained-weight-loss",
        ),
        (
            "Twenty minutes ago a severe pain ripped into my back, I feel dizzy and my heart is racing.",
            "burst-aneurysm-symptoms",
        ),
        ("My legs keep buckling under me since this back thing started", "bilateral-leg-weakness"),
        ("My bike was hit by an auto from the side. Today my lower back is paining a lot", "major-trauma"),
    ],
)
def test_more_everyday_wordings(text: str, sign: str) -> None:
    assert sign in dict(flags(text)), text


def test_a_kidney_stone_is_no_weight() -> None:
    assert "weight-loss" not in found("I had a kidney stone removed and my back hurts")


def test_a_two_part_sign_with_one_part_close_is_asked_with_the_other() -> None:
    # a cancer only wondered about is close; one said ("Prostate cancer, treated two years
    # ago") is said, and raises (test_a_cancer_and_a_neurological_finding_said_anywhere_...)
    text = "Worried it could be prostate cancer. Now both my legs feel weak on the stairs."
    result = painkb.assess(KB, text=text)
    assert "cancer-with-new-neurological-symptoms" not in {f.warning_sign.id for f in result.red_flags}
    assert "cancer-with-new-neurological-symptoms" in {
        q.warning_sign.id for q in result.questions if q.prompted
    }


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("For 5 days my low back has been really sore, temp was 38.2 this morning.", "fever-with-back-pain"),
        ("Today my bum and the inside of my thighs feel numb, and my back hurts.", "saddle-anaesthesia"),
    ],
)
def test_a_temperature_in_a_list_and_the_inside_of_the_thighs(text: str, sign: str) -> None:
    assert sign in dict(flags(text)), text


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("I've been running for years and my buttock has hurt since yesterday", 1),
        ("I've had a prolapsed disc for 3 weeks. Since yesterday my legs feel numb.", 21),
        ("My back has been bad. It's been like this for 3 weeks.", 21),
    ],
)
def test_the_duration_is_the_findings_not_an_activitys(text: str, days: int) -> None:
    duration = painkb.interpret(KB, text).duration
    assert duration is not None
    assert duration.days == days


def test_running_for_years_is_no_persistent_buttock_pain() -> None:
    assert "persistent-gluteal-pain" not in dict(
        flags("I've been running for years and my buttock has hurt since yesterday")
    )


def test_no_to_all_of_them_denies_the_list_before() -> None:
    text = (
        "GP went through the red flag questions: any weight loss, fever, bladder problems, numbness "
        "around the back passage. No to all of them. Just a bad back from decorating."
    )
    assert flags(text) == []
    assert "bladder-dysfunction" in found(text, Status.ABSENT)
    # "none of my family" is no answer to a list
    assert "saddle-anaesthesia" in dict(flags("I have numbness around my bottom. None of my family have it."))


def asked(text: str) -> set[str]:
    return {q.warning_sign.id for q in painkb.assess(KB, text=text).questions if q.prompted}


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "Bladder and bowels behaving, no numbness, just a sore bum",
            {"bladder-dysfunction", "bowel-dysfunction"},
        ),
        ("my bladder is fine", {"bladder-dysfunction"}),
        ("waterworks are fine and my back is killing me", {"bladder-dysfunction"}),
        ("normal bladder and bowel function", {"bladder-dysfunction", "bowel-dysfunction"}),
        ("peeing ok, pooing ok", {"bladder-dysfunction", "bowel-dysfunction"}),
        ("toilet habits are normal", {"bladder-dysfunction", "bowel-dysfunction"}),
    ],
)
def test_a_function_said_to_work_as_usual_denies_its_problem(text: str, denied: set[str]) -> None:
    assert denied <= found(text, Status.ABSENT)
    assert not denied & asked(text)
    assert "bladder" not in painkb.interpret(KB, text).not_understood


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my bladder is not fine", "bladder-dysfunction"),
        ("bladder not behaving, bowels fine", "bladder-dysfunction"),
        ("bladder was fine until yesterday", "bladder-dysfunction"),
        ("my bladder isn't working properly", "bladder-dysfunction"),
        ("my bladder used to be normal", "bladder-dysfunction"),
    ],
)
def test_a_function_not_as_usual_is_asked_about(text: str, sign: str) -> None:
    assert sign not in found(text, Status.ABSENT)
    assert sign in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "bladder ok but I wet myself last night",
        "bladder and bowels fine. Yesterday I wet myself",
    ],
)
def test_a_function_said_to_work_never_hides_a_sign_said_elsewhere(text: str) -> None:
    assert "bladder-dysfunction" in dict(flags(text))
    assert "bladder-dysfunction" not in found(text, Status.ABSENT)


def test_someone_elses_working_bladder_denies_nothing_of_mine() -> None:
    assert "bladder-dysfunction" not in found("my dad's bladder is fine", Status.ABSENT)
    assert "bladder-dysfunction" not in found("is my bladder ok?", Status.ABSENT)


def test_a_denial_between_the_words_of_a_partial_sign_keeps_the_denied_symptom() -> None:
    # "numbness" stood among the words of a cancer sign matched in part, and was lost
    assert "numbness" in found("Bladder and bowels behaving, no numbness, just a sore bum", Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "My dad tripped over the step and now he can't put weight on his leg",
        "My mum fell and now she can't stand up",
        "My mum fell. Now she can't get up off the floor",
    ],
)
def test_someone_elses_fall_is_asked_of_them_never_raised(text: str) -> None:
    assessment = painkb.assess(KB, text=text)
    assert "unable-to-bear-weight-after-fall" in asked(text)
    why = {q.warning_sign.id: q.reason for q in assessment.questions}
    assert "someone else" in why["unable-to-bear-weight-after-fall"]
    assert assessment.red_flags == ()


@pytest.mark.parametrize(
    "text",
    [
        "my dad tripped over his words and my back hurts",
        "my dad nearly tripped over the cat and my back hurts",
        "my dad didn't trip over anything, my back just hurts",
    ],
)
def test_no_fall_of_someone_else_is_asked_without_one(text: str) -> None:
    assert "unable-to-bear-weight-after-fall" not in asked(text)


def test_every_finding_the_word_lists_name_is_in_the_knowledge_base() -> None:
    from painkb.understand.words import language

    lang = language()
    named = {
        *lang.past_counts_as_present,
        *lang.said_of_both_sides,
        *lang.said_of_a_place,
        *lang.said_of_a_place.values(),
        *lang.never_one_sided,
        *lang.asked_when_passing,
        *(finding for findings in lang.normal_functions.values() for finding in findings),
    }
    assert {name for name in named if name not in KB} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Then the pain went down my right leg.",
        "It's a pain in my left buttock that sometimes goes into the thigh.",
        "Straining on the toilet sends a jolt through my low back and down my leg.",
        "burning running down the outside of my left leg since Saturday",
        "pain is coming from my back to my knee",
        "sciatica down the back of the right leg into the foot",
    ],
)
def test_pain_said_to_travel_into_the_leg_radiates(text: str) -> None:
    assert "radiating-leg-pain" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("no pain going down my leg", Status.ABSENT),
        ("my dad has pain going down his leg", Status.OTHER_PERSON),
    ],
)
def test_pain_travelling_into_the_leg_takes_the_status_said(text: str, status: Status) -> None:
    assert "radiating-leg-pain" in found(text, status)
    assert flags(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "my back hurts when I go down the stairs and my knee aches",
        "I sat down and my leg hurt",
        "pain when I bend down, my leg is fine",
        "my back hurts getting into the car and my leg is stiff",
    ],
)
def test_down_or_into_without_pain_travelling_radiates_nothing(text: str) -> None:
    assert "radiating-leg-pain" not in dict(flags(text))


def test_an_event_sign_is_not_pieced_together_from_other_clauses() -> None:
    text = (
        "I'm a 52-year-old plasterer, always had a bit of a dodgy back from the trade, never bothered "
        "me much. Past couple of weeks my left calf has felt numb going up ladders, and I've slipped "
        "off a step because the leg gave. Back pain no worse than usual."
    )
    raised = dict(flags(text))
    assert "major-trauma" not in raised
    assert "new-back-pain-over-50" not in raised  # "never bothered me much": it was there
    assert "numbness-tingling-or-weakness" in raised


@pytest.mark.parametrize(
    "text",
    [
        "I fell off a ladder yesterday and my lower back is killing me",
        "I fell off a ladder yesterday. Now my lower back is killing me",
        "I was a passenger in a head-on crash on Saturday. Felt fine at first but now my lower back "
        "is seizing up",
    ],
)
def test_an_event_with_its_hurt_said_apart_is_still_raised(text: str) -> None:
    assert "major-trauma" in dict(flags(text))


def test_a_symptom_stays_when_a_partial_signs_words_run_into_another_clause() -> None:
    assert "numbness" in found("my left calf has felt numb, and I've slipped off a step")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("zero feeling down there", "saddle-anaesthesia"),
        ("the feeling in my bum has completely gone", "saddle-anaesthesia"),
        ("I've lost the feeling in my foot", "numbness-tingling-or-weakness"),
        ("I don't have any feeling in my foot", "numbness-tingling-or-weakness"),
        ("hardly any feeling in my toes", "numbness-tingling-or-weakness"),
        ("all the strength in my legs has gone", "numbness-tingling-or-weakness"),
        ("my bladder control has gone", "bladder-dysfunction"),
        ("the control of my bowels has gone", "bowel-dysfunction"),
    ],
)
def test_a_faculty_said_to_be_lost_is_its_symptom(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I haven't lost any feeling in my foot",
        "no loss of feeling in my legs",
        "that weird feeling in my leg has gone",
        "I've leaked a bit without feeling it coming, my back hurts",
        "my bladder control has gone back to normal",
    ],
)
def test_a_faculty_kept_or_a_feeling_that_passed_is_no_loss(text: str) -> None:
    raised = dict(flags(text))
    assert "numbness-tingling-or-weakness" not in raised
    assert "saddle-anaesthesia" not in raised
    assert "bladder-dysfunction" not in raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("the numbness has gone", "numbness-tingling-or-weakness"),
        ("The tingling I had in my foot has completely gone this week", "numbness-tingling-or-weakness"),
    ],
)
def test_a_symptom_said_to_have_gone_is_absent(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("the numbness has gone into my other leg", "numbness-tingling-or-weakness"),
        ("I still shoot up sometimes, and this week my back has gone really painful", "iv-drug-use"),
        ("i cant feel myself peeing, like the sensation has just gone", "bladder-dysfunction"),
        ("the numbness in my foot has gone but now my legs are weak", "numbness-tingling-or-weakness"),
    ],
)
def test_gone_that_says_more_is_no_recovery(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "After a long hike both my legs ache and my calves are tight, but they're fine after a hot bath.",
        "both legs hurt",
    ],
)
def test_both_legs_aching_with_no_back_or_sciatic_pain_is_asked_not_raised(text: str) -> None:
    assert "bilateral-sciatica" not in dict(flags(text))
    assert "bilateral-sciatica" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "both my legs hurt and my back is killing me",
        "my bum hurts and both legs ache",
        "sciatica in both legs",
        "pain shooting down both legs",
        "My sciatica was just in my right leg but now it's gone into my left leg too.",
    ],
)
def test_both_legs_with_back_or_sciatic_pain_still_raise(text: str) -> None:
    assert "bilateral-sciatica" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign", "status"),
    [
        ("Any numbness around your bottom? No.", "saddle-anaesthesia", Status.ABSENT),
        ("Any numbness around your bottom? Yes, since yesterday.", "saddle-anaesthesia", Status.PRESENT),
        ("Any numbness around your bottom? No idea", "saddle-anaesthesia", Status.UNCERTAIN),
        ("Any leg weakness?", "numbness-tingling-or-weakness", Status.UNCERTAIN),
        ("Q: any leg weakness? A: no.", "numbness-tingling-or-weakness", Status.ABSENT),
        ("Q: pain in both legs? A: not that I've noticed.", "bilateral-leg-pain", Status.ABSENT),
    ],
)
def test_a_screening_question_takes_the_status_of_its_answer(text: str, sign: str, status: Status) -> None:
    assert sign in found(text, status)
    if status is not Status.PRESENT:
        assert sign not in dict(flags(text))


def test_a_question_that_asks_for_ideas_keeps_the_finding() -> None:
    assert "lower-back-pain" in found("Any idea why my back hurts?")


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        (
            "I'm 74 and an hour ago a sudden agonising pain hit my lower back, I went cold and clammy "
            "and blacked out for a few seconds.",
            True,
        ),
        ("I'm 70, sudden agonising back pain and I passed out", True),
        # younger, or one sweat after lifting: asked, not raised
        ("I'm 34 and a sudden agonising pain hit my lower back, went cold and clammy, blacked out", False),
        ("I'm 70, my back went suddenly when lifting, agony, and I feel a bit sweaty", False),
    ],
)
def test_a_burst_aneurysm_felt_in_the_back_alone(text: str, raised: bool) -> None:
    assert ("burst-aneurysm-symptoms" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Going up the stairs tonight my legs turned to jelly, both of them", True),
        ("My legs turned to jelly when they called my name for the interview.", False),
        ("My knees went to jelly when I saw the size of the repair bill.", False),
    ],
)
def test_legs_turned_to_jelly(text: str, raised: bool) -> None:
    assert ("numbness-tingling-or-weakness" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("boiling one minute, teeth chattering the next, and my back's so sore", "fever-with-back-pain"),
        ("my partner says my spine looks bent to one side", "structural-deformity"),
        ("I've shrunk about 5 cm and there's a hump starting at the top of my back", "structural-deformity"),
        (
            "I'm 74 and was diagnosed with osteoporosis last year. On Monday I bent down to pick up the "
            "cat food and felt a sudden pain in my back.",
            "minor-trauma-with-osteoporosis",
        ),
    ],
)
def test_sixth_session_everyday_wordings(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("My mum says I look like I've shrunk since I lost weight, my back aches", "structural-deformity"),
        ("the swelling on my back has gone down", "swelling-or-inflammation"),
    ],
)
def test_sixth_session_look_alikes(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "My two legs are feeling funny and they are weak since my back started hurting",
            "bilateral-leg-weakness",
            True,
        ),
        ("my leg hurts and it is numb", "numbness-tingling-or-weakness", True),
        ("my legs are fine and they are not weak", "numbness-tingling-or-weakness", False),
        ("my legs ache and they said it was sciatica", "numbness-tingling-or-weakness", False),
    ],
)
def test_they_and_it_stand_for_the_body_part_named_before(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("weirdly my willy feels numb when I touch it", "saddle-anaesthesia"),
        ("I stand at the toilet for ages and I'm never sure I've emptied", "bladder-dysfunction"),
        ("my bladder never feels empty since my back went", "bladder-dysfunction"),
    ],
)
def test_sixth_session_words_for_the_genitals_and_emptying(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Every morning the pins and needles in my foot seem to have crept a little higher up my shin.",
        "The numb patch on my calf was the size of a coin last week and now it runs down to my ankle.",
        "The numb patch on my shin started the size of a coin and now it's most of the shin.",
    ],
)
def test_numbness_said_to_creep_or_grow_is_worsening(text: str) -> None:
    assert "progressive-neurological-deficit" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "my calf is weak",
        "weakness in my calf",
        "the calf just gives way",
    ],
)
def test_a_weak_part_of_the_leg_is_a_weak_leg(text: str) -> None:
    assert "numbness-tingling-or-weakness" in dict(flags(text))


def test_a_sore_calf_is_no_warning_sign() -> None:
    assert flags("my calf is sore") == []


@pytest.mark.parametrize(
    "text",
    [
        "My sciatica was just in my right leg but now it's gone into my left leg too.",
        "my back hurts and it goes down my leg",
    ],
)
def test_it_after_a_pain_travels_as_the_pain(text: str) -> None:
    assert "radiating-leg-pain" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I haven't had a wee all day and my back hurts",
        "I haven't had a pee since this morning, my back is agony",
    ],
)
def test_no_wee_for_a_long_stretch_is_asked(text: str) -> None:
    assert "bladder-dysfunction" not in dict(flags(text))
    assert "bladder-dysfunction" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I haven't had a wee bit of bother with my back until this week, now it's agony.",
        "I haven't had a pee since I got to work, been too busy, and my back aches",
        "I haven't peed yet because I only just woke up, my back is sore",
    ],
)
def test_a_wee_bit_or_a_busy_day_is_no_retention(text: str) -> None:
    assert "bladder-dysfunction" not in dict(flags(text))


# -- found by a review of the sixth session's rules ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My legs feel ok but it's tingling in my fingers. Back pain.",
        "My legs are fine, it feels weak in my arm.",
        "Lower back pain. My legs ache after gardening and it's weak in my grip.",
        "My daughter's legs ache and they feel weak. My back hurts too.",
        "I'm 68. Sudden severe back pain. The scan showed a collapsed vertebra years ago.",
        "I'm 65. Severe sudden back pain. I fainted last year from low blood sugar.",
        "I'm 70 with grey hair and pale skin as always. Sudden severe back pain after lifting a bag.",
        "I'm 66. Sudden severe back pain. I'm sweaty and sweating a lot.",
        "I've lost my feeling for running since the back pain started",
    ],
)
def test_review_no_false_warning(text: str) -> None:
    raised = dict(flags(text))
    assert "bilateral-leg-weakness" not in raised
    assert "burst-aneurysm-symptoms" not in raised
    assert "numbness-tingling-or-weakness" not in raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Any remedies for saddle numbness? None of the creams work.", "saddle-anaesthesia"),
        ("Any numbness around your bottom? No - I mean yes, a bit.", "saddle-anaesthesia"),
        ("Any numbness around your bottom? No, not like before, it's much worse now.", "saddle-anaesthesia"),
        ("Any numbness around the back passage? No more than usual.", "saddle-anaesthesia"),
        ("Any pins and needles around your bottom? Nope, it's completely numb.", "saddle-anaesthesia"),
        (
            "Q: Any leg weakness? A: No. My legs are weak though since Tuesday.",
            "numbness-tingling-or-weakness",
        ),
        ("Any loss of bladder control? None apart from wetting myself last night.", "bladder-dysfunction"),
        (
            "The numbness around my back passage has just gone, thank god, but it came back this evening.",
            "saddle-anaesthesia",
        ),
        ("My bowels are normally regular but this week I can't feel when I go.", "bowel-dysfunction"),
        ("Bowel habits normal apart from not being able to feel when I go.", "bowel-dysfunction"),
        ("Bladder is fine, I'm just going every 10 minutes", "bladder-dysfunction"),
        ("My bladder's fine, just a bit slow to get going", "bladder-dysfunction"),
        ("Bladder is ok-ish, I think", "bladder-dysfunction"),
        ("my bladder is working overtime", "bladder-dysfunction"),
        ("Back pain. Bladder good, bowels good, I just can't feel when I need to go.", "bowel-dysfunction"),
    ],
)
def test_review_never_a_wrong_denial(text: str, sign: str) -> None:
    assert sign not in found(text, Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    ["Getting on and off the toilet is fine, my back is stiff", "I can get to the toilet ok with my stick"],
)
def test_review_the_toilet_as_a_place_denies_nothing(text: str) -> None:
    assert not {"bladder-dysfunction", "bowel-dysfunction"} & found(text, Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("The pins and needles in my foot are much better this week.", False),
        ("the numbness in my leg is improving", False),
        ("my leg is numb and my back is much better", True),
        ("chest pain that is much better today and back pain", True),  # pain is never eased away
    ],
)
def test_lost_feeling_said_to_get_better_is_asked(text: str, raised: bool) -> None:
    signs = dict(flags(text))
    assert ("numbness-tingling-or-weakness" in signs or "chest-pain-with-back-pain" in signs) is raised
    if not raised:
        assert "numbness-tingling-or-weakness" in asked(text)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("Six weeks post-op from a lumbar decompression and the back pain is back", True),
        ("I had back surgery last month and my back is worse", True),
        ("I'm booked in for a lumbar decompression next month for my spinal stenosis", False),
        ("I'm on the waiting list for back surgery", False),
        ("decompression sickness after diving and back pain", False),
    ],
)
def test_spinal_surgery_had_not_planned(text: str, raised: bool) -> None:
    assert ("recent-spinal-surgery" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    "text",
    ["My back hurts but I have no numbness and no problems peeing.", "no problem peeing, back aches"],
)
def test_no_problems_peeing_denies_a_bladder_problem(text: str) -> None:
    assert "bladder-dysfunction" in found(text, Status.ABSENT)
    assert "bladder-dysfunction" not in asked(text)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        (
            "couldnt finish with the wife last night, nothing happened at the end, my lower back is agony",
            True,
        ),
        (
            "My girlfriend says since I hurt my back things just don't work down there in the bedroom",
            True,
        ),
        ("When we were intimate last night I couldn't feel anything down there and my back hurts", True),
        ("Since my back went I haven't been able to finish when I'm with my girlfriend", True),
        ("I can't have sex because of the pain in my back", False),
        ("Sex is fine, my back just aches after", False),
        ("I went for a walk with my wife and my leg went numb, my back aches", False),
        ("no numbness during sex, my back just aches", False),
    ],
)
def test_sex_that_stopped_working_in_everyday_words(text: str, raised: bool) -> None:
    assert ("sexual-dysfunction" in dict(flags(text))) is raised


def test_what_someone_says_of_the_writer_is_the_writers() -> None:
    assert "fever-with-back-pain" in dict(flags("my wife says I have a temperature of 39 and my back hurts"))
    assert "fever-with-back-pain" not in dict(flags("my son has a temperature of 39 and my back hurts"))


@pytest.mark.parametrize(
    ("text", "sign", "other"),
    [
        (
            "Since my back pain began I don't get the warning that I need the loo for a number two any more.",
            "bowel-dysfunction",
            "bladder-dysfunction",
        ),
    ],
)
def test_no_warning_of_needing_to_go(text: str, sign: str, other: str) -> None:
    raised = dict(flags(text))
    assert sign in raised
    assert other not in raised


@pytest.mark.parametrize(
    "text",
    [
        "The back pain wakes me at four or five every morning and I get up and walk around to ease it.",
        "I'm 24, my back pain wakes me about 4am. It eases when I go for a run.",
        "I'm 24 and my back is worst first thing, it takes a good hour of pottering about before I can bend, "
        "and exercise actually helps.",
    ],
)
def test_more_words_for_the_berlin_criteria(text: str) -> None:
    assert "inflammatory-back-pain" in dict(flags(text))


def test_one_berlin_criterion_is_asked_not_raised() -> None:
    text = "My back is stiff in the mornings and it takes about an hour to loosen up"
    assert "inflammatory-back-pain" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My back hurts. I am not feeling the paper when I clean myself.",
        "Wiping after the toilet feels like wiping someone else's bum since I hurt my back.",
        "When I wipe after the loo it's as if my bottom belongs to someone else, and my back is bad.",
        "My back is bad and when I wipe after the toilet it feels like it's not my skin.",
    ],
)
def test_wiping_that_is_not_felt_in_more_words(text: str) -> None:
    assert "saddle-anaesthesia" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "since this morning I can't really feel the seat when I sit, my back is killing me",
            "saddle-anaesthesia",
            True,
        ),
        ("I can't feel the chair under me since my back went", "saddle-anaesthesia", True),
        ("I can't really feel my toes", "numbness-tingling-or-weakness", True),
        ("I can't really feel any pain today", "numbness-tingling-or-weakness", False),
    ],
)
def test_an_adverb_in_cant_feel_and_the_seat_not_felt(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


def test_an_adverb_in_cant_feel_when() -> None:
    assert "bladder-dysfunction" in dict(flags("for two days I can't really feel when I need to pee"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I couldn't feel my legs this morning", "numbness-tingling-or-weakness"),
        ("i couldnt feel my toes on the left, now the right foot too", "numbness-tingling-or-weakness"),
        ("I couldn't feel my bum when I wiped", "saddle-anaesthesia"),
    ],
)
def test_couldnt_feel_a_body_part_is_asked_never_ignored(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))
    assert sign in asked(text)


def test_couldnt_feel_in_a_cited_alias_still_raises() -> None:
    text = "went for a pee and couldnt feel it coming out, my back is the worst its ever been"
    assert "bladder-dysfunction" in dict(flags(text))


def test_pain_travelling_from_the_hip_alone_is_not_read_by_the_spreading_rule() -> None:
    # "hip pain ... went down into the thigh" is the hip's referred pain; from the back it is a nerve's
    hip = painkb.interpret(KB, "the pain in my hip went into my thigh when I walked")
    assert "radiating-leg-pain" not in {m.entity.id for m in hip.mentions if m.via == "pain down the leg"}
    assert "radiating-leg-pain" in dict(flags("the pain went from my back through my hip and down my leg"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I can't stand on my toes on the left since my back went", "numbness-tingling-or-weakness"),
        ("I don't get the urge to pee anymore and my back hurts", "bladder-dysfunction"),
    ],
)
def test_may_be_weakness_or_a_lost_urge_is_asked(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))
    assert sign in asked(text)


# -- found by a second review of the sixth session's rules -----------------------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Lower back pain. Sex is fine, I don't feel numb at all.", "sexual-dysfunction"),
        (
            "I sleep on the sofa now, I can't come up to the bedroom. Back pain since Monday",
            "sexual-dysfunction",
        ),
        ("Back pain. The bedroom is cold and I can't feel my toes in the morning.", "sexual-dysfunction"),
        (
            "I can't get comfortable in the bedroom at night, my bed feels different since my back went.",
            "sexual-dysfunction",
        ),
        (
            "The intimate examination at the GP felt different this time, my back hurts since Monday.",
            "sexual-dysfunction",
        ),
        (
            "My erections are not the same as when I was 20, but that's just age. Back ache since May",
            "sexual-dysfunction",
        ),
        ("Sex has not been the same since my wife left me. Back pain.", "sexual-dysfunction"),
        ("Lower back pain. I can't really feel the seat heating up in my new car.", "saddle-anaesthesia"),
        (
            "Back pain. I borrowed a bike that belongs to someone else and the saddle was hard.",
            "saddle-anaesthesia",
        ),
        ("Back pain. I have weak ankles from years of netball.", "bilateral-leg-weakness"),
        ("My ankles are weak, I've always had weak ankles. My back aches.", "bilateral-leg-weakness"),
        (
            "Good news, I don't get the urge to pee at night any more since the new tablets.",
            "bladder-dysfunction",
        ),
        (
            "I'm a scuba diver and did a long decompression stop yesterday and my back hurts",
            "recent-spinal-surgery",
        ),
        (
            "I'm 30, back pain for a year. I wake at five every morning for my shift. Better after a run.",
            "inflammatory-back-pain",
        ),
        (
            "Honestly I can't really feel a difference with the new tablets, my back still aches.",
            "numbness-tingling-or-weakness",
        ),
    ],
)
def test_second_review_no_false_warning(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("No problems peeing, but I can't always feel it coming out.", "bladder-dysfunction"),
        ("No problem peeing, I just can't stop once I start.", "bladder-dysfunction"),
        ("No problems peeing or pooing, except I had a little accident yesterday.", "bladder-dysfunction"),
        ("No problems peeing, though I have to strain to start.", "bladder-dysfunction"),
    ],
)
def test_second_review_a_qualified_no_problems_is_asked(text: str, sign: str) -> None:
    assert sign not in found(text, Status.ABSENT)
    assert sign in asked(text) or sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Back pain. Both my calves are weak since yesterday.", "bilateral-leg-weakness"),
        ("I was offered painkillers and both my legs are weak, my back is agony.", "bilateral-leg-weakness"),
        ("I've been referred for the numbness in my bum and privates.", "saddle-anaesthesia"),
        ("Back pain. The numbness between my legs hasn't got better.", "saddle-anaesthesia"),
    ],
)
def test_second_review_still_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_function_said_to_work_never_settles_a_doubt_said_before() -> None:
    # "Maybe some leaking? Bladder is fine." must be asked, so a nurse's question answered the
    # same way is asked too (a doubt stays a doubt)
    text = "Nurse asked if I've had any bladder trouble - no, waterworks are fine, just my back is wrecked"
    assert "bladder-dysfunction" not in found(text, Status.ABSENT)
    assert "bladder-dysfunction" in asked(text)


# -- found by a third review ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Maybe some leaking? Bladder is fine.", "bladder-dysfunction"),
        ("Not sure if I can feel when my bladder is full. Peeing is normal.", "bladder-dysfunction"),
        ("My bum is numb while the back pain has gone.", "saddle-anaesthesia"),
        ("No problems pooing but I'm not aware of it coming out.", "bowel-dysfunction"),
        ("No problems peeing yesterday, but today nothing comes out.", "bladder-dysfunction"),
        ("Had no problems peeing a week ago. Now it's a struggle.", "bladder-dysfunction"),
        ("Back pain, doesn't matter when I cough it shoots down my leg.", "pain-worse-coughing-sneezing"),
    ],
)
def test_third_review_never_a_wrong_denial(text: str, sign: str) -> None:
    assert sign not in found(text, Status.ABSENT)
    assert sign in asked(text) or sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Back pain and I don't feel great, 38.5 degrees this morning.", "fever-with-back-pain"),
        (
            "Back pain, I tripped over the step and I don't know, can't put weight on my leg.",
            "unable-to-bear-weight-after-fall",
        ),
        ("Back pain. My bum feels like it belongs to someone else.", "saddle-anaesthesia"),
    ],
)
def test_third_review_still_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Back pain since the weekend. My left foot is numb and we haven't had sex since.",
            "sexual-dysfunction",
        ),
        ("Back radiating into both legs and my grip, it's weak.", "bilateral-leg-weakness"),
    ],
)
def test_third_review_no_false_warning(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


def test_third_review_things_not_working_down_there_is_asked() -> None:
    assert "sexual-dysfunction" in asked("Back pain since Monday. Things don't work down there.")


# -- [cues]: a word that points to a warning sign makes it a question, never a flag ----------


def prompted(text: str) -> dict[str, str]:
    return {q.warning_sign.id: q.reason for q in painkb.assess(KB, text=text).questions if q.prompted}


@pytest.mark.parametrize(
    ("text", "sign", "word"),
    [
        ("Tripped over the dog's lead yesterday", "recent-injury", "Tripped"),
        ("I used to inject, and now my lower back hurts", "iv-drug-use", "inject"),
        ("I'm hobbling about because of my bum", "difficulty-with-mobility", "hobbling"),
        ("I have weakness and a sore back", "numbness-tingling-or-weakness", "weakness"),
        ("my back aches and I had a mastectomy in 2019", "history-of-cancer", "mastectomy"),
    ],
)
def test_a_cue_word_asks_about_its_warning_sign(text: str, sign: str, word: str) -> None:
    assert sign not in dict(flags(text))  # never raised from a cue alone
    assert word in prompted(text).get(sign, "")
    cue = next(m for m in painkb.interpret(KB, text).partial if m.entity.id == sign)
    assert cue.status is Status.UNCERTAIN
    assert not cue.confident
    assert text[cue.start : cue.end] == word


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I didn't fall, it just started hurting", "recent-injury"),
        ("I fell asleep on the sofa and woke with a sore back", "recent-injury"),
        ("no fever, just a stiff back", "fever-with-back-pain"),
        ("pins and needles in my toes", "iv-drug-use"),
    ],
)
def test_a_cue_denied_or_in_another_sense_asks_nothing(text: str, sign: str) -> None:
    assert sign not in prompted(text)
    assert sign not in {m.entity.id for m in painkb.interpret(KB, text).partial}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("my dad had cancer and my back aches", "cancer"),
        ("I went to my GP surgery about my sore hip", "surgery"),
    ],
)
def test_a_cue_of_someone_else_or_in_another_sense_is_no_question(text: str, word: str) -> None:
    assert all(m.orth != word for m in painkb.interpret(KB, text).partial)


def test_a_cue_never_displaces_what_was_said() -> None:
    raised = dict(flags("I fell off a ladder and my back is killing me"))
    assert "major-trauma" in raised
    assert "major-trauma" not in {m.entity.id for m in painkb.interpret(KB, "I fell off a ladder").partial}


@given(st.sampled_from(sorted(painkb.understand.words.language().cues)))
@settings(max_examples=60, deadline=None)
def test_a_cue_word_alone_never_raises_a_warning_sign(word: str) -> None:
    for text in (word, f"my back hurts and {word}", f"no {word}"):
        assert not flags(text) or all(
            m.entity.kind is not painkb.Kind.WARNING_SIGN or m.via != word
            for m in painkb.interpret(KB, text).mentions
        )


def test_a_hedge_said_alone_denies_nothing() -> None:
    fall = "I fell in the garden, I don't know, I can't stand up"
    assert "unable-to-bear-weight-after-fall" in dict(flags(fall))
    assert "numbness" in found("I don't know, my legs just feel numb")
    assert "numbness" in found("I don't know if I have numbness", Status.UNCERTAIN)


def test_no_erections_is_a_faculty_lost_but_no_erection_problems_is_not() -> None:
    assert "sexual-dysfunction" in dict(flags("no erections since I hurt my back"))
    assert "sexual-dysfunction" not in dict(flags("no erection problems, my back just aches"))
    assert "sexual-dysfunction" in found("I haven't lost my erections", Status.ABSENT)


def test_a_deformity_said_not_to_have_changed_is_asked_not_raised() -> None:
    text = (
        "My back curves a bit to the right; I've had mild scoliosis since I was a kid and it hasn't changed."
    )
    assert "structural-deformity" not in dict(flags(text))
    assert "structural-deformity" in prompted(text)
    assert "structural-deformity" in dict(flags("my back has gone crooked over the last month"))


@pytest.mark.parametrize(
    "text",
    [
        "My boyfriend's bum cheek is swollen and red from a boil. I just have a sore back.",
        "my wife's left leg is numb and my back hurts",
    ],
)
def test_someone_elses_body_part_is_theirs_for_the_whole_clause(text: str) -> None:
    assert not {sign for sign, _ in flags(text)} & {
        "swelling-or-inflammation",
        "numbness-tingling-or-weakness",
    }
    assert found(text, Status.OTHER_PERSON)


def test_a_possessive_that_owns_no_body_part_reaches_only_its_words() -> None:
    assert "buttock" in found("At my niece's party I landed on my bum")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Had a chest x-ray last week for my cough and my lower back is sore", "chest-pain-with-back-pain"),
        ("My chest of drawers was heavy to move and now my back hurts", "chest-pain-with-back-pain"),
        ("Walked for cancer research on Sunday, my back is killing me", "history-of-cancer"),
        ("I'm a cancer nurse and my back is killing me from lifting patients", "history-of-cancer"),
    ],
)
def test_one_word_of_a_sign_is_not_completed_from_the_rest_of_the_text(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I have chest pain. My back hurts too.", "chest-pain-with-back-pain"),
        ("Myeloma, in remission. My back hurts more when I cough.", "history-of-cancer"),
    ],
)
def test_a_finding_said_in_part_is_completed_from_the_rest_of_the_text(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


# -- seventh review: questions, conditionals, pressure, lost functions, people and pets -------


@pytest.mark.parametrize(
    "text",
    [
        "Is numbness around the bottom a sign of something serious? asking for a friend",
        "Can you get saddle numbness from cycling?",
        "Numbness around my bottom? No.",
        "If I lose control of my bladder I'll go straight to A&E, but so far so good",
        "If my legs both go numb I'll call 999, for now it's just a sore back",
        "The GP told me to watch out for numbness around my bottom and trouble peeing. My back still hurts.",
        "numb bum from sitting too long at my desk",
        "My backside goes numb on long drives, my lower back aches too",
        "Mum's got breast cancer. My back has been aching for weeks.",
        "My dog has a temperature and I've been up all night, my back is sore",
        "I'm 5'10 and my back started hurting last week",
    ],
)
def test_no_warning_sign_from_a_question_a_condition_pressure_or_someone_else(text: str) -> None:
    assert flags(text) == []


def test_a_short_question_answered_yes_is_said() -> None:
    assert "saddle-anaesthesia" in dict(flags("Numbness around my bottom? Yes, since yesterday."))
    assert "saddle-anaesthesia" in found("Numbness around my bottom? No.", Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Without warning my legs gave way, both of them, and my back is agony", "bilateral-leg-weakness"),
        ("My erections have stopped since my disc went", "sexual-dysfunction"),
        ("my legs keep collapsing under me, lower back agony", "bilateral-leg-weakness"),
        ("Tripped over the cat, landed on my side, and I can't stand up", "unable-to-bear-weight-after-fall"),
    ],
)
def test_a_lost_function_in_everyday_words_is_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_function_said_to_have_stopped_working_is_asked() -> None:
    assert "bowel-dysfunction" in prompted("Bowels have stopped working since the back pain started")


def test_an_if_doubts_only_what_may_come() -> None:
    assert "pain-worse-coughing-sneezing" in dict(
        flags("If I sneeze it feels like someone has stabbed me low down in the back.")
    )
    assert "bladder-dysfunction" not in dict(flags("If I lose control of my bladder I'll go straight to A&E"))


def test_a_trigger_never_hides_a_lay_phrasing() -> None:
    # "can't tell whether I need to go" is lost bladder feeling, not a doubt
    text = "I can't feel whether I need to go, and my back is killing me."
    assert "bladder-dysfunction" in found(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Any numbness around your bottom? No.", "numbness-tingling-or-weakness"),
        ("My fingers go numb at night with carpal tunnel and my back aches", "numbness-tingling-or-weakness"),
        ("I've always had a weak bladder, now I've got back pain too", "numbness-tingling-or-weakness"),
        ("I fell off a ladder in 2009 and broke my back, it healed fine. Now my hip aches.", "recent-injury"),
        ("Had the flu jab yesterday and my back aches", "fever-with-back-pain"),
        ("my gall bladder was removed last year and my back aches", "bladder-dysfunction"),
    ],
)
def test_a_cue_answered_elsewhere_past_or_in_another_sense_asks_nothing(text: str, sign: str) -> None:
    assert sign not in prompted(text)


def test_a_cue_of_a_history_still_asks_when_told_as_past() -> None:
    assert "inject" in prompted("I used to inject years ago, and now my lower back hurts").get(
        "iv-drug-use", ""
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I had my L4/5 fused three weeks ago and the wound is red and my back is getting worse",
            "recent-spinal-surgery",
        ),
        (
            "I've got an AAA that they're monitoring, and now my back is hurting more than usual",
            "burst-aneurysm-symptoms",
        ),
        ("I'm an ex-user, used needles for years, and now my back is agony", "iv-drug-use"),
    ],
)
def test_everyday_words_of_a_sign_are_asked(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))
    assert sign in prompted(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my fanny is numb and my back is agony", "saddle-anaesthesia"),
    ],
)
def test_everyday_words_of_a_sign_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My legs feel weak after the marathon, back aches a bit",
        "My feet get cold and tingly in winter, and my back aches",
    ],
)
def test_weakness_after_exertion_or_tingling_in_the_cold_is_asked_not_raised(text: str) -> None:
    assert "bilateral-leg-weakness" not in dict(flags(text))
    assert "bilateral-leg-weakness" in prompted(text)


def test_a_finding_said_of_it_to_have_gone_after_a_comma_is_past() -> None:
    text = "The chest pain I had last month turned out to be reflux, it's gone now. My back is sore."
    assert "chest-pain-with-back-pain" not in dict(flags(text))
    assert "numbness" in found("The numbness was bad last week, it's gone now", Status.HISTORICAL)
    assert "numbness-tingling-or-weakness" in dict(
        flags("the numbness in my foot was gone but now it has gone numb again")
    )


# -- eighth review: today's rules must not hide what is clearly said ---------------------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Can't feel my bum when I wipe? Nothing at all. Back is killing me.", "saddle-anaesthesia"),
        ("Wet myself last night? No control at all.", "bladder-dysfunction"),
        ("If I bend down to pick up my phone both legs give way", "bilateral-leg-weakness"),
        ("If I'm honest I've wet myself twice this week and my back is agony", "bladder-dysfunction"),
        (
            "After hiking on Sunday both legs numb, still numb now four days later, back agony",
            "bilateral-leg-weakness",
        ),
        (
            "Both legs numb and weak and I can't feel the toilet paper. It started after the gym.",
            "saddle-anaesthesia",
        ),
        ("I've noticed a new hump on my upper back. Diet has not changed.", "structural-deformity"),
        ("My cancer test came back positive last month and my back aches", "history-of-cancer"),
    ],
)
def test_a_sign_clearly_said_is_raised_whatever_rule_looks_nearby(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Should I call 999 if my legs go weak and I can't pee?", "bladder-dysfunction"),
        ("The acupuncturist used needles on my lower back", "iv-drug-use"),
    ],
)
def test_a_hypothetical_question_or_another_sense_raises_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


def test_no_erections_for_a_time_is_a_faculty_lost() -> None:
    assert "sexual-dysfunction" in dict(flags("no erections for 2 weeks since my back went"))


def test_mine_is_the_writer() -> None:
    text = "My partner's back pain is nothing compared to mine, both legs numb and cant wee"
    assert "bladder-dysfunction" in dict(flags(text))
    assert "lower-back-pain" in found("my wife's back hurts more than mine", Status.OTHER_PERSON)


def test_a_cue_about_someone_else_is_asked_of_them() -> None:
    reason = prompted("Her bladder has gone and her back is killing her, what should we do?")
    assert "someone else" in reason.get("bladder-dysfunction", "")
    assert flags("Her bladder has gone and her back is killing her, what should we do?") == []


def test_the_writers_own_cue_is_asked_of_the_writer() -> None:
    assert prompted("My mum fell yesterday and I tripped too, my hip hurts").get("recent-injury") == (
        "you wrote 'tripped'"
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I work as a temp in a warehouse and my back is wrecked", "fever-with-back-pain"),
        ("By mid-afternoon my lower back is aching from sitting", "thoracic-back-pain"),
        (
            "I had knee surgery three weeks ago. Now my lower back hurts from the crutches.",
            "recent-spinal-surgery",
        ),
    ],
)
def test_a_job_a_time_or_another_operation_is_no_warning_sign(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


def test_the_spines_own_operation_and_a_temperature_still_raise() -> None:
    assert "recent-spinal-surgery" in dict(flags("I had back surgery in March and now my back is agony"))
    assert "fever-with-back-pain" in dict(flags("I've got a temp of 39 and my back is killing me"))


def test_a_lifelong_curve_is_asked_not_raised() -> None:
    text = "I've always had a slight curve in my spine, scoliosis since childhood, back aches today"
    assert "structural-deformity" not in dict(flags(text))
    assert "structural-deformity" in prompted(text)


@pytest.mark.parametrize(
    "text",
    [
        "my weight is reducing without any reason and my back aches",
        "I've lost 6 kilos not trying and my back aches at night",
    ],
)
def test_a_denial_in_place_of_the_phrases_own_denies_nothing(text: str) -> None:
    # "lost weight for no reason": "without any reason" says the same, it does not deny it
    assert "unexplained-weight-loss" not in found(text, Status.ABSENT)
    assert "unexplained-weight-loss" in dict(flags(text))


def test_not_working_properly_is_a_difficulty_not_a_denial() -> None:
    text = "From last 5 days my left foot is not lifting properly and my back hurts"
    assert "foot-drop-weakness" not in found(text, Status.ABSENT)
    assert "foot-drop-weakness" in dict(flags(text))  # a foot that is not lifting is a dropped foot
    assert "urinary-retention" in found("my bladder isn't emptying fully", Status.PRESENT)
    # without "properly" it is still a denial
    assert "foot-drop-weakness" in found("I have no trouble lifting my foot", Status.ABSENT)


def test_a_fall_played_down_is_still_a_fall() -> None:
    text = "I slipped off the last step at home, not a big fall, and since then my back hurts"
    assert "recent-injury" not in found(text, Status.ABSENT)
    assert "recent-injury" in found("No fall, no injury, my back just hurts", Status.ABSENT)


def test_pain_compared_is_still_felt_but_a_feared_weakness_is_not() -> None:
    text = "It's like an electric shock running from my bum down my right leg whenever I bend."
    assert "radiating-leg-pain" in found(text, Status.PRESENT)
    assert "bilateral-leg-weakness" in found("It feels like my legs are going to give way", Status.UNCERTAIN)


def test_a_place_said_to_get_worse_is_pain_there() -> None:
    assert "lower-back-pain" in found("Last fortnight my back's got worse")
    assert "hip-pain" in found("my hip is getting worse every week")
    # the place a numbness spreads to is not a pain
    text = "The numbness in my left leg has spread from my foot up to my knee over the last three days"
    assert "knee-pain" not in found(text + ", it's getting worse")
    text = "Prostate cancer, treated two years ago. Last fortnight my back's got worse."
    assert "history-of-cancer" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "stiff lower back since I moved house",
        "Back agony, I think I might have wet myself a bit",
        "my back hurts and I tripped, and I can't put weight on my leg",
        "sore bum, my legs feel funny and I had a temp, peeing is a bit weird maybe",
        "hurt my back lifting, bit numb down there maybe, can't feel the loo roll",
    ],
)
def test_within_an_urgency_the_nearest_words_are_asked_first(text: str) -> None:
    prompted_questions = [q for q in painkb.assess(KB, text=text).questions if q.prompted]
    for urgency in {q.urgency for q in prompted_questions}:
        scores = [q.mention.score if q.mention else 1.0 for q in prompted_questions if q.urgency is urgency]
        assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I don't have control over my bladder anymore", "bladder-dysfunction"),
        ("I don't notice when my bladder's full now", "bladder-dysfunction"),
        ("I'm no longer able to hold my bowels", "bowel-dysfunction"),
        ("I don't get a warning when I need a poo", "bowel-dysfunction"),
        ("there's no way I can walk on my leg after that fall", "unable-to-bear-weight-after-fall"),
        ("I no longer have feeling in my inner thighs", "saddle-anaesthesia"),
        ("I don't have feeling in my groin anymore", "saddle-anaesthesia"),
        ("I can no longer get an erection", "sexual-dysfunction"),
        ("I can no longer lift my foot up", "foot-drop-weakness"),
        ("I don't seem to be able to control my bladder", "bladder-dysfunction"),
        ("I don't feel like myself, feverish and my back hurts", "fever-with-back-pain"),
        ("Never felt so weak in both legs", "bilateral-leg-weakness"),
        ("I've never had a fever this high, and my back hurts", "fever-with-back-pain"),
        ("I've never had pain down both legs like this", "bilateral-sciatica"),
    ],
)
def test_a_sign_said_with_a_negation_is_said_not_denied(text: str, sign: str) -> None:
    assert sign in found(text, Status.PRESENT)
    assert sign not in found(text, Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I don't have any trouble controlling my bladder", "bladder-dysfunction"),
        ("I've never had trouble holding my bowels", "bowel-dysfunction"),
        ("I don't have any problems lifting my foot", "foot-drop-weakness"),
        ("I've never had numbness down there", "saddle-anaesthesia"),
        ("I've never had a fever, my back just aches", "fever"),
        ("I never had numbness this week", "numbness"),
    ],
)
def test_a_denial_next_to_those_words_still_denies(text: str, sign: str) -> None:
    assert sign in found(text, Status.ABSENT)
    assert sign not in found(text, Status.PRESENT)


def test_a_phrase_read_on_into_another_phrase() -> None:
    # "neither of my legs will" is "both my legs won't", and "won't hold me up" is giving way
    assert found("Neither of my legs will hold me up") == found("both my legs give way")


def test_a_word_said_of_another_place_is_not_completed_from_the_back() -> None:
    text = "my ankle is swollen and my back aches a bit"
    assert "structural-deformity" not in dict(flags(text))
    assert "structural-deformity" in prompted(text)
    assert "history-of-cancer" in dict(flags("I had breast cancer and now my back hurts"))


def test_the_other_part_of_the_back_denied_is_not_its_pain() -> None:
    assert "thoracic-back-pain" not in dict(flags("my lower back hurts, not my upper back"))
    assert "thoracic-back-pain" in dict(flags("my upper back hurts"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I moved a chest of drawers and my lower back hurts", "chest-pain-with-back-pain"),
        ("I have a chest cold and my back is sore", "chest-pain-with-back-pain"),
        ("I had a cancer scare but the biopsy was clear; back ache", "history-of-cancer"),
        ("I was tested for cancer and it was negative, back pain still", "history-of-cancer"),
        ("my back surgery is booked for June and I'm nervous", "recent-spinal-surgery"),
        ("the surgeon is planning back surgery for me, pain is the same as always", "recent-spinal-surgery"),
        ("I had a fever last month but it's gone, back still sore though", "fever-with-back-pain"),
        ("had a temperature last week, all better now, but my back still aches", "fever-with-back-pain"),
        ("I had chills on Monday but that's passed; back still sore", "fever-with-back-pain"),
    ],
)
def test_furniture_a_test_an_operation_to_come_or_a_fever_gone_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


def test_the_same_signs_said_now_still_raise() -> None:
    assert "chest-pain-with-back-pain" in dict(flags("chest pain and my back hurts"))
    assert "recent-spinal-surgery" in dict(flags("I had back surgery 3 weeks ago and now the pain is worse"))
    assert "fever-with-back-pain" in dict(flags("I have a fever and my back is killing me"))
    # a fever that went but a pain that went into the leg
    assert "radiating-leg-pain" in dict(flags("the pain in my hip, but it's gone into my leg now"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I pooped myself and didn't feel it happening, my back has been awful", "bowel-dysfunction"),
        ("my back is bad and I've lost control of my bowel movements", "bowel-dysfunction"),
        ("fell down and my leg won't take my weight", "unable-to-bear-weight-after-fall"),
        ("sudden tummy and back pain an hour ago, I fainted, cold and clammy", "burst-aneurysm-symptoms"),
        ("severe stomach and lower back pain all of a sudden, I'm woozy", "burst-aneurysm-symptoms"),
        # a step missed is a slip: the injury event the sign needs
        (
            "I missed the bottom step and jarred my hip, can't weight bear now",
            "unable-to-bear-weight-after-fall",
        ),
    ],
)
def test_more_everyday_words_of_warning_signs(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("a sudden agonising pain hit my lower back", "recent-injury"),
        ("my toddler pooped himself at the park and I hurt my back carrying him", "bowel-dysfunction"),
        ("I stood up suddenly and felt a bit dizzy, my back aches", "burst-aneurysm-symptoms"),
    ],
)
def test_pain_that_hits_a_childs_accident_or_a_dizzy_spell_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I'm having treatment for myeloma and this week I can't hold my water, and my back is agony",
            "bladder-dysfunction",
        ),
        (
            "I use heroin intravenously and for the past few days my back's been really painful.",
            "iv-drug-use",
        ),
        ("At 58 this is the first time my back has ever given me grief", "new-back-pain-over-50"),
        (
            "sorry tmi but i cant tell when i need to go for a number 2 anymore, back pain for 2 wks",
            "bowel-dysfunction",
        ),
    ],
)
def test_british_and_slang_words_of_warning_signs(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_not_gonna_lie_is_no_lying_still_and_at_ten_is_no_age() -> None:
    assert "persistent-night-pain" not in found("not gonna lie i still inject", None)
    assert painkb.interpret(KB, "At 10 my alarm goes off and my back hurts").age is None
    assert "recent-injury" in found("My wife wet the bed last night and she fell", Status.OTHER_PERSON)


def test_a_checklist_answered_in_place() -> None:
    text = "Answering the questions: fever - no. history of cancer - no. The pain is in my lower back"
    assert {"fever", "history-of-cancer"} <= found(text, Status.ABSENT)
    assert flags(text) == []
    listed = "doc asked the usual about weight loss, temperature and trouble peeing - no to all three."
    assert "bladder-dysfunction" in found("hurt my back deadlifting. " + listed, Status.ABSENT)
    assert "lower-back-pain" in found("fever: no, back pain: yes", Status.PRESENT)
    # a dash before other words is no answer
    assert "lower-back-pain" in found("back pain - no better after a week", Status.PRESENT)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "A colleague of mine had a fever and back pain and it turned out to be an infection",
            "fever-with-back-pain",
        ),
        (
            "I had a fever last winter with the flu, nothing since, and my back's only started aching",
            "fever-with-back-pain",
        ),
        ("My legs feel like lead after yesterday's half marathon", "numbness-tingling-or-weakness"),
        ("now my legs feel like jelly, both of them, and i nearly went down on the stairs", "recent-injury"),
        (
            "Back in my twenties I had a slipped disc that caused foot drop, but it recovered.",
            "foot-drop-weakness",
        ),
        ("i cant tell when i need to go for a number 2 anymore", "bladder-dysfunction"),
    ],
)
def test_a_friend_of_mine_last_winter_a_marathon_or_a_near_fall_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tripped over the dog's lead and landed on my backside, but there's no pain and I walked off fine.",
        "I slipped on the wet floor at work yesterday and landed on my backside, but honestly nothing hurts.",
        "I fell off the bottom rung of a step stool and grazed my elbow; my back's fine.",
    ],
)
def test_an_injury_said_to_have_done_no_harm_is_asked_not_raised(text: str) -> None:
    assert "recent-injury" not in dict(flags(text))
    assert "recent-injury" in prompted(text)


def test_an_injury_that_hurt_or_bruised_is_raised() -> None:
    assert "recent-injury" in dict(flags("Took a tumble on the kerb yesterday, bruised my hip"))
    assert "recent-injury" in dict(flags("I had a fall"))


def test_the_inner_thighs_of_the_saddle_are_not_both_legs() -> None:
    text = "There's pins and needles between my inner thighs and round my back passage since I hurt my back"
    assert "saddle-anaesthesia" in dict(flags(text))
    assert "bilateral-leg-weakness" not in dict(flags(text))
    assert "bilateral-leg-weakness" in dict(flags("my back is killing me and both my legs are numb"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I can no longer feel the tingling in my bum, it's gone", "saddle-anaesthesia"),
        (
            "I no longer get pins and needles in my legs, just the odd ache in my back",
            "bilateral-leg-weakness",
        ),
        (
            "I don't have much feeling either way about surgery, my back is sore",
            "numbness-tingling-or-weakness",
        ),
        ("I don't have feeling sick or fever, just back ache", "fever-with-back-pain"),
        ("I can no longer feel the click in my hip when I walk", "numbness-tingling-or-weakness"),
        (
            "I can no longer feel the stitches in my back, the wound has healed",
            "numbness-tingling-or-weakness",
        ),
        ("never had a temperature with this back pain", "fever-with-back-pain"),
        ("my back's got worse but I no longer feel numb", "numbness-tingling-or-weakness"),
    ],
)
def test_a_feeling_gone_or_an_emotion_is_no_lost_feeling(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("never felt this feverish and shaky, and my lower back is killing me", "fever-with-back-pain"),
        ("never had a temperature like this before and my back really hurts", "fever-with-back-pain"),
    ],
)
def test_a_place_no_longer_felt_or_the_worst_yet_is_said(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I'm 71 and this is my first ever back pain", "new-back-pain-over-50"),
        ("I had pneumonia last month and now I have new back pain", "recent-bacterial-infection"),
        ("my back started hurting after I had a kidney infection", "recent-bacterial-infection"),
        ("I had cellulitis recently and now lower back pain", "recent-bacterial-infection"),
    ],
)
def test_first_ever_pain_and_named_infections(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_question_the_text_clearly_prompted_comes_before_routine_screening() -> None:
    questions = painkb.assess(KB, text="I'm 71 and my lower back hurts").questions
    assert questions[0].prompted
    # a one-word echo keeps its place among its urgency
    echo = painkb.assess(KB, text="stiff lower back since I moved house").questions
    weak = [q for q in echo if q.prompted and q.mention is not None and q.mention.score < 0.5]
    assert weak
    assert all(q.urgency.rank <= weak[0].urgency.rank for q in echo[: echo.index(weak[0])])


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've had faecal leakage since the back pain got bad", "bowel-dysfunction"),
        ("I am unable to control my motion since yesterday and there is back pain also", "bowel-dysfunction"),
        ("I messed myself this morning without knowing, with this lower back pain", "bowel-dysfunction"),
        ("a stabbing pain behind my sternum and my back hurts", "chest-pain-with-back-pain"),
        ("my nether regions have gone numb and my lower back is killing me", "saddle-anaesthesia"),
    ],
)
def test_everyday_words_from_a_second_review(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_someone_saying_i_look_shrunk_is_no_lost_height() -> None:
    assert "structural-deformity" not in dict(flags("My mum says I look like I've shrunk, my back aches"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my sister had cancer, I have back pain", "history-of-cancer"),
        ("HIV test negative, back ache", "immunosuppression"),
        ("blood tests for HIV came back negative, back still sore", "immunosuppression"),
        ("I'm going to have back surgery next month", "recent-spinal-surgery"),
        ("I had fever last week, now I am okay, only back pain remains", "fever-with-back-pain"),
        ("my bum's numb from the 10 hour flight, lower back stiff", "saddle-anaesthesia"),
        ("both legs ache after the hike and my back is killing me", "bilateral-sciatica"),
        ("I got something off my chest with my GP, back still sore", "chest-pain-with-back-pain"),
        ("my star sign is Cancer and my back hurts lol", "history-of-cancer"),
        ("I was chilling on the sofa when my back went", "fever-with-back-pain"),
        ("I watched a car crash on the telly and then my back started hurting", "major-trauma"),
        ("I take the bus because I can't be bothered to walk, back aches", "difficulty-with-mobility"),
        ("my knee is swollen and red, my back hurts a bit too", "swelling-or-inflammation"),
        ("swollen ankles and a sore back", "structural-deformity"),
        ("pins and needles in my hands and a sore back", "numbness-tingling-or-weakness"),
        ("my face went numb from the cold on my walk, back is sore", "numbness-tingling-or-weakness"),
    ],
)
def test_look_alikes_from_a_second_review_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I have HIV and back pain", "immunosuppression"),
        ("I had a fever and now my back is killing me", "fever-with-back-pain"),
        ("pins and needles in my hands and feet and back pain", "numbness-tingling-or-weakness"),
        ("my bum is swollen and red", "swelling-or-inflammation"),
        ("my back is swollen and sore", "structural-deformity"),
        (
            "My husband says my spine has started to look curved and one shoulder is higher",
            "structural-deformity",
        ),
    ],
)
def test_the_same_words_said_of_the_person_and_the_back_still_raise(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Neither of my legs will hold me up properly this morning and my back is killing me",
            "bilateral-leg-weakness",
        ),
        ("the pain in my buttock has got so bad I'm now using a walking frame", "difficulty-with-mobility"),
        ("I've got thinner recently and I'm not sure why", "unexplained-weight-loss"),
        ("I'm losing more feeling in my leg every day", "numbness-tingling-or-weakness"),
    ],
)
def test_more_everyday_words_from_the_second_review(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_neither_leg_numb_denies_it() -> None:
    assert "numbness-tingling-or-weakness" not in dict(flags("neither of my legs is numb, just back ache"))


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("My back is killing me and the nerve pain is in both legs now", True),
        ("Nerve pains down my left leg from my lower back", False),
    ],
)
def test_nerve_pain_is_sciatic_pain(text: str, raised: bool) -> None:
    assert "sciatica" in found(text) or "radiating-leg-pain" in found(text)
    assert ("bilateral-sciatica" in dict(flags(text))) is raised


def test_nerve_pain_of_a_part_painkb_does_not_cover_is_no_finding() -> None:
    assert found("I get nerve pain in my hands") == set()


def test_sudden_back_pain_alone_with_dizziness_is_raised_unless_a_younger_age_is_told() -> None:
    # the back without the tummy, as the NHS words it ("tummy or lower back"): raised when no
    # age is told (since session 46: held-out false emergencies unchanged, 9 more signs raised on
    # never-read hunt lines), asked with an age under 60 (raising that cost a held-out false
    # emergency before)
    text = "severe lower back pain all of a sudden, and I'm dizzy and sweating"
    assert "burst-aneurysm-symptoms" in dict(flags(text))
    younger = "I'm 35, severe lower back pain all of a sudden, and I'm dizzy and sweating"
    assert "burst-aneurysm-symptoms" not in dict(flags(younger))
    assert "burst-aneurysm-symptoms" in prompted(younger)


@pytest.mark.parametrize(
    "text",
    [
        "osteoporotic, slipped on the step and now my mid back is very painful",
        "I have weak bones, sat down heavily on a chair and now my spine hurts terribly",
        "I take alendronate for my bones and after a small bump my back is agony",
        "I've got osteopenia, tripped over the rug and now there's severe pain in my back",
    ],
)
def test_fragile_bones_and_a_small_knock_in_other_words(text: str) -> None:
    assert "minor-trauma-with-osteoporosis" in dict(flags(text))


def test_a_knock_on_the_door_is_no_trauma() -> None:
    text = "I have osteoporosis and my back aches when I knocked on the door"
    assert "minor-trauma-with-osteoporosis" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("the sciatic pain is now going down the left AND the right leg", "bilateral-sciatica"),
    ],
)
def test_left_and_right_is_both_legs(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "if I bear down on the loo my back pain shoots",
        "A sneeze nearly floored me this morning, my back is that bad",
        "when I push to go to the toilet my back hurts much worse",
        "I'm scared to sneeze because my back hurts so much when I do",
    ],
)
def test_straining_or_a_sneeze_that_sets_the_back_off(text: str) -> None:
    assert "pain-worse-coughing-sneezing" in dict(flags(text))
    assert "pain-worse-coughing-sneezing" not in dict(flags("I have a cough and my back hurts"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I don't have any control over my wee since the back pain started", "bladder-dysfunction"),
        ("I no longer have the strength to lift the front of my foot", "foot-drop-weakness"),
        (
            "I fell yesterday and there's no chance I can put my foot to the floor",
            "unable-to-bear-weight-after-fall",
        ),
        ("nothing happens when I try to wee, my back is agony", "bladder-dysfunction"),
        ("I had a fall and since then my leg won't bear any weight", "unable-to-bear-weight-after-fall"),
        ("I tripped on the stairs on Monday and bashed my lower back, it's very sore", "recent-injury"),
        ("I got knocked over by a dog yesterday and my hip is killing me", "recent-injury"),
        ("my immune system is rubbish from my treatment and my back started hurting", "immunosuppression"),
        ("pressure in the middle of my chest, plus my back is killing me", "chest-pain-with-back-pain"),
    ],
)
def test_the_second_reviews_asked_statements_now_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_an_urge_not_felt_or_a_leg_that_gives_way_is_no_denial() -> None:
    text = "I haven't felt the urge to open my bowels at all, then I found I'd soiled myself"
    assert "bowel-dysfunction" not in found(text, Status.ABSENT)
    assert "bowel-dysfunction" in dict(flags(text))
    fall = (
        "Took a tumble off the kerb yesterday and I still can't stand on my right leg without it giving way"
    )
    assert "progressive-neurological-deficit" not in found(fall, Status.ABSENT)
    assert "unable-to-bear-weight-after-fall" in dict(flags(fall))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I can no longer feel my bum when I wipe", "saddle-anaesthesia"),
        ("I can no longer feel the toes on my left foot and my back aches", "numbness-tingling-or-weakness"),
        ("I haven't passed water since last night and my back is terrible", "bladder-dysfunction"),
        ("Had numbness in my groin yesterday, all better now, back still sore", "saddle-anaesthesia"),
    ],
)
def test_feeling_no_longer_felt_or_a_wee_not_passed_is_asked(text: str, sign: str) -> None:
    # "no longer feel my ..." is as often a trouble gone ("... my bum cheek throbbing"): asked
    assert sign not in dict(flags(text))
    assert sign in prompted(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Since the steroid injection I no longer feel my bum cheek throbbing", "saddle-anaesthesia"),
        ("I no longer feel my legs are weak since the physio", "bilateral-leg-weakness"),
        ("haven't had a wee in an hour, stuck in a meeting, back is stiff", "bladder-dysfunction"),
        ("No numbness in my groin - yes, I've checked, back aches", "saddle-anaesthesia"),
        ("I really messed myself up deadlifting, my back is wrecked", "bowel-dysfunction"),
        ("I've shrunk my jumper in the wash and my back aches", "structural-deformity"),
        ("Banging up shelves all day and now my back hurts", "iv-drug-use"),
        ("I had my pneumonia vaccine and now my back aches", "recent-bacterial-infection"),
        ("Never had a fever or anything like that, my back just aches", "fever-with-back-pain"),
        ("My foot hangs over the end of the bed and my back aches", "foot-drop-weakness"),
        ("No way I can walk to work in this snow, my back is a bit stiff", "difficulty-with-mobility"),
        (
            "I'm 67, back pain on and off for 40 years; this is my first ever physio appointment",
            "new-back-pain-over-50",
        ),
        (
            "I'm not trying to lose weight, I've stayed the same, but my back aches.",
            "unexplained-weight-loss",
        ),
    ],
)
def test_a_third_reviews_wrong_warnings_are_gone(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've lost control of my bladder and a scan is booked for tomorrow", "bladder-dysfunction"),
        ("Numbness around my bum - no worse than yesterday", "saddle-anaesthesia"),
        ("My bum is numb and an urgent MRI is planned", "saddle-anaesthesia"),
        ("I'm being investigated for the numbness around my bum", "saddle-anaesthesia"),
        ("I had a fever but now I am okay, my back still aches", "fever-with-back-pain"),
    ],
)
def test_a_scan_to_come_leaves_a_sign_said_and_a_fever_gone_is_gone(text: str, sign: str) -> None:
    if sign == "fever-with-back-pain":
        assert sign not in dict(flags(text))
    else:
        assert sign in dict(flags(text))


def test_not_feeling_the_toilet_paper_is_never_a_denial() -> None:
    # it said "you do not have saddle anaesthesia" before the eighth session
    raised_text = "I don't feel the toilet paper when I wipe, my back is sore"
    assert "saddle-anaesthesia" in dict(flags(raised_text))
    text = "this morning I didn't feel the loo roll when I wiped. Back's been sore for a week."
    assert "saddle-anaesthesia" not in found(text, Status.ABSENT)
    assert "saddle-anaesthesia" in prompted(text)
    # said outright, it is no longer a maybe
    assert "saddle-anaesthesia" in dict(flags(text.replace("loo roll", "loo roll at all")))
    assert "saddle-anaesthesia" in dict(flags(text.replace("this morning I", "this morning I realised I")))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I didn't feel myself wee, my back is sore", "bladder-dysfunction"),
        ("I don't feel my bum when I sit down and my back is killing me", "saddle-anaesthesia"),
    ],
)
def test_a_body_feeling_not_felt_is_asked_never_denied(text: str, sign: str) -> None:
    assert sign not in found(text, Status.ABSENT)
    assert sign in prompted(text)


_NEGATIONS = frozenset({"cant", "cannot", "dont", "doesnt", "didnt", "couldnt", "wont", "not", "no", "never"})


def test_no_alias_read_as_numb_can_be_denied_by_dont_or_didnt() -> None:
    # every warning sign or symptom alias whose "can't ..." is read without a negation
    # ("can't feel" is numb), said with "don't" or "didn't", is never reported as denied
    cannot = re.compile(r"\b(?:can't|cannot|couldn't|won't)\b")
    failures = []
    for entity in [*KB.entities("warning_sign"), *KB.entities("symptom")]:
        for alias in (entity.name, *entity.aliases):
            plain = alias.lower().replace("\u2019", "'")
            if not cannot.search(plain) or _NEGATIONS & {t.norm for t in tokenize(alias)}:
                continue  # no "can't", or one still read as a negation
            for said in ("don't", "didn't"):
                text = cannot.sub(said, plain, count=1) + ", and my back hurts"
                if entity.id in found(text, Status.ABSENT):
                    failures.append(text)
    assert failures == []


@pytest.mark.parametrize(
    "text",
    [
        "My son (15) says both his legs went tingly at football and his back hurts",
        "my left leg is tingly and my back aches",
    ],
)
def test_tingly_is_tingling(text: str) -> None:
    assert "tingling" in found(text, Status.PRESENT) | found(text, Status.OTHER_PERSON)


def test_a_sign_denied_by_name_but_said_in_other_words_is_asked() -> None:
    # "Fever: no" alone denies the sign; chills said yes make it a question
    text = "Fever: no. Chills and shivering: yes. Back pain for a week"
    assert "fever-with-back-pain" not in found(text, Status.ABSENT)
    assert "fever-with-back-pain" in prompted(text)
    assert "fever-with-back-pain" in found("Fever: no. Back pain for a week", Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "I took prednisolone in 2019 for a couple of weeks. My back hurts since Monday",
        "I had chemo in 2015, my back hurts now",
    ],
)
def test_a_course_of_immunosuppression_told_as_past_is_asked_not_raised(text: str) -> None:
    assert "immunosuppression" not in dict(flags(text))
    assert "immunosuppression" in prompted(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've been on prednisolone since March and my back hurts",
        # a transplant's medicines are for life
        "I had a kidney transplant years ago and my back has hurt for a week",
    ],
)
def test_immunosuppression_now_or_lasting_still_raises(text: str) -> None:
    assert "immunosuppression" in dict(flags(text))


def test_nothing_new_is_unchanged_not_new() -> None:
    text = "I've had a curve in my spine since I was a kid, nothing new, and my lower back aches"
    assert "structural-deformity" not in dict(flags(text))
    assert "structural-deformity" in prompted(text)
    assert "structural-deformity" in dict(flags("my back has a new curve, it is getting worse"))


@pytest.mark.parametrize(
    "text",
    [
        "there's a history of cancer in my family and my back hurts",
        "cancer runs in the family, my back hurts",
    ],
)
def test_a_finding_that_runs_in_the_family_is_not_the_writers(text: str) -> None:
    assert "history-of-cancer" not in dict(flags(text))
    assert "history-of-cancer" in dict(flags("I had breast cancer and now my back hurts"))


@pytest.mark.parametrize(
    "text",
    [
        "I went to the store to buy black paint for the palace",
        "my score at darts was poor",
        "the movie was a moment of passion",
        "sipping tea in my tights",
    ],
)
def test_common_words_are_no_typos_of_label_words(text: str) -> None:
    # "black" was read as "back", "paint" as "pain", "score" and "store" as "sore"
    interpretation = painkb.interpret(KB, text)
    assert interpretation.mentions == ()
    assert interpretation.partial == ()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("numbnes in my foot", "numbness"),
        ("my left butock hurts", "buttock"),
        ("sore spines after the gym", "lower-back"),
        ("I broke my hip", "hip"),
    ],
)
def test_typos_and_forms_of_label_words_are_still_read(text: str, entity: str) -> None:
    assert entity in found(text)


def test_the_common_word_list_hides_no_label_word() -> None:
    from painkb.understand.lexicon import common_words, lexicon_of

    words = lexicon_of(KB).words
    assert common_words()
    assert sorted(w for w in common_words() if w in words) == []


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("my left leg is getting weeker", "leg-weakness"),  # one letter changed
        ("I've lost wieght without trying", "weight-loss"),  # two letters swapped
    ],
)
def test_a_changed_or_swapped_letter_in_a_longer_word_is_read(text: str, entity: str) -> None:
    interpretation = painkb.interpret(KB, text)
    assert entity in {m.entity.id for m in interpretation.mentions}
    assert any(m.orth != m.via for m in interpretation.mentions if m.entity.id == entity)


def test_a_sign_said_right_is_raised_beside_its_typo() -> None:
    text = "sciatica since jan, my left leg is getting weeker every day, today it gave way twice"
    assert "progressive-neurological-deficit" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("no history of cancer, lower back pain after lifting boxes", "history-of-cancer"),
        ("never taken drugs in my life, let alone injected, lower back sore after golf", "iv-drug-use"),
        (
            "no recent infections or antibiotics, back pain after moving furniture",
            "recent-bacterial-infection",
        ),
    ],
)
def test_a_denial_stops_at_a_comma_before_a_complaint_of_its_own(text: str, denied: str) -> None:
    assert denied in found(text, Status.ABSENT)
    assert "lower-back-pain" in found(text)
    assert "lower-back-pain" not in found(text, Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("no numbness, tingling, weakness in my legs", {"numbness", "tingling", "leg-weakness"}),
        (
            "no fever, weight loss or night sweats, just lower back pain",
            {"fever-with-back-pain", "weight-loss"},
        ),
    ],
)
def test_a_denial_still_runs_through_a_list(text: str, denied: set[str]) -> None:
    assert denied <= found(text, Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 67 and I've never had back trouble before, started aching 2 weeks ago",
        "I'm 67 and never had back trouble in my life, but for the last fortnight my lower back has ached",
    ],
)
def test_never_had_it_before_is_new_not_denied(text: str) -> None:
    assert "lower-back-pain" not in found(text, Status.ABSENT)
    assert "new-back-pain-over-50" in dict(flags(text))


def test_never_had_it_in_my_life_alone_still_denies() -> None:
    assert "numbness" in found("I've never had numbness in my life, my back hurts", Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("kids have all had a fever this week and my back's aching from carrying them", "fever"),
        ("The wife's back went yesterday", "lower-back-pain"),
        (
            "my daughter was just diagnosed with a curved spine; I'm asking about my own back ache",
            "structural-deformity",
        ),
    ],
)
def test_a_relative_named_without_my_or_before_just_is_someone_else(text: str, theirs: str) -> None:
    assert theirs in found(text, Status.OTHER_PERSON)
    assert not flags(text)


@pytest.mark.parametrize(
    "text",
    ["since having my kids my back hurts", "my son says my legs have gone weak"],
)
def test_my_after_a_relative_is_the_writer_again(text: str) -> None:
    assert found(text) & {"lower-back-pain", "leg-weakness"}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "couldn't walk properly for a few weeks after my knee op last year but I'm back to normal now, "
            "just a stiff lower back this morning",
            "difficulty-with-mobility",
        ),
        (
            "had a fever on holiday in July but that sorted itself out. Back pain started last week.",
            "fever-with-back-pain",
        ),
        (
            "I had a drop foot after a slipped disc in 2012 but it recovered fully. My back's sore again.",
            "foot-drop-weakness",
        ),
    ],
)
def test_a_finding_recovered_from_is_past(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


def test_a_recovery_that_came_back_is_not_past() -> None:
    text = "I had numbness in my groin but it cleared up, then it came back worse today"
    assert "saddle-anaesthesia" in dict(flags(text))


def test_legs_that_ache_after_a_hike_are_asked() -> None:
    text = "both legs ache after a 20km hike yesterday and my back's a bit sore from the rucksack"
    assert "bilateral-sciatica" not in dict(flags(text))
    assert "bilateral-sciatica" in prompted(text)


def test_surgery_of_another_place_is_no_back_surgery() -> None:
    assert "recent-spinal-surgery" not in dict(
        flags("had knee surgery 3 weeks ago and my back aches from crutches")
    )
    assert "recent-spinal-surgery" in dict(flags("I had back surgery 3 weeks ago and now it hurts more"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Doc, my weight has reduced by 8kg in 2 months without any dieting and I have back pain",
            "unexplained-weight-loss",
        ),
        (
            "please my two legs are weakening since 3 days, I cannot stand well, with serious waist pain",
            "bilateral-leg-weakness",
        ),
        (
            "Doctor I have been having body hotness and serious waist pain since Monday",
            "fever-with-back-pain",
        ),
        ("ma bahookie's gone numb an it's no goin away", "saddle-anaesthesia"),
        ("I cannae pee and my back is killing me", "bladder-dysfunction"),
    ],
)
def test_world_english_and_scots_wording_of_warning_signs(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_stiffness_for_months_can_be_inflammatory() -> None:
    text = (
        "I'm 28, my back's been stiff for months, worst first thing, takes about an hour to loosen up "
        "and it gets better when I move about. Resting makes it worse."
    )
    assert "inflammatory-back-pain" in dict(flags(text))
    # a stated time under three months still rules the Berlin criteria out
    short = (
        "I'm 28, my back's been stiff for 3 weeks, worst first thing, and it gets better when I move about."
    )
    assert "inflammatory-back-pain" not in dict(flags(short))


def test_clinical_shorthand_for_cancer() -> None:
    assert "history-of-cancer" in dict(flags("PMH: prostate ca treated 2018. New lumbar pain x2/52."))
    assert "history-of-cancer" in prompted("66yo M, known lung Ca, new onset LBP")


@given(st.text(alphabet="abcde", min_size=1, max_size=8), st.data())
def test_one_letter_apart_is_damerau_distance_one(word: str, data: st.DataObject) -> None:
    from rapidfuzz.distance import DamerauLevenshtein

    from painkb.understand.lexicon import _one_letter_apart

    other = data.draw(st.text(alphabet="abcde", min_size=len(word), max_size=len(word)))
    assert _one_letter_apart(word, other) == (DamerauLevenshtein.distance(word, other) == 1)


def test_a_guess_after_a_comma_doubts_only_itself() -> None:
    text = "Been getting this nagging pain between me shoulder blades, reckon it's the seat in the ute?"
    assert "thoracic-back-pain" in dict(flags(text))
    # a seat is furniture ("car seat", "toilet seat"), not the buttock
    assert "buttock" not in found(text)


def test_a_carers_message_of_collapse_is_asked_not_silent() -> None:
    text = (
        "writing for my dad (74) - he suddenly grabbed his lower back, went pale and clammy, nearly fainted"
    )
    assert "burst-aneurysm-symptoms" in prompted(text)
    assert "burst-aneurysm-symptoms" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "Google says numbness in the groin is an emergency, I don't have that, just wanted to check",
            "saddle-anaesthesia",
        ),
        (
            "any bladder problems or leg weakness? I haven't got any of those. My back aches",
            "bladder-dysfunction",
        ),
    ],
)
def test_i_dont_have_that_denies_what_was_just_said(text: str, denied: str) -> None:
    assert denied in found(text, Status.ABSENT)
    assert denied not in dict(flags(text))


def test_i_dont_have_that_much_pain_denies_nothing() -> None:
    assert "saddle-anaesthesia" in dict(flags("numbness in my groin and I don't have that much pain"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "the numbness round my bum went after the op and hasn't come back, now just normal stiffness",
            "saddle-anaesthesia",
        ),
        (
            "I had a bowel accident when my disc went in 2016 but that all recovered; now my back aches",
            "bowel-dysfunction",
        ),
        ("My doctor said to go to A&E if my legs go weak. They haven't.", "numbness-tingling-or-weakness"),
    ],
)
def test_gone_for_good_or_only_advised_is_not_raised(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "My father is having treatment for prostate cancer. This week he's started struggling to walk "
            "and his legs are weak, his back is very painful",
            "cancer-with-new-neurological-symptoms",
        ),
        (
            "My gran has brittle bones. She bent down to pick up the cat this morning and felt something go "
            "in her back, now she's in agony",
            "minor-trauma-with-osteoporosis",
        ),
        ("my partner injects, he's had back pain for a week and hot sweats", "iv-drug-use"),
    ],
)
def test_signs_someone_elses_findings_would_raise_are_asked_of_them(text: str, sign: str) -> None:
    # a carer may be writing on their behalf: asked about, never raised as the writer's
    assert sign not in dict(flags(text))
    assert "someone else" in prompted(text)[sign]


def test_a_function_asked_about_takes_its_answer() -> None:
    # "no" to a function working as usual is a problem: asked about, never silent
    assert "bladder-dysfunction" in prompted("bladder ok? no not really, been struggling to get going")
    assert "bowel-dysfunction" in found("bowels normal? yes", Status.ABSENT)
    assert "bladder-dysfunction" not in found("bladder ok? yes but I can't go", Status.ABSENT)


def test_a_feeling_compared_to_a_feeling_is_felt() -> None:
    text = "I can feel a throbbing like a heartbeat in my tummy and my lower back aches all the time"
    assert "pulsating-abdomen" in dict(flags(text))
    # a fear is still no finding, nor a comparison with a thing
    assert not flags("it feels like my legs will give way")
    assert not flags("feels like sitting on a nail")


def test_short_misspelled_words() -> None:
    assert "fever-with-back-pain" in dict(flags("i have fevr and my back is hurting alot, i feel very sick"))


@pytest.mark.parametrize(
    "text",
    [
        "I've lost nearly 2 stone without trying and my back has been aching for weeks",
        "my weight go down 8 kilo in 2 month, I don't know why, and pain in lower back",
    ],
)
def test_weight_lost_in_stones_or_gone_down(text: str) -> None:
    assert "unexplained-weight-loss" in dict(flags(text))
    assert not flags("I had 2 stones removed from my kidney and my back hurts")


def test_getting_about_is_walking() -> None:
    text = "at 79 I'm finding it harder and harder to get about, the pain in my buttocks is constant"
    assert "difficulty-with-mobility" in dict(flags(text))
    assert not flags("I can still get about fine, just a sore hip")


# -- review 15: the edges of the ninth session's rules ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No fever, weight loss or night sweats since this started",
        "No loss of bladder control, numbness around my back passage at all",
        "No pins and needles, numbness from my knee down to my foot",
        "No saddle numbness, problems with my waterworks while this has been going on",
        "I haven't noticed any weakness, numbness in my legs when I've been out walking the dog",
    ],
)
def test_a_list_of_denials_runs_to_its_end(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("No injury, both legs have gone weak since this morning", "bilateral-leg-weakness"),
        ("No fall or accident, can't feel my bum since yesterday", "saddle-anaesthesia"),
    ],
)
def test_a_complaint_of_its_own_after_a_denial_is_said(text: str, sign: str) -> None:
    assert sign not in found(text, Status.ABSENT)
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Both my legs suddenly went weak on the stairs, I haven't had that!", "bilateral-leg-weakness"),
        (
            "Physio said to use ice packs on the numb bit of my leg, I don't have those",
            "numbness-tingling-or-weakness",
        ),
    ],
)
def test_that_pointing_at_the_writers_own_words_or_a_thing_denies_nothing(text: str, sign: str) -> None:
    assert sign not in found(text, Status.ABSENT)
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("the feeling in my bum went on Monday and hasn't come back", "saddle-anaesthesia"),
        ("can't feel my bum when I wipe, I had a UTI last month but it cleared up", "saddle-anaesthesia"),
        ("I fell off a ladder and cut my hand but it got better, my back is agony", "major-trauma"),
        ("Car crash on Friday, whiplash but that has recovered, now my lower back is agony", "major-trauma"),
    ],
)
def test_a_recovery_of_something_else_or_a_loss_that_stays_is_no_recovery(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "theirs", "writers"),
    [
        (
            "My sister is staying at my flat and has lost 2 stone without trying",
            "unexplained-weight-loss",
            None,
        ),
        ("My mum is 84 and has been using my walking frame since she fell", "difficulty-with-mobility", None),
        ("Girlfriend noticed a red warm lump on my lower back", None, "lower-back"),
        ("The missus is at work, lower back agony, fever of 39 and shaking", None, "fever-with-back-pain"),
        (
            "Partner thinks its a slipped disc, bladder leaking since yesterday and cant feel the loo roll "
            "when I wipe",
            None,
            "saddle-anaesthesia",
        ),
    ],
)
def test_whose_finding_at_the_edges(text: str, theirs: str | None, writers: str | None) -> None:
    if theirs:
        assert theirs not in found(text)
    if writers:
        assert writers in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was wakened by cramp in both legs",
        "The landlord's a right chancer and I've had back pain",
        "Cancer and back pain at night, reckon that's a bad sign?",
        "Asking for a friend - numb bum and leaking, reckon that's serious?",
        "Got tingly all over when he kissed me lol, anyway my lower back aches",
        "I'm so tired I feel like I'm dead on my feet with this back pain",
        "Lost 6 kilos without exercise, just by cutting out sugar, back aches",
        "Been to the doctors if that matters, my back still aches",
    ],
)
def test_look_alikes_of_the_ninth_sessions_rules_raise_nothing(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I had breast cancer in 2019, nobody else in my family has had it. My back hurts",
            "history-of-cancer",
        ),
        (
            "I was diagnosed with osteoporosis last year like everyone in my family, and I jarred my back "
            "stepping off a kerb",
            "minor-trauma-with-osteoporosis",
        ),
        (
            "I'm 67, nothing new with my health except this back pain which began a fortnight ago",
            "new-back-pain-over-50",
        ),
        ("Sister in law is a nurse and says the numbness in my saddle area is serious", "saddle-anaesthesia"),
    ],
)
def test_signs_at_the_edges_of_the_ninth_sessions_rules_still_raise(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_scots_negations_deny() -> None:
    assert "numbness" in found("I dinnae have any numbness, my back's sore", Status.ABSENT)
    assert "recent-injury" not in dict(flags("I didnae fall, my back just went"))


@pytest.mark.parametrize("word", ["lose", "rest", "bladder", "leak", "wee"])
def test_words_that_point_to_a_sign_stay_specific(word: str) -> None:
    # every word of a trigger phrase is plain to the matcher: a trigger that used "lose" or
    # "rest" ("... if you lose ...", "like the rest of my family") made the signs found in
    # part through them go unasked (found by held-out "missed silently" figures)
    from painkb.understand.lexicon import lexicon_of
    from painkb.understand.words import keys_of

    lexicon = lexicon_of(KB)
    assert all(lexicon.specific(key) for key in keys_of(word))


def test_a_denied_bowel_problem_leaves_the_bladder_said_fine() -> None:
    text = "No tingling, no leaking, bladder ok, bowels normal - just a sore bum cheek after spin class"
    assert {"bladder-dysfunction", "bowel-dysfunction"} <= found(text, Status.ABSENT)
    assert "bladder-dysfunction" not in prompted(text)


def test_a_grumbling_back_is_back_pain() -> None:
    assert "lower-back-pain" in found("my lower back has been grumbling since I moved a sofa on Sunday")


# -- tenth session ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "pain in my lower back when I sit",
        "It's a stabbing pain in my lower back when I cough.",
        "I hurt my back again lifting the shopping",
        "my back when I bend is agony",
    ],
)
def test_the_back_said_before_when_or_again_is_the_body_part(text: str) -> None:
    # "back when" / "back again" are adverbs ("back when I was 20") only when no "my",
    # "lower", "the" ... makes "back" the body part
    assert {"lower-back", "lower-back-pain"} <= found(text)


def test_back_said_as_an_adverb_is_still_no_place() -> None:
    assert "lower-back" not in found("Ever since I came back from holiday my hip aches")
    assert "lower-back" not in found("went back to work last week and my hip aches")


def test_two_places_joined_by_and_are_two_places() -> None:
    text = "A car hit me on my bike and my back and hip have hurt since."
    assert {"lower-back-pain", "hip-pain"} <= found(text)
    assert "posterior-hip" not in found("my back and hip hurt")
    assert "posterior-hip" in found("pain at the back of my hip")


@pytest.mark.parametrize(
    "text",
    [
        "my back is screaming",
        "my back is giving me gyp",
        "my lower back is giving me hell",
        "my back has been at me all week",
        "it's like a knife in my lower back",
        "my lower back is on fire",
    ],
)
def test_everyday_complaints_of_the_back_are_back_pain(text: str) -> None:
    assert "lower-back-pain" in found(text)


def test_screaming_children_give_no_back_pain() -> None:
    assert "lower-back-pain" not in found("my kids were screaming all day and my back is fine")


@pytest.mark.parametrize(
    "said", ["peeing normally", "weeing normally", "urinating normally", "passing urine normally"]
)
def test_peeing_normally_denies_a_bladder_problem(said: str) -> None:
    assert "bladder-dysfunction" in found(f"lower back pain since Monday, {said}", Status.ABSENT)
    assert "bladder-dysfunction" not in found(f"lower back pain, I'm not {said}", Status.ABSENT)


def test_a_complaint_after_a_comma_does_not_qualify_a_function_said_fine() -> None:
    text = "Not numb anywhere, no pins and needles, peeing normally, just a deep ache in my bum when I sit"
    assert "bladder-dysfunction" in found(text, Status.ABSENT)
    # ... while what is told of the function still qualifies it
    assert "bladder-dysfunction" not in found("bladder fine, I'm just going every 10 minutes", Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Is it normal that I've wet myself twice since my back went?", "bladder-dysfunction"),
        ("Should I be worried my left foot drags and catches the floor?", "foot-drop-weakness"),
        ("Is it ok that I've got a temperature of 38.5 with this back pain?", "fever-with-back-pain"),
        ("Why does my back hurt so much more whenever I cough?", "pain-worse-coughing-sneezing"),
        ("Is it serious that my bum has ached for 2 months?", "persistent-gluteal-pain"),
    ],
)
def test_a_question_that_reports_what_follows_raises_it(text: str, sign: str) -> None:
    # "is it normal that", "why does my": the question presupposes its clause
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Is it normal for my back to hurt this much two weeks after a fusion?", "recent-spinal-surgery"),
        ("Is it normal to see my tummy pulsing when I lie down? I've had back pain.", "pulsating-abdomen"),
    ],
)
def test_is_it_normal_asked_of_the_writers_own_body_raises_it(text: str, sign: str) -> None:
    # "is it normal for my / to ... I": the writer asks about what they have
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Is it normal for sciatica to be in both legs?", "bilateral-sciatica"),
        ("Is it normal to feel a pulse in your tummy when you're slim?", "pulsating-abdomen"),
    ],
)
def test_is_it_normal_asked_in_general_is_asked_not_raised(text: str, sign: str) -> None:
    assessment = painkb.assess(KB, text=text)
    assert sign not in {f.warning_sign.id for f in assessment.red_flags}
    assert sign in {q.warning_sign.id for q in assessment.questions if q.prompted}


@pytest.mark.parametrize(
    "text",
    [
        "Should I be worried that I could lose control of my bladder?",
        "Should I worry that my legs might go numb?",
        "Is it normal to lose bladder control with sciatica?",
        "Why does cauda equina cause numbness?",
    ],
)
def test_a_question_of_what_may_come_raises_nothing(text: str) -> None:
    assert not flags(text)


def test_a_decimal_point_or_a_time_ends_no_sentence() -> None:
    assert "fever-with-back-pain" in dict(
        flags("Is it ok that I've got a temperature of 38.5 with this back pain?")
    )
    assert "bilateral-sciatica" in dict(flags("woke at 3:30 with pain down both legs"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "both my legs have gone all floppy since this morning and my back is killing me",
            "bilateral-leg-weakness",
        ),
        ("I keep needing a wee but nothing comes out, and my back is agony", "bladder-dysfunction"),
        (
            "tight crushing feeling in my chest and it goes right through to my back",
            "chest-pain-with-back-pain",
        ),
        ("Can't stand on my left heel, the foot just hangs there since my back went", "foot-drop-weakness"),
        ("got knocked off my motorbike by a lorry this morning, my lower back's agony", "major-trauma"),
        ("Down 8kg in 2 months without trying and my lower back keeps hurting", "unexplained-weight-loss"),
        ("Feel hot then cold, sweating buckets, and this back pain came on with it", "fever-with-back-pain"),
        ("Why can't I feel my bum when I wipe?", "saddle-anaesthesia"),
    ],
)
def test_everyday_words_of_the_tenth_review_raise_their_sign(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_foot_over_the_end_of_the_bed_is_no_dropped_foot() -> None:
    assert "foot-drop-weakness" not in dict(flags("My foot hangs over the end of the bed and my back aches"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my mum who had cancer has back pain", "history-of-cancer"),
        ("I care for my brother who injects heroin, he's complaining about his back", "iv-drug-use"),
        (
            "My teenage daughter's foot slaps on the ground when she walks and she's had back pain",
            "foot-drop-weakness",
        ),
        ("My oga for work fall from scaffold yesterday, his back dey pain am well well", "major-trauma"),
    ],
)
def test_someone_elses_finding_told_in_a_relative_clause_or_with_a_word_between(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Starting methotrexate next month for my psoriasis. Back's just sore from the gym",
            "immunosuppression",
        ),
        (
            "Having my op on Monday, a discectomy. How do I cope with the back ache till then?",
            "recent-spinal-surgery",
        ),
        (
            "Spinal surgery scheduled for next month, right now only sitting is painful",
            "recent-spinal-surgery",
        ),
    ],
)
def test_an_operation_or_a_course_still_to_come_is_asked_not_raised(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))
    assert sign in prompted(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("back surgery on Monday and now the wound is red", "recent-spinal-surgery"),
        ("I've been on methotrexate for years and my back hurts", "immunosuppression"),
        ("I had back surgery last week and now I have a fever", "recent-spinal-surgery"),
    ],
)
def test_an_operation_or_a_course_had_is_still_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "denied", "said"),
    [
        ("fever: no / numbness: yes, both feet / bladder: fine", "fever", "numbness"),
        ("fever no / numbness yes", "fever", "numbness"),
        ("back pain yes / fever no", "fever", "lower-back-pain"),
        ("Hip pain yes, groin pain no, knee pain yes", "groin-pain", "knee-pain"),
    ],
)
def test_checklist_answers_parted_by_slashes_or_commas(text: str, denied: str, said: str) -> None:
    assert denied in found(text, Status.ABSENT)
    assert said in found(text)


def test_a_no_that_answers_denies_nothing_after_it() -> None:
    # "No, both legs are numb" once said "you do not have" an emergency
    assert "bilateral-leg-weakness" in dict(flags("No, both legs are numb"))
    assert "numbness" in found("back pain, no, not numb", Status.ABSENT)


def test_suppose_as_a_hedge_doubts_nothing_but_supposing_does() -> None:
    assert "lower-back-pain" in found("At 55 I suppose a bit of backache is normal")
    assert "foot-drop-weakness" not in dict(
        flags("Supposing my foot started dragging, would that mean nerve damage?")
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "The back pain wakes me every night and no way of lying makes it better, I end up pacing at 3am",
            "persistent-night-pain",
        ),
        (
            "Nights are the worst, can't get comfy whatever position I lie in, been like this for weeks",
            "persistent-night-pain",
        ),
        (
            "There's a throbbing like a heartbeat in my stomach by my belly button, and my lower back hurts",
            "pulsating-abdomen",
        ),
        (
            "How long should pain down my leg from my back last? It's been shooting to my ankle for 5 days",
            "radiating-leg-pain",
        ),
        (
            "Why is it getting so hard to get out of a chair and walk? It's worse each week with my back",
            "difficulty-with-mobility",
        ),
        ("My wife saw a new bend in my spine when I was in the shower", "structural-deformity"),
    ],
)
def test_more_everyday_words_of_the_tenth_review(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_fully_better_is_a_recovery() -> None:
    text = "I couldn't walk properly for a week after I hurt my back last year but I'm fully better now"
    assert "difficulty-with-mobility" not in dict(flags(text))


def test_a_more_exact_symptom_of_the_same_words_replaces_the_general_one() -> None:
    # "both legs feel weak" is weakness in both legs, not also leg weakness; the signs stay
    weak = found("Both my legs feel heavy and weak")
    assert "weakness-in-both-legs" in weak
    assert "leg-weakness" not in weak
    assert "bilateral-leg-pain" in found("Pain down both legs since yesterday")
    assert {"bilateral-sciatica", "radiating-leg-pain"} <= set(
        dict(flags("Pain down both legs since yesterday"))
    )
    # a sign alone keeps its symptom ("fever" in "fever and back pain")
    assert "fever" in found("fever and back pain")


@pytest.mark.parametrize(
    ("text", "not_said"),
    [
        ("numb bum and back pain", "buttock-pain"),
        (
            "Slipped on the ice yesterday and landed flat on my backside, my lower back really hurts",
            "buttock-pain",
        ),
    ],
)
def test_a_pain_said_right_after_one_place_is_not_another_places(text: str, not_said: str) -> None:
    assert not_said not in found(text)
    assert "lower-back-pain" in found(text)


@pytest.mark.parametrize(
    ("text", "pains"),
    [
        ("my hip and lower back hurt", {"hip-pain", "lower-back-pain"}),
        ("my hip, groin and back hurt", {"hip-pain", "groin-pain", "lower-back-pain"}),
        ("fell on my hip and it's bad", {"hip-pain"}),
        ("My bum cheek is swollen and feels hot, and it throbs when I sit down", {"buttock-pain"}),
    ],
)
def test_places_said_together_share_their_pain(text: str, pains: set[str]) -> None:
    assert pains <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        "My buttock has been hurting for about three months.",
        "For a month my lower back has hurt worst at night",
        "I've had a bad back on and off for years.",
    ],
)
def test_a_pain_said_to_last_weeks_is_lasting_pain(text: str) -> None:
    assert "persistent-pain" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "back pain for a week",
        "I had a microdiscectomy 5 weeks ago and the back pain has come back worse",
        "I've been on high dose steroid tablets for my lungs for months and now my back hurts",
        "my mum has had back pain for months",
    ],
)
def test_a_short_pain_or_a_time_of_something_else_is_not_lasting_pain(text: str) -> None:
    assert "persistent-pain" not in found(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("cabin fever from being stuck indoors all week, back sore from the sofa", "fever-with-back-pain"),
        (
            "Fall semester started and I'm back in those awful lecture seats, lower back stiff",
            "recent-injury",
        ),
        (
            "They scanned me for cancer because of a lump in my neck, all clear. Just my usual back ache",
            "history-of-cancer",
        ),
        (
            "I'm an ED nurse and I see cauda equina patients who can't wee. Me, I've got a tight back",
            "bladder-dysfunction",
        ),
        (
            "Toddler's had a fever since Tuesday, carrying her all night, now my back aches.",
            "fever-with-back-pain",
        ),
        ("Mouth still numb from the dentist, back aching from the chair.", "numbness-tingling-or-weakness"),
        ("Dropped a tin of beans on my foot, ouch. Back's just the usual twinge.", "foot-drop-weakness"),
    ],
)
def test_look_alikes_of_the_tenth_sessions_second_review_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("crushing tightness in my chest going right through to my back", "chest-pain-with-back-pain"),
        (
            "Along with the back pain I've got a tight, heavy feeling across my chest.",
            "chest-pain-with-back-pain",
        ),
        ("I've been on rituximab infusions. New back pain this fortnight for me.", "immunosuppression"),
        (
            "My girlfriend keeps saying my spine looks twisted now. I've got a new ache there too.",
            "structural-deformity",
        ),
        (
            "I'm having a lot of trouble getting an erection since last week's back flare",
            "sexual-dysfunction",
        ),
        (
            "my bum and the inside tops of my thighs feel numb when I sit on the toilet, back's been bad",
            "saddle-anaesthesia",
        ),
    ],
)
def test_everyday_words_of_the_tenth_sessions_second_review_raise_their_sign(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_contrast_after_a_denial_is_said() -> None:
    text = "No numbness, more a weakness in my legs, they give way."
    assert "numbness" in found(text, Status.ABSENT)
    assert "leg-weakness" not in found(text, Status.ABSENT)


def test_a_condition_said_whole_still_prompts_its_related_sign() -> None:
    assert "bilateral-sciatica" in prompted("I've got sciatica.")


def test_a_sentence_about_a_relative_with_his_or_her_is_theirs() -> None:
    # "my" of "my dad" names the relative: the fall and "can't stand" are his, asked of him
    text = (
        "My dad (78) fell in the garden this morning and now can't stand, his hip looks funny - what do I do?"
    )
    assert not flags(text)
    questions = painkb.assess(KB, text=text).questions
    assert questions[0].warning_sign.id == "unable-to-bear-weight-after-fall"
    assert "ask them" in questions[0].reason
    # the writer speaking of themself in the same sentence is still the writer
    assert "lower-back-pain" in found("my dad fell and I hurt my back catching him")


@pytest.mark.parametrize(
    ("text", "status", "said"),
    [
        (
            "My bum cheeks feel numb whenever I sit on the toilet.",
            Status.PRESENT,
            {"saddle-numbness", "saddle-area"},
        ),
        ("no numbness around my bottom", Status.ABSENT, {"saddle-numbness"}),
        ("Pain down both legs since yesterday", Status.PRESENT, {"bilateral-leg-pain"}),
        ("I've lost 2 stone without trying and my back hurts", Status.PRESENT, {"weight-loss"}),
    ],
)
def test_a_warning_sign_says_its_own_symptom(text: str, status: Status, said: set[str]) -> None:
    assert said <= found(text, status)


def test_a_thing_used_for_one_treatment_says_that_treatment() -> None:
    assert "heat-and-cold-therapy" in found("A hot water bottle on my lower back helps a bit.")
    # a foam roller is used by more than one treatment: none is said
    assert found("I use a foam roller") == {"foam-roller"}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I had a UTI a few years back, and this back pain only started after I moved furniture.",
            "recent-bacterial-infection",
        ),
        (
            "Coughing makes my ribs sore since this chest infection, but my lower back doesn't hurt.",
            "pain-worse-coughing-sneezing",
        ),
        (
            "Horrible cough, throat hurts every time. Back's just the usual stiffness.",
            "pain-worse-coughing-sneezing",
        ),
        (
            "Had sciatica down my right leg after my second baby that went after a few months, now my back.",
            "radiating-leg-pain",
        ),
        (
            "my horoscope says cancers should rest their backs. im a cancer and my back does hurt",
            "history-of-cancer",
        ),
    ],
)
def test_a_time_back_a_pain_of_another_part_or_a_star_sign_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


def test_lumbar_levels_are_the_spine() -> None:
    text = "had L5-S1 surgery some months back, now the same leg pain and back pain is coming again"
    assert "recent-spinal-surgery" in dict(flags(text))
    assert "lower-back-pain" in found("sore spines after the gym")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "i cant say i dont have bladder issues, i have to push to get it started since monday",
            "bladder-dysfunction",
        ),
        (
            "its not that the pain doesnt go down my leg, it does, all the way to my ankle",
            "radiating-leg-pain",
        ),
        ("im not saying i was in a car crash, i was a passenger when we rolled, back hurts", "major-trauma"),
        (
            "no bowel problems? well ive had an accident twice this week and didnt feel it coming",
            "bowel-dysfunction",
        ),
    ],
)
def test_a_double_negative_or_a_denial_asked_back_denies_nothing(text: str, sign: str) -> None:
    assert sign not in {e.id for e in painkb.assess(KB, text=text).absent}


def test_a_denial_before_a_question_still_denies() -> None:
    assert "fever" in found("I have no fever, is that ok?", Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "my leg fell asleep sitting cross legged, pins and needles gone in a minute, back a bit stiff",
            "numbness-tingling-or-weakness",
        ),
        ("my feet keep dropping off the pedals on the spin bike lol, hips tight after", "foot-drop-weakness"),
    ],
)
def test_a_leg_asleep_or_feet_off_the_pedals_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


def test_rolling_over_is_no_self_massage() -> None:
    assert "self-massage" not in found("rolled over in bed and my back went")
    assert "self-massage" in found("I've been rolling my glutes on a ball")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "My trousers keep falling down though I'm eating normally, and this back pain won't go away.",
            "unexplained-weight-loss",
        ),
        (
            "Both my legs feel heavy and won't do what I tell them. My back's ached for a month.",
            "bilateral-leg-weakness",
        ),
    ],
)
def test_everyday_pictures_of_a_sign(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_school_run_is_no_running_and_barley_is_barely() -> None:
    assert "muscle-overuse" not in found("my back's been giving me grief since the school run")
    assert "muscle-overuse" in found("went for a run and my hip hurts")
    assert "difficulty-with-mobility" in dict(
        flags("my bum pain is getting worse, can barley walk to the shop now")
    )


def test_a_pain_word_said_of_an_outside_part_and_the_back_together_is_the_backs() -> None:
    assert "pain-worse-coughing-sneezing" in dict(flags("pain in my neck and lower back when I cough"))
    assert "pain-worse-coughing-sneezing" not in dict(
        flags("Horrible cough, throat hurts every time. Back's stiff.")
    )


def test_symptoms_denied_together_are_each_denied() -> None:
    # "tingling or numbness" once read as part of a sign, denied, and so neither understood
    text = "no tingling or numbness anywhere, bladder and bowels fine, just a stabbing pain in my lower back"
    assert {"tingling", "numbness"} <= found(text, Status.ABSENT)
    assert not painkb.interpret(KB, text).not_understood


def test_a_place_a_pain_comes_from_is_not_what_hurts() -> None:
    # "both legs hurt from my back" named the back after its pain word; said just before the
    # pain word ("lower back pain") the back is the nearer place, not the legs
    text = "pins and needles in both legs and lower back pain"
    assert "bilateral-sciatica" not in found(text)
    assert "lower-back-pain" in found(text)
    assert "bilateral-sciatica" in dict(flags("both legs hurt from my back"))
    assert "bilateral-sciatica" in dict(flags("shooting pains in both legs and back pain"))


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Can't sit for more than 20 minutes without my lower back aching.", "lower-back-pain"),
        ("I'm never without pain in my lower back", "lower-back-pain"),
    ],
)
def test_what_cannot_be_done_without_a_finding_says_it(text: str, entity: str) -> None:
    assert entity in found(text, Status.PRESENT)
    assert entity not in found(text, Status.ABSENT)
    assert not painkb.interpret(KB, text).not_understood  # "without" is read, not left over


def test_without_alone_still_denies() -> None:
    assert "pain-when-walking" in found("I can walk without pain", Status.ABSENT)


def test_it_doesnt_matter_how_is_no_denial() -> None:
    text = "cant sleep for the pain in my back, doesnt matter how i lie its the same constant ache all nite"
    assert "night-pain" in found(text, Status.PRESENT)
    assert not {"night-pain", "persistent-night-pain"} & found(text, Status.ABSENT)


def test_not_this_more_that_denies_only_this() -> None:
    text = "Not really back pain, more my right buttock that's sore, especially sitting."
    assert {"buttock-pain", "pain-when-sitting"} <= found(text, Status.PRESENT)
    assert "lower-back-pain" in found(text, Status.ABSENT)


def test_long_gone_is_gone() -> None:
    text = "I had flu with a temperature a month ago, that's long gone. My back's a bit sore now"
    assert "fever-with-back-pain" not in dict(flags(text))
    assert "numbness" in found("the numbness is long gone", Status.ABSENT)


def test_a_carers_resident_is_someone_else() -> None:
    text = (
        "As a carer I had a resident fall this morning who couldn't stand on her leg, "
        "and lifting her hurt my lower back"
    )
    assert not {"recent-injury", "unable-to-bear-weight-after-fall"} & set(dict(flags(text)))
    assert "recent-injury" in found(text, Status.OTHER_PERSON)
    assert "major-trauma" in dict(flags("I'm a UK resident and I fell off a ladder"))


def test_years_young_is_an_age_and_a_back_that_played_up_hurts() -> None:
    it = painkb.interpret(
        KB, "seventy-four years young and this is the first time my back has ever played up"
    )
    assert it.age == 74
    assert "lower-back-pain" in {m.entity.id for m in it.mentions if m.present}
    assert painkb.interpret(KB, "my 8 year young son").age is None


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "My right leg has been numb for days, and now the left one has gone numb too.",
            "bilateral-leg-weakness",
            True,
        ),
        ("left leg gone weak, right one also", "bilateral-leg-weakness", True),
        (
            "My sciatica was just in my right leg but now it's gone into my left leg too.",
            "bilateral-sciatica",
            True,
        ),
        # the other side's clause says another finding, or nothing of the same one
        ("My left leg is numb and my right knee hurts.", "bilateral-leg-weakness", False),
        ("My left leg is numb. My right leg aches too.", "bilateral-leg-weakness", False),
        ("My left leg is numb, my right leg is fine.", "bilateral-leg-weakness", False),
    ],
)
def test_a_finding_of_one_leg_said_of_each_side_is_of_both_legs(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


def test_never_in_my_life_then_a_contrast_asks_instead_of_denying() -> None:
    text = "I'm 44 and never had a waterworks problem in my life, but this week I've been leaking a bit."
    result = painkb.assess(KB, text=text)
    assert "bladder-dysfunction" not in {m.entity.id for m in result.interpretation.mentions}
    assert any(q.warning_sign.id == "bladder-dysfunction" and q.prompted for q in result.questions)
    # without a contrast, "never" still denies
    plain = painkb.interpret(KB, "Never had bladder problems. My back is killing me.")
    assert ("bladder-dysfunction", Status.ABSENT) in {(m.entity.id, m.status) for m in plain.mentions}


def test_never_happened_before_says_it_is_new() -> None:
    text = "I've lost control of my bladder twice this week, which never happened before my back went."
    said = {(m.entity.id, m.status) for m in painkb.interpret(KB, text).mentions}
    assert ("lower-back-pain", Status.PRESENT) in said
    assert "bladder-dysfunction" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I wouldn't say my bladder's fine, I've lost control of it twice this week.", "bladder-dysfunction"),
        ("My bowels are a mess, I have no control over them since my back went.", "bowel-dysfunction"),
        ("My bowels have gone haywire since my back went, I just can't hold it in.", "bowel-dysfunction"),
    ],
)
def test_it_after_control_of_is_the_function_named_before(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_held_in_with_no_function_named_is_no_bowel_sign() -> None:
    said = flags("My back is agony, I can't hold it in when I laugh.")
    assert "bowel-dysfunction" not in dict(said)
    assert "bladder-dysfunction" not in dict(said)


def test_the_weather_and_a_door_are_no_bowel_sign() -> None:
    assert "bowel-dysfunction" not in dict(
        flags("the wind is so strong I can't hold the door, and my back hurts")
    )


def test_a_denial_said_not_to_be_said_says_the_finding() -> None:
    text = "I wouldn't say my legs aren't weak, both are definitely weaker than last week"
    assert "bilateral-leg-weakness" in dict(flags(text))


def test_never_in_my_life_then_it_started_says_it_now() -> None:
    text = "I'm 63 and I've never had back pain in my life, but it started about 3 weeks ago"
    said = {(m.entity.id, m.status) for m in painkb.interpret(KB, text).mentions}
    assert ("lower-back-pain", Status.PRESENT) in said
    assert "new-back-pain-over-50" in dict(flags(text))


def test_a_past_of_cancer_with_the_back_said_fine_is_asked() -> None:
    text = "Had thyroid cancer in 2015, all clear. Back is fine, I'm asking about a clicky knee."
    result = painkb.assess(KB, text=text)
    assert "history-of-cancer" not in {f.warning_sign.id for f in result.red_flags}
    assert any(q.warning_sign.id == "history-of-cancer" and q.prompted for q in result.questions)
    assert "history-of-cancer" in dict(flags("I had breast cancer and now my back hurts"))


def test_numbness_that_went_as_soon_as_i_stood_is_asked() -> None:
    text = "had a numb bum for a few mins after the long coach trip but it went as soon as I stood up"
    result = painkb.assess(KB, text=text)
    assert "saddle-anaesthesia" not in {f.warning_sign.id for f in result.red_flags}
    assert any(q.warning_sign.id == "saddle-anaesthesia" for q in result.questions)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("each leg aching from the buttock down to the calf", True),
        ("my legs just went, both of them", True),
        ("my left leg aches", False),
    ],
)
def test_each_leg_and_both_of_them_are_both_sides(text: str, sides: bool) -> None:
    from painkb.understand.quantities import both_sides_in

    assert both_sides_in(text) is sides


def test_a_clinicians_words_for_saddle_numbness() -> None:
    assert "saddle-anaesthesia" in dict(
        flags("New onset perineal hypoaesthesia this morning, known disc prolapse.")
    )


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        (
            "I've got secondary breast cancer in my bones. Since yesterday my legs feel really heavy.",
            True,
        ),
        ("I had prostate cancer 10 years ago. My back aches and my right leg is numb.", True),
        ("Myeloma patient here. Lately my legs have given way twice.", True),
        ("Prostate cancer, treated two years ago. Now both my legs feel weak on the stairs.", True),
        # not the writer's cancer, only wondered about, another sense, or no cancer word at all
        ("My mum had cancer. My legs feel weak.", False),
        ("Could this be cancer? My legs feel weak.", False),
        ("I did a 10k for cancer research yesterday and my legs feel weak", False),
        ("I've lost control of my bowels since my back got bad.", False),
    ],
)
def test_a_cancer_and_a_neurological_finding_said_anywhere_are_the_cord_compression_sign(
    text: str, raised: bool
) -> None:
    assert ("cancer-with-new-neurological-symptoms" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    "text",
    [
        "my lowr bak is realy sore",
        "lying flat in bed my back is unbearable",
        "Been on the tools all week and me lower back's rooted",
        "Bent down to lift the dog and something went ping in my lower back.",
        "I'm 64 and I've had a dodgy back on and off since my twenties.",
    ],
)
def test_twelfth_session_complaints_of_the_back_are_back_pain(text: str) -> None:
    said = {(m.entity.id, m.status) for m in painkb.interpret(KB, text).mentions}
    assert ("lower-back-pain", Status.PRESENT) in said


def test_a_complaint_of_one_place_with_another_said_fine_is_not_its_pain() -> None:
    said = {
        (m.entity.id, m.status)
        for m in painkb.interpret(KB, "my leg pain is unbearable, my back is fine").mentions
    }
    assert ("lower-back-pain", Status.PRESENT) not in said


@pytest.mark.parametrize(
    ("text", "lasting"),
    [
        ("Pain on the outside of my right hip when I climb stairs. Had it about a month.", True),
        (
            "My right buttock started aching after a long stint at the desk and it's been over a month now.",
            True,
        ),
        ("So my sciatica's been going for 5 weeks.", True),
        ("I'm 16 and my back has started hurting, it's been a month and it's worse at night.", True),
        # a time of something else, said without "it"
        ("My back has been aching. I've smoked for 30 years.", False),
        ("My back hurts. We moved house 2 months ago.", False),
    ],
)
def test_a_time_said_of_a_pain_before_it_is_how_long_the_pain_lasts(text: str, lasting: bool) -> None:
    found = {m.entity.id for m in painkb.interpret(KB, text).mentions if m.present}
    assert ("persistent-pain" in found) is lasting


def test_sitting_is_the_worst_is_pain_when_sitting() -> None:
    text = "Pain deep in my right buttock for about 2 months now. Sitting at my desk is the worst."
    assert "pain-when-sitting" in {m.entity.id for m in painkb.interpret(KB, text).mentions if m.present}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've had a bad back for years and both my legs ache after walking the dog", "bilateral-sciatica"),
        ("bad back, and my legs feel tired and heavy after a long shift", "bilateral-leg-weakness"),
    ],
)
def test_legs_tired_after_a_walk_or_a_shift_are_asked_not_raised(text: str, sign: str) -> None:
    result = painkb.assess(KB, text=text)
    assert sign not in {f.warning_sign.id for f in result.red_flags}
    assert any(q.warning_sign.id == sign for q in result.questions)


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        ("my bum went numb on the long drive, fine now, back a bit stiff", "saddle-anaesthesia", False),
        ("my bum went numb on the long drive but it's fine now", "saddle-anaesthesia", False),
        ("my legs went weak, fine now, but my bladder is leaking", "bladder-dysfunction", True),
        ("my gall bladder is leaking bile and my back hurts", "bladder-dysfunction", False),
    ],
)
def test_fine_now_is_over_and_a_gall_bladder_is_no_bladder(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("after my epidural the numbness in my legs wore off and my back is a bit sore", False),
        ("the numbness in both legs hasn't worn off since the epidural and my back aches", True),
        ("the numbness in both legs never wore off after the epidural", True),
    ],
)
def test_numbness_that_wore_off_is_over_and_one_that_did_not_is_not(text: str, raised: bool) -> None:
    assert ("bilateral-leg-weakness" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        (
            "My legs are like jelly after the stairs at work, the lift is broken again. Back a bit achy too.",
            False,
        ),
        (
            "after spin class my legs were trembling and felt weak, back a bit stiff, all back to normal now",
            False,
        ),
        ("I wet myself a tiny bit laughing at the telly, back just aches by bedtime", False),
        ("both legs went numb after hiking, still numb now and my back hurts", True),
    ],
)
def test_tired_legs_after_exertion_and_a_laugh_are_no_emergency(text: str, raised: bool) -> None:
    emergencies = {
        f.warning_sign.id for f in painkb.assess(KB, text=text).red_flags if f.urgency is Urgency.EMERGENCY
    }
    assert bool(emergencies) is raised


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        # said to be over, in two parts: a word that it is over and a word of when
        (
            "my backside went numb on the coach trip home, totally fine after a stretch",
            "saddle-anaesthesia",
            False,
        ),
        (
            "both feet went tingly when I panicked, it passed after a few minutes, back is stiff",
            "bilateral-leg-weakness",
            False,
        ),
        (
            "Numb bum on the hard bleachers but fine the second I stood up, low back sore",
            "saddle-anaesthesia",
            False,
        ),
        (
            "stood all night at the gig and both feet went numb, my back aches. Fine again after a sleep.",
            "bilateral-leg-weakness",
            False,
        ),
        # told as the plain result of exertion
        ("After squats yesterday both legs ache and my back is tight", "bilateral-sciatica", False),
        ("legs dead by the end after we walked miles, back sore today", "bilateral-leg-weakness", False),
        # a loss, not its end
        ("both legs went numb after the fall, back agony", "bilateral-leg-weakness", True),
        (
            "after a short walk both my legs go numb and weak, back pain for months",
            "bilateral-leg-weakness",
            True,
        ),
        (
            "both legs numb since the fall, fine after a rest at first but not now",
            "bilateral-leg-weakness",
            True,
        ),
    ],
)
def test_a_loss_said_to_end_or_to_follow_exertion_is_asked_not_raised(
    text: str, sign: str, raised: bool
) -> None:
    result = painkb.assess(KB, text=text)
    assert (sign in {f.warning_sign.id for f in result.red_flags}) is raised
    if not raised:
        assert not any(str(f.warning_sign.urgency).endswith("emergency") for f in result.red_flags)


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "There's no denying I've lost weight without trying, and my back aches",
            "unexplained-weight-loss",
            True,
        ),
        ("I'm 58, never had a bad back in my life, started last week", "new-back-pain-over-50", True),
        ("my man bits feel numb since my back went", "saddle-anaesthesia", True),
        ("wt loss of 8 kg, unintentional, back pain", "unexplained-weight-loss", True),
        (
            "I fell in the garden and every time I try to stand my leg gives way",
            "unable-to-bear-weight-after-fall",
            True,
        ),
        (
            "the numbness in my foot is worse than it was last week, back pain too",
            "progressive-neurological-deficit",
            True,
        ),
        # talk of a sign, and a bad time told as a crash
        (
            "Saddle anaesthesia sounds frightening, what is it exactly? I just have a sore bum",
            "saddle-anaesthesia",
            False,
        ),
        ("a train wreck of a day and my lower back aches", "major-trauma", False),
        # "worse than" another place tells where, not that it grows
        ("the numbness in my foot is worse than the back pain", "progressive-neurological-deficit", False),
    ],
)
def test_everyday_ways_of_saying_or_not_saying_a_sign(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Haven't had a decent night's sleep for a month because my hip hurts", "night-pain"),
        ("a constant gnawing in my lower back", "lower-back-pain"),
    ],
)
def test_a_good_thing_denied_or_a_pain_word_says_the_finding(text: str, finding: str) -> None:
    found = {m.entity.id: m.status for m in painkb.interpret(KB, text).mentions}
    assert found.get(finding) is painkb.Status.PRESENT


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        # what it feels like, said in a comparison, is pain of the place
        ("my bum feels like I'm sitting on a nail", "buttock-pain", painkb.Status.PRESENT),
        ("my lower back feels like it's in a vice", "lower-back-pain", painkb.Status.PRESENT),
        # "nothing goes down my legs" denies a pain going down them
        (
            "my lower back hurts, though nothing goes down my legs.",
            "radiating-leg-pain",
            painkb.Status.ABSENT,
        ),
        ("it's only my back, nothing shooting down the leg", "radiating-leg-pain", painkb.Status.ABSENT),
    ],
)
def test_a_comparison_says_pain_and_nothing_going_down_denies_it(
    text: str, finding: str, status: painkb.Status
) -> None:
    found = {m.entity.id: m.status for m in painkb.interpret(KB, text).mentions}
    assert found.get(finding) is status


def test_nothing_that_helps_denies_nothing() -> None:
    text = "a backache that nothing is touching, paracetamol does nothing, and a thumping in my belly"
    found = {m.entity.id: m.status for m in painkb.interpret(KB, text).mentions}
    assert found.get("lower-back-pain") is painkb.Status.PRESENT
    assert painkb.Status.ABSENT not in found.values()


@pytest.mark.parametrize(
    "text",
    [
        "back pain wakes me at 3am and won't settle whichever way I lie",
        "I'm up at 2am most nights because of my lower back, whichever way I lie it hurts",
    ],
)
def test_a_time_of_the_night_is_the_night(text: str) -> None:
    assert "persistent-night-pain" in dict(flags(text))


def test_a_time_of_the_night_for_work_is_no_night_pain() -> None:
    found = {
        m.entity.id
        for m in painkb.interpret(KB, "I get up at 4am for work and my back hurts by lunch").mentions
    }
    assert "night-pain" not in found


@pytest.mark.parametrize(
    ("text", "year"),
    [("born 1958, back started hurting two weeks ago", 1958), ("DOB 2010, new back pain", 2010)],
)
def test_a_year_of_birth_is_the_age_reached_this_year(text: str, year: int) -> None:
    import datetime

    assert painkb.interpret(KB, text).age == datetime.date.today().year - year
    assert "new-back-pain-over-50" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("my bum cheek has hurt since march, it's now july", 120),
        ("buttock pain since before christmas and it's now march", 90),
        ("my buttock has hurt since August and now it is October", 60),
    ],
)
def test_since_a_month_counts_to_the_month_said_as_now(text: str, days: int) -> None:
    duration = painkb.interpret(KB, text).duration
    assert duration is not None
    assert duration.days == days


def test_since_a_month_counts_to_this_month_when_no_month_is_said_as_now() -> None:
    import datetime

    month = (datetime.date.today().month - 5) % 12 + 1  # four months back
    name = datetime.date(2000, month, 1).strftime("%B")
    duration = painkb.interpret(KB, f"my left buttock has ached since {name}").duration
    assert duration is not None
    assert duration.days == 120


def test_no_control_of_the_back_end_is_the_bowel_sign() -> None:
    assert "bowel-dysfunction" in dict(flags("since my back went I can't control my back end"))
    assert "bowel-dysfunction" not in dict(flags("my back end is sore from the bike"))


def test_what_a_leaflet_says_of_a_sign_is_asked_not_raised() -> None:
    text = "The leaflet says new trouble passing urine with back pain is an emergency. Mine's just an ache."
    result = painkb.assess(KB, text=text)
    assert "bladder-dysfunction" not in {f.warning_sign.id for f in result.red_flags}
    assert any(q.warning_sign.id == "bladder-dysfunction" for q in result.questions)
    assert "saddle-anaesthesia" in dict(
        flags("The NHS website says I should call 999 because I can't feel my bum")
    )


def test_urine_not_coming_is_the_bladder_sign() -> None:
    assert "bladder-dysfunction" in dict(
        flags("my back hurts and since yesterday my urine is not coming properly")
    )


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "tearing pain in my back out of nowhere, cold sweat, everything went black",
            "burst-aneurysm-symptoms",
            True,
        ),
        ("I can't feel a thing during sex since my back went", "sexual-dysfunction", True),
        # safety-net advice is no symptom
        (
            "My physio said if I lose control of my bladder to ring 999. Nothing like that, a sore back.",
            "bladder-dysfunction",
            False,
        ),
    ],
)
def test_sudden_faint_and_safety_net_advice(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "It isn't that I don't get pain when I cough, it's that it shoots down my leg",
            "pain-worse-coughing-sneezing",
        ),
        ("No, not one leg, both my legs are tingling from the knees down", "tingling"),
    ],
)
def test_a_double_negative_or_more_than_one_leg_is_no_denial(text: str, finding: str) -> None:
    found = {m.entity.id: m.status for m in painkb.interpret(KB, text).mentions}
    assert found.get(finding) is painkb.Status.PRESENT


@pytest.mark.parametrize(
    "text",
    [
        "The physio warned me about numbness in the saddle area, but I haven't got any.",
        "They said to look out for weakness in both legs. Back aches a bit.",
        "My consultant explained cauda equina can cause loss of bladder control. My back pain is mechanical.",
        "The discharge letter lists bladder or bowel problems as a reason to come back. Back is sore.",
        "Red flags I was told about: losing bladder control, numb saddle area, both legs weak. None so far.",
        "I know the warning signs, numb bum and wetting yourself, and I've got neither thank god.",
    ],
)
def test_talk_of_the_warning_signs_raises_none(text: str) -> None:
    result = painkb.assess(KB, text=text)
    assert not [f for f in result.red_flags if f.urgency is Urgency.EMERGENCY]


def test_none_so_far_after_a_list_denies_it() -> None:
    text = "Red flags I was told about: losing bladder control, both legs weak. Thankfully none so far."
    denied = {e.id for e in painkb.assess(KB, text=text).absent}
    assert "bladder-dysfunction" in denied


@pytest.mark.parametrize(
    "text",
    [
        "Last time I had cauda equina I lost bladder control, this time it's only back pain.",
        "We were taught in first aid that sudden back pain with fainting can be an aneurysm. Back stiff.",
        "My legs felt weak after giving blood yesterday, back ache is from the chair.",
        "Both my legs are covered in bruises from football, back's a bit sore too.",
    ],
)
def test_an_episode_before_a_lesson_or_a_passing_cause_raises_no_emergency(text: str) -> None:
    result = painkb.assess(KB, text=text)
    assert not [f for f in result.red_flags if f.urgency is Urgency.EMERGENCY]


def test_what_would_have_happened_is_no_emergency() -> None:
    text = "I would have lost control of my bladder if I had waited any longer for the loo. Back aches."
    assert "bladder-dysfunction" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        ("I wipe and feel nothing, back pain since Monday.", "saddle-anaesthesia", True),
        ("can't get it up since my back went and I feel nothing down there", "saddle-anaesthesia", True),
        ("painkillers help, I feel nothing when I take them", "numbness-tingling-or-weakness", False),
    ],
)
def test_feeling_nothing_somewhere_is_numbness(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("it's like my bum has been anaesthetised at the dentist, since the back went", "saddle-anaesthesia"),
        ("I've lost the feeling that I need a poo, back is bad", "bowel-dysfunction"),
        ("I don't get the feeling I need to wee any more since my back went", "bladder-dysfunction"),
    ],
)
def test_an_anaesthetised_bum_and_a_lost_feeling_of_needing_to_go(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_throbbing_lump_in_the_belly_is_a_pulsing_tummy() -> None:
    assert "pulsating-abdomen" in dict(flags("there's a throbbing lump in my belly and my back aches"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Since Sunday the area where you'd sit on a bike has gone numb, disc pain for months",
            "saddle-anaesthesia",
        ),
        (
            "I've wet myself twice and didn't even know I needed to go, my back is awful",
            "bladder-dysfunction",
        ),
    ],
)
def test_where_you_sit_on_a_bike_and_not_knowing_you_need_to_go(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_numb_private_area_and_no_idea_when_to_go() -> None:
    assert "saddle-anaesthesia" in dict(flags("nothing wrong with my legs but my private area is numb"))
    assert "bowel-dysfunction" in dict(
        flags("I've no idea when I need a poo anymore, back has been bad all week")
    )


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        # "none" answers what was talked of, never what the person said they have
        ("I wet myself twice since my back went. Any warning? None.", "bladder-dysfunction", True),
        (
            "I've been leaking urine since my back went. None so far with my bowels.",
            "bladder-dysfunction",
            True,
        ),
        (
            "Red flags I was told about: losing bladder control, numb saddle area. None so far.",
            "bladder-dysfunction",
            False,
        ),
    ],
)
def test_none_answers_only_what_was_talked_of(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Got hit in the back with a cricket ball on Saturday, it's really painful", "recent-injury"),
        ("Kicked in the hip by a horse two days ago, can't walk properly", "recent-injury"),
        ("I have bilateral sciatica", "bilateral-sciatica"),
        ("my sciatica has switched to bilateral", "bilateral-sciatica"),
    ],
)
def test_a_blow_is_an_injury_and_bilateral_sciatica_is_both_legs(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_jarred_back_is_asked_about_as_an_injury() -> None:
    result = painkb.assess(KB, text="I jarred my back jumping off a wall yesterday and it hurts to walk")
    assert any(q.warning_sign.id == "recent-injury" and q.prompted for q in result.questions)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I'm impotent since my back injury last week", "sexual-dysfunction"),
        ("I've developed erectile dysfunction since my back went", "sexual-dysfunction"),
        ("no feeling in my clitoris since my back got bad", "saddle-anaesthesia"),
    ],
)
def test_impotence_and_a_numb_clitoris(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign", "state"),
    [
        # not having been is no denial of the bowels: asked
        ("I haven't pooed in 5 days and can't feel the urge, back pain", "bowel-dysfunction", "asked"),
        ("I keep having poo accidents since my back went", "bowel-dysfunction", "raised"),
        ("no control of my back passage since Tuesday, back agony", "bowel-dysfunction", "raised"),
        ("I fell on the stairs and my leg won't hold me", "unable-to-bear-weight-after-fall", "raised"),
    ],
)
def test_bowels_not_opened_and_a_leg_that_will_not_hold(text: str, sign: str, state: str) -> None:
    result = painkb.assess(KB, text=text)
    raised = sign in {f.warning_sign.id for f in result.red_flags}
    asked = any(q.warning_sign.id == sign and q.prompted for q in result.questions)
    assert sign not in {e.id for e in result.absent}
    assert (raised, asked) == ((True, False) if state == "raised" else (False, True))


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Not slept in days because of the pain in my back.", "night-pain"),
        (
            "haven't walked properly since Friday because of my hip, and it's getting worse",
            "difficulty-with-mobility",
        ),
    ],
)
def test_sleep_and_walking_lost_to_pain(text: str, finding: str) -> None:
    assert finding in {m.entity.id for m in painkb.interpret(KB, text).mentions if m.present}


def test_not_having_peed_is_asked_not_denied() -> None:
    result = painkb.assess(KB, text="I haven't peed since this morning and my back is killing me.")
    assert "bladder-dysfunction" not in {e.id for e in result.absent}
    assert any(q.warning_sign.id == "bladder-dysfunction" and q.prompted for q in result.questions)


def test_bowles_is_bowels_misspelt() -> None:
    assert "bowel-dysfunction" in dict(flags("cant controll my bowles since my back went"))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("My glutes are killing me after yesterday's leg day at the gym.", "leg-pain"),
        (
            "did chest day at the gym and my lower back got tight from arching on the bench",
            "chest-pain-with-back-pain",
        ),
    ],
)
def test_a_gym_day_for_a_part_is_no_pain_there(text: str, gone: str) -> None:
    assert gone not in {m.entity.id for m in painkb.interpret(KB, text).mentions}


def test_a_bad_back_day_is_back_pain() -> None:
    assert "lower-back-pain" in {
        m.entity.id for m in painkb.interpret(KB, "It's a bad back day today").mentions
    }


def test_neither_leg_strong_is_both_legs_weak() -> None:
    text = "neither leg feels strong enough to hold me since this morning, back agony"
    assert "bilateral-leg-weakness" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("RTC, driver, 60mph, c/o low back pain.", "major-trauma"),
        ("Bilateral radicular pain L5 distribution, SLR positive both sides.", "bilateral-sciatica"),
        ("Incontinent of urine x2 today, new, background L4/5 disc, LBP.", "bladder-dysfunction"),
    ],
)
def test_clinical_shorthand(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_afebrile_is_no_fever() -> None:
    found = {m.entity.id for m in painkb.interpret(KB, "Afebrile, mechanical LBP.").mentions if m.present}
    assert "fever" not in found


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        (
            "my two legs are not strong again, they give way when I stand, and my waist pain is bad",
            "bilateral-leg-weakness",
            True,
        ),
        ("keep sharting myself with no warning since my back went", "bowel-dysfunction", True),
        ("numb taint, can't feel it at all, lower back hurts", "saddle-anaesthesia", True),
        ("Lost morning wood completely this week since my disc went", "sexual-dysfunction", True),
        ("since this back pain started my manhood is no longer standing", "sexual-dysfunction", True),
        (
            "The weakness in my leg isn't getting better, it's worse every single day.",
            "progressive-neurological-deficit",
            True,
        ),
        (
            "maybe it's my coccyx, deep ache in my left bum cheek for about 2 months now",
            "persistent-gluteal-pain",
            True,
        ),
        (
            "Both kids have had a fever all week and my lower back is sore from carrying them",
            "fever-with-back-pain",
            False,
        ),
        (
            "thumping in my tummy and my back aches, I am 22 weeks pregnant so that is the baby kicking",
            "pulsating-abdomen",
            False,
        ),
        (
            "can't walk and chew gum at the same time me lol, back's just stiff",
            "difficulty-with-mobility",
            False,
        ),
    ],
)
def test_everyday_and_slang_ways_of_saying_a_sign(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Didn't think much of the chest pain at first but it's going through to my back now",
            "chest-pain-with-back-pain",
        ),
        (
            "Not long out of surgery, discectomy 2 weeks ago, and the back pain is worse",
            "recent-spinal-surgery",
        ),
    ],
)
def test_not_thinking_much_of_it_and_not_long_out_of_surgery_deny_nothing(text: str, sign: str) -> None:
    result = painkb.assess(KB, text=text)
    assert sign not in {e.id for e in result.absent}


@pytest.mark.parametrize(
    "text",
    [
        "Sudden gut and back pain like I've been stabbed, went all woozy and sweaty",
        "my back pain came on suddenly and I feel all clammy",
    ],
)
def test_sudden_gut_and_back_pain_with_dizziness_or_clamminess(text: str) -> None:
    assert "burst-aneurysm-symptoms" in dict(flags(text))


def test_a_walking_aid_needed_is_no_denial() -> None:
    text = "Without the stick I can't walk at all now, my back is that bad"
    assert "difficulty-with-mobility" in dict(flags(text))
    assert "difficulty-with-mobility" not in dict(flags("I can walk without a stick, my back is just stiff"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I'm not in control of my bowels anymore, back is terrible.", "bowel-dysfunction"),
        (
            "My legs don't work properly anymore, both of them, since this morning, back agony.",
            "bilateral-leg-weakness",
        ),
        ("it's not just one leg anymore, the sciatica goes down both, back killing me", "bilateral-sciatica"),
    ],
)
def test_control_not_had_legs_not_working_and_not_one_leg(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_legs_that_will_not_take_the_weight_are_weak() -> None:
    assert "bilateral-leg-weakness" in dict(
        flags("I'm unable to walk, both legs won't take my weight, back is awful.")
    )
    assert "unable-to-bear-weight-after-fall" in dict(
        flags("fell in the garden, my left leg won't take my weight")
    )


@pytest.mark.parametrize(
    "text",
    [
        "In the video the physio said numbness in the saddle area means A&E. Mine's just a dull ache.",
        "I've read about cauda equina losing bladder control and now I'm scared, my back just aches.",
    ],
)
def test_what_a_sign_means_or_what_was_read_about_raises_nothing(text: str) -> None:
    result = painkb.assess(KB, text=text)
    assert not [f for f in result.red_flags if f.urgency is Urgency.EMERGENCY]


def test_a_man_at_the_start_is_someone_else_but_man_alone_is_no_one() -> None:
    assert "saddle-anaesthesia" in dict(flags("Man, my back hurts and I can't feel my bum"))
    text = "A guy at work had emergency surgery because both his legs went weak. I've just got a sore bum."
    assert "bilateral-leg-weakness" not in dict(flags(text))


def test_a_leaflet_about_a_condition_is_no_diagnosis() -> None:
    text = "My GP gave me a leaflet about cauda equina. My lower back is stiff after moving house."
    found = {m.entity.id: m.status for m in painkb.interpret(KB, text).mentions}
    assert found.get("cauda-equina-syndrome") is painkb.Status.UNCERTAIN


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I've had no back problems, but my back started hurting last week.", "lower-back-pain"),
        ("no numbness in my left leg, but numbness in my right foot", "numbness"),
    ],
)
def test_a_finding_denied_in_one_clause_and_said_in_the_next_is_said(text: str, finding: str) -> None:
    statuses = {m.status for m in painkb.interpret(KB, text).mentions if m.entity.id == finding}
    assert painkb.Status.PRESENT in statuses


def test_new_back_pain_after_never_having_had_back_problems() -> None:
    text = "I'm 58 and I've never had back problems, but my back started hurting last week."
    assert "new-back-pain-over-50" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My consultant warned me that if the numbness spreads to my other leg I should go straight back, "
        "so far it's only the left calf and my back aches",
        "walked 20k steps at the festival, legs dead and my lower back is killing me lol",
    ],
)
def test_a_warning_of_what_may_come_and_legs_dead_after_a_festival_raise_no_emergency(text: str) -> None:
    result = painkb.assess(KB, text=text)
    assert not [f for f in result.red_flags if f.urgency is Urgency.EMERGENCY]


def test_feet_like_cotton_wool_are_numb() -> None:
    found = {m.entity.id for m in painkb.interpret(KB, "my feet feel like cotton wool").mentions if m.present}
    assert "numbness" in found


@pytest.mark.parametrize(
    "answer", ["No to all.", "No to all of them.", "None of those.", "Thankfully none so far."]
)
def test_an_answer_to_a_list_of_questions_denies_the_list(answer: str) -> None:
    text = f"The GP asked about weight loss, fever, bladder problems. {answer}"
    assert "bladder-dysfunction" in {e.id for e in painkb.assess(KB, text=text).absent}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("34M, T-spine pain 2/52, no trauma", 14),
        ("LBP 3/7 after lifting", 3),
        ("Wt loss over 6/12 with back pain", 180),
    ],
)
def test_a_clinical_fraction_is_a_duration(text: str, days: int) -> None:
    duration = painkb.interpret(KB, text).duration
    assert duration is not None
    assert duration.days == days


def test_a_date_is_no_clinical_fraction() -> None:
    assert painkb.interpret(KB, "my back has hurt since the fall on 3/12/2025").duration is None


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've a desperate pain up between the shoulderblades this past fortnight", "thoracic-back-pain"),
        ("34M, T-spine pain 2/52", "thoracic-back-pain"),
        ("PWID, new LBP x4 days", "iv-drug-use"),
        ("like ants walking inside my leg, left one, from the knee down", "numbness-tingling-or-weakness"),
        ("Me two legs went from under me getting out of the car", "bilateral-leg-weakness"),
        ("I have fever and my back is masakit since Sunday po, also chills", "fever-with-back-pain"),
        ("never had back trouble in my life and now at 67 it's started", "new-back-pain-over-50"),
        ("the pain at night is relentless, even the recliner doesn't touch it", "persistent-night-pain"),
    ],
)
def test_shorthand_slang_and_run_together_words_of_warning_signs(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("there's no way I'm not feeling the pins and needles, they never stop", "tingling"),
        ("no appetite and I haven't stopped losing weight, 5 kilos now", "weight-loss"),
    ],
)
def test_a_double_negative_or_a_loss_that_has_not_stopped_is_present(text: str, entity: str) -> None:
    assert entity in found(text)
    assert entity not in found(text, Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "As a ward nurse I see saddle numbness in patients all the time, but my own back is just achy",
            "saddle-anaesthesia",
        ),
        ("I've been dragging my feet about booking an appointment, back's sore", "foot-drop-weakness"),
        ("I had numbness in both legs when I was 12. Now my lower back aches", "bilateral-leg-weakness"),
    ],
)
def test_patients_a_put_off_booking_and_a_childhood_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("tripped 3 times today, my foot wont come up when i step, sciatica", "foot-drop-weakness"),
        ("Eating as normal but I keep losing weight, and now back pain on top", "unexplained-weight-loss"),
        ("chest n back pain at the same time, like a tight band round me", "chest-pain-with-back-pain"),
        ("i feel like both my legs r made of lead, started tues", "bilateral-leg-weakness"),
    ],
)
def test_text_speak_and_a_pain_told_by_a_comparison(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_fall_as_americans_say_autumn_is_no_fall() -> None:
    text = "down like 15 lbs since fall without trying, plus my lower back aches every day"
    assert "recent-injury" not in dict(flags(text))
    assert "recent-injury" in found("my last fall was in May and my back has ached since", None)


def test_never_had_one_like_it_is_had_now() -> None:
    assert "fever" in found("Never had a temp like it, 39.5 on the thermometer")
    assert "fever" in found("I've never had a fever or anything like it, just my back", Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Since May my legs have been numb", Status.PRESENT),
        ("My legs went numb in May and still are", Status.PRESENT),
        ("I may have numbness in my legs", Status.UNCERTAIN),
    ],
)
def test_may_the_month_is_no_doubt(text: str, status: Status) -> None:
    assert "numbness" in found(text, status)


def _phrases_without_intensifiers() -> list[tuple[str, ...]]:
    from painkb.understand.words import _INTENSIFIERS, language

    lang = language()
    return sorted(
        key
        for key, reading in lang.phrases.items()
        if len(key) > 1
        and _INTENSIFIERS.isdisjoint(key)
        and not any("'" in word for word in key)
        # (one read only beside a word of what it is said of is tested beside one:
        # tests/test_understand_mendbladder.py)
        and reading not in lang.said_with_what_it_is_of
    )


def _read_past(phrase: tuple[str, ...], intensifier: str) -> bool:
    """Whether ``intensifier`` is read past inside ``phrase``: the words of when ("now", "still",
    "also") only in a phrase of a pain or a part ("pain now down", not "shoot up now my back")."""
    from painkb.understand.words import _PAIN_OR_PART, _WHEN_WORDS

    return intensifier not in _WHEN_WORDS or phrase[0] in _PAIN_OR_PART


def _intensifiers() -> list[str]:
    from painkb.understand.words import _INTENSIFIERS

    return sorted(_INTENSIFIERS)


@given(st.sampled_from(_phrases_without_intensifiers()), st.sampled_from(_intensifiers()))
def test_a_phrase_reads_the_same_past_a_word_that_only_says_how_much(
    phrase: tuple[str, ...], intensifier: str
) -> None:
    from painkb.understand.words import _JUST, _NOT_SIMPLY, tokenize

    assume(not (intensifier == _JUST and phrase[0] in _NOT_SIMPLY))  # "can't just": "simply"
    assume(_read_past(phrase, intensifier))
    plain = [t.key for t in tokenize(" ".join(phrase))]
    intensified = [t.key for t in tokenize(" ".join([phrase[0], intensifier, *phrase[1:]]))]
    assert intensified == plain


def test_every_phrase_reads_the_same_past_every_intensifier() -> None:
    # the property above, for every phrase and every such word (hypothesis found "can't really
    # feel worse" read as "can't really feel" and "worse" in CI)
    from painkb.understand.words import _JUST, _NOT_SIMPLY, tokenize

    wrong = [
        (phrase, intensifier)
        for phrase in _phrases_without_intensifiers()
        for intensifier in _intensifiers()
        if not (intensifier == _JUST and phrase[0] in _NOT_SIMPLY)  # "can't just": "simply"
        and _read_past(phrase, intensifier)
        and [t.key for t in tokenize(" ".join([phrase[0], intensifier, *phrase[1:]]))]
        != [t.key for t in tokenize(" ".join(phrase))]
    ]
    assert not wrong


def test_an_intensifier_inside_a_phrase_keeps_its_sign() -> None:
    assert "sexual-dysfunction" in dict(flags("erections have totally gone since the sciatica flared up"))
    # "just" says more than how much: "not just one leg" stays one phrase
    assert "leg" in found("not just one leg, both")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Hodgkin's in remission since I was 30. Now 41 and my back started hurting", "history-of-cancer"),
        ("ex user but still injecting now and again, bad lower back pain new this week", "iv-drug-use"),
        ("been injecting into my groin since my arms are shot, now lower back pain", "iv-drug-use"),
        ("dentist drained an abscess last week, now my back hurts", "recent-bacterial-infection"),
    ],
)
def test_a_lymphoma_by_name_injecting_now_and_again_and_an_abscess(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_injecting_a_medicine_into_the_tummy_is_no_drug_use() -> None:
    assert "iv-drug-use" not in dict(flags("I've been injecting into my tummy, insulin, and my back hurts"))


def test_not_a_day_goes_by_without_pain_is_pain_every_day() -> None:
    text = "not a day goes by without pain up behind my shoulderblades"
    assert not {e.id for e in painkb.assess(KB, text=text).absent}


@pytest.mark.parametrize(
    "text",
    ["Me two legs went from under me getting out of the car", "My legs keep buckling under me since Monday"],
)
def test_legs_that_give_way_are_weak_not_said_to_get_worse(text: str) -> None:
    raised = dict(flags(text))
    assert "bilateral-leg-weakness" in raised
    assert "progressive-neurological-deficit" not in raised


@pytest.mark.parametrize(
    ("text", "doubted"),
    [
        ("I don't really feel the urge to poo, and my back is agony", "bowel-dysfunction"),
        ("I haven't peed since this morning and my back is killing me", "bladder-dysfunction"),
    ],
)
def test_a_phrases_own_doubt_reaches_only_its_own_words(text: str, doubted: str) -> None:
    assert doubted in found(text, Status.UNCERTAIN)
    assert "lower-back-pain" in found(text)


def test_a_phrases_own_doubt_does_not_reach_back_to_what_came_before() -> None:
    # "couldn't feel my" is "maybe numb my": its doubt is of the numbness alone
    assert "gait-change" in found("i couldnt walk properly and couldnt feel my toes on the left")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I can't feel the wee coming out any more, only know cos I hear it", "bladder-dysfunction"),
        ("In my stomach I feel like heart is beating there, the back is hurting low", "pulsating-abdomen"),
        ("some days it's the left leg, now a hot knife from the buttocks to the knees", "radiating-leg-pain"),
        ("buzzing feeling in the sole of my foot like a phone on vibrate", "numbness-tingling-or-weakness"),
    ],
)
def test_a_wee_not_felt_a_pulse_by_comparison_a_knife_down_the_legs_a_buzz(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_phone_buzzing_in_a_pocket_is_no_tingling() -> None:
    text = "my phone keeps buzzing in my pocket and my back hurts"
    assert "numbness-tingling-or-weakness" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("thermometer says 38.9, back is agony", "fever-with-back-pain"),
        ("dropped 6kg in 2 months, not dieting, plus back pain", "unexplained-weight-loss"),
        ("first time in my 58 years I've had back pain", "new-back-pain-over-50"),
        ("Q: any problems peeing? A: yes, can't get it started", "bladder-dysfunction"),
    ],
)
def test_a_reading_a_weight_in_one_word_an_age_in_years_and_problems_peeing(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_no_problems_peeing_denies_the_bladder_sign() -> None:
    assert "bladder-dysfunction" in found("I have no problems peeing, my back aches", Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my back feels tight and stiff after the gym", "chest-pain-with-back-pain"),
        ("I did lunges at the gym and my bum is sore", "history-of-cancer"),
        ("my manager wants me back at work but my back hurts", "difficulty-with-mobility"),
    ],
)
def test_a_word_that_names_nothing_of_a_sign_asks_nothing(text: str, sign: str) -> None:
    assert sign not in prompted(text)


def test_the_same_word_with_the_signs_own_word_still_raises() -> None:
    assert "chest-pain-with-back-pain" in dict(flags("My chest feels tight and my back hurts"))


def test_every_word_that_asks_nothing_alone_is_a_word_of_a_warning_sign() -> None:
    from painkb.understand.lexicon import lexicon_of
    from painkb.understand.words import keys_of, language

    sign_keys = {key for phrase in lexicon_of(KB).phrases if phrase.warning_signs for key in phrase.keys}
    for word in language().asks_nothing_alone:
        assert set(keys_of(word)) & sign_keys, word


def test_a_list_talked_of_and_then_denied_raises_nothing() -> None:
    text = (
        "Trouble peeing, losing control of my bowels, a numb bum: I was worried after reading about these "
        "but I don't have any of them."
    )
    assert not dict(flags(text))
    assert {"bladder-dysfunction", "bowel-dysfunction", "saddle-anaesthesia"} <= found(text, Status.ABSENT)
    # the writer's own findings are not what "them" denies
    assert "bladder-dysfunction" in dict(flags("My legs are numb and I can't pee. I don't have any of them."))


@pytest.mark.parametrize(
    ("text", "entity", "status"),
    [
        (
            "It's not that I can't pee, I can, it's just my back that's the problem.",
            "bladder-dysfunction",
            Status.UNCERTAIN,
        ),
        # what comes instead may be the same trouble in other words: asked, never denied
        ("It's not that I can't pee, I just can't get it started", "bladder-dysfunction", Status.UNCERTAIN),
        (
            "It's not like the pain isn't going down my leg, it goes to my heel.",
            "radiating-leg-pain",
            Status.PRESENT,
        ),
        ("It's not untrue that I'm stiff every morning.", "morning-stiffness", Status.PRESENT),
        ("Groin pain? No... well actually yes, a bit when I walk.", "groin-pain", Status.UNCERTAIN),
    ],
)
def test_double_negatives_and_an_answer_taken_back(text: str, entity: str, status: Status) -> None:
    assert entity in found(text, status)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Should I worry that I've wet myself twice since my back went?", "bladder-dysfunction"),
        ("Is it meant to still hurt this much 3 weeks after my spinal fusion?", "recent-spinal-surgery"),
        ("Does it matter that my chest hurts too, not just my back?", "chest-pain-with-back-pain"),
        (
            "Stopped being able to get an erection about a week ago, same time the back pain got bad.",
            "sexual-dysfunction",
        ),
    ],
)
def test_a_question_about_ones_own_finding_reports_it(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Weakness: both legs. Numbness: no. Bladder: ok.", "bilateral-leg-weakness"),
        ("Pain: down my left leg to the foot", "radiating-leg-pain"),
        ("I can't honestly say my foot isn't numb, because it is.", "numbness-tingling-or-weakness"),
    ],
)
def test_a_forms_field_with_its_value_and_a_double_negative_past_an_adverb(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_forms_field_answered_no_is_denied() -> None:
    assert "numbness" in found("Weakness: both legs. Numbness: no. Bladder: ok.", Status.ABSENT)
    assert "numbness" in found("Numbness: none", Status.ABSENT)


def test_what_was_expected_is_not_what_was_found() -> None:
    text = "Swollen and red was what I expected to see, but my buttock looks completely normal."
    assert "swelling-or-inflammation" not in dict(flags(text))


@pytest.mark.parametrize("text", ["my knee keeps giving way, my back hurts", "my left leg keeps giving way"])
def test_a_leg_that_keeps_giving_way_asks_whether_it_is_getting_worse(text: str) -> None:
    assert "progressive-neurological-deficit" in prompted(text)
    assert "progressive-neurological-deficit" not in dict(flags(text))


def test_struggling_with_the_stairs_still_asks_about_mobility() -> None:
    assert "difficulty-with-mobility" in prompted("The stairs are a real struggle since my hip went")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Numbness in my legs? Not at all.", "numbness"),
        ("Bladder problems? Definitely not. Just my back.", "bladder-dysfunction"),
    ],
)
def test_a_no_in_other_words_answers_a_short_question(text: str, entity: str) -> None:
    assert entity in found(text, Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I watched a car crash on the motorway and it shook me up, my back's sore from the drive",
            "major-trauma",
        ),
        (
            "I'd rather die than poo myself in public, luckily my bowels are fine, it's my back",
            "bowel-dysfunction",
        ),
    ],
)
def test_a_crash_seen_and_a_fear_said_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


def test_a_crash_had_still_raises() -> None:
    assert "major-trauma" in dict(flags("I was in a car crash on Monday and my back is agony"))


@pytest.mark.parametrize(
    "text",
    [
        "The leaflet lists red flags: losing bladder control, numb bum. My back just aches.",
        "The physio warned me about these: numbness in the saddle area, trouble peeing.",
        "I'm a medical student revising cauda equina: saddle anaesthesia, retention. My own back is stiff",
    ],
)
def test_a_list_opened_by_talk_of_the_signs_is_asked_not_raised(text: str) -> None:
    result = painkb.assess(KB, text=text)
    assert not [f for f in result.red_flags if f.urgency is Urgency.EMERGENCY]
    assert {"saddle-anaesthesia"} <= {q.warning_sign.id for q in result.questions if q.prompted}


def test_a_list_of_ones_own_symptoms_still_raises() -> None:
    assert "saddle-anaesthesia" in dict(flags("My symptoms: numb bum, can't pee."))


def test_a_knee_with_an_old_cause_of_its_own_is_no_second_side_of_sciatica() -> None:
    text = "sciatica in the left leg, and my right knee aches from an old football injury"
    assert "bilateral-sciatica" not in dict(flags(text))
    assert "bilateral-sciatica" in dict(flags("sciatica in my left leg and now my right leg too"))


@pytest.mark.parametrize(
    ("text", "sign", "status"),
    [
        ("The GP asked if I'd had trouble peeing and I said no", "bladder-dysfunction", Status.ABSENT),
        (
            "The GP asked if I'd had trouble peeing and I said yes, I can't start",
            "bladder-dysfunction",
            Status.PRESENT,
        ),
        (
            "they asked if I'd lost control of my bowels, yes twice this week",
            "bowel-dysfunction",
            Status.PRESENT,
        ),
        ("they asked if I'd lost control of my bowels, nope", "bowel-dysfunction", Status.ABSENT),
    ],
)
def test_a_question_told_as_asked_takes_the_answer_told_after_it(
    text: str, sign: str, status: Status
) -> None:
    assert sign in found(text, status)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "What are the signs of cauda equina? I've heard losing bladder control is one",
            "bladder-dysfunction",
        ),
        (
            "worst case scenario I lose control of my bladder, but right now it's just back pain",
            "bladder-dysfunction",
        ),
        ("My nightmare is falling off the ladder at work, my back's sore from carrying it", "major-trauma"),
    ],
)
def test_what_was_heard_or_feared_raises_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Had covid last month with a fever for a few days, all gone now. My lower back hurts.",
            "fever-with-back-pain",
        ),
        (
            "My surgeon said to call if the numbness or weakness gets worse. It's exactly the same, "
            "a small numb patch on my foot.",
            "progressive-neurological-deficit",
        ),
        (
            "My legs turned to jelly when the private clinic quoted me 1500 for an MRI.",
            "bilateral-leg-weakness",
        ),
        (
            "Honestly I just feel numb about the whole thing now, 2 months of back pain.",
            "numbness-tingling-or-weakness",
        ),
        (
            "Ran my first marathon on Sunday! Legs were like jelly afterwards and they're recovering now.",
            "bilateral-leg-weakness",
        ),
        (
            "Did a 100 mile charity bike ride and my bum was numb, gone completely within the hour.",
            "saddle-anaesthesia",
        ),
        (
            "I'm 58 and I've had back pain on and off since my twenties, this is just another flare.",
            "new-back-pain-over-50",
        ),
    ],
)
def test_long_posts_tell_of_a_fever_over_advice_a_figure_of_speech_and_an_old_pain(
    text: str, sign: str
) -> None:
    assert sign not in dict(flags(text))


def test_cant_remember_a_morning_without_is_every_morning() -> None:
    assert "morning-stiffness" in found(
        "I can't remember the last morning I wasn't stiff for a couple of hours"
    )
    assert "numbness" in found("I don't remember having any numbness", Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "The GP asked if I'd had numbness down below, I said no, but since yesterday it's numb when I wipe",
        "111 asked if I had numbness in the saddle area, I said no, but honestly it feels odd down there",
    ],
)
def test_a_no_taken_back_after_it_denies_nothing(text: str) -> None:
    absent = {e.id for e in painkb.assess(KB, text=text).absent}
    assert not {"saddle-anaesthesia", "saddle-numbness"} & absent


def test_a_list_in_the_persons_own_words_after_talk_is_theirs() -> None:
    text = "The physio asked about red flags: my left leg aches down to the knee, the pain shoots down it."
    assert "radiating-leg-pain" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Today both my legs feel like they dont belong to me, nearly went down twice.",
            "bilateral-leg-weakness",
        ),
        ("Since yesterday both my knees keep buckling under me and my back's bad.", "bilateral-leg-weakness"),
        (
            "my back's gone again and I keep passing wind without realising, a bit of leakage too",
            "bowel-dysfunction",
        ),
        ("Ankle feels floppy and I can't point my toes up towards me on the left.", "foot-drop-weakness"),
    ],
)
def test_legs_not_ones_own_knees_buckling_wind_unnoticed_toes_that_wont_point_up(
    text: str, sign: str
) -> None:
    assert sign in dict(flags(text))


def test_a_reported_no_then_none_at_all_denies() -> None:
    text = "The nurse asked about numbness in the saddle area and I said no, none at all."
    assert "saddle-anaesthesia" in found(text, Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "I'm an ICU nurse and had a patient today with cauda equina - lost bowel control, numb saddle area, "
        "the lot. My own low back is aching from the shift.",
        "Lecture today on red flags for back pain - saddle anaesthesia, urinary retention. Just a backache.",
        "Negative for all: fevers, weight loss, saddle numbness, urinary retention, faecal incontinence.",
        "mate of mine fell off his shed roof and couldn't put any weight on his leg. Just my usual back",
        "Resident in my care home lost bowel control overnight. I only want advice for my own back strain.",
        "Born with spina bifida, my feet have always been numb. Nothing new there. Back sore after a flight.",
        "I wouldn't say there's any numbness, no. Not in my bum, not in my legs. Back's just sore.",
        "Sat cross-legged for two hours and both feet went numb, hobbling for 5 minutes, then normal.",
    ],
)
def test_alarming_words_that_are_no_emergency_of_the_writers(text: str) -> None:
    result = painkb.assess(KB, text=text)
    assert not [f for f in result.red_flags if f.urgency is Urgency.EMERGENCY]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "It's not sciatica - the pain stays in my lower back and doesn't go down my leg.",
            "lower-back-pain",
        ),
        ("Feel like I've got flu - shivering, 39 degrees - and a deep pain in my lower back.", "fever"),
        (
            "My partner's foot has been slapping since his surgery - mine's just a sore hammy from cricket.",
            "hamstrings",
        ),
    ],
)
def test_a_dash_that_opens_no_list_of_anothers(text: str, sign: str) -> None:
    assert sign in found(text)


def test_a_fever_that_cleared_is_over() -> None:
    text = "Had a bad chest infection in January with a fever, got antibiotics and it cleared completely."
    assert "fever" in found(text, Status.HISTORICAL)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("I wouldn't say my legs are fine, they're weak and getting weaker", "leg-weakness"),
        ("Nothing serious: my foot slaps the floor when I walk", "foot-drop"),
        ("I can't say there's no swelling, it's red and hot", "swelling-redness-warmth"),
    ],
)
def test_a_hedge_before_ones_own_finding_denies_nothing(text: str, entity: str) -> None:
    assert entity not in found(text, Status.ABSENT)


def test_a_checklist_item_answered_no_at_the_end_of_the_list_is_denied() -> None:
    text = "fever no, chills no, weight loss no, injecting no, steroids no, HIV no. Back just aches."
    assert not dict(flags(text))


def test_hard_to_say_is_a_hedge_not_a_difficulty() -> None:
    text = "Hard to say I'm unable to walk - I'm walking fine actually, just slow getting out of the car."
    assert "difficulty-with-mobility" not in dict(flags(text))
    assert "difficulty-with-mobility" in dict(flags("it's hard to walk since my back went"))


def test_not_understanding_a_question_answers_nothing() -> None:
    text = "The nurse asked if I had any numbness, no idea what she meant"
    assert "numbness-tingling-or-weakness" not in dict(flags(text))
    assert "numbness" in found(text, Status.UNCERTAIN)


@pytest.mark.parametrize(
    "text",
    [
        "both legs wobbly after my first spin class, back a bit stiff",
        "My legs gave way when I stood up after 3 hours at the wedding, I'd had a lot to drink",
    ],
)
def test_legs_weak_after_a_first_class_or_a_lot_to_drink_are_asked(text: str) -> None:
    assert "bilateral-leg-weakness" not in dict(flags(text))
    assert "bilateral-leg-weakness" in prompted(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "My prostate is enlarged (diagnosed 2019) so I've had a weak stream for years, new back ache",
            "bladder-dysfunction",
        ),
        (
            "I have MS and my legs have been weak for years. My lower back is sore from gardening.",
            "bilateral-leg-weakness",
        ),
        (
            "I've had erectile dysfunction for years from my diabetes, and my back aches after work",
            "sexual-dysfunction",
        ),
        ("Chronic constipation from my painkillers, and my lower back is stiff", "bowel-dysfunction"),
        (
            "My legs have been weak since I had polio as a child; back pain this week from gardening",
            "bilateral-leg-weakness",
        ),
        (
            "Diabetic, numb feet since 2015, and my hip is sore after a fall on the grass",
            "numbness-tingling-or-weakness",
        ),
        (
            "Known spinal stenosis since 2018, I've always had aching in both legs when I walk far. "
            "Lower back stiff in the cold weather as usual.",
            "bilateral-sciatica",
        ),
        (
            "Since I started sertraline two years ago I've found it hard to orgasm. "
            "My lower back aches since Monday.",
            "sexual-dysfunction",
        ),
        (
            "I've had MS since 2009, my legs have been weak for years, nothing different lately. Back aches.",
            "bilateral-leg-weakness",
        ),
    ],
)
def test_a_loss_said_to_have_lasted_years_is_asked_not_raised(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))
    assert sign in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I've had back pain for years and last night I wet myself", "bladder-dysfunction"),
        ("Back pain for 10 years, and I can't feel my bum when I wipe", "saddle-anaesthesia"),
        ("Both my legs have been getting weaker for years and my back hurts", "bilateral-leg-weakness"),
        (
            "My legs have been weak for years but this week they gave way completely, back agony",
            "bilateral-leg-weakness",
        ),
        ("numb feet for years. now my bum is numb too and my back kills", "saddle-anaesthesia"),
        ("I've had sciatica for 5 years and since Sunday I can't pass urine", "bladder-dysfunction"),
        ("62, back pain on and off for years, today I couldn't wee at all", "bladder-dysfunction"),
        (
            "I've had a weak stream for years but since Tuesday I can't pee at all and my back is agony",
            "bladder-dysfunction",
        ),
    ],
)
def test_years_of_something_else_or_something_new_still_raise(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_numbness_that_wears_off_passes() -> None:
    text = "My bits go numb after long rides on my road bike but it wears off within 10 mins. Back sore."
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I don't get the urge to wee at all since my back went", "bladder-dysfunction"),
        ("I haven't passed urine at all for two days and my lower back is screaming", "bladder-dysfunction"),
        ("no urge to wee at all and my back is agony", "bladder-dysfunction"),
    ],
)
def test_a_maybe_loss_said_outright_with_at_all_is_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))
    assert sign not in dict(flags(text.replace(" at all", "")))


def test_a_no_before_i_and_a_negation_agrees_with_it() -> None:
    assert "bladder-dysfunction" in dict(flags("no I can't pee, my back is agony"))
    assert "iv-drug-use" in found("No I don't inject drugs, never have. Back's sore.", Status.ABSENT)
    text = "To answer your question, no I don't get the urge to open my bowels anymore"
    assert "bowel-dysfunction" in found(text, Status.UNCERTAIN)  # "any more" may be good news


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Came off the motorbike on Saturday and slid down the road, lower back is killing me.",
            "major-trauma",
        ),
        ("came off a motorbike yesterday, back hurts", "major-trauma"),
    ],
)
def test_a_phrase_is_read_with_any_determiner(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_maybe_phrase_is_never_read_with_another_determiner() -> None:
    # "couldn't really feel my" is a maybe of the body; "the water" is no body part of it
    text = "In the shower I couldn't really feel the water on my bum and between my legs"
    assert "saddle-area" in found(text)  # (the bum of a saddle numbness is the saddle area)


def test_nothing_like_that_in_a_later_clause_denies_what_was_talked_of() -> None:
    text = "Read that you should look out for a throbbing in the stomach, but I've got nothing like that."
    assert "pulsating-abdomen" in found(text, Status.ABSENT)
    own = "My legs are numb and the GP warned me about bladder problems, but I've got nothing like that"
    assert "numbness" in found(own)
    assert "bladder-dysfunction" in found(own, Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Rolled the ute on the weekend, walked away but now my spine's throbbing like mad.", "major-trauma"),
        ("i keep losing weight and idk why, back pain too", "unexplained-weight-loss"),
        (
            "Down about a stone since Christmas for no reason and this backache won't shift.",
            "unexplained-weight-loss",
        ),
        (
            "I woke up in a wet bed this morning, I never did that since I was a kid. My back is so painful.",
            "bladder-dysfunction",
        ),
    ],
)
def test_utes_idk_about_a_stone_and_a_wet_bed(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Madam, two weeks back they operated my disc, now again severe back pain is coming.",
            "recent-spinal-surgery",
        ),
        (
            "Doctor, my penis is not becoming hard since 4 days, from when the back pain started.",
            "sexual-dysfunction",
        ),
        (
            "in night the back pain is so much I cannot sleep, changing side also is not giving relief",
            "persistent-night-pain",
        ),
        (
            "Bearing down on the loo is a nightmare, sharp pain right in my lower spine.",
            "pain-worse-coughing-sneezing",
        ),
        (
            "Doctor, my back is bending to one side since one month, pain also is there.",
            "structural-deformity",
        ),
        ("New step in my lower spine I can feel with my fingers. Sore.", "structural-deformity"),
    ],
)
def test_operated_not_becoming_hard_no_relief_bearing_down_and_a_step(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_known_aneurysm_with_sudden_back_pain_and_shock_is_an_emergency() -> None:
    text = (
        "Known small aneurysm on surveillance, last scan 4.2cm. Sudden awful lower back pain an hour ago, "
        "I'm sweaty and feel like I'm going to pass out."
    )
    assert "burst-aneurysm-symptoms" in dict(flags(text))
    calm = (
        "I have a small aneurysm being monitored. My back went lifting a box, a bit sweaty from the effort."
    )
    assert "burst-aneurysm-symptoms" not in dict(flags(calm))
    assert "burst-aneurysm-symptoms" in asked(calm)


@pytest.mark.parametrize(
    "text",
    [
        "I wet the bed till I was about 8 lol, not since. My back is just sore from sitting on the floor.",
        "In the soap on telly a woman collapsed with chest pain and back pain. "
        "I've got a mild low back ache, nothing in my chest.",
        "My lola fell last week and can't walk, she's in the hospital po. My lower back is sore.",
        "Our dachshund has gone weak in both back legs, the vet thinks it's a disc. My lower back is sore.",
        "1. Chest pain - no 2. Dizziness/fainting - no 3. Pulsing in abdomen - no 4. Back pain - yes",
        "I leak a tiny bit of wee when I sneeze, I'm 7 months pregnant. My lower back aches from the bump.",
        "Lower back stiff, could it be my trainers? And what does 'saddle anaesthesia' mean?",
    ],
)
def test_childhood_fiction_grandmothers_pets_numbered_checklists_stress_leaks_and_terms(text: str) -> None:
    assert not [f for f in painkb.assess(KB, text=text).red_flags if f.urgency is Urgency.EMERGENCY]


def test_a_leak_is_asked_only_when_the_effort_is_its_own() -> None:
    assert "bladder-dysfunction" in asked("when I cough I wet myself a little, back aches")
    text = "I can't control my bladder and my back is agony, it gets worse when I cough"
    assert "bladder-dysfunction" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Fell head over heels for a memory foam mattress lol. Will it help the lower back ache?",
            "recent-injury",
        ),
        (
            "For the record: pain between the shoulder blades, no; upper back, no. It's lower back only.",
            "thoracic-back-pain",
        ),
        (
            "I've got a mild low back ache, nothing in my chest, but it scared me.",
            "chest-pain-with-back-pain",
        ),
    ],
)
def test_love_a_comma_no_and_a_phrase_made_no_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


def test_a_numb_patch_said_never_to_have_changed_in_years_is_asked() -> None:
    text = (
        "I've had a numb patch on the outside of my right thigh since my C-section 8 years ago, the "
        "doctors said a nerve got nicked and it has never changed. The lower back pain is the new thing."
    )
    assert "numbness-tingling-or-weakness" not in dict(flags(text))
    assert "numbness-tingling-or-weakness" in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("My back pain began two weeks ago and I'm 58 years old.", "new-back-pain-over-50"),
        (
            "My myeloma was diagnosed last year and suddenly I can't hold my wee properly.",
            "bladder-dysfunction",
        ),
        ("Since last month I've become more bent over and I'm shorter than I was.", "structural-deformity"),
        (
            "Since Friday the deadness in my thigh has crept down to my knee.",
            "progressive-neurological-deficit",
        ),
        (
            "There's a jolt of pain down my back whenever I have to push to open my bowels.",
            "pain-worse-coughing-sneezing",
        ),
        ("I'm 67, sudden crushing pain in my lower back and I blacked out", "burst-aneurysm-symptoms"),
    ],
)
def test_plain_sentences_of_a_second_blind_set(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_no_weakness_in_either_leg_denies_each_leg() -> None:
    # "either" after a denial is "any": reading it as "both" would deny only the pair
    text = "No weakness in either of my legs, just my lower back."
    assert "leg-weakness" in found(text, Status.ABSENT)


def test_a_start_years_ago_is_not_new_back_pain() -> None:
    assert "new-back-pain-over-50" not in dict(flags("I'm 70, my back pain started about 20 years ago"))
    assert "new-back-pain-over-50" not in dict(flags("I'm 70, my back pain started two years ago"))


def test_suddenly_alone_keeps_a_pets_reach() -> None:
    text = "Our dachshund has suddenly lost the use of both back legs. I've put my back out carrying him."
    assert not [f for f in painkb.assess(KB, text=text).red_flags if f.urgency is Urgency.EMERGENCY]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I haven't been able to pee for ages and my back is agony", "bladder-dysfunction"),
        ("both my legs always feel weak since the fall, back agony", "bilateral-leg-weakness"),
        ("since my back went I always feel numb down there", "saddle-anaesthesia"),
    ],
)
def test_for_ages_and_always_since_an_event_are_not_years(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I have diabetic neuropathy so my feet are always numb, and my lower back hurts since Monday",
            "numbness-tingling-or-weakness",
        ),
        (
            "My feet have been numb since I was diagnosed with diabetes in 2012. Back pain after gardening.",
            "numbness-tingling-or-weakness",
        ),
        (
            "the usual pins and needles in my feet from my neuropathy, but this back ache is new",
            "numbness-tingling-or-weakness",
        ),
        (
            "I've had weak legs since my stroke in 2016, I use a frame. Back ache from the new mattress.",
            "bilateral-leg-weakness",
        ),
    ],
)
def test_always_the_usual_and_a_lasting_cause_are_years(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))
    assert sign in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "this morning I noticed I couldn't feel the toilet paper, back pain since Tuesday",
            "saddle-anaesthesia",
        ),
        ("cnt feel my bum or my bits since my bk went", "saddle-anaesthesia"),
    ],
)
def test_found_out_and_text_speak(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_medicine_known_to_do_it_is_asked_about() -> None:
    text = "Trouble getting erections since starting my blood pressure tablets last year, and my back hurts"
    assert "sexual-dysfunction" not in dict(flags(text))
    assert "sexual-dysfunction" in asked(text)
    assert "sexual-dysfunction" not in dict(
        flags("Since starting sertraline I can't orgasm. My lower back hurts.")
    )


def test_a_synonym_of_a_synonym_is_read_through() -> None:
    # "buckled" is "gave way", and "gave" is "give": both legs giving way
    assert "bilateral-leg-weakness" in dict(
        flags("both legs buckled and I ended up on the floor. Back's been sore")
    )


@pytest.mark.parametrize(
    "text",
    [
        "trouble with erections on my blood pressure pills, back sore",
        "Erection trouble is old news, my doctor knows. Back hurts.",
        "Ever since my hysterectomy I've had trouble holding my bowels, it's managed. Back ache.",
    ],
)
def test_known_and_looked_after_is_asked_not_raised(text: str) -> None:
    assert not [f for f in painkb.assess(KB, text=text).red_flags if f.urgency is Urgency.EMERGENCY]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "The numb patch on my thigh is growing - it was the size of a 50p, now it's like my palm.",
            "progressive-neurological-deficit",
        ),
        (
            "The pins and needles that started in my foot have travelled up to my knee now. Back's sore.",
            "progressive-neurological-deficit",
        ),
        (
            "Sitting at my desk has become impossible - I'm down to 15 minutes at a time. Buttock pain.",
            "difficulty-with-mobility",
        ),
        (
            "I can't put my own socks on anymore because of my back and it's getting worse every week.",
            "difficulty-with-mobility",
        ),
    ],
)
def test_a_loss_that_grows_and_a_task_that_has_become_impossible(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_strength_test_impossible_now_is_no_loss_of_mobility() -> None:
    text = "Standing on tiptoe on my left side is impossible now, the calf just gives way. Back's easing."
    assert "difficulty-with-mobility" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "my legs gave out - both of them. Pain low in my back",
        "both legs just quit on me. back's been sore for weeks",
        "my legs won't hold me, neither of them, back is sore",
        "my legs are like spaghetti, both of them, I can barely stand. Back is cooked.",
        "both legs simply refused to hold me. My back has been troublesome",
        "my legs just folded under me. Back's been bad all week.",
        "my legs feel like concrete blocks, back pain",
    ],
)
def test_legs_that_fail_in_other_words(text: str) -> None:
    assert "bilateral-leg-weakness" in dict(flags(text))


def test_legs_that_have_not_given_out() -> None:
    assert "bilateral-leg-weakness" not in dict(flags("my legs haven't given out or anything, just my back"))


@pytest.mark.parametrize(
    "text",
    [
        "my left foot just dangles, back pain",
        "my foot catches on everything, back pain",
        "my toes scrape the ground when I walk, back pain",
        "my foot goes clop clop on the floor, back pain",
        "I'm dragging my right leg behind me, back pain",
    ],
)
def test_a_dropped_foot_in_other_words(text: str) -> None:
    assert "foot-drop-weakness" in dict(flags(text))
    assert "foot-drop-weakness" not in dict(flags("my foot is lifting fine, no dragging, back pain"))


@pytest.mark.parametrize(
    "text",
    [
        "My lower back hurts more when climbing the stairs at work.",
        "I can't stand up straight anymore since I bent over the bath, lower back is locked.",
    ],
)
def test_climbing_stairs_and_standing_up_straight_are_no_loss_of_mobility(text: str) -> None:
    assert "difficulty-with-mobility" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "my legs feel feebler and feebler",
        "Each day my right leg feels more dead than the day before.",
        "my leg feels more numb than yesterday",
    ],
)
def test_a_comparative_said_twice_or_against_an_earlier_time_is_worsening(text: str) -> None:
    assert "progressive-neurological-deficit" in dict(flags(text))


def test_a_comparative_of_getting_better_is_no_worsening() -> None:
    from painkb.understand.words import modifiers_in

    assert not [m for m in modifiers_in("my foot is getting better and better") if m[2] == "worsening"]
    assert [m for m in modifiers_in("the numbness is creeping further and further") if m[2] == "worsening"]


@pytest.mark.parametrize(
    "text",
    [
        "my clothes are falling off me and i havent been dieting, and my back hurts",
        "I've lost weight and my back hurts, I'm not trying",
    ],
)
def test_weight_lost_with_a_diet_denied_is_unexplained(text: str) -> None:
    assert "unexplained-weight-loss" in dict(flags(text))


def test_weight_lost_on_a_diet_is_not_raised() -> None:
    assert "unexplained-weight-loss" not in dict(flags("lost 2 stone on my diet and my back feels better"))


@pytest.mark.parametrize(
    "text",
    [
        "pain halfway up my spine",
        "the top half of my back is really hurting",
        "There's an ache in my spine right around where my bra strap sits.",
    ],
)
def test_the_mid_back_in_lay_words_with_pain_is_thoracic_pain(text: str) -> None:
    assert "thoracic-back-pain" in dict(flags(text))


def test_a_comparison_with_yesterday_after_a_time_word_is_worsening() -> None:
    text = "My back's been sore and now my left leg feels weak. It's worse today than it was yesterday."
    assert "progressive-neurological-deficit" in dict(flags(text))
    assert "progressive-neurological-deficit" not in dict(flags("my back is better today than yesterday"))


@pytest.mark.parametrize(
    "text",
    [
        "I've noticed a hump on my back that wasn't there before.",
        "Noticed in the mirror that I've got a hump at the top of my back that wasn't there last year.",
    ],
)
def test_a_change_said_not_to_have_been_there_is_new(text: str) -> None:
    assert "structural-deformity" in dict(flags(text))


def test_a_hump_not_said_new_is_asked() -> None:
    assessment = painkb.assess(KB, text="I have a hump on my back")
    assert "structural-deformity" not in {f.warning_sign.id for f in assessment.red_flags}
    assert "structural-deformity" in {q.warning_sign.id for q in assessment.questions if q.prompted}


def test_fine_until_a_massive_pain_with_a_faint_and_sweat_is_sudden() -> None:
    text = (
        "I was fine this morning, then in Tesco I got a massive pain in my lower back and stomach "
        "and had to sit on the floor. I felt faint and cold and sweaty."
    )
    assert ("burst-aneurysm-symptoms", Urgency.EMERGENCY) in flags(text)
    assert "burst-aneurysm-symptoms" not in dict(
        flags("I was fine this morning but my back is awful now after lifting, bit sweaty from the gym")
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I've had a kidney transplant for 11 years. My back ache is the same old one I've had "
            "since before the transplant.",
            "immunosuppression",
        ),
        (
            "I had bowel cancer 7 years ago. My lower back pain is the same as it's been for decades.",
            "history-of-cancer",
        ),
    ],
)
def test_a_sign_of_new_back_pain_with_only_an_old_back_pain_is_asked(text: str, sign: str) -> None:
    assessment = painkb.assess(KB, text=text)
    assert sign not in {f.warning_sign.id for f in assessment.red_flags}
    assert sign in {q.warning_sign.id for q in assessment.questions if q.prompted}


def test_a_sign_of_new_back_pain_with_an_old_pain_gone_new_is_raised() -> None:
    text = "I'm on methotrexate. My back has ached for years but since Tuesday it's agony"
    assert "immunosuppression" in dict(flags(text))


def test_an_infection_months_ago_is_asked_and_one_weeks_ago_raised() -> None:
    old = painkb.assess(KB, text="I had a UTI three months ago and now my back hurts")
    assert "recent-bacterial-infection" not in {f.warning_sign.id for f in old.red_flags}
    assert "recent-bacterial-infection" in {q.warning_sign.id for q in old.questions if q.prompted}
    assert "recent-bacterial-infection" in dict(flags("I had a UTI two weeks ago and now my back hurts"))


def test_a_trip_down_the_stairs_that_leaves_the_person_unable_to_stand_is_raised() -> None:
    assert "unable-to-bear-weight-after-fall" in dict(
        flags("tripped down the stairs and cant stand up on my left leg")
    )


@pytest.mark.parametrize(
    "text",
    [
        "tripped up on my words and my back hurts, can't stand it",
        "fell over and I can't stand the pain in my back",
    ],
)
def test_cannot_stand_it_is_no_inability_to_stand(text: str) -> None:
    assert "unable-to-bear-weight-after-fall" not in dict(flags(text))


def test_a_near_thing_is_asked_not_raised() -> None:
    text = "That vindaloo nearly made me poo myself lol, anyway my lower back is tight from the long drive."
    assessment = painkb.assess(KB, text=text)
    assert "bowel-dysfunction" not in {f.warning_sign.id for f in assessment.red_flags}
    assert "bowel-dysfunction" in {q.warning_sign.id for q in assessment.questions if q.prompted}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Should I worry about swelling on one side of my bottom? It's warm to touch and sore.",
            "swelling-or-inflammation",
        ),
        (
            "should i be worried about pain in my chest and back at the same time? im 45",
            "chest-pain-with-back-pain",
        ),
        (
            "Do I need A&E if I've gone numb round my back passage and can't tell if I need a wee?",
            "saddle-anaesthesia",
        ),
        (
            "Is it a bad sign if back pain keeps me awake all night even when I turn over? Weeks now.",
            "persistent-night-pain",
        ),
    ],
)
def test_a_worry_asked_of_the_writers_own_situation_raises_it(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Do I need A&E if I lose feeling down there?",
        "Should I be worried about numbness in the saddle area?",
        "Do I need A&E if I've had back pain and I might lose feeling down there?",
    ],
)
def test_a_worry_asked_of_what_may_come_or_in_general_only_asks(text: str) -> None:
    assert "saddle-anaesthesia" not in dict(flags(text))


def test_someone_elses_teenager_is_someone_else() -> None:
    text = "my teenager keeps getting tingly feet and says her back hurts, should I take her to the GP?"
    assert not flags(text)


def test_a_faint_and_a_drenching_sweat_with_sudden_tummy_and_back_pain_is_an_emergency() -> None:
    text = (
        "Is it normal to almost pass out from back pain? Came on out of nowhere an hour ago, really "
        "bad across my stomach and back and I'm drenched in sweat."
    )
    assert ("burst-aneurysm-symptoms", Urgency.EMERGENCY) in flags(text)


def test_since_an_event_years_ago_is_years_of_it() -> None:
    text = (
        "I've had less feeling down there since my prolapse surgery years ago, it was explained to me "
        "at the time. My back ache is old and exactly the same as always."
    )
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in dict(
        flags("I've had no feeling down there since my car crash 3 days ago and my back is agony")
    )


def test_i_d_a_is_i_had_a() -> None:
    assert "recent-injury" in dict(flags("I'd a fall on Monday and my back is agony"))


def test_a_walking_aid_used_for_years_is_no_increasing_difficulty() -> None:
    text = "I've used a walking stick since my hip replacement 5 years ago and I get on fine with it."
    assessment = painkb.assess(KB, text=text)
    assert "difficulty-with-mobility" not in {f.warning_sign.id for f in assessment.red_flags}
    assert "difficulty-with-mobility" in {q.warning_sign.id for q in assessment.questions if q.prompted}
    assert "difficulty-with-mobility" in dict(
        flags("I've used a stick for years but now I can barely walk to the shop, my back is agony")
    )


def test_my_normal_activities_are_no_years_of_it() -> None:
    text = "the pain in my bum is stopping me doing my normal activities"
    assert "difficulty-with-mobility" in dict(flags(text))
    # (a pain of no place said: asked, since an ankle or a stroke may be why)
    assert "difficulty-with-mobility" in asked("the pain is stopping me doing my normal activities")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("I'm worried the pain in my spine could be cancer.", "lower-back-pain"),
        ("My biggest fear is that the back pain is cancer.", "lower-back-pain"),
        ("Not sure if the numbness in my leg is getting worse", "numbness"),
    ],
)
def test_a_doubt_of_what_a_finding_is_leaves_the_finding_had(text: str, entity: str) -> None:
    assert entity in found(text)


def test_a_worry_that_a_numb_bum_is_cauda_equina_raises_the_numbness() -> None:
    assert ("saddle-anaesthesia", Urgency.EMERGENCY) in flags(
        "I'm worried the numbness around my bum is cauda equina"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm worried the numbness is coming back",
        "I've heard losing bladder control is one of the signs",
        "We were taught that sudden back pain with fainting can be an aneurysm.",
    ],
)
def test_what_may_come_or_is_heard_stays_doubted(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ive had no temprature or chills with this backache.",
        "no numbness with the back pain",
        "Coughing and sneezing don't make my back pain any worse.",
    ],
)
def test_a_finding_brought_in_as_known_after_a_denial_is_had(text: str) -> None:
    assert "lower-back-pain" in found(text)


def test_cannot_tell_if_doubts_but_cannot_tell_if_i_need_is_a_lost_feeling() -> None:
    doubted = (
        "I can't tell if my legs are actually weak or if I'm just exhausted from not sleeping with this back."
    )
    assert "leg-weakness" in found(doubted, Status.UNCERTAIN)
    assert not flags(doubted)
    assert "bladder-dysfunction" in dict(flags("I can't tell if I need a wee and my back is agony"))


def test_a_cancer_under_control_is_still_a_past_cancer() -> None:
    text = (
        "I've got prostate cancer that's been under control, but now my back's started hurting "
        "and my legs feel weak and heavy when I walk."
    )
    assert ("cancer-with-new-neurological-symptoms", Urgency.EMERGENCY) in flags(text)
    assert "history-of-cancer" not in dict(flags("I've never had cancer and my back hurts"))
    assert "history-of-cancer" not in dict(flags("I don't have cancer, my back hurts"))
    # a denial among the words of one phrase ("back pain ... cancer") still denies what follows it
    assert "history-of-cancer" not in dict(flags("back pain started this week, never had cancer"))
    controlled = "I had prostate cancer that's been under control and my back hurts"
    assert "history-of-cancer" in dict(flags(controlled))


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("My dad's back kills him every time he coughs; my back is just a bit stiff.", False),
        ("when she sneezes her back goes, mine is just stiff", False),
        ("my back kills me every time I cough", True),
        ("every time I sneeze my lower back feels like it will snap", True),
    ],
)
def test_only_the_writers_own_cough_sets_off_the_back(text: str, raised: bool) -> None:
    assert ("pain-worse-coughing-sneezing" in dict(flags(text))) is raised


def test_nothing_in_a_place_denies_it() -> None:
    text = "pain is only in my lower back, nothing in my upper back"
    assert "thoracic-back-pain" not in dict(flags(text))
    assert "mid-back" in found(text, Status.ABSENT)
    assert "bladder-dysfunction" in dict(flags("nothing comes out when I try to pee and my back is agony"))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("I've had 2 months of pain deep in my buttock", 60),
        ("three weeks of back pain", 21),
        ("a month of agony", 30),
    ],
)
def test_a_time_of_pain_is_a_duration(text: str, days: int) -> None:
    duration = painkb.interpret(KB, text).duration
    assert duration is not None
    assert duration.days == days


def test_months_of_buttock_pain_raise_persistent_buttock_pain() -> None:
    assert "persistent-gluteal-pain" in dict(flags("I've had 2 months of pain deep in my buttock"))


def test_an_exertion_told_as_a_comparison_does_not_pass() -> None:
    text = "Both my legs feel heavy and weak, like I've run a marathon but I haven't. My back hurts."
    assert ("bilateral-leg-weakness", Urgency.EMERGENCY) in flags(text)
    # ... while an exertion that was done still passes
    assert "bilateral-leg-weakness" not in dict(flags("my legs feel like jelly after the gym"))


def test_one_side_weaker_than_the_other_is_no_worsening() -> None:
    assert "progressive-neurological-deficit" not in dict(flags("my left leg is weaker than my right"))
    assert "progressive-neurological-deficit" in dict(flags("my left leg is weaker than it was last week"))


@pytest.mark.parametrize(
    "text",
    [
        "pooed myself laughing at the comedy show lol, my back aches from the seats",
        "I nearly shat myself laughing and now my lower back hurts",
    ],
)
def test_soiling_oneself_laughing_is_a_figure_of_speech(text: str) -> None:
    assert "bowel-dysfunction" not in dict(flags(text))
    assert "lower-back-pain" in found(text)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("13 year old daughter has back pain for the first time, should i worry", "lower-back-pain"),
        ("13 yo son has back pain for the first time", "lower-back-pain"),
        ("Mother has osteoporosis, just lifted a shopping bag and now terrible back pain", "osteoporosis"),
        ("80yo mum fell and can't stand up", "recent-injury"),
    ],
)
def test_a_relative_named_after_an_age_or_without_my_is_someone_else(text: str, theirs: str) -> None:
    it = painkb.interpret(KB, text)
    assert theirs in found(text, Status.OTHER_PERSON)
    assert it.age is None
    assert flags(text) == []


def test_an_age_of_the_writer_before_a_person_word_is_still_theirs() -> None:
    assert painkb.interpret(KB, "I'm a 67 year old woman and my back hurts").age == 67
    assert painkb.interpret(KB, "I'm 13 year old and my back hurts for the first time").age == 13


def test_still_as_yet_is_not_lying_still() -> None:
    assert "persistent-night-pain" not in dict(flags("back still a bit achy from lying in bed"))
    assert "persistent-night-pain" in dict(flags("my back hurts even lying still at night"))


def test_a_sign_said_and_then_denied_in_one_sentence_is_asked() -> None:
    text = "my back is sore from coughing all night, but coughing doesnt make it worse"
    assert "pain-worse-coughing-sneezing" not in dict(flags(text))
    assert "pain-worse-coughing-sneezing" in asked(text)
    # denied first, then said: the last word holds
    assert "radiating-leg-pain" in dict(
        flags("no pain down my leg when I sit, but when I walk it shoots down my leg")
    )


@pytest.mark.parametrize(
    "text", ["I'm 50 and I have back pain", "I'm 50 and I've had bouts of back pain before"]
)
def test_an_age_with_back_pain_not_said_to_be_new_asks(text: str) -> None:
    assert "new-back-pain-over-50" not in dict(flags(text))
    assert "new-back-pain-over-50" in asked(text)


def test_an_age_with_back_pain_said_to_be_new_raises() -> None:
    assert "new-back-pain-over-50" in dict(flags("I'm 67 and my back has started hurting"))
    assert "new-back-pain-over-50" in dict(flags("I'm 50 and this is the first time I have had back pain"))


def test_a_story_of_someone_elses_aneurysm_is_not_the_writers() -> None:
    text = (
        "My mate's dad was 74 and had been moaning about his back for a week, then one evening he got "
        "this sudden savage pain in his stomach and back, went grey and sweaty and passed out. "
        "I'm 52 and my own back has ached on and off for ten years."
    )
    assert "burst-aneurysm-symptoms" not in dict(flags(text))
    assert "burst-aneurysm-symptoms" in asked(text)
    own = "Sudden severe pain in my tummy and back, I'm grey and sweaty, 70"
    assert ("burst-aneurysm-symptoms", Urgency.EMERGENCY) in flags(own)


def test_a_loss_said_back_to_normal_later_is_asked() -> None:
    text = (
        "At the end of the spin class both my legs felt like jelly. My lower back was tight too. "
        "By the time I'd had a shower my legs were back to normal."
    )
    assert "bilateral-leg-weakness" not in dict(flags(text))
    assert "bilateral-leg-weakness" in asked(text)
    still = "Both my legs went weak yesterday. They are not back to normal and my back hurts."
    assert ("bilateral-leg-weakness", Urgency.EMERGENCY) in flags(still)


@pytest.mark.parametrize(
    "text",
    [
        "Sat on the stone steps all day and my bum went numb, but it was back within ten minutes.",
        "Numb bum on the long ride home, fine by the time I'd eaten. Back a bit stiff.",
        "Lay on the hard floor and my bottom went numb; rolled over and it sorted itself out.",
        "After the injection my backside felt numb for about two hours, as the nurse said it would.",
        "My bum goes numb if I sit in the car too long. Lower back aches.",
        "My groin went numb on the saddle and then the feeling came right on the walk home. Back is stiff.",
    ],
)
def test_a_numb_saddle_said_to_have_come_back_is_asked(text: str) -> None:
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "My bum went numb on Monday and the feeling still hasn't come back. My back hurts.",
        "My bum went numb yesterday and it never came back. My back hurts.",
        "The numbness around my bottom keeps coming back and my back hurts.",
        "My saddle area has been numb for six hours and my back hurts.",
        "Numb around my back passage, and it stays numb until I've lain flat for an hour. Back pain.",
    ],
)
def test_a_numb_saddle_not_said_to_have_come_back_raises(text: str) -> None:
    assert ("saddle-anaesthesia", Urgency.EMERGENCY) in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My bum goes numb on my bike every ride. Lower back is a bit stiff.",
        "Whenever I cycle more than an hour my perineum goes numb. Back aches a bit.",
        "Gaming for hours gives me a dead bum. Back aches.",
        "My balls go numb on the saddle after about forty miles. Back is stiff.",
        "After my colonoscopy my back passage felt numb for the afternoon. Back aches.",
        "Had a heat pad on all evening and the skin on my bum went numb. Back aches.",
        "I'd feel numb down below if it was serious, wouldn't I? Back hurts.",
    ],
)
def test_a_numb_saddle_told_as_a_habit_a_cause_or_a_supposition_is_no_emergency(text: str) -> None:
    assert "saddle-anaesthesia" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Since yesterday my saddle area is numb; I first noticed it at my desk. My back is killing me.",
        "My groin has been numb since I came off my bike on Tuesday, and my back hurts.",
        "My bum and groin feel numb like I've been on a bike for hours, and my back hurts.",
    ],
)
def test_a_numb_saddle_noticed_at_a_desk_after_a_crash_or_in_a_comparison_raises(text: str) -> None:
    assert ("saddle-anaesthesia", Urgency.EMERGENCY) in flags(text)


def test_a_saddle_numb_with_cold_is_asked() -> None:
    text = "Sitting on the frozen bench my bum went numb with cold. My back aches."
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in asked(text)


def test_nothing_around_the_saddle_denies_it() -> None:
    text = "Pins and needles in both feet when I stand, and my back aches. Nothing at all around the groin."
    assert "saddle-anaesthesia" not in dict(flags(text))
    numb = "My back aches and I can feel nothing around my bum."
    assert ("saddle-anaesthesia", Urgency.EMERGENCY) in flags(numb)


def test_sex_back_to_normal_next_morning_is_asked() -> None:
    text = (
        "After a night out I couldn't get it up, and my back ached. Next morning it was all back to normal."
    )
    assert "sexual-dysfunction" not in dict(flags(text))
    assert "sexual-dysfunction" in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I have temperature 38 and lower back is very painful", "fever-with-back-pain"),
        ("was thrown off my quad bike at speed yesterday, back very sore", "major-trauma"),
        ("I tripped over the step and now I cant put my foot down", "unable-to-bear-weight-after-fall"),
        (
            "the pain deep in my bum cheek is makin it harder n harder to walk to the shops, "
            "used to do it no bother, now i stop evry 50 metres",
            "difficulty-with-mobility",
        ),
    ],
)
def test_everyday_wordings_of_a_sign_raise_it(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_an_ability_told_as_past_is_no_history_of_the_finding() -> None:
    text = "my buttock pain is making it harder and harder to walk, I used to do it no bother"
    assert "difficulty-with-mobility" in found(text)
    assert "sciatica" in found("I used to get sciatica", Status.HISTORICAL)


@pytest.mark.parametrize(
    "text",
    [
        "Whenever I sneeze or cough it's like someone flicks a lightning switch down that leg",
        "Disc bulge at L4/5. Sneezing is a nightmare, it shoots down both legs at once.",
    ],
)
def test_a_cough_that_sets_off_the_pain_down_the_leg_raises(text: str) -> None:
    assert "pain-worse-coughing-sneezing" in dict(flags(text))


def test_a_lost_feeling_of_needing_to_go_is_bowel_dysfunction() -> None:
    text = "In the last week I've lost the feeling of when I need to open my bowels, and my lower back aches"
    assert ("bowel-dysfunction", Urgency.EMERGENCY) in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "lower back pain for six weeks. It wakes me every night and it doesn't matter which way I lie.",
        "lower back pain for six weeks. It wakes me at 2 or 3 every night, and it doesn't matter if I lie "
        "on my side or my back, it just keeps grinding away.",
    ],
)
def test_it_that_wakes_the_person_after_a_pain_is_the_pain(text: str) -> None:
    assert "night-pain" in found(text)
    assert "persistent-night-pain" in dict(flags(text))


def test_an_injury_at_an_age_is_no_age_now() -> None:
    assert painkb.interpret(KB, "I broke my back at 19 and it aches now and then").age is None
    assert painkb.interpret(KB, "Back pain at 67, first time ever").age == 67


def test_a_leak_when_sneezing_is_no_pain_set_off() -> None:
    text = "i leak a bit when i sneeze but ive had 3 kids, been like that for years, nothing new with my back"
    assert "pain-worse-coughing-sneezing" not in dict(flags(text))
    cold = "I've had a cold for a week and every time I cough my lower back screams."
    assert "pain-worse-coughing-sneezing" in dict(flags(cold))


@pytest.mark.parametrize(
    ("text", "not_raised"),
    [
        (
            "I misjudged a kerb, just jarred down on one foot, and felt a sharp pain across my lower back.",
            "radiating-leg-pain",
        ),
        (
            "crook back for a month with pain down my left leg. I nearly went arse over on the step",
            "persistent-gluteal-pain",
        ),
    ],
)
def test_landing_hard_and_a_tumble_are_no_findings_of_their_own(text: str, not_raised: str) -> None:
    assert not_raised not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Could my back pain be cancer? I'm terrified of ending up like my aunt, who had bone cancer.",
            "history-of-cancer",
        ),
        ("my wee is fine and nothing's numb, my back just aches", "numbness-tingling-or-weakness"),
        (
            "I've got osteoporosis, but this back pain is the same ache I've had for years, nothing sudden.",
            "minor-trauma-with-osteoporosis",
        ),
        (
            "Tingly bum after cycling 80 miles on a new saddle yesterday, but it was gone by this morning.",
            "saddle-anaesthesia",
        ),
    ],
)
def test_what_is_someone_elses_denied_or_over_is_not_raised(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Every coughing fit with my asthma sends a bolt through my lower back",
            "pain-worse-coughing-sneezing",
        ),
        (
            "I fell in the bathroom last night and can't get my leg to take my weight",
            "unable-to-bear-weight-after-fall",
        ),
        ("my back pain wakes me every night and turning over does nothing", "persistent-night-pain"),
    ],
)
def test_more_everyday_wordings_of_a_sign_raise_it(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_child_named_by_their_age_is_someone_else() -> None:
    text = "My 12-year-old has had a fever and back pain for three days."
    assert "fever-with-back-pain" not in dict(flags(text))
    assert "fever-with-back-pain" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sat on the bleachers for three hours and my butt went totally numb. "
        "The feeling came back about a minute after I stood up.",
        "My foot went to sleep while I was sitting cross-legged on the floor, "
        "and I had pins and needles for a minute when I got up.",
    ],
)
def test_a_numbness_that_passed_is_asked_not_raised(text: str) -> None:
    assert flags(text) == []
    assert asked(text) & {"saddle-anaesthesia", "numbness-tingling-or-weakness"}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Since last night I can't tell when my bladder is full and I'm numb where I sit.",
            "saddle-anaesthesia",
        ),
        (
            "I'm 70. One shoulder blade sticks out more than it used to and my clothes hang differently, "
            "and my upper back has started hurting.",
            "structural-deformity",
        ),
    ],
)
def test_a_sign_told_by_what_is_seen_or_felt_raises(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def about_others(text: str) -> set[str]:
    return {f.warning_sign.id for f in painkb.assess(KB, text=text).about_others}


def test_a_sign_said_in_part_of_someone_else_is_completed_by_what_else_is_said_of_them() -> None:
    text = "My husband has prostate cancer. His back hurts and he is wetting himself."
    assert flags(text) == []
    assert {"history-of-cancer", "cancer-with-new-neurological-symptoms"} <= about_others(text)
    assert "history-of-cancer" in found(text, Status.OTHER_PERSON)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("My dad, 74, is now complaining of a back pain he's never had before.", "new-back-pain-over-50"),
        (
            "My mother-in-law, 82, has osteoporosis and was lifting a full kettle when her back went with a "
            "sharp pain.",
            "minor-trauma-with-osteoporosis",
        ),
        (
            "My wife, 70, has osteoporosis and hurt her back reaching up to a high shelf yesterday.",
            "minor-trauma-with-osteoporosis",
        ),
    ],
)
def test_their_age_and_their_events_give_their_signs(text: str, theirs: str) -> None:
    assert theirs in about_others(text)
    assert theirs not in dict(flags(text))


def test_their_age_is_read_apart_from_the_writers() -> None:
    from painkb.understand.quantities import their_age_in

    assert their_age_in("Please my mother is 68 years, she missed her step") == 68
    assert their_age_in("My sister (54) is having chemo") == 54
    assert their_age_in("Mum, 76, is the other worry") == 76
    assert their_age_in("I'm 40 and my back hurts") is None
    assert painkb.interpret(KB, "My dad, 74, has back pain").age is None


def test_what_the_writer_and_another_both_do_is_the_writers() -> None:
    text = "Me and my mate both inject. I've had a stiff back myself this last week."
    assert "iv-drug-use" in dict(flags(text))
    parents = "My mum and dad both inject. My back is stiff."
    assert "iv-drug-use" not in dict(flags(parents))


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        (
            "My husband slid off the edge of the bed last night and now can't put his foot down at all",
            "unable-to-bear-weight-after-fall",
        ),
        (
            "my mother missed her step on the stairs last week and now she cannot stand on her right leg",
            "unable-to-bear-weight-after-fall",
        ),
        (
            "My mum's been getting pain deep in her right buttock since before Easter, about two months now.",
            "persistent-gluteal-pain",
        ),
    ],
)
def test_their_falls_and_how_long_give_their_signs(text: str, theirs: str) -> None:
    assert theirs in about_others(text) | asked(text)
    assert theirs not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "not_asked"),
    [
        ("A hot water bottle on my lower back helps a bit.", "fever-with-back-pain"),
        ("A hot water bottle on my lower back helps a bit.", "saddle-anaesthesia"),
        ("I've been doing the bridges the physio gave me for my hip.", "bilateral-leg-weakness"),
        ("I hurt my lower back lifting a heavy box at work.", "bilateral-leg-weakness"),
    ],
)
def test_everyday_words_of_a_thing_or_a_task_ask_nothing(text: str, not_asked: str) -> None:
    assert not_asked not in asked(text)


def test_a_warm_feeling_still_asks_about_a_fever() -> None:
    assert (
        "fever-with-back-pain"
        in asked("I feel hot and shivery and my back aches")
        | dict(flags("I feel hot and shivery and my back aches")).keys()
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I had the big C in my prostate five years back, and this week my lower back has started aching.",
            "history-of-cancer",
        ),
        (
            "I'm on the tablets that stop my body rejecting my new kidney, and now my lower back aches.",
            "immunosuppression",
        ),
        ("I've shrunk two inches this year and my back aches.", "structural-deformity"),
    ],
)
def test_signs_told_in_other_words_raise(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_looking_shrunk_is_a_look() -> None:
    assert "structural-deformity" not in dict(flags("My back aches. My mum says I look like I've shrunk."))


def test_it_that_travels_down_a_leg_is_a_pain() -> None:
    text = "It started down my right leg, but over the last two days it has spread into the left one too."
    assert "bilateral-sciatica" in dict(flags(text))
    assert "radiating-leg-pain" not in dict(flags("My foot is numb and it goes up my shin"))


def test_a_pronoun_after_a_one_word_question_is_the_part_asked_of() -> None:
    text = "Legs? Both of them have gone weak. It's like they don't belong to me."
    assert ("bilateral-leg-weakness", Urgency.EMERGENCY) in flags(text)


def test_a_numbness_said_gone_in_the_next_sentence_is_asked() -> None:
    text = "My bum went numb after five hours on a bike saddle. It was gone after a hot bath."
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in asked(text)
    worse = "Both legs went weak on Monday and it has gone worse since"
    assert "bilateral-leg-weakness" in dict(flags(worse))


def test_pain_that_travels_a_long_way_down_to_the_knee_radiates() -> None:
    text = "The pain runs from my lower back into my left buttock and down as far as my knee."
    assert "radiating-leg-pain" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "My stitches after the birth left things a bit numb down below for a few weeks, but the health "
            "visitor says feeling has come back properly now. It's my lower back that hurts.",
            "saddle-anaesthesia",
        ),
        (
            "Had norovirus last week and my legs were like jelly from being dehydrated, back ached too. "
            "I'm eating again and my legs feel strong now.",
            "bilateral-leg-weakness",
        ),
        (
            "Wild swimming at nine degrees and everything from the waist down went numb, bum included, "
            "but it all thawed out in the car. My lower back is stiff.",
            "saddle-anaesthesia",
        ),
        (
            "After the fall at netball I couldn't put my foot down for about ten minutes, but the physio "
            "strapped my ankle and I walked off the court.",
            "unable-to-bear-weight-after-fall",
        ),
        (
            "My six-year-old has started wetting the bed again and hauling sheets has done my back in.",
            "bladder-dysfunction",
        ),
        (
            "I'm midway through chemo for ovarian cancer and it's left my feet numb, which the team told "
            "me to expect. My back hurts from the hospital trolley.",
            "cancer-with-new-neurological-symptoms",
        ),
    ],
)
def test_an_emergency_that_passed_is_explained_or_is_someone_elses_is_not_raised(
    text: str, sign: str
) -> None:
    assert sign not in dict(flags(text))


def test_an_emergency_said_now_still_raises() -> None:
    assert "unable-to-bear-weight-after-fall" in dict(
        flags("I fell in the garden and I can't put my foot down at all")
    )
    assert "saddle-anaesthesia" in dict(flags("Since yesterday my bum is numb and my lower back aches"))


def test_on_steroids_as_a_manner_of_speaking_is_no_medicine() -> None:
    text = "After spin class both thighs are on fire, like DOMS on steroids, and my lower back's a bit tight."
    assert "immunosuppression" not in dict(flags(text))
    assert "immunosuppression" in dict(
        flags("I've been on steroids for my asthma for years and my back hurts")
    )


@pytest.mark.parametrize(
    "text",
    [
        "My buttock has been hurting since August. Now getting in and out of the car is a struggle.",
        "My right hip and bum have ached since September. Sitting on the bus to work is unbearable now.",
    ],
)
def test_an_activity_told_as_a_struggle_now_is_increasing_difficulty(text: str) -> None:
    assert "difficulty-with-mobility" in dict(flags(text))


def test_a_weakness_told_as_impossible_now_is_not_difficulty_with_mobility() -> None:
    text = "Standing on tiptoe on my left side is impossible now, though the back pain itself is easing."
    assert "difficulty-with-mobility" not in dict(flags(text))


def test_a_working_bladder_stays_denied_before_a_complaint_of_its_own() -> None:
    assert "bladder-dysfunction" in found("wee is normal, a stiff low back every morning", Status.ABSENT)
    assert "bladder-dysfunction" in asked("wee is fine, I'm just going every 10 minutes")


def test_a_carers_own_strain_and_their_relatives_fall_are_told_apart() -> None:
    text = "my nan slid off her chair this morning and can't put her foot down, I've hurt my back lifting her"
    assert "unable-to-bear-weight-after-fall" in about_others(text)
    assert "unable-to-bear-weight-after-fall" not in dict(flags(text))


def test_a_part_had_at_a_time_gone_does_not_complete_a_sign_with_todays_pain() -> None:
    text = (
        "The cardiologist said the chest pain I had in March was pericarditis and it's fully settled. "
        "My back pain this week is low down."
    )
    assert "chest-pain-with-back-pain" not in dict(flags(text))
    assert "chest-pain-with-back-pain" in asked(text)
    assert ("chest-pain-with-back-pain", Urgency.EMERGENCY) in flags("I have chest pain. My back hurts too.")


@pytest.mark.parametrize(
    ("text", "pain_in_the_legs"),
    [
        ("I have pain in my back and my legs", {"leg-pain"}),
        ("My back hurts and both legs", {"bilateral-leg-pain"}),
    ],
)
def test_places_after_and_belong_to_the_same_finding(text: str, pain_in_the_legs: set[str]) -> None:
    assert pain_in_the_legs <= found(text)


def test_legs_with_a_state_of_their_own_after_and_do_not_share_the_backs_pain() -> None:
    text = "My back hurts and both my legs feel weak."
    assert {"bilateral-leg-weakness", "lower-back-pain"} <= found(text)
    assert not {"bilateral-sciatica", "bilateral-leg-pain"} & found(text)
    assert "bilateral-sciatica" not in about_others("His back hurts and both his legs feel weak.")


def test_the_second_leg_aching_from_limping_is_no_sciatica_in_both_legs() -> None:
    text = "My right leg has nerve pain down it; the left one just aches from limping to protect the right."
    assert "radiating-leg-pain" in dict(flags(text))
    assert "bilateral-sciatica" not in dict(flags(text))
    assert "bilateral-sciatica" in dict(flags("My right leg has sciatica and now the left one has it too."))


@pytest.mark.parametrize(
    "text",
    [
        "My chest feels tight because of my asthma, same every winter. My lower back aches too.",
        "Chest pain from all the coughing and my lower back is sore",
    ],
)
def test_a_chest_symptom_with_a_harmless_cause_of_its_own_is_asked_not_raised(text: str) -> None:
    assert "chest-pain-with-back-pain" not in dict(flags(text))
    assert "chest-pain-with-back-pain" in asked(text)


def test_cant_put_weight_on_a_leg_asks_nothing_of_weight_loss() -> None:
    assert "unexplained-weight-loss" not in asked("I can't put weight on my leg since the fall")
    assert "unexplained-weight-loss" in dict(flags("I've lost weight without trying and my back aches"))


def test_a_clause_that_names_no_one_goes_on_about_the_person_before_it() -> None:
    for text in ("My dad's back is bad, both legs are numb", "My dad's back is bad and both legs are numb"):
        assert "bilateral-leg-weakness" in about_others(text)
        assert "bilateral-leg-weakness" not in dict(flags(text))
    assert "numbness-tingling-or-weakness" in dict(flags("My dad has sciatica, my legs are numb"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("My age is 68. My back pain started last week.", "new-back-pain-over-50"),
        ("My lower back and bottom pain already half year.", "persistent-gluteal-pain"),
        ("Came off my skateboard yesterday onto my backside, my back hurts.", "recent-injury"),
        (
            "Back pain for two months, from last 2 days I cannot feel when I need toilet for stool",
            "bowel-dysfunction",
        ),
    ],
)
def test_more_everyday_wordings_of_a_sign(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_stool_is_the_bowel_not_the_bladder() -> None:
    text = "Back pain from disc since 2 month but from last 2 days I cannot feel when I need toilet for stool"
    assert "bladder-dysfunction" not in dict(flags(text))


def test_a_shoe_or_a_foot_that_falls_is_no_fall_of_the_person() -> None:
    text = "Now my foot is falling, I cannot lift the toes up, and when I walk my chinelo falls off."
    raised = dict(flags(text))
    assert "foot-drop-weakness" in raised
    assert not {"recent-injury", "unable-to-bear-weight-after-fall"} & set(raised)


def test_a_general_statement_of_what_a_symptom_may_mean_is_no_history() -> None:
    text = (
        "I keep reading that back pain can be a sign of cancer and now I can't stop worrying. "
        "I've never had cancer."
    )
    assert "history-of-cancer" not in dict(flags(text))
    assert "history-of-cancer" in found("no sign of cancer on the scan and my back hurts", Status.ABSENT)


def test_a_sign_said_then_its_function_said_normal_later_is_asked() -> None:
    text = (
        "Last month I had flu with a proper high temperature, but I was fully over it within a "
        "fortnight. Now my back only started hurting yesterday. My temperature is normal and I feel well."
    )
    assert "fever-with-back-pain" not in dict(flags(text))
    assert "fever-with-back-pain" in asked(text)
    assert "fever-with-back-pain" in found("My temperature is normal and I feel well.", Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "includes"),
    [
        (
            "Since Sunday both my legs feel heavy and hard to control, like wading through treacle. "
            "My back has been sore for a week.",
            "numbness-tingling-or-weakness",
        ),
        ("Came off my skateboard yesterday onto my backside and I can't stand up.", "recent-injury"),
    ],
)
def test_a_sign_raised_raises_the_narrower_sign_it_includes(text: str, includes: str) -> None:
    assert includes in dict(flags(text))


def test_a_thumping_in_the_tummy_during_a_panic_attack_is_asked_not_raised() -> None:
    text = "Had a panic attack last night and could feel my heart thumping everywhere, even in my stomach."
    assert "pulsating-abdomen" not in dict(flags(text + " My lower back is still tender."))
    assert "pulsating-abdomen" in asked(text + " My lower back is still tender.")


def test_a_numb_bum_whose_feeling_came_straight_back_is_asked_not_raised() -> None:
    text = "Sat on a hard pew all morning and my bum went numb. Stood up and the feeling came straight back."
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in asked(text)


def test_a_list_denied_goes_on_past_a_word_of_a_sign_found_in_part() -> None:
    assert "fever" in found("no infections, fevers or operations", Status.ABSENT)
    text = "I haven't had any infections, fevers or operations. My back went while I was changing the bed."
    assert "fever-with-back-pain" not in dict(flags(text))


def test_feeling_no_pulse_in_the_tummy_is_no_numbness_and_no_pulse() -> None:
    text = "I can't feel any pulsing in my tummy, and my back aches."
    assert flags(text) == []
    assert "pulsating-abdomen" in found(text, Status.ABSENT)
    assert "pulsating-abdomen" in dict(flags("I can feel a pulse in my tummy and my back aches"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I'm on chemo. There's a tight band of pain around my ribs at the back.", "thoracic-back-pain"),
        ("Ripping pain in my lower back. 69, male, smoker, never had back pain.", "new-back-pain-over-50"),
        (
            "My waist has been paining me for three days and now both my legs are not having power",
            "bilateral-leg-weakness",
        ),
        ("Anytime I sneeze my waist will catch me", "pain-worse-coughing-sneezing"),
    ],
)
def test_wordings_from_regional_and_clinical_english(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_legs_dead_after_a_leg_day_are_asked_about_not_raised() -> None:
    text = "Leg day yesterday, back squats then lunges, and today my legs feel like dead logs. Back's tight."
    assert "bilateral-leg-weakness" not in dict(flags(text))
    assert "bilateral-leg-weakness" in asked(text)


def test_the_tummy_is_the_abdomen() -> None:
    assert "lower-abdomen" in found("Sudden awful pain in my lower back and tummy about an hour ago")
    assert "lower-abdomen" not in found("butterflies in my stomach before the interview")


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("No bladder or bowel issues.", {"bladder-dysfunction", "bowel-dysfunction"}),
        ("Back pain, but my bowels are the same as ever.", {"bowel-dysfunction"}),
        ("Urine and motion both are normal only, just back pain after lifting.", {"bowel-dysfunction"}),
    ],
)
def test_more_ways_of_saying_a_function_works_as_usual(text: str, denied: set[str]) -> None:
    assert denied <= found(text, Status.ABSENT)
    assert "bowel-dysfunction" in asked("my bowels are not the same since my back went")


def test_a_burning_down_the_backs_of_the_legs_spreads_down_them() -> None:
    text = "a burning wire feeling from my low back through my hips and down the backs of my legs to my feet"
    assert "radiating-leg-pain" in dict(flags(text))


def test_a_back_sore_in_the_middle_is_the_mid_back_and_back_trouble_for_both_legs() -> None:
    text = "Lung cancer. Since the weekend my legs feel wobbly, and my back is sore in the middle."
    raised = dict(flags(text))
    assert {"thoracic-back-pain", "bilateral-leg-weakness"} <= set(raised)


def test_hard_on_a_chair_asks_nothing_of_sexual_function() -> None:
    text = "I'm 74 with thin bones and sat down a bit hard on a chair, now there's severe pain in my back."
    assert "sexual-dysfunction" not in asked(text)
    assert "sexual-dysfunction" in dict(flags("can't get a hard on and my back hurts"))


def test_words_of_drug_use_ask_about_injecting() -> None:
    assert "iv-drug-use" in asked("I relapsed two weeks ago. Now my lower back is killing me.")


@pytest.mark.parametrize(
    "text",
    [
        "There's pins and needles between my inner thighs and round my back passage since I hurt my back.",
        "Since yesterday everything between my legs feels tingly and numb. Prolapsed disc for 3 weeks.",
    ],
)
def test_a_loss_of_feeling_only_in_the_saddle_area_is_not_one_of_the_legs(text: str) -> None:
    raised = dict(flags(text))
    assert "saddle-anaesthesia" in raised
    assert "numbness-tingling-or-weakness" not in raised
    assert "numbness-tingling-or-weakness" in asked(text)


def test_a_loss_of_feeling_of_the_legs_and_the_saddle_raises_both() -> None:
    text = "Fell off the scaffold, my back is agony and I can't feel the backs of my legs or my backside."
    assert {"saddle-anaesthesia", "numbness-tingling-or-weakness"} <= set(dict(flags(text)))


def test_a_run_that_makes_it_better_is_improvement_with_exercise() -> None:
    text = (
        "My back's been stiff for six months and mornings are terrible; it takes an hour to loosen up. "
        "Going for a run actually makes it better, while lounging on the sofa makes it worse."
    )
    assert "inflammatory-back-pain" in dict(flags(text))


def test_now_inside_a_finding_breaks_no_clause() -> None:
    assert "night-pain" in found("The back pain now wakes me every night")


@pytest.mark.parametrize(
    "text",
    [
        "The buttock pain started in January and now I can barely get to the end of the road.",
        "My buttock pain began in September and now it is disabling.",
    ],
)
def test_a_buttock_pain_dated_by_its_start_or_the_last_month_has_lasted(text: str) -> None:
    assert "persistent-gluteal-pain" in dict(flags(text))


def test_an_ability_told_as_past_is_no_denial_now() -> None:
    text = "I used to manage the stairs fine but my hip pain means I'm now going up one at a time on my bum."
    assert "difficulty-with-mobility" not in found(text, Status.ABSENT)
    assert "difficulty-with-mobility" in asked(text)
    assert "difficulty-with-mobility" in found("I can manage the stairs fine", Status.ABSENT)


def test_causes_told_with_because_and_a_longer_aside_still_explain() -> None:
    chest = "My chest feels tight because I've got a streaming cold and my asthma's playing up. Back aches."
    assert "chest-pain-with-back-pain" not in dict(flags(chest))
    assert "bladder-dysfunction" not in asked(chest)  # a streaming cold is no urine stream
    legs = "My right leg has nerve pain; the left one just aches in the thigh from limping to spare it."
    assert "bilateral-sciatica" not in dict(flags(legs))


def test_a_heartbeat_said_as_its_sound_is_a_pulsing_tummy() -> None:
    text = "I can feel a thump-thump in my tummy like a second heart, and a deep ache in my back."
    assert "pulsating-abdomen" in dict(flags(text))


def test_a_sudden_tearing_pain_in_back_and_tummy_with_near_fainting_is_an_emergency() -> None:
    text = "66 here: a sudden tearing pain in my lower back and tummy, I keep nearly passing out."
    assert ("burst-aneurysm-symptoms", Urgency.EMERGENCY) in flags(text)
    gym = "I tore a muscle in my back at the gym and felt a bit faint"
    assert "burst-aneurysm-symptoms" not in dict(flags(gym))


def test_a_condition_named_asks_about_the_signs_that_warn_of_it() -> None:
    questions = painkb.assess(KB, text="I've got sciatica in my right leg, had it a month.").questions
    prompted = {q.warning_sign.id: q.reason for q in questions if q.prompted}
    assert prompted.get("radiating-leg-pain") == "you mentioned sciatica"
    assert "radiating-leg-pain" not in asked("My back hurts")


def test_a_loss_of_feeling_only_in_the_saddle_area_is_not_understood_as_of_the_legs() -> None:
    text = "pins and needles between my inner thighs and round my back passage"
    assert "numbness-tingling-or-weakness" not in found(text)
    assert "numbness-tingling-or-weakness" in found(text, Status.UNCERTAIN) | asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Tripped over the dog, fell on my side and I can't put that foot to the floor at all.",
            "unable-to-bear-weight-after-fall",
        ),
        ("Week three of a bad disc. Two little accidents with my bowels this week.", "bowel-dysfunction"),
        ("I had cystitis two weeks ago and now my back aches.", "recent-bacterial-infection"),
        (
            "Dull ache in my mid back and now a squeezing in my chest when I walk upstairs.",
            "chest-pain-with-back-pain",
        ),
        ("There's a deep ache in my lower back and I feel rotten all over.", "fever-with-back-pain"),
        ("Temp hit 38.9 this morning and my lower back is agony.", "fever-with-back-pain"),
        ("Lower back pain and 101.5F since last night.", "fever-with-back-pain"),
        ("My back aches and it wakes me every night however I lie.", "persistent-night-pain"),
        (
            "My back pain is worse when I cough, and it's keeping me awake even when I change position.",
            "persistent-night-pain",
        ),
        (
            "Painful boil on my right buttock, red and hot, started three days ago.",
            "swelling-or-inflammation",
        ),
        ("I'm on secukinumab injections and my back hurts.", "immunosuppression"),
        ("Having trouble ejaculating since this back pain started.", "sexual-dysfunction"),
        ("My spine's got a bend in it and my back aches.", "structural-deformity"),
        (
            "Six months of back pain now, worst first thing in the morning and better once I get moving.",
            "inflammatory-back-pain",
        ),
    ],
)
def test_signs_said_in_everyday_words_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # an illness named for a fever is no fever now
        (
            "I'm 16 and had glandular fever a month ago. My lower back started hurting a week ago.",
            "fever-with-back-pain",
        ),
        # a temperature reading under 38 C is no high temperature
        ("My back hurts and my temperature is 37.2.", "fever-with-back-pain"),
        # a fever over, told after "but that's long gone"
        (
            "Had a horrible flu two weeks ago, fever and all, but that's long gone. My lower back aches.",
            "fever-with-back-pain",
        ),
        (
            "I had a temperature with flu last week and my back ached with it, but both have gone now.",
            "fever-with-back-pain",
        ),
        # getting out of bed is no getting weaker
        (
            "Both my legs went weak getting out of bed this morning and my back is bad.",
            "progressive-neurological-deficit",
        ),
        # walking on the heels tests the foot: no difficulty walking
        ("I can't walk on my heel on the left side, the foot just flops.", "difficulty-with-mobility"),
    ],
)
def test_words_that_only_look_like_a_sign_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


def test_a_temperature_reading_is_no_age() -> None:
    assert painkb.interpret(KB, "temp hit 38.9 this morning and my back hurts").age is None
    assert painkb.interpret(KB, "I just turned 70 and my back hurts").age == 70


def test_a_year_before_this_one_tells_a_time_past() -> None:
    covid = "Temperature was 39 when I had covid in 2020, my back hurts now."
    assert "fever-with-back-pain" not in dict(flags(covid))
    assert "recent-spinal-surgery" not in dict(flags("In 2019 I had spinal surgery, my back hurts now."))
    this_year = datetime.date.today().year
    assert "recent-injury" in dict(flags(f"I fell in {this_year} and my back hurts."))


@pytest.mark.parametrize(
    "text",
    [
        "Got thrown from my quad bike on the farm this morning. My lower back is bad.",
        "Hit black ice and went into a wall at 30mph; the airbag went off. My lower back is very painful.",
        "Fell through the loft hatch onto the landing yesterday. My lower back and bum are bruised.",
        "I fell down a full flight of stairs and my back is agony.",
    ],
)
def test_a_crash_or_a_fall_from_a_height_told_in_other_words_is_major_trauma(text: str) -> None:
    assert "major-trauma" in dict(flags(text))


def test_plans_that_fell_through_are_no_fall() -> None:
    assert "recent-injury" not in dict(flags("The plans fell through and my back hurts."))


@pytest.mark.parametrize(
    "text",
    ["My elderly neighbour is on steroids and has brittle bones.", "My poor old mum fell and can't stand."],
)
def test_a_person_with_a_describing_word_is_someone_else(text: str) -> None:
    assert not flags(text)
    assert painkb.assess(KB, text=text).about_others


def test_a_difficulty_walking_is_raised_only_when_said_to_grow() -> None:
    tackled = "Got tackled hard at rugby on Saturday and landed on my hip. I can barely walk on it now."
    assert "difficulty-with-mobility" not in dict(flags(tackled))
    assert "difficulty-with-mobility" in asked(tackled)
    growing = "It's getting harder and harder to walk because of the pain in my bum."
    assert "difficulty-with-mobility" in dict(flags(growing))
    used_to = "I can only walk to the end of the road now with this buttock pain; a month ago I could run."
    assert "difficulty-with-mobility" in dict(flags(used_to))


@pytest.mark.parametrize(
    "text",
    [
        "Been off work with a slipped disc. My legs feel heavy and hard to lift.",
        "Prostate cancer with bone mets, and my legs went weak yesterday.",
    ],
)
def test_a_condition_of_the_spine_named_is_back_trouble_for_the_signs_of_both_legs(text: str) -> None:
    assert "bilateral-leg-weakness" in dict(flags(text))
    assert "bilateral-leg-weakness" not in dict(flags("After a long hike both my legs are weak."))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("My back went three days ago and I have been passing stool without knowing.", "bowel-dysfunction"),
        ("My back is agony and I had no idea my bowels had opened.", "bowel-dysfunction"),
        ("Sciatica in both legs now, and erections have just stopped happening.", "sexual-dysfunction"),
        ("Since my disc went, sex with my husband just feels numb.", "sexual-dysfunction"),
        ("My legs have gone unsteady and my back hurts.", "bilateral-leg-weakness"),
    ],
)
def test_more_signs_said_in_everyday_words_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_loss_of_feeling_with_no_leg_or_foot_named_is_asked_about_the_legs() -> None:
    text = "Weirdest thing: when I ejaculate now I can hardly feel it. It started when my disc went."
    assert "numbness-tingling-or-weakness" not in dict(flags(text))
    assert "numbness-tingling-or-weakness" in asked(text)
    assert "numbness-tingling-or-weakness" in dict(flags("My back hurts and my toes are numb."))


def test_advice_of_what_to_watch_for_raises_no_emergency() -> None:
    text = (
        "AAA on my last scan, small and on yearly ultrasound. My back pain is my old arthritis. "
        "The vascular nurse said to ring 999 only if I ever get sudden severe pain with dizziness."
    )
    assert "burst-aneurysm-symptoms" not in dict(flags(text))
    now = "I'm 72 with a known aneurysm. Sudden severe pain in my back an hour ago and I'm dizzy and clammy."
    assert "burst-aneurysm-symptoms" in dict(flags(now))


def test_a_test_of_oneself_is_no_finding() -> None:
    text = "I keep testing whether my legs are weak by doing squats, and they're fine every time."
    assert "numbness-tingling-or-weakness" not in dict(flags(text))


def test_a_short_course_of_steroid_tablets_is_asked_not_a_weakened_immune_system() -> None:
    short = "I had a five-day course of prednisolone for asthma in March. My back pain started this week."
    assert "immunosuppression" not in dict(flags(short))
    assert "immunosuppression" in asked(short)
    assert "immunosuppression" in dict(flags("I've been on prednisolone for two years and my back hurts."))


def test_worsening_said_of_both_legs_is_the_sign_of_both_legs_not_of_one() -> None:
    both = dict(flags("My both legs are becoming weak since one week, I am not able to climb stairs."))
    assert "bilateral-leg-weakness" in both
    assert "progressive-neurological-deficit" not in both
    one = dict(flags("Both my legs are numb and my right foot is getting weaker, my back hurts"))
    assert "progressive-neurological-deficit" in one


@pytest.mark.parametrize(
    ("text", "fever"),
    [
        ("back pain and my temperature went up to 39.1", True),
        ("my back hurts, 38.5 temperature since last night", True),
        ("I'm 39, temperature normal, back hurts", False),
    ],
)
def test_a_temperature_reading_a_few_words_from_its_word_is_read(text: str, fever: bool) -> None:
    assert ("fever-with-back-pain" in dict(flags(text))) is fever


def test_a_crash_told_before_a_pain_of_the_mid_back_is_major_trauma() -> None:
    text = "T-boned at a junction by a van going maybe 50. Now the middle of my back is really painful."
    assert "major-trauma" in dict(flags(text))
    assert "sciatica" in found("Maybe I have sciatica", Status.UNCERTAIN)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("My back went. Down below feels like after the dentist's injection.", "saddle-anaesthesia"),
        ("Wiping feels like I'm wiping someone else's bum. My back went on Friday.", "saddle-anaesthesia"),
        ("My lower back is bad and I've no feeling of when I need to pee.", "bladder-dysfunction"),
        ("Since my back went I keep feeling like I haven't emptied my bladder.", "bladder-dysfunction"),
        ("A lorry clipped my car and spun it into the barrier. My lower back is sore.", "major-trauma"),
    ],
)
def test_cauda_equina_and_crash_wordings_from_patient_pages_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I'm awake most nights with my back, turning over makes no difference.", "persistent-night-pain"),
        ("Walking is becoming impossible with this buttock pain.", "difficulty-with-mobility"),
        ("My buttock pain is stopping me doing everything now.", "difficulty-with-mobility"),
        (
            "I'm 28 and my back has been stiff every morning for over an hour for six months, "
            "it gets better when I move.",
            "inflammatory-back-pain",
        ),
        (
            "My back is stiff for two hours every morning and loosens up as the day goes on. "
            "I'm 25 and it's been going on for months.",
            "inflammatory-back-pain",
        ),
    ],
)
def test_night_pain_mobility_and_inflammatory_wordings_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I took a knock to my hip playing hockey and it's really painful.",
        "I collided with another player and hurt my back.",
    ],
)
def test_a_blow_or_a_collision_is_a_recent_injury(text: str) -> None:
    assert "recent-injury" in dict(flags(text))
    assert "recent-injury" not in dict(flags("The baby kicked me in the ribs and my back aches"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I have to push to get my wee out since my back pain started.", "bladder-dysfunction"),
        ("The feeling around my back passage has gone, back pain for a week.", "saddle-anaesthesia"),
        ("My back hurts and I'm not sure if I'm emptying my bladder fully.", "bladder-dysfunction"),
        ("Had to really strain to get a wee out today, my lower back is agony.", "bladder-dysfunction"),
    ],
)
def test_retention_and_saddle_wordings_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My lower back has hurt for three months and now my bum aches too.",
        "Been sitting at a desk for 10 years and this week my bum hurts.",
        "My buttock has ached for a few days but my back has been bad for months.",
    ],
)
def test_a_time_said_of_something_else_asks_about_the_buttock(text: str) -> None:
    assert "persistent-gluteal-pain" not in dict(flags(text))
    assert "persistent-gluteal-pain" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "My buttock has been hurting for about three months.",
        "Pain in my left buttock. It's been going on for a month.",
        "For about 6 months now I wake at 4am with my lower back aching. Also get pain in one bum cheek.",
    ],
)
def test_a_time_said_of_the_buttock_raises_its_persistent_pain(text: str) -> None:
    assert "persistent-gluteal-pain" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    ["My feet are numb from the cold, and my back hurts.", "My toes go numb with tight shoes, back is sore."],
)
def test_numbness_with_a_cause_of_its_own_is_asked_not_raised(text: str) -> None:
    raised = dict(flags(text))
    assert "bilateral-leg-weakness" not in raised
    assert "numbness-tingling-or-weakness" not in raised
    assert "numbness-tingling-or-weakness" in asked(text)
    # a viral illness never explains weak legs (Guillain-Barre)
    assert "bilateral-leg-weakness" in dict(flags("My legs are weak from the flu, and my back aches."))


def test_a_numb_bum_gone_within_a_minute_is_asked_not_raised() -> None:
    text = (
        "Sat on a concrete step all afternoon and my bum went completely numb - pins and needles "
        "when I stood, gone within a minute. Lower back a bit achy."
    )
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in asked(text)
    assert "saddle-anaesthesia" in dict(flags("My bum has been numb for two days and my back hurts."))


def test_a_pulled_chest_muscle_is_asked_but_exertion_never_explains_chest_pain() -> None:
    pulled = "I pulled a chest muscle at the gym and my back hurts."
    assert "chest-pain-with-back-pain" not in dict(flags(pulled))
    assert "chest-pain-with-back-pain" in asked(pulled)
    crushing = "Crushing pain in my chest going through to my back after my workout."
    assert "chest-pain-with-back-pain" in dict(flags(crushing))


def test_an_operation_on_another_place_is_asked_not_spinal_surgery() -> None:
    text = "Had knee surgery a fortnight ago, so my lower back aches from hobbling about."
    assert "recent-spinal-surgery" not in dict(flags(text))
    assert "recent-spinal-surgery" in asked(text)
    assert "recent-spinal-surgery" in dict(flags("Had back surgery a fortnight ago and my lower back aches."))


def test_a_numb_word_said_of_the_toes_is_no_numb_buttock() -> None:
    text = "Pain runs from my buttock down to my ankle, with numb toes."
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in asked(text)
    assert "saddle-anaesthesia" in dict(flags("My buttock has gone numb and my toes tingle."))


def test_sex_that_feels_different_after_giving_birth_is_asked_not_an_emergency() -> None:
    text = "Since giving birth in spring, sex feels different, and my lower back aches."
    assert "sexual-dysfunction" not in dict(flags(text))
    assert "sexual-dysfunction" in asked(text)
    # ... but a comparison is no cause
    assert "saddle-anaesthesia" in dict(
        flags("My bum feels numb like I've been on a bike saddle all day, and my lower back is agony.")
    )


def test_a_saddle_numbness_that_comes_back_minutes_later_is_asked() -> None:
    text = "After spin class my privates go numb, but it comes back about five minutes after I stop."
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in asked(text)


def test_weak_legs_that_walking_brings_on_and_sitting_eases_are_asked() -> None:
    # neurogenic claudication (spinal stenosis): asked, not the emergency of both legs
    text = "When I walk for ten minutes both my legs go weak and heavy, and I have to sit down to go on."
    assert "bilateral-leg-weakness" not in dict(flags(text))
    assert "bilateral-leg-weakness" in asked(text)
    assert "weakness-in-both-legs" in found(text)
    sudden = "Both my legs have gone weak since this morning and my back hurts."
    assert "bilateral-leg-weakness" in dict(flags(sudden))


@pytest.mark.parametrize(
    "text",
    [
        "I've had a temperature with a cold, that's long gone now, and my lower back aches.",
        "Had a fever and a sore back with the flu. The fever broke on Sunday.",
    ],
)
def test_a_fever_said_gone_since_is_not_raised(text: str) -> None:
    assert "fever-with-back-pain" not in dict(flags(text))


def test_a_fever_said_with_back_pain_then_gone_is_asked() -> None:
    text = "Had the flu with a temperature and aching all over, my back too. The temperature has gone now."
    assert "fever-with-back-pain" not in dict(flags(text))
    assert "fever-with-back-pain" in asked(text)


def test_a_fever_still_rising_is_raised() -> None:
    rising = "I've a fever of 39 with back pain and it's gone up since lunch."
    assert "fever-with-back-pain" in dict(flags(rising))


def test_a_list_of_screening_questions_answered_no_to_the_lot_is_denied() -> None:
    text = (
        "The GP asked the usual things: any numbness down below, any trouble peeing. It was no to the lot. "
        "Just a sore back."
    )
    assert not {"saddle-anaesthesia", "bladder-dysfunction"} & set(dict(flags(text)))
    assert {"saddle-anaesthesia", "bladder-dysfunction"} <= found(text, Status.ABSENT)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Since my back went I found poo in my boxers and never felt it happen.", "bowel-dysfunction"),
        ("My back is killing me and I went to pass wind and it wasn't wind.", "bowel-dysfunction"),
        ("My back has been bad all week and I didn't feel the poo come out.", "bowel-dysfunction"),
        ("Since the waist pain started I have stooled on myself twice.", "bowel-dysfunction"),
        ("My back's murder and I've no been able tae pee since this morning.", "bladder-dysfunction"),
    ],
)
def test_bowel_and_bladder_losses_in_everyday_and_scots_words_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_grand_says_a_place_is_fine() -> None:
    assert "lower-back" in found("Work is a pain in the backside but my back itself is grand.", Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "28, lower back stiff every morning for an hour for the last year; after a swim it's much better.",
        "Six months of low back pain, stiff every morning, and a brisk walk calms it right down. I'm 30.",
    ],
)
def test_inflammatory_back_pain_said_with_much_better_or_calms_down_is_raised(text: str) -> None:
    assert "inflammatory-back-pain" in dict(flags(text))


def test_a_time_said_as_months_of_buttock_pain_is_the_buttocks() -> None:
    assert "persistent-gluteal-pain" in dict(flags("Four months of nagging pain in my left buttock."))
    assert "persistent-gluteal-pain" in dict(flags("I've had 6 weeks of buttock pain now."))


def test_a_knee_that_keeps_buckling_is_a_leg_that_gives_way() -> None:
    text = "My left knee keeps buckling when I walk and my back aches."
    assert "numbness-tingling-or-weakness" in dict(flags(text))


def test_a_near_fall_is_no_fall() -> None:
    text = "My back has been sore this week and I've had a near fall on the stairs."
    assert "recent-injury" not in dict(flags(text))


def test_a_fracture_of_the_wrist_is_no_fracture_of_the_spine() -> None:
    text = "I have osteoporosis from a wrist fracture, and I slipped on a step and my lower back hurts."
    assert "vertebral-fracture" not in found(text)
    assert "minor-trauma-with-osteoporosis" in dict(flags(text))
    assert "vertebral-fracture" in found("I have a fracture in my spine from osteoporosis.")


@pytest.mark.parametrize(
    "text",
    [
        "My lower back has ached for weeks and it's worse at night; I can't find any position that helps.",
        "My back pain wakes me every night; left side, right side, it makes no difference.",
        "My buttock has hurt for weeks and it keeps waking me at night. Front or back, it's still there.",
        "The nights are unbearable with my back; no amount of turning over makes a dent.",
        "My back wakes me every night and won't settle whatever I do.",
    ],
)
def test_night_pain_no_position_eases_is_raised(text: str) -> None:
    assert "persistent-night-pain" in dict(flags(text))


def test_being_woken_by_something_else_raises_no_night_pain() -> None:
    text = "My alarm has been waking me at 5 for my shift, nothing helps me sleep, and my back aches."
    assert "persistent-night-pain" not in dict(flags(text))


def test_being_woken_by_someone_else_is_no_night_pain() -> None:
    text = "The baby keeps waking me up and my back is sore from carrying her. Nothing helps."
    assert "persistent-night-pain" not in dict(flags(text))
    assert "night-pain" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm 30. Two years of back pain; every morning it takes me like an hour before I can bend, "
        "and once I start moving around the pain reduces.",
        "I'm 31, my lower back is stiff every morning and has been for two years, easing after my run.",
    ],
)
def test_inflammatory_back_pain_in_more_everyday_words_is_raised(text: str) -> None:
    assert "inflammatory-back-pain" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Since my back went I can't tell if I need a wee or not.", "bladder-dysfunction"),
        ("My back is agony and I can't tell if I've emptied when I go.", "bladder-dysfunction"),
        ("Bad back, and I couldn't tell if I needed to pass wind or poo.", "bowel-dysfunction"),
        ("Sciatica both sides and urine also not coming properly.", "bladder-dysfunction"),
        ("My back went and I haven't passed water all day even though I'm bursting.", "bladder-dysfunction"),
    ],
)
def test_bladder_and_bowel_sensation_lost_in_more_words_is_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_falling_off_the_wagon_is_no_fall() -> None:
    assert "recent-injury" not in dict(flags("I fell off the wagon with my stretches and my back aches."))


def test_being_convinced_of_a_cancer_is_a_fear_not_a_history() -> None:
    text = "I read about it online and I'm convinced it's bone cancer in my spine. My back aches."
    assert "history-of-cancer" not in dict(flags(text))


def test_tingling_completely_gone_now_is_asked() -> None:
    text = "Pins and needles in my left foot for a day last week, completely gone now. Back is better."
    assert "numbness-tingling-or-weakness" not in dict(flags(text))
    assert "numbness-tingling-or-weakness" in asked(text)


def test_a_numb_saddle_with_the_legs_said_fine_asks_about_the_legs() -> None:
    text = "It feels numb down there when I wipe, and my back is awful. My legs are fine though."
    raised = dict(flags(text))
    assert "saddle-anaesthesia" in raised
    assert "numbness-tingling-or-weakness" not in raised


def test_a_finding_never_had_even_before_is_new_not_denied() -> None:
    text = "Since my op, pain down my left leg, which I never had even before it, and pins and needles."
    assert "numbness-tingling-or-weakness" in dict(flags(text))


def test_a_new_job_says_nothing_new_of_the_pain() -> None:
    text = "I'm 61 and my back has ached on and off for decades; worse since my new job."
    assert "new-back-pain-over-50" not in dict(flags(text))
    assert "new-back-pain-over-50" in dict(flags("I'm 61 and this back pain is new."))


def test_legs_weak_on_walking_that_get_worse_are_raised() -> None:
    text = (
        "Both my legs go weak after walking five minutes and I have to sit down; "
        "a month ago I could walk for half an hour."
    )
    assert "bilateral-leg-weakness" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Sciatica down my right leg for weeks, and now the left has joined in.", "bilateral-sciatica"),
        ("My back is sore. It also shoots when I cough.", "pain-worse-coughing-sneezing"),
        ("Bad back since the weekend and a sneeze is torture.", "pain-worse-coughing-sneezing"),
        ("Since my back went I couldn't finish with my wife, first time ever.", "sexual-dysfunction"),
        ("My back's gone and twice I didn't make it to the loo in time.", "bladder-dysfunction"),
    ],
)
def test_spread_cough_sex_and_bladder_in_more_everyday_words_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_side_that_joins_in_needs_a_leg_said_before() -> None:
    assert "bilateral-sciatica" not in dict(flags("My right hip hurts and the left has joined in."))


def test_a_short_remark_after_a_loss_tells_it_long_standing() -> None:
    text = "My feet have been numb and tingly for ages; the podiatrist knows all about it. New sore back."
    assert "bilateral-leg-weakness" not in dict(flags(text))
    assert "bilateral-leg-weakness" in asked(text)
    assert "numbness-tingling-or-weakness" in dict(flags("My legs have gone numb. It started this morning."))


def test_pidgin_that_says_urine_comes_well_raises_no_bladder_sign() -> None:
    assert "bladder-dysfunction" not in dict(flags("Urine dey come well, na only my waist dey pain me."))


@pytest.mark.parametrize(
    "text",
    [
        "Came off my motorbike on a bend and slid down the road; my lower back is black and blue.",
        "A car pulled out and I went over the bonnet on my bike. My lower back is so sore.",
        "Since the car accident last month my lower back hasn't been right.",
        "I fell about ten feet off a scaffold onto my back and it really hurts.",
        "Fell off the top of a stepladder and my back has never hurt like this.",
    ],
)
def test_major_trauma_in_more_everyday_words_is_raised(text: str) -> None:
    assert "major-trauma" in dict(flags(text))


def test_a_short_fall_is_no_fall_from_a_height() -> None:
    assert "major-trauma" not in dict(flags("I fell about 2 feet off a step and my back hurts."))


def test_a_back_that_will_not_straighten_is_no_inability_to_stand() -> None:
    text = "I slipped on the ice yesterday and since then my back hurts and I can't stand up straight."
    assert "unable-to-bear-weight-after-fall" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I watched a drama where someone's spine was crushed in a car crash. My back twinges.",
        "Both my grandparents had cancer, so I worry about every twinge in my back.",
    ],
)
def test_what_happened_on_screen_or_to_grandparents_is_not_the_writers(text: str) -> None:
    raised = dict(flags(text))
    assert "major-trauma" not in raised
    assert "history-of-cancer" not in raised


def test_a_weak_stream_said_to_be_years_old_is_asked_not_an_emergency() -> None:
    text = "My weak stream is down to my prostate, and it's been like that for years. My back hurts."
    assert "bladder-dysfunction" not in dict(flags(text))
    assert "bladder-dysfunction" in asked(text)


def test_a_place_compared_with_as_it_was_is_no_pain_there_now() -> None:
    text = "Since pneumonia a fortnight ago my back has been very painful, worse than the chest ever was."
    assert "chest-pain-with-back-pain" not in dict(flags(text))


def test_getting_better_never_reaches_past_its_sentence() -> None:
    # found by the reordering property: "feel better" of the next sentence made the legs easing
    text = "Both legs giving way. Feel better after exercise and worse after rest."
    assert "bilateral-leg-weakness" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ache in my right buttock has been there since Easter and it's no better.",
        "The pain in my bum started around Easter and it's now September.",
    ],
)
def test_buttock_pain_since_a_feast_is_persistent(text: str) -> None:
    assert "persistent-gluteal-pain" in dict(flags(text))


def test_weight_lost_even_though_eating_is_unexplained() -> None:
    text = "My back pain is new this month and I'm losing weight even though I'm eating."
    assert "unexplained-weight-loss" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("It feels like I'm sitting on a block of ice, numb down below, back hurts.", "saddle-anaesthesia"),
        ("When I sit on the loo it's like I'm sitting on nothing, and my back is bad.", "saddle-anaesthesia"),
        ("My back went and now I'm not sure when my bladder is full.", "bladder-dysfunction"),
        ("Bad back since Monday and I can't tell if I'm weeing or not.", "bladder-dysfunction"),
        ("Since my back pain started there's no sensation when I pee.", "bladder-dysfunction"),
        ("My buttock pain means I now need a stick, and it's worse every week.", "difficulty-with-mobility"),
    ],
)
def test_saddle_bladder_and_mobility_in_more_everyday_words_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_relapse_with_a_dirty_needle_is_injecting_not_a_fall() -> None:
    text = "I'd stayed clean for a year but slipped at the weekend and used a dirty needle. My back hurts."
    raised = dict(flags(text))
    assert "iv-drug-use" in raised
    assert "recent-injury" not in raised
    assert "recent-injury" in dict(flags("The floor was clean and I slipped on it, and my back hurts."))


def test_a_wet_surface_is_no_wet_person() -> None:
    text = "I slipped on a wet kerb myself yesterday and landed on my hip; bruised but walking fine."
    assert "bladder-dysfunction" not in dict(flags(text))
    assert "bladder-dysfunction" in dict(flags("My back went and I wet myself on the bathroom floor."))


def test_back_pain_that_settled_completely_is_denied() -> None:
    text = "After the crash my lower back hurt for a week and then settled completely."
    assert "lower-back-pain" in found(text, Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "Both legs burning from my buttocks to my heels since this morning.",
        "Burning down both legs from my bum to my heels.",
        "The pain is shooting down the backs of both thighs.",
    ],
)
def test_pain_spreading_down_both_legs_is_sciatica_in_both_legs(text: str) -> None:
    assert "bilateral-sciatica" in dict(flags(text))


def test_pain_spreading_down_one_leg_is_not_both() -> None:
    assert "bilateral-sciatica" not in dict(flags("Burning pain from my buttock down to my left heel."))


def test_a_numb_bum_said_with_its_own_verb_after_numb_legs_is_raised() -> None:
    # the numb word of the legs ("my legs are numb") is not said of the toes-like part next to it
    assert "saddle-anaesthesia" in dict(flags("My legs are numb and so is my bum."))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Pain goes down my left leg and both knees are fine.", "radiating-leg-pain"),
        ("Numbness in my foot and my back is fine.", "numbness-tingling-or-weakness"),
    ],
)
def test_a_denial_said_of_a_new_subject_after_and_leaves_the_complaint(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_denial_of_places_joined_by_and_denies_them_all() -> None:
    assert "hip" in found("My hips and both legs are fine, it's my lower back that hurts.", Status.ABSENT)
    # "and my" joins two subjects of one denial when the first is named bare ...
    assert {"hip", "leg"} <= found("My hips and my legs are fine, it's my lower back.", Status.ABSENT)
    # ... and starts a clause of its own after a complaint
    assert "lower-back-pain" in found("My back hurts and my legs are fine.")


def test_a_time_long_ago_does_not_reach_a_finding_with_a_recent_time_of_its_own() -> None:
    text = "I had back surgery last month and knee surgery last year, my back hurts."
    assert "recent-spinal-surgery" in dict(flags(text))
    assert "lower-back-pain" in found("I fell off a ladder years ago and hurt my back last week.")
    past = "I had back surgery and knee surgery years ago."
    assert "recent-spinal-surgery" in found(past, Status.HISTORICAL)


def test_back_in_a_month_long_gone_is_a_time_not_the_back() -> None:
    month = (datetime.date.today().replace(day=1) - datetime.timedelta(days=150)).strftime("%B")
    text = f"Back in {month} I fell and couldn't stand for a day; I was walking normally within the week."
    raised = dict(flags(text))
    assert "unable-to-bear-weight-after-fall" not in raised
    assert "lower-back" not in found(text)
    # the back itself, with the month of its operation
    surgery = f"I had surgery on my lower back in {month}. Now I have new back pain and chills."
    assert "recent-spinal-surgery" in dict(flags(surgery))


@pytest.mark.parametrize(
    "text",
    [
        "Everything online says bowel problems plus back pain equals emergency. Is my back spasm one?",
        "My boss gives me chest pains, honestly. Separately, my lower back has been bad for a week.",
        "Sore boobs from breastfeeding and a knackered lower back. That's the extent of my 'chest pain' lol.",
        "Went to A&E last month with chest pain; it was a panic attack and every test came back normal. "
        "Now my lower back hurts.",
        "Rode 100 miles in the sportive. Both legs dead tired and my lower back aches.",
        "Legs wobbly after spin class, both quads shaking coming down the gym stairs. Back's fine.",
        "Both legs are achy and heavy by the evening and the varicose veins are worse. My back aches.",
        "Legs like wet noodles after a big night out dancing. Back's stiff.",
    ],
)
def test_an_emergency_word_said_in_talk_an_idiom_or_with_its_own_cause_is_no_emergency(text: str) -> None:
    assert not [sign for sign, urgency in flags(text) if urgency is Urgency.EMERGENCY]


def test_a_chest_pain_only_thought_to_be_heartburn_is_raised() -> None:
    text = "Crushing pressure in my chest going through to my back, I thought it was heartburn from dinner."
    assert ("chest-pain-with-back-pain", Urgency.EMERGENCY) in flags(text)
    uphill = "Walking uphill gives me chest pain and my back aches."
    assert ("chest-pain-with-back-pain", Urgency.EMERGENCY) in flags(uphill)


def test_an_operation_recovered_from_is_had_not_denied() -> None:
    text = "Had a lumbar fusion in March and recovered well, but this week the pain is back down both legs."
    assert "recent-spinal-surgery" not in found(text, Status.ABSENT)
    assert "recent-spinal-surgery" in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Rolled the quad on Thursday and it landed on me. Lower back is black and blue.", "major-trauma"),
        ("Went over the handlebars on Sunday and landed on my back, it's killing me.", "recent-injury"),
        ("Back pain down both legs for ten days, and numbness near the private part.", "saddle-anaesthesia"),
    ],
)
def test_more_everyday_wordings_of_events_and_places_raise(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_not_knowing_one_has_been_to_the_toilet_asks_of_bladder_and_bowel() -> None:
    text = "I didn't realise I'd been to the toilet until I looked. Lower back horrendous since Friday."
    assert {"bladder-dysfunction", "bowel-dysfunction"} <= asked(text) | set(dict(flags(text)))


@pytest.mark.parametrize(
    "text",
    [
        "I fell 10 feet. My back hurts.",
        "I fell from the terrace parapet, around 10 feet, while flying kites. My lower back is agony.",
        "Came off the scaffold at work, maybe two metres, and landed on my back.",
    ],
)
def test_a_fall_from_more_than_a_metre_in_feet_or_further_off_raises_major_trauma(text: str) -> None:
    assert ("major-trauma", Urgency.EMERGENCY) in flags(text)


def test_a_height_that_is_no_fall_raises_no_major_trauma() -> None:
    assert "major-trauma" not in dict(flags("I tripped on the step and my 6 foot son caught me, back sore."))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Slipped on the decking last night and the leg just won't take me this morning.",
            "unable-to-bear-weight-after-fall",
        ),
        ("Doctor, from 4 days motion is coming without control. Back pain is severe.", "bowel-dysfunction"),
        (
            "Pooed my dacks at work today and didn't even feel it. Back's been crook for a week.",
            "bowel-dysfunction",
        ),
        (
            "My chest feels like an elephant is sitting on it and my back aches between my shoulders.",
            "chest-pain-with-back-pain",
        ),
    ],
)
def test_regional_and_classic_wordings_of_emergencies_raise(text: str, sign: str) -> None:
    assert (sign, Urgency.EMERGENCY) in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pins and needles round my anus since yesterday with this bad back.",
        "My undercarriage has gone numb and my back is wrecked.",
    ],
)
def test_a_saddle_said_round_it_or_in_slang_raises(text: str) -> None:
    assert ("saddle-anaesthesia", Urgency.EMERGENCY) in flags(text)


def test_nothing_numb_around_the_saddle_denies_it() -> None:
    text = "Nothing numb around my privates or bum, just lower back pain."
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in found(text, Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "I haven't had a wee since yesterday morning and my back is agony.",
        "The wee just comes out on its own now. Bad back.",
        "Waterworks have packed up since my back went.",
    ],
)
def test_retention_for_a_day_and_everyday_losses_of_the_bladder_raise(text: str) -> None:
    assert ("bladder-dysfunction", Urgency.EMERGENCY) in flags(text)


def test_not_having_been_since_this_morning_is_asked() -> None:
    text = "I haven't peed since this morning and my back hurts."
    assert "bladder-dysfunction" not in dict(flags(text))
    assert "bladder-dysfunction" in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Age 24, low back pain since 6 months, morning stiffness of 1 hour, relief with exercise.",
            "inflammatory-back-pain",
        ),
        ("It's like someone stabbing me low in the back whenever I cough.", "pain-worse-coughing-sneezing"),
        (
            "My back aches low down and my belt's needed two new holes punched, though I'm eating the same.",
            "unexplained-weight-loss",
        ),
        ("Since Easter my spine looks different, and my lower back aches with it.", "structural-deformity"),
    ],
)
def test_urgent_signs_in_more_everyday_words_raise(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_back_op_is_spinal_surgery_and_a_skin_infection_an_infection() -> None:
    text = "Since the back op three weeks ago the wound's gone red and I've had a temperature."
    assert "recent-spinal-surgery" in dict(flags(text))
    assert "recent-spinal-surgery" in found("My back op was in 2015, fine since.", Status.HISTORICAL)
    infection = "I had a skin infection a fortnight ago and now my lower back hurts."
    assert "recent-bacterial-infection" in dict(flags(infection))


def test_a_numb_saddle_from_a_long_sit_that_came_back_is_asked_and_one_that_did_not_raises() -> None:
    passed = "My arse is literally numb from sitting in meetings all day. Five minutes' walk and it's fine."
    assert "saddle-anaesthesia" not in dict(flags(passed))
    assert "saddle-anaesthesia" in asked(passed)
    lasting = "After sitting all day at work my saddle area is numb, and my back is killing me."
    assert ("saddle-anaesthesia", Urgency.EMERGENCY) in flags(lasting)


@pytest.mark.parametrize(
    "text",
    [
        "Woke at 3am to feed the baby and my lower back has been stiff all week.",
        "The dog woke me at 3am, my back is stiff.",
        "Woken at 2am by the neighbours, lower back stiff.",
        "Woke at 3am with cramp in my calf, and my lower back has been stiff this week.",
    ],
)
def test_a_waking_with_a_cause_of_its_own_is_asked_not_read_as_inflammatory_back_pain(text: str) -> None:
    assert "inflammatory-back-pain" not in dict(flags(text))
    assert "inflammatory-back-pain" in asked(text)


def test_a_waking_by_the_back_itself_is_still_read() -> None:
    text = "My back wakes me at 3am, stiff as a board, loosens up once I move."
    assert "inflammatory-back-pain" in dict(flags(text))


def test_since_an_event_in_a_month_counts_from_that_month() -> None:
    month = (datetime.date.today().replace(day=1) - datetime.timedelta(days=100)).strftime("%B")
    duration = painkb.interpret(KB, f"My bum has hurt since I started rowing in {month}.").duration
    assert duration is not None
    assert duration.days >= 60


@pytest.mark.parametrize(
    "text",
    [
        "Back pain with pain down my left hamstring.",
        "Numb from hip to knee, plus a burning down the side of my thigh, and my lower back aches.",
        "A hot wire runs down the back of my leg from my bum.",
        "Lightning bolts down my leg from my back.",
        "There's a pain behind my right knee that comes from my lower back.",
        "Pain in my shin that starts in my buttock.",
    ],
)
def test_pain_said_to_travel_into_a_part_of_the_leg_is_radiating_leg_pain(text: str) -> None:
    assert "radiating-leg-pain" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "The pain in my knee comes from my hip.",
        "My calf cramps at night and my lower back is stiff.",
    ],
)
def test_pain_of_the_leg_from_the_hip_or_of_its_own_is_not_radiating(text: str) -> None:
    assert "radiating-leg-pain" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tripped over the dog's lead and my hip took the whole hit. I tried to stand; the leg won't hold me.",
        "Skiing accident yesterday, came down on my hip. I haven't been able to stand on that leg since.",
    ],
)
def test_an_impact_told_in_other_words_is_a_fall(text: str) -> None:
    assert "unable-to-bear-weight-after-fall" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Pregnant, 34 weeks, swollen ankles and heavy legs by teatime. Lower back ache is just the bump.",
        "My legs feel heavy at the end of the day and my back aches.",
        "Both legs feel heavy and tired after work, back is sore.",
    ],
)
def test_legs_heavy_as_the_day_wears_on_are_asked_not_an_emergency(text: str) -> None:
    assert "bilateral-leg-weakness" not in dict(flags(text))
    assert "bilateral-leg-weakness" in asked(text)


def test_legs_gone_heavy_with_trips_are_still_raised() -> None:
    text = "Both my legs have gone heavy and I keep tripping, my back is killing me."
    assert "bilateral-leg-weakness" in dict(flags(text))


def test_a_puffier_buttock_is_swollen() -> None:
    text = "My left buttock looks puffier than the right and the skin over it feels warm."
    assert "swelling-or-inflammation" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I slipped on the dance floor, then got straight back up and carried on dancing.",
        "Fell on the bus when it braked, walked off no bother.",
    ],
)
def test_a_fall_said_to_leave_the_body_working_with_no_pain_is_asked(text: str) -> None:
    assert "recent-injury" not in dict(flags(text))
    assert "recent-injury" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Had a tumble yesterday and landed on my bum, but I got straight up, it's just a sore hip.",
        "Fell down the stairs yesterday, walked off but now my back is agony and I can't bend.",
    ],
)
def test_a_fall_that_hurts_is_an_injury_however_well_one_walked_off(text: str) -> None:
    assert "recent-injury" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I get a buzzing in my calf and my back aches.", "numbness-tingling-or-weakness"),
        ("Half my foot feels wrapped in cotton wool since my back went.", "numbness-tingling-or-weakness"),
        ("My leg feels like a block of wood and my lower back is sore.", "numbness-tingling-or-weakness"),
        ("It's like an electric shock from my spine to my big toe.", "radiating-leg-pain"),
    ],
)
def test_more_everyday_words_for_a_leg_that_tingles_is_numb_or_is_shot_through(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bum pain ever since the baby arrived, and she's four months old now.",
        "Lower back pain since my daughter was born and she is six months old.",
    ],
)
def test_a_child_only_given_an_age_does_not_make_the_pain_theirs(text: str) -> None:
    assert {"buttock-pain", "lower-back-pain"} & found(text)


def test_someone_given_an_age_with_findings_of_their_own_keeps_them() -> None:
    assert "numbness" in found("She is 80 and her legs are numb.", Status.OTHER_PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "My hip and buttock pain is stopping me doing the housework now.",
        "I can barely manage the school run now with this pain in my backside.",
    ],
)
def test_a_days_tasks_made_hard_by_buttock_pain_is_difficulty_with_mobility(text: str) -> None:
    assert "difficulty-with-mobility" in dict(flags(text))


def test_a_faint_nearly_had_is_a_faint_feeling_asked_with_sudden_back_pain() -> None:
    text = "Out of nowhere my lower back hurts like never before and I nearly passed out."
    assert "burst-aneurysm-symptoms" in asked(text)


def test_the_area_one_sits_on_is_the_saddle() -> None:
    assert "saddle-anaesthesia" in dict(flags("The area I sit on feels numb and my back aches."))


@pytest.mark.parametrize(
    "text",
    [
        "I've suddenly got more hunched over and my back pain is worse.",
        "There's a bony bit sticking out of my spine that wasn't there before.",
    ],
)
def test_a_spine_more_stooped_than_before_or_a_bone_sticking_out_is_a_change_of_shape(text: str) -> None:
    assert "structural-deformity" in dict(flags(text))


def test_sitting_hunched_at_a_desk_is_posture_not_a_change_of_shape() -> None:
    text = "I sit more hunched over at my desk these days and my back aches."
    assert "structural-deformity" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Since the back pain I can't finish when we make love, that's new for me.", "sexual-dysfunction"),
        ("New problem keeping an erection since my back started hurting.", "sexual-dysfunction"),
        ("Back pain, and I'm losing weight even though I eat the same.", "unexplained-weight-loss"),
        ("My backache is worst at night, I get up and walk but it stays the same.", "persistent-night-pain"),
    ],
)
def test_plain_words_for_signs_said_outright(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text", ["Decreased tingling or numbness. Inner thigh", "Inner thigh. Decreased tingling or numbness"]
)
def test_the_words_of_getting_better_complete_no_sign(text: str) -> None:
    # found by the reordering property: the improvement's "numbness" completed a numb inner thigh
    assert "saddle-anaesthesia" not in found(text)
    assert "less-tingling-or-numbness" in found(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I hurt my lower back coming off my bike yesterday and it's really painful.", "recent-injury"),
        ("My motorbike came off on the motorway last week and my lower back hurts.", "major-trauma"),
        ("I fell from a first floor window and my back is killing me.", "major-trauma"),
    ],
)
def test_falls_and_crashes_in_more_words(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_relative_the_writer_did_something_to_inside_a_finding_does_not_make_it_theirs() -> None:
    text = "I have brittle bones and felt something go in my back when I hugged my grandson, sudden pain."
    assert "lower-back-pain" in found(text)
    assert "minor-trauma-with-osteoporosis" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My backside goes numb on the church pews every Sunday, it wears off by the car park.",
        "After my epidural wore off I had a numb patch on my bottom for a day; my back is sore.",
        "There's a numb patch on my buttock over my old scar, lower back aches.",
        "Sitting on the loo too long and my legs and bum go numb, back pain too.",
        "If I sit on the hard bench my bum goes dead, back is sore.",
    ],
)
def test_a_numb_bottom_with_a_cause_of_its_own_or_that_wears_off_is_asked(text: str) -> None:
    assert "saddle-anaesthesia" not in dict(flags(text))
    assert "saddle-anaesthesia" in asked(text)


def test_a_numb_bottom_that_has_not_worn_off_is_raised() -> None:
    assert "saddle-anaesthesia" in dict(flags("Numb bum that hasn't worn off since my back went on Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "Just got over an infection and my back has started hurting.",
        "I was treated for an infection last week and my back has been sore since.",
        "I had an infection last month and since then my lower back hurts.",
    ],
)
def test_a_recent_infection_by_no_name_with_back_pain_is_raised(text: str) -> None:
    assert "recent-bacterial-infection" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My back hurts, I'm worried it might be an infection.",
        "I had an ear infection as a kid and my back hurts after gardening.",
        "My back hurts after gardening, no infections or anything.",
    ],
)
def test_an_infection_wondered_about_past_or_denied_raises_nothing(text: str) -> None:
    assert "recent-bacterial-infection" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("My bum doesn't feel it when I go for a poo.", "bowel-dysfunction"),
        ("I can't feel it when I have a wee since my back went.", "bladder-dysfunction"),
        ("It takes ages to pee now and my lower back is in agony.", "bladder-dysfunction"),
        ("My bladder feels full but I can't go.", "bladder-dysfunction"),
        ("Poo just comes out without warning since the back pain started.", "bowel-dysfunction"),
        ("My bowels have just let go a few times this week.", "bowel-dysfunction"),
        ("Lost control of my bum since my back gave way.", "bowel-dysfunction"),
        ("Since the back went I can't finish in bed, never had that bother before.", "sexual-dysfunction"),
        ("After my back problem, my penis does not become hard anymore.", "sexual-dysfunction"),
        ("I have noticed my spine now curves to one side and my lower back aches.", "structural-deformity"),
    ],
)
def test_plain_words_for_the_loss_of_a_function_or_a_new_shape_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_fall_nearly_had_again_and_again_is_no_injury() -> None:
    text = "both my legs feel like jelly rn and i keep nearly falling over, back is killin me"
    assert "recent-injury" not in dict(flags(text))
    assert "bilateral-leg-weakness" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    ["I hurt my low back when I slip on the wet floor.", "I hurt my low back when I bend."],
)
def test_the_low_back_before_when_is_the_body_part_not_an_adverb(text: str) -> None:
    assert "lower-back-pain" in found(text)


def test_a_slip_in_the_present_tense_asks_about_an_injury() -> None:
    text = "Two days ago I hurt my low back when I slip on the wet floor, and now very much pain."
    assert "recent-injury" in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I fell down the last two stairs, my hip is agony and I can't bear any weight on it.",
            "unable-to-bear-weight-after-fall",
        ),
        (
            "Back started hurting a month ago. It's keeping me up every night now and changing position "
            "does nothing.",
            "persistent-night-pain",
        ),
        (
            "My back's been sore lately. My partner says I'm stooping much more than I used to and my back "
            "has become rounded in the last few months.",
            "structural-deformity",
        ),
        (
            "Running my fingers down my spine last night, I found a visible step in it that I'm sure "
            "wasn't there before.",
            "structural-deformity",
        ),
        (
            "Sore lower back since the summer. The scales say I'm 10 pounds lighter and I haven't changed "
            "what I eat.",
            "unexplained-weight-loss",
        ),
        ("Since yesterday I never fully empty when I go for a wee.", "bladder-dysfunction"),
        ("I can't do my rounds any more since my buttock started hurting.", "difficulty-with-mobility"),
    ],
)
def test_more_plain_words_of_a_sign_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_it_keeping_me_up_by_day_is_no_night_pain() -> None:
    assert "persistent-night-pain" not in dict(flags("My back hurts. It keeps me up and about all day."))


def test_walks_getting_shorter_are_no_loss_of_height() -> None:
    text = "Buttock pain for a week. My walks with the dog are getting shorter and shorter."
    assert "structural-deformity" not in dict(flags(text))
    assert "structural-deformity" in dict(flags("I'm getting shorter and more hunched, my back is painful."))


def test_a_whack_to_the_hip_asks_about_an_injury() -> None:
    text = "At training I took a hard whack to the hip from a stick; it's badly bruised."
    assert "recent-injury" in asked(text) | set(dict(flags(text)))


def test_a_lower_left_back_before_when_is_the_body_part() -> None:
    assert "lower-back-pain" in found("Pain in my lower left back when I bend.")


def test_a_hip_hurt_skiing_asks_about_an_injury_not_silence() -> None:
    text = "Hurt my hip skiing last weekend and it's super painful to move it."
    assert "recent-injury" in asked(text) | set(dict(flags(text)))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I have trouble controlling my bladder since my back got bad.", "bladder-dysfunction"),
        ("I've had trouble controlling my bowels since my back got bad.", "bowel-dysfunction"),
        ("Since my back went my wee is different, it just trickles.", "bladder-dysfunction"),
    ],
)
def test_control_hard_to_keep_and_a_trickle_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_bladder_hard_to_hold_with_a_cause_of_its_own_is_asked() -> None:
    text = "I have trouble controlling my bladder when I sneeze since having the baby."
    assert "bladder-dysfunction" not in dict(flags(text))
    assert "bladder-dysfunction" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Been dealing with low back pain since last autumn, so around six months now. Resting on the sofa "
        "makes it ache more, but it eases right off when I go for a swim or a long walk.",
        "For the last four months my lower back has been aching, it improves with exercise but isn't "
        "relieved by rest.",
        "I've had back pain for months. It gets better when I exercise but resting doesn't help at all.",
        "Four months of back pain now, lying in bed makes it worse and moving around makes it better.",
        "Since 5 months I have pain in lower back, it is worse when I rest and in the night, better when "
        "I do sport.",
        "Going on six months my low back locks up stiff overnight and only loosens once I work out.",
    ],
)
def test_the_inflammatory_question_answered_in_the_text_raises_it(text: str) -> None:
    assert "inflammatory-back-pain" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        # sitting, not rest: the pattern of much mechanical back pain
        "My back has hurt for 5 months, it's worse after sitting and better when I walk.",
        # rest said not to make it worse
        "My back has hurt for 5 months, it's not better with exercise and worse with rest.",
        # over 50
        "I'm 67 and my back has hurt for years, worse with rest and better when I move.",
        # two weeks is no more than three months
        "My back has hurt for 2 weeks. Resting makes it ache more, but it eases off when I go for a swim.",
    ],
)
def test_part_of_the_inflammatory_question_does_not_raise_it(text: str) -> None:
    assert "inflammatory-back-pain" not in dict(flags(text))


def test_inflammatory_back_pain_said_of_two_weeks_is_asked_not_raised() -> None:
    text = "My back has hurt for 2 weeks, it's better with exercise and worse with rest."
    assert "inflammatory-back-pain" not in dict(flags(text))
    assert "inflammatory-back-pain" in asked(text)
    longer = "My back has hurt for 5 months, it's better with exercise and worse with rest."
    assert "inflammatory-back-pain" in dict(flags(longer))


@pytest.mark.parametrize(
    "text",
    [
        "My foot was a bit numb last week and now the whole lower leg is numb.",
        "The numbness in my right shin was a small patch two weeks ago, now it covers the whole front of "
        "the leg and onto my foot.",
        "Numbness in my right leg was only in toes last week, now it has come till knee.",
        "My foot drop is getting worse.",
    ],
)
def test_a_deficit_grown_since_an_earlier_time_is_progressive(text: str) -> None:
    assert "progressive-neurological-deficit" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My leg was numb last week, now it's fine.",
        "My leg went numb for a minute yesterday and now it's back to normal.",
        "My foot drop is getting better.",
    ],
)
def test_a_deficit_gone_or_easing_since_is_not_progressive(text: str) -> None:
    assert "progressive-neurological-deficit" not in dict(flags(text))


def test_sciatica_flaring_down_a_leg_travels_down_it() -> None:
    assert "radiating-leg-pain" in dict(flags("My sciatica has been flaring down the left leg all week."))


@pytest.mark.parametrize(
    "text",
    [
        "There's a patch of numbness right between my legs and across my bottom.",
        "A numb strip along the inside of both thighs up into my groin, and my back is agony.",
    ],
)
def test_the_saddle_said_with_right_as_in_exactly_or_the_inside_of_both_thighs(text: str) -> None:
    assert "saddle-anaesthesia" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My hip back side (buttock) pain is increasing day by day, earlier I could walk to temple, now even "
        "going to bathroom is a big task.",
        "My groin and hip hurt. Six months ago I could walk the dog round the park twice. Now I'm struggling "
        "to get to the end of the road.",
        "I'm 79 and the pain in both my buttocks has been there for two months. I used to walk to church, "
        "but now I need a stick.",
        "Pain in my buttock, every week I walk less, now I can't go to the mosque on foot.",
        "My left bum cheek is so painful I'm struggling more each day to get the kids dressed and do "
        "the stairs.",
        "I can't do my cleaning job anymore because the pain in my buttock stops me walking and bending.",
    ],
)
def test_an_ability_lost_over_time_with_buttock_or_hip_pain_is_increasing_difficulty(text: str) -> None:
    assert "difficulty-with-mobility" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My buttock hurts. My dad used to walk to church but now he needs a stick.",
        "My buttock hurts. I used to walk to church and now I still can, no problem.",
    ],
)
def test_an_ability_lost_by_someone_else_or_kept_is_no_difficulty(text: str) -> None:
    assert "difficulty-with-mobility" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "The baby keeps me awake at night and my back aches.",
        "The kids keep me up at night and my back aches.",
    ],
)
def test_kept_awake_by_a_cause_of_its_own_is_no_night_pain(text: str) -> None:
    assert "persistent-night-pain" not in dict(flags(text))


def test_night_pain_that_nothing_changes_is_persistent() -> None:
    text = "Back pain for a month, it keeps me awake at night, I've tried every pillow, nothing changes it."
    assert "persistent-night-pain" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Had cellulitis on my leg a fortnight ago and needed IV antibiotics in hospital. Now I've got back "
        "pain that won't settle.",
        "I'm 34 and had a kidney infection two weeks ago that needed IV antibiotics. I'm home now but "
        "there's still a dull ache in my right back.",
        "Had a UTI last week but it's cleared up, and now my back hurts.",
    ],
)
def test_a_named_infection_of_late_with_back_pain_in_another_sentence_is_raised(text: str) -> None:
    assert "recent-bacterial-infection" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My son had a UTI last week and my back hurts.",
        "No infections recently, my back hurts after gardening.",
        "I had a UTI years ago, my back hurts.",
        "I had a kidney infection last week. My lower back pain is the same as it's been for decades.",
    ],
)
def test_an_infection_of_someone_else_denied_long_ago_or_with_an_old_back_is_not_raised(text: str) -> None:
    assert "recent-bacterial-infection" not in dict(flags(text))


def test_my_right_back_is_the_body_part() -> None:
    assert "lower-back-pain" in found("There's a dull ache in my right back.")


@pytest.mark.parametrize(
    "text",
    [
        "Last injected a week ago, and my back's been bad ever since.",
        "I relapsed two weeks ago and injected a couple of times. A few days later my back started hurting.",
        "I injected speed last weekend and now I've got back pain.",
    ],
)
def test_injecting_told_in_the_past_tense_with_back_pain_is_raised(text: str) -> None:
    assert "iv-drug-use" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I injected my insulin last night and my back hurts.",
        "The doctor injected steroid into my back last week and it still hurts.",
    ],
)
def test_a_medicine_or_a_steroid_injected_is_no_drug_use_nor_a_weak_immune_system(text: str) -> None:
    assert not {"iv-drug-use", "immunosuppression"} & set(dict(flags(text)))


@pytest.mark.parametrize(
    "text",
    [
        "I was rear-ended at 60 mph yesterday and my lower back is burning.",
        "A van knocked me off my motorbike two days ago and my lower back is sore.",
        "I fell down a full flight of concrete stairs and my lower back is agony.",
    ],
)
def test_more_words_of_major_trauma_are_raised(text: str) -> None:
    assert "major-trauma" in dict(flags(text))


def test_a_back_that_burns_is_back_pain() -> None:
    assert "lower-back-pain" in found("My lower back is burning.")


@pytest.mark.parametrize(
    "text",
    [
        "Straining to poo sends a jolt of pain through my lower back.",
        "Straining to open my bowels makes my lower back pain flare right up.",
        "My lower back is very stiff and painful, and it's sore to sneeze.",
        "My lower back twinges every single time I sneeze.",
    ],
)
def test_more_words_of_a_back_set_off_by_a_cough_or_straining(text: str) -> None:
    assert "pain-worse-coughing-sneezing" in dict(flags(text))


def test_straining_that_is_hard_is_no_back_set_off() -> None:
    text = "Straining to poo is hard since the painkillers, my back aches."
    assert "pain-worse-coughing-sneezing" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Pain down the backs of my thighs.",
        "Pain down the back of both thighs.",
        "Burning down the backs of both thighs.",
    ],
)
def test_the_backs_of_the_thighs_are_no_lower_back(text: str) -> None:
    assert "posterior-thigh" in found(text)
    assert not {"lower-back", "lower-back-pain"} & found(text)


def test_pain_down_the_back_of_both_thighs_is_sciatica_in_both_legs() -> None:
    assert "bilateral-sciatica" in dict(flags("Pain down the back of both thighs."))


@pytest.mark.parametrize(
    "text",
    [
        "Back trouble for a month, and peeing is slow to get going.",
        "I have back pain radiating to both legs since 10 days and now urine is coming in drops.",
        "Bad back for two weeks and I keep missing when I need a wee.",
        "Pins and needles in my crotch and back pain. I keep having to strain to empty my bladder.",
        "My low back is killing me. My bladder feels weirdly full but nothing comes out.",
    ],
)
def test_more_words_of_a_bladder_that_has_changed(text: str) -> None:
    assert "bladder-dysfunction" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ache in my buttock has now been there for a month and it's started waking me at night.",
        "My buttock pain has gone from annoying to disabling over the last month.",
    ],
)
def test_buttock_pain_of_a_month_said_with_now_or_the_last_month_lasts_weeks(text: str) -> None:
    assert "persistent-gluteal-pain" in dict(flags(text))


def test_a_buttock_pain_that_came_now_after_a_long_back_pain_is_not_weeks_old() -> None:
    text = "My back has hurt for three months and now my bum aches too."
    assert "persistent-gluteal-pain" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I'm worried I might have had an infection recently, my back hurts.", "recent-bacterial-infection"),
        ("Could a UTI last week cause my back pain?", "recent-bacterial-infection"),
        ("My dog had an infection last week and my back hurts.", "recent-bacterial-infection"),
        (
            "My back has hurt for 6 months. Is it worse when I rest? Better with exercise? I can't tell.",
            "inflammatory-back-pain",
        ),
    ],
)
def test_a_sign_of_an_event_or_a_pattern_doubted_or_asked_is_not_raised(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "My leg was a bit numb last week, now the numbness has gone and only my back aches as well.",
            "progressive-neurological-deficit",
        ),
        ("Could I still walk to the shop now with this buttock pain?", "difficulty-with-mobility"),
    ],
)
def test_a_course_that_eased_or_is_asked_raises_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My left leg hurts and now my right leg hurts too, and my back aches.",
        "Monday: back and left-leg pain, nothing new. Tuesday: my right leg joined in.",
    ],
)
def test_leg_pain_said_of_one_side_then_the_other_is_sciatica_in_both_legs(text: str) -> None:
    assert "bilateral-sciatica" in dict(flags(text))


def test_leg_pain_on_one_side_and_a_fine_other_side_is_not_both_legs() -> None:
    assert "bilateral-sciatica" not in dict(flags("My left leg hurts and my right knee is fine, back aches."))


def test_a_bare_side_added_to_leg_pain_makes_both_legs() -> None:
    text = (
        "I've got pain shooting down the back of my leg on the left, and now on the right as well. "
        "Back aches."
    )
    assert "bilateral-sciatica" in dict(flags(text))
    # ... but not when the side is added to the back
    other = "Pain shooting down my left leg. My back aches on the right as well."
    assert "bilateral-sciatica" not in dict(flags(other))
    assert "bilateral-sciatica" in asked(other)


def test_a_leg_said_to_be_much_better_is_not_one_of_both() -> None:
    text = (
        "I had a laminectomy four months ago. My left leg was the problem and that's much better now. "
        "But for the last fortnight I've had a new pain going from my lower back down my right leg."
    )
    assert "bilateral-sciatica" not in dict(flags(text))
    assert "bilateral-sciatica" in dict(
        flags("Pain down my left leg, and now my right leg has gone numb too, back hurts")
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm quite slim and when I lie flat I can feel my pulse in my belly, is that normal? No pain at all.",
        "I can feel a pulse in my belly, no back pain or tummy pain",
    ],
)
def test_a_pulse_in_the_tummy_said_with_no_pain_is_asked(text: str) -> None:
    assert "pulsating-abdomen" not in dict(flags(text))
    assert "pulsating-abdomen" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can feel a pulse in my belly and my tummy hurts all the time",
        "My tummy pulses like a second heart and my back aches",
    ],
)
def test_a_pulse_in_the_tummy_with_a_pain_is_raised(text: str) -> None:
    assert "pulsating-abdomen" in dict(flags(text))


def test_needles_for_a_medicine_are_asked_not_drug_use() -> None:
    text = "i use needles for my insulin, does injecting in my tummy cause back problems? back's fine"
    assert "iv-drug-use" not in dict(flags(text))
    assert "iv-drug-use" in dict(
        flags("I've been using needles for 5 years, heroin mostly. Now my lower back is killing me")
    )


def test_urine_passed_without_knowing_is_a_bladder_change() -> None:
    text = "my waist has been paining me for 3 days and this morning I passed small urine without knowing."
    assert "bladder-dysfunction" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I had a kidney transplant in 2019, new back pain for a week",
        "new back pain for a week, I had a kidney transplant 4 years ago",
    ],
)
def test_new_back_pain_is_not_history_for_a_past_time_in_its_sentence(text: str) -> None:
    assert "lower-back-pain" in found(text)
    assert "immunosuppression" in dict(flags(text))
    # ... but "new" said with the time itself is of that time
    assert "bilateral-leg-weakness" not in dict(
        flags("In 2015 I developed new weakness in both legs, fully recovered")
    )


def test_a_long_ago_time_belongs_to_the_finding_said_next_to_it() -> None:
    text = "I had a kidney transplant 4 yrs ago, just had a UTI and now there's a new pain in my lower back"
    assert "recent-bacterial-infection" in dict(flags(text))
    assert "recent-bacterial-infection" not in dict(flags("had a UTI three months ago and now my back hurts"))
    # a time said of a list belongs to each
    assert "recent-bacterial-infection" not in dict(
        flags("Kidney infection and cystitis 6 months ago, my lower back aches")
    )


def test_a_back_gone_bent_over_is_a_change_of_shape_and_dead_centre_is_no_numbness() -> None:
    text = "My back has gone noticeably bent over in the last two months and it hurts, I stood dead straight."
    assert "structural-deformity" in dict(flags(text))
    assert "numbness" not in found(text)
    assert "numbness" not in found("pain dead centre of my back since yesterday")


def test_a_fall_not_remembered_is_denied_but_coming_round_on_the_floor_is_a_fall() -> None:
    assert "recent-injury" not in dict(flags("My back aches. I can't remember falling or banging anything."))
    assert "recent-injury" in dict(
        flags("I don't remember falling, I just came round on the floor and my hip hurts")
    )


def test_numbness_grown_by_the_next_sentence_is_progressive() -> None:
    text = (
        "Last week it was just my big toe that was numb. Now the whole front of my shin is numb. Back hurts."
    )
    assert "progressive-neurological-deficit" in dict(flags(text))
    assert "progressive-neurological-deficit" not in dict(
        flags("Yesterday my foot was numb. Now my back hurts as well.")
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "back pain since a fall, and my right foot has had a weird buzzing, fizzy feeling",
            "numbness-tingling-or-weakness",
        ),
        (
            "I've had to really push to get my wee started. My back has been bad for two weeks.",
            "bladder-dysfunction",
        ),
        (
            "A pain between my shoulder blades, and a tight, heavy feeling across the front of my chest",
            "chest-pain-with-back-pain",
        ),
    ],
)
def test_more_lay_words_of_warning_signs(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_fall_that_hardly_hurts_with_normal_walking_is_asked() -> None:
    text = "Tripped over the dog and landed on my hip, a bruise but I'm walking normally and it hardly hurts."
    assert "recent-injury" not in dict(flags(text))
    assert "recent-injury" in asked(text)


def test_a_buttock_said_not_to_hurt_has_no_lasting_buttock_pain() -> None:
    text = "There's a lump on my buttock that's a known cyst, the same size for years and doesn't hurt."
    assert "persistent-gluteal-pain" not in dict(flags(text))


def test_a_bowel_accident_with_a_stomach_bug_is_asked() -> None:
    text = "I had one bowel accident with food poisoning last month, but that was the bug. My back's fine."
    assert "bowel-dysfunction" not in dict(flags(text))
    assert "bowel-dysfunction" in asked(text)


def test_a_time_after_and_does_not_join_a_new_subject_to_the_clause_before() -> None:
    text = "my back has been killing me and today both my legs feel weak"
    assert "bilateral-sciatica" not in dict(flags(text))
    assert "bilateral-leg-weakness" in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my back has been killing me and my temp is high", "fever-with-back-pain"),
        (
            "Near my bum crack it's gone red and swollen, and walking any distance is getting impossible.",
            "difficulty-with-mobility",
        ),
        (
            "My hunch has got worse, I'm bending over like an old lady and my back aches all the time.",
            "structural-deformity",
        ),
    ],
)
def test_still_more_lay_words_of_warning_signs(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_verb_without_its_s_still_says_where_the_pain_goes() -> None:
    assert "radiating-leg-pain" in dict(
        flags("my leg is heavy and the pain go down from hip to calf since 3 weeks")
    )


@pytest.mark.parametrize(
    "text", ["Six months ago I could walk to the shops and back.", "I walked there and back"]
)
def test_a_trip_there_and_back_is_no_lower_back(text: str) -> None:
    assert "lower-back" not in found(text)


def test_sweats_through_the_sheets_are_night_sweats_unless_from_the_menopause() -> None:
    text = "My back is killing me. Tonight I was shaking under two duvets, then sweating through the sheets."
    assert "fever-with-back-pain" in dict(flags(text))
    menopause = "I get night sweats from the menopause and my back aches"
    assert "fever-with-back-pain" not in dict(flags(menopause))
    assert "fever-with-back-pain" in asked(menopause)


@pytest.mark.parametrize(
    "text",
    [
        "Sciatica used to be only in the left leg, since last week it's in both, down my thighs.",
        "My sciatica used to be only on the right. Now it's in both.",
    ],
)
def test_a_leg_pain_that_used_to_be_on_one_side_and_now_is_in_both_is_both_legs(text: str) -> None:
    assert "bilateral-sciatica" in dict(flags(text))


def test_mine_that_has_started_to_travel_is_the_writers_pain() -> None:
    text = "My husband's back pain stays put, but mine has started to travel into my left thigh and calf."
    assert "radiating-leg-pain" in dict(flags(text))


def test_a_fever_all_better_now_apart_from_a_cough_is_past() -> None:
    text = "Flu last month with a fever, everything ached, my back too, all better now apart from a cough."
    assert "fever-with-back-pain" not in dict(flags(text))


@pytest.mark.parametrize(
    "text", ["no numbness, back aches", "bladder fine, no numbness between my legs, back aches"]
)
def test_a_place_that_does_something_after_a_comma_is_not_in_the_list_denied(text: str) -> None:
    assert "lower-back-pain" in found(text)


# Found by a review of this session's changes: words that must not raise, and signs that must
# stay raised.
@pytest.mark.parametrize(
    "text",
    [
        "My lower back has ached all week. The temperature is up to 30 degrees today",
        "It has been so hot that the sheets were soaked every morning, and my back aches",
        "I am 78 and I ended up on the floor doing my stretches, my back aches",
        "My lower back hurts when getting bent over the sink to brush my teeth",
        "I smoked weed without realising how strong it was, my back aches",
        "I work as an organ transplant coordinator and my back aches",
        "Sciatica in my left buttock and down my left leg. It is in both, all day.",
        "Pain shoots down my right leg. I also have a bruise on the left too.",
        "I walk the dog every day and it is getting impossible to find time for my stretches",
        "I am 80. I fell in the garden yesterday, it hardly hurts and I am walking normally",
    ],
)
def test_everyday_words_near_a_signs_words_raise_nothing_new(text: str) -> None:
    assert not set(dict(flags(text))) - {"radiating-leg-pain"}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Sciatica down my left leg, the back has settled, and now it is in my right leg too",
            "bilateral-sciatica",
        ),
        (
            "My left leg has gone from under me twice and my right leg keeps giving way, back hurts",
            "bilateral-leg-weakness",
        ),
        (
            "My belly pulses like a heartbeat when I lie down and I have no idea why it hurts so much",
            "pulsating-abdomen",
        ),
        (
            "Lower back pain for a week, and I have a fever with hot flushes and chills",
            "fever-with-back-pain",
        ),
        ("I am diabetic and I inject heroin, my back has been killing me this week", "iv-drug-use"),
        (
            "Had a tummy bug at Christmas, all fine now. Since Monday back pain and I soiled myself twice",
            "bowel-dysfunction",
        ),
        ("Went to the gym and back went into spasm, now I have a fever", "fever-with-back-pain"),
        ("both my legs are burning and my back hurts", "bilateral-sciatica"),
        ("Both legs on fire and my back is agony", "bilateral-sciatica"),
    ],
)
def test_a_sign_said_outright_stays_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "As a GP receptionist I'm told to put anyone who says they can't feel their bottom straight through.",
        "Slipped on the wet kitchen floor, landed on my bum, laughed, got up. Not even a bruise.",
        "Back in my twenties I had sciatica down my left leg for months. Pain-free for twenty years.",
        "Temperature of 38.5 with flu, achy all over and shivery, but honestly no back pain at all.",
        "Temperature and shivers from my booster jab last night. Arm hurts, back doesn't.",
        "get help if you have difficulty passing urine or weakness in both legs, the leaflet says",
    ],
)
def test_signs_of_anyone_in_general_of_long_ago_or_explained_are_not_raised(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    "text", ["I've been fine with the toilet", "no problems with the toilet, back aches"]
)
def test_the_toilet_said_to_be_fine_denies_bladder_and_bowel(text: str) -> None:
    assert {"bladder-dysfunction", "bowel-dysfunction"} <= found(text, Status.ABSENT)


# Found by a second review: each of these was turned into a question or missed by a narrowing
# above; a sign said outright stays raised.
@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Kidney transplant 4 yrs ago and back pain.", "immunosuppression"),
        (
            "Back pain, I was checking for ticks and found I had lost all feeling in my bum.",
            "saddle-anaesthesia",
        ),
        ("My back hurts and I wake up every night soaking the sheets", "fever-with-back-pain"),
        (
            "I'm 78 with osteoporosis and I ended up on the floor last night, now my back is agony.",
            "recent-injury",
        ),
        ("I'm getting bent over like my mum and my back hurts.", "structural-deformity"),
        ("Fever of 39 and severe back pain from the epidural jab I had on Monday.", "fever-with-back-pain"),
        ("I'm 75, I fell down the stairs yesterday, not a mark on me but I can't stand up.", "recent-injury"),
        ("I feel a pulsating lump in my tummy that throbs or aches all the time", "pulsating-abdomen"),
        (
            "I've been on prednisolone for 5 years and just had a kidney infection, back pain.",
            "recent-bacterial-infection",
        ),
        ("Back pain going down my left leg and the pain is on the right too", "bilateral-sciatica"),
        ("Back pain going down my left leg, it's down both now", "bilateral-sciatica"),
        ("My buttock hurts and standing is getting almost impossible to manage.", "difficulty-with-mobility"),
    ],
)
def test_a_sign_said_outright_stays_raised_after_the_narrowing(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_transplant_job_is_no_transplant() -> None:
    assert "immunosuppression" not in dict(flags("I'm a kidney transplant nurse and my back aches"))


def test_an_ability_had_last_week_and_lost_now_is_a_deficit_getting_worse() -> None:
    text = "Last week I could still walk on my heels, now my left foot just flops. My back hurts."
    assert "progressive-neurological-deficit" in dict(flags(text))
    assert flags("Last week I could walk fine, now my back hurts.") == []


def test_what_is_tested_on_each_other_is_not_the_writers() -> None:
    assert flags("Physio student: we practised testing each other's ankle strength for foot drop today") == []


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "I could walk a mile in May, now I only make it to the end of the drive before my bum seizes up.",
            "difficulty-with-mobility",
        ),
        ("Since my back flared up last week sex feels like nothing down there.", "sexual-dysfunction"),
    ],
)
def test_yet_more_ways_of_telling_a_sign(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("No fever, can't feel my bum when I wipe", "saddle-anaesthesia"),
        ("No injury, wet myself twice", "bladder-dysfunction"),
    ],
)
def test_a_state_of_ones_own_after_a_denial_and_a_comma_is_not_denied(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Two days ago I could barely lift my left foot, now I can lift it again, my back aches",
        "Last week I could touch my toes, now my back is stiff, and my left foot is numb",
        "My back hurts. I used to go to the gym daily, now I only make it twice a week due to my job",
        "My back aches but it feels like nothing down there is wrong",
    ],
)
def test_a_third_reviews_sentences_raise_no_new_sign(text: str) -> None:
    raised = set(dict(flags(text)))
    assert not raised & {"progressive-neurological-deficit", "difficulty-with-mobility", "saddle-anaesthesia"}


# Found by helpers hunting silent misses and false warnings with sentences of their own.
@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("no fever, bowel incontinence since yesterday, back pain", "bowel-dysfunction"),
        ("no fever, numbness in my groin", "saddle-anaesthesia"),
    ],
)
def test_an_emergency_denied_only_across_a_comma_is_asked(text: str, sign: str) -> None:
    assert sign in asked(text) or sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "no bladder or bowel problems, no saddle numbness, just back pain",
        "Not numb anywhere, no pins and needles, peeing normally, just a deep ache in my bum",
    ],
)
def test_denials_of_their_own_still_deny(text: str) -> None:
    assert not {"bladder-dysfunction", "bowel-dysfunction", "saddle-anaesthesia"} & (
        asked(text) | set(dict(flags(text)))
    )


@pytest.mark.parametrize(
    "text",
    [
        "Back pain, both legs normal.",
        "Back pain. Chest pain can be serious.",
        "Back pain. I can't say I've had trouble peeing.",
        "Back pain. Chest pain free.",
        "My coworker can't pee, my back hurts",
        "Back pain. I'd know if I was numb down there.",
        "Back pain. Doctor listed saddle numbness. I have none.",
        "Back pain. The film gave me chills.",
        "Back pain. Sweats at night from my thick duvet.",
        "Back pain. I had a fever but it was years ago.",
    ],
)
def test_words_of_a_sign_the_writer_does_not_have_raise_nothing(text: str) -> None:
    assert not set(dict(flags(text))) - {"radiating-leg-pain"}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("no bladder control since last night, back pain", "bladder-dysfunction"),
        ("I was run over yesterday, my back is agony", "major-trauma"),
        ("I'm immunocompromised and have new back pain", "immunosuppression"),
        ("my back pain never eases at night", "persistent-night-pain"),
        ("my spine is bent and hurts", "structural-deformity"),
        ("my belly is throbbing and my back aches", "pulsating-abdomen"),
        ("I can't stand on my heels and my back hurts", "foot-drop-weakness"),
    ],
)
def test_plain_reports_a_helper_found_silent_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_injecting_told_as_past_is_asked() -> None:
    assert "iv-drug-use" in asked("I used to inject heroin and my back hurts")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("My lower back hurts more when I cough, no leg pain.", "pain-worse-coughing-sneezing"),
        ("My back hurts more when I cough, not in the legs though", "pain-worse-coughing-sneezing"),
    ],
)
def test_a_denial_between_two_words_keeps_them_apart(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_denial_inside_a_phrase_of_its_own_still_denies() -> None:
    assert "pain-worse-coughing-sneezing" not in dict(flags("Back hurts. No pain when I cough."))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("If I couldn't pee I'd go to A&E. My back is sore.", "bladder-dysfunction"),
        ("If I lost feeling down there I would call 999, my back hurts.", "saddle-anaesthesia"),
        ("I'm menopausal, sweating through the sheets, and my lower back aches.", "fever-with-back-pain"),
    ],
)
def test_a_sign_imagined_or_explained_by_a_stated_cause_is_asked(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))
    assert sign in asked(text)


def test_a_fever_measured_in_the_menopause_is_raised() -> None:
    text = "I'm perimenopausal but I've got a temperature of 39 and shivers, back is agony"
    assert "fever-with-back-pain" in dict(flags(text))


def test_a_doubt_reaches_to_the_end_of_a_list_closed_by_a_later_or() -> None:
    text = (
        "The leaflet says get urgent help if you have numbness around your back passage or genitals, "
        "difficulty passing urine, or weakness in both legs. My back aches."
    )
    assert not {"bladder-dysfunction", "bilateral-leg-weakness"} & set(dict(flags(text)))
    assert {"bladder-dysfunction", "bilateral-leg-weakness"} <= asked(text)


def test_a_state_of_ones_own_after_a_closed_list_is_still_said() -> None:
    assert "saddle-anaesthesia" in dict(flags("No fall or accident, can't feel my bum, or my legs"))


@pytest.mark.parametrize("denial", ["I have none of those.", "I've none of them.", "I've got none of those."])
def test_none_of_those_denies_what_was_just_listed(denial: str) -> None:
    text = f"Back ache. Numbness around my back passage, or weakness in both legs? {denial}"
    assert not {"saddle-anaesthesia", "bilateral-leg-weakness"} & set(dict(flags(text)))
    absent = {m.entity.id for m in painkb.interpret(KB, text).mentions if m.status.value == "absent"}
    assert "bilateral-leg-weakness" in absent


@pytest.mark.parametrize(
    "text",
    [
        "I can't feel anything unusual in my legs. Back ache from work.",
        "I can't feel any tingling in my feet. Lower back sore.",
        "I couldn't feel anything odd down below, back sore",
        "I can't feel any numbness in my bum or groin, just the ache in my back.",
        "I have no difficulty starting to pee and the flow is as strong as ever, my lower back hurts.",
        "No difficulty peeing, back hurts.",
        "The physio checked my legs for weakness and found none. My back's just stiff.",
        "Friend had a car crash and whiplash. My lower back aches from work.",
        "Boss had chest pains on Friday and went to hospital. I've got back ache from the extra work.",
        "The old boy next door fell and couldn't get up, I lifted him and now my own back aches.",
        "Our old neighbour has cancer and can barely walk now. My back aches from carrying her bags.",
    ],
)
def test_denials_and_other_peoples_signs_a_helper_found_raised_raise_nothing(text: str) -> None:
    assert not set(dict(flags(text))) - {"recent-injury"}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I can't feel anything down there and my back hurts", "saddle-anaesthesia"),
        ("My legs are weak and I've found nothing helps", "numbness-tingling-or-weakness"),
        ("My legs are weak and the scan found nothing", "numbness-tingling-or-weakness"),
        ("I can't feel my bum so I looked online and found nothing.", "saddle-anaesthesia"),
        ("I can't feel my bum so sitting is a no.", "saddle-anaesthesia"),
    ],
)
def test_signs_near_those_denials_still_raise(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "If I were to lose feeling in my saddle area I know to go to A&E. My back is sore.",
        "My bum goes numb on long bike rides, it's the saddle. Back stiff from the ride though.",
        "Tuesday: lifted a heavy pot of soil. Wednesday: back stiff.",
        "Spent Saturday digging soil into the raised beds and my back's sore.",
        "My impotent rage at the council is real. My back aches from the bumpy bus ride.",
        "Physio drilled it into me: numbness in the saddle area means go to A&E. Back still sore.",
        "The man in the bed next to me on the ward had chest pain and back pain. My back is a bit sore.",
        "lol my bum is numb from sitting on this hard stool at the bar, its fine when i stand up. back achy",
    ],
)
def test_other_senses_advice_and_screens_a_helper_found_raise_nothing(text: str) -> None:
    assert Urgency.EMERGENCY not in {urgency for _, urgency in flags(text)}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I keep soiling myself since my back went", "bowel-dysfunction"),
        ("I can't feel when I pass stool and my back is agony", "bowel-dysfunction"),
        ("I've become impotent since my back went", "sexual-dysfunction"),
        ("If I sit for long my bum goes numb, back hurts", "saddle-anaesthesia"),
    ],
)
def test_the_plain_senses_of_those_words_still_raise(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "age"),
    [("I'm in my seventies", 75), ("I'm in my late fifties", 58), ("now in my early forties", 42)],
)
def test_an_age_said_as_a_decade_in_words(text: str, age: int) -> None:
    assert painkb.interpret(KB, f"{text}, back pain for 2 weeks").age == age


def test_someone_elses_decade_is_not_the_writers_age() -> None:
    assert painkb.interpret(KB, "my dad in his seventies has back pain").age is None


def test_never_in_my_life_but_now_is_new() -> None:
    text = "At 58 I've never had a bad back in my life, but this last fortnight it's been aching constantly"
    assert "new-back-pain-over-50" in dict(flags(text))
    assert "lower-back-pain" not in found(
        "I've never had back pain in my life but I have a bad knee", Status.PRESENT
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("backpain and fevers", "fever-with-back-pain"),
        ("lowerback pain and fever", "fever-with-back-pain"),
        ("my bum is numm, back pain", "saddle-anaesthesia"),
        ("i have a temprature and bak pain", "fever-with-back-pain"),
    ],
)
def test_words_run_together_or_misspelt_still_raise(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("back pain and I've dropped 2 dress sizes without dieting", "unexplained-weight-loss"),
        ("I've developed a hunchback over the last few months", "structural-deformity"),
        ("my back has started to look crooked, my shoulders aren't level anymore", "structural-deformity"),
        ("my back hurts up near my shoulder blades", "thoracic-back-pain"),
    ],
)
def test_shapes_places_and_sizes_in_other_words(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_nowhere_near_the_shoulder_blades_is_no_upper_back_pain() -> None:
    text = "No chest pain, and the pain's nowhere near my shoulder blades, strictly low back."
    assert "thoracic-back-pain" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My lower back hurts, nothing is shooting into my legs.",
        "My little boy has a UTI. My back aches from carrying him around all day.",
    ],
)
def test_nothing_shooting_and_a_childs_signs_raise_nothing(text: str) -> None:
    assert flags(text) == []


def test_a_trigger_word_never_makes_a_sign_word_unspecific() -> None:
    # "radiate" stays a word of its own signs: a shooting pain down a leg still raises
    assert "radiating-leg-pain" in dict(flags("nothing is helping and pain is shooting down my leg"))


def test_someone_elses_sudden_collapse_with_back_pain_is_asked_never_silent() -> None:
    text = "dad has sudden awful pain in his back and belly, he's pale and sweaty and keeps fainting"
    assert "burst-aneurysm-symptoms" in asked(text)
    assert "burst-aneurysm-symptoms" not in dict(flags(text))
    assert "burst-aneurysm-symptoms" not in asked("Dad has back pain from gardening, he's a bit pale today")


@pytest.mark.parametrize(
    "text",
    [
        "Had a fever last month with covid, recovered completely. Back sore today after a long drive.",
        "A temperature a few weeks back with a cold, but that cleared before the back pain started.",
        "Both legs tingling when I was pregnant in 2019 but it stopped after the birth. My back is sore.",
        "I had a bad fall on the ice three winters ago and hurt my hip but it healed fine. Back is stiff.",
    ],
)
def test_a_sign_said_to_have_cleared_raises_nothing(text: str) -> None:
    assert flags(text) == []


def test_a_fever_with_an_illness_not_said_to_clear_still_raises() -> None:
    assert "fever-with-back-pain" in dict(flags("fever with the flu, and my back is agony"))


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("pain down both legs and both feel weak, I'm stumbling", True),
        ("both my legs hurt and both are numb", True),
        ("my left leg is weak, my right is fine, both of my feet are okay", False),
    ],
)
def test_both_alone_stands_for_the_legs_just_named(text: str, raised: bool) -> None:
    assert ("bilateral-leg-weakness" in dict(flags(text))) is raised


def test_a_comparison_with_normal_is_no_feeling_come_back() -> None:
    # found by the reordering property: "higher than normal when I step" read as "normal again"
    labels = ["I lift my knee higher than normal when I step", "numb around my back passage"]
    assert found(". ".join(labels), None) == found(". ".join(reversed(labels)), None)
    assert "saddle-anaesthesia" in found(". ".join(reversed(labels)))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("the pain sits just below my neck, between the blades", "thoracic-back-pain"),
        ("pain in my back at the level of my bra", "thoracic-back-pain"),
        (
            "sharp pain under my left shoulder blade and my chest hurts when I breathe",
            "chest-pain-with-back-pain",
        ),
    ],
)
def test_the_upper_back_in_other_words(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_cars_back_end_is_no_bowel() -> None:
    text = "I lost control of the back end on the ice and spun the car, my back is sore"
    assert "bowel-dysfunction" not in dict(flags(text))
    assert "bowel-dysfunction" in dict(flags("I've lost control of my back end since my back went"))


@pytest.mark.parametrize(
    "text",
    [
        "Five years ago I had cauda equina and surgery, I lost bladder control and had a numb bottom. "
        "I've been fine since. This week my back is stiff.",
        "Back in 2016 I was rushed in with cauda equina, I couldn't pee and my bottom was numb. "
        "This week my back aches.",
        "I was hit by a car when I was nine. I'm now 40 and have an ordinary back ache.",
        "The nurse asked: any numbness around my back passage, any trouble passing urine, "
        "any weakness in both legs. I said no to every one of them.",
        "Since Monday I can't walk on my heels on that side and I tripped on the pavement twice today. "
        "Back aches.",
    ],
)
def test_long_ago_told_first_a_list_said_no_to_and_weak_heels_raise_no_emergency(text: str) -> None:
    assert Urgency.EMERGENCY not in {urgency for _, urgency in flags(text)}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Back in 2016 I had sciatica, now I can't pee and my bum is numb", "bladder-dysfunction"),
        (
            "Neither leg hurts, but neither of them feels strong any more. Back ache since last week.",
            "bilateral-leg-weakness",
        ),
        (
            "I can't get out of bed because neither of my legs will hold me up. Back pain.",
            "bilateral-leg-weakness",
        ),
        (
            "This week I've noticed poo stains in my underwear that I had no idea about. Back pain.",
            "bowel-dysfunction",
        ),
        (
            "When I wipe after a poo I can't really tell if I'm touching anything. Back hurts.",
            "saddle-anaesthesia",
        ),
    ],
)
def test_long_story_signs_a_helper_found_silent_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))
    assert "bowel-dysfunction" not in dict(
        flags("When I wipe after a poo I can't really tell if I'm touching anything.")
    )


def test_a_decade_of_the_past_is_no_age() -> None:
    assert (
        painkb.interpret(KB, "In my teens I had scoliosis, now back pain that started last month").age is None
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "My legs are weak and I've wet myself, should I call an ambulance or a taxi? I have neither.",
            "bladder-dysfunction",
        ),
        ("Fever 39, shivering, back agony, should I take paracetamol? I have none.", "fever-with-back-pain"),
        ("Both legs weak since yesterday, slipped disc years ago, recovered.", "bilateral-leg-weakness"),
        ("Fever and back pain, covid last month, recovered completely.", "fever-with-back-pain"),
        (
            "No fall or accident, weakness in both legs, or at least they keep giving way.",
            "bilateral-leg-weakness",
        ),
        ("If I stand up my legs would give way. Back pain.", "numbness-tingling-or-weakness"),
        ("If I try to pee nothing would come out. Back pain.", "bladder-dysfunction"),
        ("Friend's house, fell off the roof, back agony, can't pee.", "bladder-dysfunction"),
        ("I've wet myself and can't feel my bum, like the man on tv.", "saddle-anaesthesia"),
    ],
)
def test_a_reviewer_found_these_silenced_by_the_days_changes_and_they_raise(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I have numb bits on my outer thigh and lower back pain.",
        "My legs have gone brown on holiday and my back aches.",
        "I can't lift either leg to put my socks on, my back is too stiff.",
        "I work in a care home changing incontinence pads all day and my back hurts.",
        "My knickers are wet from the rain and my back hurts.",
        "There was a crash on the motorway so I sat in traffic for 3 hours, my back is killing me.",
        "I'm 20 weeks pregnant with lower back pain, and I can feel a beat in my tummy.",
        "Sciatica down my left leg, and my husband and I both feel weak with this flu.",
        "I'm 62. Never had back pain in my life, but last week my husband put his back out.",
        "In my teens I had scoliosis, now I've got back pain that started last month.",
    ],
)
def test_a_reviewer_found_these_raised_by_the_days_changes_and_they_raise_no_emergency(text: str) -> None:
    assert Urgency.EMERGENCY not in {urgency for _, urgency in flags(text)}
    assert "new-back-pain-over-50" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("If I lose feeling down there I'd go straight to A&E. My back aches.", False),
        ("The numbness question is a no. My back aches.", False),
        ("If I stand up my legs would give way. Back pain.", True),
    ],
)
def test_what_i_would_do_is_imagined_what_a_symptom_would_do_is_not(text: str, raised: bool) -> None:
    assert bool({s for s, u in flags(text) if u is Urgency.EMERGENCY}) is raised


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Years ago I had a slipped disc, I can't feel my bum when I wipe and I can't pee properly.",
            "bladder-dysfunction",
        ),
        ("When I was 12 I broke my back, I don't feel it when I need to pee.", "bladder-dysfunction"),
        (
            "Back then I was fine, but last Tuesday both legs gave way on the stairs.",
            "bilateral-leg-weakness",
        ),
        ("I lost control of the back end and slid into a ditch, my back has been sore since.", None),
        (
            "People keep telling me to go to A&E because I can't pee. I said no to all of them.",
            "bladder-dysfunction",
        ),
        ("Woman in my seventies, back pain for two weeks, never had it before.", "new-back-pain-over-50"),
        (
            "I'm 67 and never had back pain in my life, but now I can barely get out of bed.",
            "new-back-pain-over-50",
        ),
    ],
)
def test_a_second_review_of_the_days_changes(text: str, sign: str | None) -> None:
    raised = dict(flags(text))
    assert sign in raised if sign else "bowel-dysfunction" not in raised


def test_a_back_end_out_of_control_with_an_accident_is_the_bowel() -> None:
    assert "bowel-dysfunction" in dict(
        flags("I've lost all control of the back end, had an accident in my pants.")
    )


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("When I wipe it feels like the paper isn't touching me. Back pain.", "saddle-anaesthesia"),
        ("I can no longer feel the toilet paper when I wipe. Back pain.", "saddle-anaesthesia"),
        ("When I sit the seat is just not there under me. Back pain.", "saddle-anaesthesia"),
        ("My bladder doesn't seem to empty, back pain.", "bladder-dysfunction"),
        (
            "No warning at all when I need to poo, two accidents in three days, back pain.",
            "bowel-dysfunction",
        ),
        ("No sensation at all during intimacy since my back went.", "sexual-dysfunction"),
    ],
)
def test_a_long_storys_emergencies_only_asked_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Years ago I had a slipped disc, on Monday I lost control of my bladder.", "bladder-dysfunction"),
        ("Years ago I had a microdiscectomy, last Tuesday I couldn't pee at all.", "bladder-dysfunction"),
        (
            "When I was 10 I broke my leg, and over the weekend I lost all feeling in my bum.",
            "saddle-anaesthesia",
        ),
        (
            "My family asked me to go to A&E because I can't pee. I said no to all of them.",
            "bladder-dysfunction",
        ),
        ("My husband has piles. I've lost control of my bowels and I'm wetting myself.", "bowel-dysfunction"),
        ("My legs are weak, neither of them feels strong enough to hold me up.", "bilateral-leg-weakness"),
    ],
)
def test_a_third_review_of_the_days_changes_raises(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I woke up wet this morning, drenched in sweat, sheets soaked.",
        "The lumbar support in my car seat is just not there, my back aches after driving.",
        "I was stuck in a crash on the motorway for three hours and my back is killing me from sitting.",
        "I'm 60 and I've never had back pain in my life, but lately it's been hard to sleep in this heat.",
        "I lost control of the back end and slid into a ditch, my back has been sore since.",
    ],
)
def test_a_third_review_of_the_days_changes_raises_no_emergency(text: str) -> None:
    assert Urgency.EMERGENCY not in {urgency for _, urgency in flags(text)}
    assert "new-back-pain-over-50" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I sprained my ankle and I'm struggling to walk.",
        "can barely walk after squats on monday, quads on fire going down the stairs",
        "My knee is swollen and I'm struggling to walk.",
        "I'm struggling to walk.",
        "I have MS and walking is getting harder, no pain though.",
        "I'm 36 weeks pregnant and with this bump I can't put my socks on!",
        "We have to use the handrail to get upstairs at work, it's a health and safety rule.",
    ],
)
def test_a_walking_difficulty_with_no_back_buttock_or_hip_pain_is_asked(text: str) -> None:
    assert "difficulty-with-mobility" not in dict(flags(text))
    assert "difficulty-with-mobility" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "My hip is killing me and I'm struggling to walk.",
        "My knee aches but it's the pain in my bum that has me struggling to walk.",
        "A niggle in my left glute after a long drive. Now I'm limping and it keeps getting worse.",
    ],
)
def test_a_walking_difficulty_with_the_gluteal_areas_pain_is_raised(text: str) -> None:
    assert "difficulty-with-mobility" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I need the handrail to get upstairs now because of the pain in my buttock.",
        "I have to hold on to something to get out of a chair, my lower back is that bad.",
        "Can't put my socks on any more because of the pain in my bum and hip.",
    ],
)
def test_everyday_activities_a_back_pain_stops_raise_the_walking_difficulty(text: str) -> None:
    assert "difficulty-with-mobility" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I have erectile difficulties since my back pain started.",
        "Trouble with erections since my back went.",
        "Lower back pain for 5 wks and I've been suffering from ED since.",
        "Since my back went I can't perform in the bedroom.",
        "Orgasm just won't happen since the back pain started.",
    ],
)
def test_a_sexual_problem_in_other_words_is_raised(text: str) -> None:
    assert "sexual-dysfunction" in dict(flags(text))


def test_the_initials_ed_are_asked_or_nothing_where_they_may_be_a_name_or_a_place() -> None:
    assert "sexual-dysfunction" in asked("Lower back pain for 5 wks and now having ED out of nowhere.")
    dinner = "I'm having Ed and his wife round for dinner, my back is killing me"
    assert "sexual-dysfunction" not in dict(flags(dinner))
    assert "sexual-dysfunction" in asked("I've got Ed helping me carry things since my back went.")
    assert "sexual-dysfunction" not in dict(flags("I've got Ed helping me carry things since my back went."))
    assert "sexual-dysfunction" not in dict(flags("Went to ED with back pain last night."))


def test_a_sexual_problem_with_the_back_said_fine_is_asked() -> None:
    text = "Erection trouble since the new baby arrived, honestly I'm just exhausted. Back's fine."
    assert "sexual-dysfunction" not in dict(flags(text))
    assert "sexual-dysfunction" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Over the last six months my back has rounded and it hurts.",
        "Sir, my back is becoming bent forward since few months and I cannot stand straight, with pain.",
    ],
)
def test_a_back_bent_more_over_months_is_a_new_deformity(text: str) -> None:
    assert "structural-deformity" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I couldn't stand up straight when I got out of the kayak, my back hurts.",
        "I have hunched shoulders from sitting at a desk all day and my back aches.",
        "I've been a bit hunched for years, my back aches after gardening.",
        "My mum has got more hunched over the last few months and her back hurts.",
        "For months I've been bent over the vegetable beds weeding and my back aches",
        "I bent over slowly to lift the laundry basket and my lower back went twang",
        "Been stooping to pick strawberries all month on the farm, lower back is wrecked",
    ],
)
def test_a_back_bent_in_a_bout_of_pain_or_at_a_desk_is_no_new_deformity(text: str) -> None:
    assert "structural-deformity" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Along with severe lower back pain I am not getting any sensation for passing stool.",
        "I don't get any sensation when passing stool and my back hurts.",
        "Stool is coming out without my knowledge and my back is very painful.",
        "Stool is coming out without my control and my back is very painful.",
    ],
)
def test_a_bowel_that_goes_unfelt_or_uncontrolled_in_other_words_is_raised(text: str) -> None:
    assert "bowel-dysfunction" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I was crapping myself before the MRI, back still sore.",
        "I was literally crapping myself waiting for the MRI results but my back is feeling better",
        # "motions" may be movements: "since my stroke I don't have full control of my motions"
        "My back has been very painful and the last few days I have lost control of my motions.",
    ],
)
def test_crapping_oneself_or_motions_may_be_something_else_and_are_asked(text: str) -> None:
    assert "bowel-dysfunction" not in dict(flags(text))
    assert "bowel-dysfunction" in asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stool comes out without any straining now that I'm on the laxatives, my back still aches",
        "The bowel prep drink was vile and I could barely hold it down, my back aches from the trolley",
    ],
)
def test_a_stool_passed_easily_or_a_drink_held_down_is_no_bowel_sign(text: str) -> None:
    assert "bowel-dysfunction" not in dict(flags(text))


def test_no_feeling_for_a_person_is_no_numbness() -> None:
    assert not flags("I don't have any feeling for him anymore and my back hurts.")


def test_a_flannel_or_sponge_not_felt_on_the_bottom_is_the_water_of_the_alias() -> None:
    text = (
        "I'm 65 and I noticed when I was washing myself in the bath that I couldn't feel the flannel "
        "on my bottom or my private parts. My back has been bad for a while."
    )
    assert "saddle-anaesthesia" in dict(flags(text))
    felt = "I can feel the sponge on my bum fine, my back just aches."
    assert "saddle-anaesthesia" not in dict(flags(felt))


def test_a_history_of_a_given_length_is_a_trouble_lasting_to_now() -> None:
    text = (
        "I am a 27-year-old male with an eight-month history of lower back pain and early-morning "
        "stiffness lasting roughly 45 minutes, which improves with exercise but not with rest. I "
        "regularly wake in the second half of the night with pain."
    )
    assert "lower-back-pain" in found(text)
    assert "inflammatory-back-pain" in dict(flags(text))
    lasting = painkb.interpret(KB, "I have a 3 month history of buttock pain.")
    assert lasting.duration is not None
    assert lasting.duration.days == 90
    assert "persistent-gluteal-pain" in dict(flags("I have a 3 month history of buttock pain."))
    # a history with no length is still the past
    assert "lower-back-pain" in found("I have a history of back pain.", Status.HISTORICAL)


def test_better_when_doing_more_and_one_buttock_then_the_other_are_berlin_features() -> None:
    text = (
        "My physio is puzzled because my back gets better when I do more, not less. The stiffness in "
        "the morning lasts well over half an hour. I'm 34 and it started about 18 months ago with pain "
        "deep in one buttock then the other."
    )
    assert "inflammatory-back-pain" in dict(flags(text))
    # one feature alone is a question
    assert "inflammatory-back-pain" not in dict(flags("My back gets better when I do more, not less."))


@pytest.mark.parametrize(
    "text",
    [
        "Just got hit with the worst pain in me guts and back, out of the blue. Feeling woozy, clammy as, "
        "and puffing like I've run a marathon.",
        "A sudden pain hit me low in the back and into the belly like a knife, and I'm weak, clammy and me "
        "heart's hopping out of me chest.",
    ],
)
def test_a_burst_aneurysm_in_the_guts_with_a_hopping_heart_is_raised(text: str) -> None:
    assert "burst-aneurysm-symptoms" in dict(flags(text))


def test_a_gut_feeling_is_no_tummy() -> None:
    text = "My gut feeling says it's nothing, sudden back pain and I feel a bit dizzy."
    assert "burst-aneurysm-symptoms" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I have osteoporosis. Had a little tumble on the bus when it braked, my back pain since is severe.",
        "Been on prednisolone tablets for years. Stepped off the kerb awkwardly and jolted myself, my lower "
        "back is agony.",
    ],
)
def test_a_tumble_or_a_kerb_stepped_off_with_fragile_bones_is_minor_trauma(text: str) -> None:
    assert "minor-trauma-with-osteoporosis" in dict(flags(text))


def test_a_foot_caught_on_the_rug_is_a_trip_and_on_a_nail_is_not() -> None:
    assert "recent-injury" in dict(
        flags("I caught my foot on the rug and went flying, my back is killing me.")
    )
    assert "recent-injury" not in dict(
        flags("I caught my foot on a nail, it bled, my back aches from gardening.")
    )


def test_a_stomach_pulsing_with_butterflies_is_nerves() -> None:
    assert "pulsating-abdomen" not in dict(
        flags("My stomach was pulsing with butterflies before the interview.")
    )
    assert "pulsating-abdomen" in dict(flags("My stomach is pulsing and my back hurts."))


def test_the_toilet_for_number_twos_is_the_bowel_alone() -> None:
    said = dict(
        flags("I can't feel when I need the toilet for number twos, it just comes, and my back is bad.")
    )
    assert "bowel-dysfunction" in said
    assert "bladder-dysfunction" not in said


def test_a_pain_in_my_seat_is_the_buttock() -> None:
    text = "This pain in my seat has got so I can't hang the washing out or walk to church on a Sunday."
    assert "buttock-pain" in found(text)
    assert "difficulty-with-mobility" in dict(flags(text))


def test_a_walking_difficulty_with_a_joint_or_condition_of_the_gluteal_area_is_raised() -> None:
    text = "My SI joint is agony and I have to hold on to something to get out of a chair"
    assert "difficulty-with-mobility" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "After tripping on the rug my leg looks shorter and turns outwards.",
        "My foot is pointing out to the side since I fell on my hip.",
    ],
)
def test_a_fall_that_leaves_the_leg_shorter_or_turned_out_is_a_possible_hip_fracture(text: str) -> None:
    assert "unable-to-bear-weight-after-fall" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I fell over last week, my foot points out but it always has, walking and bearing weight fine",
        "Years ago I fell and broke my hip, my leg turned outwards then; now just back ache from gardening",
        "I fell asleep with my foot turned out and now my hip is stiff",
        "The doll fell and its leg turned outwards, my daughter cried; my back aches from bending",
    ],
)
def test_a_leg_turned_out_always_long_ago_or_not_mine_is_no_hip_fracture(text: str) -> None:
    assert "unable-to-bear-weight-after-fall" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "My bum has been hurting for ages and nothing I do helps.",
        "I've had this ache deep in my glute for a good while now, stretching hasn't helped.",
    ],
)
def test_a_buttock_pain_of_a_vague_long_time_is_asked_about_never_silent(text: str) -> None:
    assert "persistent-gluteal-pain" not in dict(flags(text))
    assert "persistent-gluteal-pain" in asked(text)


def test_a_vague_time_of_another_place_asks_nothing_of_the_buttock() -> None:
    assert "persistent-gluteal-pain" not in asked("My knee has been hurting for ages and nothing I do helps.")


@pytest.mark.parametrize(
    "text",
    [
        "I wish to report progressively worsening pain in the left gluteal region, which now limits my "
        "walking to approximately 100 metres.",
        "cant even put my own socks on anymore coz of the pain in my bum n hip, wife has to do it",
        "The pain starts in my right buttock and goes down my thigh, I now can't stand long enough to cook.",
    ],
)
def test_an_everyday_activity_a_buttock_pain_now_limits_raises_the_walking_difficulty(text: str) -> None:
    assert "difficulty-with-mobility" in dict(flags(text))


def test_a_foot_not_going_up_is_a_foot_that_cannot_lift_not_a_denial() -> None:
    text = "right foot is not going up, when walking it is dragging"
    assert "foot-drop-weakness" in dict(flags(text))
    assert "foot-drop-weakness" not in found(text, Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "i jack up ice, back started aching couple days ago and getting worse",
        "still banging up speed at weekends, and this back pain started midweek",
    ],
)
def test_injecting_in_slang_with_the_drug_named_is_raised(text: str) -> None:
    assert "iv-drug-use" in dict(flags(text))


def test_a_car_jacked_up_is_no_injecting() -> None:
    assert "iv-drug-use" not in dict(flags("I had to jack up the car and my back went."))


@pytest.mark.parametrize(
    "text",
    [
        "I have osteoporosis. I was jolted awake by the alarm at 5, my back has had its usual ache for years",
        "Osteoporosis too. The tumble dryer broke so I'm hanging the washing out, my back aches a bit",
        "I have osteoporosis. I missed the step class at the gym this week because of my back ache",
    ],
)
def test_a_jolt_awake_a_tumble_dryer_or_a_step_class_is_no_minor_trauma(text: str) -> None:
    assert "minor-trauma-with-osteoporosis" not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "In yoga my foot is not going up as high as the teacher's, my lower back aches",
            "foot-drop-weakness",
        ),
        (
            "Since moving house I now can't find anywhere to park, my lower back is stiff",
            "difficulty-with-mobility",
        ),
        (
            "The council now stops me parking outside, my buttock aches from the long drive",
            "difficulty-with-mobility",
        ),
        (
            "I slipped a disc in 2015 and my foot is pointing out a bit, hip is achy",
            "unable-to-bear-weight-after-fall",
        ),
    ],
)
def test_the_new_words_in_another_sense_raise_nothing(text: str, sign: str) -> None:
    assert sign not in dict(flags(text))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The pain in my buttock now limits my walking to about 100 metres", "difficulty-with-mobility"),
        (
            "My SI joint pain now prevents me walking the dog, something I did every day",
            "difficulty-with-mobility",
        ),
        (
            "With the sciatica my left foot won't pull up, it flops down and I trip on the stairs",
            "foot-drop-weakness",
        ),
        (
            "On long term steroids, the bus braked and I got jolted, sharp pain in my back ever since",
            "minor-trauma-with-osteoporosis",
        ),
    ],
)
def test_the_third_reviews_real_signs_are_raised(text: str, sign: str) -> None:
    assert sign in dict(flags(text))


def test_a_trip_told_the_sentence_before_a_leg_turned_out_is_a_possible_hip_fracture() -> None:
    text = "Tripped on the mat this morning. Now my foot is pointing out to the side and my groin is in agony"
    assert "unable-to-bear-weight-after-fall" in dict(flags(text))
    assert "unable-to-bear-weight-after-fall" not in dict(
        flags("I fell, but my leg isn't turned out and I can walk.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "I'm up every night pacing the floor with this back pain.",
        "My lower back pain is there when I'm resting and at night, it never lets up.",
    ],
)
def test_night_pain_that_never_lets_up_is_persistent(text: str) -> None:
    assert "persistent-night-pain" in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "I fell last week but I'm fine. My left leg has always looked shorter since I was a child",
        "In the photo after my fall my leg looks shorter because of the angle, but I'm walking fine",
        "Hip fracture leaflet: if after a fall your leg looks shorter or turns outwards call 999.",
    ],
)
def test_a_leg_shape_with_a_reason_of_its_own_is_asked_not_a_hip_fracture(text: str) -> None:
    assert "unable-to-bear-weight-after-fall" not in dict(flags(text))
    assert "unable-to-bear-weight-after-fall" in asked(text)


@pytest.mark.parametrize(
    ("text", "place", "pain"),
    [
        ("My knee is sore but my back's fine.", "lower-back", "lower-back-pain"),
        ("It's not my back, it's my hip.", "lower-back", "lower-back-pain"),
        ("Nothing wrong with my hips, it's my groin.", "hip", "hip-pain"),
    ],
)
def test_a_place_said_fine_has_no_pain(text: str, place: str, pain: str) -> None:
    assert {place, pain} <= found(text, Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "No numbness in my legs and no pins and needles in my back.",
        "I don't have any redness or swelling over my hip, it just aches.",
        "My back has been fine for years, but this week my lower back aches.",
        # fine only at times (a review rev60)
        "My back's fine in the morning but by night it's unbearable",
        "my back's fine on the painkillers, I'm 62",
    ],
)
def test_a_place_denied_with_another_finding_keeps_its_pain_unsaid(text: str) -> None:
    # only a place denied by itself says no pain there
    assert not {"lower-back-pain", "hip-pain"} & found(text, Status.ABSENT)


@pytest.mark.parametrize(
    "text",
    [
        "sudden excruciating pain in my back and tummy",
        "Suddenly got agonising pain in my tummy and back.",
        "Sudden agony in my tummy and back.",
        "sudden unbearable pain in my lower back and belly",
        "sudden really bad pain in my stomach and back",
        "sudden excruciating stomach and back pain",
        "sudden agonising tummy and back pain",
    ],
)
def test_a_sudden_pain_as_bad_as_can_be_in_tummy_and_back_asks_about_a_burst_aneurysm(text: str) -> None:
    # NHS: "sudden, severe pain in your tummy or back"; said in other words it is asked (labour,
    # a heavy lift and trapped wind are told the same way: a review rev61), silent before
    assert "burst-aneurysm-symptoms" in asked(text)
    assert "burst-aneurysm-symptoms" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "sudden excruciating pain in my tummy and back, I'm sweaty and dizzy",
        "sudden agonising tummy and back pain and I nearly passed out",
        "Suddenly excruciating pain in my tummy and back and I keeled over",
        "sudden excruciating pain in my tummy and back and I'm feeling giddy",
        # the writer's known aneurysm
        "I've got an AAA they're watching, sudden excruciating pain in my belly and back",
        "the worst pain of my life suddenly in my belly and back and I feel faint",
        # the NHS's own word, as always
        "sudden severe pain in my tummy and back",
    ],
)
def test_a_sudden_severe_tummy_and_back_pain_with_more_of_the_sign_is_an_emergency(text: str) -> None:
    assert ("burst-aneurysm-symptoms", Urgency.EMERGENCY) in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # more of the sign denied, or only its letters (a review rev62)
        "sudden excruciating pain in my tummy and back, I'm not dizzy, not sweaty, not faint",
        "sudden excruciating pain in my tummy and back, still in my sweatpants",
        "sudden agonising pain in my belly and back doing my stretches on the floor",
    ],
)
def test_a_sudden_severe_pain_in_other_words_without_more_of_the_sign_is_no_emergency(text: str) -> None:
    assert "burst-aneurysm-symptoms" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "excruciating pain in my back and tummy when I laugh since the flu",
        "Sudden pain in my back and tummy.",
        "sudden excruciating pain in my back when I bent down",
    ],
)
def test_without_both_sudden_and_severe_no_burst_aneurysm_is_raised(text: str) -> None:
    assert "burst-aneurysm-symptoms" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Got a sudden tearing pain in my back. Then I keeled over.",
        "sudden tearing pain in my back and keeled over in the garden",
    ],
)
def test_keeled_over_without_i_asks_about_a_burst_aneurysm(text: str) -> None:
    assert "burst-aneurysm-symptoms" in asked(text)
    assert "burst-aneurysm-symptoms" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "contractions started suddenly, excruciating pains in my tummy and back",
        "Sudden excruciating pain in my back and tummy muscles at the gym doing deadlifts",
        "Sudden intense pain in my stomach and back during the deep tissue massage",
        "I get sudden awful tummy and back pain from my IBS, it's not new",
        "A sudden excruciating pain in my tummy and back would worry me, but I only have a stiff hip",
        "Crippling pain in my lower back and tummy for years, nothing sudden about it",
    ],
)
def test_a_severe_tummy_and_back_pain_with_a_cause_of_its_own_is_no_emergency(text: str) -> None:
    assert "burst-aneurysm-symptoms" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "my legs were weak last week, they're fine now",
        "my legs were weak for a day last week but they're fine now",
        "my legs were weak last week but now they feel normal",
    ],
)
def test_a_loss_said_fine_now_is_asked_not_raised(text: str) -> None:
    assert not flags(text)
    assert asked(text)


@pytest.mark.parametrize(
    "text",
    [
        "my legs were weak last week, they're fine now. Still numb though.",
        # "they" of others (a review rev61)
        "I wet myself in front of the kids, they're fine now.",
        # another place said fine, or "it" of another thing (a review rev60)
        "I keep wetting myself, my legs are ok now",
        "Lost control of my bowels this morning, but my bladder's fine now",
        "I can't pass urine properly, but my legs are fine now",
    ],
)
def test_a_loss_with_something_else_fine_now_is_still_raised(text: str) -> None:
    assert flags(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I haven't fainted and I'm not clammy, my back hurts after gardening", "clammy"),
        ("My mate went white as a sheet when he saw the bill, but my own back is just stiff", "white"),
    ],
)
def test_a_word_that_points_to_a_sign_is_understood_when_it_asks_nothing(text: str, word: str) -> None:
    # denied, or someone else's: read, so never "I did not understand: clammy"
    assert not [said for said in painkb.interpret(KB, text).not_understood if word in said]


@pytest.mark.parametrize(
    "text",
    [
        # a cause said apart, denied, contrasted or someone else's (a review rev60: a rule that
        # read causes close by was dropped after rev61)
        "I have IBS but this is different: sudden severe pain in my tummy and back",
        "sudden severe pain in my belly and back, my IBS never did this",
        "I'm 70, my colitis is fine, this is sudden severe pain in my stomach and back",
        "My granddaughter is in labour so I'm at the hospital, sudden severe pain in my tummy and back",
        "Had a massage yesterday, today sudden severe pain in my tummy and back out of nowhere, I'm 72",
        "Sudden severe pain in my stomach and back, definitely not trapped wind",
        "I've never had a colonoscopy or anything, sudden severe pain in my belly and back",
    ],
)
def test_a_cause_denied_set_apart_or_someone_elses_explains_no_burst_aneurysm(text: str) -> None:
    assert ("burst-aneurysm-symptoms", Urgency.EMERGENCY) in flags(text)


def test_a_fear_of_what_a_finding_would_mean_keeps_it_present() -> None:
    text = "I'm numb in the saddle area and that would worry me if I didn't already know about it"
    assert "saddle-anaesthesia" in dict(flags(text))


def test_consciousness_lost_with_a_sudden_back_pain_is_a_faint() -> None:
    text = "sudden back pain then I lost consciousness"
    assert ("burst-aneurysm-symptoms", Urgency.EMERGENCY) in flags(text)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("sudden pain in my back and belly, I was out cold for a minute", True),
        # a sleep, someone else's, or a blow
        ("sudden back pain lifting the baby, the baby was out cold asleep", False),
        ("I was knocked unconscious when I fell off the horse, back hurts", False),
    ],
)
def test_out_cold_only_asks_about_a_burst_aneurysm(text: str, asks: bool) -> None:
    assert ("burst-aneurysm-symptoms" in asked(text)) is asks
    assert "burst-aneurysm-symptoms" not in dict(flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sudden unbearable pain in my belly and back, my husband has gone pale with worry bless him",
        "sudden excruciating pain in my stomach and back, my dad fainted when he saw me crying lol",
        "I've had a collapsed disc for 6 years, today sudden excruciating pain in my lower back and tummy",
        "Got a faint line on a pregnancy test yesterday and today sudden horrible pain in my tummy and back",
    ],
)
def test_a_sign_of_shock_not_the_writers_raises_no_burst_aneurysm(text: str) -> None:
    # someone else's, or another sense (a review rev62): asked, not raised
    assert "burst-aneurysm-symptoms" not in dict(flags(text))
    assert "burst-aneurysm-symptoms" in asked(text)


def test_far_too_weak_after_now_is_both_legs_weak() -> None:
    assert "bilateral-leg-weakness" in dict(flags("both legs now far too weak to stand"))


@pytest.mark.parametrize(
    ("text", "sign", "raised"),
    [
        ("My bum is numb and that would freak me out if I let myself think about it",
         "saddle-anaesthesia", True),
        ("I haven't lost any feeling and having to ask about numbness in my bum is embarrassing",
         "saddle-anaesthesia", False),
    ],
)  # fmt: skip
def test_a_fear_said_beside_a_finding(text: str, sign: str, raised: bool) -> None:
    assert (sign in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # someone else saw it on the writer (a review rev64)
        ("Sudden crippling pain in my tummy and back, my wife says me face is grey and me heart is racing",
         True),
        ("Sudden excruciating pain in my tummy and back, my daughter found me passed out, 77", True),
        # a time gone
        ("Sudden excruciating pain in my stomach and back, I passed out as a child once, 31", False),
        ("Sudden agonising pain in my tummy and back, I was sweaty with covid last year, 34", False),
    ],
)  # fmt: skip
def test_a_sign_of_shock_of_the_writer_now(text: str, raised: bool) -> None:
    assert ("burst-aneurysm-symptoms" in dict(flags(text))) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # "back then" is a time only when "back" is not a place said with another
        ("sudden severe pain in my tummy and back then I passed out", True),
        ("I had sciatica in 2010 and back then it went away with physio", False),
    ],
)
def test_back_then_after_a_place(text: str, raised: bool) -> None:
    assert bool(flags(text)) is raised
