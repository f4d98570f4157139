"""The speech plan (提纲): what ``drafter plan`` writes and ``drafter draft --plan`` drafts to.

``model`` (``SpeechPlan``), ``build`` (a draft's plan), ``notation`` (its lines, one grammar for
writing and reading), ``document`` (as a ``Document`` for the writers), ``read`` (the writer's
edited plan), ``apply`` (the plan onto the targets and compose's ``PartLayout``), ``draft`` (the
two flows). Nothing here imports jieba.
"""
