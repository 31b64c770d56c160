"""The ``painkb`` command: the same public functions a program calls, printed for people.

Exit codes: 0 success, 1 invalid data or nothing found, 2 wrong usage.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

import painkb
from painkb import _atomic
from painkb.documents import bundled_documents, read_documents
from painkb.dump import format_document
from painkb.errors import DataError
from painkb.kb import KnowledgeBase
from painkb.load import load_documents, parse_and_check
from painkb.model import Citation, Entity, Kind, Link, Treatment, Urgency, WarningSign
from painkb.plain import as_data
from painkb.results import Assessment, Question, RedFlag

__all__ = ["main"]

T = TypeVar("T")

# Colour and wrapping use click's own styling: click.style adds ANSI codes and click.echo
# strips them when stdout is not a terminal (or ctx.color is False, as NO_COLOR makes it),
# and it imports nothing more, so the cold start of `painkb assess` stays as it was (rich
# would add ~60 ms of imports to every command).
Style = dict[str, Any]
_URGENCY_STYLE: dict[Urgency, Style] = {
    Urgency.EMERGENCY: {"fg": "red", "bold": True},
    Urgency.URGENT: {"fg": "red"},
    Urgency.SOON: {"fg": "yellow"},
}
_HEADING: Style = {"bold": True}
_NAME: Style = {"bold": True}
_ID: Style = {"fg": "cyan"}
_QUIET: Style = {"dim": True}
_MAX_WIDTH = 100  # wider lines are hard to read even on a wide terminal


def _width() -> int:
    """Columns to wrap to: the terminal's (or $COLUMNS), at most 100, at least 40."""
    return max(40, min(_columns(), _MAX_WIDTH))


def _columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil (and with it bz2
    and lzma) on every command: $COLUMNS, else the terminal's width, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    try:
        if stdout is None:
            return 80
        return os.get_terminal_size(stdout.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


Segment = tuple[str, Style]


def _wrap(segments: Sequence[Segment | str], indent: str = "", hang: str | None = None) -> list[str]:
    """``segments`` wrapped at word boundaries, each piece styled; words are never split.

    ``indent`` starts the first line, ``hang`` (default: ``indent``) the others. Styles
    are applied after wrapping, so escape codes never count towards the width.

    >>> _wrap(["one two three four"], "  ", "    ")[0]
    '  one two three four'
    """
    hang = indent if hang is None else hang
    words: list[list[Segment]] = [[]]
    for segment in segments:
        text, style = (segment, {}) if isinstance(segment, str) else segment
        for number, piece in enumerate(_printable(text).split(" ")):
            if number:
                words.append([])
            if piece:
                words[-1].append((piece, style))
    width = _width()
    lines: list[list[list[Any]]] = []  # each line: runs of [text, style]
    line: list[list[Any]] = [[indent, {}]]
    length, started = len(indent), False
    for word in filter(None, words):
        size = sum(len(piece) for piece, _ in word)
        if started and length + 1 + size > width:
            lines.append(line)
            line, length, started = [[hang, {}]], len(hang), False
        for number, (piece, style) in enumerate(word):
            text = " " + piece if started and number == 0 else piece
            if line[-1][1] == style:
                line[-1][0] += text
            elif text.startswith(" ") and not line[-1][1]:
                line[-1][0] += " "
                line.append([piece, style])
            else:
                line.append([text, style])
        length += size + (1 if started else 0)
        started = True
    lines.append(line)
    return ["".join(click.style(text, **style) if style else text for text, style in runs) for runs in lines]


def _say(*segments: Segment | str, indent: str = "", hang: str | None = None) -> None:
    for line in _wrap(segments, indent, hang):
        click.echo(line)


def _progress(label: str) -> Callable[[list[T]], Iterable[T]]:
    """A wrapper that draws a progress bar on stderr while items are worked through, when
    stderr is a terminal (never in pipes, files or tests)."""

    def wrap(items: list[T]) -> Iterable[T]:
        if not sys.stderr.isatty():
            yield from items
            return
        with click.progressbar(items, label=label, file=sys.stderr) as bar:
            yield from bar

    return wrap


def _emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


class _Failure(click.ClickException):
    """A command's failure: ``painkb: <message>`` on stderr and exit code 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"painkb: {_printable(self.message)}", err=True, file=file)


def _fail(message: str) -> NoReturn:
    raise _Failure(message)


def _printable(text: str) -> str:
    """``text`` with every non-printable character (ANSI escapes, controls) escaped.

    Data can hold any character; printed raw, an escape sequence could clear the
    terminal or fake a line. Newlines and tabs stay as they are.

    >>> _printable("ok\\x1b[2J\\u202e")
    'ok\\\\x1b[2J\\\\u202e'
    """
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() or char in "\n\t" else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


def _check_out(out: str, force: bool, folder: bool = False) -> None:
    """Exit 1 unless ``out`` can be written: its folder exists, and it is new or --force."""
    path = Path(out)
    parent = path.parent
    if not parent.is_dir():
        _fail(f"no folder {str(parent)!r} to write {out} into; create it first")
    if folder and path.exists() and not path.is_dir():
        _fail(f"{out} is a file; csv writes a folder of tables, give a folder name")
    if path.exists() and not force and not (folder and path.is_dir() and not any(path.iterdir())):
        _fail(f"{out} exists; add --force to replace it")


def _kb() -> KnowledgeBase:
    """The knowledge base the command runs on: the bundled one, or --data with or without it."""
    paths, bundled = click.get_current_context().find_root().obj or ((), True)
    try:
        return painkb.load(list(paths), include_bundled=bundled) if paths else painkb.load()
    except DataError as error:
        for problem in error.problems:
            click.echo(_printable(str(problem)), err=True)
        where = ", ".join(paths) if paths else "the bundled data"
        _fail(f"{len(error.problems)} problem(s) in {where}; `painkb validate` lists them with fixes")
    except OSError as error:
        _fail(f"cannot read the data: {error}")


def _cite(kb: KnowledgeBase, citation: Citation) -> str:
    source = kb.sources[citation.source]
    text = f'"{citation.quote}"' if citation.quote else citation.locator
    return _printable(f"{text} ({source.title}; evidence: {kb.evidence(citation)})")


def _describe_link(kb: KnowledgeBase, link: Link) -> str:
    relation = painkb.RELATIONS[link.relation].description
    zone = f" [{link.zone}]" if link.zone else ""
    return _printable(f"{kb.get(link.subject).name} {relation} {kb.get(link.target).name}{zone}")


def _print_reasons(kb: KnowledgeBase, reasons: Iterable[Link], indent: str = "     ") -> None:
    for link in reasons:
        click.echo(f"{indent}- {_describe_link(kb, link)}")
        for citation in link.citations:
            click.echo(f"{indent}    source: {_cite(kb, citation)}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(painkb.__version__, prog_name="painkb")
@click.option(
    "--data",
    "data",
    multiple=True,
    metavar="PATH",
    type=click.Path(exists=True),
    help="Run on your own data files or folder (repeatable), loaded with the bundled data.",
)
@click.option("--no-bundled", is_flag=True, help="With --data: leave the bundled data out.")
@click.pass_context
def main(ctx: click.Context, data: tuple[str, ...], no_bundled: bool) -> None:
    """A cited knowledge base of hip, glute and lower back pain.

    painkb informs; it does not diagnose. When an answer lists a warning sign, follow
    its advice and see a clinician.

    Colour is used on a terminal only; set NO_COLOR=1 to turn it off.

    \b
    Examples:
      painkb assess "my lower back aches and the pain goes down my leg"
      painkb show piriformis
      painkb --data my-kb/ find "my muscle"
      painkb COMMAND --help
    """
    if os.environ.get("NO_COLOR"):  # https://no-color.org: set and not empty
        ctx.color = False
    if no_bundled and not data:
        raise click.UsageError("--no-bundled needs --data PATH: there would be no data at all")
    ctx.obj = (data, not no_bundled)


@main.command(short_help="Find entities by name or alias, typos welcome.")
@click.argument("text")
@click.option("--kind", type=click.Choice([str(k) for k in Kind]), help="Only entities of this kind.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1), help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def find(text: str, kind: str | None, limit: int, as_json: bool) -> None:
    """Find entities by name or alias (typos and abbreviations welcome).

    \b
    Examples:
      painkb find "piriformis strech"
      painkb find QL --json
      painkb find hip --kind muscle --limit 3
    """
    kb = _kb()
    found = kb.find_scored(text, kind=kind, limit=limit)
    if as_json:
        _emit_json(
            [{"id": e.id, "kind": e.kind.value, "name": e.name, "score": round(s, 1)} for e, s in found]
        )
    else:
        for entity, score in found:
            click.echo(f"{entity.id:32} {entity.kind.value:16} {entity.name}  ({score:.0f})")
    if not found:
        _fail(f"nothing matches {text!r}")


def _show_text(kb: KnowledgeBase, entity: Entity) -> None:
    click.echo(f"{entity.name} ({entity.kind}, id {entity.id})")
    if isinstance(entity, WarningSign):
        click.echo(f"  WARNING SIGN [{entity.urgency.value.upper()}]: {entity.advice}")
    if entity.aliases:
        click.echo(f"  also called: {', '.join(entity.aliases)}")
    if entity.description:
        click.echo(f"  {entity.description}")
    if isinstance(entity, Treatment):
        click.echo(f"  category: {entity.category}; setting: {entity.setting}")
        for number, step in enumerate(entity.steps, 1):
            click.echo(f"  {number}. {step}")
        if entity.dosage:
            click.echo(f"  dosage: {entity.dosage}")
        for caution in entity.cautions:
            click.echo(f"  caution: {caution}")
    if entity.xrefs:
        click.echo(f"  xrefs: {', '.join(entity.xrefs)}")
    for citation in entity.citations:
        click.echo(f"  source: {_cite(kb, citation)}")
    links = kb.links_from(entity.id) + kb.links_to(entity.id)
    if links:
        click.echo("  links:")
        _print_reasons(kb, links, indent="    ")


@main.command(short_help="Show one entity, its links and their sources.")
@click.argument("entity")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show(entity: str, as_json: bool) -> None:
    """Show one entity, its links and their sources.

    ENTITY is an id, or free text resolved like `painkb find` ("glute min", "QL").

    \b
    Examples:
      painkb show piriformis
      painkb show "pigeon stretch"
      painkb show major-trauma --json
    """
    kb = _kb()
    try:
        found = kb.get(entity)
    except painkb.UnknownEntityError as error:
        best = kb.find_scored(entity, limit=1)
        if not best:
            _fail(str(error))
        found = best[0][0]
        click.echo(_printable(f"{entity!r} -> {found.name} ({found.kind}, {found.id})"), err=True)
    if as_json:
        links = kb.links_from(found.id) + kb.links_to(found.id)
        _emit_json({"entity": as_data(found), "links": as_data(links)})
    else:
        _show_text(kb, found)


def _resolve(kb: KnowledgeBase, text: str, kinds: Sequence[Kind]) -> Entity:
    scored = [pair for kind in kinds for pair in kb.find_scored(text, kind=kind, limit=1)]
    if not scored:
        _fail(f"no {' or '.join(str(k) for k in kinds)} matches {text!r}; try `painkb find {text!r}`")
    return max(scored, key=lambda pair: pair[1])[0]


def _names(entities: Iterable[Entity]) -> str:
    return ", ".join(f"{e.name} ({e.kind})" for e in entities)


def _how_long(duration: timedelta) -> str:
    """A stated duration in the largest whole unit ("3 weeks", "2 months", "10 days").

    >>> _how_long(timedelta(days=21)), _how_long(timedelta(days=10)), _how_long(timedelta(hours=5))
    ('3 weeks', '10 days', '5 hours')
    """
    days = duration.total_seconds() / 86400
    if days < 1:
        hours = max(1, round(days * 24))
        return f"{hours} hour{'s' if hours != 1 else ''}"
    whole = round(days)
    unit, count = next((u, whole // size) for u, size in _UNITS if whole % size == 0)
    return f"{count} {unit}{'s' if count != 1 else ''}"


_UNITS = (("year", 365), ("month", 30), ("week", 7), ("day", 1))


def _print_understood(result: Assessment) -> None:
    interpretation = result.interpretation
    if interpretation is None:
        return
    from painkb.understand import Status  # loaded already: there was text to read

    lines: list[tuple[str, str]] = []
    present = interpretation.entities(Status.PRESENT)
    stated = [
        *([f"age {interpretation.age}"] if interpretation.age is not None else []),
        *([f"for {_how_long(interpretation.duration)}"] if interpretation.duration is not None else []),
    ]
    if present or stated:
        lines.append(("I understood:", "; ".join(filter(None, (_names(present), *stated)))))
    doubtful = interpretation.entities(Status.UNCERTAIN)
    if doubtful:
        lines.append(("You are not sure about:", _names(doubtful)))
    others = interpretation.entities(Status.OTHER_PERSON) + interpretation.entities(Status.HISTORICAL)
    if others:
        lines.append(("About someone else or the past (not counted):", _names(others)))
    denied = tuple(dict.fromkeys((*result.absent, *interpretation.absent)))
    places = tuple(e for e in denied if e.kind is Kind.REGION)
    findings = tuple(e for e in denied if e.kind is not Kind.REGION)
    if findings:
        lines.append(("You said you do not have:", _names(findings)))
    if places:
        lines.append(("You said these are fine:", _names(places)))
    if interpretation.not_understood:
        lines.append(("I did not understand:", ", ".join(repr(w) for w in interpretation.not_understood)))
    if interpretation.out_of_scope:
        lines.append(("Outside what painkb covers:", ", ".join(interpretation.out_of_scope)))
    if interpretation.figurative:
        lines.append(("Read as a figure of speech:", ", ".join(repr(w) for w in interpretation.figurative)))
    for label, text in lines:
        _say((label, _HEADING), f" {text}", hang="  ")
    click.echo()


def _count(citations: Sequence[Citation]) -> str:
    sources = len({c.source for c in citations})
    return f"{sources} source{'s' if sources != 1 else ''}"


def _tag(urgency: Urgency) -> Segment:
    return (f"[{urgency.value.upper()}]", _URGENCY_STYLE[urgency])


def _print_flags(kb: KnowledgeBase, result: Assessment, sources: bool) -> None:
    top = result.red_flags[0].urgency
    _say(("WARNING SIGNS - see a clinician:", {**_URGENCY_STYLE[top], "bold": True}))
    _print_flag_list(kb, result.red_flags, "because of", sources)


def _print_theirs(kb: KnowledgeBase, result: Assessment, sources: bool) -> None:
    """The warning signs in what was written about someone else, with the advice for them."""
    top = result.about_others[0].urgency
    _say(
        (
            "ABOUT SOMEONE ELSE - warning signs in what you wrote about them;",
            {**_URGENCY_STYLE[top], "bold": True},
        ),
        " if they have these, this advice is for them:",
        hang="  ",
    )
    _print_flag_list(kb, result.about_others, "you wrote of them", sources)


def _print_flag_list(kb: KnowledgeBase, flags: Sequence[RedFlag], why: str, sources: bool) -> None:
    """Each flag with its urgency, advice and the words it rests on (``why``: how they are
    introduced); every citation when ``sources``."""
    for flag in flags:
        style = _URGENCY_STYLE[flag.urgency]
        _say(_tag(flag.urgency), " ", (flag.warning_sign.name, style), indent="  ", hang="     ")
        _say(flag.advice, indent="     ")
        said = ", ".join((*(e.name for e in flag.triggered_by), *(repr(w) for w in flag.said)))
        _say(f"{why}: {said} ({_count(flag.citations)})", indent="     ", hang="       ")
        if sources:
            for citation in flag.citations:
                _say(f"source: {_cite(kb, citation)}", indent="     ", hang="       ")
    click.echo()


def _print_candidates(kb: KnowledgeBase, result: Assessment, limit: int, sources: bool) -> None:
    _say(("What the sources connect to this", _HEADING), " (best fit first; not a diagnosis):")
    for number, candidate in enumerate(result.candidates[:limit], 1):
        entity = candidate.entity
        why = _describe_link(kb, candidate.reasons[0]) if candidate.reasons else ""
        _say(
            f"{number}. ",
            (entity.name, _NAME),
            f" ({entity.kind}, ",
            (entity.id, _ID),
            f") - {why}; {_count(candidate.citations)}",
            indent="  ",
            hang="     ",
        )
        if sources:
            _print_reasons(kb, candidate.reasons)
    if len(result.candidates) > limit:
        _say((f"... {len(result.candidates) - limit} more (--limit N)", _QUIET), indent="  ")


# A prompted question is asked first when its mention scores above this: more than one word that
# only points to the sign (a cue scores 0.5: "I nearly keeled over when I saw the rota").
_CLOSE_TO_AN_EMERGENCY = 0.5


def _print_check_first(questions: Sequence[Question]) -> None:
    """The emergencies what was written may be, asked before anything else: painkb was not sure
    enough to raise them ("sudden excruciating pain in my tummy and back")."""
    _say(
        (
            "CHECK FIRST - what you wrote may be an emergency:",
            {**_URGENCY_STYLE[Urgency.EMERGENCY], "bold": True},
        ),
        hang="  ",
    )
    for question in questions:
        _say_question(question)
        _say(f"If yes: {question.warning_sign.advice}", indent="    ", hang="      ")
    click.echo()


def _say_question(question: Question) -> None:
    """One screening question with its urgency and id, and why it is asked when the text prompted it."""
    why = f" - {question.reason}" if question.prompted else ""
    _say(
        _tag(question.urgency),
        f" {question.text} (",
        (question.warning_sign.id, _ID),
        f"){why}",
        indent="  ",
        hang="    ",
    )


def _print_assessment(kb: KnowledgeBase, result: Assessment, limit: int, sources: bool) -> None:
    _print_understood(result)
    if result.red_flags:
        _print_flags(kb, result, sources)
    if result.about_others:
        _print_theirs(kb, result, sources)
    # the emergencies the text points to but does not say whole come before the candidates too,
    # when its words came close (not "pain goes down my leg" asking about both legs, nor one word
    # such as "keeled")
    first = [
        q
        for q in result.questions
        if q.prompted
        and q.urgency is Urgency.EMERGENCY
        and q.mention is not None
        and q.mention.score > _CLOSE_TO_AN_EMERGENCY
    ]
    if first:
        _print_check_first(first)
    if result.candidates:
        _print_candidates(kb, result, limit, sources)
    elif result.regions or result.symptoms:
        _say("Nothing in the knowledge base connects to this presentation.")
    if result.self_care:
        click.echo()
        _say(("Self-care the sources describe", _HEADING), " (painkb show ID for how):")
        for match in result.self_care[: max(limit, 3)]:
            treatment = match.entity
            _say(
                "- ",
                (treatment.name, _NAME),
                f" ({treatment.category}, ",
                (treatment.id, _ID),
                ")",
                indent="  ",
                hang="    ",
            )
    shown = max(limit, 3)
    rest = [q for q in result.questions if q not in first]
    if rest:
        click.echo()
        _say(
            ("Questions to answer,", _HEADING),
            " what you wrote first, then most urgent (add --yes ID or --no ID):",
        )
        for question in rest[:shown]:
            _say_question(question)
        if len(rest) > shown:
            _say((f"... {len(rest) - shown} more (--limit N, or --json)", _QUIET), indent="  ")
    if result.candidates:
        top = result.candidates[0].entity.id
        click.echo()
        _say(
            ("Next:", _HEADING),
            f" painkb show {top} | painkb map {top} | --sources for every citation",
            hang="  ",
        )
    click.echo()
    _say(result.disclaimer)


def _presentation(text: str | None, regions: tuple[str, ...], symptoms: tuple[str, ...]) -> str:
    # --region and --symptom are read by interpret like the free text, one sentence each.
    return ". ".join(part for part in (text, *regions, *symptoms) if part)


@main.command(short_help="Say in your own words what hurts; warning signs come first.")
@click.argument("text", required=False)
@click.option("--region", "regions", multiple=True, metavar="TEXT", help="Where it hurts (repeatable).")
@click.option(
    "--symptom", "symptoms", multiple=True, metavar="TEXT", help="What else you notice (repeatable)."
)
@click.option(
    "--yes", "yes", multiple=True, metavar="ID", help="A warning sign or symptom you have (repeatable)."
)
@click.option(
    "--no", "no", multiple=True, metavar="ID", help="A warning sign or symptom you do not have (repeatable)."
)
@click.option(
    "--limit",
    default=3,
    show_default=True,
    type=click.IntRange(min=1),
    help="Candidates and questions shown.",
)
@click.option("--sources", is_flag=True, help="Print every citation behind the answer.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print JSON, with the interpretation's spans and scores."
)
def assess(
    text: str | None,
    regions: tuple[str, ...],
    symptoms: tuple[str, ...],
    yes: tuple[str, ...],
    no: tuple[str, ...],
    limit: int,
    sources: bool,
    as_json: bool,
) -> None:
    """Say in your own words what hurts; warning signs come first.

    TEXT is what you would tell a clinician ("I fell off a ladder yesterday and my lower
    back is killing me"). The answer shows what was understood and what was not, any
    warning signs, what the sources connect to it, self-care, and the screening
    questions still to answer: answer them with --yes ID / --no ID.

    \b
    Examples:
      painkb assess "my left buttock aches when I sit, no numbness"
      painkb assess --region "lower back" --symptom "leg pain"
      painkb assess "lower back pain for 3 weeks" --no bladder-dysfunction --json
    """
    said = _presentation(text, regions, symptoms)
    if not said and not yes:
        raise click.UsageError('say what hurts: painkb assess "my lower back aches" (or --region/--symptom)')
    kb = _kb()
    try:
        result = painkb.assess(kb, text=said or None, present=yes, absent=no)
    except (painkb.UnknownEntityError, painkb.WrongKindError) as error:
        _fail(str(error).strip('"'))
    if as_json:
        _emit_json(as_data(result))
    else:
        _print_assessment(kb, result, limit, sources)
    understood = result.interpretation is None or result.interpretation.understood
    if not (understood or yes or no):
        _fail(
            "nothing in that is something painkb knows about (it covers the low back, hips, buttocks, legs)"
        )


@main.command(short_help="Check data files and list every problem with its fix.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--with-bundled", is_flag=True, help="Check the files together with the bundled data.")
@click.option(
    "--seeds",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of seed articles: quotes from sources with a `file` must appear there verbatim.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def validate(paths: tuple[str, ...], with_bundled: bool, seeds: str | None, as_json: bool) -> None:
    """Check data files: the loader's checks plus the every-entry quality checks.

    Lists every problem as FILE:LINE: [ENTRY] FIELD: MESSAGE, with the fix, and exits 1
    if there is any.

    \b
    Examples:
      painkb validate my-kb/ --with-bundled
      painkb validate src/painkb/data --json
    """
    from painkb.lint import check_documents

    try:
        documents = read_documents(paths)
    except DataError as error:
        problems: tuple[painkb.Problem, ...] = error.problems
    else:
        if with_bundled:
            documents = bundled_documents() + documents
        problems = check_documents(documents, seeds, progress=_progress("checking entries"))
    if problems:
        if as_json:
            _emit_json({"valid": False, "problems": as_data(problems)})
        else:
            for problem in problems:
                click.echo(str(problem))
            click.echo(f"{len(problems)} problem(s) found.", err=True)
        sys.exit(1)
    kb = load_documents(documents)
    if as_json:
        _emit_json({"valid": True, "entities": len(kb), "links": len(kb.links), "sources": len(kb.sources)})
    else:
        click.echo(f"ok: {len(kb)} entities, {len(kb.links)} links, {len(kb.sources)} sources")


@main.command(short_help="Rewrite data files in canonical form.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if a file is not canonical.")
@click.option("--with-bundled", is_flag=True, help="Check the files together with the bundled data.")
@click.option(
    "--drop-comments", is_flag=True, help="Rewrite files that have comments (the canonical form has none)."
)
def fmt(paths: tuple[str, ...], check: bool, with_bundled: bool, drop_comments: bool) -> None:
    """Rewrite data files in canonical form (sorted entries, fixed field order).

    A file is rewritten only if the files together (with the bundled data if
    --with-bundled) load without a problem; --check only needs each file to parse.
    The canonical form has no comments, so a file with comments is left alone (exit 1)
    unless --drop-comments is given. Each file is replaced atomically: an interrupted
    run leaves the old file or the new one.

    \b
    Examples:
      painkb fmt my-kb/ --check
      painkb fmt my-kb/ --with-bundled
    """
    try:
        documents = read_documents(paths)
        formatted = [(doc, format_document(doc)) for doc in documents]
    except DataError as error:
        for problem in error.problems:
            click.echo(_printable(str(problem)))
        _fail("fix these problems first; fmt only rewrites files that parse")
    changed = [(doc, text) for doc, text in formatted if text != doc.text]
    if check:
        for doc, _ in changed:
            click.echo(f"would reformat {_printable(doc.name)}")
        if changed:
            _fail(f"{len(changed)} file(s) not in canonical form; run `painkb fmt {' '.join(paths)}`")
        return
    _, problems = parse_and_check((bundled_documents() if with_bundled else ()) + documents)
    if problems:
        for problem in problems:
            click.echo(_printable(str(problem)))
        hint = "" if with_bundled else " (add --with-bundled if they link to the bundled data)"
        _fail(f"fix these problems first; fmt only rewrites files whose knowledge base loads{hint}")
    commented = [(doc, doc.comment_lines()) for doc, _ in changed]
    commented = [(doc, lines) for doc, lines in commented if lines]
    if commented and not drop_comments:
        for doc, lines in commented:
            at = ", ".join(map(str, lines[:5])) + (", ..." if len(lines) > 5 else "")
            click.echo(f"{_printable(doc.name)}: has {len(lines)} comment(s) (line {at}) that fmt would drop")
        _fail("nothing rewritten; remove the comments or pass --drop-comments")
    for doc, text in changed:
        try:
            _atomic.write_text(doc.name, text)
        except OSError as error:
            _fail(f"cannot write {_printable(doc.name)}: {error}; the file is unchanged")
        click.echo(f"reformatted {_printable(doc.name)}")


@main.command(short_help="Count entities, links and sources.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(as_json: bool) -> None:
    """Count entities per kind, links per relation and sources per kind.

    \b
    Examples:
      painkb stats
      painkb --data my-kb/ stats --json
    """
    counts = _kb().stats()
    if as_json:
        _emit_json(as_data(counts))
        return
    for section, table in counts.items():
        click.echo(f"{section} ({sum(table.values())}):")
        for name, count in table.items():
            click.echo(f"  {name:26} {count:5}")


_EXPORT_FORMATS = ("graphml", "json", "jsonl", "ttl", "nt", "csv")
_FORCE = click.option("--force", is_flag=True, help="Replace the file if it exists.")


@main.command("export", short_help="Write the whole knowledge base for other tools.")
@click.option(
    "--format",
    "format_",
    type=click.Choice(_EXPORT_FORMATS),
    help="What to write (default: from the extension of --out).",
)
@click.option("--out", required=True, type=click.Path(), help="The file to write (a folder for csv).")
@_FORCE
def export_command(format_: str | None, out: str, force: bool) -> None:
    """Write the whole knowledge base for other tools.

    graphml (Gephi, Cytoscape, igraph), json (networkx node-link), jsonl (one node or edge
    per line), ttl and nt (RDF; needs `pip install 'painkb[export]'`), csv (a folder of
    neo4j-admin import tables). The format is guessed from the extension of --out;
    give --format for csv, or to override it. An existing file is replaced only with
    --force, and the folder it goes in must exist.

    \b
    Examples:
      painkb export --out painkb.graphml
      painkb export --out painkb.ttl --force
      painkb export --format csv --out neo4j-import/
      painkb --data my-kb/ export --out mine.json
    """
    import painkb.export

    if format_ is None:
        format_ = Path(out).suffix.lstrip(".").lower()
        if format_ not in _EXPORT_FORMATS or format_ == "csv":
            raise click.UsageError(
                f"cannot tell the format from {out!r}; give --format ({', '.join(_EXPORT_FORMATS)})"
            )
    _check_out(out.rstrip("/") or out, force, folder=format_ == "csv")
    kb = _kb()
    if sys.stderr.isatty():
        click.echo(f"writing {len(kb)} entities and {len(kb.links)} links as {format_} ...", err=True)
    try:
        painkb.export.export(kb, format_, out)
    except ImportError as error:
        _fail(f"{error}; install the RDF support with `pip install 'painkb[export]'`")
    except painkb.PainKBError as error:
        _fail(f"cannot export as {format_}: {error}; {out} is unchanged")
    except OSError as error:
        _fail(f"cannot write {out}: {error.strerror or error}; it is unchanged")
    click.echo(f"wrote {_printable(out)} ({format_})", err=True)


@main.command("map", short_help="Draw a body map (SVG) of referred pain.")
@click.argument("target", required=False)
@click.option("--region", "regions", multiple=True, metavar="TEXT", help="Map an assessment: where it hurts.")
@click.option("--symptom", "symptoms", multiple=True, metavar="TEXT", help="Map an assessment: what else.")
@click.option(
    "--out",
    type=click.Path(),
    help="SVG file to write, - for stdout (default: ID.svg, or assessment.svg, here).",
)
@_FORCE
def map_command(
    target: str | None, regions: tuple[str, ...], symptoms: tuple[str, ...], out: str | None, force: bool
) -> None:
    """Draw a body map (SVG) of a muscle, joint, region or condition, or of an assessment.

    TARGET is free text resolved through `painkb find` ("glute min", "QL"); or give
    --region/--symptom instead to map what an assessment points to. The map is written
    to a file (never into the terminal) and its path printed; open it in a browser.

    \b
    Examples:
      painkb map piriformis                 # writes piriformis.svg
      painkb map "glute min" --out docs/glute-min.svg --force
      painkb map --region "lower back" --symptom "leg pain"
      painkb map QL --out - | gzip > ql.svg.gz
    """
    import painkb.render

    if bool(target) == bool(regions or symptoms):
        raise click.UsageError("give either TARGET or --region/--symptom")
    kb = _kb()
    subject: Entity | Assessment
    if target:
        subject = _resolve(kb, target, [Kind.MUSCLE, Kind.JOINT, Kind.REGION, Kind.CONDITION])
        click.echo(_printable(f"{target!r} -> {subject.name} ({subject.kind}, {subject.id})"), err=True)
    else:
        subject = painkb.assess(kb, text=_presentation(None, regions, symptoms))
    svg = painkb.render.body_map(kb, subject)
    if out == "-":
        click.echo(svg, nl=False)
        return
    if out is None:
        out = f"{subject.id}.svg" if isinstance(subject, Entity) else "assessment.svg"
    _check_out(out, force)
    try:
        _atomic.write_text(out, svg)
    except OSError as error:
        _fail(f"cannot write {out}: {error.strerror or error}; it is unchanged")
    click.echo(_printable(out))
