<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountState</name>
    <message>
        <source>No login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password asked when sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password in keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with {provider} as {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed: Preferences ▸ the profile ▸ Sign in… ({provider})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <source>the address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address cannot contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address has no @ and domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no domain after the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{local}” is not a valid name before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{domain}” is not a valid domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt; and &gt; around the address do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quotes around the name do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address cannot span lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{entry}”: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthResults</name>
    <message>
        <source>{method} not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server Composer sent through may send for your domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your domain&apos;s SPF record does not list the server Composer sent through: add it (or its provider&apos;s include:) to the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your domain publishes no SPF record: ask whoever runs it to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your SPF record neither allows nor forbids the server: list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is signed by {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is not signed: ask your mail provider to sign mail for your domain with DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature did not verify: the key published in the DNS does not match, or the message was changed on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature could not be used: ask your mail provider to check its DKIM set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF or DKIM passed for the domain in your From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither SPF nor DKIM passed for the domain in your From address: receivers that follow your policy reject this mail or file it as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your domain publishes no DMARC policy: since 2024 Gmail and Yahoo require one from bulk senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiving server could not read your domain&apos;s record ({error}); check it, then send another test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test arrived, but the receiving server added no Authentication-Results header, so it did not say how it judged SPF, DKIM and DMARC. Send a test to an address at a large provider (Gmail, Outlook.com, Naver) and read the message&apos;s original there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receiving server ({server}) judged: {results}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceCheck</name>
    <message>
        <source>hard bounce: not mailed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceWords</name>
    <message>
        <source>{count} hard bounce (not mailed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hard bounces (not mailed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} soft bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} soft bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {count} message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {count} messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unsubscribe request (not mailed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unsubscribe requests (not mailed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bounce that matches no merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bounces that match no merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{read}: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} asked to unsubscribe (not mailed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{app}: write mail, one message or ten thousand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also show the log on the terminal, with technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error ({error}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in {log}; run the command again with --verbose to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliBounces</name>
    <message>
        <source>read bounces and unsubscribe requests from the account&apos;s inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the profile&apos;s IMAP inbox for delivery-status notifications and unsubscribe requests, mark the merge rows they answer (bounced hard or soft, with the reason) and never mail hard-bounced or unsubscribed addresses again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile whose inbox to read (default: the active one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “{profile}” has no IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account&apos;s incoming (IMAP) server to the profile in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: a bounce that matches no message of a merge (nothing marked, not suppressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} messages could not be read (damaged or not mail); they were passed over and left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are marked in their merges: composer merge --report shows them, and --failed-csv PATH with it saves them to be fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliDevServer</name>
    <message>
        <source>Run a debugging SMTP server (the successor of `python -m smtpd -n -c DebuggingServer`).
Nothing is delivered: each message is printed with its envelope, decoded headers, text
parts and attachments. It speaks SMTPUTF8, 8BITMIME and PIPELINING, accepts any login
(passwords are never shown) and messages up to --max-size, which it keeps on disk, not
in memory. Stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a local SMTP server that prints every message it receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address to listen on (default: %(default)s; 0.0.0.0 for every interface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port to listen on (default: %(default)s; 0 picks a free one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write each message to DIR as an .eml file, named by arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse larger messages with 552, e.g. 25M, 1G or 0 for no limit (default: 100M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a port number (0-65535): {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a size (a number, optionally with K, M or G): {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages cannot be saved in {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to with --save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an address of this computer with --host, such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not a known host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host}:{port} is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server is running there; pick a free port with --port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer may not listen on port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights; use --port 1025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not an address of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot listen on {host} port {port} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check --host and --port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliExit</name>
    <message>
        <source>exit status: 0 every row sent (--dry-run: every row ready), 1 a row failed or the run stopped, 2 nothing sent (a problem to fix first, bad input), 3 rows in doubt need --mark-unknown-sent or --resend-unknown, 75 a provider&apos;s daily limit (resumes later), 130 interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status: 0 no check failed (warnings and checks that could not be made do not fail), 1 a check failed (or --test-to-self did not pass), 2 bad input (an unknown profile, a data file, a DNS server address), 3 --test-to-self without an IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status: 0 the inbox was read, 1 the IMAP server could not be reached or refused the sign-in, 2 a request to fix (an unknown profile, no IMAP server, no password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status: list 0; run 0 nothing failed, 1 a message failed or waits for a retry, 4 one is in doubt (most likely delivered); cancel and retry 0 done, 1 too late (being sent, or sent), 2 an unknown id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status: 0 nothing failed, 1 a message failed or waits for a retry, 4 one is in doubt (most likely delivered: it is not sent again unless you retry it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status: 0 taken out (kept in Drafts), 1 too late (being sent, or sent), 2 an unknown id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status: 0 sent, 1 too late (being sent, or sent) or it failed again, 2 an unknown id, 4 in doubt (most likely delivered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMerge</name>
    <message>
        <source>the message to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending profile (default: the active one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send through this SMTP server without login instead of a profile (e.g. 127.0.0.1:1025 for `composer devserver`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender, if the template has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render and check every row, send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send at most N rows in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N messages per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N messages per 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel connections (default: %(default)s; 1 keeps the file&apos;s order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file&apos;s encoding (default: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV delimiter (default: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column naming per-row files, &apos;;&apos; between several (default: a column named attachment(s), file(s) or 첨부; &apos;none&apos; for no per-row files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder per-row files are taken from; a file outside it is never attached (default: the data file&apos;s folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill {{ PLACEHOLDER }} from COLUMN when the names differ (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip rows with problems and send the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send rows the check marks as possibly garbled (bytes that are not text in the file&apos;s encoding, a quoted field running over other rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send rows whose recipients repeat an earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept a fixed Cc/Bcc that every row copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add List-Unsubscribe: &lt;mailto:MAILTO&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the messages in doubt (sent whole, confirmation lost) as delivered: they most likely were (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the messages in doubt AGAIN; they were most likely delivered already, so their recipients will probably get two copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also put a copy of each message sent in the account&apos;s Sent folder on its IMAP server (not for providers that file sent mail themselves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild a damaged record of sent mail from its journal (no DATA.csv or TEMPLATE.eml needed); nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file} ({encoding}, delimiter {delimiter}, {count} column)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} failed row, with the reason, is in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} rows: {ready} ready, {problem} with problems, {suppressed} suppressed, {sent} already sent, {unknown} in doubt (most likely delivered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in doubt: sent whole, confirmation lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, skipped {skipped}, in doubt {in_flight} in {duration} ({rate}/min). In all: {total_sent} sent, {not_yet} not yet, {unknown} in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed rows could not be saved to {path} ({reason}); run the merge again with --failed-csv to choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge stopped at the daily limit, and its next run could not be scheduled ({reason}): run the same command again tomorrow; it continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send without asking for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a positive whole number: {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a positive number: {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{server}” is not HOST:PORT. Write it like 127.0.0.1:1025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the merge&apos;s message cannot be kept for a resume ({reason}). Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} row: {ready} ready, {problem} with problems, {suppressed} suppressed, {sent} already sent, {unknown} in doubt (most likely delivered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} (line {line}) {recipients}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-row attachments: the files named in column “{column}”, taken only from {folder} ({count} file, {size} in the ready rows). Pass --attachments-column none to attach none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-row attachments: the files named in column “{column}”, taken only from {folder} ({count} files, {size} in the ready rows). Pass --attachments-column none to attach none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row may be garbled (see above). Fix the data file, or pass --accept-suspect-rows to send it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows may be garbled (see above). Fix the data file, or pass --accept-suspect-rows to send them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the report of this merge (of the latest one without DATA and TEMPLATE): rows sent, failed, in doubt, bounced and unsubscribed; sends nothing (with --failed-csv PATH, those rows are saved there to be fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name both the data file and the template (composer merge DATA TEMPLATE.eml --report), or neither for the latest merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merge of these files has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file names (and --sheet or --group-by, which make another merge), or run composer merge --report alone for the latest merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows could not be saved to {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another place with --failed-csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row to fix, with the reason, is in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows to fix, with the reason, are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {sent} failed {failed} left {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the data file and the template: composer merge DATA.csv TEMPLATE.eml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before sending: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments folder {folder} does not exist. Check the path given to --attachments-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dry run)</source>
        <extracomment>The profile&apos;s account, for its IMAP server (None for --server and dry runs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge TEMPLATE.eml (a saved message with {{ column }} placeholders in To, Cc, Bcc, Subject
and the bodies) with every row of DATA (a CSV file, or a sheet of an .xlsx, .xls or .ods
workbook) and send one message per row (or per --group-by group) through a sending
profile. Every row is checked first; nothing is sent while rows have problems, unless you
skip them. A ledger records each row as the server accepts it, so running the same command
again after a crash, a kill or Ctrl+C sends only what is left: nobody gets it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a templated message to every row of a CSV file or spreadsheet (mail merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data file (.csv, .xlsx, .xlsm, .xls, .ods), one row per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{item}” does not map a placeholder to a column of {file}. Write --map PLACEHOLDER=COLUMN with one of: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no column “{column}” for --attachments-column. Choose one of: {columns}, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file} ({encoding}, delimiter {delimiter}, {count} columns)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Pass --allow-shared-copies if every row should copy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: {count} row has problems. Fix it in the data file, or pass --skip-problems to send the other rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: {count} rows have problems. Fix them in the data file, or pass --skip-problems to send the other rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} message would be sent. Pass --yes to send without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} messages would be sent. Pass --yes to send without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {count} message through {server}? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {count} messages through {server}? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {count} message through {server} (a preview profile: nothing is delivered)? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {count} messages through {server} (a preview profile: nothing is delivered)? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: cannot build the message: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} {recipients} attaches: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: {count} message rendered and built ({size} KiB), nothing sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: {count} messages rendered and built (largest {size} KiB), nothing sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} failed rows, with the reason, are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the messages in flight (press Ctrl+C again to stop at once)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} message is in doubt: it went out whole, but the server&apos;s confirmation never came (the connection was lost or a run was stopped at that moment), so it was most likely delivered. It is not sent again on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} messages are in doubt: each went out whole, but the server&apos;s confirmation never came (the connection was lost or a run was stopped at that moment), so they were most likely delivered. They are not sent again on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record it as delivered (recommended), run the same command with --mark-unknown-sent. Only if you know it did not arrive, use --resend-unknown: its recipients may get the message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record them as delivered (recommended), run the same command with --mark-unknown-sent. Only if you know they did not arrive, use --resend-unknown: their recipients may get the message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[D]elivered: record it as sent (recommended); [r]esend it (its recipients will probably get two copies); [l]eave it undecided. Your choice [D/r/l]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[D]elivered: record them as sent (recommended); [r]esend them (their recipients will probably get two copies); [l]eave them undecided. Your choice [D/r/l]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {count} message in doubt as delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {count} messages in doubt as delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt the record of sent mail from its journal: {merges}, {sent}, {doubt} in doubt. Nothing was sent. Run your merges again: they go on where they stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sent folder could not be searched for the messages in doubt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {count} message in doubt in the Sent folder on {host}: recorded as delivered; {left} still in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {count} messages in doubt in the Sent folder on {host}: recorded as delivered; {left} still in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the merge then (local time) instead of now</source>
        <extracomment>At most this many later runs for one merge&apos;s row times (one per distinct time).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column with each row&apos;s own send time (empty: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a later time, or leave out --at to start now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file has no column “{column}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} (line {line}): {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the send time in the data file, or empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows name {count} different send times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {limit}, e.g. round them to the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled as {id}: the merge starts at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs from `composer outbox run` (a timer, or Composer while it runs); `composer outbox cancel {id}` takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with a later send time wait; runs are scheduled from {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet of a workbook (default: the first one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet&apos;s row with the column names (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message per value of COLUMN (e.g. the address): the template loops over the group with {%% for row in rows %%}, and all its rows&apos; files are attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protect each row&apos;s PDF attachments (AES-256) with the password in COLUMN (for example a birth date); it is never logged or recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is advertising: check what 정보통신망법 §50 asks of e-mail ((광고) in the subject, the sender and a contact and how to refuse in the body, an unsubscribe address, consent within two years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --advertising: the column of each recipient&apos;s consent date (default: a column named 수신동의일 or consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a copy of the data with each row&apos;s status, time and Message-ID (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no column “{column}” for {option}. Choose one of: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}, sheet “{sheet}” (column names on row {row}, {count} column)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}, sheet “{sheet}” (column names on row {row}, {count} columns)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s {header} header is not sent by merges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by “{group}”, {count} group has rows with different “{column}” (such as {example}): its message goes only to its first row&apos;s address. Group by the address column to write to each address, or make the cells the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by “{group}”, {count} groups have rows with different “{column}” (such as {example}): each group&apos;s message goes only to its first row&apos;s address. Group by the address column to write to each address, or make the cells the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be written to {path} ({reason}). Run the same command again with another --results path: nothing will be sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of {count} row is in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of {count} rows are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when a daily limit stops the merge, resume it by itself the next day at this time (default: the setting, 09:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled as {id}; it runs from `composer outbox run` (a timer, or Composer while it runs). `composer outbox cancel {id}` takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “{sheet}” with column names on row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message per “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advertising (--advertising)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent dates in “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribe address {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFs protected with the passwords in “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing the earlier merge of this data file and message with its choices: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutbox</name>
    <message>
        <source>list, send, cancel or retry mail waiting to go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox holds mail waiting to go out: sent later, retried after a failure, or waiting for the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send everything that is due, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only start this scheduled merge, now whatever its time (the app&apos;s way of starting one; repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux: a systemd user timer that runs `composer outbox run` every few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only show the unit files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a message out (kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a message again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct --at and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a later time, or leave out --at to send now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued as {id}: it goes out at {time} through “{profile}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer sends it while it runs, or `composer outbox run` (e.g. from a timer); `composer outbox cancel {id}` takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message sent later takes the password from the keyring: store it with `composer profiles add ... --password-stdin`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} is in the past. Send it now? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the profile again, or cancel the message and send it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the message is kept in Drafts (File ▸ Drafts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is being sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every takes a number of minutes from 1 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer files are written, but systemd did not start it: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now {unit}.timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed {files}: due mail goes out every {minutes} minutes, also while Composer is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is running right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled merge is cancelled; nothing more is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message in the outbox has the id “{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the ids with: composer outbox list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled merge {id}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge reached its daily limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It resumes by itself at {time}; the rows already sent are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge stopped before every row was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs again at {time}; the rows already sent are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled merge needs you (exit status {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it yourself to see why: {command}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPreflight</name>
    <message>
        <source>check that mail from a profile will land (SPF, DKIM, DMARC, limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the From domain&apos;s SPF, DMARC, MX and DKIM against the profile&apos;s server, a free-mail From sent through another server, and the provider&apos;s daily limit against a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending profile (default: the active one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also check a merge: its data file and template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DKIM selector your provider gave (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask this DNS server (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{server}” is not the address of a DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give its IP address, with a port if needed: 192.0.2.53 or 127.0.0.1:5353.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{profile}” is a preview profile: what it sends never leaves this computer, so there is no server or domain to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the profile of your mail account with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight of “{profile}” ({address} through {host}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a row of --merge to the profile&apos;s own address and read back how the receiving server judged it (SPF, DKIM, DMARC; needs the profile&apos;s IMAP server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --test-to-self: the row to send (default: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --test-to-self: how long to look for the test in the inbox (default: 120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--test-to-self needs the merge to take the test from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it with --merge DATA TEMPLATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--row counts from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “{profile}” has no address of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one with composer profiles add … --from-address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file has no row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending row {row} to {address} through {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} cannot be rendered: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>an SMTP server (--host, --port, --security, --username, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print messages to the terminal (preview: not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save messages as files in --folder (preview: not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard messages (preview: not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a composer.mail backend class named by --class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add, switch, remove and test sending profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage sending profiles (the same ones Preferences shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the profiles; * marks the active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sending profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: smtp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP server&apos;s host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption (default: starttls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the usual port (25, 587 for starttls, 465 for ssl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login name; omit if no login is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from the first line of standard input into the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never store the password; Composer asks for it when sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds (default: 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private CA certificate file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client certificate file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client certificate&apos;s key file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow logging in without encryption (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filebased: where to save messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom: dotted path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make it the active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep messages in the preview mailbox (preview: not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a profile the active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a profile (and its stored password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test a profile&apos;s SMTP connection: connect, TLS, login, quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test with the password on standard input instead of the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a port number (1-65535): {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: add the profile with --ask-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the profiles file: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it in a text editor, or move it aside; a last good copy may be at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: showing {path} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: showing the defaults instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(preview: not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile {name!r} was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin needs --username (and the smtp backend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ask-password and --password-stdin exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name!r}: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is a preview: mail sent with it is not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password stored yet: run again with --password-stdin, or set it in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} is the active profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send with it: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known profiles: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now sending with {name!r}: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now sending with {name!r}: {summary} (preview: mail is not sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the stored password was not removed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} does not connect to a server: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing {name!r}: {host} port {port}, {security}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s email address (the From address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the servers from --email: Composer&apos;s list of providers, the domain&apos;s autoconfig, DNS SRV and MX records, then a checked guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the servers from Composer&apos;s list of providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept servers of another domain that detection found, without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the account signs in (default: password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose OAuth 2.0 sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth client secret (Google desktop clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft: common, organizations, consumers or a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom: the authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom: the token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scope to ask for (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IMAP server (for the copy in Sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: 993 for ssl, 143 otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP encryption (default: ssl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IMAP user name, when it is not the SMTP one (its password then has its own keyring entry: --imap-password-stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the IMAP password (of --imap-username) from the next line of standard input into the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not put a copy of sent mail into the server&apos;s Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings found for this address point to a server of another domain: {hosts} (from {where}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your password there? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with your provider that this server is theirs, then run again with --trust, or give the server with --host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the mail servers of {address}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found; using --host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {host} port {port} ({security}) in {source}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP: {host} port {port} ({security})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--detect needs --email ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--imap-host: {host!r} is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom OAuth provider needs {flag} (an https:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--imap-password-stdin needs --imap-host and an --imap-username other than the SMTP one (with the same user name, IMAP signs in with the SMTP password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IMAP password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPrompt</name>
    <message>
        <source>Cancelled at the password prompt; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was typed; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSend</name>
    <message>
        <source>addresses: repeat an option or separate addresses with commas; &quot;Name &lt;addr&gt;&quot; is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status: 0 sent, 1 failed, 2 bad input, 3 sent but some recipients were refused, 4 in doubt (most likely delivered: do not send it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --at: 0 queued, 1 it could not be written (a full disk), 2 a time that is not one or has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send one message through a sending profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one message (the same way the compose window does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the profile&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the text from FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also send this HTML as the formatted version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue it in the outbox to go out then (local time) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: give one address, not {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some addresses are not valid: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject contains a line break; a subject is one line of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview mailbox is shown only in the Composer window; to see messages here, use a “Print to terminal” profile (composer profiles add NAME --backend console) or send with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sending profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the command line and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one with `composer profiles add`, or name another with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one with --from, or add one to the profile “{profile}” (composer profiles add … --from-address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “{profile}” needs the password for {account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it with `composer profiles add ... --password-stdin`, or run this in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {account}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused {address}: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSignin</name>
    <message>
        <source>sign a profile in with its provider (OAuth 2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Microsoft, Google or another OAuth 2.0 provider in the browser; the sign-in is kept in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not open a browser; open the printed address yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for the browser (default: 300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the profiles file: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “{name}” does not sign in with a provider (OAuth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it with `composer profiles add {name} --auth oauth2 ...`, or choose “Sign in with the provider” in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in your browser at this address (it was opened if a browser could be):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {account}; “{name}” sends with this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <source>{path} is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parts are nested too deeply to be read</source>
        <extracomment>The spelling dictionary chosen for this message (&quot;&quot;: automatic); kept in drafts only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a message Composer can read ({error}: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Some addresses are not valid: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the highlighted entries, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one address in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sending profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one in Tools ▸ Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your address in From, or add one to the profile “{profile}” in Tools ▸ Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt (SSL/TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greet the server (EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in (AUTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say goodbye (QUIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: {issuer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {host}:{port}…</source>
        <extracomment>The steps, in order, and what users see for each. The account&apos;s IMAP server, tested after the SMTP one (None: the profile has none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {host} ({address}) port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server to start TLS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as {user}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name: mail will be sent without logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said goodbye. Everything works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with {protocol} ({cipher}); the certificate is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered (no ESMTP extensions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers: no extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers: {extensions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is set for {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password, or leave the user name empty if the server needs no login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate, key and CA files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate, key or CA file could not be loaded ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the files are PEM certificates and the matching private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the Sent folder (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to {where} as {user}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to {host} as {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent mail is in “{folder}”; this provider files what you send there itself, so Composer adds no copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of sent mail will go to “{folder}” (the server&apos;s Sent folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of sent mail will go to “{folder}” (found by its name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>{name} (group, {count} member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (group, {count} members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} → Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no column of names or e-mail addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contacts again as CSV for Google or Outlook, or as vCard (.vcf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a vCard file Composer can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contacts again as vCard (.vcf), or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vCard (.vcf) file exported from an address book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Log in to macOS normally so the Keychain is available, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the Windows Credential Manager service is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and start a Secret Service such as GNOME Keyring (package gnome-keyring) or KWallet in your desktop session, or choose “Ask for the password when sending”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is running to keep your password safe: no Secret Service (GNOME Keyring, KWallet), macOS Keychain or Windows Credential Manager was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are kept in {keyring}.</source>
        <extracomment>One sentence for Preferences: where passwords go, or why they cannot be kept. What to do when the backend cannot be used (&quot;&quot; when it can).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service (GNOME Keyring, KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service (libsecret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active keyring backend (keyring&apos;s “null” backend) throws passwords away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the PYTHON_KEYRING_BACKEND setting or the keyringrc.cfg that selects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active keyring backend (keyrings.alt&apos;s plain-text file) would store your password unencrypted on disk, so Composer will not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall keyrings.alt or select a Secret Service, Keychain or Credential Manager backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked, so Composer could not read the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked, so Composer could not store the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked, so Composer could not remove the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not read the password: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not store the password: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring could not remove the password: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it (your desktop will ask for the keyring password) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that your keyring service is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Detect</name>
    <message>
        <source>Refused to read the autoconfig document from {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer reads autoconfig documents over HTTPS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoconfig document at {url} is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server settings by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoconfig address {url} redirects too often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted: its autoconfig was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings found elsewhere, or enter them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No autoconfig document could be read from {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoconfig document at {url} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server did not answer about {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection, or enter the settings by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS lookup of {name} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later, or enter the settings by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer&apos;s list of providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain&apos;s autoconfig document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain&apos;s DNS SRV records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain&apos;s MX records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess, checked by connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the whole address, like kim@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} port {port} ({security}), from {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} is not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SRV records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} is not a provider Composer knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mail server answered at smtp.{domain} or mail.{domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer could not find the mail servers of {domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SMTP server by hand: your provider&apos;s help pages list it (often smtp.{domain}, port 587 with STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual ports are 587 for STARTTLS, 465 for SSL/TLS and 25 without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details and report them to the Composer developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer will not send your password to {host} without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS; only on a network you trust, tick “Allow login without encryption”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} requires a login it did not get ({reply}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password of the sending profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} offers no way of logging in that Composer knows ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator which login methods it offers, or leave the user name empty if the server needs no login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} refused the password for {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password for {user} ({reply}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password ({reply}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address {address} has letters beyond English before the @, and {host} cannot take such addresses (no SMTPUTF8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address with English letters only before the @, or send through a server that accepts international addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS, so the connection cannot be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSL/TLS (usually port 465) if the server supports it; choose no encryption only for a server on your own computer or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} does not offer to log in (no AUTH), so the user name and password cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name empty if the server accepts mail without logging in; many servers offer AUTH only over STARTTLS or SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} cannot take this message ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it through another server, or ask this server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused every recipient: {refused}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the addresses for typos, or ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sender {sender} ({reply}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the From address: many servers only accept the account&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message as too large ({reply}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or shrink attachments, or share large files by link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message ({reply}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server&apos;s reason does not say what to change, ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for the name {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name the certificate was issued for (Test connection shows it), or ask the server&apos;s administrator for a certificate that covers this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; check your computer&apos;s clock too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is your organisation&apos;s server with its own certificate authority, choose that CA file under “Private CA” in the profile; Test connection shows the certificate&apos;s fingerprint to compare with the one your administrator gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} does not speak SSL/TLS from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose STARTTLS (usually port 587) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection with {host} failed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the other kind of encryption, or ask the server&apos;s administrator which TLS versions it supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name {host} could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check its spelling in the profile and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepted the connection at {where} (connection refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name and port; a firewall or your network may block this port (many home and hotel networks block port 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} did not greet Composer; port 465 normally expects SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSL/TLS for port 465, or use port 587 with STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later, or raise the timeout in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps happening, this port may expect STARTTLS rather than SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps happening, check the port and the kind of encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment {file} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the file again from where it is now, or remove it from the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} could not be used ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and the free disk space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room left to write on the disk ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} answered “{reply}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s words usually say what it needs; ask its administrator if they do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation with {where} failed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, copy the details for the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {where} failed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name, the port and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending profile is not usable: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the profile in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be built: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the addresses and headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} does not let this mailbox send from mail programs: SMTP AUTH is turned off for it ({reply}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to turn on “Authenticated SMTP” for your mailbox (admin center ▸ the user ▸ Mail ▸ Manage email apps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} no longer accepts a password from mail programs (basic authentication is turned off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the profile to “Sign in with the provider (OAuth 2.0)” in Preferences, then sign in with your Microsoft account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} refused the sign-in of {user} ({reply}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again (Preferences ▸ the profile ▸ Sign in…, or `composer profiles signin`); if it is refused again, your administrator may have turned off SMTP AUTH for the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no login at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} does not offer signing in with a provider&apos;s token (no XOAUTH2 or OAUTHBEARER; it offers: {offered}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and port your provider gives for sign-in, or switch the profile to a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Imap</name>
    <message>
        <source>The IMAP server {host} refused the user name or password for {user}.</source>
        <extracomment>Whether trying again later may work (a full mailbox, a server hiccup), as opposed to a setting to fix first. Copies that fail either way stay queued.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server {host} refused the sign-in of {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again (Preferences ▸ the profile ▸ Sign in…); if it is refused again, IMAP may be turned off for the mailbox (an administrator&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server {host} does not offer signing in with a provider&apos;s token (no XOAUTH2 or OAUTHBEARER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the IMAP server name and port your provider gives for sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer will not send your password to {host} without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 993) or STARTTLS (port 143) for the IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Sent folder was found on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the folder for sent mail in the profile&apos;s IMAP settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes on the server: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox of {user} on {host} is full: the copy for Sent did not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old mail (or empty the Trash) in that account; Composer keeps the copy and puts it in Sent with the next message you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server {host} refused to store the copy in “{folder}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer keeps the copy and tries again with the next message; if it keeps happening, check the folder in the profile&apos;s IMAP settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMAP server {host} answered something unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, copy the details for the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the IMAP server&apos;s name, port and encryption in the profile (usually port 993 with SSL/TLS) and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeAdvertising</name>
    <message>
        <source>no consent date in “{column}”: advertising may be sent only to people who agreed to receive it (정보통신망법 §50①)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent date “{value}” in “{column}” is not a date Composer can read; write it as 2025-03-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent date {date} in “{column}” is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent given on {date} is more than two years old: ask this person to confirm it again before sending advertising (정보통신망법 §50⑧)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising mail must start its subject with “(광고)”. Write the subject as “(광고) {subject}” (정보통신망법 §50④).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising mail must say who sends it: give the sender a name in From (such as 한빛상사 &lt;news@hanbit.example&gt;) and write that name in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body does not name the sender: write “{name}” in it, with a contact (정보통신망법 §50④).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body gives no contact: write the sender&apos;s telephone number or e-mail address in it (정보통신망법 §50④).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising mail must offer a working way to refuse more mail: give an unsubscribe address (--unsubscribe), whose requests go on the suppression list (정보통신망법 §50④).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body does not tell how to refuse more mail: write, for example, “수신을 원하지 않으시면 {address}(으)로 알려 주십시오 (To unsubscribe, write to {address}).”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising may be sent only with the recipient&apos;s consent, confirmed every two years: the data file needs a column with each person&apos;s consent date (such as 수신동의일), chosen with --consent-column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeAttachments</name>
    <message>
        <source>attachment “{name}” is not inside the attachments folder {folder}; only files in that folder are attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment “{name}” is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment “{name}” is a hidden file; hidden files are never sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeData</name>
    <message>
        <source>{path} is a folder, not a data file. Choose the CSV file or the workbook inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} does not exist. Choose the CSV file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding Composer knows. Choose one such as utf-8, cp949 or cp1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} cannot be read ({reason}). Check that it is there and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter must be a single character. Choose , ; | or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} text ({reason}). Choose the file&apos;s encoding by hand (for example cp949 or cp1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many bytes are not characters in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a well-formed CSV file near line {line} ({reason}). Check that quotes are closed, or choose another delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of {file} holds data ({example}), not column names, so the file has no header row. Add a first line of column names (such as 이름,email) above the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no header row. Put the column names on the first line of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} has bytes that are not {encoding} text (shown as �); fix them in the file or choose its encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} looks like UTF-8 text read as {encoding}: “{seen}” is probably “{meant}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starting on line {line} runs over {count} more line(s) that look like rows of their own; a closing quote (&quot;) is probably missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns {first} and {second} of {file} are both named “{name}”: {{{{ {name} }}}} is column {first}; column {second} is “{renamed}”. Rename one of them in the file if that is not what you meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no column “{column}” to group the rows by. Choose one of: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a text (CSV) file, which has no sheets: leave out the sheet and header row, or choose the workbook itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} does not exist. Choose the spreadsheet again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row must be 1 or more (as the sheet shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected with a password, and Composer cannot open protected workbooks. Open it in Excel, choose File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, clear the password and save a copy (or save the sheet as CSV), then choose that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({reason}). It may be damaged or not really a {kind} file: open it in your spreadsheet program and save it again, or save it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}”. Choose one of: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} cannot be read ({reason}). Open the file in your spreadsheet program and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no worksheet with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of the sheet “{sheet}” in {file} is empty, so it cannot hold the column names. Choose the row that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in {file} is empty. Choose the sheet that holds the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of the sheet “{sheet}” holds data ({example}), not column names, so the sheet has no header row. Insert a row of column names (such as 이름, email) above the list, or choose the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns {first} and {second} of the sheet “{sheet}” are both named “{name}”. Rename one of them in the sheet, so that each placeholder means one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “{column}” holds formulas whose results were never saved in the file (a program wrote it, not a spreadsheet), so those cells are empty in the messages. Open the file in Excel or LibreOffice Calc and save it once: the results are then stored and merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” (row {line}, {count} like it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “{column}” writes its dates in {count} ways: {examples}. Each message shows the date as it is in the sheet; make them the same in the sheet (a date cell reads as 2024-03-05) if that matters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeEngine</name>
    <message>
        <source>Check the merge before sending it. Press Check, then Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row has problems. Fix it in the data file, or choose to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows have problems. Fix them in the data file, or choose to skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was stopped with {count} row not sent. Run it again to send it; nobody gets a message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was stopped with {count} rows not sent. Run it again to send them; nobody gets a message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the first row as asked. Run the merge again to send the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the first {count} rows as asked. Run the merge again to send the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file changed after it was checked (row {row}). Check the merge again, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the message: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server allows fewer connections; going on with the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily cap of {cap} reached</source>
        <extracomment>Messages accepted in the last 24 hours, across merges (set when a run starts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge reached the daily cap of {cap} messages. It is paused; resume it tomorrow and it continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer cannot connect to {host} ({reason}). Check the network and the sending profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up after {count} attempt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused {address}: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up after {count} attempts: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge stopped on an unexpected error ({error}). Nothing was lost: run it again and it goes on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeExport</name>
    <message>
        <source>{address} asked to unsubscribe ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard bounce, {recipient}: {reason} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft bounce, {recipient}: {reason} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeFailures</name>
    <message>
        <source>The server says the daily sending limit is reached ({reply}). The merge is paused; resume it tomorrow and it continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row failed this way, and every row probably would; the merge stopped. Fix the cause, then run the merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last {count} rows all failed this way, so every row probably would; the merge stopped. Fix the cause, then run the merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message went out but the server&apos;s confirmation never came ({reason}); it was most likely delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeLedger</name>
    <message>
        <source>in flight when a run stopped: the whole message had gone out, so it was most likely delivered, but the server&apos;s confirmation was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in the Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Composer merge record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Run “composer merge --repair-ledger” to rebuild the record from the journal of sent messages kept beside it (the damaged file is kept); nobody is sent a message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Restore {path} from a backup. Only if no merge of yours is unfinished, move the file away to start a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of sent mail, {path}, cannot be read: {reason}. Composer does not send from a damaged record, because it could send messages twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short ({size} of {expected} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: Composer cannot write its record of sent mail in {folder}, so it stopped sending (a message it cannot record could later be sent twice). Free some space on that disk, then run the merge again: it goes on where it stopped, and nobody gets a message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer may not read or write its record of sent mail, {path} ({reason}). Nothing was sent. Give your user account access to that folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer cannot use its record of sent mail, {path} ({reason}). Nothing more is sent until it can. Check the disk, then run the merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of sent mail, {path}, is held by another program ({reason}). Close other Composer windows or programs that use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of sent mail, {path}, has no journal to rebuild it from (it was made by an older Composer). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of sent mail, {path}, can be read: nothing to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt from the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt from the journal: the message had gone out and its confirmation was not recorded; it was most likely delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge is open in another Composer window or command right now. Nothing was done here, so it is not disturbed. Wait until it finishes (or stop it there), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge is open in another Composer window since {time} (process {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge is running in another “composer merge” command since {time} (process {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done here, so it is not disturbed. Wait until it finishes (or stop it there), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePdf</name>
    <message>
        <source>{name} is already protected with a password of its own; save it without one so that Composer can protect it with the row&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be protected: it is not a PDF file Composer can read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePlan</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses {placeholder} but the data file has no column “{name}”. Rename the placeholder or the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no sender address. Choose a sending profile or fill in From.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address “{address}” is not a valid address. Correct the From field or the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsubscribe address “{address}” is not one email address. Write an address such as unsubscribe@your-domain.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipient field. Put a placeholder such as {example} in To.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message would be copied to {address} ({field}), so that address would get one copy per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} has fewer fields than the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot render: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid address “{address}” in {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment file not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message is about {size} MB, over the {limit} MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same recipients as an earlier row (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} is on the suppression list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>row {row} {recipients}: hard bounce ({time}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} {recipients}: soft bounce ({time}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} {recipients}: asked to unsubscribe ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} {recipients}: in doubt, most likely delivered (sent whole, confirmation lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} {recipients}: failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{name}” (data {data}), last changed {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} row: {sent} sent, {failed} failed, {unknown} in doubt, {pending} not sent yet, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} rows: {sent} sent, {failed} failed, {unknown} in doubt, {pending} not sent yet, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeResults</name>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results file {path} must end in .xlsx (an Excel workbook) or .csv. Choose a name such as results.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results file would replace the data file {path}. Composer never changes your file: choose another name for the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the results file {path} does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeSendTime</name>
    <message>
        <source>“{text}” is not a send time (YYYY-MM-DD HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeTemplate</name>
    <message>
        <source>The template {path} cannot be read ({reason}). Check the path and try again.</source>
        <extracomment>Headers of the template file that merges do not send (names, as written).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Subject holds a line break or control character from the data file (“{subject}”); a subject is one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “{column}” is empty in this row, so its PDF files would go out unprotected; fill in the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the message text is in the character set “{charset}”, which Composer does not know. Open it in your mail program and save it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be a message. Save the message again from your mail program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as a message ({reason}). Save the message again as .eml from Composer or your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} does not look like a saved message. Save the message as .eml from Composer or your mail program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} has a placeholder error on line {line}: {error}. Write placeholders as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} uses {construct} on line {line}, which a merge template cannot use. Remove it and put the text in the message itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” in {field} is more than one address; put one address in each cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address for “{name}” in {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name “{name}” in {field} holds a line break or control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}, line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number {number} is too large here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value grew too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a format width is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loops take more than {count} steps for one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number grew too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text grows beyond {count} characters for one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it calls itself without end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the message cannot be read ({reason}). Attach the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>Sign in again: Preferences ▸ the profile ▸ Sign in…, or run `composer profiles signin {profile}`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “{profile}” is not signed in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in: Preferences ▸ the profile ▸ Sign in…, or run `composer profiles signin {profile}`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in for {account} has expired or was withdrawn, so Composer cannot send with it; you need to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was not completed.</source>
        <extracomment>Seconds to wait for the browser to come back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in page is not the one Composer opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back with a sign-in Composer did not ask for (the state did not match), so Composer ignored it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again, from Composer, in one browser window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not come back to Composer within {minutes} minutes, so the sign-in was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and finish in the browser; if no browser opened, open the address Composer showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation has not allowed Composer to send mail for you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator to grant admin consent to the app (see the README), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and accept the access Composer asks for to send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; the details say what the server wants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s sign-in settings ({file}) cannot be read.</source>
        <extracomment>Points at another organisation file (tests, or an administrator who keeps it elsewhere). Client IDs of Composer&apos;s own registrations: empty until Composer has registered them. Extra query parameters of the authorization request (Google: a refresh token). A private CA to trust for the endpoints (the profile&apos;s), besides the system&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your administrator; the details say what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} {url} is not an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the provider&apos;s https:// address in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer has no client ID for signing in with {provider}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator for your organisation&apos;s client ID (or the file {file}), and enter it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server gave no lasting sign-in (no refresh token), so Composer would have to ask again within the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the profile&apos;s scopes include offline access, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in as {chosen}, but this profile sends as {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and choose {expected} in the browser (use “Use another account” if the browser picks one by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer could not reach the sign-in server {host} ({reason}).</source>
        <extracomment>Seconds to wait for the token endpoint. Who signed in, from the ID token&apos;s ``email`` / ``preferred_username`` (&quot;&quot; unknown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server {host} did not answer with a token (HTTP {status}, {kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token URL in the profile; a proxy or captive portal may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server {host} does not know this client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client ID (and secret) with your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server {host} refused the request ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try signing in again; the details say what the server wants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server {host} answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token URL in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>“{text}” is not a time; write it as YYYY-MM-DD HH:MM, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In doubt (most likely delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in the outbox and is tried again at {time}, or retry now.</source>
        <extracomment>The account to send a message of profile *name* with (raises a ComposerError when there is none, or its password cannot be had without asking).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the message and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer stopped while this message was going out, after the server had it all but before it answered.</source>
        <extracomment>Nothing waits longer than this after a temporary failure, even when the clock went back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was most likely delivered: send it again only if a recipient tells you it did not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not queued: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space, then send again; your message is still in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message in the outbox has the id “{id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the ids with: composer outbox list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is being sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message most likely went out already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time of day; write it as HH:MM, e.g. 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sent} today, {left} more from {day} (at most {cap} a day, over {count} day) — the merge resumes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sent} today, {left} more from {day} (at most {cap} a day, over {count} days) — the merge resumes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sent} today, {left} {day} — the merge resumes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {problem}.</source>
        <extracomment>At most this many later runs for one merge&apos;s row times (as ``--send-at-column``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the send time in the data file, or empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows name {count} different send times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {limit}, e.g. round them to the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge&apos;s message shows images inside its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled merge cannot carry them yet: start it now, or attach the images as files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge&apos;s message cannot be kept as it is for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it now, or save the message as a template first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>could not check: the DNS server did not answer ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} authorises {host} to send its mail ({term}; {lookups} of 10 lookups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} publishes no SPF record: Gmail, Yahoo, Outlook.com and Naver reject or file as spam bulk mail from a domain without one. Ask whoever runs the domain to publish one that includes {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of {domain} needs more than 10 DNS lookups, so receivers treat it as broken (RFC 7208). Merge its include: entries or replace some with ip4: ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of {domain} is broken ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not authorise {host} ({result}): mail sent through it will be rejected or land in spam. Add the server (or its provider&apos;s include:) to the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} publishes no DMARC record: since 2024 Gmail and Yahoo require one from bulk senders. Publish at least “v=DMARC1; p=none” at _dmarc.{domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} publishes DMARC with policy “{policy}”; SPF alignment is {mode}: the envelope sender must be {domain}{exact} for SPF to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or one of its subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} receives mail at {hosts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} has no MX record: replies and bounces to it cannot arrive, and some receivers refuse mail from such a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{domain} publishes DKIM keys ({selectors}); whether your server signs with them shows only in a test message read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key found for {domain} under {selectors}. If your provider gave you a selector, type it in the DKIM selector field (or give --dkim-selector); else ask it to sign your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no From address: set one in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} is a {domain} address, but the mail goes through {host}: receivers check {domain}&apos;s DMARC and reject it or file it as spam. Send through {domain}&apos;s own server, or use an address of your own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} lets an account send about {limit} messages a day; {sent} went out through Composer today. This merge of {total}: {plan}. The merge stops at the limit and resumes by itself the next day, at the hour set for it (09:00 unless you chose another), once the last 24 hours leave room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge sends {count} messages to Gmail addresses: from 5,000 a day Gmail treats you as a bulk sender and requires SPF, DKIM and DMARC aligned with your From domain, a spam rate under 0.3%, and one-click unsubscribe (RFC 8058). One-click unsubscribe needs a web address that answers a POST; Composer is a desktop program and has none, so its mailto unsubscribe alone does not meet this rule: use a mailing service for such volumes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>The data file has no row {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number} cannot be rendered: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be built: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewViewer</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} — to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>{path}, line {line}</source>
        <extracomment>The version of the file layout this Composer writes and reads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was changed by another program since Composer read it. Reload it to keep those changes, or save again to replace it (a copy of it is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid TOML: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer Composer (schema version {version}); this version understands schema version {supported}. Update Composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown schema version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles must be a list of [[profiles]] tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active must be the name of a profile, in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active names {name!r}, but there is no such profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each profile must be a [[profiles]] table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting {key!r} in a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every profile needs a name (name = &quot;...&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile {name!r} has the unknown backend {backend!r}; use one of {kinds}, or a dotted path of a backend class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be one of {allowed}, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes must be a list of texts in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a table ([profiles.{key}]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be text in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting {key!r} in [profiles.{table}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security must be &quot;none&quot;, &quot;starttls&quot; or &quot;ssl&quot;, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} must be a list of addresses, e.g. [&quot;Alice &lt;alice@example.com&gt;&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item!r} in {key} is not an address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Profile {profile!r} needs the password for {account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are printed to the terminal Composer was started from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are saved as files in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are kept in Composer&apos;s preview mailbox until it quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>no encryption</comment>
        <extracomment>The ``composer.mail`` backend for each built-in kind (custom profiles name their own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the provider (OAuth 2.0)</source>
        <extracomment>A password (or an app password) kept in the keyring, or asked for once a session. OAuth 2.0 (&quot;Sign in with Microsoft / Google&quot;): a refresh token kept in the keyring gives short-lived access tokens, used with SASL XOAUTH2 or OAUTHBEARER.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other provider</source>
        <extracomment>Any other provider: its authorization and token URLs and scopes are in the profile.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to save messages in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python does not know this charset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an email address: {addresses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be more than 0 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client key needs its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the dotted path of the backend class, e.g. mypackage.mail.Backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full dotted path: module name, then the class name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module {module!r} cannot be imported ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module {module!r} has no {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called {name!r}.</source>
        <extracomment>How the account signs in to its servers (SMTP and IMAP alike). The key of the account&apos;s provider in :mod:`composer.profiles.providers` (&quot;&quot; unknown): its advice, its known sending limits, whether it files submitted mail in Sent itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Gmail accepts only an app password here: turn on 2-Step Verification, create an app password at https://myaccount.google.com/apppasswords and enter it instead of your normal password.</source>
        <extracomment>Whether a password (even an app password) can work at all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Microsoft 365 no longer accept a password or an app password from mail programs: they need a Microsoft sign-in. Switch the profile to “Sign in with the provider (OAuth 2.0)” in Preferences, then click Sign in….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naver Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on SMTP in Naver Mail&apos;s settings (POP3/IMAP settings), then try again; if your Naver account uses 2-step verification, create an application password in Naver&apos;s security settings and enter it instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daum / Kakao Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on IMAP/SMTP in the mail settings of Daum or Kakao Mail, then try again; if your account uses 2-step verification, create an app password in the account&apos;s security settings and enter it instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo Mail accepts only an app password here: create one under Account security › Generate app password and enter it instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCloud Mail accepts only an app-specific password here: create one at https://account.apple.com (Sign-In and Security › App-Specific Passwords) and enter it instead of your Apple Account password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name (often your full email address) and the password. If your provider uses two-step verification, it may want an app password created in your account&apos;s security settings instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The test of row {row} was sent to {address}. Composer cannot read it back: the profile has no IMAP server. To check by hand, open the test in your mail program, show its original or source (Gmail: ⋮ ▸ Show original; Outlook: View message source; Naver: 원문 보기) and find the Authentication-Results line: spf=, dkim= and dmarc= should each say pass. Add the account&apos;s IMAP server in Preferences to let Composer do this.</source>
        <extracomment>How long to look for the test in the inbox, in seconds: most servers deliver within seconds, a greylisting one within a few minutes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test of row {row} was sent to {address}, but it was not in the inbox within {seconds} seconds. It may be late, held by the server, or filed as spam: look in the spam folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no address of its own: set one in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>{addresses} and {count} more</source>
        <extracomment>The failure behind a FAILED or IN_DOUBT result (an outbox tells a temporary one from a permanent one by it); None otherwise.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your address in From, or add one to the sending profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message is still here; send it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {accepted}, but the server refused {refused}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the refused addresses for typos, then send to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {recipients} through “{profile}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered: “{profile}” only previews messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled; the server did not accept the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message went out, but the server&apos;s confirmation never came ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was most likely delivered: do not send it again unless a recipient tells you it did not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its copy could not be kept in the Sent folder ({reason}); do not send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCopy</name>
    <message>
        <source>The copy for the Sent folder on {host} could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: Composer keeps the copy and makes it with the next message sent through this account, or at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: Composer keeps {count} copies and makes them with the next message sent through this account, or at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is in “{folder}” on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} copies are in “{folder}” on {host}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>English (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>“{name}” cannot be the name of a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name with letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
