import sys

from .regexcache import kept_patterns


def command() -> int:
    """python -m etl, diplomacy-etl: the command line, with the regular expressions it compiles
    kept between runs (regexcache.py), its rules' among them: imported within the block."""
    with kept_patterns():
        from .cli import main
        return main()


if __name__ == "__main__":
    sys.exit(command())
