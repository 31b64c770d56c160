"""Behaviour found by hunts over sentences written to break the reader (sessions 27 and 28): what
must be raised, what must only be asked, and look-alikes that must raise no emergency."""

from __future__ import annotations

import pytest

import painkb
from signs_read import KB, asked, flags

EMERGENCY = {e.id for e in KB.entities("warning_sign") if e.urgency.value == "emergency"}


PLAIN_WORDS = [
    ("My back is terrible, today I noticed I am not feeling the urge to urinate.", "bladder-dysfunction"),
    ("back pain. just noticed i havent needed a wee all day and its 9pm", "bladder-dysfunction"),
    ("I fell down the stairs from top to bottom and my back hurts", "major-trauma"),
    ("Back pain for a week. What I'm not used to is waking up in a wet bed.", "bladder-dysfunction"),
    ("incontinant of urine since yesterday, back pain", "bladder-dysfunction"),
    (
        "I had shingles as a child, now crushing chest pain going through to my back",
        "chest-pain-with-back-pain",
    ),
    ("my back passage feels loose since the back went", "bowel-dysfunction"),
    ("I have to press on my tummy to get the wee out, back pain", "bladder-dysfunction"),
    ("ok honestly i inject and my back has been killing me, dont want to go to a doctor", "iv-drug-use"),
    ("i cant feel when i need the toilet for number 2, had an accident, back pain", "bowel-dysfunction"),
    ("my back is killing me, both legs hurt and they feel weak", "bilateral-leg-weakness"),
    (
        "I am having back pain since one week. Yesterday motion came in my pant without knowing.",
        "bowel-dysfunction",
    ),
    ("Okada hit me on the road last week, now my waist is paining", "major-trauma"),
    ("a motorbike hit me on the road last week, now my back is paining", "major-trauma"),
    ("since morning I am trying to urinate but it refuse to come out, back pain", "bladder-dysfunction"),
    (
        "I had colon cancer 4 years ago. Now I am thinner without trying and back hurts",
        "unexplained-weight-loss",
    ),
    (
        "For 24 hours I have had reduced sensation on voiding and hesitancy, back pain",
        "bladder-dysfunction",
    ),
    # a question that presupposes what it asks about reports it
    ("Why can I feel a heartbeat in my stomach when I lie down? My back aches too.", "pulsating-abdomen"),
    ("why does the pain go from my lower back right down to my ankle on the left?", "radiating-leg-pain"),
    ("is it a bad sign that i didnt get any warning and wet myself?? bad back", "bladder-dysfunction"),
    ("Back pain. I couldn't get up, neither of my legs would hold me up.", "bilateral-leg-weakness"),
]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # not having been all day, with no urge: a question, never denied
        (
            "Realised at teatime I haven't been to the loo once since breakfast and there's no urge at all.",
            "bladder-dysfunction",
        ),
        # a soaked bed may be sweat: asked
        ("Back pain. Two nights running I've woken up to a soaked sheet.", "bladder-dysfunction"),
        # what a cause may do to anyone, asked about: a question, not a report
        ("could a back strain make me wet myself? hasn't happened, just curious", "bladder-dysfunction"),
        ("can a slipped disc cause incontinence?", "bladder-dysfunction"),
        # a question whether the writer has a sign's symptom
        ("Is my foot dropping?", "foot-drop-weakness"),
        (
            "Should sneezing hurt my back? I read it can be a sign of a disc problem.",
            "pain-worse-coughing-sneezing",
        ),
        ("Am I losing control of my bladder?", "bladder-dysfunction"),
        # another person's legs, told after their operation
        (
            "Apparently my uncle had surgery for cauda equina, both legs went numb. My back is just sore.",
            "bilateral-leg-weakness",
        ),
    ],
)
def test_asked_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text), text
    assert sign in asked(text), text


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "My feet were freezing and numb after standing on the touchline, thawed out fine. Back sore.",
            "bilateral-leg-weakness",
        ),
        ("I cleaned the house top to bottom and my back aches", "saddle-anaesthesia"),
        (
            "numb bum after 3 hours on the bike yesterday, normal again this morning. first long ride",
            "saddle-anaesthesia",
        ),
        (
            "Watched a video of a guy falling off a ladder, now I'm paranoid about my dad. Back aches.",
            "major-trauma",
        ),
        # advice, general questions, beliefs taken back, what is dreaded
        (
            "Discharge notes say come back if fever, leg weakness or bowel problems. Just sore.",
            "bowel-dysfunction",
        ),
        ("The leaflet says to report any redness, swelling or fever. Ok noted.", "fever-with-back-pain"),
        (
            "Doctor said tummy and back pain with fainting could be an aneurysm, call 999 if it ever happens",
            "burst-aneurysm-symptoms",
        ),
        ("whats a pulsating stomach a sign of", "pulsating-abdomen"),
        ("Thought I'd wet myself but turns out it was just sweat", "bladder-dysfunction"),
        (
            "I thought my foot was dropping but the neurologist said the strength is full",
            "foot-drop-weakness",
        ),
        ("Will I end up needing surgery? I'm dreading the thought of a fusion.", "recent-spinal-surgery"),
        ("I'm worried that when I'm older my back will curve over", "structural-deformity"),
    ],
)
def test_look_alikes_raise_no_emergency(text: str, sign: str) -> None:
    raised = flags(text)
    assert sign not in raised, text
    assert not raised & EMERGENCY, text


def test_a_bottom_in_top_to_bottom_is_no_buttock() -> None:
    reading = painkb.interpret(KB, "I cleaned the house top to bottom, back aches")
    assert "buttock" not in {m.entity.id for m in reading.mentions}


QUESTIONS_ABOUT_WHAT_IS_SAID = [
    ("I wet myself last night, is that serious?", "bladder-dysfunction"),
    ("Should I go to A&E, my legs have both gone weak?", "bilateral-leg-weakness"),
    ("Is it normal that my foot is dropping?", "foot-drop-weakness"),
    ("Is my foot drop serious? It started on Monday with my sciatica.", "foot-drop-weakness"),
]


def test_dreading_what_hurts_still_reports_it() -> None:
    assert "pain-worse-coughing-sneezing" in flags("I dread coughing because it sends a jolt down my back")


@pytest.mark.parametrize(
    "text",
    ["back pain, both legs numb", "My back is killing me, both legs went numb this morning"],
)
def test_a_pain_before_a_comma_is_not_the_pain_of_both_legs_numb_after_it(text: str) -> None:
    raised = flags(text)
    assert "bilateral-leg-weakness" in raised
    assert "bilateral-sciatica" not in raised
    assert "radiating-leg-pain" not in raised


def test_both_legs_without_an_owner_after_the_writers_own_clause_stay_the_writers() -> None:
    assert "bilateral-leg-weakness" in flags("My back is killing me, both legs went numb this morning")


# A reviewer's findings against the first version of this session's rules: each a real report
# a rule lost, or a false alarm it made.
LOST_FOUND_BY_THE_FIRST_REVIEW = [
    (
        "I thought I was having a heart attack, crushing chest pain going right through to my back",
        "chest-pain-with-back-pain",
    ),
    (
        "I thought I was going to wet myself and I did, twice today, never happened before",
        "bladder-dysfunction",
    ),
    (
        "I thought I had lost control of my bladder and the doctor confirmed it today",
        "bladder-dysfunction",
    ),
    ("Is my loss of bladder control permanent?", "bladder-dysfunction"),
    ("Is my saddle numbness an emergency?", "saddle-anaesthesia"),
    ("would a bulging disc make me wet myself like I did this morning?", "bladder-dysfunction"),
    (
        "Can the slipped disc cause the numbness between my legs I've had since Tuesday?",
        "saddle-anaesthesia",
    ),
    ("shooting pain down my legs, both legs tingling and burning", "bilateral-sciatica"),
    (
        "I was told to come back if my legs got weaker, well today both legs gave way and I fell",
        "bilateral-leg-weakness",
    ),
    ("they said go back if I lost bladder control which happened this morning", "bladder-dysfunction"),
]


@pytest.mark.parametrize(
    "text",
    [
        "No bladder or bowel problems, never used to have them either",
        "I didn't use to get numbness in my legs and I don't now either",
        "Why is the loss of bladder control such a big deal with back pain?",
        "why do the nerves cause loss of bowel control?",
    ],
)
def test_look_alikes_the_reviewer_found_raise_nothing_urgent(text: str) -> None:
    assert not flags(text) & EMERGENCY, text


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a fear said with its coming true: asked (a doubt and a report in one sentence)
        (
            "I'm dreading the thought of wetting myself again at work, it's happened twice this week",
            "bladder-dysfunction",
        ),
        ("never used to wake up in a wet bed, this week twice", "bladder-dysfunction"),
        ("my legs are fine, both just feel heavy and weak", "bilateral-leg-weakness"),
        ("I never used to get numbness down there", "saddle-anaesthesia"),
        # a fall from a terrace or a balcony may be a step or two: asked (a review found those)
        ("I fell from the terrace while fixing the antenna and landed on my back", "major-trauma"),
        ("I fell out of a tree onto my back yesterday, it hurts a lot", "major-trauma"),
        # a medicine for weight named only to deny it leaves the loss unexplained
        (
            "I'm not on Ozempic, I've lost 2 stone without trying, back pain at night",
            "unexplained-weight-loss",
        ),
        # "mid" of a sneeze keeps the sneeze
        ("I get a stab of lower back pain mid sneeze", "pain-worse-coughing-sneezing"),
    ],
)
def test_raised_or_asked_never_silent(text: str, sign: str) -> None:
    assert sign in flags(text) | asked(text), text


# A second reviewer's findings against the mended rules.
LOST_FOUND_BY_THE_SECOND_REVIEW = [
    ("I'm not used to having to strain to pee", "bladder-dysfunction"),
    ("Is my loss of bladder control permanent?", "bladder-dysfunction"),
    ("Does my foot drop mean I need an operation?", "foot-drop-weakness"),
    ("Why does the numbness down there come and go?", "saddle-anaesthesia"),
    ("I recorded a video of my legs giving way so the doctor could see", "bilateral-leg-weakness"),
    ("numb backside for 3 days, it started after a long ride on the train", "saddle-anaesthesia"),
    ("I thought I was going to wet myself and I did, twice today", "bladder-dysfunction"),
]


LOOK_ALIKES_FOUND_BY_THE_SECOND_REVIEW = [
    ("No bladder or bowel problems, never used to have them either", "bladder-dysfunction"),
    ("Am I losing bladder control or is it a UTI?", "bladder-dysfunction"),
    ("Am I wetting myself in my sleep?", "bladder-dysfunction"),
    ("Is my foot dropping when I walk?", "foot-drop-weakness"),
    ("I dread the thought of my legs giving way on the stairs", "bilateral-leg-weakness"),
    (
        "The surgeon told me to prepare for some numbness in my saddle area after the op",
        "saddle-anaesthesia",
    ),
    ("Thought id peed myself. nope just sweat lol", "bladder-dysfunction"),
    ("I thought I was going to pee myself on the bus", "bladder-dysfunction"),
    ("Could that make me lose control of my bladder?", "bladder-dysfunction"),
    ("I was scared of wetting myself in public, which happened to my aunt", "bladder-dysfunction"),
    ("why is the numbness in the saddle area so serious?", "saddle-anaesthesia"),
    (
        "I used to have pain in both legs, now just the right one and it feels weak",
        "bilateral-leg-weakness",
    ),
    ("I inject every day as my doctor told me to", "iv-drug-use"),
]


# Non-native English and text-speak (a hunt of 300 messages): look-alikes that raised a sign.
LOOK_ALIKES_IN_OTHER_REGISTERS = [
    (
        "I have small back ache but when I sneeze or cough nothing change, it is same.",
        "pain-worse-coughing-sneezing",
    ),
    (
        "I had fever last month with dengue, fully cured now. This week small back pain, mattress.",
        "fever-with-back-pain",
    ),
    (
        "I feel a pulse in my stomach only after I run, when I rest it is gone. Back stiff, desk.",
        "pulsating-abdomen",
    ),
    (
        "toes go tingly wen its freezing n i dnt have proper socks on, goes wen i warm up. back stiff",
        "numbness-tingling-or-weakness",
    ),
    (
        "took prednisone for 5 days for a rash last yr, nothing since. back twinge from hoovering",
        "immunosuppression",
    ),
    (
        "fell down the stairs in a dream n woke up w a jolt lol, back is actually fine, bit stiff",
        "recent-injury",
    ),
    (
        "feel a bit hot n cold bc i just got out of the sauna lol, back still a lil sore",
        "fever-with-back-pain",
    ),
]


def test_an_operation_recovered_from_last_month_is_still_recent() -> None:
    assert "recent-spinal-surgery" in flags(
        "Had a lumbar fusion last month and recovered well, back aches now"
    )


# A third reviewer's findings against the twice-mended rules.
LOST_FOUND_BY_THE_THIRD_REVIEW = [
    ("My foot drop is not changing despite the physio", "foot-drop-weakness"),
    ("I still can't pee, nothing change since yesterday", "bladder-dysfunction"),
    ("Lost 2 stone since last yr without trying, back pain", "unexplained-weight-loss"),
    ("Does my saddle numbness need an MRI today?", "saddle-anaesthesia"),
    ("Will my bowel incontinence stop once the swelling goes down?", "bowel-dysfunction"),
    (
        "I thought I was imagining the numbness in my groin, nope it's real and spreading",
        "saddle-anaesthesia",
    ),
    ("I lost bladder control, which happened to me at work", "bladder-dysfunction"),
    ("I dreamt I was on the toilet and woke up having wet the bed", "bladder-dysfunction"),
    ("throbbing lump in my belly all the time, worse after running, back pain", "pulsating-abdomen"),
    ("Both my legs have gone weird, I can only shuffle, they feel so weak", "bilateral-leg-weakness"),
    (
        "When I sneeze it is same like electric shock down my leg, back pain",
        "pain-worse-coughing-sneezing",
    ),
]


LOOK_ALIKES_FOUND_BY_THE_THIRD_REVIEW = [
    ("I never used to have bladder problems and I still don't", "bladder-dysfunction"),
    ("I didn't use to have leg weakness, and I don't now", "numbness-tingling-or-weakness"),
    ("She asked if I had any numbness around my bottom, which I did not", "saddle-anaesthesia"),
    ("I thought I was going to wet myself and I did not, thankfully", "bladder-dysfunction"),
]


def test_a_trouble_not_yet_cured_is_asked_about() -> None:
    text = "I had a discitis infection 6 weeks ago, not fully cured yet, back pain"
    assert "recent-bacterial-infection" in flags(text) | asked(text)


@pytest.mark.parametrize(
    "text", ["a lump on my buttock, my back aches", "a lump on my buttock and my back aches"]
)
def test_a_lump_on_the_buttock_is_no_lump_on_the_spine(text: str) -> None:
    assert "structural-deformity" not in flags(text)


def test_a_lump_on_the_spine_is_still_one() -> None:
    assert "structural-deformity" in flags("there is a lump on my spine and my back aches")


# A fourth reviewer's findings (the whole day's rules against the start of the day).
LOST_FOUND_BY_THE_FOURTH_REVIEW = [
    ("I was going to wet myself on the way home and didnt make it", "bladder-dysfunction"),
    ("i was gonna wet myself and couldnt hold it, it went everywhere", "bladder-dysfunction"),
    ("I wet myself last night and if it happens again I'm calling 999", "bladder-dysfunction"),
    ("I soiled myself today and if this happens again im going to hospital", "bowel-dysfunction"),
    ("I thought I had wet myself, turned out I did, sheets were soaked", "bladder-dysfunction"),
    ("my fever is not cured, still 39 with back pain", "fever-with-back-pain"),
]


# Session 28: phrasings from two fresh sets written from public forum and Q&A posts (world
# Englishes, older writers); the sentences here are reworded.
FORUM_AND_WORLD_ENGLISH_WORDS = [
    ("I peed my pants in the shop with no warning and my back is killing me", "bladder-dysfunction"),
    ("back paining since Monday. Today stool came out in my pant and I did not feel it", "bowel-dysfunction"),
    ("slip disc since 3 months, now erection is not coming properly", "sexual-dysfunction"),
    (
        "I lost my balance and went down on the path. Now I can't stand on my right leg.",
        "unable-to-bear-weight-after-fall",
    ),
    ("I am having pain in middle of back since morning", "thoracic-back-pain"),
    ("Back pain for a month and I have lost 6 kg, but I did not change my food", "unexplained-weight-loss"),
    ("pain in the middle of the back of my ribcage", "thoracic-back-pain"),
    ("My back pain wakes me at 3 am and even if I change side it is not reducing", "persistent-night-pain"),
    ("the weight keeps falling off me and I am not dieting, back pain", "unexplained-weight-loss"),
    ("since my back went I stand at the toilet for ages before anything comes out", "bladder-dysfunction"),
    ("my back hurts and I'm never sure I've finished weeing", "bladder-dysfunction"),
    ("Since this morning I can't hold my bowels or my bladder properly, back is bad", "bladder-dysfunction"),
    ("I lift my knee up high like I'm marching so my foot doesn't drag, back hurts", "foot-drop-weakness"),
    # (was a denial of the sign: "doesn't" read as denying the night pain)
    ("the back pain wakes me every night and doesn't change whatever position", "persistent-night-pain"),
    ("back pain, and my bladder feels full but only a few drops come out", "bladder-dysfunction"),
]

FORUM_LOOK_ALIKES = [
    ("I wear grippy socks so my foot doesn't catch on the rug, my back hurts", "foot-drop-weakness"),
    # found by the session's review: the same words for something else
    (
        "I have not felt the urine infection symptoms since the antibiotics, back still hurts",
        "bladder-dysfunction",
    ),
    ("my stool came out in my test results as having blood, back ache", "bowel-dysfunction"),
    ("I fell from a tree swing at the park and landed on my bum, tailbone sore", "major-trauma"),
    ("I fell off the balcony step, only one step, back sore", "major-trauma"),
    ("my erection is not coming down, it has been 5 hours, back pain", "sexual-dysfunction"),
    ("my back aches at night, even when I change sides it eases off quickly", "persistent-night-pain"),
    ("I have pain in the middle of back of my thigh when I sit", "thoracic-back-pain"),
    # found by the session's second review
    (
        "I shake the ketchup bottle for ages before anything comes out and my back twinges",
        "bladder-dysfunction",
    ),
    ("my glue gun is full but only a few drops come out, my back aches", "bladder-dysfunction"),
    ("I hang the bag high so my foot doesn't catch it, my back hurts", "foot-drop-weakness"),
    ("period pain woke me this morning and it is not reducing, lower back ache too", "persistent-night-pain"),
    ("the physio said the bump on my spine is normal bone, my back aches", "structural-deformity"),
    ("the wardrobe went down sideways and I caught it, now my back hurts", "major-trauma"),
    ("I'm on the pill and sometimes get a mild backache mid-cycle", "thoracic-back-pain"),
    ("Laughed so hard I nearly peed my pants at the panto, then I tweaked my back", "bladder-dysfunction"),
    ("I nearly wet my pants, the back pain was so bad", "bladder-dysfunction"),
    (
        "I have a UTI and I'm on antibiotics since yesterday. No back pain, no fever.",
        "recent-bacterial-infection",
    ),
    (
        "my left slipper keeps falling off when I walk and I can't lift my foot",
        "unable-to-bear-weight-after-fall",
    ),
    (
        "The GP asked if I'd lost weight without trying or had night sweats, I haven't, "
        "the back ache is from lifting",
        "fever-with-back-pain",
    ),
]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Doc, my tatay fell in the bathroom and can't stand, he's 80", "unable-to-bear-weight-after-fall"),
        ("My mama had breast cancer before and now she has back pain", "history-of-cancer"),
    ],
)
def test_a_parent_named_in_filipino_or_family_english_is_someone_else(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert sign in {f.warning_sign.id for f in painkb.assess(KB, text=text).about_others} or sign in asked(
        text
    )


def test_the_usual_feeling_of_the_urine_not_felt_is_never_denied() -> None:
    text = "I have not felt the usual sensation of the urine passing and my back aches."
    said = {m.entity.id: m.status.value for m in painkb.interpret(KB, text).mentions}
    assert said.get("bladder-dysfunction") != "absent"
    assert "bladder-dysfunction" in flags(text) | asked(text)


def test_a_belief_that_turned_out_sweat_raises_nothing() -> None:
    assert "bladder-dysfunction" not in flags("Thought I'd wet myself, turned out it was sweat.")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        *PLAIN_WORDS,
        *QUESTIONS_ABOUT_WHAT_IS_SAID,
        *LOST_FOUND_BY_THE_FIRST_REVIEW,
        *LOST_FOUND_BY_THE_SECOND_REVIEW,
        *LOST_FOUND_BY_THE_THIRD_REVIEW,
        *LOST_FOUND_BY_THE_FOURTH_REVIEW,
        *FORUM_AND_WORLD_ENGLISH_WORDS,
    ],
)
def test_the_sign_is_raised(text: str, sign: str) -> None:
    assert sign in flags(text), text


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        *LOOK_ALIKES_FOUND_BY_THE_SECOND_REVIEW,
        *LOOK_ALIKES_IN_OTHER_REGISTERS,
        *LOOK_ALIKES_FOUND_BY_THE_THIRD_REVIEW,
        *FORUM_LOOK_ALIKES,
    ],
)
def test_the_sign_is_not_raised(text: str, sign: str) -> None:
    assert sign not in flags(text), text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I am now 71. Over the last month an ache low in my spine, new to me.", 71),
        ("I'm now 3 weeks into physio", None),
    ],
)
def test_an_age_said_with_now(text: str, age: int | None) -> None:
    assert painkb.interpret(KB, text).age == age


# Look-alikes of hunts/s33fresh.txt (session 34): each raised a warning sign before.
S33_LOOK_ALIKES = [
    (
        "I heard foot drop can happen with a slipped disc, I can lift my foot fine, just checking",
        "foot-drop-weakness",
    ),
    (
        "had a few too many at a wedding in Cork, head spinning and lower back aching from dancing all night",
        "persistent-night-pain",
    ),
    ("crashed out on the sofa last night and woke up with a stiff neck", "inflammatory-back-pain"),
    ("woke up in the night with a stiff neck", "inflammatory-back-pain"),
    (
        "Night pain in my back, cant find any comfortable position, getting about 2 hrs sleep",
        "difficulty-with-mobility",
    ),
    # (hunts/sweep34.txt)
    (
        "cant pee when someone's in the next urinal lol shy bladder my whole life, back aches",
        "bladder-dysfunction",
    ),
    ("My GP surgery is useless, can't get an appointment for my back ache.", "recent-spinal-surgery"),
    ("I fell for him hard lol, my back is stiff from the date", "recent-injury"),
    ("Things are swell at the new job haha, my back aches from the desk", "swelling-or-inflammation"),
    ("My legs are sore from standing at the concert all night, back aches too", "persistent-night-pain"),
    ("My granda beat cancer twice, my back is sore from gardening", "history-of-cancer"),
    ("did parkrun this morning and both my legs feel weak, back's a bit stiff", "bilateral-leg-weakness"),
    (
        "The argument got really inflamed at work and I was tense all day, my back aches",
        "swelling-or-inflammation",
    ),
    ("Had a fever last week with flu, now better, but my lower back aches", "fever-with-back-pain"),
]


# ... but for a sign the line's writer labelled it with (s33fresh.txt:97, raised by the second
# reading since session 58: night pain no position eases)
S33_TOLD = {
    "Night pain in my back, cant find any comfortable position, getting about 2 hrs sleep": {
        "persistent-night-pain"
    }
}


@pytest.mark.parametrize(("text", "sign"), S33_LOOK_ALIKES)
def test_s33_look_alikes_raise_nothing(text: str, sign: str) -> None:
    assert sign not in flags(text)
    assert not flags(text) - S33_TOLD.get(text, set())


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my back aches all night and keeps me awake", "persistent-night-pain"),
        ("my neck and back are stiff when I wake in the night", "inflammatory-back-pain"),
        ("I've got foot drop, which can happen with a slipped disc", "foot-drop-weakness"),
        ("I crashed my car and my back hurts", "major-trauma"),
        ("I can barely get about 10 yards before my back seizes", "difficulty-with-mobility"),
        ("I can't pee at all since yesterday and my back is agony", "bladder-dysfunction"),
        ("I had back surgery 3 weeks ago and my back pain is getting worse", "recent-spinal-surgery"),
        ("my back was throbbing all night", "persistent-night-pain"),
        ("my buttock is inflamed and hot", "swelling-or-inflammation"),
        # (a code review's, hunts/rev34b.txt)
        (
            "I'm standing up all night because lying down my back is agony, every night for 2 months",
            "persistent-night-pain",
        ),
        (
            "Can't pee when there's obviously a full bladder, nothing comes out, back agony since yesterday",
            "bladder-dysfunction",
        ),
        ("I have a fever and my back is agony. My son's cold is all better now", "fever-with-back-pain"),
        (
            "Never been so weak in my whole life, both legs since yesterday, my back is bad",
            "bilateral-leg-weakness",
        ),
        (
            "My GP said the numbness around my bottom is a symptom of the disc pressing on nerves",
            "saddle-anaesthesia",
        ),
        (
            "Ice on the path, feet went and I fell flat on my bum yesterday. tailbone is agony",
            "recent-injury",
        ),
        (
            "My lower back is stiff for over an hour every morning and gets better with exercise, not rest.",
            "inflammatory-back-pain",
        ),
        # (a second code review's, hunts/rev34c.txt)
        (
            "I stood at the window all night because lying down my back is agony, every night for 3 weeks",
            "persistent-night-pain",
        ),
        (
            "I cant pee with people around or on my own, nothing since last night, my back is agony",
            "bladder-dysfunction",
        ),
        ("Left hip is swell and hot since 3 days, very pain", "swelling-or-inflammation"),
        # (wrong before the session too, hunts/rev34c.txt)
        (
            "The floor gave way under me in the loft and I fell through onto the landing, back is agony",
            "recent-injury",
        ),
        (
            "My leg went and I went down like a sack of spuds on the kitchen floor, hip is agony",
            "recent-injury",
        ),
        (
            "I can never go when someone is waiting outside, but since Monday I haven't passed a drop at all",
            "bladder-dysfunction",
        ),
        (
            "Had a fever last week with the flu, now better. But it's come back tonight, 39.3 and shaking,"
            " and my back is agony",
            "fever-with-back-pain",
        ),
        (
            "Recovering at home from the surgery on L4/L5 10 days ago, now the back pain is worse",
            "recent-spinal-surgery",
        ),
        (
            "I've had a fever for 3 days, feeling a bit better today but my back is killing me",
            "fever-with-back-pain",
        ),
        ("My grandad had cancer, and I had bowel cancer 2 years ago, now my back hurts", "history-of-cancer"),
    ],
)
def test_the_real_signs_beside_the_s33_look_alikes_stay_raised(text: str, sign: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("I broke my back in 2009 and my back has ached ever since", "lower-back"),
        ("I think I've got arthritis in my hip. My hip hurts when I walk.", "hip"),
        ("My back hurts. Maybe my back is just tired from work?", "lower-back"),
    ],
)
def test_a_finding_said_present_is_not_listed_again_in_doubt(text: str, entity: str) -> None:
    statuses = {str(m.status) for m in painkb.interpret(KB, text).mentions if m.entity.id == entity}
    assert statuses == {"present"}


def test_a_place_only_doubted_stays_doubted() -> None:
    it = painkb.interpret(KB, "might be bursitis, might be my back, the outside of my hip is sore")
    assert {str(m.status) for m in it.mentions if m.entity.id == "lower-back"} == {"uncertain"}
