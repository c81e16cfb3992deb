"""`python -m newsgrab` runs the command-line tool."""

from newsgrab.cli import main

if __name__ == "__main__":
    main()
