"""``composer merge`` run again: the earlier run's choices fill in the options left out.

The CLI continues a merge when the same command runs again. Typed a day later, the
command easily loses an option: without ``--sheet`` or ``--header-row`` the first sheet is
read, without ``--group-by`` every row is a message of its own (a new merge, and every
parent mailed again, once per child), without ``--advertising`` the consent dates are not
checked, without ``--pdf-password-column`` the PDFs go out unprotected. So an option left
out takes the value the latest run of the same data file with the same message chose, and
the command says so. An option given on the command line always wins.
"""

from __future__ import annotations

import argparse
import sys

from composer.i18n import translate
from composer.merge import MergeLedger, MergeTemplate
from composer.merge.resume import earlier_choices

__all__ = ["continue_earlier"]


def continue_earlier(args: argparse.Namespace, template: MergeTemplate) -> bool:
    """Fill in *args* from the earlier run of this merge; True when anything was filled in.

    Raises:
        LedgerError: the ledger cannot be opened.
    """
    with MergeLedger() as ledger:
        stored = earlier_choices(ledger.path, ledger.merges(), args.data, template)
    if stored is None:
        return False
    kept: list[str] = []
    if args.sheet is None and args.header_row is None and stored.sheet is not None:
        args.sheet, args.header_row = stored.sheet, stored.header_row
        kept.append(
            translate("CliMerge", "sheet “{sheet}”").format(sheet=stored.sheet)
            if stored.header_row is None
            else translate("CliMerge", "sheet “{sheet}” with column names on row {row}").format(
                sheet=stored.sheet, row=stored.header_row
            )
        )
    if args.group_by is None and stored.group_by:
        args.group_by = stored.group_by
        kept.append(
            translate("CliMerge", "one message per “{column}”").format(column=stored.group_by)
        )
    if not args.advertising and stored.advertising:
        args.advertising = True
        kept.append(translate("CliMerge", "advertising (--advertising)"))
    if args.advertising and args.consent_column is None and stored.consent_column:
        args.consent_column = stored.consent_column
        kept.append(
            translate("CliMerge", "consent dates in “{column}”").format(
                column=stored.consent_column
            )
        )
    if not args.unsubscribe and stored.unsubscribe_mailto:
        args.unsubscribe = stored.unsubscribe_mailto
        kept.append(
            translate("CliMerge", "unsubscribe address {address}").format(
                address=stored.unsubscribe_mailto
            )
        )
    if args.pdf_password_column is None and stored.pdf_password_column:
        args.pdf_password_column = stored.pdf_password_column
        kept.append(
            translate("CliMerge", "PDFs protected with the passwords in “{column}”").format(
                column=stored.pdf_password_column
            )
        )
    if not kept:
        return False
    print(
        translate(
            "CliMerge",
            "Continuing the earlier merge of this data file and message with its choices: "
            "{choices}.",
        ).format(choices="; ".join(kept)),
        file=sys.stderr,
        flush=True,
    )
    return True
