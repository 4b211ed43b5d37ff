"""Pure text analysis: job ads (`askback.text.jobad`) and answers (`askback.text.answers`).

Nothing here touches a database, the network or the terminal; regexes and word lists are built
lazily on first use so that importing the package costs nothing.
"""
