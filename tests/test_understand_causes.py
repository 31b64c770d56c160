"""A harmless cause explains a warning sign only when it plausibly explains this finding: the
writer's own, not denied, not long gone, told in the sign's sentence or one next to it
([status.explained_in_its_sentence]). Said far from the sign, years ago, as a habit given up, as
someone else's ("my dad uses an inhaler", "my son's panic attacks") or denied ("I hardly ever get
anxious"), it leaves the sign raised; told near it as the writer's own, the sign is still asked
about, not raised. Only a car hit with nobody in it is read anywhere ([status.explained_anywhere])."""

from __future__ import annotations

import pytest

from signs_read import asked, flags


@pytest.mark.parametrize(
    ("sign", "text"),
    [
        # someone else's: a habit or a possession of theirs
        (
            "immunosuppression",
            "My dad uses an inhaler for his asthma. I've been on long-term steroids for my Crohn's and now "
            "have bad back pain.",
        ),
        (
            "pulsating-abdomen",
            "My wife suffers with anxiety. I'm 74 and I can feel a throbbing lump in my tummy and my back "
            "aches.",
        ),
        (
            "sexual-dysfunction",
            "My husband takes beta blockers. I've lost all feeling down there during sex and my back is very "
            "sore.",
        ),
        (
            "saddle-anaesthesia",
            "My wife goes cycling every day. This week my bum and inner thighs feel numb and my back is "
            "agony.",
        ),
        (
            "pulsating-abdomen",
            "My son's panic attacks have been awful. There's a pulsating lump in my tummy that beats with my "
            "heart, and my back aches",
        ),
        # long gone, or a habit given up
        (
            "immunosuppression",
            "I used an inhaler as a kid. These days I'm on steroids for my lupus and my back has been agony "
            "for two weeks.",
        ),
        (
            "pulsating-abdomen",
            "I had panic attacks in my twenties. Now at 70 I can feel a pulsing lump in my belly and my back "
            "hurts.",
        ),
        (
            "pulsating-abdomen",
            "I was pregnant 40 years ago. Now at 72 I can feel my heartbeat in my stomach all the time and "
            "my back is sore.",
        ),
        (
            "saddle-anaesthesia",
            "I had piles years ago when I was pregnant. Now my bum and private parts feel numb and my back "
            "is killing me.",
        ),
        (
            "bowel-dysfunction",
            "I had a tummy bug in 2019. Now I keep leaking poo and my lower back is agony.",
        ),
        (
            "progressive-neurological-deficit",
            "I stopped going to the gym years ago. My right leg is getting weaker every week and my back "
            "hurts.",
        ),
        (
            "pulsating-abdomen",
            "I used to get panic attacks. There's a pulsating lump in my tummy that beats with my heart, and "
            "my back aches",
        ),
        # denied
        (
            "pulsating-abdomen",
            "I hardly ever get anxious. There's a pulsating lump in my tummy that beats with my heart, and "
            "my back aches",
        ),
        # far from the sign: two sentences away, of something else
        (
            "immunosuppression",
            "I use a blue inhaler for my asthma. My back has been agony for three weeks and wakes me at "
            "night. I've also been on steroids for my Crohn's for a year.",
        ),
        (
            "pulsating-abdomen",
            "I get a bit anxious at the dentist. Anyway I'm 75 and a smoker. My back aches and I can feel a "
            "pulsing lump in my tummy.",
        ),
        # had before and told different now
        (
            "pulsating-abdomen",
            "I've had anxiety since I was a teen but this feels different, a pulsating lump in my tummy that "
            "beats with my heart and back ache",
        ),
    ],
)
def test_a_cause_far_old_denied_or_someone_elses_leaves_the_sign_raised(sign: str, text: str) -> None:
    assert sign in flags(text)


@pytest.mark.parametrize(
    ("sign", "text"),
    [
        (
            "bladder-dysfunction",
            "Since my prostate surgery I get the odd dribble when I cough, and my lower back aches.",
        ),
        (
            "bladder-dysfunction",
            "I had a prostatectomy two years ago. I still leak a little when I cough and my back is stiff.",
        ),
        (
            "immunosuppression",
            "I use a brown preventer inhaler with steroids in it for my asthma, and my back has been sore "
            "for a week.",
        ),
        (
            "unexplained-weight-loss",
            "I've lost a stone on keto this year, and my lower back has been stiff for a week.",
        ),
        (
            "pulsating-abdomen",
            "I'm 20 weeks pregnant and can feel a beat in my tummy, with a dull ache in my lower back.",
        ),
        (
            "pulsating-abdomen",
            "I get panic attacks. During them I can feel my heart thumping in my belly and my back aches.",
        ),
        (
            "pulsating-abdomen",
            "I feel my pulse in my tummy more than ever since my anxiety got bad, and my lower back aches.",
        ),
        (
            "pulsating-abdomen",
            "I'm 28 weeks pregnant but this feels different. A throbbing pulse in my tummy when I lie down "
            "and my back aches.",
        ),
        (
            "pulsating-abdomen",
            "I can see my pulse in my tummy when I lie flat, the GP checked it years ago and said it's "
            "normal because I'm skinny. Back ache is from work.",
        ),
        ("burst-aneurysm-symptoms", "Having a panic attack, sweaty and clammy, and my back went suddenly."),
        (
            "sexual-dysfunction",
            "Since giving birth 6 weeks ago sex feels different, and my lower back aches.",
        ),
        ("sexual-dysfunction", "I had my baby 8 weeks ago. Sex feels numb and my lower back is sore."),
        (
            "saddle-anaesthesia",
            "Did a 100 mile bike ride yesterday. My bum is still a bit numb and my lower back aches.",
        ),
        ("saddle-anaesthesia", "I've got piles and my bum feels numb and itchy. My lower back aches."),
        (
            "saddle-anaesthesia",
            "Sundays out with my mates on the bike, 70 miles, and my bum is numb for the evening and my back "
            "aches.",
        ),
        (
            "saddle-anaesthesia",
            "My friend's spin class is brutal, I go 3 times a week and my bum goes numb, back is sore.",
        ),
        ("fever-with-back-pain", "I've just started HRT. Sweating at night and my lower back aches."),
        (
            "fever-with-back-pain",
            "Sweating at night, it's no different from my usual hot flushes since the menopause",
        ),
        (
            "fever-with-back-pain",
            "I did have night sweats when I was going through the menopause but they stopped years ago. My "
            "back hurts from lifting the grandkids.",
        ),
        (
            "chest-pain-with-back-pain",
            "Chest sore and back sore, no different from when I pulled a chest muscle at bench press last "
            "month",
        ),
        (
            "bowel-dysfunction",
            "I've had a tummy bug since Sunday. Bit of leaking from behind and my lower back aches.",
        ),
        (
            "bowel-dysfunction",
            "Worse than ever, my piles leave poo stains in my pants and my lower back aches.",
        ),
        (
            "bowel-dysfunction",
            "Had food poisoning last week and barely felt the poo coming before it was urgent, all settled "
            "now, just the back ache left",
        ),
        (
            "unexplained-weight-loss",
            "I've been on semaglutide since January. I've lost two stone and my lower back aches.",
        ),
        (
            "bilateral-leg-weakness",
            "Did leg day on Thursday for the first time in months and now my thighs are so sore I'm walking "
            "like a cowboy, and my lower back is tight too. I know it's DOMS. My legs feel heavy but it's "
            "the muscle soreness, not weakness. How long does it last?",
        ),
    ],
)
def test_a_cause_of_the_writers_own_told_near_the_sign_is_not_raised(sign: str, text: str) -> None:
    assert sign not in flags(text)


@pytest.mark.parametrize(
    ("sign", "text"),
    [
        (
            "bladder-dysfunction",
            "I had a prostatectomy two years ago. I still leak a little when I cough and my back is stiff.",
        ),
        (
            "pulsating-abdomen",
            "I get panic attacks. During them I can feel my heart thumping in my belly and my back aches.",
        ),
        ("sexual-dysfunction", "I had my baby 8 weeks ago. Sex feels numb and my lower back is sore."),
    ],
)
def test_a_sign_a_near_cause_explains_is_still_asked(sign: str, text: str) -> None:
    assert sign in asked(text)


def test_an_old_operation_explains_no_wee_that_will_not_start_now() -> None:
    text = (
        "I had my prostate removed 10 years ago and have been fine. Since Tuesday I can't start a wee at all "
        "and my back is agony."
    )
    assert "bladder-dysfunction" in flags(text)


def test_a_car_hit_with_nobody_in_it_is_read_anywhere() -> None:
    text = (
        "A van went into the back of our car outside the house last night. Luckily nobody was in it. My back "
        "aches"
    )
    assert "major-trauma" not in flags(text)
    assert "major-trauma" in asked(text)
