"""The shared Chinese text-safety core.

* :mod:`~beian.text.normalize` — variant folding with an offset map to the original;
* :mod:`~beian.text.matcher` — the evasion-resistant keyword matcher;
* :mod:`~beian.text.lexicon` — keyword-list loaders, statistics against the quotas, export;
* :mod:`~beian.text.pii` — personal-information recognisers with checksums, masking;
* :mod:`~beian.text.evidence` — masked evidence for logs and reports.
"""
