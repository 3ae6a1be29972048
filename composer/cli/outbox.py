"""``composer outbox``: list, send, cancel and retry the mail waiting to go out.

``composer outbox run`` sends everything due and exits, for a systemd user timer, cron or
the Windows Task Scheduler; the window sends what is due while it runs. Both take each
message's lock, so they never send the same message. ``composer send --at TIME`` queues
through :func:`queue_message`.

Exit status: ``list`` 0; ``run`` 0 when nothing failed, 1 when a message failed or waits for
a retry, 4 when a message is in doubt; ``cancel`` and ``retry`` 0 done, 1 too late (being
sent, or sent) or the retry failed, 2 no such message.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from composer.cli.output import fail
from composer.cli.textwidth import pad
from composer.errors import ComposerError, UserMessage
from composer.i18n import translate

if TYPE_CHECKING:
    from composer.compose.message import ComposedMessage
    from composer.outbox.clock import Clock
    from composer.outbox.item import OutboxItem
    from composer.outbox.runner import Outcome
    from composer.outbox.schedule import ScheduledMerge
    from composer.profiles.model import Profile
    from composer.sending.account import Account

__all__ = ["queue_message", "register"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_IN_DOUBT = 0, 1, 2, 4


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``outbox`` subcommand."""
    parser = subparsers.add_parser(
        "outbox",
        help=translate("CliOutbox", "list, send, cancel or retry mail waiting to go out"),
        description=translate(
            "CliOutbox",
            "The outbox holds mail waiting to go out: sent later, retried after a failure, "
            "or waiting for the network.",
        ),
    )
    actions = parser.add_subparsers(dest="outbox_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=translate("CliOutbox", "list the outbox"))
    listing.add_argument(
        "--all", action="store_true", help=translate("CliOutbox", "include sent messages")
    )
    listing.set_defaults(handler=run_list)
    run = actions.add_parser(
        "run", help=translate("CliOutbox", "send everything that is due, then exit")
    )
    run.add_argument(
        "--merge",
        action="append",
        dest="merges",
        metavar="ID",
        help=translate(
            "CliOutbox",
            "only start this scheduled merge, now whatever its time (the app's way of "
            "starting one; repeatable)",
        ),
    )
    run.set_defaults(handler=run_due)
    timer = actions.add_parser(
        "install-timer",
        help=translate(
            "CliOutbox",
            "Linux: a systemd user timer that runs `composer outbox run` every few minutes",
        ),
    )
    timer.add_argument("--every", type=int, default=5, metavar="MINUTES")
    timer.add_argument(
        "--print",
        action="store_true",
        dest="print_only",
        help=translate("CliOutbox", "only show the unit files"),
    )
    timer.set_defaults(handler=run_install_timer)
    for name, text, handler in (
        ("cancel", translate("CliOutbox", "take a message out (kept as a draft)"), run_cancel),
        ("retry", translate("CliOutbox", "send a message again now"), run_retry),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("id", metavar="ID")
        action.set_defaults(handler=handler)


# -- queueing (composer send --at) --------------------------------------------------------


def queue_message(
    msg: ComposedMessage, profile: Profile, at: str, clock: Clock | None = None
) -> int | None:
    """Queue *msg* to go out through *profile* at *at* (``YYYY-MM-DD HH:MM``, local time);
    returns the exit status, or None when the user chose to send it now instead.

    A time in the past is asked about (send now?) on a terminal, refused otherwise.
    """
    from composer.outbox.clock import SystemClock, TimeFormatError, format_local, parse_local
    from composer.outbox.store import NotQueued, OutboxStore

    problem = _cannot_send_later(msg, profile)
    if problem is not None:
        return fail("send", problem, EXIT_USAGE)
    clock = clock or SystemClock()
    now = clock.now()
    try:
        due = parse_local(at, now)
    except TimeFormatError as exc:
        todo = translate("CliOutbox", "Correct --at and run the command again.")
        return fail("send", UserMessage(str(exc), todo), EXIT_USAGE)
    if due <= now:
        if _send_now_anyway(due):
            return None
        words = UserMessage(
            translate("CliOutbox", "{time} is in the past.").format(time=format_local(due)),
            translate("CliOutbox", "Give a later time, or leave out --at to send now."),
        )
        return fail("send", words, EXIT_USAGE)
    try:
        item = OutboxStore().add(msg, profile.name, due, now, origin="cli")
    except NotQueued as exc:
        return fail("send", exc.message, EXIT_FAILED)
    print(
        translate("CliOutbox", "Queued as {id}: it goes out at {time} through “{profile}”.").format(
            id=item.id, time=format_local(item.due), profile=profile.name
        )
    )
    print(
        translate(
            "CliOutbox",
            "Composer sends it while it runs, or `composer outbox run` (e.g. from a timer); "
            "`composer outbox cancel {id}` takes it back.",
        ).format(id=item.id)
    )
    return EXIT_OK


def _cannot_send_later(msg: ComposedMessage, profile: Profile) -> UserMessage | None:
    """Why *msg* could not go out later by itself: no sender, or a password that is not in
    the keyring (nobody will be there to type it)."""
    from composer.cli.accounts import needs_password, no_sender
    from composer.profiles.credentials import CredentialError, Credentials
    from composer.profiles.model import PasswordNeeded
    from composer.sending.account import Account

    if not msg.from_addr and profile.delivers:
        return no_sender(profile)
    try:
        Account(profile, Credentials()).sign_in()
    except PasswordNeeded as need:
        words = needs_password(need)
        return words.with_todo(
            translate(
                "CliOutbox",
                "A message sent later takes the password from the keyring: store it with "
                "`composer profiles add ... --password-stdin`.",
            )
        )
    except CredentialError as exc:
        return exc.message
    return None


def _send_now_anyway(due: datetime) -> bool:
    from composer.outbox.clock import format_local

    if not sys.stdin.isatty():
        return False
    question = translate("CliOutbox", "{time} is in the past. Send it now? [y/N] ").format(
        time=format_local(due)
    )
    try:
        answer = input(question)
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return False
    return answer.strip().lower() in ("y", "yes", "ㅇ", "예", "네")


# -- the subcommands ----------------------------------------------------------------------


def _account_for(name: str) -> Account:
    """The account of profile *name*, its password from the keyring only (a timer has no
    terminal to ask at)."""
    from composer.profiles.credentials import Credentials
    from composer.profiles.model import ProfileError
    from composer.profiles.store import ProfileStore
    from composer.sending.account import Account

    try:
        profile = ProfileStore().load().book.get(name)
    except ProfileError as exc:
        raise ComposerError(
            exc.message.what,
            translate(
                "CliOutbox", "Add the profile again, or cancel the message and send it anew."
            ),
        ) from exc
    return Account(profile, Credentials())


def _line(item: OutboxItem) -> str:
    from composer.outbox.clock import format_local

    to = ", ".join(item.recipients[:3]) + (" …" if len(item.recipients) > 3 else "")
    subject = item.subject or translate("CliOutbox", "(no subject)")
    when = format_local(item.sent_at if item.sent_at else item.next_due)
    return f"{item.id}  {pad(item.state.label(), 10)} {when}  {item.profile}  {subject} → {to}"


def _print_item(item: OutboxItem) -> None:
    print(_line(item))
    if item.reason is not None:
        print(f"    {item.reason.what}")
        if item.reason.todo:
            print(f"    {item.reason.todo}")


def run_list(args: argparse.Namespace) -> int:
    from composer.outbox.item import State
    from composer.outbox.schedule import MergeSchedule
    from composer.outbox.store import OutboxStore

    items = [i for i in OutboxStore().items() if args.all or i.state is not State.SENT]
    merges = MergeSchedule().entries()
    if not items and not merges:
        print(translate("CliOutbox", "The outbox is empty."))
    for item in items:
        _print_item(item)
    for entry in merges:
        _print_merge(entry)
    return EXIT_OK


def _print_merge(entry: ScheduledMerge) -> None:
    from composer.outbox.clock import format_local

    state = (
        translate("CliOutbox", "Merge")
        if entry.state == "waiting"
        else translate("CliOutbox", "Merge failed")
    )
    print(f"{entry.id}  {pad(state, 10)} {format_local(entry.due)}  {entry.label}")
    if entry.reason is not None:
        print(f"    {entry.reason.what}")
        if entry.reason.todo:
            print(f"    {entry.reason.todo}")


def _status(outcomes: list[Outcome]) -> int:
    from composer.outbox.item import State

    states = {o.item.state for o in outcomes}
    if State.IN_DOUBT in states:
        return EXIT_IN_DOUBT
    if states & {State.FAILED, State.QUEUED}:
        return EXIT_FAILED
    return EXIT_OK


def run_due(args: argparse.Namespace) -> int:
    from composer.cli.outbox_merges import run_due_merges
    from composer.outbox.clock import SystemClock
    from composer.outbox.runner import send_due
    from composer.outbox.store import OutboxStore
    from composer.storage.sentbox import SentBox

    clock = SystemClock()
    if args.merges:
        ran = run_due_merges(clock.now(), only=args.merges)
        return EXIT_OK if all(code == 0 for _entry, code in ran) else EXIT_FAILED
    store = OutboxStore()
    store.clean(clock.now())
    outcomes = send_due(store, _account_for, clock, sent_folder=SentBox().folder)
    for outcome in outcomes:
        _print_item(outcome.item)
    _server_copies(outcomes)
    merges = run_due_merges(clock.now())
    if not outcomes and not merges:
        print(translate("CliOutbox", "Nothing is due."))
    status = _status(outcomes)
    if status == EXIT_OK and any(code != 0 for _entry, code in merges):
        status = EXIT_FAILED
    return status


def run_cancel(args: argparse.Namespace) -> int:
    from composer.compose.drafts import draft_eml
    from composer.outbox.store import OutboxStore, TooLate, UnknownItem
    from composer.storage.drafts import DraftStore

    if args.id.startswith("m"):
        return _cancel_merge(args.id)
    try:
        msg = OutboxStore().cancel(args.id)
    except UnknownItem as exc:
        return fail("outbox", exc.message, EXIT_USAGE)
    except TooLate as exc:
        return fail("outbox", exc.message, EXIT_FAILED)
    drafts = DraftStore()
    drafts.save(drafts.new_id(), draft_eml(msg))
    print(translate("CliOutbox", "Cancelled; the message is kept in Drafts (File ▸ Drafts)."))
    return EXIT_OK


def run_retry(args: argparse.Namespace) -> int:
    """Put a failed, waiting or in-doubt message back and send it now."""
    from composer.outbox.clock import SystemClock
    from composer.outbox.item import State
    from composer.outbox.runner import send_one_item
    from composer.outbox.store import OutboxStore, UnknownItem
    from composer.storage.sentbox import SentBox

    store, clock = OutboxStore(), SystemClock()
    try:
        with store.claim(args.id) as item:
            if item is None or item.state is State.SENT:
                what = (
                    translate("CliOutbox", "The message is being sent right now.")
                    if item is None
                    else translate("CliOutbox", "The message was already sent.")
                )
                return fail("outbox", UserMessage(what), EXIT_FAILED)
            item.state, item.next_try, item.committed = State.QUEUED, None, False
            store.save(item)
            item_id = item.id
    except UnknownItem as exc:
        return fail("outbox", exc.message, EXIT_USAGE)
    outcome = send_one_item(
        store, item_id, _account_for, clock, sent_folder=SentBox().folder, force=True
    )
    if outcome is None:
        return fail(
            "outbox",
            UserMessage(translate("CliOutbox", "The message is being sent right now.")),
            EXIT_FAILED,
        )
    _print_item(outcome.item)
    return _status([outcome])


def run_install_timer(args: argparse.Namespace) -> int:
    from composer.outbox.timer import UNIT, enable, units, write_units

    if not 1 <= args.every <= 59:
        words = UserMessage(
            translate("CliOutbox", "--every takes a number of minutes from 1 to 59.")
        )
        return fail("outbox", words, EXIT_USAGE)
    made = units(args.every)
    if args.print_only:
        print(f"# {UNIT}.service\n{made.service}\n# {UNIT}.timer\n{made.timer}", end="")
        return EXIT_OK
    try:
        paths = write_units(made)
    except OSError as exc:
        from composer.errors.describe import describe

        return fail("outbox", describe(exc), EXIT_FAILED)
    problem = enable()
    if problem:
        words = UserMessage(
            translate(
                "CliOutbox", "The timer files are written, but systemd did not start it: {problem}."
            ).format(problem=problem),
            translate(
                "CliOutbox",
                "Run: systemctl --user daemon-reload && systemctl --user enable --now {unit}.timer",
            ).format(unit=UNIT),
        )
        return fail("outbox", words, EXIT_FAILED)
    print(
        translate(
            "CliOutbox",
            "Installed {files}: due mail goes out every {minutes} minutes, also while "
            "Composer is closed.",
        ).format(files=", ".join(str(p) for p in paths), minutes=args.every)
    )
    return EXIT_OK


def _cancel_merge(entry_id: str) -> int:
    from composer.outbox.schedule import MergeSchedule

    schedule = MergeSchedule()
    if schedule.get(entry_id) is None:
        from composer.outbox.store import UnknownItem

        return fail("outbox", UnknownItem(*_unknown_words(entry_id)).message, EXIT_USAGE)
    with schedule.claim(entry_id) as mine:
        if not mine:
            words = UserMessage(translate("CliOutbox", "The merge is running right now."))
            return fail("outbox", words, EXIT_FAILED)
        schedule.remove(entry_id)
    print(translate("CliOutbox", "The scheduled merge is cancelled; nothing more is sent."))
    return EXIT_OK


def _unknown_words(item_id: str) -> tuple[str, str]:
    return (
        translate("CliOutbox", "No message in the outbox has the id “{id}”.").format(id=item_id),
        translate("CliOutbox", "See the ids with: composer outbox list"),
    )


def _server_copies(outcomes: list[Outcome]) -> None:
    """Make the copies for the servers' Sent folders that the sent messages queued."""
    from composer.cli.servercopy import report_server_copies
    from composer.outbox.item import State
    from composer.profiles.model import ProfileError

    done: set[str] = set()
    for outcome in outcomes:
        name = outcome.item.profile
        if outcome.item.state is not State.SENT or name in done:
            continue
        done.add(name)
        try:
            account = _account_for(name)
            report_server_copies(account.profile, account.sign_in())
        except (ComposerError, ProfileError) as exc:  # the copies stay queued
            print(exc.message.what, file=sys.stderr)
