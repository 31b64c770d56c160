"""A body function said to work as usual denies its problem ("bladder and bowels behaving").

See ``[normal_state]`` in language.toml: said with a negation or a change ("not behaving",
"fine until today") the problem is asked about instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from painkb.kb import KnowledgeBase
from painkb.understand.context import Status, Trigger
from painkb.understand.interpretation import PARTIAL_WEIGHT, Mention
from painkb.understand.sentences import Sentence, between_commas
from painkb.understand.words import language

__all__ = ["said_to_work"]


_NORMAL_REACH = 6  # the most words from a function's name to its state ("bladder and bowels are fine")


def said_to_work(
    kb: KnowledgeBase, text: str, sentence: Sentence, triggers: Sequence[Trigger], theirs: bool
) -> list[tuple[Mention, tuple[int, ...]]]:
    """The findings a sentence denies by saying their body function works as usual
    ("bladder and bowels behaving", "normal bowel habits"), each with the token positions
    read; see ``[normal_state]`` in language.toml.

    A state said with a negation or a change ("bladder not behaving", "fine until today")
    is a doubt: the finding comes back uncertain, to be asked about. Nothing is read in a
    question, about someone else, or where a doubt stands in the clause.
    """
    if sentence.question or theirs:
        return []
    lang = language()
    tokens = sentence.tokens
    organs = [i for i, t in enumerate(tokens) if t.key in lang.normal_functions]
    if not organs:
        return []
    found: list[tuple[Mention, tuple[int, ...]]] = []
    done: set[int] = set()
    for first in organs:
        if first in done:
            continue
        begin, end = between_commas(text, sentence, first)
        said_of_it = {t.status for t in triggers if begin <= t.first < end}
        if Status.UNCERTAIN in said_of_it or Status.OTHER_PERSON in said_of_it:
            continue  # a doubt or someone else: read as any other words are
        chain = [first]
        state = None
        for j in range(first + 1, min(end, first + 1 + _NORMAL_REACH)):
            norm = tokens[j].norm
            if tokens[j].key in lang.normal_functions:
                chain.append(j)
            elif norm in lang.normal_states:
                state = j
                break
            elif not (
                norm in lang.stopwords
                or norm in lang.normal_between
                or norm in _NOT_AS_USUAL
                or norm in lang.normal_changes
            ):
                break
        if state is None:  # "normal bladder and bowel function": the state said first
            before = first - 1
            while before >= begin and tokens[before].norm in lang.stopwords and tokens[before].norm != "and":
                before -= 1
            if before >= begin and tokens[before].norm in lang.normal_states:
                state = before
                for j in range(first + 1, min(end, first + _NORMAL_REACH)):
                    if tokens[j].key in lang.normal_functions:
                        chain.append(j)
                    elif not (tokens[j].norm in lang.stopwords or tokens[j].norm in lang.normal_between):
                        break
        if state is None:
            continue
        clause = sentence.clause(first)
        # a negation said of it: just before or among its words ("not behaving", "no longer
        # normal"), not one of another finding ("no numbness and no problems peeing")
        near = range(max(begin, min(chain[0], state) - 2), max(chain[-1], state) + 1)
        words = {tokens[i].norm for i in near}
        # a change told in the clause, not in a complaint of its own before a comma ("lower
        # back pain since Monday, peeing normally")
        opening = clause[0]
        if any(tokens[i].key == _PAIN for i in range(clause[0], begin)):
            opening = max(clause[0], begin)
        closing = clause[1]
        said_end = tokens[max(chain[-1], state)].end
        # ... nor one after a comma in a complaint of its own after it ("wee is normal, a stiff
        # low back every morning")
        closing = next(
            (
                i
                for i in range(max(chain[-1], state) + 1, clause[1])
                if tokens[i].key in _A_COMPLAINT_OF_ITS_OWN and "," in text[said_end : tokens[i].start]
            ),
            closing,
        )
        told = range(opening, closing)
        changes = {tokens[i].norm for i in told} & lang.normal_changes
        done.update(chain)
        # the rest of the sentence telling of the function ("fine, I'm just going every 10
        # minutes", "normal apart from not being able to feel when I go")
        rest = tokens[max(chain[-1], state) + 1 :]
        rest = rest[: next((k for k, t in enumerate(rest) if t.key in lang.normal_functions), len(rest))]
        # ... and not a complaint of its own after a comma ("peeing normally, just a deep ache
        # in my buttock when I sit")
        comma = text.find(",", tokens[max(chain[-1], state)].end)
        if comma >= 0:  # ... nor a stiff back ("wee is normal, a stiff low back every morning")
            rest = rest[
                : next(
                    (k for k, t in enumerate(rest) if t.start > comma and t.key in _A_COMPLAINT_OF_ITS_OWN),
                    len(rest),
                )
            ]
        after = {  # up to the next function said; not "I feel well in myself"
            t.norm
            for k, t in enumerate(rest)
            if not (t.norm in _FEEL and k + 1 < len(rest) and rest[k + 1].norm in _WELL)
        } & _HOW_IT_GOES
        changed = words & _NOT_AS_USUAL or changes or after or Status.HISTORICAL in said_of_it
        status = Status.UNCERTAIN if changed else Status.ABSENT
        by_entity: dict[str, list[int]] = {}
        for i in chain:
            for denied in lang.normal_functions[tokens[i].key]:
                by_entity.setdefault(denied, []).append(i)
        for entity_id, where in by_entity.items():
            positions = tuple(sorted({*where, state}))
            place = sentence.place(positions)
            entity = kb.get(entity_id)
            sure = status is Status.ABSENT
            score = 1.0 if sure else PARTIAL_WEIGHT
            mention = Mention(
                entity, place.start, place.end, place.orth, status, score, entity.name, None, sure
            )
            found.append((mention, positions))
    return found


# Words that open a complaint of its own after a comma: a pain, a stiffness, a back or a leg.
_A_COMPLAINT_OF_ITS_OWN = frozenset({"pain", "stiff", "back", "leg", "hip", "buttock", "knee", "foot"})

_FEEL = frozenset({"feel", "feeling", "feels"})
_WELL = frozenset({"well", "fine", "ok", "okay", "good", "great", "alright", "normal"})

# Words that tell how a bladder or bowel works: said after "fine", they qualify it.
_HOW_IT_GOES = frozenset(
    {
        "go",
        "going",
        "goes",
        "feel",
        "feeling",
        "slow",
        "every",
        "times",
        "dribble",
        "dribbling",
        "leak",
        "leaking",
        "leaks",
        "accident",
        "accidents",
        "wet",
        "pee",
        "peeing",
        "wee",
        "weeing",
        "poo",
        "pooing",
        "stream",
        "flow",
        "empty",
        "emptying",
        "urge",
        "rush",
        "hold",
        "control",
        "start",
        "stop",
        "trickle",
        "strain",
        "straining",
        "constipated",
        "loo",
        "toilet",
        "aware",
        "nothing",
        "struggle",
        "finished",
        "dribbles",
        "comes",
        "coming",
        "know",
        "sit",
        "standing",
    }
)


# The stem every word of a complaint stands for ("ache", "sore", "hurts": [synonyms] in
# language.toml): after a comma it ends what is told of the function. (A back said to be bad
# in other words does not: "My back's been a nightmare and until this morning, waterworks
# fine" tells the change of the waterworks: a hunt, rev96.)
_PAIN = "pain"


# Words that say a function is not as usual ("not behaving", "no longer normal").
_NOT_AS_USUAL = frozenset(
    {
        "not",
        "no",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "never",
        "dont",
        "doesnt",
        "didnt",
        "cant",
        "cannot",
        "couldnt",
        "hardly",
        "barely",
        "less",
        "worse",
        "problem",
        "problems",
        "issue",
        "issues",
        "trouble",
        "leak",
        "leaking",
        "accident",
        "accidents",
        "wet",
        "numb",
        "longer",
    }
)
