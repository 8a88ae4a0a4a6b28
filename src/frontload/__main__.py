"""`python -m frontload` runs the CLI."""

from .cli import main

# Guarded: the web server's worker processes are spawned, and spawn imports the main module
# again in each of them (as __mp_main__), which must not run the CLI a second time.
if __name__ == "__main__":
    main()
