"""Edits survive regeneration: ``drafter draft --keep 讲话稿.docx``.

``record`` (what a .docx draft generated, per paragraph, stored in the file itself), ``edited``
(reading the draft back after Word or WPS), ``merge`` (the new draft with the writer's
paragraphs kept, deleted ones left out, untouched ones regenerated) and ``conflicts`` (figures
the writer's text and the targets file disagree on). ``drafter.redraft`` runs them.
"""
