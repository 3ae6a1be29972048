<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AccountAssistant</name>
    <message>
        <source>Add your mail account</source>
        <translation>메일 계정 추가</translation>
    </message>
    <message>
        <source>Enter your name and email address: Composer looks up your provider&apos;s servers. You can check and change everything before it is used.</source>
        <translation>이름과 이메일 주소를 입력하시면 Composer가 메일 서비스의 서버를 찾아 드립니다. 사용하기 전에 모든 설정을 확인하고 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Kim Minji</source>
        <translation>김민지</translation>
    </message>
    <message>
        <source>&amp;Find settings</source>
        <translation>설정 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>What Composer looked up</source>
        <translation>Composer가 찾아본 곳</translation>
    </message>
    <message>
        <source>Enter settings by &amp;hand</source>
        <translation>직접 입력(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>이 설정 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>이메일 주소(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>Looking in {source}…</source>
        <translation>{source}에서 찾는 중…</translation>
    </message>
    <message>
        <source>These settings name a server of another domain: {hosts}. Use them only if your provider confirms it is theirs.</source>
        <translation>이 설정은 다른 도메인의 서버를 가리킵니다: {hosts}. 메일 서비스에서 자기 서버가 맞다고 확인해 준 경우에만 사용하십시오.</translation>
    </message>
    <message>
        <source>Looking up the settings failed: {reason}.</source>
        <translation>설정을 찾지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Enter the settings by hand.</source>
        <translation>설정을 직접 입력하십시오.</translation>
    </message>
    <message>
        <source>Stopped. Enter the settings by hand, or try again.</source>
        <translation>중지했습니다. 설정을 직접 입력하거나 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The address changed: press Find settings again, or enter them by hand.</source>
        <translation>주소가 바뀌었습니다. 설정 찾기를 다시 누르거나 설정을 직접 입력하십시오.</translation>
    </message>
    <message>
        <source>My mail account</source>
        <translation>내 메일 계정</translation>
    </message>
    <message>
        <source>This account signs in with {provider} in your browser, not with a password: click Sign in… below.</source>
        <translation>이 계정은 비밀번호가 아니라 브라우저에서 {provider} 로그인으로 인증합니다. 아래의 로그인…을 누르십시오.</translation>
    </message>
    <message>
        <source>Enter your password (or app password) below, then press Test connection.</source>
        <translation>아래에 비밀번호(또는 앱 비밀번호)를 입력한 뒤 연결 시험을 누르십시오.</translation>
    </message>
    <message>
        <source>Check the settings, then press Test connection.</source>
        <translation>설정을 확인한 뒤 연결 시험을 누르십시오.</translation>
    </message>
</context>
<context>
    <name>AddressBookWindow</name>
    <message>
        <source>Address Book — Composer</source>
        <translation>주소록 — Composer</translation>
    </message>
    <message>
        <source>Search names, addresses, notes (ㄱㅊㅅ finds 김철수)</source>
        <translation>이름, 주소, 메모 검색 (ㄱㅊㅅ으로 김철수 찾기)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>새 연락처(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export vCard…</source>
        <translation>vCard로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Write to these</source>
        <translation>이 연락처에 메일 쓰기(&amp;W)</translation>
    </message>
    <message>
        <source>Write to these in &amp;Bcc</source>
        <translation>숨은 참조로 메일 쓰기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Mail merge to these…</source>
        <translation>이 연락처로 메일 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>All contacts ({count})</source>
        <translation>모든 연락처 ({count})</translation>
    </message>
    <message>
        <source>“{name}” saved.</source>
        <translation>“{name}”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>{file}: {added} contact(s) added, {merged} merged with contacts already here.</source>
        <translation>{file}: 연락처 {added}개를 추가하고, {merged}개는 기존 연락처와 합쳤습니다.</translation>
    </message>
    <message>
        <source>{count} contact(s) written to {file}.</source>
        <translation>연락처 {count}개를 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>연락처 가져오기</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>연락처 (*.vcf *.vcard *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>연락처 내보내기</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>The address book could not be read or written ({reason}).</source>
        <translation>주소록을 읽거나 쓸 수 없습니다 ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file is there and that you may read and write it.</source>
        <translation>파일이 있는지, 읽고 쓸 권한이 있는지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>AddressField</name>
    <message>
        <source>Name &lt;address@example.com&gt;, …</source>
        <translation>이름 &lt;address@example.com&gt;, …</translation>
    </message>
    <message>
        <source>“{entry}”: {error}</source>
        <translation>“{entry}”: {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP 압축 파일</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 표</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>웹 페이지</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>이메일 메시지</translation>
    </message>
    <message>
        <source>{format} image</source>
        <translation>{format} 이미지</translation>
    </message>
    <message>
        <source>{format} audio</source>
        <translation>{format} 오디오</translation>
    </message>
    <message>
        <source>{format} video</source>
        <translation>{format} 동영상</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>스프레드시트</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>프레젠테이션</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>{extension} file</source>
        <translation>{extension} 파일</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>“{name}” could not be attached: {reason}.</source>
        <translation>“{name}” 파일을 첨부하지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>파일이 있는지, 읽을 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), {size}</source>
        <translation>
            <numerusform>첨부 파일 %n개, {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>These attachments add up to {total}; many providers refuse messages over {limit}. Consider sharing large files by link.</source>
        <translation>첨부 파일이 모두 {total}입니다. 많은 메일 서비스가 {limit}를 넘는 메일을 거부합니다. 큰 파일은 링크로 공유해 보십시오.</translation>
    </message>
    <message>
        <source>No application could open “{name}”.</source>
        <translation>“{name}” 파일을 열 수 있는 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>Install a program for this type of file, or save it and open it yourself.</source>
        <translation>이 형식의 파일을 여는 프로그램을 설치하거나, 파일을 저장한 뒤 직접 여십시오.</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Write your message…</source>
        <translation>메시지를 입력하십시오…</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Not checked yet.</source>
        <translation>아직 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 검사</translation>
    </message>
    <message>
        <source>Show only rows that need attention</source>
        <translation>확인이 필요한 행만 표시</translation>
    </message>
    <message>
        <source>Skip the rows with problems and send the others</source>
        <translation>문제가 있는 행은 건너뛰고 나머지 보내기</translation>
    </message>
    <message>
        <source>Send rows whose recipients repeat an earlier row (e.g. one parent, two children)</source>
        <translation>앞 행과 받는 사람이 같은 행도 보내기 (예: 한 보호자에 자녀 둘)</translation>
    </message>
    <message>
        <source>Copy every message to the fixed Cc/Bcc anyway</source>
        <translation>고정된 참조/숨은 참조에도 모든 메일을 그대로 보내기</translation>
    </message>
    <message>
        <source>Messages in doubt</source>
        <translation>전달 여부가 불확실한 메시지</translation>
    </message>
    <message>
        <source>Record them as delivered (recommended): they are not sent again</source>
        <translation>전달된 것으로 기록(권장): 다시 보내지 않습니다</translation>
    </message>
    <message>
        <source>Send them again: their recipients will probably get the message twice</source>
        <translation>다시 보내기: 받는 사람이 같은 메시지를 두 번 받을 가능성이 큽니다</translation>
    </message>
    <message>
        <source>Add an unsubscribe link (List-Unsubscribe) to</source>
        <translation>수신 거부 링크(List-Unsubscribe) 추가:</translation>
    </message>
    <message>
        <source>unsubscribe@your-domain.example</source>
        <translation>unsubscribe@your-domain.example</translation>
    </message>
    <message>
        <source>This is advertising (광고): hold it to what 정보통신망법 §50 asks of e-mail</source>
        <translation>광고성 메일입니다: 정보통신망법 §50이 전자우편에 요구하는 사항을 지킵니다</translation>
    </message>
    <message>
        <source>(광고) at the start of the subject; the sender&apos;s name, a contact and how to refuse more mail in the body; an unsubscribe address; only recipients whose consent date (a column such as 수신동의일) is within the last two years.</source>
        <translation>제목 맨 앞의 (광고), 본문의 보내는 사람 이름·연락처·수신 거부 방법, 수신 거부 주소, 그리고 수신 동의 날짜(수신동의일 같은 열)가 최근 2년 이내인 받는 사람에게만 보냅니다.</translation>
    </message>
    <message>
        <source>Consent dates in column:</source>
        <translation>수신 동의일 열:</translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation>보내기 전에</translation>
    </message>
    <message>
        <source>The column of each recipient&apos;s consent date (수신동의일): only recipients who consented within the last two years are mailed.</source>
        <translation>수신자별 수신 동의일(수신동의일)이 있는 열입니다. 최근 2년 안에 동의한 수신자에게만 보냅니다.</translation>
    </message>
    <message>
        <source>(choose the column)</source>
        <translation>(열 선택)</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Not checked yet.</source>
        <translation>아직 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>모든 행을 검사하는 중…</translation>
    </message>
    <message>
        <source>Checking every row… {count} so far.</source>
        <translation>모든 행을 검사하는 중… 지금까지 {count}행.</translation>
    </message>
    <message>
        <source>The check could not finish.</source>
        <translation>검사를 끝내지 못했습니다.</translation>
    </message>
    <message>
        <source>Correct the data file or choose its encoding, then check again.</source>
        <translation>데이터 파일을 고치거나 인코딩을 선택한 뒤 다시 검사하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): {ready} ready, {problem} with problems, {suppressed} on the suppression list, {sent} already sent, {unknown} in doubt.</source>
        <translation>
            <numerusform>%Ln행: 준비됨 {ready}, 문제 있음 {problem}, 수신 거부 목록 {suppressed}, 이미 보냄 {sent}, 전달 불확실 {unknown}.</numerusform>
        </translation>
    </message>
    <message>
        <source>(The table lists the first rows only.)</source>
        <translation>(표에는 처음 몇 행만 나옵니다.)</translation>
    </message>
    <message>
        <source>This is not the merge you chose to continue: its message or data file changed since it was sent, so the rows it sent are not known here and would be sent again.</source>
        <translation>이어서 하려고 고른 병합이 아닙니다. 보낸 뒤에 메시지나 데이터 파일이 바뀌어서, 이미 보낸 행을 여기서는 알 수 없으므로 다시 보내게 됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Skip the %Ln row(s) with problems and send the others</source>
        <translation>
            <numerusform>문제가 있는 %Ln행은 건너뛰고 나머지 보내기</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} Send anyway</source>
        <translation>{problem} 그래도 보내기</translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln row(s) that may be garbled as they are (bytes that are not text, or a quote left open)</source>
        <translation>
            <numerusform>글자가 깨졌을 수 있는 %Ln개 행도 그대로 보내기 (글자가 아닌 바이트 또는 닫히지 않은 따옴표)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) went out whole when a run stopped, but the server&apos;s confirmation never came, so they were most likely delivered.</source>
        <translation>
            <numerusform>보내기가 중단될 때 메시지 %Ln개가 끝까지 전송되었지만 서버의 확인 응답을 받지 못했습니다. 대부분 이미 전달되었을 것입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) on the suppression list are skipped.</source>
        <translation>
            <numerusform>수신 거부 목록의 주소 %Ln개는 건너뜁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No per-row attachments.</source>
        <translation>행별 첨부 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Their PDF files are protected: each opens only with the password in column “{column}” of its row.</source>
        <translation>PDF 파일은 보호됩니다. 각 파일은 해당 행의 “{column}” 열에 있는 비밀번호로만 열립니다.</translation>
    </message>
    <message numerus="yes">
        <source>Per-row attachments: the files named in column “{column}”, taken only from {folder}: %Ln file(s), {size} in the rows ready to send.</source>
        <translation>
            <numerusform>행별 첨부 파일: “{column}” 열에 적힌 파일을 {folder} 폴더에서만 가져옵니다. 보낼 준비가 된 행에서 파일 %Ln개, {size}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeHeader</name>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>숨은 참조</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>회신 주소</translation>
    </message>
    <message>
        <source>Your Name &lt;you@example.com&gt;</source>
        <translation>이름 &lt;you@example.com&gt;</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Show or hide the {field} field</source>
        <translation>{field} 입력란 표시/숨기기</translation>
    </message>
    <message>
        <source>via</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>From</source>
        <translation>보낸 사람</translation>
    </message>
    <message>
        <source>From: give one address only</source>
        <translation>보낸 사람: 주소를 하나만 입력하십시오</translation>
    </message>
    <message>
        <source>From: {entry} — {error}</source>
        <translation>보낸 사람: {entry} — {error}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>ComposeMerge</name>
    <message>
        <source>There is no sending profile to send the merge through.</source>
        <translation>편지 병합을 보낼 보내기 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Add one in Tools ▸ Preferences, then start the merge again.</source>
        <translation>도구 ▸ 환경 설정에서 프로필을 추가한 뒤 병합을 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>An attachment of this message can no longer be read.</source>
        <translation>이 메시지의 첨부 파일을 더 이상 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Remove it or attach it again, then start the merge again.</source>
        <translation>첨부 파일을 제거하거나 다시 첨부한 뒤 병합을 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The name of an attached file cannot be sent: it holds a line break or another invisible character.</source>
        <translation>첨부한 파일의 이름에 줄바꿈이나 보이지 않는 문자가 있어 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Rename the file, attach it again, then start the merge again.</source>
        <translation>파일 이름을 바꾸어 다시 첨부한 뒤 병합을 다시 시작하십시오.</translation>
    </message>
</context>
<context>
    <name>ComposeProfiles</name>
    <message>
        <source>Your sending profiles could not be read ({problem}); Composer is using the last good copy for now.</source>
        <extracomment>Why the profiles file could not be used (then the last good copy or defaults are).</extracomment>
        <translation>보내기 프로필을 읽지 못했습니다({problem}). 지금은 마지막으로 정상이던 사본을 사용합니다.</translation>
    </message>
    <message>
        <source>Your sending profiles could not be read ({problem}); Composer is using a preview profile for now.</source>
        <translation>보내기 프로필을 읽지 못했습니다({problem}). 지금은 미리 보기 프로필을 사용합니다.</translation>
    </message>
    <message>
        <source>Open Tools ▸ Preferences to fix the profiles; saving there replaces the file.</source>
        <translation>도구 ▸ 환경 설정에서 프로필을 고치십시오. 그곳에서 저장하면 파일이 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>ComposeSignIn</name>
    <message>
        <source>“{profile}” now signs in with {provider}: sign in once to send.</source>
        <translation>이제 “{profile}” 프로필은 {provider} 계정으로 로그인합니다. 보내려면 한 번 로그인해 주십시오.</translation>
    </message>
    <message>
        <source>The profile could not be changed to sign in with the provider.</source>
        <translation>프로필을 제공업체 로그인 방식으로 바꾸지 못했습니다.</translation>
    </message>
    <message>
        <source>Change the sign-in method in Preferences ▸ the profile.</source>
        <translation>환경 설정 ▸ 해당 프로필에서 로그인 방식을 바꿔 주십시오.</translation>
    </message>
</context>
<context>
    <name>ComposeSignatures</name>
    <message>
        <source>The signature could not be saved ({reason}).</source>
        <translation>서명을 저장할 수 없습니다 ({reason}).</translation>
    </message>
    <message>
        <source>Check that the data folder can be written to, then save it again.</source>
        <translation>데이터 폴더에 쓸 수 있는지 확인한 뒤 다시 저장하세요.</translation>
    </message>
</context>
<context>
    <name>ComposeSpelling</name>
    <message>
        <source>Looking for suggestions…</source>
        <translation>추천 단어를 찾는 중…</translation>
    </message>
    <message>
        <source>Add “{word}” to dictionary</source>
        <translation>“{word}”을(를) 사전에 추가</translation>
    </message>
    <message>
        <source>Ignore “{word}” in this message</source>
        <translation>이 메시지에서 “{word}” 무시</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>추천 단어 없음</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>맞춤법(&amp;S)</translation>
    </message>
    <message>
        <source>Check spelling as you &amp;type</source>
        <translation>입력하면서 맞춤법 검사(&amp;T)</translation>
    </message>
    <message>
        <source>Check spelling before &amp;sending</source>
        <translation>보내기 전에 맞춤법 검사(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language of this message</source>
        <translation>이 메시지의 언어(&amp;L)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Automatic ({language})</source>
        <translation>자동 ({language})</translation>
    </message>
</context>
<context>
    <name>ComposeTemplates</name>
    <message>
        <source>Save as template</source>
        <translation>서식으로 저장</translation>
    </message>
    <message>
        <source>Template name (attachments are kept with it):</source>
        <translation>서식 이름 (첨부 파일도 함께 저장됩니다):</translation>
    </message>
    <message>
        <source>Template “{name}” saved.</source>
        <translation>서식 “{name}”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>New from te&amp;mplate</source>
        <translation>서식으로 새 메시지(&amp;M)</translation>
    </message>
    <message>
        <source>No templates yet (File ▸ Save as template…)</source>
        <translation>서식이 아직 없습니다 (파일 ▸ 서식으로 저장…)</translation>
    </message>
    <message>
        <source>The template could not be read or saved ({reason}).</source>
        <translation>서식을 읽거나 저장할 수 없습니다 ({reason}).</translation>
    </message>
    <message>
        <source>Check that the attached files are still there, then try again.</source>
        <translation>첨부한 파일이 그대로 있는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Attach…</source>
        <extracomment>The body a formatted signature is placed in: one empty paragraph to write in. Where sent mail waits (for Undo, a later time, the network); the Undo delay in seconds (the app passes the user&apos;s choice); the time (tests pass their own clock).</extracomment>
        <translation>첨부…</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The sign-in after &quot;Switch this account to sign-in with …&quot; (kept while open).</extracomment>
        <translation>메시지</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>새 메시지(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>임시 저장(&amp;D)</translation>
    </message>
    <message>
        <source>Draf&amp;ts…</source>
        <translation>임시 보관함(&amp;T)…</translation>
    </message>
    <message>
        <source>Disca&amp;rd message…</source>
        <translation>메시지 버리기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Send &amp;later…</source>
        <translation>나중에 보내기(&amp;L)…</translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation>파일 첨부(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Save as temp&amp;late…</source>
        <translation>서식으로 저장(&amp;L)…</translation>
    </message>
    <message>
        <source>Mana&amp;ge templates…</source>
        <translation>서식 관리(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>PDF로 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Cc</source>
        <translation>참조(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bcc</source>
        <translation>숨은 참조(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reply-To</source>
        <translation>회신 주소(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sent messages</source>
        <translation>보낸 편지함(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preview mailbox (not delivered)</source>
        <translation>미리보기함 - 전달 안 됨(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Outbox (waiting to go out)</source>
        <translation>보낼 편지함 - 발송 대기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mail merge…</source>
        <translation>편지 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Address book</source>
        <translation>주소록(&amp;A)</translation>
    </message>
    <message>
        <source>Si&amp;gnature…</source>
        <translation>서명(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>{subject} — Composer</source>
        <translation>{subject} — Composer</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>새 메시지</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>임시 저장했습니다</translation>
    </message>
    <message>
        <source>Discard message?</source>
        <translation>메시지를 버리시겠습니까?</translation>
    </message>
    <message>
        <source>The message and its saved draft will be deleted.</source>
        <translation>메시지와 임시 저장본이 삭제됩니다.</translation>
    </message>
    <message>
        <source>This cannot be undone; keep it if you may still need it.</source>
        <translation>되돌릴 수 없습니다. 아직 필요할 수 있다면 남겨 두십시오.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>{path}(으)로 저장했습니다</translation>
    </message>
    <message>
        <source>Nothing is delivered: {note}</source>
        <translation>실제로 전달되지 않습니다: {note}</translation>
    </message>
    <message>
        <source>Wait until sending finishes, or cancel it first.</source>
        <translation>보내기가 끝날 때까지 기다리거나 먼저 취소하십시오.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>This profile does not deliver mail (Ctrl+Return)</source>
        <translation>이 프로필은 메일을 실제로 보내지 않습니다 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>메시지 보내기 (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <source>Stop test</source>
        <translation>시험 중지</translation>
    </message>
    <message>
        <source>Connection test steps</source>
        <translation>연결 시험 단계</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>서버 인증서</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <source>{step}: failed, see below</source>
        <translation>{step}: 실패, 아래 설명 참조</translation>
    </message>
    <message>
        <source>{step}: {detail}</source>
        <translation>{step}: {detail}</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>연결이 정상입니다.</translation>
    </message>
    <message>
        <source>You can send mail with it.</source>
        <translation>이 설정으로 메일을 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>시험을 중지했습니다.</translation>
    </message>
    <message>
        <source>{step} (stopped)</source>
        <translation>{step} (중지됨)</translation>
    </message>
    <message>
        <source>Switch this account to sign-in with {provider}</source>
        <translation>이 계정을 {provider} 로그인으로 전환</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>One address a line</source>
        <translation>한 줄에 주소 하나</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>소속(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>그룹(&amp;G):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>메모(&amp;T):</translation>
    </message>
    <message>
        <source>Not an address: {entries}</source>
        <translation>주소가 아닙니다: {entries}</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>그룹</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Composer hit an unexpected error ({error}).</source>
        <extracomment>What lives as long as the app (the tray icon, when Composer keeps running without windows).</extracomment>
        <translation>Composer에 예기치 않은 오류가 발생했습니다({error}).</translation>
    </message>
    <message>
        <source>Your drafts are saved; copy the details and report them, then carry on.</source>
        <translation>임시 저장본은 안전합니다. 자세한 내용을 복사해 알려 주신 뒤 계속 작업하십시오.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM 포함)</translation>
    </message>
    <message>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation>한국어 (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <source>Western (Windows-1252)</source>
        <translation>서유럽어 (Windows-1252)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation>일본어 (Shift_JIS)</translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation>중국어 (GB18030)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>쉼표  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>세미콜론  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>세로 막대  |</translation>
    </message>
    <message>
        <source>Type or paste the path of a CSV file and press Enter, or choose it</source>
        <translation>CSV 파일 경로를 입력하거나 붙여 넣고 Enter를 누르거나, 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Earlier merges…</source>
        <translation>이전 편지 병합…</translation>
    </message>
    <message>
        <source>The sheet of the workbook that holds the list</source>
        <translation>명단이 있는 통합 문서의 시트</translation>
    </message>
    <message>
        <source>First row with text</source>
        <translation>내용이 있는 첫 행</translation>
    </message>
    <message>
        <source>The row of the sheet with the column names, as the sheet numbers it</source>
        <translation>열 이름이 있는 행 (시트에 표시되는 행 번호)</translation>
    </message>
    <message>
        <source>The files named in this column are attached to that row&apos;s message; only files inside the attachments folder are ever attached.</source>
        <translation>이 열에 적힌 파일이 해당 행의 메시지에 첨부됩니다. 첨부 파일 폴더 안의 파일만 첨부됩니다.</translation>
    </message>
    <message>
        <source>Rows with the same value in this column (such as a parent&apos;s address) get one message together; the message can list them with {% for row in rows %} and carries all their files.</source>
        <translation>이 열의 값이 같은 행(예: 같은 보호자 주소)은 메시지 하나로 함께 보냅니다. 메시지에서 {% for row in rows %}로 묶인 행을 나열할 수 있고, 모든 행의 파일이 첨부됩니다.</translation>
    </message>
    <message>
        <source>The data file&apos;s folder</source>
        <translation>데이터 파일이 있는 폴더</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <source>Placeholders without a column of that name: take them from</source>
        <translation>같은 이름의 열이 없는 자리 표시자: 다음 열에서 가져오기</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>데이터 파일:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>구분 기호:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>시트:</translation>
    </message>
    <message>
        <source>Column names on row:</source>
        <translation>열 이름 행:</translation>
    </message>
    <message>
        <source>One message per:</source>
        <translation>메시지 묶음 기준:</translation>
    </message>
    <message>
        <source>Per-row attachments:</source>
        <translation>행별 첨부 파일:</translation>
    </message>
    <message>
        <source>Attachments folder:</source>
        <translation>첨부 파일 폴더:</translation>
    </message>
    <message>
        <source>Protect PDFs with the password in:</source>
        <translation>PDF 보호 비밀번호 열:</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>파일의 첫 행들:</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(열 선택)</translation>
    </message>
    <message>
        <source>Row (no grouping)</source>
        <translation>행마다 (묶지 않음)</translation>
    </message>
    <message>
        <source>Each row&apos;s PDF attachments are encrypted (AES-256) so that they open only with the password in this column, such as a birth date. The password is never shown, logged or recorded.</source>
        <translation>각 행의 PDF 첨부 파일을 AES-256으로 암호화하여 이 열의 비밀번호(예: 생년월일)로만 열리게 합니다. 비밀번호는 화면에 표시되거나 로그나 기록에 남지 않습니다.</translation>
    </message>
    <message>
        <source>(none: PDFs go as they are)</source>
        <translation>(없음: PDF를 그대로 보냄)</translation>
    </message>
</context>
<context>
    <name>DataStep</name>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Sheet “{sheet}”, column names on row {row}, %Ln column(s).</source>
        <translation>
            <numerusform>“{sheet}” 시트, 열 이름은 {row}행, 열 %Ln개.</numerusform>
        </translation>
    </message>
    <message>
        <source>detected</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>직접 선택</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>세로 막대</translation>
    </message>
    <message numerus="yes">
        <source>Encoding {encoding} ({how}), delimiter {delimiter}, %Ln column(s).</source>
        <translation>
            <numerusform>인코딩 {encoding}({how}), 구분 기호 {delimiter}, 열 %Ln개.</numerusform>
        </translation>
    </message>
    <message>
        <source>One message per “{column}”: rows with the same value go together.</source>
        <translation>“{column}” 값마다 메시지 하나: 값이 같은 행은 함께 보냅니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>The data file could not be opened: {error}</source>
        <translation>데이터 파일을 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>데이터 파일 선택</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)</source>
        <translation>데이터 파일 (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV 파일 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>스프레드시트 (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose the folder of the per-row attachments</source>
        <translation>행별 첨부 파일이 있는 폴더 선택</translation>
    </message>
    <message>
        <source>The message has no placeholders: every row gets the same text.</source>
        <translation>메시지에 자리 표시자가 없습니다. 모든 행에 같은 내용이 갑니다.</translation>
    </message>
    <message>
        <source>{placeholder} ✗ no column</source>
        <translation>{placeholder} ✗ 해당 열 없음</translation>
    </message>
    <message>
        <source>Placeholders in the message: {placeholders}</source>
        <translation>메시지의 자리 표시자: {placeholders}</translation>
    </message>
</context>
<context>
    <name>DelayedSend</name>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>%n초 후에 보냅니다…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliverabilityDialog</name>
    <message>
        <source>Deliverability of “{profile}”</source>
        <translation>“{profile}” 전달 가능성 확인</translation>
    </message>
    <message>
        <source>{address} sending through {host}</source>
        <translation>{address}, {host} 서버로 발송</translation>
    </message>
    <message>
        <source>This profile does not send through a mail server: nothing to check.</source>
        <translation>이 프로필은 메일 서버로 보내지 않으므로 확인할 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DeliverabilityPanel</name>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>확인 불가</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>보내는 사람</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>일일 발송 한도</translation>
    </message>
    <message>
        <source>Gmail bulk senders</source>
        <translation>Gmail 대량 발송자</translation>
    </message>
    <message>
        <source>the common ones</source>
        <translation>일반적인 선택기</translation>
    </message>
    <message>
        <source>The DKIM selector your provider gave you (the name before ._domainkey); several separated by commas. Empty: Composer tries the common ones.</source>
        <translation>메일 서비스 업체가 알려 준 DKIM 선택기(._domainkey 앞의 이름)입니다. 여러 개는 쉼표로 구분합니다. 비워 두면 Composer가 일반적인 선택기를 확인합니다.</translation>
    </message>
    <message>
        <source>Check deliverability</source>
        <translation>전달 가능성 확인</translation>
    </message>
    <message>
        <source>Will the mail land? Checks the sender&apos;s domain (SPF, DKIM, DMARC, MX) and the provider&apos;s limits. It never stops you from sending.</source>
        <translation>메일이 제대로 도착할까요? 보내는 사람 도메인(SPF, DKIM, DMARC, MX)과 서비스 업체의 발송 한도를 확인합니다. 확인 결과 때문에 발송이 막히지는 않습니다.</translation>
    </message>
    <message>
        <source>DKIM selector:</source>
        <translation>DKIM 선택기:</translation>
    </message>
    <message>
        <source>Asking the DNS about {domain}…</source>
        <translation>{domain}에 대해 DNS에 묻는 중…</translation>
    </message>
    <message>
        <source>The check could not finish: {reason}. Sending is not affected.</source>
        <translation>확인을 마치지 못했습니다: {reason}. 발송에는 영향이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) may get this mail refused or filed as spam; you can still send.</source>
        <translation>
            <numerusform>문제 %n개 때문에 이 메일이 거부되거나 스팸으로 분류될 수 있습니다. 그래도 보낼 수는 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problem found, but %n warning(s) to read.</source>
        <translation>
            <numerusform>문제는 없지만 읽어 볼 주의 사항이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything the DNS can show is in order.</source>
        <translation>DNS로 확인할 수 있는 항목은 모두 정상입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not be made: the DNS server did not answer. That never stops sending.</source>
        <translation>
            <numerusform>DNS 서버가 응답하지 않아 %n개 항목을 확인하지 못했습니다. 이 때문에 발송이 막히지는 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before sending: will it land?</source>
        <translation>보내기 전에: 메일이 제대로 도착할까요?</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>The draft could not be saved ({error}).</source>
        <extracomment>Seconds, monotonic; tests drive the autosave with their own clock.</extracomment>
        <translation>임시 저장하지 못했습니다({error}).</translation>
    </message>
    <message>
        <source>Copy the details and report them; keep this window open.</source>
        <translation>자세한 내용을 복사해 알려 주시고, 이 창은 열어 두십시오.</translation>
    </message>
    <message>
        <source>Free some disk space or check the data folder&apos;s permissions; keep this window open.</source>
        <translation>디스크 공간을 확보하거나 데이터 폴더의 권한을 확인하십시오. 이 창은 열어 두십시오.</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>Drafts</source>
        <translation>임시 보관함</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장 시각</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>이어서 쓰기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>FailedRowsExport</name>
    <message>
        <source>Save the failed rows</source>
        <translation>실패한 행 저장</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>The failed rows could not be saved to {path} ({reason}).</source>
        <translation>실패한 행을 {path}에 저장하지 못했습니다({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>다른 폴더를 선택해 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The failed rows could not be exported ({error}).</source>
        <translation>실패한 행을 내보내지 못했습니다({error}).</translation>
    </message>
    <message>
        <source>Check that the data file is still there and the folder is writable.</source>
        <translation>데이터 파일이 그대로 있는지, 폴더에 쓸 수 있는지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Browse for {name}</source>
        <translation>{name} 찾아보기</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>폴더 선택</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <source>Paragraph</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>제목 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>제목 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>제목 3</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>서식</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>문단 스타일</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>굵게</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>기울임꼴</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>밑줄</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>글머리 기호 목록</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>번호 매기기 목록</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>링크…</translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation>서식 지우기</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>일반 텍스트</translation>
    </message>
    <message>
        <source>Send plain text only ({shortcut})</source>
        <translation>일반 텍스트로만 보내기 ({shortcut})</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>링크 삽입</translation>
    </message>
    <message>
        <source>Address (https://… or mailto:…):</source>
        <translation>주소 (https://… 또는 mailto:…):</translation>
    </message>
</context>
<context>
    <name>FoundSettingsForm</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Sending (SMTP):</source>
        <translation>보내기(SMTP):</translation>
    </message>
    <message>
        <source>Receiving (IMAP):</source>
        <translation>받기(IMAP):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>로그인:</translation>
    </message>
    <message>
        <source>Enter the settings your provider gives.</source>
        <translation>메일 서비스에서 안내하는 설정을 입력하십시오.</translation>
    </message>
    <message>
        <source>Found in {source}: {where}</source>
        <translation>{source}에서 찾음: {where}</translation>
    </message>
    <message>
        <source>My provider confirmed that these servers are theirs: use them</source>
        <translation>메일 서비스에서 자기 서버가 맞다고 확인해 주었으므로 사용합니다</translation>
    </message>
    <message>
        <source>Sign in with {provider} in the browser (no password is stored)</source>
        <translation>브라우저에서 {provider}(으)로 로그인(비밀번호는 저장하지 않음)</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>비밀번호 또는 앱 비밀번호</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>A new language is used the next time Composer starts.</source>
        <translation>바꾼 언어는 Composer를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Undo send for:</source>
        <translation>보내기 취소 가능 시간(&amp;U):</translation>
    </message>
    <message>
        <source>A sent message waits this long in the Outbox, with Undo in the window.</source>
        <translation>보낸 메시지는 이 시간 동안 보낼 편지함에서 기다리며, 창에서 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Merges resume at:</source>
        <translation>병합 다시 시작 시각(&amp;M):</translation>
    </message>
    <message>
        <source>A mail merge stopped by a daily sending limit starts again by itself at this time the next day.</source>
        <translation>하루 발송 한도로 멈춘 메일 병합은 다음 날 이 시각에 스스로 다시 시작합니다.</translation>
    </message>
    <message>
        <source>&amp;Keep sending in the background when the window is closed</source>
        <translation>창을 닫아도 백그라운드에서 계속 보내기(&amp;K)</translation>
    </message>
    <message>
        <source>Composer stays in the system tray and sends what falls due; it starts this way from the next start. Quit it from the tray icon.</source>
        <translation>Composer가 시스템 트레이에 남아 보낼 시각이 된 메일을 보냅니다. 다음 실행부터 이렇게 시작합니다. 끝내려면 트레이 아이콘에서 끝내기를 고르세요.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Composer cannot stay in the background. While it is closed, `composer outbox run` (composer outbox install-timer) sends what is due.</source>
        <translation>이 데스크톱에는 시스템 트레이가 없어 Composer가 백그라운드에 남을 수 없습니다. Composer가 닫혀 있는 동안에는 `composer outbox run`(composer outbox install-timer)이 보낼 시각이 된 메일을 보냅니다.</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>Alice Example</source>
        <translation>홍길동</translation>
    </message>
    <message>
        <source>Replies go to the From address</source>
        <translation>답장은 보낸 사람 주소로 갑니다</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>보낸 사람 이름(&amp;M):</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>보낸 사람 이름</translation>
    </message>
    <message>
        <source>From addr&amp;ess:</source>
        <translation>보낸 사람 주소(&amp;E):</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>보낸 사람 주소</translation>
    </message>
    <message>
        <source>&amp;Reply-To:</source>
        <translation>회신 주소(&amp;R):</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>회신 주소</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>서명(&amp;G):</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
</context>
<context>
    <name>ImapBox</name>
    <message>
        <source>Copy in the server&apos;s Sent folder (IMAP, optional)</source>
        <extracomment>The port IMAP servers usually listen on for each kind of security (RFC 8314: 993 for implicit TLS; 143 for plain IMAP and STARTTLS).</extracomment>
        <translation>서버의 보낸편지함에 사본 보관 (IMAP, 선택 사항)</translation>
    </message>
    <message>
        <source>imap.example.com (empty: no copy)</source>
        <translation>imap.example.com (비워 두면 사본을 만들지 않음)</translation>
    </message>
    <message>
        <source>IMAP encryption</source>
        <translation>IMAP 암호화</translation>
    </message>
    <message>
        <source>{security} (usually port {port})</source>
        <translation>{security} (보통 {port}번 포트)</translation>
    </message>
    <message>
        <source>Empty: the same as for sending</source>
        <translation>비워 두면 보내기와 같은 이름</translation>
    </message>
    <message>
        <source>IMAP password</source>
        <translation>IMAP 비밀번호</translation>
    </message>
    <message>
        <source>Only for an IMAP user name of its own (kept in the keyring)</source>
        <translation>IMAP 사용자 이름이 따로 있을 때만(키링에 저장)</translation>
    </message>
    <message>
        <source>Put a copy of each sent message in the server&apos;s Sent folder</source>
        <translation>보낸 메시지마다 서버의 보낸편지함에 사본 넣기</translation>
    </message>
    <message>
        <source>Found by itself (Sent, Sent Items, …)</source>
        <translation>자동으로 찾음 (보낸편지함 등)</translation>
    </message>
    <message>
        <source>IMAP host:</source>
        <translation>IMAP 호스트:</translation>
    </message>
    <message>
        <source>IMAP host</source>
        <translation>IMAP 호스트</translation>
    </message>
    <message>
        <source>IMAP encryption:</source>
        <translation>IMAP 암호화:</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>IMAP 포트:</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP 포트</translation>
    </message>
    <message>
        <source>IMAP user name:</source>
        <translation>IMAP 사용자 이름:</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>IMAP 사용자 이름</translation>
    </message>
    <message>
        <source>IMAP password:</source>
        <translation>IMAP 비밀번호:</translation>
    </message>
    <message>
        <source>Sent folder:</source>
        <translation>보낸편지함:</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>보낸편지함</translation>
    </message>
    <message>
        <source>Gmail and Microsoft 365 file sent mail themselves: Composer makes no second copy there. The IMAP server signs in as the profile does.</source>
        <translation>Gmail과 Microsoft 365는 보낸 메일을 직접 보관하므로 Composer가 사본을 한 번 더 만들지 않습니다. IMAP 서버에는 이 프로필과 같은 방법으로 로그인합니다.</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>The deliverability check is for a profile that sends through a mail server; this one does not.</source>
        <translation>전달 가능성 확인은 메일 서버로 보내는 프로필에서만 할 수 있습니다. 이 프로필은 메일 서버로 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Stop the merge?</source>
        <translation>메일 병합을 멈출까요?</translation>
    </message>
    <message>
        <source>The merge is still sending.</source>
        <translation>메일 병합이 아직 보내는 중입니다.</translation>
    </message>
    <message>
        <source>Stop it after the messages being sent now and close the window? The rest stays for the next run, and nobody gets a message twice.</source>
        <translation>지금 보내는 중인 메시지까지만 보내고 멈춘 뒤 창을 닫을까요? 나머지는 다음에 이어서 보낼 수 있으며, 누구도 메시지를 두 번 받지 않습니다.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>멈추고 닫기</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>계속 보내기</translation>
    </message>
    <message>
        <source>Mail merge</source>
        <translation>편지 병합</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>서버</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Earlier merges</source>
        <translation>이전 편지 병합</translation>
    </message>
    <message>
        <source>Check for bounces</source>
        <translation>반송 메일 확인</translation>
    </message>
    <message>
        <source>Reads the account&apos;s inbox (nothing is marked read) for messages that came back and for unsubscribe requests; those addresses are not mailed again.</source>
        <translation>계정의 받은편지함에서 반송된 메일과 수신 거부 요청을 찾습니다(읽음으로 표시하지 않음). 해당 주소로는 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Continue this merge</source>
        <translation>이 병합 이어서 하기</translation>
    </message>
    <message>
        <source>Export failed rows…</source>
        <translation>실패한 행 내보내기…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>No merge has been sent yet.</source>
        <translation>아직 보낸 병합이 없습니다.</translation>
    </message>
    <message>
        <source>Data: {data}
Message: {message}</source>
        <translation>데이터: {data}
메시지: {message}</translation>
    </message>
    <message>
        <source>Came back:</source>
        <translation>반송됨:</translation>
    </message>
    <message>
        <source>Reading the inbox of {address}…</source>
        <translation>{address}의 받은편지함을 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the inbox… %n message(s) so far.</source>
        <translation>
            <numerusform>받은편지함을 읽는 중… 지금까지 메일 %n통.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeHistoryModel</name>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>사용자가 중지함</translation>
    </message>
    <message>
        <source>Stopped on an error</source>
        <translation>오류로 중지됨</translation>
    </message>
    <message>
        <source>Paused by the daily limit</source>
        <translation>일일 한도로 일시 중지됨</translation>
    </message>
    <message>
        <source>Sent as many as asked</source>
        <translation>요청한 수만큼 보냄</translation>
    </message>
    <message>
        <source>{outcome}: nothing sent</source>
        <translation>{outcome}: 보낸 메일 없음</translation>
    </message>
    <message>
        <source>{hard} hard, {soft} soft</source>
        <translation>영구 {hard}, 일시 {soft}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>마지막 변경</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>전달 불확실</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>아직 안 보냄</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>반송</translation>
    </message>
</context>
<context>
    <name>MergeResume</name>
    <message>
        <source>The message of this merge was not kept, so it cannot be continued here.</source>
        <translation>이 병합의 메시지가 저장되어 있지 않아 여기서 이어서 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Open the message you sent in the compose window, start Tools ▸ Mail merge from it and choose the same data file: if the message is unchanged, rows already sent are not sent again.</source>
        <translation>보냈던 메시지를 작성 창에서 열고 도구 ▸ 편지 병합을 시작한 뒤 같은 데이터 파일을 고르십시오. 메시지가 바뀌지 않았다면 이미 보낸 행은 다시 보내지 않습니다.</translation>
    </message>
</context>
<context>
    <name>MergeRun</name>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Paused by you. Press Resume to go on.</source>
        <translation>사용자가 일시 중지했습니다. 계속하려면 재개를 누르십시오.</translation>
    </message>
    <message>
        <source>Stopping after the messages in flight…</source>
        <translation>보내는 중인 메일을 마친 뒤 중지하는 중…</translation>
    </message>
    <message>
        <source>Row {number} {recipients}: {detail}</source>
        <translation>{number}행 {recipients}: {detail}</translation>
    </message>
    <message>
        <source>Paused. {reason}</source>
        <translation>일시 중지됨. {reason}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Retrying row {number}: {detail}</source>
        <translation>{number}행 다시 시도 중: {detail}</translation>
    </message>
    <message>
        <source>{rate}/min</source>
        <translation>분당 {rate}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped with %Ln message(s) not sent. Run the merge again to send them; nobody gets a message twice.</source>
        <translation>
            <numerusform>메일 %Ln통을 보내지 못한 채 중지했습니다. 병합을 다시 실행하면 나머지를 보내며, 같은 메일을 두 번 받는 사람은 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, skipped {skipped}, in doubt {in_flight} (most likely delivered).</source>
        <translation>보냄 {sent}, 실패 {failed}, 건너뜀 {skipped}, 전달 불확실 {in_flight}(대부분 전달되었을 것입니다).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln were sent by earlier runs.</source>
        <translation>
            <numerusform>%Ln통은 이전 실행에서 보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) in doubt were found in the Sent folder and recorded as delivered.</source>
        <translation>
            <numerusform>보낸편지함에서 전달이 불확실한 메시지 %Ln개를 찾아 전달된 것으로 기록했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) in doubt were recorded as delivered.</source>
        <translation>
            <numerusform>전달이 불확실한 메시지 %Ln개를 전달된 것으로 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge stopped: {error}</source>
        <translation>병합이 중단되었습니다: {error}</translation>
    </message>
    <message>
        <source>Nothing was lost: run it again and it continues where it stopped.</source>
        <translation>잃은 것은 없습니다. 다시 실행하면 멈춘 곳부터 이어서 보냅니다.</translation>
    </message>
    <message>
        <source>The merge is done.</source>
        <translation>병합을 마쳤습니다.</translation>
    </message>
    <message>
        <source>The merge was stopped.</source>
        <translation>병합을 중지했습니다.</translation>
    </message>
    <message>
        <source>The merge stopped on an error.</source>
        <translation>오류로 병합이 중단되었습니다.</translation>
    </message>
    <message>
        <source>The merge is paused by a daily limit.</source>
        <translation>하루 한도에 도달해 병합을 일시 중지했습니다.</translation>
    </message>
    <message>
        <source>The merge sent what was asked.</source>
        <translation>요청한 만큼 병합 메일을 보냈습니다.</translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, skipped {skipped}.</source>
        <translation>보냄 {sent}, 실패 {failed}, 건너뜀 {skipped}.</translation>
    </message>
</context>
<context>
    <name>MergeSchedule</name>
    <message>
        <source>The password of “{profile}” is not kept in the keyring.</source>
        <translation>“{profile}”의 비밀번호가 키링에 보관되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>A merge that starts later signs in by itself: enter the password in Tools ▸ Preferences, where it is kept in the keyring, or start the merge now.</source>
        <translation>나중에 시작하는 병합은 스스로 로그인합니다. 도구 ▸ 환경 설정에서 비밀번호를 입력해 키링에 보관하거나, 지금 병합을 시작해 주세요.</translation>
    </message>
</context>
<context>
    <name>MergeScheduler</name>
    <message>
        <source>(none: every row now)</source>
        <translation>(없음: 모든 행을 지금)</translation>
    </message>
    <message numerus="yes">
        <source>Rows with a later send time wait: %n run(s) are scheduled, from {first}; they wait in View ▸ Outbox.</source>
        <translation>
            <numerusform>보낼 시각이 나중인 행은 기다립니다. 실행 %n개를 {first}부터 예약했으며, 보기 ▸ 보낼 편지함에서 기다립니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the merge later</source>
        <translation>병합을 나중에 시작</translation>
    </message>
    <message>
        <source>The merge starts at {time} through “{profile}”. It waits in View ▸ Outbox, where you can start it now, choose another time or cancel it.</source>
        <translation>병합은 {time}에 “{profile}”(으)로 시작합니다. 보기 ▸ 보낼 편지함에서 기다리며, 거기서 지금 시작하거나 시각을 바꾸거나 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>It waits in View ▸ Outbox until {time}.</source>
        <translation>{time}까지 보기 ▸ 보낼 편지함에서 기다립니다.</translation>
    </message>
</context>
<context>
    <name>MessageFiles</name>
    <message>
        <source>Open message</source>
        <translation>메시지 열기</translation>
    </message>
    <message>
        <source>Messages (*.eml);;All files (*)</source>
        <translation>메시지 (*.eml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>“{name}” could not be opened ({reason}).</source>
        <translation>“{name}” 파일을 열지 못했습니다({reason}).</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>파일이 있는지, 읽을 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {reason}.</source>
        <translation>“{name}” 파일을 열 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>The file may be damaged; open it in a text editor to copy its text.</source>
        <translation>파일이 손상되었을 수 있습니다. 텍스트 편집기로 열어 내용을 복사하십시오.</translation>
    </message>
    <message>
        <source>Save message as</source>
        <translation>메시지를 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Messages (*.eml)</source>
        <translation>메시지 (*.eml)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <source>“{name}” could not be saved ({reason}).</source>
        <translation>“{name}” 파일을 저장하지 못했습니다({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, or free some disk space.</source>
        <translation>다른 폴더를 선택하거나 디스크 공간을 확보하십시오.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Attachment</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>its parts are nested too deeply</source>
        <translation>구성 요소가 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>This message cannot be shown ({reason}); its source is in the Source tab.</source>
        <translation>이 메시지를 표시할 수 없습니다({reason}). 원본 탭에서 메시지 원본을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>첨부 파일 ({count})</translation>
    </message>
    <message>
        <source>… ({count} more characters)</source>
        <translation>… (나머지 {count}자 생략)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The message is being sent right now.</source>
        <translation>메시지를 지금 보내는 중입니다.</translation>
    </message>
    <message>
        <source>It can no longer be cancelled.</source>
        <translation>이제 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>The merge is running right now.</source>
        <translation>병합이 지금 실행 중입니다.</translation>
    </message>
    <message>
        <source>Stop it from its window or wait until it ends.</source>
        <translation>병합 창에서 멈추거나 끝날 때까지 기다려 주세요.</translation>
    </message>
    <message>
        <source>Scheduled merge</source>
        <translation>예약된 병합</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>병합 실패</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message numerus="yes">
        <source>%n message(s) fell due while Composer was closed.</source>
        <translation>
            <numerusform>Composer가 닫혀 있는 동안 메시지 %n개의 보낼 시간이 지났습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled merge(s) fell due while Composer was closed.</source>
        <translation>
            <numerusform>Composer가 닫혀 있는 동안 예약된 병합 %n개의 시각이 지났습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) and {merges} scheduled merge(s) fell due while Composer was closed.</source>
        <translation>
            <numerusform>Composer가 닫혀 있는 동안 메시지 %n통과 예약된 병합 {merges}개의 시각이 지났습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge: {label}</source>
        <translation>병합: {label}</translation>
    </message>
    <message>
        <source>Send waiting mail?</source>
        <translation>대기 중인 메일을 보낼까요?</translation>
    </message>
    <message>
        <source>Send them now, or later from View ▸ Outbox.</source>
        <translation>지금 보내거나, 나중에 보기 ▸ 보낼 편지함에서 보내십시오.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox — mail waiting to go out</source>
        <translation>보낼 편지함 — 발송을 기다리는 메일</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>지금 보내기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>시간 변경(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>(mail merge)</source>
        <translation>(메일 병합)</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>재시도 대기 중</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>지금 시작(&amp;N)</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>다시 보낼까요?</translation>
    </message>
    <message>
        <source>This message most likely reached its recipients already.</source>
        <translation>이 메시지는 이미 받는 사람에게 전달되었을 가능성이 높습니다.</translation>
    </message>
    <message>
        <source>Send it again only if a recipient tells you it did not arrive.</source>
        <translation>받는 사람이 받지 못했다고 할 때만 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Delete message?</source>
        <translation>메시지를 삭제할까요?</translation>
    </message>
    <message>
        <source>“{subject}” will not be sent, and is deleted.</source>
        <translation>“{subject}”은(는) 보내지 않고 삭제됩니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Cancel the merge?</source>
        <translation>병합을 취소할까요?</translation>
    </message>
    <message>
        <source>The merge “{label}” will not start; what it already sent stays sent.</source>
        <translation>병합 “{label}”은(는) 시작되지 않습니다. 이미 보낸 메일은 그대로 보낸 상태로 남습니다.</translation>
    </message>
    <message>
        <source>Cancel merge</source>
        <translation>병합 취소</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>비밀번호 표시</translation>
    </message>
    <message>
        <source>Ask for the password when sendin&amp;g (do not store it)</source>
        <translation>보낼 때마다 비밀번호 묻기 - 저장하지 않음(&amp;G)</translation>
    </message>
    <message>
        <source>No login: the server is used without a user name and password.</source>
        <translation>로그인 없음: 사용자 이름과 비밀번호 없이 서버를 사용합니다.</translation>
    </message>
    <message>
        <source>Asked for when you send, kept in memory until Composer quits.</source>
        <translation>보낼 때 묻고, Composer를 끝낼 때까지 메모리에만 보관합니다.</translation>
    </message>
    <message>
        <source>The new password goes into the system keyring when you click OK or Apply.</source>
        <translation>확인이나 적용을 누르면 새 비밀번호가 시스템 키링에 저장됩니다.</translation>
    </message>
    <message>
        <source>Looking in the system keyring…</source>
        <translation>시스템 키링을 확인하는 중…</translation>
    </message>
    <message>
        <source>A password is saved in the system keyring. Type here to replace it.</source>
        <translation>시스템 키링에 비밀번호가 저장되어 있습니다. 바꾸려면 여기에 입력하십시오.</translation>
    </message>
    <message>
        <source>No password is saved for this account yet.</source>
        <translation>이 계정에 저장된 비밀번호가 아직 없습니다.</translation>
    </message>
    <message>
        <source>Keyring: {error}</source>
        <translation>키링: {error}</translation>
    </message>
</context>
<context>
    <name>PlainTextSwitch</name>
    <message>
        <source>bold, italic or underlined words</source>
        <translation>굵게, 기울임꼴, 밑줄 서식</translation>
    </message>
    <message>
        <source>colours and text sizes</source>
        <translation>글자 색과 크기</translation>
    </message>
    <message>
        <source>headings</source>
        <translation>제목 서식</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>링크 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the text</source>
        <translation>
            <numerusform>본문 이미지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Switch to plain text?</source>
        <translation>일반 텍스트로 바꿀까요?</translation>
    </message>
    <message>
        <source>Plain text cannot keep {what}.</source>
        <translation>일반 텍스트로 바꾸면 다음을 유지할 수 없습니다: {what}.</translation>
    </message>
    <message>
        <source>Your words stay as they are; lists keep their bullets and quotes their “&gt;”. Switching back does not bring the formatting back.</source>
        <translation>글 내용은 그대로 남고, 목록은 글머리표를, 인용은 “&gt;” 표시를 유지합니다. 서식 있는 텍스트로 다시 바꿔도 서식은 돌아오지 않습니다.</translation>
    </message>
    <message>
        <source>Keep link addresses, written as “text &lt;address&gt;”</source>
        <translation>링크 주소를 “텍스트 &lt;주소&gt;” 형태로 남기기</translation>
    </message>
    <message>
        <source>Switch to plain text</source>
        <translation>일반 텍스트로 바꾸기</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Sending &amp;profiles</source>
        <translation>보내기 프로필(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>일반(&amp;G)</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line}번째 줄</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Showing the last good copy. The file is left as it is; saving keeps a copy of it.</source>
        <translation>마지막으로 정상이던 사본을 표시합니다. 파일은 그대로 두며, 저장하면 기존 파일의 사본을 남깁니다.</translation>
    </message>
    <message>
        <source>Showing the built-in defaults. The file is left as it is; saving keeps a copy of it.</source>
        <translation>기본 설정을 표시합니다. 파일은 그대로 두며, 저장하면 기존 파일의 사본을 남깁니다.</translation>
    </message>
    <message>
        <source>Your profiles file could not be read ({where}: {problem})</source>
        <translation>프로필 파일을 읽지 못했습니다({where}: {problem})</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>다른 이름을 고르십시오.</translation>
    </message>
    <message>
        <source>The profile “{name}” has settings that need fixing.</source>
        <translation>“{name}” 프로필에 고쳐야 할 설정이 있습니다.</translation>
    </message>
    <message>
        <source>They are marked in red.</source>
        <translation>빨간색으로 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>Enter the SMTP server your mail provider gives for sending, your user name and your password, then press Test connection.</source>
        <translation>메일 서비스에서 안내하는 보내는 메일(SMTP) 서버와 사용자 이름, 비밀번호를 입력한 다음 연결 시험을 누르십시오.</translation>
    </message>
    <message>
        <source>Fix them in {file}: {problems}</source>
        <translation>{file}에서 고치십시오: {problems}</translation>
    </message>
    <message>
        <source>The profiles could not be saved: {reason}.</source>
        <translation>프로필을 저장하지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Check that the config folder is writable and the disk is not full.</source>
        <translation>설정 폴더에 쓸 수 있는지, 디스크가 가득 차지 않았는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Saved. The earlier profiles file was kept as {name}.</source>
        <translation>저장했습니다. 이전 프로필 파일은 {name}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>Copy anything you still need from it.</source>
        <translation>필요한 내용이 있으면 그 파일에서 복사하십시오.</translation>
    </message>
    <message>
        <source>The language could not be saved: {reason}.</source>
        <translation>언어 설정을 저장하지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>The profiles file was changed by another program since Preferences opened.</source>
        <translation>환경 설정을 연 뒤 다른 프로그램이 프로필 파일을 바꿨습니다.</translation>
    </message>
    <message>
        <source>Reload it to see those changes (your edits here are dropped), or replace it with your edits (a copy of the other version is kept).</source>
        <translation>다시 읽어 그 변경 사항을 보거나(여기서 고친 내용은 버려짐), 여기서 고친 내용으로 바꾸십시오(다른 버전의 사본은 보관됨).</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 읽기</translation>
    </message>
    <message>
        <source>Ask for the password when sending</source>
        <translation>보낼 때 비밀번호 묻기</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Keyring backend: {name}. {advice}</source>
        <translation>키링 백엔드: {name}. {advice}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>보낸 사람:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>받는 사람:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>참조:</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>숨은 참조:</translation>
    </message>
    <message>
        <source>Reply-To:</source>
        <translation>회신 주소:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>Send a test to me</source>
        <translation>나에게 시험 메일 보내기</translation>
    </message>
    <message>
        <source>Row:</source>
        <translation>행:</translation>
    </message>
    <message>
        <source>Test address:</source>
        <translation>시험 주소:</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>of {total}</source>
        <extracomment>The connection of test messages: the merge&apos;s own, unless the account gives one that never files a copy in Sent (:meth:`MergeServerAccount.connect_for_test`). The row whose message is on the page (None until one is shown).</extracomment>
        <translation>/ {total}</translation>
    </message>
    <message>
        <source>This message has no HTML part.</source>
        <translation>이 메시지에는 HTML 부분이 없습니다.</translation>
    </message>
    <message>
        <source>{name} ({size}, every row)</source>
        <translation>{name} ({size}, 모든 행)</translation>
    </message>
    <message>
        <source>{name} ({size}), protected: it opens only with the password in column “{column}”</source>
        <translation>{name} ({size}), 보호됨: “{column}” 열의 비밀번호로만 열립니다</translation>
    </message>
    <message>
        <source>That is not an email address. Type your own address to receive the test.</source>
        <translation>이메일 주소가 아닙니다. 시험 메일을 받을 본인 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>Sending a test of row {number} to {address}…</source>
        <translation>{number}행의 시험 메일을 {address}에 보내는 중…</translation>
    </message>
    <message>
        <source>Test of row {number} sent to {address} (the server said: {reply}).</source>
        <translation>{number}행의 시험 메일을 {address}에 보냈습니다(서버 응답: {reply}).</translation>
    </message>
    <message>
        <source>The test message was not sent: {detail}. Check the address and the sending profile, then try again.</source>
        <translation>시험 메일을 보내지 못했습니다: {detail}. 주소와 보내기 프로필을 확인한 뒤 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>PreviewViewer</name>
    <message>
        <source>Preview mailbox — messages not delivered</source>
        <translation>미리보기함 — 전달되지 않은 메시지</translation>
    </message>
    <message>
        <source>Messages sent through preview profiles (preview mailbox, saved files) land here instead of reaching anyone.</source>
        <translation>미리 보기 프로필(미리보기함, 파일 저장)로 보낸 메시지는 누구에게도 가지 않고 여기에 모입니다.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Sending</source>
        <extracomment>The user typed in the IMAP password field (an IMAP user name of its own).</extracomment>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>보내는 사람 정보(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <source>Sending profiles</source>
        <translation>보내기 프로필</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>복제(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>이름 바꾸기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Ma&amp;ke active</source>
        <translation>사용 프로필로 지정(&amp;K)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>계정 추가…</translation>
    </message>
    <message>
        <source>Pro&amp;files</source>
        <translation>프로필(&amp;F)</translation>
    </message>
    <message>
        <source>✔ active</source>
        <translation>✔ 사용 중</translation>
    </message>
    <message>
        <source>{summary} (active)</source>
        <translation>{summary} (사용 중)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>My mail account</source>
        <translation>내 메일 계정</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>(preview: not sent)</source>
        <extracomment>Text colour of preview profiles (amber, readable on light and mid backgrounds). Colour of the icon of profiles that deliver mail.</extracomment>
        <translation>(미리 보기: 보내지 않음)</translation>
    </message>
    <message>
        <source>Preview: mail is not sent</source>
        <translation>미리 보기: 메일을 보내지 않음</translation>
    </message>
    <message>
        <source>The profile mail is sent with</source>
        <translation>메일을 보낼 프로필</translation>
    </message>
    <message>
        <source>Sending profile</source>
        <translation>보내기 프로필</translation>
    </message>
    <message>
        <source>Add your mail account…</source>
        <translation>메일 계정 추가…</translation>
    </message>
    <message>
        <source>Set up the account your mail is sent from (SMTP), in Preferences</source>
        <translation>메일을 보낼 계정(SMTP)을 환경 설정에서 설정합니다</translation>
    </message>
    <message>
        <source>{summary}. {note} Nothing is delivered.</source>
        <translation>{summary}. {note} 실제로 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>프로필 관리…</translation>
    </message>
    <message>
        <source>Sending with {name}: {summary}.</source>
        <translation>{name}(으)로 보냄: {summary}.</translation>
    </message>
    <message>
        <source>{note} Nothing is delivered.</source>
        <translation>{note} 실제로 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>Mail is delivered</source>
        <translation>메일이 실제로 전달됨</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore unsent messages?</source>
        <translation>보내지 않은 메시지를 복원하시겠습니까?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message numerus="yes">
        <source>Composer closed unexpectedly while %n message(s) were being written.</source>
        <translation>
            <numerusform>메시지 %n통을 쓰던 중 Composer가 예기치 않게 종료되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore them to keep writing, or discard them.</source>
        <translation>
            <numerusform>복원해서 이어 쓰거나 버리십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowCheckModel</name>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>수신 거부</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>이미 보냄</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>전달 불확실</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>sent by an earlier run; not sent again</source>
        <translation>이전 실행에서 보냈으므로 다시 보내지 않음</translation>
    </message>
    <message>
        <source>went out whole when a run stopped; most likely delivered</source>
        <translation>보내기가 중단될 때 끝까지 전송됨. 대부분 전달되었을 것입니다</translation>
    </message>
</context>
<context>
    <name>SelfTestControl</name>
    <message>
        <source>Send a test to myself and check</source>
        <translation>나에게 시험 메일 보내고 확인</translation>
    </message>
    <message>
        <source>Sends the row shown to your own address, then reads it back from your inbox (IMAP) to show how your receiving server judged SPF, DKIM and DMARC.</source>
        <translation>보이는 행을 내 주소로 보낸 다음, 받은편지함(IMAP)에서 다시 읽어 받는 서버가 SPF, DKIM, DMARC를 어떻게 판정했는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>The profile has no address of its own: set one in Preferences.</source>
        <translation>프로필에 자신의 주소가 없습니다. 환경 설정에서 지정하십시오.</translation>
    </message>
    <message>
        <source>Sending a test of row {number} to {address}…</source>
        <translation>{number}행의 시험 메일을 {address}에 보내는 중…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>기다리기 중지</translation>
    </message>
    <message numerus="yes">
        <source>Sent to {address}. Looking for it in your inbox (at most %n second(s))…</source>
        <translation>
            <numerusform>{address}(으)로 보냈습니다. 받은편지함에서 찾는 중(최대 %n초)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting. The test was sent if it got that far.</source>
        <translation>기다리기를 중지했습니다. 발송 단계까지 갔다면 시험 메일은 보내졌습니다.</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>Putting the message in the Outbox…</source>
        <translation>메시지를 보낼 편지함에 넣는 중…</translation>
    </message>
    <message>
        <source>The message will be sent at {time} through “{profile}”.</source>
        <translation>메시지를 {time}에 “{profile}”(으)로 보냅니다.</translation>
    </message>
    <message>
        <source>It waits in View ▸ Outbox, where you can send it now, edit or delete it.</source>
        <translation>보기 ▸ 보낼 편지함에서 기다리며, 거기서 지금 보내거나 편집·삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not sent: the message is back for editing.</source>
        <translation>보내지 않았습니다. 메시지를 다시 편집할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n recipient(s) through “{profile}”…</source>
        <translation>
            <numerusform>“{profile}”(으)로 %n명에게 보내는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previewing to %n recipient(s) through “{profile}”…</source>
        <translation>
            <numerusform>“{profile}”(으)로 %n명에게 보낼 메일을 미리 보는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment?</source>
        <translation>첨부 파일을 빠뜨리셨나요?</translation>
    </message>
    <message>
        <source>The message mentions an attachment, but nothing is attached.</source>
        <translation>메시지에 첨부 파일이 언급되어 있지만 첨부된 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Attach the file now, or send the message as it is.</source>
        <translation>지금 파일을 첨부하거나 그대로 보내십시오.</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>파일 첨부…</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>그대로 보내기</translation>
    </message>
    <message>
        <source>Too late to cancel: the server accepted the message.</source>
        <translation>취소하기에 너무 늦었습니다. 서버가 메시지를 받았습니다.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password for {account}
(kept until Composer quits):</source>
        <translation>{account}의 비밀번호
(Composer를 끝낼 때까지 기억합니다):</translation>
    </message>
    <message>
        <source>It waits in the Outbox (View ▸ Outbox) and goes out by itself once the server can be reached.</source>
        <translation>보낼 편지함(보기 ▸ 보낼 편지함)에서 기다리다가 서버에 연결되면 자동으로 보냅니다.</translation>
    </message>
    <message>
        <source>See it in View ▸ Preview mailbox.</source>
        <translation>보기 ▸ 미리보기함에서 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message>
        <source>Sent, but the copy for Sent could not be kept.</source>
        <extracomment>The sign-in the message went out with (the copy for the server&apos;s Sent uses it).</extracomment>
        <translation>보냈지만 보낸 편지함에 사본을 보관하지 못했습니다.</translation>
    </message>
    <message>
        <source>The server accepted the message, so do not send it again. It stays in this window: File ▸ Save as… keeps a copy.</source>
        <translation>서버가 메일을 받았으니 다시 보내지 마세요. 메일은 이 창에 남아 있으며, 파일 ▸ 다른 이름으로 저장…으로 사본을 보관할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>나중에 보내기</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>시간대: {zone}</translation>
    </message>
    <message>
        <source>Send the message at:</source>
        <translation>메시지를 보낼 시간:</translation>
    </message>
    <message>
        <source>Send now?</source>
        <translation>지금 보낼까요?</translation>
    </message>
    <message>
        <source>{time} has already passed.</source>
        <translation>{time}은(는) 이미 지났습니다.</translation>
    </message>
    <message>
        <source>Send the message now, or choose another time.</source>
        <translation>메시지를 지금 보내거나 다른 시간을 고르십시오.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>다른 시간 고르기</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>How many connections to the server at once.</source>
        <translation>서버에 동시에 여는 연결 수입니다.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation>/분</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>한도 없음</translation>
    </message>
    <message>
        <source> per 24 hours</source>
        <translation>/24시간</translation>
    </message>
    <message>
        <source>Start sending</source>
        <translation>보내기 시작</translation>
    </message>
    <message>
        <source>Send time column:</source>
        <translation>보낼 시각 열:</translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation>나중에 보내기…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>남음</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Export failed rows…</source>
        <translation>실패한 행 내보내기…</translation>
    </message>
    <message>
        <source>Put a copy of each message in the Sent folder on the mail server (IMAP)</source>
        <translation>각 메시지의 사본을 메일 서버의 보낸편지함에 넣기(IMAP)</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>연결 수:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>속도 제한:</translation>
    </message>
    <message>
        <source>Daily cap:</source>
        <translation>하루 한도:</translation>
    </message>
    <message>
        <source>Rows that failed:</source>
        <translation>실패한 행:</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Cancel</source>
        <extracomment>The provider turned password sign-in off: sign in with this OAuthProvider instead.</extracomment>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Undo brings it back here, exactly as it is.</source>
        <translation>실행 취소하면 메시지가 그대로 이 창으로 돌아옵니다.</translation>
    </message>
    <message>
        <source>The server accepted the message; keeping a copy in Sent…</source>
        <translation>서버가 메시지를 받았습니다. 보낸 편지함에 사본을 보관하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Switch this account to sign-in with {provider}</source>
        <translation>이 계정을 {provider} 로그인으로 전환</translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message numerus="yes">
        <source>%Ln message(s) will be sent through {server}.</source>
        <translation>
            <numerusform>{server}(으)로 메일 %Ln통을 보냅니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were sent by an earlier run and are not sent again.</source>
        <translation>
            <numerusform>%Ln행은 이전 실행에서 이미 보냈으므로 다시 보내지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) in doubt are recorded as delivered first.</source>
        <translation>
            <numerusform>전달이 불확실한 메시지 %Ln개는 먼저 전달된 것으로 기록합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent yet: {problem}</source>
        <translation>아직 보낼 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Nothing is sent until the problems are fixed or skipped: go back to Check and choose what to do with them.</source>
        <translation>문제를 고치거나 건너뛰기 전에는 보내지 않습니다. 검사 단계로 돌아가 처리 방법을 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed row(s) saved to {path}.</source>
        <translation>
            <numerusform>실패한 %Ln행을 {path}에 저장했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingTab</name>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key)</source>
        <translation>인증서 및 키 (*.pem *.crt *.cer *.key)</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>백엔드(&amp;B):</translation>
    </message>
    <message>
        <source>Preview only: {note} Nothing is delivered.</source>
        <translation>미리 보기 전용: {note} 실제로 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <source>{security} (usually port {port})</source>
        <translation>{security} (보통 {port}번 포트)</translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation>서버에 로그인이 필요 없으면 비워 두십시오</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>암호화(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>시간 제한(&amp;M):</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>시간 제한</translation>
    </message>
    <message>
        <source>Check deliverability…</source>
        <translation>전달 가능성 확인…</translation>
    </message>
    <message>
        <source>Will mail from this profile land? SPF, DKIM, DMARC, MX and the limits.</source>
        <translation>이 프로필에서 보낸 메일이 제대로 도착할까요? SPF, DKIM, DMARC, MX와 발송 한도를 확인합니다.</translation>
    </message>
    <message>
        <source>System CAs only</source>
        <translation>시스템 CA만 사용</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Allow l&amp;ogin without encryption (not recommended)</source>
        <translation>암호화 없이 로그인 허용 - 권장하지 않음(&amp;O)</translation>
    </message>
    <message>
        <source>Private &amp;CA:</source>
        <translation>사설 CA(&amp;C):</translation>
    </message>
    <message>
        <source>Private CA</source>
        <translation>사설 CA</translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation>클라이언트 인증서(&amp;R):</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <source>Client ke&amp;y:</source>
        <translation>클라이언트 키(&amp;Y):</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>클라이언트 키</translation>
    </message>
    <message>
        <source>Certificates (optional)</source>
        <translation>인증서 (선택 사항)</translation>
    </message>
    <message>
        <source>A folder for the .log files</source>
        <translation>.log 파일을 저장할 폴더</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>폴더(&amp;O):</translation>
    </message>
    <message>
        <source>Each sending run writes one file with every message in it.</source>
        <translation>보낼 때마다 모든 메시지를 담은 파일을 하나씩 씁니다.</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>클래스(&amp;C):</translation>
    </message>
    <message>
        <source>Backend class</source>
        <translation>백엔드 클래스</translation>
    </message>
    <message>
        <source>The dotted path of a composer.mail backend class. Options for it go in the [profiles.options] table of profiles.toml.</source>
        <translation>composer.mail 백엔드 클래스의 점 표기 경로입니다. 옵션은 profiles.toml의 [profiles.options] 표에 적습니다.</translation>
    </message>
</context>
<context>
    <name>SentBrowser</name>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Open as new message</source>
        <translation>새 메시지로 열기</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
</context>
<context>
    <name>SideWindows</name>
    <message>
        <source>This sent message could not be opened: {reason}.</source>
        <translation>보낸 메시지를 열 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Its source is shown in the Source tab; copy what you need.</source>
        <translation>원본 탭에 메시지 원본이 있으니 필요한 내용을 복사하십시오.</translation>
    </message>
</context>
<context>
    <name>SignInBlock</name>
    <message>
        <source>Sign-in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>로그인 방식</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <source>Empty: your organisation&apos;s client</source>
        <translation>비워 두면 조직의 클라이언트 사용</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>인증 URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>토큰 URL</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation>공백으로 구분</translation>
    </message>
    <message>
        <source>Si&amp;gn in…</source>
        <translation>로그인(&amp;G)…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>로그인 취소</translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation>로그인 방식:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>서비스(&amp;V):</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>클라이언트 ID:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>테넌트:</translation>
    </message>
    <message>
        <source>Authori&amp;zation URL:</source>
        <translation>인증 URL(&amp;Z):</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>토큰 URL:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>Looking in the system keyring…</source>
        <translation>시스템 키링을 확인하는 중…</translation>
    </message>
    <message>
        <source>Sign in a&amp;gain…</source>
        <translation>다시 로그인(&amp;G)…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>브라우저에서 로그인하기를 기다리는 중…</translation>
    </message>
    <message>
        <source>If no browser opened, open &lt;a href=&quot;{url}&quot;&gt;this address&lt;/a&gt;.</source>
        <translation>브라우저가 열리지 않았다면 &lt;a href=&quot;{url}&quot;&gt;이 주소&lt;/a&gt;를 여십시오.</translation>
    </message>
</context>
<context>
    <name>SignInPrompt</name>
    <message>
        <source>Sign in again</source>
        <translation>다시 로그인</translation>
    </message>
    <message>
        <source>Sign in now in your browser; Composer then sends the message.</source>
        <translation>지금 브라우저에서 로그인하면 Composer가 메시지를 보냅니다.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>로그인…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>브라우저에서 로그인하기를 기다리는 중…</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature for “{profile}”</source>
        <translation>“{profile}” 서명</translation>
    </message>
    <message>
        <source>Your name, your title, a logo…</source>
        <translation>이름, 직함, 로고…</translation>
    </message>
    <message>
        <source>Below the text and any quote</source>
        <translation>본문과 인용문 아래</translation>
    </message>
    <message>
        <source>Above a quoted message</source>
        <translation>인용된 메시지 위</translation>
    </message>
    <message>
        <source>Insert &amp;image…</source>
        <translation>이미지 삽입(&amp;I)…</translation>
    </message>
    <message>
        <source>It follows the line “-- ” that mail programs recognise as a signature.</source>
        <translation>메일 프로그램이 서명으로 인식하는 “-- ” 줄 다음에 들어갑니다.</translation>
    </message>
    <message>
        <source>&amp;Placed:</source>
        <translation>위치(&amp;P):</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>이미지 삽입</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>SpellingCheck</name>
    <message>
        <source>Check spelling</source>
        <translation>맞춤법 검사</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) may be misspelt: {words}</source>
        <translation>
            <numerusform>맞춤법이 틀렸을 수 있는 단어 %n개: {words}</numerusform>
        </translation>
    </message>
    <message>
        <source>Review them first, or send the message as it is.</source>
        <translation>먼저 확인하시거나, 메시지를 그대로 보내세요.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>확인하기</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>그대로 보내기</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>The background process stopped unexpectedly (exit code {code}).</source>
        <translation>백그라운드 프로세스가 예기치 않게 멈췄습니다(종료 코드 {code}).</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, copy the details and report them.</source>
        <translation>다시 시도하십시오. 계속 발생하면 자세한 내용을 복사해 알려 주십시오.</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Templates</source>
        <translation>서식</translation>
    </message>
    <message>
        <source>New message from it</source>
        <translation>이 서식으로 새 메시지</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>서식 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
</context>
<context>
    <name>TrayKeeper</name>
    <message>
        <source>Show Composer</source>
        <translation>Composer 보이기</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>보낼 편지함</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message numerus="yes">
        <source>Composer: %n message(s) waiting to go out</source>
        <translation>
            <numerusform>Composer: 보낼 메시지 %n통이 기다리는 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Composer: nothing waiting to go out</source>
        <translation>Composer: 기다리는 메일 없음</translation>
    </message>
</context>
<context>
    <name>UserMessage</name>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>composer: {file} does not exist or is not a file.</source>
        <translation>composer: {file}이(가) 없거나 파일이 아닙니다.</translation>
    </message>
</context>
</TS>
