<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountAssistant</name>
    <message>
        <source>Add your mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name and email address: Composer looks up your provider&apos;s servers. You can check and change everything before it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kim Minji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Composer looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter settings by &amp;hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in {source}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings name a server of another domain: {hosts}. Use them only if your provider confirms it is theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the settings failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the settings by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Enter the settings by hand, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address changed: press Find settings again, or enter them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signs in with {provider} in your browser, not with a password: click Sign in… below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password (or app password) below, then press Test connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings, then press Test connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressBookWindow</name>
    <message>
        <source>Address Book — Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, addresses, notes (ㄱㅊㅅ finds 김철수)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to these in &amp;Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail merge to these…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {added} contact(s) added, {merged} merged with contacts already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contact(s) written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book could not be read or written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is there and that you may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>Name &lt;address@example.com&gt;, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{entry}”: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{extension} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be attached: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), {size}</source>
        <translation>
            <numerusform>%n attachment, {size}</numerusform>
            <numerusform>%n attachments, {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>These attachments add up to {total}; many providers refuse messages over {limit}. Consider sharing large files by link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a program for this type of file, or save it and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Write your message…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rows with problems and send the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send rows whose recipients repeat an earlier row (e.g. one parent, two children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every message to the fixed Cc/Bcc anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record them as delivered (recommended): they are not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send them again: their recipients will probably get the message twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an unsubscribe link (List-Unsubscribe) to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribe@your-domain.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is advertising (광고): hold it to what 정보통신망법 §50 asks of e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(광고) at the start of the subject; the sender&apos;s name, a contact and how to refuse more mail in the body; an unsubscribe address; only recipients whose consent date (a column such as 수신동의일) is within the last two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent dates in column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column of each recipient&apos;s consent date (수신동의일): only recipients who consented within the last two years are mailed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the column)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row… {count} so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the data file or choose its encoding, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {ready} ready, {problem} with problems, {suppressed} on the suppression list, {sent} already sent, {unknown} in doubt.</source>
        <translation>
            <numerusform>%Ln row: {ready} ready, {problem} with problems, {suppressed} on the suppression list, {sent} already sent, {unknown} in doubt.</numerusform>
            <numerusform>%Ln rows: {ready} ready, {problem} with problems, {suppressed} on the suppression list, {sent} already sent, {unknown} in doubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The table lists the first rows only.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the merge you chose to continue: its message or data file changed since it was sent, so the rows it sent are not known here and would be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skip the %Ln row(s) with problems and send the others</source>
        <translation>
            <numerusform>Skip the %Ln row with problems and send the others</numerusform>
            <numerusform>Skip the %Ln rows with problems and send the others</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln row(s) that may be garbled as they are (bytes that are not text, or a quote left open)</source>
        <translation>
            <numerusform>Send the %Ln row that may be garbled as it is (bytes that are not text, or a quote left open)</numerusform>
            <numerusform>Send the %Ln rows that may be garbled as they are (bytes that are not text, or a quote left open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) went out whole when a run stopped, but the server&apos;s confirmation never came, so they were most likely delivered.</source>
        <translation>
            <numerusform>%Ln message went out whole when a run stopped, but the server&apos;s confirmation never came, so it was most likely delivered.</numerusform>
            <numerusform>%Ln messages went out whole when a run stopped, but the server&apos;s confirmation never came, so they were most likely delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) on the suppression list are skipped.</source>
        <translation>
            <numerusform>%Ln address on the suppression list is skipped.</numerusform>
            <numerusform>%Ln addresses on the suppression list are skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>No per-row attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their PDF files are protected: each opens only with the password in column “{column}” of its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Per-row attachments: the files named in column “{column}”, taken only from {folder}: %Ln file(s), {size} in the rows ready to send.</source>
        <translation>
            <numerusform>Per-row attachments: the files named in column “{column}”, taken only from {folder}: %Ln file, {size} in the rows ready to send.</numerusform>
            <numerusform>Per-row attachments: the files named in column “{column}”, taken only from {folder}: %Ln files, {size} in the rows ready to send.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeHeader</name>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name &lt;you@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the {field} field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: give one address only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {entry} — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeMerge</name>
    <message>
        <source>There is no sending profile to send the merge through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one in Tools ▸ Preferences, then start the merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment of this message can no longer be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it or attach it again, then start the merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an attached file cannot be sent: it holds a line break or another invisible character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the file, attach it again, then start the merge again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeProfiles</name>
    <message>
        <source>Your sending profiles could not be read ({problem}); Composer is using the last good copy for now.</source>
        <extracomment>Why the profiles file could not be used (then the last good copy or defaults are).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sending profiles could not be read ({problem}); Composer is using a preview profile for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tools ▸ Preferences to fix the profiles; saving there replaces the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeSignIn</name>
    <message>
        <source>“{profile}” now signs in with {provider}: sign in once to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be changed to sign in with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sign-in method in Preferences ▸ the profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeSignatures</name>
    <message>
        <source>The signature could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the data folder can be written to, then save it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeSpelling</name>
    <message>
        <source>Looking for suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{word}” to dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “{word}” in this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check spelling as you &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check spelling before &amp;sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic ({language})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeTemplates</name>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name (attachments are kept with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from te&amp;mplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet (File ▸ Save as template…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be read or saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the attached files are still there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Attach…</source>
        <extracomment>The body a formatted signature is placed in: one empty paragraph to write in. Where sent mail waits (for Undo, a later time, the network); the Undo delay in seconds (the app passes the user&apos;s choice); the time (tests pass their own clock).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The sign-in after &quot;Switch this account to sign-in with …&quot; (kept while open).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draf&amp;ts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disca&amp;rd message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;later…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as temp&amp;late…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mana&amp;ge templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview mailbox (not delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox (waiting to go out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} — Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message and its saved draft will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone; keep it if you may still need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is delivered: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until sending finishes, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile does not deliver mail (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: failed, see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can send mail with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this account to sign-in with {provider}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>One address a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an address: {entries}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Composer hit an unexpected error ({error}).</source>
        <extracomment>What lives as long as the app (the tray icon, when Composer keeps running without windows).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts are saved; copy the details and report them, then carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the path of a CSV file and press Enter, or choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier merges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row with text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of the sheet with the column names, as the sheet numbers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files named in this column are attached to that row&apos;s message; only files inside the attachments folder are ever attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with the same value in this column (such as a parent&apos;s address) get one message together; the message can list them with {% for row in rows %} and carries all their files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders without a column of that name: take them from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names on row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-row attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect PDFs with the password in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row (no grouping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row&apos;s PDF attachments are encrypted (AES-256) so that they open only with the password in this column, such as a birth date. The password is never shown, logged or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: PDFs go as they are)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataStep</name>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sheet “{sheet}”, column names on row {row}, %Ln column(s).</source>
        <translation>
            <numerusform>Sheet “{sheet}”, column names on row {row}, %Ln column.</numerusform>
            <numerusform>Sheet “{sheet}”, column names on row {row}, %Ln columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encoding {encoding} ({how}), delimiter {delimiter}, %Ln column(s).</source>
        <translation>
            <numerusform>Encoding {encoding} ({how}), delimiter {delimiter}, %Ln column.</numerusform>
            <numerusform>Encoding {encoding} ({how}), delimiter {delimiter}, %Ln columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>One message per “{column}”: rows with the same value go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the per-row attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no placeholders: every row gets the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{placeholder} ✗ no column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders in the message: {placeholders}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelayedSend</name>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Sending in %n second…</numerusform>
            <numerusform>Sending in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliverabilityDialog</name>
    <message>
        <source>Deliverability of “{profile}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} sending through {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile does not send through a mail server: nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverabilityPanel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail bulk senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the common ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM selector your provider gave you (the name before ._domainkey); several separated by commas. Empty: Composer tries the common ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check deliverability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will the mail land? Checks the sender&apos;s domain (SPF, DKIM, DMARC, MX) and the provider&apos;s limits. It never stops you from sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the DNS about {domain}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not finish: {reason}. Sending is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) may get this mail refused or filed as spam; you can still send.</source>
        <translation>
            <numerusform>%n problem may get this mail refused or filed as spam; you can still send.</numerusform>
            <numerusform>%n problems may get this mail refused or filed as spam; you can still send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problem found, but %n warning(s) to read.</source>
        <translation>
            <numerusform>No problem found, but %n warning to read.</numerusform>
            <numerusform>No problem found, but %n warnings to read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything the DNS can show is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not be made: the DNS server did not answer. That never stops sending.</source>
        <translation>
            <numerusform>%n check could not be made: the DNS server did not answer. That never stops sending.</numerusform>
            <numerusform>%n checks could not be made: the DNS server did not answer. That never stops sending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before sending: will it land?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>The draft could not be saved ({error}).</source>
        <extracomment>Seconds, monotonic; tests drive the autosave with their own clock.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details and report them; keep this window open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or check the data folder&apos;s permissions; keep this window open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailedRowsExport</name>
    <message>
        <source>Save the failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed rows could not be saved to {path} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed rows could not be exported ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the data file is still there and the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send plain text only ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (https://… or mailto:…):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundSettingsForm</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending (SMTP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving (IMAP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the settings your provider gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in {source}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My provider confirmed that these servers are theirs: use them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with {provider} in the browser (no password is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time Composer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo send for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sent message waits this long in the Outbox, with Undo in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merges resume at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail merge stopped by a daily sending limit starts again by itself at this time the next day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep sending in the background when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer stays in the system tray and sends what falls due; it starts this way from the next start. Quit it from the tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Composer cannot stay in the background. While it is closed, `composer outbox run` (composer outbox install-timer) sends what is due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>Alice Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies go to the From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From addr&amp;ess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply-To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapBox</name>
    <message>
        <source>Copy in the server&apos;s Sent folder (IMAP, optional)</source>
        <extracomment>The port IMAP servers usually listen on for each kind of security (RFC 8314: 993 for implicit TLS; 143 for plain IMAP and STARTTLS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap.example.com (empty: no copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{security} (usually port {port})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the same as for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for an IMAP user name of its own (kept in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a copy of each sent message in the server&apos;s Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by itself (Sent, Sent Items, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail and Microsoft 365 file sent mail themselves: Composer makes no second copy there. The IMAP server signs in as the profile does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deliverability check is for a profile that sends through a mail server; this one does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the merge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is still sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it after the messages being sent now and close the window? The rest stays for the next run, and nobody gets a message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Earlier merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the account&apos;s inbox (nothing is marked read) for messages that came back and for unsubscribe requests; those addresses are not mailed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merge has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: {data}
Message: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the inbox of {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the inbox… %n message(s) so far.</source>
        <translation>
            <numerusform>Reading the inbox… %n message so far.</numerusform>
            <numerusform>Reading the inbox… %n messages so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by the daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as many as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome}: nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hard} hard, {soft} soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
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
        <source>In doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeResume</name>
    <message>
        <source>The message of this merge was not kept, so it cannot be continued here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the message you sent in the compose window, start Tools ▸ Mail merge from it and choose the same data file: if the message is unchanged, rows already sent are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeRun</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by you. Press Resume to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the messages in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number} {recipients}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying row {number}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped with %Ln message(s) not sent. Run the merge again to send them; nobody gets a message twice.</source>
        <translation>
            <numerusform>Stopped with %Ln message not sent. Run the merge again to send it; nobody gets a message twice.</numerusform>
            <numerusform>Stopped with %Ln messages not sent. Run the merge again to send them; nobody gets a message twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, skipped {skipped}, in doubt {in_flight} (most likely delivered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln were sent by earlier runs.</source>
        <translation>
            <numerusform>%Ln was sent by earlier runs.</numerusform>
            <numerusform>%Ln were sent by earlier runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) in doubt were found in the Sent folder and recorded as delivered.</source>
        <translation>
            <numerusform>%Ln message in doubt was found in the Sent folder and recorded as delivered.</numerusform>
            <numerusform>%Ln messages in doubt were found in the Sent folder and recorded as delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) in doubt were recorded as delivered.</source>
        <translation>
            <numerusform>%Ln message in doubt was recorded as delivered.</numerusform>
            <numerusform>%Ln messages in doubt were recorded as delivered.</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost: run it again and it continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge stopped on an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is paused by a daily limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge sent what was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, skipped {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeSchedule</name>
    <message>
        <source>The password of “{profile}” is not kept in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge that starts later signs in by itself: enter the password in Tools ▸ Preferences, where it is kept in the keyring, or start the merge now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeScheduler</name>
    <message>
        <source>(none: every row now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rows with a later send time wait: %n run(s) are scheduled, from {first}; they wait in View ▸ Outbox.</source>
        <translation>
            <numerusform>Rows with a later send time wait: %n run is scheduled, from {first}; it waits in View ▸ Outbox.</numerusform>
            <numerusform>Rows with a later send time wait: %n runs are scheduled, from {first}; they wait in View ▸ Outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the merge later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge starts at {time} through “{profile}”. It waits in View ▸ Outbox, where you can start it now, choose another time or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits in View ▸ Outbox until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageFiles</name>
    <message>
        <source>Open message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be opened ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may be damaged; open it in a text editor to copy its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save message as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parts are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message cannot be shown ({reason}); its source is in the Source tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… ({count} more characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The message is being sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge is running right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it from its window or wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message numerus="yes">
        <source>%n message(s) fell due while Composer was closed.</source>
        <translation>
            <numerusform>%n message fell due while Composer was closed.</numerusform>
            <numerusform>%n messages fell due while Composer was closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled merge(s) fell due while Composer was closed.</source>
        <translation>
            <numerusform>%n scheduled merge fell due while Composer was closed.</numerusform>
            <numerusform>%n scheduled merges fell due while Composer was closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and {merges} scheduled merge(s) fell due while Composer was closed.</source>
        <translation>
            <numerusform>%n message and {merges} scheduled merge(s) fell due while Composer was closed.</numerusform>
            <numerusform>%n messages and {merges} scheduled merge(s) fell due while Composer was closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send waiting mail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send them now, or later from View ▸ Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox — mail waiting to go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mail merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message most likely reached its recipients already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it again only if a recipient tells you it did not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{subject}” will not be sent, and is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the merge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge “{label}” will not start; what it already sent stays sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the password when sendin&amp;g (do not store it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login: the server is used without a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for when you send, kept in memory until Composer quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password goes into the system keyring when you click OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is saved in the system keyring. Type here to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainTextSwitch</name>
    <message>
        <source>bold, italic or underlined words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colours and text sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the text</source>
        <translation>
            <numerusform>%n image in the text</numerusform>
            <numerusform>%n images in the text</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to plain text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text cannot keep {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words stay as they are; lists keep their bullets and quotes their “&gt;”. Switching back does not bring the formatting back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep link addresses, written as “text &lt;address&gt;”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &amp;profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last good copy. The file is left as it is; saving keeps a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the built-in defaults. The file is left as it is; saving keeps a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profiles file could not be read ({where}: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “{name}” has settings that need fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SMTP server your mail provider gives for sending, your user name and your password, then press Test connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix them in {file}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the config folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The earlier profiles file was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy anything you still need from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file was changed by another program since Preferences opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload it to see those changes (your edits here are dropped), or replace it with your edits (a copy of the other version is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the password when sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring backend: {name}. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>of {total}</source>
        <extracomment>The connection of test messages: the merge&apos;s own, unless the account gives one that never files a copy in Sent (:meth:`MergeServerAccount.connect_for_test`). The row whose message is on the page (None until one is shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has no HTML part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size}, every row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size}), protected: it opens only with the password in column “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an email address. Type your own address to receive the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test of row {number} to {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test of row {number} sent to {address} (the server said: {reply}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not sent: {detail}. Check the address and the sending profile, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewViewer</name>
    <message>
        <source>Preview mailbox — messages not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent through preview profiles (preview mailbox, saved files) land here instead of reaching anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Sending</source>
        <extracomment>The user typed in the IMAP password field (an IMAP user name of its own).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <source>Sending profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ke active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My mail account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>(preview: not sent)</source>
        <extracomment>Text colour of preview profiles (amber, readable on light and mid backgrounds). Colour of the icon of profiles that deliver mail.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: mail is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile mail is sent with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your mail account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the account your mail is sent from (SMTP), in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}. {note} Nothing is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending with {name}: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note} Nothing is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore unsent messages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message numerus="yes">
        <source>Composer closed unexpectedly while %n message(s) were being written.</source>
        <translation>
            <numerusform>Composer closed unexpectedly while %n message was being written.</numerusform>
            <numerusform>Composer closed unexpectedly while %n messages were being written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore them to keep writing, or discard them.</source>
        <translation>
            <numerusform>Restore it to keep writing, or discard it.</numerusform>
            <numerusform>Restore them to keep writing, or discard them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowCheckModel</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by an earlier run; not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>went out whole when a run stopped; most likely delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTestControl</name>
    <message>
        <source>Send a test to myself and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the row shown to your own address, then reads it back from your inbox (IMAP) to show how your receiving server judged SPF, DKIM and DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no address of its own: set one in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test of row {number} to {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to {address}. Looking for it in your inbox (at most %n second(s))…</source>
        <translation>
            <numerusform>Sent to {address}. Looking for it in your inbox (at most %n second)…</numerusform>
            <numerusform>Sent to {address}. Looking for it in your inbox (at most %n seconds)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting. The test was sent if it got that far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>Putting the message in the Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message will be sent at {time} through “{profile}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits in View ▸ Outbox, where you can send it now, edit or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the message is back for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n recipient(s) through “{profile}”…</source>
        <translation>
            <numerusform>Sending to %n recipient through “{profile}”…</numerusform>
            <numerusform>Sending to %n recipients through “{profile}”…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previewing to %n recipient(s) through “{profile}”…</source>
        <translation>
            <numerusform>Previewing to %n recipient through “{profile}”…</numerusform>
            <numerusform>Previewing to %n recipients through “{profile}”…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message mentions an attachment, but nothing is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the file now, or send the message as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to cancel: the server accepted the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {account}
(kept until Composer quits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits in the Outbox (View ▸ Outbox) and goes out by itself once the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See it in View ▸ Preview mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message>
        <source>Sent, but the copy for Sent could not be kept.</source>
        <extracomment>The sign-in the message went out with (the copy for the server&apos;s Sent uses it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the message, so do not send it again. It stays in this window: File ▸ Save as… keeps a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message now, or choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>How many connections to the server at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send time column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
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
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a copy of each message in the Sent folder on the mail server (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that failed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>The provider turned password sign-in off: sign in with this OAuthProvider instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo brings it back here, exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the message; keeping a copy in Sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this account to sign-in with {provider}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message numerus="yes">
        <source>%Ln message(s) will be sent through {server}.</source>
        <translation>
            <numerusform>%Ln message will be sent through {server}.</numerusform>
            <numerusform>%Ln messages will be sent through {server}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were sent by an earlier run and are not sent again.</source>
        <translation>
            <numerusform>%Ln row was sent by an earlier run and is not sent again.</numerusform>
            <numerusform>%Ln rows were sent by an earlier run and are not sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) in doubt are recorded as delivered first.</source>
        <translation>
            <numerusform>%Ln message in doubt is recorded as delivered first.</numerusform>
            <numerusform>%Ln messages in doubt are recorded as delivered first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent until the problems are fixed or skipped: go back to Check and choose what to do with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed row(s) saved to {path}.</source>
        <translation>
            <numerusform>%Ln failed row saved to {path}.</numerusform>
            <numerusform>%Ln failed rows saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingTab</name>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview only: {note} Nothing is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{security} (usually port {port})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check deliverability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will mail from this profile land? SPF, DKIM, DMARC, MX and the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System CAs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow l&amp;ogin without encryption (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder for the .log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sending run writes one file with every message in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dotted path of a composer.mail backend class. Options for it go in the [profiles.options] table of profiles.toml.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentBrowser</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as new message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideWindows</name>
    <message>
        <source>This sent message could not be opened: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its source is shown in the Source tab; copy what you need.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInBlock</name>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: your organisation&apos;s client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authori&amp;zation URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened, open &lt;a href=&quot;{url}&quot;&gt;this address&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in now in your browser; Composer then sends the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature for “{profile}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, your title, a logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the text and any quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above a quoted message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It follows the line “-- ” that mail programs recognise as a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingCheck</name>
    <message>
        <source>Check spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) may be misspelt: {words}</source>
        <translation>
            <numerusform>%n word may be misspelt: {words}</numerusform>
            <numerusform>%n words may be misspelt: {words}</numerusform>
        </translation>
    </message>
    <message>
        <source>Review them first, or send the message as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>The background process stopped unexpectedly (exit code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, copy the details and report them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayKeeper</name>
    <message>
        <source>Show Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Composer: %n message(s) waiting to go out</source>
        <translation>
            <numerusform>Composer: %n message waiting to go out</numerusform>
            <numerusform>Composer: %n messages waiting to go out</numerusform>
        </translation>
    </message>
    <message>
        <source>Composer: nothing waiting to go out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>composer: {file} does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
