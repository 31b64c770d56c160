"""The second reading retrained with more ways of telling each sign (benchmarks/understanding/hunts/
para59.txt, 59th session): a sign told in part in words the model had not seen is raised, and
look-alikes told in part that share its words stay unraised. Sentences written here, not taken
from any benchmark part.
"""

from __future__ import annotations

import pytest

import painkb
from signs_read import flags, recording_reads_again

_INFECTION = "recent-bacterial-infection"


def test_a_recent_infection_told_by_its_name_alone_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    # "cellulitis" with no word of antibiotics or an infection: the 58th session's model gave it
    # 0.79 (asked); the one trained with the more varied lines is sure
    text = "just got over cellulitis on my arm and now my lower back is really sore"
    read_again = recording_reads_again(monkeypatch)
    assert _INFECTION in flags(text)
    assert _INFECTION in read_again  # raised by the second reading, not by a phrase matched whole
    found = next(m for m in painkb.interpret(painkb.load(), text).mentions if m.entity.id == _INFECTION)
    assert found.via == found.entity.name


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # a habit, a smoker's cough, a gym's sweat, a comfortable night: told in part, not told
        (
            "I drink so much tea that I'm up and down to the loo all day, back aches from the desk",
            "bladder-dysfunction",
        ),
        (
            "my smoker's cough is bad this winter and my back aches from shovelling",
            "pain-worse-coughing-sneezing",
        ),
        ("I'm hot and sweaty after my spin class and my back is sore", "fever-with-back-pain"),
        (
            "I sleep on my side and my back is comfortable at night, it aches at my desk",
            "persistent-night-pain",
        ),
    ],
)
def test_a_look_alike_told_in_part_stays_unraised(
    monkeypatch: pytest.MonkeyPatch, text: str, sign: str
) -> None:
    read_again = recording_reads_again(monkeypatch)
    assert sign not in flags(text)
    assert sign in read_again  # the model was asked, and was not sure
