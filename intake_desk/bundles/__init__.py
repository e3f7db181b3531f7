"""Fair mode's files (issue 16): the `.beursbundel` a fair laptop hands to the desk, the desk's
catalog bundle for the laptops, and the key files that enrol one installation at another.

`keys.py` (key pairs, the key file, fingerprints) and `sealed.py` (the file format: compressed JSON
lines, encrypted for the desk, signed by the sender) are pure; `exchange.py` holds the use cases
that read and write the database through `storage/` and `app/merge.py`. No SQL and no Qt here.
"""
