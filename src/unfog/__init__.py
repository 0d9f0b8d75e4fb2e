"""unfog: who claims what happened, where, when, to whom, through which channel.

The pipeline turns a text into an :class:`unfog.model.AnalysisRecord`; see ``unfog.pipeline``.
"""

__version__ = "0.1.0"
