"""Warning signs told in other words than their own: an event that injures (a trip, a stumble,
a blow to the hip) with a new pain, an accident told with what came out, night pain that no
position eases, a burst aneurysm felt in the tummy. Each real sign beside the look-alikes that
must stay quiet (many from the review sets hunts/rev33*.txt and a code review): things that
slide, trips a dropping foot explains, healed bruises, other people, idioms, hypotheticals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import painkb
from signs_read import KB, asked, flags


@pytest.mark.parametrize(
    "text",
    [
        "I tripped over the dog and hurt my hip.",
        "Tripped on the stairs yesterday, my lower back is agony now.",
        "Stumbled off the curb yesterday and now I've got a sudden pain in my lower back.",
        "Banged my hip on the table yesterday and it really hurts.",
        # the pain in the next sentence
        "Tripped over the dog's lead yesterday. The groin on that side is agony.",
        # an injury to the hip or lower back, as the seed words it (session 34)
        "I had an injury to my back yesterday and the pain is severe",
        "I had a bad injury to my hip last week.",
        # injured, told with a pain of its own (session 34)
        "Got injured at netball yesterday, my hip is agony.",
        "I got injured at rugby on Saturday and my back hurts.",
        "I toppled over in the garden this morning. My hip is so sore I can barely walk.",
    ],
)
def test_an_event_that_injures_told_with_a_pain_is_a_recent_injury(text: str) -> None:
    assert "recent-injury" in flags(text)
    injury = next(m for m in painkb.interpret(KB, text).mentions if m.entity.id == "recent-injury")
    assert injury.present
    assert injury.confident


def test_the_injury_names_the_event_and_the_hurt() -> None:
    text = "I tripped over the dog and hurt my hip."
    injury = next(m for m in painkb.interpret(KB, text).mentions if m.entity.id == "recent-injury")
    assert (text[injury.start : injury.end], injury.via) == ("tripped", "tripped + Hip pain")


@pytest.mark.parametrize(
    "text",
    [
        # a cue alone is asked, as before
        "I tripped over the cat.",
        # things, not the person
        "The Christmas tree toppled over in the night, my back is stiff today.",
        "My car slid on the ice a bit this morning, my back aches.",
        # a habit, or a trip its sentence explains: a foot that drops
        "My right foot keeps slapping down and I've tripped twice on the kerb, back pain for a month.",
        "I tripped on the kerb because my foot won't lift, and my back hurts.",
        # healed, or only a knee
        "I tripped over the dog last month and bruised my hip, but it healed within a few days.",
        "I tripped off the kerb yesterday and grazed my knee, it's sore, but my back is fine.",
        # a blow that hits no part of the body
        "I bumped into my friend and my back hurts.",
        # someone else, a fear, a denial, an idiom
        "My mum tripped and hurt her hip.",
        "What if I tripped and hurt my back?",
        "I didn't fall or trip, my back just hurts.",
        "I tripped over my words at the meeting and now my back hurts when I can't get up.",
        # an old injury, said so (asked), or one denied
        "I had an old football injury to my hip that still niggles.",
        "I've never had an injury to my back.",
        # injured: someone else, a fear, healed, long ago
        "my dog got injured and my back hurts from lifting him",
        "I'm worried I'll get injured at the gym, my back already aches",
        "I got injured last season, fully healed, but my back aches from work",
        "I was injured in a car crash 10 years ago and my back aches in the cold",
    ],
)
def test_look_alikes_of_an_event_that_injures_raise_no_injury(text: str) -> None:
    assert "recent-injury" not in flags(text)


def test_a_trip_alone_is_still_asked_about() -> None:
    assert "recent-injury" in asked("I tripped over the cat.")


@pytest.mark.parametrize(
    "text",
    [
        "tripped on the rug. I can't lift my leg off the bed at all",
        "tripped over the hoover and now my leg won't take my weight, pain in the hip",
        "I toppled over in the bathroom this morning and now I can't put any weight on my right leg",
    ],
)
def test_a_fall_told_in_other_words_completes_not_bearing_weight_after_a_fall(text: str) -> None:
    assert "unable-to-bear-weight-after-fall" in flags(text)


def test_a_trip_a_dropping_foot_explains_is_no_fall() -> None:
    text = "I keep tripping because my foot drops and I can't stand on my leg for long."
    assert "unable-to-bear-weight-after-fall" not in flags(text)
    assert "foot-drop-weakness" in flags(text)


# the words of [cues.injuring] that were only asked about before it (not "tumbled", "stumbled off",
# which phrases read as a fall of whoever it was)
_FALLS = ["tripped", "toppled over", "slid", "skidded"]
_PAINS = ["my hip hurts", "my lower back is agony", "my bum is really sore", "I can't put weight on my leg"]
_OTHERS = ["My mum", "The shelf", "My car", "The dog", "Our neighbour", "The bike"]


@given(st.sampled_from(_OTHERS), st.sampled_from(_FALLS), st.sampled_from(_PAINS))
def test_an_event_of_someone_or_something_else_never_raises_an_injury(
    who: str, event: str, pain: str
) -> None:
    text = f"{who} {event} yesterday and {pain}."
    assert "recent-injury" not in flags(text)


@given(st.sampled_from(_FALLS), st.sampled_from(_PAINS))
def test_an_event_told_as_a_habit_never_raises_an_injury(event: str, pain: str) -> None:
    assert "recent-injury" not in flags(f"I've {event} twice this week and {pain}.")


# -- [cues.injuring.of_another]: an event told whole with a subject of its own ------------------


@pytest.mark.parametrize(
    "text",
    [
        # (hunts/s33fresh.txt: each raised a recent injury before)
        "my hair is falling out since starting this medication",
        "my blood pressure fell a bit when they changed my meds, I feel fine though",
        "my eye drops fell in the toilet, need another prescription",
        "my bottle of tablets fell down the back of the radiator, can i get a replacement prescription",
        "a bus collided with a lamppost while i was waiting at the stop, i wasnt on it, just shocked",
        "I was reading when the bookcase fell over, my back aches from the chair",
        # (a review's look-alikes, hunts/rev34.txt)
        "the tree in our garden fell down in the storm, my back is bad from clearing it",
        "the price of petrol fell and I've been driving more and my back hurts",
        "I saw a cyclist fall off his bike and I stopped to help, my hip has ached for months",
        # a habit, a symptom more than an event
        "my legs are very weak and I keep falling",
        # gone on as before, hurt only slightly
        "Fell over in the garden but got straight back up and walked it off. Bum a bit sore.",
        "Slipped on a wet floor, landed on my bum, a bit sore but walked it off.",
    ],
)
def test_a_fall_or_crash_of_something_else_is_asked_not_raised(text: str) -> None:
    assert "recent-injury" not in flags(text)
    assert "recent-injury" in asked(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I fell over yesterday and my hip hurts", "recent-injury"),
        ("Since my fall in March my hip hurts", "recent-injury"),  # the event named
        ("Had a fall at work on monday, hip hurts", "recent-injury"),
        ("At the gym yesterday fell off the treadmill, back is sore", "recent-injury"),  # a place first
        ("walking the dog, fell over and hurt my back", "recent-injury"),
        ("Went down at bowls today, my hip took the brunt, it's bruising up", "recent-injury"),  # a body part
        ("My horse fell at a fence and my back hurts", "major-trauma"),  # what carried the writer
        ("our car crashed on the motorway, my back is agony", "major-trauma"),
        ("My horse fell on me and my back is killing me", "major-trauma"),  # done to the writer
        ("I was up the ladder and the ladder fell, I landed on my back", "recent-injury"),
        # (a review's, hunts/rev34.txt: a time first, the writer among them, done to the writer)
        ("this morning fell down the stairs and my back is agony", "recent-injury"),
        ("a week ago fell on the ice and my hip still hurts loads", "recent-injury"),
        ("me and the wife both fell on the ice last night, my hip is bruised", "recent-injury"),
        ("the lad tackled me late and my hip is killing me", "recent-injury"),
        ("a pallet fell on my lower back at work yesterday", "recent-injury"),
        ("a cyclist collided with my hip on the towpath and it's swollen", "recent-injury"),
        ("fell on the ice, walked it off, but now my hip is agony", "recent-injury"),
        # (a code review's, hunts/rev34b.txt: the event named, done to the writer's car)
        ("A car crash on Monday, been in agony with my lower back ever since", "major-trauma"),
        ("A nasty tumble down the stairs last night and now my hip is agony", "recent-injury"),
        (
            "Some idiot crashed into my car at the lights yesterday, my lower back has been agony since",
            "major-trauma",
        ),
        (
            "Crashed out of the car when it rolled over on the motorway, landed on my back and it's agony",
            "major-trauma",
        ),
        ("I fell yesterday and my hip is a bit sore", "recent-injury"),
        # (a second code review's, hunts/rev34c.txt)
        (
            "The mare stumbled at the gate and fell with me still on her, my lower back is in bits",
            "recent-injury",
        ),
        (
            "A tree fell on our car in the storm with me in the driver's seat, my back is agony",
            "recent-injury",
        ),
        (
            "The tram collided with a lorry and I was thrown onto the floor, my back has been agony since",
            "recent-injury",
        ),
        (
            "The muscles in my lower back got injured lifting a patient at work yesterday, agony",
            "recent-injury",
        ),
        ("Came off the motorbike at 60mph yesterday, got straight back up, hip a bit sore", "recent-injury"),
    ],
)
def test_the_writers_own_fall_with_words_before_it_is_still_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


_THINGS = ["My phone", "A box", "The vase", "My glasses", "The shelf", "Our fence", "The price of petrol"]
_FALLEN = ["fell", "was falling", "fell over", "crashed", "collided with the wall", "tumbled down"]


# (not "I can't put weight on my leg": a fall word anywhere completes that sign, and asks)
@given(st.sampled_from(_THINGS), st.sampled_from(_FALLEN), st.sampled_from(_PAINS[:3]))
def test_a_thing_that_falls_never_raises_an_injury(thing: str, event: str, pain: str) -> None:
    assert "recent-injury" not in flags(f"{thing} {event} yesterday and {pain}.")


# -- [cues.accidents]: an accident told with what came out is that loss of control --------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Had an accident in my knickers, the poo kind, didn't feel it coming", "bowel-dysfunction"),
        ("I keep having accidents in my trousers, poo, since the back pain", "bowel-dysfunction"),
        ("I had an accident, number two, in bed last night, back is horrendous", "bowel-dysfunction"),
        ("I had an accident in my pants, it was poo, and my back hurts.", "bowel-dysfunction"),
        ("I had an accident in my pants yesterday, wee, and my back hurts.", "bladder-dysfunction"),
        ("had 2 accidents this week, poo, back's been rotten", "bowel-dysfunction"),
        (
            "I've been incontinent since this morning, urine, and my lower back is horrendous",
            "bladder-dysfunction",
        ),
    ],
)
def test_an_accident_told_with_what_came_out_is_that_loss_of_control(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # which one is not said: asked about
        "I had an accident in my trousers yesterday and my back hurts.",
        # a vehicle's, a road's or work's accident
        "I had a car accident and now I can't poo, my back hurts.",
        "I had an accident at work and now I can't poo, my back hurts.",
        # a leaflet's words, denied, someone else's
        "The leaflet said accidents with wee or poo mean go to A&E, thankfully I've had nothing like that",
        "No accidents, poo or wee, just back pain.",
        "My dad had an accident in his pants, poo, and his back hurts.",
        # a pet's, an idiom, a hospital department, a game, said to be fine
        "puppy keeps having wee accidents and my back cant take all the bending",
        "cat had an accident, number two, on my bed. my back hurts anyway",
        "spilled water on my trousers by accident, looked like I wet myself haha, back is sore though",
        "accident and emergency waited 6 hours for my back, no wee problems",
        "accident at cricket, ball hit my hip, wee is fine",
    ],
)
def test_an_accident_that_does_not_say_what_came_out_raises_neither(text: str) -> None:
    assert not {"bowel-dysfunction", "bladder-dysfunction"} & flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # incontinence already named: its word for what came out is about something else
        "I have urinary incontinence and I can't poo, back pain.",
        "I've had stress incontinence since my kids were born, poo is normal, back pain new.",
    ],
)
def test_incontinence_already_named_is_not_read_as_the_other(text: str) -> None:
    assert "bowel-dysfunction" not in flags(text)


# -- [[told_apart]]: night pain not eased by position, told apart from the sign's words ------


@pytest.mark.parametrize(
    "text",
    [
        "no postion helps at nite, been like this a week, back just aches and aches",
        "sciatica down my right leg for 3 weeks and at night it's worse, no position helps",
        "My lower back hurts at night whichever way I lie.",
    ],
)
def test_night_pain_that_no_position_eases_is_raised(text: str) -> None:
    assert "persistent-night-pain" in flags(text)
    found = painkb.interpret(KB, text)
    assert "night-pain" not in {e.id for e in found.absent}  # "no position" denies nothing


@pytest.mark.parametrize(
    "text",
    [
        "I have no pain at night in any position.",
        "Does your back hurt at night whatever position?",
        "My back pain is fine at night, any position.",
        "Maybe my back hurts at night whichever way I lie, I can't remember.",
        "My back aches in any position during the day; nights are fine.",
    ],
)
def test_night_words_denied_doubted_or_asked_raise_no_night_pain(text: str) -> None:
    assert "persistent-night-pain" not in flags(text)


# -- the writer describing themself, and a function that stopped working ---------------------


def test_as_a_bloke_is_the_writer_not_someone_else() -> None:
    text = "Also, as a bloke, things haven't worked in the bedroom since my back went."
    # (raised since the screening reads "haven't worked in the bedroom", session 47; asked before)
    assert "sexual-dysfunction" in flags(text)
    statuses = {
        str(m.status) for m in painkb.interpret(KB, text).partial if m.entity.id == "sexual-dysfunction"
    }
    assert statuses == {"uncertain"}  # asked of the writer, not of "a bloke"


@pytest.mark.parametrize(
    ("text", "finding", "status"),
    [
        ("As a bloke, I have no numbness and my back hurts.", "numbness", "absent"),
        ("As a woman, numbness in my legs is not an issue, my back hurts", "numbness", "absent"),
        ("A bloke at work has numb legs.", "numbness", "other_person"),
    ],
)
def test_a_self_description_hides_no_other_trigger(text: str, finding: str, status: str) -> None:
    assert {str(m.status) for m in painkb.interpret(KB, text).mentions if m.entity.id == finding} == {status}


# -- a burst aneurysm: a sudden movement, a workout or someone else raise none ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "I stood up suddenly and felt clammy, my back aches",
        "I got up suddenly and went pale, my back aches",
        "Sudden tummy ache and sweaty after the gym, back's a bit stiff",
        "My son suddenly has bad stomach pain and he's sweating buckets, what do I do",
        # a sweat or clamminess with its own cause: asked about
        "I had a panic attack, sweaty and clammy, and my back went suddenly.",
        "My back suddenly hurts after the sauna, I'm sweaty and clammy.",
        "I had a hot flush, sweaty and clammy, and a sudden twinge in my back.",
    ],
)
def test_a_sudden_movement_a_workout_or_someone_else_raise_no_burst_aneurysm(text: str) -> None:
    assert "burst-aneurysm-symptoms" not in flags(text)


def test_a_sudden_back_pain_with_shock_in_a_younger_person_is_still_asked() -> None:
    text = (
        "Lower back pain hit me like a truck a few minutes ago, I'm sweating buckets and the room is spinning"
    )
    assert "burst-aneurysm-symptoms" not in flags(text)
    assert "burst-aneurysm-symptoms" in asked(text)


# -- look-alikes a code review found: none may raise its sign ----------------------------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a burst aneurysm from a tummy word with no tummy pain, or in a young person
        ("Sudden awful migraine, I feel sick to my stomach, pale and clammy", "burst-aneurysm-symptoms"),
        ("Got hit with a stomach bug, the worst, I'm dizzy and sweaty", "burst-aneurysm-symptoms"),
        (
            "I'm 22. Sudden agony in my tummy out of nowhere and now I feel dizzy and sweaty",
            "burst-aneurysm-symptoms",
        ),
        (
            "My tummy is sore like a knife after eating, I'm pale and tired, I was hit with a big bill",
            "burst-aneurysm-symptoms",
        ),
        # "as a woman" with a denial or a wish
        ("As a woman, numbness in my legs is not an issue, my back hurts", "numbness-tingling-or-weakness"),
        ("As a woman, numb legs would be awful, my back hurts", "numbness-tingling-or-weakness"),
        # night pain said to ease, or someone else's, or long ago, or a leaflet's
        ("Any position is fine at night, my back aches in the day.", "persistent-night-pain"),
        ("My back aches, I wake at night and turn to either side and it eases.", "persistent-night-pain"),
        ("My back aches and my wife says at night no position helps her.", "persistent-night-pain"),
        ("My back aches now, but years ago at night no position helped.", "persistent-night-pain"),
        (
            "The leaflet says back pain at night when no position helps is serious, my back aches.",
            "persistent-night-pain",
        ),
        # a thing's event, a fall word with an object, a blow to no body part, a hypothetical
        ("I was reading when the bookcase toppled over. My back hurts.", "recent-injury"),
        ("Im sure the bins toppled over in the wind, my back is sore", "recent-injury"),
        ("I slid the box across the floor, my back hurts", "recent-injury"),
        (
            "I tripped the fuse box, and now I can't put any weight on my leg",
            "unable-to-bear-weight-after-fall",
        ),
        ("I almost slid on the ice and my back hurts", "recent-injury"),
        ("I whacked the ball back over the net and my back is agony", "recent-injury"),
        ("I knocked on the door at the back, my back hurts", "recent-injury"),
        ("If I tripped I would hurt my hip.", "recent-injury"),
        # a pain of long standing
        ("I have had hip pain for 5 years. I tripped on the stairs yesterday.", "recent-injury"),
        (
            "I tripped over the cat this morning, I'm fine. I've not been able to put weight on my right leg "
            "for 3 months.",
            "unable-to-bear-weight-after-fall",
        ),
        # an accident denied, small, a baby's, nearly had, or asked about
        ("I had an accident in my pants, it wasn't poo, my back hurts", "bowel-dysfunction"),
        ("I had a wee accident with the kettle, my back hurts", "bladder-dysfunction"),
        (
            "An accident happened to the baby, poo everywhere, my back hurts from lifting her",
            "bowel-dysfunction",
        ),
        ("I nearly had an accident, poo, my back hurts", "bowel-dysfunction"),
        ("Will I have accidents, poo, with this back pain", "bowel-dysfunction"),
    ],
)
def test_look_alikes_a_review_found_raise_nothing(text: str, sign: str) -> None:
    assert sign not in flags(text)


def test_a_denial_beside_night_pain_is_kept() -> None:
    text = "Zero hip pain, but at night my back aches, no position helps"
    assert "hip-pain" in {e.id for e in painkb.interpret(KB, text).absent}


# -- look-alikes a second review found: none may raise its sign ---------------------------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a blow to a thing, or "back" as an adverb
        ("I banged the side of my car on a bollard and my back hurts.", "recent-injury"),
        ("I bumped the bottom of the car on a speed bump, my lower back hurts", "recent-injury"),
        ("I banged my back teeth together, my back aches", "recent-injury"),
        ("I knocked my hip replacement appointment back a week, my hip hurts", "recent-injury"),
        ("My back is agony so I poured a large whisky and knocked it back.", "recent-injury"),
        ("I got bumped back to the end of the waiting list, my back is agony.", "recent-injury"),
        # a fall word in another sense
        ("I slid into bed exhausted and my back hurts", "recent-injury"),
        ("I slid back into bad habits over Christmas and my back hurts", "recent-injury"),
        ("I toppled my king and resigned the chess game, my back hurts from sitting", "recent-injury"),
        ("I had a crash on my laptop, lost all my work, my back hurts from sitting.", "recent-injury"),
        (
            "I tripped on acid last weekend. Now I can't bear weight on my leg.",
            "unable-to-bear-weight-after-fall",
        ),
        (
            "I slid into bed last night and now I can't put weight on my leg.",
            "unable-to-bear-weight-after-fall",
        ),
        # doubted, dreamt, denied
        ("I doubt I tripped, but my hip hurts", "recent-injury"),
        ("I dreamt I tripped down the stairs, now my back hurts", "recent-injury"),
        ("The GP wondered whether I tripped, my hip hurts", "recent-injury"),
        ("I told the nurse I'd tripped, but I hadn't, my hip hurts.", "recent-injury"),
        # what came out said to be fine further on, "wee" meaning small, something else wet or dirty
        ("Since the accident, my wee has been fine, but my back hurts", "bladder-dysfunction"),
        (
            "I was in an accident on the motorway, wee and poo are both normal, my back hurts",
            "bowel-dysfunction",
        ),
        (
            "Had an accident falling off a ladder, no trouble with wee or poo, my back hurts",
            "bowel-dysfunction",
        ),
        ("Incontinence isn't a problem, wee and poo fine, my back hurts", "bladder-dysfunction"),
        (
            "I had an accident at the weekend, just a wee slip in the kitchen, my back is sore",
            "bladder-dysfunction",
        ),
        ("I had an accident, nothing serious, a wee bump on the head, my back aches", "bladder-dysfunction"),
        ("I had an accident in the bath, the floor was wet, my back hurts", "bladder-dysfunction"),
        ("I had an accident with the urine sample pot at the GP, my back hurts", "bladder-dysfunction"),
        ("I had an accident, stepped in fox poo and slipped, my back hurts", "bowel-dysfunction"),
        ("Does back pain cause accidents, poo, my back hurts", "bowel-dysfunction"),
        # someone or something else's night, an easing, one night, a sign-off, a question
        ("My back aches and my son can't get comfy at night", "persistent-night-pain"),
        ("My back aches at night and my husband can't get comfy either", "persistent-night-pain"),
        ("My back aches and the dog can't get comfy at night", "persistent-night-pain"),
        ("Nothing helps my anxiety at night, my back aches a bit", "persistent-night-pain"),
        ("I work nights and nothing helps my lower back ache.", "persistent-night-pain"),
        ("I can't get comfy at night unless I lie on my side, my back hurts", "persistent-night-pain"),
        ("My back ached last night and nothing helped but today it is much easier", "persistent-night-pain"),
        ("On my night out nothing helped my back ache", "persistent-night-pain"),
        ("Nothing helps my back pain, I'm fed up, night all x", "persistent-night-pain"),
        ("Does anyone know why no position helps at night, my back aches", "persistent-night-pain"),
        # a burst aneurysm from a leaflet's words, or from parts of different complaints
        (
            "I'm 72, I have a mild tummy ache. The leaflet says sudden severe pain with dizziness and "
            "sweating means call 999.",
            "burst-aneurysm-symptoms",
        ),
        (
            "I'm 66, tummy ache all week. Suddenly the worst headache ever, I'm dizzy and pale",
            "burst-aneurysm-symptoms",
        ),
        (
            "I'm 70, sudden awful pain in my knee, I was lying on my stomach, now dizzy and sweaty",
            "burst-aneurysm-symptoms",
        ),
        (
            "I'm 66, I'm giddy with excitement and my heart is racing, my back suddenly went, awful",
            "burst-aneurysm-symptoms",
        ),
    ],
)
def test_look_alikes_a_second_review_found_raise_nothing(text: str, sign: str) -> None:
    assert sign not in flags(text)


# -- look-alikes a third review found: none may raise its sign ----------------------------------


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a good night, a night event, something read or asked, something else at night
        (
            "I can't get comfy at my desk and my lower back aches, but I sleep through the night.",
            "persistent-night-pain",
        ),
        (
            "I can't get comfy on the sofa during the day, my back aches, but at night it settles.",
            "persistent-night-pain",
        ),
        ("Nothing helps my lower back ache except a good night's sleep.", "persistent-night-pain"),
        ("My physio asked whether no position helps at night, my back aches.", "persistent-night-pain"),
        (
            "I read that night pain where no position helps is a red flag, my back aches.",
            "persistent-night-pain",
        ),
        ("I can't get comfy at night because of my bump, my back aches.", "persistent-night-pain"),
        (
            "Nothing eases my back ache and I've got a big night at the theatre on Friday.",
            "persistent-night-pain",
        ),
        ("The night before my exam nothing helped my back ache.", "persistent-night-pain"),
        # "wee" meaning small, idioms, a place or a thing, a job, normal bowels, a doubt
        ("I had an accident in the garden, only wee scratches, but my back is sore.", "bladder-dysfunction"),
        ("Had an accident at the park with my wee girl, I hurt my back.", "bladder-dysfunction"),
        ("Had an accident in the wee hours, fell down the stairs, back agony.", "bladder-dysfunction"),
        ("I had an accident at home, felt like poo all day, my back hurts.", "bowel-dysfunction"),
        (
            "I had an accident near the urinal, slipped on the wet floor, my back hurts.",
            "bladder-dysfunction",
        ),
        (
            "After my bowel surgery I had an accident in the hospital corridor, slipped and hurt my back.",
            "bowel-dysfunction",
        ),
        ("I clean up accidents, poo and wee, at the care home, back hurts.", "bowel-dysfunction"),
        ("I clean up accidents, poo and wee, at the care home, back hurts.", "bladder-dysfunction"),
        (
            "I had an accident changing a poo nappy, got it all over me, and my back hurts from bending.",
            "bowel-dysfunction",
        ),
        (
            "Since my accident last month I've been doing a poo twice a day like clockwork, back still sore.",
            "bowel-dysfunction",
        ),
        ("I had an accident, I think wee, not sure, my back hurts.", "bladder-dysfunction"),
        # denied later, doubted, asked; fall or blow words in another sense
        ("The doctor thinks I tripped but I didn't, my hip hurts.", "recent-injury"),
        ("She said I tripped, I never did, my back hurts.", "recent-injury"),
        ("I supposedly tripped, my hip hurts.", "recent-injury"),
        ("Should I worry that I tripped? My back hurts.", "recent-injury"),
        ("I slid out of the car seat carefully because my back hurts.", "recent-injury"),
        ("I tripped up in my driving test yesterday, my lower back is agony from the seat.", "recent-injury"),
        ("Knocked me back a fortnight, my lower back is agony again.", "recent-injury"),
        ("I knocked the side table over and now my back hurts.", "recent-injury"),
        ("I bumped the side mirror on a post and my back hurts.", "recent-injury"),
        ("I bumped my bottom lip on the cup, my back hurts.", "recent-injury"),
        ("I tripped over myself to help and my back hurts.", "recent-injury"),
    ],
)
def test_look_alikes_a_third_review_found_raise_nothing(text: str, sign: str) -> None:
    assert sign not in flags(text)
