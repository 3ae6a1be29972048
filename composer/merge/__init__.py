"""Mass mail from CSV: read a data file, merge a template, check, send with a ledger.

Qt-free; the GUI (:mod:`composer.ui.merge`) and the CLI (``composer merge``) are both thin
layers over these names::

    source = CsvSource("people.csv")                 # encoding and delimiter detected
    template = MergeTemplate.from_eml("letter.eml")  # or .from_message(email_message)
    with MergeLedger() as ledger:
        plan = MergePlan(source, template, ledger, MergeOptions(from_email=...))
        report = plan.validate()                     # one status per row
        engine = MergeEngine(plan, get_connection, EngineSettings(connections=4))
        result = engine.run()
"""

from composer.merge.data.csvsource import (
    CsvError,
    CsvRow,
    CsvSource,
    detect_delimiter,
    detect_encoding,
)
from composer.merge.plan import MergeOptions, MergePlan, RowCheck, ValidationReport
from composer.merge.record.ledger import LedgerBusy, LedgerRow, MergeInfo, MergeLedger
from composer.merge.record.ledgerfile import (
    LedgerDamaged,
    LedgerError,
    LedgerFull,
    LedgerUnavailable,
)
from composer.merge.record.suppression import SuppressionList, unsubscribe_header
from composer.merge.sending.engine import (
    EngineSettings,
    MergeEngine,
    MergeNotReady,
    Progress,
    RowEvent,
    RunResult,
    send_test,
)
from composer.merge.sending.failures import Failure, classify
from composer.merge.templates.render import (
    CompiledTemplate,
    MergeTemplate,
    RenderedMessage,
    RenderError,
    TemplateSyntaxProblem,
)

__all__ = [
    "CompiledTemplate",
    "CsvError",
    "CsvRow",
    "CsvSource",
    "EngineSettings",
    "Failure",
    "LedgerBusy",
    "LedgerDamaged",
    "LedgerError",
    "LedgerFull",
    "LedgerRow",
    "LedgerUnavailable",
    "MergeEngine",
    "MergeInfo",
    "MergeLedger",
    "MergeNotReady",
    "MergeOptions",
    "MergePlan",
    "MergeTemplate",
    "Progress",
    "RenderError",
    "RenderedMessage",
    "RowCheck",
    "RowEvent",
    "RunResult",
    "SuppressionList",
    "TemplateSyntaxProblem",
    "ValidationReport",
    "classify",
    "detect_delimiter",
    "detect_encoding",
    "send_test",
    "unsubscribe_header",
]
