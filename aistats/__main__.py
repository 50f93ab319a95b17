"""``python -m aistats``: the ``aistats`` command line (see ``aistats._cli``)."""

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())
