"""``python -m benchmarks``: run the suite (see :mod:`benchmarks.run`).

``python -m benchmarks understanding ...`` runs :mod:`benchmarks.understanding` instead, and
``python -m benchmarks fingerprint ...`` :mod:`benchmarks.fingerprint` (a check that a change
alters no answer), and ``python -m benchmarks changes ...`` :mod:`benchmarks.changes` (what a change
raised, asked and missed, line by line, held-out parts in aggregate).
"""

import sys

if sys.argv[1:2] == ["understanding"]:
    from benchmarks.understanding import main as understanding

    sys.exit(understanding(sys.argv[2:]))
elif sys.argv[1:2] == ["changes"]:
    from benchmarks.changes import main as changes

    sys.exit(changes(sys.argv[2:]))
elif sys.argv[1:2] == ["fingerprint"]:
    from benchmarks.fingerprint import main as fingerprint

    sys.exit(fingerprint(sys.argv[2:]))
else:
    from benchmarks.run import main

    sys.exit(main())
