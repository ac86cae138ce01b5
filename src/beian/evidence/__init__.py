"""``beian evidence``: the reviewer pack that shows the content-safety loop working.

``probes`` loads the scripted probes, ``runner`` and ``steps`` run them against a live
gateway over HTTP, ``checks`` judges each exchange, ``model`` holds the records and the
masker, ``render`` draws the screenshots (``font`` finds a CJK font) and ``report`` writes
the docx, html and json files. See docs/evidence.md.
"""
