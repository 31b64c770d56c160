"""``python -m painkb``: the same as the ``painkb`` command."""

from painkb.cli import main

if __name__ == "__main__":
    main()
