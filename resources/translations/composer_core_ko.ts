<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AccountState</name>
    <message>
        <source>No login</source>
        <translation>로그인 없음</translation>
    </message>
    <message>
        <source>Preview: not sent</source>
        <translation>미리 보기: 보내지 않음</translation>
    </message>
    <message>
        <source>Signed in as {account}</source>
        <translation>{account}(으)로 로그인됨</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <source>Password asked when sending</source>
        <translation>보낼 때 비밀번호를 물어봄</translation>
    </message>
    <message>
        <source>Password in keyring</source>
        <translation>키링에 비밀번호 저장됨</translation>
    </message>
    <message>
        <source>No password stored</source>
        <translation>저장된 비밀번호 없음</translation>
    </message>
    <message>
        <source>Signs in with {provider} as {account}</source>
        <translation>{provider} 계정 {account}(으)로 로그인합니다</translation>
    </message>
    <message>
        <source>Sign-in needed: Preferences ▸ the profile ▸ Sign in… ({provider})</source>
        <translation>로그인 필요: 환경 설정 ▸ 프로필 ▸ 로그인… ({provider})</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <source>the address is empty</source>
        <translation>주소가 비어 있음</translation>
    </message>
    <message>
        <source>an address cannot contain spaces</source>
        <translation>주소에는 공백을 넣을 수 없음</translation>
    </message>
    <message>
        <source>the address has no @ and domain</source>
        <translation>주소에 @와 도메인이 없음</translation>
    </message>
    <message>
        <source>there is nothing before the @</source>
        <translation>@ 앞에 아무것도 없음</translation>
    </message>
    <message>
        <source>there is no domain after the @</source>
        <translation>@ 뒤에 도메인이 없음</translation>
    </message>
    <message>
        <source>“{local}” is not a valid name before the @</source>
        <translation>“{local}”은(는) @ 앞에 올 수 있는 이름이 아님</translation>
    </message>
    <message>
        <source>“{domain}” is not a valid domain</source>
        <translation>“{domain}”은(는) 올바른 도메인이 아님</translation>
    </message>
    <message>
        <source>the &lt; and &gt; around the address do not match</source>
        <translation>주소를 감싼 &lt; 와 &gt; 의 짝이 맞지 않음</translation>
    </message>
    <message>
        <source>the quotes around the name do not match</source>
        <translation>이름을 감싼 따옴표의 짝이 맞지 않음</translation>
    </message>
    <message>
        <source>an address cannot span lines</source>
        <translation>주소는 여러 줄에 걸칠 수 없음</translation>
    </message>
    <message>
        <source>“{entry}”: {error}</source>
        <translation>“{entry}”: {error}</translation>
    </message>
</context>
<context>
    <name>AuthResults</name>
    <message>
        <source>{method} not reported</source>
        <translation>{method} 결과 없음</translation>
    </message>
    <message>
        <source>the server Composer sent through may send for your domain</source>
        <translation>Composer가 사용한 서버가 내 도메인의 메일을 보낼 수 있도록 허용되어 있습니다</translation>
    </message>
    <message>
        <source>your domain&apos;s SPF record does not list the server Composer sent through: add it (or its provider&apos;s include:) to the record</source>
        <translation>내 도메인의 SPF 레코드에 Composer가 사용한 서버가 없습니다. 레코드에 그 서버(또는 서비스 업체의 include:)를 추가하십시오</translation>
    </message>
    <message>
        <source>your domain publishes no SPF record: ask whoever runs it to add one</source>
        <translation>내 도메인에 SPF 레코드가 없습니다. 도메인 관리자에게 추가를 요청하십시오</translation>
    </message>
    <message>
        <source>your SPF record neither allows nor forbids the server: list it</source>
        <translation>SPF 레코드가 그 서버를 허용하지도 금지하지도 않습니다. 서버를 레코드에 넣으십시오</translation>
    </message>
    <message>
        <source>the message is signed by {domain}</source>
        <translation>{domain}의 서명이 있습니다</translation>
    </message>
    <message>
        <source>the message is not signed: ask your mail provider to sign mail for your domain with DKIM</source>
        <translation>메일에 서명이 없습니다. 메일 서비스 업체에 내 도메인 메일의 DKIM 서명을 요청하십시오</translation>
    </message>
    <message>
        <source>a signature did not verify: the key published in the DNS does not match, or the message was changed on the way</source>
        <translation>서명이 확인되지 않았습니다. DNS에 게시된 키가 맞지 않거나 전달 중에 메일이 바뀌었습니다</translation>
    </message>
    <message>
        <source>a signature could not be used: ask your mail provider to check its DKIM set-up</source>
        <translation>서명을 사용할 수 없습니다. 메일 서비스 업체에 DKIM 설정 확인을 요청하십시오</translation>
    </message>
    <message>
        <source>SPF or DKIM passed for the domain in your From address</source>
        <translation>보내는 사람 주소의 도메인으로 SPF 또는 DKIM이 통과했습니다</translation>
    </message>
    <message>
        <source>neither SPF nor DKIM passed for the domain in your From address: receivers that follow your policy reject this mail or file it as spam</source>
        <translation>보내는 사람 주소의 도메인으로 SPF와 DKIM 모두 통과하지 못했습니다. 내 정책을 따르는 수신 서버는 이 메일을 거부하거나 스팸으로 분류합니다</translation>
    </message>
    <message>
        <source>your domain publishes no DMARC policy: since 2024 Gmail and Yahoo require one from bulk senders</source>
        <translation>내 도메인에 DMARC 정책이 없습니다. 2024년부터 Gmail과 Yahoo는 대량 발송자에게 DMARC를 요구합니다</translation>
    </message>
    <message>
        <source>the receiving server could not read your domain&apos;s record ({error}); check it, then send another test</source>
        <translation>받는 서버가 내 도메인의 레코드를 읽지 못했습니다({error}). 레코드를 확인한 뒤 시험 메일을 다시 보내십시오</translation>
    </message>
    <message>
        <source>The test arrived, but the receiving server added no Authentication-Results header, so it did not say how it judged SPF, DKIM and DMARC. Send a test to an address at a large provider (Gmail, Outlook.com, Naver) and read the message&apos;s original there.</source>
        <translation>시험 메일은 도착했지만 받는 서버가 Authentication-Results 헤더를 붙이지 않아 SPF, DKIM, DMARC 판정을 알 수 없습니다. 큰 메일 서비스(Gmail, Outlook.com, 네이버)의 주소로 시험 메일을 보내고 그곳에서 메일 원문을 확인하십시오.</translation>
    </message>
    <message>
        <source>Your receiving server ({server}) judged: {results}.</source>
        <translation>받는 서버({server})의 판정: {results}.</translation>
    </message>
</context>
<context>
    <name>BounceCheck</name>
    <message>
        <source>hard bounce: not mailed again</source>
        <translation>영구 반송: 다시 보내지 않음</translation>
    </message>
    <message>
        <source>soft bounce</source>
        <translation>일시 반송</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 외 {count}건</translation>
    </message>
</context>
<context>
    <name>BounceWords</name>
    <message>
        <source>{count} hard bounce (not mailed again)</source>
        <translation>영구 반송 {count}건(다시 보내지 않음)</translation>
    </message>
    <message>
        <source>{count} hard bounces (not mailed again)</source>
        <translation>영구 반송 {count}건(다시 보내지 않음)</translation>
    </message>
    <message>
        <source>{count} soft bounce</source>
        <translation>일시 반송 {count}건</translation>
    </message>
    <message>
        <source>{count} soft bounces</source>
        <translation>일시 반송 {count}건</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Read {count} message</source>
        <translation>메시지 {count}통을 읽었습니다</translation>
    </message>
    <message>
        <source>Read {count} messages</source>
        <translation>메시지 {count}통을 읽었습니다</translation>
    </message>
    <message>
        <source>{count} unsubscribe request (not mailed again)</source>
        <translation>수신 거부 요청 {count}건(다시 보내지 않음)</translation>
    </message>
    <message>
        <source>{count} unsubscribe requests (not mailed again)</source>
        <translation>수신 거부 요청 {count}건(다시 보내지 않음)</translation>
    </message>
    <message>
        <source>{count} bounce that matches no merge</source>
        <translation>어느 병합과도 맞지 않는 반송 {count}건</translation>
    </message>
    <message>
        <source>{count} bounces that match no merge</source>
        <translation>어느 병합과도 맞지 않는 반송 {count}건</translation>
    </message>
    <message>
        <source>{read}: {counts}.</source>
        <translation>{read}: {counts}.</translation>
    </message>
    <message>
        <source>{count} asked to unsubscribe (not mailed again)</source>
        <translation>수신 거부 요청 {count}건(다시 보내지 않음)</translation>
    </message>
    <message>
        <source>Came back: {counts}.</source>
        <translation>돌아온 메일: {counts}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{app}: write mail, one message or ten thousand.</source>
        <translation>{app}: 한 통이든 만 통이든 메일을 씁니다.</translation>
    </message>
    <message>
        <source>also show the log on the terminal, with technical details</source>
        <translation>기술적인 세부 정보가 담긴 로그도 터미널에 표시</translation>
    </message>
    <message>
        <source>Interrupted; stopped.</source>
        <translation>중단했습니다.</translation>
    </message>
    <message>
        <source>unexpected error ({error}: {reason}).</source>
        <translation>예기치 않은 오류가 발생했습니다({error}: {reason}).</translation>
    </message>
    <message>
        <source>The details are in {log}; run the command again with --verbose to see them.</source>
        <translation>자세한 내용은 {log}에 있습니다. 터미널에서 보려면 --verbose를 붙여 명령을 다시 실행하십시오.</translation>
    </message>
</context>
<context>
    <name>CliBounces</name>
    <message>
        <source>read bounces and unsubscribe requests from the account&apos;s inbox</source>
        <translation>계정의 받은편지함에서 반송 메일과 수신 거부 요청을 읽습니다</translation>
    </message>
    <message>
        <source>Scan the profile&apos;s IMAP inbox for delivery-status notifications and unsubscribe requests, mark the merge rows they answer (bounced hard or soft, with the reason) and never mail hard-bounced or unsubscribed addresses again.</source>
        <translation>프로필의 IMAP 받은편지함에서 전달 상태 알림(반송)과 수신 거부 요청을 찾아, 해당하는 편지 병합 행에 반송(영구 또는 일시)과 사유를 기록하고, 영구 반송되었거나 수신을 거부한 주소에는 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>the profile whose inbox to read (default: the active one)</source>
        <translation>받은편지함을 읽을 프로필 (기본값: 사용 중인 프로필)</translation>
    </message>
    <message>
        <source>The profile “{profile}” has no IMAP server.</source>
        <translation>“{profile}” 프로필에 IMAP 서버가 없습니다.</translation>
    </message>
    <message>
        <source>Add the account&apos;s incoming (IMAP) server to the profile in Preferences.</source>
        <translation>환경 설정에서 프로필에 계정의 받는 메일(IMAP) 서버를 추가하십시오.</translation>
    </message>
    <message>
        <source>{address}: a bounce that matches no message of a merge (nothing marked, not suppressed)</source>
        <translation>{address}: 어느 병합의 메시지와도 맞지 않는 반송입니다(아무것도 표시하지 않았고 수신 거부 목록에도 넣지 않았습니다)</translation>
    </message>
    <message>
        <source>{count} messages could not be read (damaged or not mail); they were passed over and left as they are.</source>
        <translation>메시지 {count}통은 읽을 수 없어(손상되었거나 메일이 아님) 건너뛰었고, 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>The rows are marked in their merges: composer merge --report shows them, and --failed-csv PATH with it saves them to be fixed.</source>
        <translation>해당 행은 각 병합에 표시되었습니다. composer merge --report로 볼 수 있고, 여기에 --failed-csv PATH를 함께 지정하면 고칠 수 있도록 파일로 저장합니다.</translation>
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
        <translation>디버깅용 SMTP 서버를 실행합니다(`python -m smtpd -n -c DebuggingServer`의 후속).
아무것도 전달하지 않습니다. 받은 메시지마다 봉투, 디코딩한 헤더, 본문과
첨부 파일을 출력합니다. SMTPUTF8, 8BITMIME, PIPELINING을 지원하고 어떤 로그인도
받아들이며(비밀번호는 표시하지 않음) --max-size 이하의 메시지를 받고, 메시지는
메모리가 아니라 디스크에 보관합니다. Ctrl+C로 멈춥니다.</translation>
    </message>
    <message>
        <source>run a local SMTP server that prints every message it receives</source>
        <translation>받은 메시지를 모두 출력하는 로컬 SMTP 서버 실행</translation>
    </message>
    <message>
        <source>address to listen on (default: %(default)s; 0.0.0.0 for every interface)</source>
        <translation>수신 대기할 주소 (기본값: %(default)s, 모든 인터페이스는 0.0.0.0)</translation>
    </message>
    <message>
        <source>TCP port to listen on (default: %(default)s; 0 picks a free one)</source>
        <translation>수신 대기할 TCP 포트 (기본값: %(default)s, 0이면 빈 포트를 고름)</translation>
    </message>
    <message>
        <source>also write each message to DIR as an .eml file, named by arrival time</source>
        <translation>메시지마다 도착 시각을 이름으로 한 .eml 파일을 DIR에도 저장</translation>
    </message>
    <message>
        <source>refuse larger messages with 552, e.g. 25M, 1G or 0 for no limit (default: 100M)</source>
        <translation>이보다 큰 메시지는 552로 거부 (예: 25M, 1G, 제한 없음은 0; 기본값: 100M)</translation>
    </message>
    <message>
        <source>not a port number (0-65535): {text!r}</source>
        <translation>포트 번호(0-65535)가 아닙니다: {text!r}</translation>
    </message>
    <message>
        <source>not a size (a number, optionally with K, M or G): {text!r}</source>
        <translation>크기가 아닙니다(숫자, 필요하면 K, M, G를 붙임): {text!r}</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <source>Messages cannot be saved in {folder} ({reason}).</source>
        <translation>{folder}에 메시지를 저장할 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to with --save.</source>
        <translation>--save로 쓰기 권한이 있는 폴더를 지정하십시오.</translation>
    </message>
    <message>
        <source>Give an address of this computer with --host, such as 127.0.0.1.</source>
        <translation>--host로 이 컴퓨터의 주소(예: 127.0.0.1)를 지정하십시오.</translation>
    </message>
    <message>
        <source>{host} is not a known host name.</source>
        <translation>{host}은(는) 알 수 없는 호스트 이름입니다.</translation>
    </message>
    <message>
        <source>{host}:{port} is already in use.</source>
        <translation>{host}:{port}은(는) 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>Another server is running there; pick a free port with --port.</source>
        <translation>다른 서버가 그 포트를 쓰고 있습니다. --port로 비어 있는 포트를 지정하십시오.</translation>
    </message>
    <message>
        <source>Composer may not listen on port {port}.</source>
        <translation>Composer가 {port}번 포트에서 수신 대기할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights; use --port 1025.</source>
        <translation>1024보다 낮은 포트에는 관리자 권한이 필요합니다. --port 1025를 사용하십시오.</translation>
    </message>
    <message>
        <source>{host} is not an address of this computer.</source>
        <translation>{host}은(는) 이 컴퓨터의 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The server cannot listen on {host} port {port} ({reason}).</source>
        <translation>{host} {port}번 포트에서 서버를 시작할 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>Check --host and --port.</source>
        <translation>--host와 --port를 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>CliExit</name>
    <message>
        <source>exit status: 0 every row sent (--dry-run: every row ready), 1 a row failed or the run stopped, 2 nothing sent (a problem to fix first, bad input), 3 rows in doubt need --mark-unknown-sent or --resend-unknown, 75 a provider&apos;s daily limit (resumes later), 130 interrupted.</source>
        <translation>종료 상태: 0 모든 행을 보냄(--dry-run: 모든 행이 준비됨), 1 실패한 행이 있거나 실행이 멈춤, 2 아무것도 보내지 않음(먼저 고칠 문제, 잘못된 입력), 3 전달 여부가 불확실한 행이 있어 --mark-unknown-sent 또는 --resend-unknown이 필요함, 75 제공업체의 하루 한도(나중에 이어서 보냄), 130 중단됨.</translation>
    </message>
    <message>
        <source>exit status: 0 no check failed (warnings and checks that could not be made do not fail), 1 a check failed (or --test-to-self did not pass), 2 bad input (an unknown profile, a data file, a DNS server address), 3 --test-to-self without an IMAP server.</source>
        <translation>종료 상태: 0 실패한 점검 없음(경고와 확인하지 못한 점검은 실패가 아님), 1 점검 하나가 실패함(또는 --test-to-self를 통과하지 못함), 2 잘못된 입력(없는 프로필, 데이터 파일, DNS 서버 주소), 3 IMAP 서버 없이 --test-to-self를 실행함.</translation>
    </message>
    <message>
        <source>exit status: 0 the inbox was read, 1 the IMAP server could not be reached or refused the sign-in, 2 a request to fix (an unknown profile, no IMAP server, no password).</source>
        <translation>종료 상태: 0 받은 편지함을 읽음, 1 IMAP 서버에 연결하지 못했거나 로그인이 거부됨, 2 고쳐야 할 요청(없는 프로필, IMAP 서버 없음, 암호 없음).</translation>
    </message>
    <message>
        <source>exit status: list 0; run 0 nothing failed, 1 a message failed or waits for a retry, 4 one is in doubt (most likely delivered); cancel and retry 0 done, 1 too late (being sent, or sent), 2 an unknown id.</source>
        <translation>종료 상태: list 0; run 0 실패 없음, 1 실패했거나 다시 시도를 기다리는 메시지가 있음, 4 전달 여부가 불확실한 메시지가 있음(거의 확실히 전달됨); cancel과 retry 0 완료, 1 너무 늦음(보내는 중이거나 이미 보냄), 2 없는 ID.</translation>
    </message>
    <message>
        <source>exit status: 0 nothing failed, 1 a message failed or waits for a retry, 4 one is in doubt (most likely delivered: it is not sent again unless you retry it).</source>
        <translation>종료 상태: 0 실패 없음, 1 실패했거나 다시 시도를 기다리는 메시지가 있음, 4 전달 여부가 불확실한 메시지가 있음(거의 확실히 전달됨: retry로 다시 보내라고 하지 않으면 다시 보내지 않음).</translation>
    </message>
    <message>
        <source>exit status: 0 taken out (kept in Drafts), 1 too late (being sent, or sent), 2 an unknown id.</source>
        <translation>종료 상태: 0 꺼냄(임시 보관함에 보관됨), 1 너무 늦음(보내는 중이거나 이미 보냄), 2 없는 ID.</translation>
    </message>
    <message>
        <source>exit status: 0 sent, 1 too late (being sent, or sent) or it failed again, 2 an unknown id, 4 in doubt (most likely delivered).</source>
        <translation>종료 상태: 0 보냄, 1 너무 늦음(보내는 중이거나 이미 보냄) 또는 다시 실패함, 2 없는 ID, 4 전달 여부 불확실(거의 확실히 전달됨).</translation>
    </message>
</context>
<context>
    <name>CliMerge</name>
    <message>
        <source>the message to merge</source>
        <translation>병합할 메시지</translation>
    </message>
    <message>
        <source>sending profile (default: the active one)</source>
        <translation>보내기 프로필 (기본값: 사용 중인 프로필)</translation>
    </message>
    <message>
        <source>send through this SMTP server without login instead of a profile (e.g. 127.0.0.1:1025 for `composer devserver`)</source>
        <translation>프로필 대신 이 SMTP 서버로 로그인 없이 보내기 (예: `composer devserver`에는 127.0.0.1:1025)</translation>
    </message>
    <message>
        <source>sender, if the template has none</source>
        <translation>템플릿에 보낸 사람이 없을 때 쓸 보낸 사람</translation>
    </message>
    <message>
        <source>render and check every row, send nothing</source>
        <translation>모든 행을 만들어 검사만 하고 보내지 않기</translation>
    </message>
    <message>
        <source>send at most N rows in this run</source>
        <translation>이번 실행에서 최대 N행만 보내기</translation>
    </message>
    <message>
        <source>at most N messages per minute</source>
        <translation>분당 최대 N통</translation>
    </message>
    <message>
        <source>at most N messages per 24 hours</source>
        <translation>24시간에 최대 N통</translation>
    </message>
    <message>
        <source>parallel connections (default: %(default)s; 1 keeps the file&apos;s order)</source>
        <translation>동시 연결 수 (기본값: %(default)s, 1이면 파일 순서대로 보냄)</translation>
    </message>
    <message>
        <source>the CSV file&apos;s encoding (default: detect)</source>
        <translation>CSV 파일의 인코딩 (기본값: 자동 감지)</translation>
    </message>
    <message>
        <source>the CSV delimiter (default: detect)</source>
        <translation>CSV 구분 문자 (기본값: 자동 감지)</translation>
    </message>
    <message>
        <source>column naming per-row files, &apos;;&apos; between several (default: a column named attachment(s), file(s) or 첨부; &apos;none&apos; for no per-row files)</source>
        <translation>행마다 첨부할 파일 이름이 든 열, 여러 개는 &apos;;&apos;로 구분 (기본값: attachment(s), file(s), 첨부라는 이름의 열; 행별 첨부 파일을 쓰지 않으려면 &apos;none&apos;)</translation>
    </message>
    <message>
        <source>the folder per-row files are taken from; a file outside it is never attached (default: the data file&apos;s folder)</source>
        <translation>행별 첨부 파일을 가져올 폴더. 이 폴더 밖의 파일은 절대 첨부하지 않습니다 (기본값: 데이터 파일이 있는 폴더)</translation>
    </message>
    <message>
        <source>fill {{ PLACEHOLDER }} from COLUMN when the names differ (repeatable)</source>
        <translation>이름이 다를 때 {{ PLACEHOLDER }}를 COLUMN 열로 채우기 (여러 번 지정 가능)</translation>
    </message>
    <message>
        <source>skip rows with problems and send the rest</source>
        <translation>문제가 있는 행은 건너뛰고 나머지 보내기</translation>
    </message>
    <message>
        <source>send rows the check marks as possibly garbled (bytes that are not text in the file&apos;s encoding, a quoted field running over other rows)</source>
        <translation>검사에서 글자가 깨졌을 수 있다고 표시한 행도 보내기 (파일 인코딩의 글자가 아닌 바이트, 다른 행까지 이어진 따옴표 필드)</translation>
    </message>
    <message>
        <source>send rows whose recipients repeat an earlier row</source>
        <translation>앞 행과 받는 사람이 같은 행도 보내기</translation>
    </message>
    <message>
        <source>accept a fixed Cc/Bcc that every row copies</source>
        <translation>모든 행에 똑같이 들어가는 참조/숨은 참조 허용</translation>
    </message>
    <message>
        <source>add List-Unsubscribe: &lt;mailto:MAILTO&gt;</source>
        <translation>List-Unsubscribe: &lt;mailto:MAILTO&gt; 헤더 추가</translation>
    </message>
    <message>
        <source>record the messages in doubt (sent whole, confirmation lost) as delivered: they most likely were (recommended)</source>
        <translation>전달 여부가 불확실한 메시지(전부 보냈으나 확인 응답을 받지 못함)를 전달됨으로 기록하기: 거의 확실히 전달되었습니다 (권장)</translation>
    </message>
    <message>
        <source>send the messages in doubt AGAIN; they were most likely delivered already, so their recipients will probably get two copies</source>
        <translation>전달 여부가 불확실한 메시지를 다시 보내기: 이미 전달되었을 가능성이 높으므로 받는 사람이 같은 메시지를 두 번 받을 수 있습니다</translation>
    </message>
    <message>
        <source>also put a copy of each message sent in the account&apos;s Sent folder on its IMAP server (not for providers that file sent mail themselves)</source>
        <translation>보낸 각 메시지의 사본을 계정의 IMAP 서버에 있는 보낸편지함에도 넣습니다(보낸 메일을 스스로 보관하는 제공업체는 제외)</translation>
    </message>
    <message>
        <source>rebuild a damaged record of sent mail from its journal (no DATA.csv or TEMPLATE.eml needed); nothing is sent</source>
        <translation>손상된 발송 기록부를 저널에서 다시 만들기 (DATA.csv와 TEMPLATE.eml은 필요 없음). 아무것도 보내지 않습니다</translation>
    </message>
    <message>
        <source>Checking {file} ({encoding}, delimiter {delimiter}, {count} column)...</source>
        <translation>{file} 검사 중 ({encoding}, 구분 문자 {delimiter}, 열 {count}개)...</translation>
    </message>
    <message>
        <source>{count} failed row, with the reason, is in {path}.</source>
        <translation>실패한 {count}행과 그 이유를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>{total} rows: {ready} ready, {problem} with problems, {suppressed} suppressed, {sent} already sent, {unknown} in doubt (most likely delivered).</source>
        <translation>전체 {total}행: 준비됨 {ready}, 문제 있음 {problem}, 수신 거부 {suppressed}, 이미 보냄 {sent}, 전달 여부 불확실 {unknown}(거의 확실히 전달됨).</translation>
    </message>
    <message>
        <source>in doubt: sent whole, confirmation lost</source>
        <translation>전달 여부 불확실: 전부 보냈으나 확인 응답을 받지 못함</translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, skipped {skipped}, in doubt {in_flight} in {duration} ({rate}/min). In all: {total_sent} sent, {not_yet} not yet, {unknown} in doubt.</source>
        <translation>{duration} 동안 보냄 {sent}, 실패 {failed}, 건너뜀 {skipped}, 전달 여부 불확실 {in_flight} (분당 {rate}통). 전체: 보냄 {total_sent}, 아직 안 보냄 {not_yet}, 전달 여부 불확실 {unknown}.</translation>
    </message>
    <message>
        <source>The failed rows could not be saved to {path} ({reason}); run the merge again with --failed-csv to choose another place.</source>
        <translation>실패한 행을 {path}에 저장하지 못했습니다({reason}). --failed-csv로 다른 위치를 지정해 병합을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>The merge stopped at the daily limit, and its next run could not be scheduled ({reason}): run the same command again tomorrow; it continues where it stopped.</source>
        <translation>메일 병합이 하루 한도에서 멈췄지만 다음 실행을 예약하지 못했습니다({reason}). 내일 같은 명령을 다시 실행해 주세요. 멈춘 곳부터 이어서 보냅니다.</translation>
    </message>
    <message>
        <source>where to write failed rows</source>
        <translation>실패한 행을 저장할 위치</translation>
    </message>
    <message>
        <source>send without asking for confirmation</source>
        <translation>확인을 묻지 않고 보내기</translation>
    </message>
    <message>
        <source>not a positive whole number: {text!r}</source>
        <translation>양의 정수가 아닙니다: {text!r}</translation>
    </message>
    <message>
        <source>not a positive number: {text!r}</source>
        <translation>양수가 아닙니다: {text!r}</translation>
    </message>
    <message>
        <source>“{server}” is not HOST:PORT. Write it like 127.0.0.1:1025.</source>
        <translation>“{server}”은(는) HOST:PORT 형식이 아닙니다. 127.0.0.1:1025처럼 쓰십시오.</translation>
    </message>
    <message>
        <source>Nothing was sent: the merge&apos;s message cannot be kept for a resume ({reason}). Free some disk space and try again.</source>
        <translation>아무것도 보내지 않았습니다. 나중에 이어서 보낼 수 있도록 병합 메시지를 저장하지 못했습니다({reason}). 디스크 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size}바이트</translation>
    </message>
    <message>
        <source>{total} row: {ready} ready, {problem} with problems, {suppressed} suppressed, {sent} already sent, {unknown} in doubt (most likely delivered).</source>
        <translation>전체 {total}행: 준비됨 {ready}, 문제 있음 {problem}, 수신 거부 {suppressed}, 이미 보냄 {sent}, 전달 여부 불확실 {unknown}(거의 확실히 전달됨).</translation>
    </message>
    <message>
        <source>row {row} (line {line}) {recipients}: {problems}</source>
        <translation>{row}행({line}번째 줄) {recipients}: {problems}</translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation>... 외 {count}개.</translation>
    </message>
    <message>
        <source>Per-row attachments: the files named in column “{column}”, taken only from {folder} ({count} file, {size} in the ready rows). Pass --attachments-column none to attach none.</source>
        <translation>행별 첨부 파일: “{column}” 열에 적힌 파일을 {folder} 폴더에서만 가져옵니다(보낼 준비가 된 행에서 파일 {count}개, {size}). 첨부하지 않으려면 --attachments-column none을 지정하십시오.</translation>
    </message>
    <message>
        <source>Per-row attachments: the files named in column “{column}”, taken only from {folder} ({count} files, {size} in the ready rows). Pass --attachments-column none to attach none.</source>
        <translation>행별 첨부 파일: “{column}” 열에 적힌 파일을 {folder} 폴더에서만 가져옵니다(보낼 준비가 된 행에서 파일 {count}개, {size}). 첨부하지 않으려면 --attachments-column none을 지정하십시오.</translation>
    </message>
    <message>
        <source>{count} row may be garbled (see above). Fix the data file, or pass --accept-suspect-rows to send it as it is.</source>
        <translation>{count}개 행의 글자가 깨졌을 수 있습니다(위 참조). 데이터 파일을 고치거나, 그대로 보내려면 --accept-suspect-rows를 지정하십시오.</translation>
    </message>
    <message>
        <source>{count} rows may be garbled (see above). Fix the data file, or pass --accept-suspect-rows to send them as they are.</source>
        <translation>{count}개 행의 글자가 깨졌을 수 있습니다(위 참조). 데이터 파일을 고치거나, 그대로 보내려면 --accept-suspect-rows를 지정하십시오.</translation>
    </message>
    <message>
        <source>print the report of this merge (of the latest one without DATA and TEMPLATE): rows sent, failed, in doubt, bounced and unsubscribed; sends nothing (with --failed-csv PATH, those rows are saved there to be fixed)</source>
        <translation>이 병합의 보고서 출력(DATA와 TEMPLATE를 생략하면 가장 최근 병합): 보낸 행, 실패한 행, 전달이 불확실한 행, 반송된 행, 수신 거부한 행. 아무것도 보내지 않습니다(--failed-csv PATH를 지정하면 고칠 수 있도록 그 행들을 저장)</translation>
    </message>
    <message>
        <source>Name both the data file and the template (composer merge DATA TEMPLATE.eml --report), or neither for the latest merge.</source>
        <translation>데이터 파일과 템플릿을 모두 지정하거나(composer merge DATA TEMPLATE.eml --report), 가장 최근 병합을 보려면 둘 다 생략하십시오.</translation>
    </message>
    <message>
        <source>No merge of these files has been sent yet.</source>
        <translation>이 파일들로 보낸 병합이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Check the file names (and --sheet or --group-by, which make another merge), or run composer merge --report alone for the latest merge.</source>
        <translation>파일 이름을 확인하십시오(--sheet나 --group-by가 다르면 다른 병합이 됩니다). 가장 최근 병합은 composer merge --report만 실행하면 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The rows could not be saved to {path} ({reason}).</source>
        <translation>행을 {path}에 저장할 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>Choose another place with --failed-csv.</source>
        <translation>--failed-csv로 다른 위치를 지정하십시오.</translation>
    </message>
    <message>
        <source>{count} row to fix, with the reason, is in {path}.</source>
        <translation>고칠 행 {count}개가 사유와 함께 {path}에 있습니다.</translation>
    </message>
    <message>
        <source>{count} rows to fix, with the reason, are in {path}.</source>
        <translation>고칠 행 {count}개가 사유와 함께 {path}에 있습니다.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>sent {sent} failed {failed} left {left}</source>
        <translation>보냄 {sent} 실패 {failed} 남음 {left}</translation>
    </message>
    <message>
        <source>Name the data file and the template: composer merge DATA.csv TEMPLATE.eml</source>
        <translation>데이터 파일과 템플릿을 지정하십시오: composer merge DATA.csv TEMPLATE.eml</translation>
    </message>
    <message>
        <source>Stopped before sending: nothing was sent.</source>
        <translation>보내기 전에 중지했습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The attachments folder {folder} does not exist. Check the path given to --attachments-dir.</source>
        <translation>첨부 파일 폴더 {folder}이(가) 없습니다. --attachments-dir에 지정한 경로를 확인하십시오.</translation>
    </message>
    <message>
        <source>(dry run)</source>
        <extracomment>The profile&apos;s account, for its IMAP server (None for --server and dry runs).</extracomment>
        <translation>(시험 실행)</translation>
    </message>
    <message>
        <source>Merge TEMPLATE.eml (a saved message with {{ column }} placeholders in To, Cc, Bcc, Subject
and the bodies) with every row of DATA (a CSV file, or a sheet of an .xlsx, .xls or .ods
workbook) and send one message per row (or per --group-by group) through a sending
profile. Every row is checked first; nothing is sent while rows have problems, unless you
skip them. A ledger records each row as the server accepts it, so running the same command
again after a crash, a kill or Ctrl+C sends only what is left: nobody gets it twice.</source>
        <translation>TEMPLATE.eml(받는 사람, 참조, 숨은 참조, 제목과 본문에 {{ column }} 자리 표시자가 있는
저장된 메시지)을 DATA(CSV 파일, 또는 .xlsx, .xls, .ods 통합 문서의 시트)의 모든 행과 병합해,
보내기 프로필로 행마다(또는 --group-by 그룹마다) 메시지를 한 통씩 보냅니다. 먼저 모든 행을
검사하며, 문제가 있는 행을 건너뛰도록 하지 않으면 아무것도 보내지 않습니다. 서버가 받은 행은
기록부에 남으므로, 비정상 종료나 강제 종료, Ctrl+C 뒤에 같은 명령을 다시 실행하면 남은 것만
보냅니다. 누구도 두 번 받지 않습니다.</translation>
    </message>
    <message>
        <source>send a templated message to every row of a CSV file or spreadsheet (mail merge)</source>
        <translation>CSV 파일이나 스프레드시트의 모든 행에 템플릿 메시지 보내기 (편지 병합)</translation>
    </message>
    <message>
        <source>the data file (.csv, .xlsx, .xlsm, .xls, .ods), one row per message</source>
        <translation>데이터 파일 (.csv, .xlsx, .xlsm, .xls, .ods), 메시지 하나에 한 행</translation>
    </message>
    <message>
        <source>“{item}” does not map a placeholder to a column of {file}. Write --map PLACEHOLDER=COLUMN with one of: {columns}.</source>
        <translation>“{item}”은(는) 자리 표시자를 {file}의 열에 연결하지 않습니다. --map PLACEHOLDER=COLUMN 형식으로, 다음 열 중 하나를 쓰십시오: {columns}.</translation>
    </message>
    <message>
        <source>{file} has no column “{column}” for --attachments-column. Choose one of: {columns}, or none.</source>
        <translation>{file}에는 --attachments-column에 지정한 “{column}” 열이 없습니다. 다음 중 하나를 고르거나 none을 지정하십시오: {columns}</translation>
    </message>
    <message>
        <source>Checking {file} ({encoding}, delimiter {delimiter}, {count} columns)...</source>
        <translation>{file} 검사 중 ({encoding}, 구분 문자 {delimiter}, 열 {count}개)...</translation>
    </message>
    <message>
        <source>Nothing was sent. Pass --allow-shared-copies if every row should copy them.</source>
        <translation>아무것도 보내지 않았습니다. 모든 행에 사본을 보내야 한다면 --allow-shared-copies를 지정하십시오.</translation>
    </message>
    <message>
        <source>Nothing was sent: {count} row has problems. Fix it in the data file, or pass --skip-problems to send the other rows.</source>
        <translation>아무것도 보내지 않았습니다: {count}행에 문제가 있습니다. 데이터 파일에서 고치거나, --skip-problems를 지정해 나머지 행을 보내십시오.</translation>
    </message>
    <message>
        <source>Nothing was sent: {count} rows have problems. Fix them in the data file, or pass --skip-problems to send the other rows.</source>
        <translation>아무것도 보내지 않았습니다: {count}행에 문제가 있습니다. 데이터 파일에서 고치거나, --skip-problems를 지정해 나머지 행을 보내십시오.</translation>
    </message>
    <message>
        <source>{count} message would be sent. Pass --yes to send without asking.</source>
        <translation>메시지 {count}통을 보내게 됩니다. 묻지 않고 보내려면 --yes를 지정하십시오.</translation>
    </message>
    <message>
        <source>{count} messages would be sent. Pass --yes to send without asking.</source>
        <translation>메시지 {count}통을 보내게 됩니다. 묻지 않고 보내려면 --yes를 지정하십시오.</translation>
    </message>
    <message>
        <source>Send {count} message through {server}? [y/N] </source>
        <translation>{server}(으)로 메시지 {count}통을 보낼까요? [y/N] </translation>
    </message>
    <message>
        <source>Send {count} messages through {server}? [y/N] </source>
        <translation>{server}(으)로 메시지 {count}통을 보낼까요? [y/N] </translation>
    </message>
    <message>
        <source>Send {count} message through {server} (a preview profile: nothing is delivered)? [y/N] </source>
        <translation>{server}(으)로 메시지 {count}통을 보낼까요(미리 보기 프로필이라 실제로 전달되지 않음)? [y/N] </translation>
    </message>
    <message>
        <source>Send {count} messages through {server} (a preview profile: nothing is delivered)? [y/N] </source>
        <translation>{server}(으)로 메시지 {count}통을 보낼까요(미리 보기 프로필이라 실제로 전달되지 않음)? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>row {row}: cannot build the message: {reason}</source>
        <translation>{row}행: 메시지를 만들 수 없음: {reason}</translation>
    </message>
    <message>
        <source>row {row} {recipients} attaches: {files}</source>
        <translation>{row}행 {recipients} 첨부 파일: {files}</translation>
    </message>
    <message>
        <source>Dry run: {count} message rendered and built ({size} KiB), nothing sent.</source>
        <translation>시험 실행: 메시지 {count}통을 만들었고({size} KiB) 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Dry run: {count} messages rendered and built (largest {size} KiB), nothing sent.</source>
        <translation>시험 실행: 메시지 {count}통을 만들었고(가장 큰 것 {size} KiB) 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>{count} failed rows, with the reason, are in {path}.</source>
        <translation>실패한 {count}행과 그 이유를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Stopping after the messages in flight (press Ctrl+C again to stop at once)...</source>
        <translation>보내는 중인 메시지를 마친 뒤 중지합니다(바로 중지하려면 Ctrl+C를 한 번 더 누르십시오)...</translation>
    </message>
    <message>
        <source>{count} message is in doubt: it went out whole, but the server&apos;s confirmation never came (the connection was lost or a run was stopped at that moment), so it was most likely delivered. It is not sent again on its own.</source>
        <translation>메시지 {count}통의 전달 여부가 불확실합니다. 끝까지 보냈지만 서버의 확인 응답을 받지 못했으므로(그 순간 연결이 끊겼거나 실행이 중지됨) 거의 확실히 전달되었습니다. 저절로 다시 보내지는 않습니다.</translation>
    </message>
    <message>
        <source>{count} messages are in doubt: each went out whole, but the server&apos;s confirmation never came (the connection was lost or a run was stopped at that moment), so they were most likely delivered. They are not sent again on their own.</source>
        <translation>메시지 {count}통의 전달 여부가 불확실합니다. 모두 끝까지 보냈지만 서버의 확인 응답을 받지 못했으므로(그 순간 연결이 끊겼거나 실행이 중지됨) 거의 확실히 전달되었습니다. 저절로 다시 보내지는 않습니다.</translation>
    </message>
    <message>
        <source>To record it as delivered (recommended), run the same command with --mark-unknown-sent. Only if you know it did not arrive, use --resend-unknown: its recipients may get the message twice.</source>
        <translation>전달됨으로 기록하려면(권장) 같은 명령을 --mark-unknown-sent와 함께 실행하십시오. 도착하지 않은 것이 확실할 때만 --resend-unknown을 사용하십시오. 받는 사람이 메시지를 두 번 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>To record them as delivered (recommended), run the same command with --mark-unknown-sent. Only if you know they did not arrive, use --resend-unknown: their recipients may get the message twice.</source>
        <translation>전달됨으로 기록하려면(권장) 같은 명령을 --mark-unknown-sent와 함께 실행하십시오. 도착하지 않은 것이 확실할 때만 --resend-unknown을 사용하십시오. 받는 사람이 메시지를 두 번 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>[D]elivered: record it as sent (recommended); [r]esend it (its recipients will probably get two copies); [l]eave it undecided. Your choice [D/r/l]: </source>
        <translation>[D] 전달됨: 보낸 것으로 기록(권장), [r] 다시 보내기(받는 사람이 두 번 받을 가능성이 높음), [l] 결정하지 않고 두기. 선택 [D/r/l]: </translation>
    </message>
    <message>
        <source>[D]elivered: record them as sent (recommended); [r]esend them (their recipients will probably get two copies); [l]eave them undecided. Your choice [D/r/l]: </source>
        <translation>[D] 전달됨: 보낸 것으로 기록(권장), [r] 다시 보내기(받는 사람이 두 번 받을 가능성이 높음), [l] 결정하지 않고 두기. 선택 [D/r/l]: </translation>
    </message>
    <message>
        <source>Recorded {count} message in doubt as delivered.</source>
        <translation>전달 여부가 불확실한 메시지 {count}통을 전달됨으로 기록했습니다.</translation>
    </message>
    <message>
        <source>Recorded {count} messages in doubt as delivered.</source>
        <translation>전달 여부가 불확실한 메시지 {count}통을 전달됨으로 기록했습니다.</translation>
    </message>
    <message>
        <source>{count} merge</source>
        <translation>병합 {count}개</translation>
    </message>
    <message>
        <source>{count} merges</source>
        <translation>병합 {count}개</translation>
    </message>
    <message>
        <source>{count} message sent</source>
        <translation>보낸 메시지 {count}통</translation>
    </message>
    <message>
        <source>{count} messages sent</source>
        <translation>보낸 메시지 {count}통</translation>
    </message>
    <message>
        <source>Rebuilt the record of sent mail from its journal: {merges}, {sent}, {doubt} in doubt. Nothing was sent. Run your merges again: they go on where they stopped.</source>
        <translation>저널에서 발송 기록부를 다시 만들었습니다: {merges}, {sent}, 전달 여부 불확실 {doubt}통. 아무것도 보내지 않았습니다. 병합을 다시 실행하면 멈춘 곳부터 이어서 보냅니다.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}.</source>
        <translation>손상된 파일은 {path}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>The Sent folder could not be searched for the messages in doubt: {reason}</source>
        <translation>전달이 불확실한 메시지를 찾기 위해 보낸편지함을 검색하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Found {count} message in doubt in the Sent folder on {host}: recorded as delivered; {left} still in doubt.</source>
        <translation>{host}의 보낸편지함에서 전달이 불확실한 메시지 {count}개를 찾아 전달된 것으로 기록했습니다. 아직 불확실한 메시지는 {left}개입니다.</translation>
    </message>
    <message>
        <source>Found {count} messages in doubt in the Sent folder on {host}: recorded as delivered; {left} still in doubt.</source>
        <translation>{host}의 보낸편지함에서 전달이 불확실한 메시지 {count}개를 찾아 전달된 것으로 기록했습니다. 아직 불확실한 메시지는 {left}개입니다.</translation>
    </message>
    <message>
        <source>start the merge then (local time) instead of now</source>
        <extracomment>At most this many later runs for one merge&apos;s row times (one per distinct time).</extracomment>
        <translation>지금이 아니라 그 시간(현지 시간)에 병합을 시작</translation>
    </message>
    <message>
        <source>a column with each row&apos;s own send time (empty: now)</source>
        <translation>행마다 보낼 시간을 적은 열 (비어 있으면 지금)</translation>
    </message>
    <message>
        <source>{time} is in the past.</source>
        <translation>{time}은(는) 이미 지난 시간입니다.</translation>
    </message>
    <message>
        <source>Give a later time, or leave out --at to start now.</source>
        <translation>더 늦은 시간을 지정하거나, 지금 시작하려면 --at을 빼십시오.</translation>
    </message>
    <message>
        <source>The data file has no column “{column}”.</source>
        <translation>데이터 파일에 “{column}” 열이 없습니다.</translation>
    </message>
    <message>
        <source>Its columns: {columns}.</source>
        <translation>열 목록: {columns}.</translation>
    </message>
    <message>
        <source>Row {row} (line {line}): {problem}.</source>
        <translation>{row}행({line}번째 줄): {problem}.</translation>
    </message>
    <message>
        <source>Correct the send time in the data file, or empty it.</source>
        <translation>데이터 파일의 보낼 시간을 고치거나 비우십시오.</translation>
    </message>
    <message>
        <source>The rows name {count} different send times.</source>
        <translation>행에 서로 다른 보낼 시간이 {count}개 있습니다.</translation>
    </message>
    <message>
        <source>Use at most {limit}, e.g. round them to the hour.</source>
        <translation>최대 {limit}개까지만 쓰십시오(예: 정시 단위로 맞추기).</translation>
    </message>
    <message>
        <source>Scheduled as {id}: the merge starts at {time}.</source>
        <translation>{id}(으)로 예약했습니다. 병합은 {time}에 시작합니다.</translation>
    </message>
    <message>
        <source>It runs from `composer outbox run` (a timer, or Composer while it runs); `composer outbox cancel {id}` takes it back.</source>
        <translation>`composer outbox run`(타이머, 또는 실행 중인 Composer)이 실행합니다. `composer outbox cancel {id}`로 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Rows with a later send time wait; runs are scheduled from {first}.</source>
        <translation>보낼 시간이 나중인 행은 기다립니다. {first}부터 실행이 예약되었습니다.</translation>
    </message>
    <message>
        <source>the sheet of a workbook (default: the first one)</source>
        <translation>통합 문서의 시트 (기본값: 첫 번째 시트)</translation>
    </message>
    <message>
        <source>the sheet&apos;s row with the column names (default: the first)</source>
        <translation>열 이름이 있는 시트의 행 (기본값: 첫 번째 행)</translation>
    </message>
    <message>
        <source>one message per value of COLUMN (e.g. the address): the template loops over the group with {%% for row in rows %%}, and all its rows&apos; files are attached</source>
        <translation>COLUMN 값(예: 주소)마다 메시지를 하나만 보냅니다. 템플릿에서 {%% for row in rows %%}로 묶인 행을 반복할 수 있고, 묶인 모든 행의 파일이 첨부됩니다</translation>
    </message>
    <message>
        <source>protect each row&apos;s PDF attachments (AES-256) with the password in COLUMN (for example a birth date); it is never logged or recorded</source>
        <translation>각 행의 PDF 첨부 파일을 COLUMN 열의 암호(예: 생년월일)로 보호합니다 (AES-256). 암호는 로그나 기록에 남지 않습니다</translation>
    </message>
    <message>
        <source>this is advertising: check what 정보통신망법 §50 asks of e-mail ((광고) in the subject, the sender and a contact and how to refuse in the body, an unsubscribe address, consent within two years)</source>
        <translation>광고성 메일입니다: 정보통신망법 §50이 전자우편에 요구하는 사항을 확인합니다 (제목의 (광고), 본문의 보내는 사람·연락처·수신 거부 방법, 수신 거부 주소, 2년 이내의 수신 동의)</translation>
    </message>
    <message>
        <source>with --advertising: the column of each recipient&apos;s consent date (default: a column named 수신동의일 or consent)</source>
        <translation>--advertising과 함께: 받는 사람별 수신 동의 날짜가 있는 열 (기본값: 수신동의일 또는 consent라는 이름의 열)</translation>
    </message>
    <message>
        <source>write a copy of the data with each row&apos;s status, time and Message-ID (.xlsx)</source>
        <translation>각 행의 상태, 시각, Message-ID를 덧붙인 데이터 사본을 저장합니다 (.xlsx)</translation>
    </message>
    <message>
        <source>{file} has no column “{column}” for {option}. Choose one of: {columns}.</source>
        <translation>{file}에는 {option}에 쓸 “{column}” 열이 없습니다. 다음 중에서 고르십시오: {columns}.</translation>
    </message>
    <message>
        <source>Checking {file}, sheet “{sheet}” (column names on row {row}, {count} column)...</source>
        <translation>{file}의 “{sheet}” 시트를 확인하는 중입니다 (열 이름은 {row}행, 열 {count}개)...</translation>
    </message>
    <message>
        <source>Checking {file}, sheet “{sheet}” (column names on row {row}, {count} columns)...</source>
        <translation>{file}의 “{sheet}” 시트를 확인하는 중입니다 (열 이름은 {row}행, 열 {count}개)...</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message>
        <source>the template&apos;s {header} header is not sent by merges.</source>
        <translation>템플릿의 {header} 헤더는 병합 메일에 넣어 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Grouped by “{group}”, {count} group has rows with different “{column}” (such as {example}): its message goes only to its first row&apos;s address. Group by the address column to write to each address, or make the cells the same.</source>
        <translation>“{group}” 기준으로 묶은 그룹 {count}개에 “{column}” 값이 서로 다른 행이 있습니다(예: {example}). 각 그룹의 메시지는 첫 행의 주소로만 갑니다. 주소마다 보내려면 주소 열로 묶거나, 셀 값을 같게 맞추십시오.</translation>
    </message>
    <message>
        <source>Grouped by “{group}”, {count} groups have rows with different “{column}” (such as {example}): each group&apos;s message goes only to its first row&apos;s address. Group by the address column to write to each address, or make the cells the same.</source>
        <translation>“{group}” 기준으로 묶은 그룹 {count}개에 “{column}” 값이 서로 다른 행이 있습니다(예: {example}). 각 그룹의 메시지는 첫 행의 주소로만 갑니다. 주소마다 보내려면 주소 열로 묶거나, 셀 값을 같게 맞추십시오.</translation>
    </message>
    <message>
        <source>The results could not be written to {path} ({reason}). Run the same command again with another --results path: nothing will be sent twice.</source>
        <translation>결과를 {path}에 저장하지 못했습니다 ({reason}). 다른 --results 경로로 같은 명령을 다시 실행하세요. 이미 보낸 메일은 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The result of {count} row is in {path}.</source>
        <translation>{count}개 행의 결과를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>The results of {count} rows are in {path}.</source>
        <translation>{count}개 행의 결과를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>when a daily limit stops the merge, resume it by itself the next day at this time (default: the setting, 09:00)</source>
        <translation>하루 한도로 병합이 멈추면 다음 날 이 시각에 스스로 다시 시작합니다(기본값: 설정값, 09:00)</translation>
    </message>
    <message>
        <source>Scheduled as {id}; it runs from `composer outbox run` (a timer, or Composer while it runs). `composer outbox cancel {id}` takes it back.</source>
        <translation>{id}(으)로 예약했습니다. `composer outbox run`(타이머, 또는 실행 중인 Composer)이 실행합니다. `composer outbox cancel {id}`로 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>시트 “{sheet}”</translation>
    </message>
    <message>
        <source>sheet “{sheet}” with column names on row {row}</source>
        <translation>시트 “{sheet}”(열 이름은 {row}행)</translation>
    </message>
    <message>
        <source>one message per “{column}”</source>
        <translation>“{column}”마다 메일 한 통</translation>
    </message>
    <message>
        <source>advertising (--advertising)</source>
        <translation>광고(--advertising)</translation>
    </message>
    <message>
        <source>consent dates in “{column}”</source>
        <translation>수신 동의일은 “{column}” 열</translation>
    </message>
    <message>
        <source>unsubscribe address {address}</source>
        <translation>수신 거부 주소 {address}</translation>
    </message>
    <message>
        <source>PDFs protected with the passwords in “{column}”</source>
        <translation>PDF는 “{column}” 열의 비밀번호로 보호</translation>
    </message>
    <message>
        <source>Continuing the earlier merge of this data file and message with its choices: {choices}.</source>
        <translation>이 데이터 파일과 메시지로 전에 시작한 병합을 그때의 선택대로 이어서 보냅니다: {choices}.</translation>
    </message>
</context>
<context>
    <name>CliOutbox</name>
    <message>
        <source>list, send, cancel or retry mail waiting to go out</source>
        <translation>보낼 편지함의 메일을 나열·발송·취소·재시도합니다</translation>
    </message>
    <message>
        <source>The outbox holds mail waiting to go out: sent later, retried after a failure, or waiting for the network.</source>
        <translation>보낼 편지함에는 나중에 보낼 메일, 실패 후 다시 시도할 메일, 네트워크를 기다리는 메일이 있습니다.</translation>
    </message>
    <message>
        <source>list the outbox</source>
        <translation>보낼 편지함 보기</translation>
    </message>
    <message>
        <source>include sent messages</source>
        <translation>보낸 메시지도 포함</translation>
    </message>
    <message>
        <source>send everything that is due, then exit</source>
        <translation>보낼 시간이 된 메일을 모두 보내고 끝내기</translation>
    </message>
    <message>
        <source>only start this scheduled merge, now whatever its time (the app&apos;s way of starting one; repeatable)</source>
        <translation>이 예약된 병합만 예약 시각과 관계없이 지금 시작합니다(앱이 병합을 시작하는 방법, 여러 번 지정 가능)</translation>
    </message>
    <message>
        <source>Linux: a systemd user timer that runs `composer outbox run` every few minutes</source>
        <translation>Linux: 몇 분마다 `composer outbox run`을 실행하는 systemd 사용자 타이머</translation>
    </message>
    <message>
        <source>only show the unit files</source>
        <translation>유닛 파일만 보여 주기</translation>
    </message>
    <message>
        <source>take a message out (kept as a draft)</source>
        <translation>메시지를 꺼내기 (임시 보관함에 보관)</translation>
    </message>
    <message>
        <source>send a message again now</source>
        <translation>메시지를 지금 다시 보내기</translation>
    </message>
    <message>
        <source>Correct --at and run the command again.</source>
        <translation>--at 값을 고친 뒤 명령을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>{time} is in the past.</source>
        <translation>{time}은(는) 이미 지난 시간입니다.</translation>
    </message>
    <message>
        <source>Give a later time, or leave out --at to send now.</source>
        <translation>더 늦은 시간을 지정하거나, 지금 보내려면 --at을 빼십시오.</translation>
    </message>
    <message>
        <source>Queued as {id}: it goes out at {time} through “{profile}”.</source>
        <translation>{id}(으)로 대기열에 넣었습니다. {time}에 “{profile}”(으)로 보냅니다.</translation>
    </message>
    <message>
        <source>Composer sends it while it runs, or `composer outbox run` (e.g. from a timer); `composer outbox cancel {id}` takes it back.</source>
        <translation>Composer가 실행 중이면 Composer가, 아니면 `composer outbox run`(예: 타이머)이 보냅니다. `composer outbox cancel {id}`로 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>A message sent later takes the password from the keyring: store it with `composer profiles add ... --password-stdin`.</source>
        <translation>나중에 보내는 메시지는 키링의 비밀번호를 씁니다. `composer profiles add ... --password-stdin`으로 저장하십시오.</translation>
    </message>
    <message>
        <source>{time} is in the past. Send it now? [y/N] </source>
        <translation>{time}은(는) 이미 지난 시간입니다. 지금 보낼까요? [y/N] </translation>
    </message>
    <message>
        <source>Add the profile again, or cancel the message and send it anew.</source>
        <translation>프로필을 다시 추가하거나, 메시지를 취소한 뒤 새로 보내십시오.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>보낼 편지함이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>병합 실패</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>지금 보낼 메일이 없습니다.</translation>
    </message>
    <message>
        <source>Cancelled; the message is kept in Drafts (File ▸ Drafts).</source>
        <translation>취소했습니다. 메시지는 임시 보관함(파일 ▸ 임시 보관함)에 있습니다.</translation>
    </message>
    <message>
        <source>The message is being sent right now.</source>
        <translation>메시지를 지금 보내는 중입니다.</translation>
    </message>
    <message>
        <source>The message was already sent.</source>
        <translation>메시지를 이미 보냈습니다.</translation>
    </message>
    <message>
        <source>--every takes a number of minutes from 1 to 59.</source>
        <translation>--every에는 1에서 59 사이의 분 수를 지정하십시오.</translation>
    </message>
    <message>
        <source>The timer files are written, but systemd did not start it: {problem}.</source>
        <translation>타이머 파일을 만들었지만 systemd가 타이머를 시작하지 못했습니다: {problem}.</translation>
    </message>
    <message>
        <source>Run: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now {unit}.timer</source>
        <translation>다음을 실행하십시오: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now {unit}.timer</translation>
    </message>
    <message>
        <source>Installed {files}: due mail goes out every {minutes} minutes, also while Composer is closed.</source>
        <translation>{files}을(를) 설치했습니다. Composer가 닫혀 있어도 {minutes}분마다 보낼 시간이 된 메일을 보냅니다.</translation>
    </message>
    <message>
        <source>The merge is running right now.</source>
        <translation>병합이 지금 실행 중입니다.</translation>
    </message>
    <message>
        <source>The scheduled merge is cancelled; nothing more is sent.</source>
        <translation>예약된 병합을 취소했습니다. 더 이상 보내지 않습니다.</translation>
    </message>
    <message>
        <source>No message in the outbox has the id “{id}”.</source>
        <translation>보낼 편지함에 ID가 “{id}”인 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>See the ids with: composer outbox list</source>
        <translation>ID는 composer outbox list로 확인하십시오.</translation>
    </message>
    <message>
        <source>Scheduled merge {id}: {label}</source>
        <translation>예약된 병합 {id}: {label}</translation>
    </message>
    <message>
        <source>The merge reached its daily limit.</source>
        <translation>메일 병합이 하루 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>It resumes by itself at {time}; the rows already sent are not sent again.</source>
        <translation>{time}에 스스로 다시 시작합니다. 이미 보낸 행은 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The merge stopped before every row was sent.</source>
        <translation>모든 행을 보내기 전에 병합이 멈췄습니다.</translation>
    </message>
    <message>
        <source>It runs again at {time}; the rows already sent are not sent again.</source>
        <translation>{time}에 다시 실행합니다. 이미 보낸 행은 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The scheduled merge needs you (exit status {status}).</source>
        <translation>예약된 병합에 확인이 필요합니다(종료 상태 {status}).</translation>
    </message>
    <message>
        <source>Run it yourself to see why: {command}</source>
        <translation>직접 실행해 이유를 확인하십시오: {command}</translation>
    </message>
</context>
<context>
    <name>CliPreflight</name>
    <message>
        <source>check that mail from a profile will land (SPF, DKIM, DMARC, limits)</source>
        <translation>프로필에서 보낸 메일이 제대로 도착할지 확인합니다 (SPF, DKIM, DMARC, 발송 한도)</translation>
    </message>
    <message>
        <source>Check the From domain&apos;s SPF, DMARC, MX and DKIM against the profile&apos;s server, a free-mail From sent through another server, and the provider&apos;s daily limit against a merge.</source>
        <translation>보낸 사람 도메인의 SPF, DMARC, MX, DKIM을 프로필의 서버와 대조하고, 다른 서버를 거쳐 보내는 무료 메일 주소와 편지 병합에 대한 서비스의 하루 발송 한도를 확인합니다.</translation>
    </message>
    <message>
        <source>sending profile (default: the active one)</source>
        <translation>보내기 프로필 (기본값: 사용 중인 프로필)</translation>
    </message>
    <message>
        <source>also check a merge: its data file and template</source>
        <translation>편지 병합도 확인합니다: 데이터 파일과 템플릿</translation>
    </message>
    <message>
        <source>a DKIM selector your provider gave (repeatable)</source>
        <translation>메일 서비스에서 알려 준 DKIM 선택자 (여러 번 지정 가능)</translation>
    </message>
    <message>
        <source>ask this DNS server (default: the system&apos;s)</source>
        <translation>이 DNS 서버에 묻습니다 (기본값: 시스템 설정)</translation>
    </message>
    <message>
        <source>“{server}” is not the address of a DNS server.</source>
        <translation>“{server}”은(는) DNS 서버 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Give its IP address, with a port if needed: 192.0.2.53 or 127.0.0.1:5353.</source>
        <translation>DNS 서버의 IP 주소를 지정하십시오. 필요하면 포트도 함께 적습니다: 192.0.2.53 또는 127.0.0.1:5353.</translation>
    </message>
    <message>
        <source>“{profile}” is a preview profile: what it sends never leaves this computer, so there is no server or domain to check.</source>
        <translation>“{profile}”은(는) 미리 보기 프로필입니다. 이 프로필로 보낸 메일은 이 컴퓨터 밖으로 나가지 않으므로 점검할 서버나 도메인이 없습니다.</translation>
    </message>
    <message>
        <source>Name the profile of your mail account with --profile.</source>
        <translation>--profile로 메일 계정의 프로필을 지정하십시오.</translation>
    </message>
    <message>
        <source>Preflight of “{profile}” ({address} through {host}):</source>
        <translation>“{profile}” 사전 점검 ({host}을(를) 통해 {address}에서 보냄):</translation>
    </message>
    <message>
        <source>send a row of --merge to the profile&apos;s own address and read back how the receiving server judged it (SPF, DKIM, DMARC; needs the profile&apos;s IMAP server)</source>
        <translation>--merge의 한 행을 프로필 자신의 주소로 보내고, 받는 서버가 어떻게 판정했는지 다시 읽어 옵니다 (SPF, DKIM, DMARC; 프로필의 IMAP 서버 필요)</translation>
    </message>
    <message>
        <source>with --test-to-self: the row to send (default: 1)</source>
        <translation>--test-to-self와 함께: 보낼 행 (기본값: 1)</translation>
    </message>
    <message>
        <source>with --test-to-self: how long to look for the test in the inbox (default: 120)</source>
        <translation>--test-to-self와 함께: 받은편지함에서 시험 메일을 찾을 시간(초) (기본값: 120)</translation>
    </message>
    <message>
        <source>--test-to-self needs the merge to take the test from.</source>
        <translation>--test-to-self에는 시험 메일을 만들 병합이 필요합니다.</translation>
    </message>
    <message>
        <source>Give it with --merge DATA TEMPLATE.</source>
        <translation>--merge DATA TEMPLATE으로 지정하십시오.</translation>
    </message>
    <message>
        <source>--row counts from 1.</source>
        <translation>--row는 1부터 셉니다.</translation>
    </message>
    <message>
        <source>The profile “{profile}” has no address of its own.</source>
        <translation>“{profile}” 프로필에 자신의 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Add one with composer profiles add … --from-address.</source>
        <translation>composer profiles add … --from-address로 추가하십시오.</translation>
    </message>
    <message>
        <source>The data file has no row {row}.</source>
        <translation>데이터 파일에 {row}행이 없습니다.</translation>
    </message>
    <message>
        <source>Sending row {row} to {address} through {host}…</source>
        <translation>{row}행을 {host} 서버를 통해 {address}(으)로 보내는 중…</translation>
    </message>
    <message>
        <source>Row {row} cannot be rendered: {error}</source>
        <translation>{row}행을 만들 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>an SMTP server (--host, --port, --security, --username, ...)</source>
        <translation>SMTP 서버 (--host, --port, --security, --username, ...)</translation>
    </message>
    <message>
        <source>print messages to the terminal (preview: not sent)</source>
        <translation>메시지를 터미널에 출력 (미리 보기: 보내지 않음)</translation>
    </message>
    <message>
        <source>save messages as files in --folder (preview: not sent)</source>
        <translation>메시지를 --folder에 파일로 저장 (미리 보기: 보내지 않음)</translation>
    </message>
    <message>
        <source>discard messages (preview: not sent)</source>
        <translation>메시지를 버림 (미리 보기: 보내지 않음)</translation>
    </message>
    <message>
        <source>a composer.mail backend class named by --class</source>
        <translation>--class로 지정한 composer.mail 백엔드 클래스</translation>
    </message>
    <message>
        <source>backends:</source>
        <translation>백엔드:</translation>
    </message>
    <message>
        <source>example:</source>
        <translation>예:</translation>
    </message>
    <message>
        <source>list, add, switch, remove and test sending profiles</source>
        <translation>보내기 프로필 나열, 추가, 전환, 삭제, 시험</translation>
    </message>
    <message>
        <source>Manage sending profiles (the same ones Preferences shows).</source>
        <translation>보내기 프로필을 관리합니다(환경 설정에 보이는 것과 같은 프로필).</translation>
    </message>
    <message>
        <source>list the profiles; * marks the active one</source>
        <translation>프로필 나열, 사용 중인 프로필은 * 표시</translation>
    </message>
    <message>
        <source>add a profile</source>
        <translation>프로필 추가</translation>
    </message>
    <message>
        <source>Add a sending profile.</source>
        <translation>보내기 프로필을 추가합니다.</translation>
    </message>
    <message>
        <source>the profile&apos;s name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>default: smtp</source>
        <translation>기본값: smtp</translation>
    </message>
    <message>
        <source>the SMTP server&apos;s host name</source>
        <translation>SMTP 서버의 호스트 이름</translation>
    </message>
    <message>
        <source>encryption (default: starttls)</source>
        <translation>암호화 (기본값: starttls)</translation>
    </message>
    <message>
        <source>default: the usual port (25, 587 for starttls, 465 for ssl)</source>
        <translation>기본값: 일반적인 포트 (25, starttls는 587, ssl은 465)</translation>
    </message>
    <message>
        <source>login name; omit if no login is needed</source>
        <translation>로그인 이름, 로그인이 필요 없으면 생략</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input into the keyring</source>
        <translation>표준 입력의 첫 줄에서 비밀번호를 읽어 키링에 저장</translation>
    </message>
    <message>
        <source>never store the password; Composer asks for it when sending</source>
        <translation>비밀번호를 저장하지 않고, 보낼 때 Composer가 물어봄</translation>
    </message>
    <message>
        <source>seconds (default: 30)</source>
        <translation>초 (기본값: 30)</translation>
    </message>
    <message>
        <source>a private CA certificate file (PEM)</source>
        <translation>사설 CA 인증서 파일 (PEM)</translation>
    </message>
    <message>
        <source>a client certificate file (PEM)</source>
        <translation>클라이언트 인증서 파일 (PEM)</translation>
    </message>
    <message>
        <source>the client certificate&apos;s key file (PEM)</source>
        <translation>클라이언트 인증서의 키 파일 (PEM)</translation>
    </message>
    <message>
        <source>allow logging in without encryption (not recommended)</source>
        <translation>암호화 없이 로그인 허용 (권장하지 않음)</translation>
    </message>
    <message>
        <source>other backends</source>
        <translation>다른 백엔드</translation>
    </message>
    <message>
        <source>filebased: where to save messages</source>
        <translation>filebased: 메시지를 저장할 위치</translation>
    </message>
    <message>
        <source>custom: dotted path</source>
        <translation>custom: 점 표기 경로</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>보낸 사람 정보</translation>
    </message>
    <message>
        <source>the From name</source>
        <translation>보낸 사람 이름</translation>
    </message>
    <message>
        <source>the From address</source>
        <translation>보낸 사람 주소</translation>
    </message>
    <message>
        <source>the default Reply-To</source>
        <translation>기본 회신 주소</translation>
    </message>
    <message>
        <source>make it the active profile</source>
        <translation>사용 중인 프로필로 지정</translation>
    </message>
    <message>
        <source>keep messages in the preview mailbox (preview: not sent)</source>
        <translation>메시지를 미리보기함에 보관 (미리 보기: 보내지 않음)</translation>
    </message>
    <message>
        <source>make a profile the active one</source>
        <translation>프로필을 사용 중인 프로필로 지정</translation>
    </message>
    <message>
        <source>remove a profile (and its stored password)</source>
        <translation>프로필 삭제 (저장된 비밀번호 포함)</translation>
    </message>
    <message>
        <source>test a profile&apos;s SMTP connection: connect, TLS, login, quit</source>
        <translation>프로필의 SMTP 연결 시험: 연결, TLS, 로그인, 종료</translation>
    </message>
    <message>
        <source>test with the password on standard input instead of the stored one</source>
        <translation>저장된 비밀번호 대신 표준 입력의 비밀번호로 시험</translation>
    </message>
    <message>
        <source>not a port number (1-65535): {text!r}</source>
        <translation>포트 번호(1-65535)가 아닙니다: {text!r}</translation>
    </message>
    <message>
        <source>Here: add the profile with --ask-password.</source>
        <translation>지금은 --ask-password를 지정해 프로필을 추가하십시오.</translation>
    </message>
    <message>
        <source>cannot use the profiles file: {problem}</source>
        <translation>프로필 파일을 사용할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Fix it in a text editor, or move it aside; a last good copy may be at {path}.</source>
        <translation>텍스트 편집기로 고치거나 다른 곳으로 옮기십시오. 마지막 정상 사본이 {path}에 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>경고: {problem}</translation>
    </message>
    <message>
        <source>warning: showing {path} instead</source>
        <translation>경고: 대신 {path}의 내용을 표시합니다</translation>
    </message>
    <message>
        <source>warning: showing the defaults instead</source>
        <translation>경고: 대신 기본 프로필을 표시합니다</translation>
    </message>
    <message>
        <source>(preview: not sent)</source>
        <translation>(미리 보기: 보내지 않음)</translation>
    </message>
    <message>
        <source>the profile {name!r} was not added.</source>
        <translation>{name!r} 프로필을 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>--password-stdin needs --username (and the smtp backend).</source>
        <translation>--password-stdin에는 --username(과 smtp 백엔드)이 필요합니다.</translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation>표준 입력에 비밀번호가 없습니다.</translation>
    </message>
    <message>
        <source>--ask-password and --password-stdin exclude each other.</source>
        <translation>--ask-password와 --password-stdin은 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Added {name!r}: {summary}.</source>
        <translation>{name!r} 프로필을 추가했습니다: {summary}.</translation>
    </message>
    <message>
        <source>This profile is a preview: mail sent with it is not delivered.</source>
        <translation>미리 보기 프로필입니다. 이 프로필로 보낸 메일은 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>No password stored yet: run again with --password-stdin, or set it in Preferences.</source>
        <translation>아직 저장된 비밀번호가 없습니다. --password-stdin을 지정해 다시 실행하거나 환경 설정에서 입력하십시오.</translation>
    </message>
    <message>
        <source>To sign in: {command}</source>
        <translation>로그인하려면: {command}</translation>
    </message>
    <message>
        <source>{name!r} is the active profile.</source>
        <translation>{name!r} 프로필을 사용 중입니다.</translation>
    </message>
    <message>
        <source>To send with it: {command}</source>
        <translation>이 프로필로 보내려면: {command}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Known profiles: {names}.</source>
        <translation>있는 프로필: {names}.</translation>
    </message>
    <message>
        <source>Now sending with {name!r}: {summary}.</source>
        <translation>이제 {name!r} 프로필로 보냅니다: {summary}.</translation>
    </message>
    <message>
        <source>Now sending with {name!r}: {summary} (preview: mail is not sent).</source>
        <translation>이제 {name!r} 프로필로 보냅니다: {summary} (미리 보기: 메일을 보내지 않음).</translation>
    </message>
    <message>
        <source>warning: the stored password was not removed: {reason}</source>
        <translation>경고: 저장된 비밀번호를 지우지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Removed {name!r}.</source>
        <translation>{name!r} 프로필을 삭제했습니다.</translation>
    </message>
    <message>
        <source>{name!r} does not connect to a server: {summary}.</source>
        <translation>{name!r} 프로필은 서버에 연결하지 않습니다: {summary}.</translation>
    </message>
    <message>
        <source>Testing {name!r}: {host} port {port}, {security}</source>
        <translation>{name!r} 시험 중: {host} 포트 {port}, {security}</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>연결에 문제가 없습니다.</translation>
    </message>
    <message>
        <source>the account&apos;s email address (the From address)</source>
        <translation>계정의 이메일 주소(보내는 사람 주소)</translation>
    </message>
    <message>
        <source>find the servers from --email: Composer&apos;s list of providers, the domain&apos;s autoconfig, DNS SRV and MX records, then a checked guess</source>
        <translation>--email 주소로 서버를 찾습니다: Composer의 메일 서비스 목록, 도메인의 autoconfig, DNS SRV 및 MX 레코드, 마지막으로 접속해 확인한 추측 순입니다</translation>
    </message>
    <message>
        <source>take the servers from Composer&apos;s list of providers</source>
        <translation>Composer의 메일 서비스 목록에서 서버 설정을 가져옵니다</translation>
    </message>
    <message>
        <source>accept servers of another domain that detection found, without asking</source>
        <translation>자동 찾기에서 나온 다른 도메인의 서버를 묻지 않고 사용합니다</translation>
    </message>
    <message>
        <source>how the account signs in (default: password)</source>
        <translation>계정 로그인 방식(기본값: password)</translation>
    </message>
    <message>
        <source>whose OAuth 2.0 sign-in</source>
        <translation>어느 서비스의 OAuth 2.0 로그인을 사용할지</translation>
    </message>
    <message>
        <source>the OAuth client ID</source>
        <translation>OAuth 클라이언트 ID</translation>
    </message>
    <message>
        <source>the OAuth client secret (Google desktop clients)</source>
        <translation>OAuth 클라이언트 시크릿(Google 데스크톱 클라이언트)</translation>
    </message>
    <message>
        <source>Microsoft: common, organizations, consumers or a tenant</source>
        <translation>Microsoft: common, organizations, consumers 또는 테넌트</translation>
    </message>
    <message>
        <source>custom: the authorization URL</source>
        <translation>custom: 인증(authorization) URL</translation>
    </message>
    <message>
        <source>custom: the token URL</source>
        <translation>custom: 토큰 URL</translation>
    </message>
    <message>
        <source>a scope to ask for (repeat for several)</source>
        <translation>요청할 범위(scope)(여러 개면 반복해서 지정)</translation>
    </message>
    <message>
        <source>the IMAP server (for the copy in Sent)</source>
        <translation>IMAP 서버(보낸편지함 사본용)</translation>
    </message>
    <message>
        <source>default: 993 for ssl, 143 otherwise</source>
        <translation>기본값: ssl이면 993, 그 밖에는 143</translation>
    </message>
    <message>
        <source>IMAP encryption (default: ssl)</source>
        <translation>IMAP 암호화(기본값: ssl)</translation>
    </message>
    <message>
        <source>the IMAP user name, when it is not the SMTP one (its password then has its own keyring entry: --imap-password-stdin)</source>
        <translation>SMTP와 다른 IMAP 사용자 이름(그 비밀번호는 키링에 따로 저장됩니다: --imap-password-stdin)</translation>
    </message>
    <message>
        <source>read the IMAP password (of --imap-username) from the next line of standard input into the keyring</source>
        <translation>표준 입력의 다음 줄에서 (--imap-username의) IMAP 비밀번호를 읽어 키링에 저장</translation>
    </message>
    <message>
        <source>do not put a copy of sent mail into the server&apos;s Sent folder</source>
        <translation>보낸 메일의 사본을 서버의 보낸편지함에 넣지 않습니다</translation>
    </message>
    <message>
        <source>account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>The settings found for this address point to a server of another domain: {hosts} (from {where}).</source>
        <translation>이 주소에 대해 찾은 설정이 다른 도메인의 서버를 가리킵니다: {hosts} (출처: {where}).</translation>
    </message>
    <message>
        <source>Send your password there? [y/N] </source>
        <translation>그 서버로 비밀번호를 보낼까요? [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Check with your provider that this server is theirs, then run again with --trust, or give the server with --host.</source>
        <translation>이 서버가 사용하시는 메일 서비스의 것인지 확인한 뒤 --trust를 붙여 다시 실행하거나, --host로 서버를 직접 지정하십시오.</translation>
    </message>
    <message>
        <source>Looking for the mail servers of {address}:</source>
        <translation>{address}의 메일 서버를 찾는 중:</translation>
    </message>
    <message>
        <source>Nothing found; using --host.</source>
        <translation>찾지 못했습니다. --host를 사용합니다.</translation>
    </message>
    <message>
        <source>Found {host} port {port} ({security}) in {source}: {where}</source>
        <translation>{source}에서 {host} 포트 {port}({security})를 찾았습니다: {where}</translation>
    </message>
    <message>
        <source>IMAP: {host} port {port} ({security})</source>
        <translation>IMAP: {host} 포트 {port}({security})</translation>
    </message>
    <message>
        <source>--detect needs --email ADDRESS.</source>
        <translation>--detect에는 --email 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>--imap-host: {host!r} is not a valid host name.</source>
        <translation>--imap-host: {host!r}은(는) 올바른 호스트 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>A custom OAuth provider needs {flag} (an https:// URL).</source>
        <translation>직접 지정하는 OAuth 서비스에는 {flag}(https:// URL)가 필요합니다.</translation>
    </message>
    <message>
        <source>--imap-password-stdin needs --imap-host and an --imap-username other than the SMTP one (with the same user name, IMAP signs in with the SMTP password).</source>
        <translation>--imap-password-stdin에는 --imap-host와 SMTP와 다른 --imap-username이 필요합니다(사용자 이름이 같으면 IMAP은 SMTP 비밀번호로 로그인합니다).</translation>
    </message>
    <message>
        <source>no IMAP password on standard input.</source>
        <translation>표준 입력에 IMAP 비밀번호가 없습니다.</translation>
    </message>
</context>
<context>
    <name>CliPrompt</name>
    <message>
        <source>Cancelled at the password prompt; nothing was done.</source>
        <translation>비밀번호 입력을 취소했습니다. 아무 작업도 하지 않았습니다.</translation>
    </message>
    <message>
        <source>No password was typed; nothing was done.</source>
        <translation>비밀번호를 입력하지 않았습니다. 아무 작업도 하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CliSend</name>
    <message>
        <source>addresses: repeat an option or separate addresses with commas; &quot;Name &lt;addr&gt;&quot; is fine.</source>
        <translation>주소: 옵션을 여러 번 쓰거나 주소를 쉼표로 구분합니다. &quot;이름 &lt;주소&gt;&quot; 형식도 됩니다.</translation>
    </message>
    <message>
        <source>exit status: 0 sent, 1 failed, 2 bad input, 3 sent but some recipients were refused, 4 in doubt (most likely delivered: do not send it again).</source>
        <translation>종료 상태: 0 보냄, 1 실패, 2 잘못된 입력, 3 보냈지만 일부 받는 사람이 거부됨, 4 확인 안 됨(거의 확실히 전달되었으니 다시 보내지 마십시오).</translation>
    </message>
    <message>
        <source>with --at: 0 queued, 1 it could not be written (a full disk), 2 a time that is not one or has passed.</source>
        <translation>--at 사용 시: 0 보낼 편지함에 넣음, 1 기록하지 못함(디스크 가득 참), 2 올바르지 않거나 이미 지난 시간.</translation>
    </message>
    <message>
        <source>example:</source>
        <translation>예:</translation>
    </message>
    <message>
        <source>send one message through a sending profile</source>
        <translation>보내기 프로필로 메시지 한 통 보내기</translation>
    </message>
    <message>
        <source>Send one message (the same way the compose window does).</source>
        <translation>메시지 한 통을 보냅니다(편지 쓰기 창과 같은 방식).</translation>
    </message>
    <message>
        <source>default: the profile&apos;s identity</source>
        <translation>기본값: 프로필의 보낸 사람 정보</translation>
    </message>
    <message>
        <source>the text of the message</source>
        <translation>메시지 본문</translation>
    </message>
    <message>
        <source>read the text from FILE</source>
        <translation>FILE에서 본문 읽기</translation>
    </message>
    <message>
        <source>also send this HTML as the formatted version</source>
        <translation>이 HTML을 서식 있는 버전으로 함께 보내기</translation>
    </message>
    <message>
        <source>default: the active profile</source>
        <translation>기본값: 사용 중인 프로필</translation>
    </message>
    <message>
        <source>queue it in the outbox to go out then (local time) instead</source>
        <translation>지금 보내지 않고 보낼 편지함에 넣어 그 시간(현지 시간)에 보내기</translation>
    </message>
    <message>
        <source>From: give one address, not {count}.</source>
        <translation>From: 주소는 하나만 입력하십시오({count}개를 입력함).</translation>
    </message>
    <message>
        <source>Some addresses are not valid: {problems}.</source>
        <translation>올바르지 않은 주소가 있습니다: {problems}.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>메시지에 받는 사람이 없습니다.</translation>
    </message>
    <message>
        <source>The subject contains a line break; a subject is one line of text.</source>
        <translation>제목에 줄바꿈이 있습니다. 제목은 한 줄이어야 합니다.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>{file}을(를) 읽지 못했습니다({reason}).</translation>
    </message>
    <message>
        <source>The preview mailbox is shown only in the Composer window; to see messages here, use a “Print to terminal” profile (composer profiles add NAME --backend console) or send with --profile.</source>
        <translation>미리보기함은 Composer 창에서만 볼 수 있습니다. 여기에서 메시지를 보려면 “터미널에 출력” 프로필(composer profiles add NAME --backend console)을 쓰거나 --profile로 다른 프로필을 지정하십시오.</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>경고: {problem}</translation>
    </message>
    <message>
        <source>There is no sending profile.</source>
        <translation>보내기 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Profiles: {names}.</source>
        <translation>프로필: {names}.</translation>
    </message>
    <message>
        <source>Correct the command line and run it again.</source>
        <translation>명령줄을 고친 뒤 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Add one with `composer profiles add`, or name another with --profile.</source>
        <translation>`composer profiles add`로 추가하거나 --profile로 다른 프로필을 지정하십시오.</translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation>보내는 사람 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Give one with --from, or add one to the profile “{profile}” (composer profiles add … --from-address).</source>
        <translation>--from으로 지정하거나, “{profile}” 프로필에 주소를 추가하세요(composer profiles add … --from-address).</translation>
    </message>
    <message>
        <source>The profile “{profile}” needs the password for {account}.</source>
        <translation>“{profile}” 프로필에 {account}의 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>Store it with `composer profiles add ... --password-stdin`, or run this in a terminal to be asked.</source>
        <translation>`composer profiles add ... --password-stdin`으로 저장하거나, 터미널에서 실행해 입력하십시오.</translation>
    </message>
    <message>
        <source>Password for {account}: </source>
        <translation>{account}의 비밀번호: </translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>메시지를 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>refused {address}: {reply}</source>
        <translation>거부됨 {address}: {reply}</translation>
    </message>
</context>
<context>
    <name>CliSignin</name>
    <message>
        <source>sign a profile in with its provider (OAuth 2.0)</source>
        <translation>프로필을 메일 서비스 계정으로 로그인합니다(OAuth 2.0)</translation>
    </message>
    <message>
        <source>Sign in with Microsoft, Google or another OAuth 2.0 provider in the browser; the sign-in is kept in the keyring.</source>
        <translation>브라우저에서 Microsoft, Google 또는 다른 OAuth 2.0 제공업체로 로그인합니다. 로그인 정보는 키링에 보관됩니다.</translation>
    </message>
    <message>
        <source>the profile&apos;s name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>do not open a browser; open the printed address yourself</source>
        <translation>브라우저를 열지 않습니다. 출력된 주소를 직접 여십시오</translation>
    </message>
    <message>
        <source>seconds to wait for the browser (default: 300)</source>
        <translation>브라우저를 기다리는 시간(초, 기본값: 300)</translation>
    </message>
    <message>
        <source>cannot use the profiles file: {problem}</source>
        <translation>프로필 파일을 사용할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>The profile “{name}” does not sign in with a provider (OAuth).</source>
        <translation>“{name}” 프로필은 메일 서비스 계정 로그인(OAuth)을 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>Add it with `composer profiles add {name} --auth oauth2 ...`, or choose “Sign in with the provider” in Preferences.</source>
        <translation>`composer profiles add {name} --auth oauth2 ...`로 추가하거나, 환경 설정에서 “메일 서비스로 로그인”을 선택하십시오.</translation>
    </message>
    <message>
        <source>Sign in in your browser at this address (it was opened if a browser could be):</source>
        <translation>브라우저에서 이 주소로 로그인하십시오(브라우저를 열 수 있으면 이미 열었습니다):</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer:</source>
        <translation>이 컴퓨터의 브라우저에서 이 주소를 여십시오:</translation>
    </message>
    <message>
        <source>Signed in as {account}; “{name}” sends with this sign-in.</source>
        <translation>{account}(으)로 로그인했습니다. 이제 “{name}” 프로필은 이 로그인으로 보냅니다.</translation>
    </message>
    <message>
        <source>an unnamed account</source>
        <translation>이름 없는 계정</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <source>{path} is not a file</source>
        <translation>{path}은(는) 파일이 아닙니다</translation>
    </message>
    <message>
        <source>its parts are nested too deeply to be read</source>
        <extracomment>The spelling dictionary chosen for this message (&quot;&quot;: automatic); kept in drafts only.</extracomment>
        <translation>구성 요소가 너무 깊게 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>it is not a message Composer can read ({error}: {reason})</source>
        <translation>Composer가 읽을 수 있는 메시지가 아닙니다({error}: {reason})</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Some addresses are not valid: {problems}.</source>
        <translation>올바르지 않은 주소가 있습니다: {problems}.</translation>
    </message>
    <message>
        <source>Correct the highlighted entries, then send again.</source>
        <translation>표시된 항목을 고친 뒤 다시 보내십시오.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>받는 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Add at least one address in To, Cc or Bcc.</source>
        <translation>받는 사람, 참조, 숨은 참조 중 한 곳에 주소를 하나 이상 입력하십시오.</translation>
    </message>
    <message>
        <source>There is no sending profile.</source>
        <translation>보내기 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Add one in Tools ▸ Preferences.</source>
        <translation>도구 ▸ 환경 설정에서 추가하십시오.</translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation>보내는 사람 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Type your address in From, or add one to the profile “{profile}” in Tools ▸ Preferences.</source>
        <translation>보내는 사람 칸에 주소를 입력하거나, 도구 ▸ 환경 설정에서 “{profile}” 프로필에 주소를 추가하세요.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Encrypt (SSL/TLS)</source>
        <translation>암호화 (SSL/TLS)</translation>
    </message>
    <message>
        <source>Greet the server (EHLO)</source>
        <translation>서버와 인사 (EHLO)</translation>
    </message>
    <message>
        <source>Encrypt (STARTTLS)</source>
        <translation>암호화 (STARTTLS)</translation>
    </message>
    <message>
        <source>Log in (AUTH)</source>
        <translation>로그인 (AUTH)</translation>
    </message>
    <message>
        <source>Say goodbye (QUIT)</source>
        <translation>연결 종료 (QUIT)</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>주체: {subject}</translation>
    </message>
    <message>
        <source>Issuer: {issuer}</source>
        <translation>발급자: {issuer}</translation>
    </message>
    <message>
        <source>Valid for: {names}</source>
        <translation>유효한 이름: {names}</translation>
    </message>
    <message>
        <source>Valid from {start} to {end}</source>
        <translation>유효 기간: {start} ~ {end}</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: {fingerprint}</source>
        <translation>SHA-256 지문: {fingerprint}</translation>
    </message>
    <message>
        <source>Connecting to {host}:{port}…</source>
        <extracomment>The steps, in order, and what users see for each. The account&apos;s IMAP server, tested after the SMTP one (None: the profile has none).</extracomment>
        <translation>{host}:{port}에 연결하는 중…</translation>
    </message>
    <message>
        <source>Connected to {host} ({address}) port {port}.</source>
        <translation>{host}({address})의 {port}번 포트에 연결했습니다.</translation>
    </message>
    <message>
        <source>TLS handshake…</source>
        <translation>TLS 핸드셰이크 중…</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting…</source>
        <translation>서버의 인사를 기다리는 중…</translation>
    </message>
    <message>
        <source>Asking the server to start TLS…</source>
        <translation>서버에 TLS 시작을 요청하는 중…</translation>
    </message>
    <message>
        <source>Logging in as {user}…</source>
        <translation>{user}(으)로 로그인하는 중…</translation>
    </message>
    <message>
        <source>Logged in as {user}.</source>
        <translation>{user}(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <source>No user name: mail will be sent without logging in.</source>
        <translation>사용자 이름이 없어 로그인하지 않고 메일을 보냅니다.</translation>
    </message>
    <message>
        <source>The server said goodbye. Everything works.</source>
        <translation>서버가 연결을 정상 종료했습니다. 모두 제대로 작동합니다.</translation>
    </message>
    <message>
        <source>The server said goodbye.</source>
        <translation>서버가 연결을 정상적으로 종료했습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>unknown cipher</source>
        <translation>알 수 없는 암호</translation>
    </message>
    <message>
        <source>Encrypted with {protocol} ({cipher}); the certificate is trusted.</source>
        <translation>{protocol}({cipher})(으)로 암호화했습니다. 인증서를 신뢰할 수 있습니다.</translation>
    </message>
    <message>
        <source>The server answered (no ESMTP extensions).</source>
        <translation>서버가 응답했습니다(ESMTP 확장 없음).</translation>
    </message>
    <message>
        <source>The server offers: no extensions.</source>
        <translation>서버가 제공하는 기능: 확장 없음.</translation>
    </message>
    <message>
        <source>The server offers: {extensions}.</source>
        <translation>서버가 제공하는 기능: {extensions}.</translation>
    </message>
    <message>
        <source>No password is set for {user}.</source>
        <translation>{user}의 비밀번호가 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Enter the password, or leave the user name empty if the server needs no login.</source>
        <translation>비밀번호를 입력하거나, 서버에 로그인이 필요 없다면 사용자 이름을 비워 두십시오.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>{file} 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Choose the certificate, key and CA files again.</source>
        <translation>인증서, 키, CA 파일을 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>The file {file} could not be read ({reason}).</source>
        <translation>{file} 파일을 읽지 못했습니다({reason}).</translation>
    </message>
    <message>
        <source>The client certificate, key or CA file could not be loaded ({reason}).</source>
        <translation>클라이언트 인증서, 키 또는 CA 파일을 불러오지 못했습니다({reason}).</translation>
    </message>
    <message>
        <source>Check that the files are PEM certificates and the matching private key.</source>
        <translation>PEM 형식의 인증서와 그에 맞는 개인 키 파일인지 확인하십시오.</translation>
    </message>
    <message>
        <source>Log in to the IMAP server</source>
        <translation>IMAP 서버에 로그인</translation>
    </message>
    <message>
        <source>Find the Sent folder (IMAP)</source>
        <translation>보낸편지함 찾기(IMAP)</translation>
    </message>
    <message>
        <source>Logging in to {where} as {user}…</source>
        <translation>{user}(으)로 {where}에 로그인하는 중…</translation>
    </message>
    <message>
        <source>Logged in to {host} as {user}.</source>
        <translation>{user}(으)로 {host}에 로그인했습니다.</translation>
    </message>
    <message>
        <source>Listing the folders…</source>
        <translation>폴더 목록을 불러오는 중…</translation>
    </message>
    <message>
        <source>Sent mail is in “{folder}”; this provider files what you send there itself, so Composer adds no copy.</source>
        <translation>보낸 메일은 “{folder}”에 있습니다. 이 제공업체는 보낸 메일을 직접 보관하므로 Composer는 사본을 추가하지 않습니다.</translation>
    </message>
    <message>
        <source>Copies of sent mail will go to “{folder}” (the server&apos;s Sent folder).</source>
        <translation>보낸 메일의 사본은 “{folder}”(서버가 지정한 보낸편지함)에 저장됩니다.</translation>
    </message>
    <message>
        <source>Copies of sent mail will go to “{folder}” (found by its name).</source>
        <translation>보낸 메일의 사본은 “{folder}”(이름으로 찾은 폴더)에 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>{name} (group, {count} member)</source>
        <translation>{name} (그룹, {count}명)</translation>
    </message>
    <message>
        <source>{name} (group, {count} members)</source>
        <translation>{name} (그룹, {count}명)</translation>
    </message>
    <message>
        <source>{group} → Bcc</source>
        <translation>{group} → 숨은 참조</translation>
    </message>
    <message>
        <source>{file} has no column of names or e-mail addresses.</source>
        <translation>{file}에 이름이나 이메일 주소 열이 없습니다.</translation>
    </message>
    <message>
        <source>Export the contacts again as CSV for Google or Outlook, or as vCard (.vcf).</source>
        <translation>연락처를 Google 또는 Outlook용 CSV나 vCard(.vcf)로 다시 내보내세요.</translation>
    </message>
    <message>
        <source>{file} is not a vCard file Composer can read.</source>
        <translation>{file}은(는) Composer가 읽을 수 있는 vCard 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Export the contacts again as vCard (.vcf), or as CSV.</source>
        <translation>연락처를 vCard(.vcf)나 CSV로 다시 내보내세요.</translation>
    </message>
    <message>
        <source>{file} holds no contacts.</source>
        <translation>{file}에 연락처가 없습니다.</translation>
    </message>
    <message>
        <source>Choose a vCard (.vcf) file exported from an address book.</source>
        <translation>주소록에서 내보낸 vCard(.vcf) 파일을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Log in to macOS normally so the Keychain is available, then try again.</source>
        <translation>키체인을 쓸 수 있도록 macOS에 평소처럼 로그인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Make sure the Windows Credential Manager service is running, then try again.</source>
        <translation>Windows 자격 증명 관리자 서비스가 실행 중인지 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Install and start a Secret Service such as GNOME Keyring (package gnome-keyring) or KWallet in your desktop session, or choose “Ask for the password when sending”.</source>
        <translation>데스크톱 세션에 GNOME 키링(gnome-keyring 패키지)이나 KWallet 같은 Secret Service를 설치해 실행하거나, “보낼 때 비밀번호 묻기”를 선택하십시오.</translation>
    </message>
    <message>
        <source>No keyring is running to keep your password safe: no Secret Service (GNOME Keyring, KWallet), macOS Keychain or Windows Credential Manager was found.</source>
        <translation>비밀번호를 안전하게 보관할 키링이 실행되고 있지 않습니다. Secret Service(GNOME 키링, KWallet), macOS 키체인, Windows 자격 증명 관리자를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Passwords are kept in {keyring}.</source>
        <extracomment>One sentence for Preferences: where passwords go, or why they cannot be kept. What to do when the backend cannot be used (&quot;&quot; when it can).</extracomment>
        <translation>비밀번호는 {keyring}에 보관합니다.</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>키링 없음</translation>
    </message>
    <message>
        <source>the Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service(GNOME 키링, KWallet)</translation>
    </message>
    <message>
        <source>the Secret Service (libsecret)</source>
        <translation>libsecret 기반 Secret Service</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS 키체인</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>Windows 자격 증명 관리자</translation>
    </message>
    <message>
        <source>The active keyring backend (keyring&apos;s “null” backend) throws passwords away.</source>
        <translation>현재 키링 백엔드(keyring의 “null” 백엔드)는 비밀번호를 버립니다.</translation>
    </message>
    <message>
        <source>Remove the PYTHON_KEYRING_BACKEND setting or the keyringrc.cfg that selects it.</source>
        <translation>이 백엔드를 지정한 PYTHON_KEYRING_BACKEND 설정이나 keyringrc.cfg를 지우십시오.</translation>
    </message>
    <message>
        <source>The active keyring backend (keyrings.alt&apos;s plain-text file) would store your password unencrypted on disk, so Composer will not use it.</source>
        <translation>현재 키링 백엔드(keyrings.alt의 일반 텍스트 파일)는 비밀번호를 암호화하지 않고 디스크에 저장하므로 Composer는 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>Uninstall keyrings.alt or select a Secret Service, Keychain or Credential Manager backend.</source>
        <translation>keyrings.alt를 제거하거나 Secret Service, 키체인, 자격 증명 관리자 백엔드를 선택하십시오.</translation>
    </message>
    <message>
        <source>The keyring is locked, so Composer could not read the password.</source>
        <translation>키링이 잠겨 있어 비밀번호를 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>The keyring is locked, so Composer could not store the password.</source>
        <translation>키링이 잠겨 있어 비밀번호를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The keyring is locked, so Composer could not remove the password.</source>
        <translation>키링이 잠겨 있어 비밀번호를 지우지 못했습니다.</translation>
    </message>
    <message>
        <source>The keyring could not read the password: {error}</source>
        <translation>키링에서 비밀번호를 읽지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>The keyring could not store the password: {error}</source>
        <translation>키링에 비밀번호를 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>The keyring could not remove the password: {error}</source>
        <translation>키링에서 비밀번호를 지우지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Unlock it (your desktop will ask for the keyring password) and try again.</source>
        <translation>키링 잠금을 푼 뒤(데스크톱에서 키링 비밀번호를 묻습니다) 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Check that your keyring service is running, then try again.</source>
        <translation>키링 서비스가 실행 중인지 확인한 뒤 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>Detect</name>
    <message>
        <source>Refused to read the autoconfig document from {url}.</source>
        <translation>{url}에서 autoconfig 문서를 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>Composer reads autoconfig documents over HTTPS only.</source>
        <translation>Composer는 autoconfig 문서를 HTTPS로만 읽습니다.</translation>
    </message>
    <message>
        <source>The autoconfig document at {url} is too large.</source>
        <translation>{url}의 autoconfig 문서가 너무 큽니다.</translation>
    </message>
    <message>
        <source>Enter the server settings by hand.</source>
        <translation>서버 설정을 직접 입력하십시오.</translation>
    </message>
    <message>
        <source>The autoconfig address {url} redirects too often.</source>
        <translation>autoconfig 주소 {url}이(가) 너무 여러 번 다른 곳으로 넘어갑니다.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted: its autoconfig was ignored.</source>
        <translation>{host}의 인증서를 신뢰할 수 없어 autoconfig를 무시했습니다.</translation>
    </message>
    <message>
        <source>Check the settings found elsewhere, or enter them by hand.</source>
        <translation>다른 곳에서 찾은 설정을 확인하거나 직접 입력하십시오.</translation>
    </message>
    <message>
        <source>No autoconfig document could be read from {url}.</source>
        <translation>{url}에서 autoconfig 문서를 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <source>The autoconfig document at {url} is not valid.</source>
        <translation>{url}의 autoconfig 문서가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The DNS server did not answer about {name}.</source>
        <translation>DNS 서버가 {name}에 대해 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Check your internet connection, or enter the settings by hand.</source>
        <translation>인터넷 연결을 확인하거나 설정을 직접 입력하십시오.</translation>
    </message>
    <message>
        <source>The DNS lookup of {name} failed.</source>
        <translation>{name}의 DNS 조회에 실패했습니다.</translation>
    </message>
    <message>
        <source>Try again later, or enter the settings by hand.</source>
        <translation>잠시 후 다시 시도하거나 설정을 직접 입력하십시오.</translation>
    </message>
    <message>
        <source>Composer&apos;s list of providers</source>
        <translation>Composer의 메일 서비스 목록</translation>
    </message>
    <message>
        <source>the domain&apos;s autoconfig document</source>
        <translation>도메인의 autoconfig 문서</translation>
    </message>
    <message>
        <source>the domain&apos;s DNS SRV records</source>
        <translation>도메인의 DNS SRV 레코드</translation>
    </message>
    <message>
        <source>the domain&apos;s MX records</source>
        <translation>도메인의 MX 레코드</translation>
    </message>
    <message>
        <source>a guess, checked by connecting</source>
        <translation>접속해 확인한 추측</translation>
    </message>
    <message>
        <source>{text!r} is not an email address.</source>
        <translation>{text!r}은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Enter the whole address, like kim@example.com.</source>
        <translation>kim@example.com처럼 주소 전체를 입력하십시오.</translation>
    </message>
    <message>
        <source>{host} port {port} ({security}), from {where}</source>
        <translation>{host} 포트 {port}({security}), 출처: {where}</translation>
    </message>
    <message>
        <source>{domain} is not in the list</source>
        <translation>{domain}은(는) 목록에 없습니다</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>문서 없음</translation>
    </message>
    <message>
        <source>no SRV records</source>
        <translation>SRV 레코드 없음</translation>
    </message>
    <message>
        <source>{host} is not a provider Composer knows</source>
        <translation>{host}은(는) Composer가 아는 메일 서비스가 아닙니다</translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation>MX 레코드 없음</translation>
    </message>
    <message>
        <source>no mail server answered at smtp.{domain} or mail.{domain}</source>
        <translation>smtp.{domain}과 mail.{domain}에서 응답한 메일 서버가 없습니다</translation>
    </message>
    <message>
        <source>Composer could not find the mail servers of {domain}.</source>
        <translation>Composer가 {domain}의 메일 서버를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Enter the SMTP server by hand: your provider&apos;s help pages list it (often smtp.{domain}, port 587 with STARTTLS).</source>
        <translation>SMTP 서버를 직접 입력하십시오. 메일 서비스의 도움말에 나와 있습니다(보통 smtp.{domain}, 포트 587, STARTTLS).</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>(no subject)</source>
        <translation>(제목 없음)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>the mail server</source>
        <translation>메일 서버</translation>
    </message>
    <message>
        <source>{host} port {port}</source>
        <translation>{host} {port}번 포트</translation>
    </message>
    <message>
        <source>The usual ports are 587 for STARTTLS, 465 for SSL/TLS and 25 without encryption.</source>
        <translation>일반적인 포트는 STARTTLS 587, SSL/TLS 465, 암호화 없음 25입니다.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}: {reason}).</source>
        <translation>예기치 않은 문제가 발생했습니다({error}: {reason}).</translation>
    </message>
    <message>
        <source>Copy the details and report them to the Composer developers.</source>
        <translation>자세한 내용을 복사해 Composer 개발자에게 알려 주십시오.</translation>
    </message>
    <message>
        <source>Composer will not send your password to {host} without encryption.</source>
        <translation>Composer는 암호화 없이 {host}에 비밀번호를 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS; only on a network you trust, tick “Allow login without encryption”.</source>
        <translation>STARTTLS나 SSL/TLS를 선택하십시오. 신뢰할 수 있는 네트워크에서만 “암호화 없이 로그인 허용”을 선택하십시오.</translation>
    </message>
    <message>
        <source>{where} requires a login it did not get ({reply}).</source>
        <translation>{where}에 로그인이 필요한데 로그인하지 않았습니다({reply}).</translation>
    </message>
    <message>
        <source>Check the user name and password of the sending profile.</source>
        <translation>보내기 프로필의 사용자 이름과 비밀번호를 확인하십시오.</translation>
    </message>
    <message>
        <source>{host} offers no way of logging in that Composer knows ({reason}).</source>
        <translation>{host}에서 Composer가 지원하는 로그인 방식을 제공하지 않습니다({reason}).</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator which login methods it offers, or leave the user name empty if the server needs no login.</source>
        <translation>서버 관리자에게 제공하는 로그인 방식을 문의하거나, 서버에 로그인이 필요 없다면 사용자 이름을 비워 두십시오.</translation>
    </message>
    <message>
        <source>{provider} refused the password for {user}.</source>
        <translation>{provider}에서 {user} 계정의 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>{provider} refused the password.</source>
        <translation>{provider}에서 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>The server refused the user name or password for {user} ({reply}).</source>
        <translation>서버가 {user} 계정의 사용자 이름 또는 비밀번호를 거부했습니다({reply}).</translation>
    </message>
    <message>
        <source>The server refused the user name or password ({reply}).</source>
        <translation>서버가 사용자 이름 또는 비밀번호를 거부했습니다({reply}).</translation>
    </message>
    <message>
        <source>The address {address} has letters beyond English before the @, and {host} cannot take such addresses (no SMTPUTF8).</source>
        <translation>{address} 주소는 @ 앞에 영문이 아닌 글자가 있는데, {host}에서는 이런 주소를 받을 수 없습니다(SMTPUTF8 없음).</translation>
    </message>
    <message>
        <source>Write the address with English letters only before the @, or send through a server that accepts international addresses.</source>
        <translation>@ 앞을 영문으로만 쓴 주소를 사용하거나, 국제화 주소를 받는 서버로 보내십시오.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS, so the connection cannot be encrypted.</source>
        <translation>{host}에서 STARTTLS를 제공하지 않아 연결을 암호화할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (usually port 465) if the server supports it; choose no encryption only for a server on your own computer or network.</source>
        <translation>서버가 지원하면 SSL/TLS(보통 465번 포트)를 선택하십시오. 암호화 없음은 내 컴퓨터나 내 네트워크의 서버에만 쓰십시오.</translation>
    </message>
    <message>
        <source>{host} does not offer to log in (no AUTH), so the user name and password cannot be used.</source>
        <translation>{host}에서 로그인을 제공하지 않아(AUTH 없음) 사용자 이름과 비밀번호를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Leave the user name empty if the server accepts mail without logging in; many servers offer AUTH only over STARTTLS or SSL/TLS.</source>
        <translation>서버가 로그인 없이 메일을 받는다면 사용자 이름을 비워 두십시오. 많은 서버가 STARTTLS나 SSL/TLS 연결에서만 AUTH를 제공합니다.</translation>
    </message>
    <message>
        <source>{where} cannot take this message ({reason}).</source>
        <translation>{where}에서 이 메시지를 받을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>Send it through another server, or ask this server&apos;s administrator.</source>
        <translation>다른 서버로 보내거나 이 서버의 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The server refused every recipient: {refused}.</source>
        <translation>서버가 모든 받는 사람을 거부했습니다: {refused}.</translation>
    </message>
    <message>
        <source>Check the addresses for typos, or ask the server&apos;s administrator.</source>
        <translation>주소에 오타가 없는지 확인하거나 서버 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The server refused the sender {sender} ({reply}).</source>
        <translation>서버가 보낸 사람 {sender}을(를) 거부했습니다({reply}).</translation>
    </message>
    <message>
        <source>Check the From address: many servers only accept the account&apos;s own address.</source>
        <translation>보낸 사람 주소를 확인하십시오. 많은 서버가 계정 자신의 주소만 받습니다.</translation>
    </message>
    <message>
        <source>The server refused the message as too large ({reply}).</source>
        <translation>메시지가 너무 커서 서버가 거부했습니다({reply}).</translation>
    </message>
    <message>
        <source>Remove or shrink attachments, or share large files by link.</source>
        <translation>첨부 파일을 빼거나 줄이고, 큰 파일은 링크로 공유하십시오.</translation>
    </message>
    <message>
        <source>The server refused the message ({reply}).</source>
        <translation>서버가 메시지를 거부했습니다({reply}).</translation>
    </message>
    <message>
        <source>If the server&apos;s reason does not say what to change, ask the server&apos;s administrator.</source>
        <translation>서버가 알린 이유에 고칠 점이 없으면 서버 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for the name {host}.</source>
        <translation>서버 인증서가 {host} 이름에 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>Enter the host name the certificate was issued for (Test connection shows it), or ask the server&apos;s administrator for a certificate that covers this name.</source>
        <translation>인증서가 발급된 호스트 이름(연결 테스트에서 확인할 수 있습니다)을 입력하거나, 서버 관리자에게 이 이름이 포함된 인증서를 요청하십시오.</translation>
    </message>
    <message>
        <source>The certificate of {host} has expired.</source>
        <translation>{host}의 인증서가 만료되었습니다.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator; check your computer&apos;s clock too.</source>
        <translation>서버 관리자에게 알리고, 컴퓨터의 시계도 확인하십시오.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>{host}의 인증서가 아직 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>Check your computer&apos;s date and time.</source>
        <translation>컴퓨터의 날짜와 시간을 확인하십시오.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by an authority this computer trusts ({reason}).</source>
        <translation>{host}의 인증서는 이 컴퓨터가 신뢰하는 인증 기관이 서명하지 않았습니다({reason}).</translation>
    </message>
    <message>
        <source>If this is your organisation&apos;s server with its own certificate authority, choose that CA file under “Private CA” in the profile; Test connection shows the certificate&apos;s fingerprint to compare with the one your administrator gives you.</source>
        <translation>자체 인증 기관을 쓰는 회사나 기관의 서버라면 프로필의 “사설 CA”에서 그 CA 파일을 선택하십시오. 연결 테스트에서 인증서 지문을 확인해 관리자가 알려 준 지문과 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>{where} does not speak SSL/TLS from the start.</source>
        <translation>{where}에서는 처음부터 SSL/TLS로 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose STARTTLS (usually port 587) instead.</source>
        <translation>대신 STARTTLS(보통 587번 포트)를 선택하십시오.</translation>
    </message>
    <message>
        <source>The encrypted connection with {host} failed ({reason}).</source>
        <translation>{host}와의 암호화 연결에 실패했습니다({reason}).</translation>
    </message>
    <message>
        <source>Try the other kind of encryption, or ask the server&apos;s administrator which TLS versions it supports.</source>
        <translation>다른 암호화 방식을 시도하거나, 서버 관리자에게 지원하는 TLS 버전을 문의하십시오.</translation>
    </message>
    <message>
        <source>The server name {host} could not be found.</source>
        <translation>서버 이름 {host}을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Check its spelling in the profile and your internet connection.</source>
        <translation>프로필에 적힌 철자와 인터넷 연결을 확인하십시오.</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at {where} (connection refused).</source>
        <translation>{where}에서 연결을 받지 않았습니다(연결 거부).</translation>
    </message>
    <message>
        <source>Check the host name and port, and that the server is running.</source>
        <translation>호스트 이름과 포트, 서버가 실행 중인지 확인하십시오.</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} seconds.</source>
        <translation>{where}에서 {seconds}초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>{where} did not answer in time.</source>
        <translation>{where}에서 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Check the host name and port; a firewall or your network may block this port (many home and hotel networks block port 25).</source>
        <translation>호스트 이름과 포트를 확인하십시오. 방화벽이나 네트워크에서 이 포트를 막고 있을 수 있습니다(가정이나 호텔 네트워크는 25번 포트를 막는 경우가 많습니다).</translation>
    </message>
    <message>
        <source>{where} did not greet Composer; port 465 normally expects SSL/TLS.</source>
        <translation>{where}에서 Composer에 인사하지 않았습니다. 465번 포트는 보통 SSL/TLS를 사용합니다.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS for port 465, or use port 587 with STARTTLS.</source>
        <translation>465번 포트에는 SSL/TLS를 선택하거나, 587번 포트와 STARTTLS를 사용하십시오.</translation>
    </message>
    <message>
        <source>{where} stopped answering.</source>
        <translation>{where}에서 응답을 멈췄습니다.</translation>
    </message>
    <message>
        <source>Try again later, or raise the timeout in the profile.</source>
        <translation>나중에 다시 시도하거나 프로필의 시간 제한을 늘리십시오.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps happening, this port may expect STARTTLS rather than SSL/TLS.</source>
        <translation>잠시 뒤 다시 시도하십시오. 계속되면 이 포트는 SSL/TLS가 아니라 STARTTLS를 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Try again in a moment; if it keeps happening, check the port and the kind of encryption.</source>
        <translation>잠시 뒤 다시 시도하십시오. 계속되면 포트와 암호화 방식을 확인하십시오.</translation>
    </message>
    <message>
        <source>{where} closed the connection unexpectedly.</source>
        <translation>{where}에서 예기치 않게 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>The attachment {file} could not be read ({reason}).</source>
        <translation>첨부 파일 {file}을(를) 읽지 못했습니다({reason}).</translation>
    </message>
    <message>
        <source>Attach the file again from where it is now, or remove it from the message.</source>
        <translation>파일이 지금 있는 위치에서 다시 첨부하거나 메시지에서 빼십시오.</translation>
    </message>
    <message>
        <source>The file {file} could not be used ({reason}).</source>
        <translation>{file} 파일을 사용할 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>Check the file and the free disk space, then try again.</source>
        <translation>파일과 디스크 여유 공간을 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>There is no room left to write on the disk ({reason}).</source>
        <translation>디스크에 쓸 공간이 남아 있지 않습니다({reason}).</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>디스크 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{host} answered “{reply}”.</source>
        <translation>{host}의 응답: “{reply}”.</translation>
    </message>
    <message>
        <source>The server&apos;s words usually say what it needs; ask its administrator if they do not.</source>
        <translation>서버 응답에 보통 필요한 것이 적혀 있습니다. 그렇지 않으면 서버 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The conversation with {where} failed ({reason}).</source>
        <translation>{where}와의 통신에 실패했습니다({reason}).</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, copy the details for the server&apos;s administrator.</source>
        <translation>다시 시도하십시오. 계속되면 자세한 내용을 복사해 서버 관리자에게 전달하십시오.</translation>
    </message>
    <message>
        <source>The connection to {where} failed ({reason}).</source>
        <translation>{where}에 연결하지 못했습니다({reason}).</translation>
    </message>
    <message>
        <source>Check the host name, the port and your network connection.</source>
        <translation>호스트 이름, 포트, 네트워크 연결을 확인하십시오.</translation>
    </message>
    <message>
        <source>The sending profile is not usable: {reason}.</source>
        <translation>보내기 프로필을 사용할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Fix the profile in Preferences.</source>
        <translation>환경 설정에서 프로필을 고치십시오.</translation>
    </message>
    <message>
        <source>The message could not be built: {reason}.</source>
        <translation>메시지를 만들지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Correct the addresses and headers.</source>
        <translation>주소와 헤더를 고치십시오.</translation>
    </message>
    <message>
        <source>{host} does not let this mailbox send from mail programs: SMTP AUTH is turned off for it ({reply}).</source>
        <translation>{host}에서 이 사서함은 메일 프로그램으로 보낼 수 없습니다. 이 사서함의 SMTP AUTH가 꺼져 있습니다({reply}).</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to turn on “Authenticated SMTP” for your mailbox (admin center ▸ the user ▸ Mail ▸ Manage email apps).</source>
        <translation>Microsoft 365 관리자에게 사서함의 “인증된 SMTP”를 켜 달라고 요청하십시오(관리 센터 ▸ 사용자 ▸ 메일 ▸ 전자 메일 앱 관리).</translation>
    </message>
    <message>
        <source>{host} no longer accepts a password from mail programs (basic authentication is turned off).</source>
        <translation>{host}은(는) 더 이상 메일 프로그램의 비밀번호를 받지 않습니다(기본 인증이 꺼져 있음).</translation>
    </message>
    <message>
        <source>Switch the profile to “Sign in with the provider (OAuth 2.0)” in Preferences, then sign in with your Microsoft account.</source>
        <translation>환경 설정에서 프로필을 “메일 서비스로 로그인 (OAuth 2.0)”으로 바꾼 뒤 Microsoft 계정으로 로그인하십시오.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>이 계정</translation>
    </message>
    <message>
        <source>{host} refused the sign-in of {user} ({reply}).</source>
        <translation>{host}이(가) {user}의 로그인을 거부했습니다({reply}).</translation>
    </message>
    <message>
        <source>Sign in again (Preferences ▸ the profile ▸ Sign in…, or `composer profiles signin`); if it is refused again, your administrator may have turned off SMTP AUTH for the mailbox.</source>
        <translation>다시 로그인하십시오(환경 설정 ▸ 프로필 ▸ 로그인…, 또는 `composer profiles signin`). 다시 거부되면 관리자가 사서함의 SMTP AUTH를 꺼 두었을 수 있습니다.</translation>
    </message>
    <message>
        <source>no login at all</source>
        <translation>로그인 방식 없음</translation>
    </message>
    <message>
        <source>{host} does not offer signing in with a provider&apos;s token (no XOAUTH2 or OAUTHBEARER; it offers: {offered}).</source>
        <translation>{host}은(는) 제공업체 토큰으로 로그인하는 방식을 지원하지 않습니다(XOAUTH2, OAUTHBEARER 없음. 지원 방식: {offered}).</translation>
    </message>
    <message>
        <source>Check the server name and port your provider gives for sign-in, or switch the profile to a password.</source>
        <translation>제공업체가 안내하는 로그인용 서버 이름과 포트를 확인하거나, 프로필을 비밀번호 방식으로 바꾸십시오.</translation>
    </message>
</context>
<context>
    <name>Imap</name>
    <message>
        <source>The IMAP server {host} refused the user name or password for {user}.</source>
        <extracomment>Whether trying again later may work (a full mailbox, a server hiccup), as opposed to a setting to fix first. Copies that fail either way stay queued.</extracomment>
        <translation>IMAP 서버 {host}이(가) {user}의 사용자 이름 또는 비밀번호를 거부했습니다.</translation>
    </message>
    <message>
        <source>The IMAP server {host} refused the sign-in of {user}.</source>
        <translation>IMAP 서버 {host}이(가) {user}의 로그인을 거부했습니다.</translation>
    </message>
    <message>
        <source>Sign in again (Preferences ▸ the profile ▸ Sign in…); if it is refused again, IMAP may be turned off for the mailbox (an administrator&apos;s setting).</source>
        <translation>다시 로그인하십시오(환경 설정 ▸ 프로필 ▸ 로그인…). 다시 거부되면 사서함의 IMAP이 꺼져 있을 수 있습니다(관리자 설정).</translation>
    </message>
    <message>
        <source>The IMAP server {host} does not offer signing in with a provider&apos;s token (no XOAUTH2 or OAUTHBEARER).</source>
        <translation>IMAP 서버 {host}은(는) 제공업체 토큰으로 로그인하는 방식을 지원하지 않습니다(XOAUTH2, OAUTHBEARER 없음).</translation>
    </message>
    <message>
        <source>Check the IMAP server name and port your provider gives for sign-in.</source>
        <translation>제공업체가 안내하는 로그인용 IMAP 서버 이름과 포트를 확인하십시오.</translation>
    </message>
    <message>
        <source>Composer will not send your password to {host} without encryption.</source>
        <translation>Composer는 암호화 없이 {host}에 비밀번호를 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 993) or STARTTLS (port 143) for the IMAP server.</source>
        <translation>IMAP 서버의 보안 방식으로 SSL/TLS(포트 993) 또는 STARTTLS(포트 143)를 선택하세요.</translation>
    </message>
    <message>
        <source>No Sent folder was found on {host}.</source>
        <translation>{host}에서 보낸편지함을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Type the name of the folder for sent mail in the profile&apos;s IMAP settings.</source>
        <translation>프로필의 IMAP 설정에 보낸 메일을 보관할 폴더 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Mailboxes on the server: {names}</source>
        <translation>서버의 메일함: {names}</translation>
    </message>
    <message>
        <source>The mailbox of {user} on {host} is full: the copy for Sent did not fit.</source>
        <translation>{host}에 있는 {user}의 메일함이 가득 차서 보낸편지함에 사본을 넣을 수 없었습니다.</translation>
    </message>
    <message>
        <source>Delete old mail (or empty the Trash) in that account; Composer keeps the copy and puts it in Sent with the next message you send.</source>
        <translation>해당 계정에서 오래된 메일을 삭제하거나 휴지통을 비워 주세요. Composer가 사본을 보관하고 있다가 다음 메시지를 보낼 때 보낸편지함에 넣습니다.</translation>
    </message>
    <message>
        <source>The IMAP server {host} refused to store the copy in “{folder}”.</source>
        <translation>IMAP 서버 {host}이(가) “{folder}”에 사본 저장을 거부했습니다.</translation>
    </message>
    <message>
        <source>Composer keeps the copy and tries again with the next message; if it keeps happening, check the folder in the profile&apos;s IMAP settings.</source>
        <translation>Composer가 사본을 보관하고 다음 메시지를 보낼 때 다시 시도합니다. 계속 실패하면 프로필의 IMAP 설정에서 폴더를 확인하세요.</translation>
    </message>
    <message>
        <source>The IMAP server {host} answered something unexpected.</source>
        <translation>IMAP 서버 {host}이(가) 예상하지 못한 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, copy the details for the server&apos;s administrator.</source>
        <translation>잠시 후 다시 시도하세요. 계속 발생하면 자세한 정보를 복사해 서버 관리자에게 전달하세요.</translation>
    </message>
    <message>
        <source>Check the IMAP server&apos;s name, port and encryption in the profile (usually port 993 with SSL/TLS) and your network connection.</source>
        <translation>프로필에서 IMAP 서버의 이름, 포트, 암호화 방식(보통 SSL/TLS, 포트 993)과 네트워크 연결을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>MergeAdvertising</name>
    <message>
        <source>no consent date in “{column}”: advertising may be sent only to people who agreed to receive it (정보통신망법 §50①)</source>
        <translation>“{column}”에 수신 동의 날짜가 없습니다. 광고성 정보는 수신에 동의한 사람에게만 보낼 수 있습니다 (정보통신망법 §50①)</translation>
    </message>
    <message>
        <source>the consent date “{value}” in “{column}” is not a date Composer can read; write it as 2025-03-05</source>
        <translation>“{column}”의 수신 동의 날짜 “{value}”을(를) 날짜로 읽을 수 없습니다. 2025-03-05 형식으로 적어 주십시오</translation>
    </message>
    <message>
        <source>the consent date {date} in “{column}” is in the future</source>
        <translation>“{column}”의 수신 동의 날짜 {date}이(가) 미래의 날짜입니다</translation>
    </message>
    <message>
        <source>consent given on {date} is more than two years old: ask this person to confirm it again before sending advertising (정보통신망법 §50⑧)</source>
        <translation>{date}에 받은 수신 동의는 2년이 지났습니다. 광고를 보내기 전에 수신 동의를 다시 확인받으십시오 (정보통신망법 §50⑧)</translation>
    </message>
    <message>
        <source>Advertising mail must start its subject with “(광고)”. Write the subject as “(광고) {subject}” (정보통신망법 §50④).</source>
        <translation>광고성 메일은 제목을 “(광고)”로 시작해야 합니다. 제목을 “(광고) {subject}”처럼 쓰십시오 (정보통신망법 §50④).</translation>
    </message>
    <message>
        <source>Advertising mail must say who sends it: give the sender a name in From (such as 한빛상사 &lt;news@hanbit.example&gt;) and write that name in the body.</source>
        <translation>광고성 메일은 보내는 사람을 밝혀야 합니다. 보낸 사람(From)에 이름을 넣고(예: 한빛상사 &lt;news@hanbit.example&gt;) 그 이름을 본문에도 적으십시오.</translation>
    </message>
    <message>
        <source>The body does not name the sender: write “{name}” in it, with a contact (정보통신망법 §50④).</source>
        <translation>본문에 보내는 사람의 이름이 없습니다. 본문에 “{name}”와(과) 연락처를 적으십시오 (정보통신망법 §50④).</translation>
    </message>
    <message>
        <source>The body gives no contact: write the sender&apos;s telephone number or e-mail address in it (정보통신망법 §50④).</source>
        <translation>본문에 연락처가 없습니다. 보내는 사람의 전화번호나 전자우편 주소를 적으십시오 (정보통신망법 §50④).</translation>
    </message>
    <message>
        <source>Advertising mail must offer a working way to refuse more mail: give an unsubscribe address (--unsubscribe), whose requests go on the suppression list (정보통신망법 §50④).</source>
        <translation>광고성 메일에는 수신을 거부할 수 있는 실제 방법이 있어야 합니다. 수신 거부 주소(--unsubscribe)를 지정하십시오. 그 주소로 온 요청은 수신 거부 목록에 올라갑니다 (정보통신망법 §50④).</translation>
    </message>
    <message>
        <source>The body does not tell how to refuse more mail: write, for example, “수신을 원하지 않으시면 {address}(으)로 알려 주십시오 (To unsubscribe, write to {address}).”</source>
        <translation>본문에 수신 거부 방법이 없습니다. 예를 들어 “수신을 원하지 않으시면 {address}(으)로 알려 주십시오 (To unsubscribe, write to {address}).”라고 적으십시오.</translation>
    </message>
    <message>
        <source>Advertising may be sent only with the recipient&apos;s consent, confirmed every two years: the data file needs a column with each person&apos;s consent date (such as 수신동의일), chosen with --consent-column.</source>
        <translation>광고는 받는 사람의 수신 동의가 있어야 보낼 수 있고, 동의는 2년마다 다시 확인해야 합니다. 데이터 파일에 사람마다 수신 동의 날짜가 있는 열(예: 수신동의일)이 필요하며, --consent-column으로 지정합니다.</translation>
    </message>
</context>
<context>
    <name>MergeAttachments</name>
    <message>
        <source>attachment “{name}” is not inside the attachments folder {folder}; only files in that folder are attached</source>
        <translation>첨부 파일 “{name}”이(가) 첨부 파일 폴더 {folder} 안에 있지 않음. 이 폴더 안의 파일만 첨부됩니다</translation>
    </message>
    <message>
        <source>attachment “{name}” is not a file name</source>
        <translation>첨부 파일 “{name}”은(는) 올바른 파일 이름이 아님</translation>
    </message>
    <message>
        <source>attachment “{name}” is a hidden file; hidden files are never sent</source>
        <translation>첨부 파일 “{name}”은(는) 숨김 파일임. 숨김 파일은 절대 보내지 않습니다</translation>
    </message>
</context>
<context>
    <name>MergeData</name>
    <message>
        <source>{path} is a folder, not a data file. Choose the CSV file or the workbook inside it.</source>
        <translation>{path}은(는) 데이터 파일이 아니라 폴더입니다. 그 안에 있는 CSV 파일이나 통합 문서를 선택하십시오.</translation>
    </message>
    <message>
        <source>The data file {path} does not exist. Choose the CSV file again.</source>
        <translation>데이터 파일 {path}이(가) 없습니다. CSV 파일을 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding Composer knows. Choose one such as utf-8, cp949 or cp1252.</source>
        <translation>“{encoding}”은(는) Composer가 모르는 텍스트 인코딩입니다. utf-8, cp949, cp1252 같은 인코딩을 선택하십시오.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read ({reason}). Check that it is there and that you may read it.</source>
        <translation>데이터 파일 {path}을(를) 읽을 수 없습니다({reason}). 파일이 있는지, 읽을 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The delimiter must be a single character. Choose , ; | or tab.</source>
        <translation>구분 문자는 한 글자여야 합니다. , ; | 또는 탭을 선택하십시오.</translation>
    </message>
    <message>
        <source>{file} is not valid {encoding} text ({reason}). Choose the file&apos;s encoding by hand (for example cp949 or cp1252).</source>
        <translation>{file}은(는) 올바른 {encoding} 텍스트가 아닙니다({reason}). 파일의 인코딩을 직접 선택하십시오(예: cp949, cp1252).</translation>
    </message>
    <message>
        <source>many bytes are not characters in it</source>
        <translation>이 인코딩의 글자가 아닌 바이트가 많음</translation>
    </message>
    <message>
        <source>{file} is not a well-formed CSV file near line {line} ({reason}). Check that quotes are closed, or choose another delimiter.</source>
        <translation>{file}의 {line}번째 줄 근처가 올바른 CSV 형식이 아닙니다({reason}). 따옴표가 닫혔는지 확인하거나 다른 구분 문자를 선택하십시오.</translation>
    </message>
    <message>
        <source>Line {line} of {file} holds data ({example}), not column names, so the file has no header row. Add a first line of column names (such as 이름,email) above the list.</source>
        <translation>{file}의 {line}번째 줄은 열 이름이 아니라 데이터({example})이므로 이 파일에는 머리글 행이 없습니다. 목록 위에 열 이름으로 된 첫 줄(예: 이름,email)을 넣으십시오.</translation>
    </message>
    <message>
        <source>{file} has no header row. Put the column names on the first line of the file.</source>
        <translation>{file}에 머리글 행이 없습니다. 파일의 첫 줄에 열 이름을 넣으십시오.</translation>
    </message>
    <message>
        <source>line {line} has bytes that are not {encoding} text (shown as �); fix them in the file or choose its encoding</source>
        <translation>{line}번째 줄에 {encoding} 글자가 아닌 바이트가 있음(�로 표시). 파일에서 고치거나 파일의 인코딩을 선택하십시오</translation>
    </message>
    <message>
        <source>line {line} looks like UTF-8 text read as {encoding}: “{seen}” is probably “{meant}”</source>
        <translation>{line}번째 줄은 UTF-8 텍스트를 {encoding}(으)로 읽은 것 같음: “{seen}”은(는) 아마 “{meant}”입니다</translation>
    </message>
    <message>
        <source>a quoted field starting on line {line} runs over {count} more line(s) that look like rows of their own; a closing quote (&quot;) is probably missing</source>
        <translation>{line}번째 줄에서 시작한 따옴표 필드가 별도의 행처럼 보이는 {count}개 줄까지 이어짐. 닫는 따옴표(&quot;)가 빠진 것 같습니다</translation>
    </message>
    <message>
        <source>Columns {first} and {second} of {file} are both named “{name}”: {{{{ {name} }}}} is column {first}; column {second} is “{renamed}”. Rename one of them in the file if that is not what you meant.</source>
        <translation>{file}의 {first}번째 열과 {second}번째 열의 이름이 모두 “{name}”입니다. {{{{ {name} }}}}은(는) {first}번째 열이고, {second}번째 열은 “{renamed}”(으)로 씁니다. 의도한 것이 아니면 파일에서 둘 중 하나의 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>{file} has no column “{column}” to group the rows by. Choose one of: {columns}.</source>
        <translation>{file}에는 행을 묶을 “{column}” 열이 없습니다. 다음 중에서 선택하세요: {columns}.</translation>
    </message>
    <message>
        <source>{file} is a text (CSV) file, which has no sheets: leave out the sheet and header row, or choose the workbook itself.</source>
        <translation>{file}은(는) 텍스트(CSV) 파일이라 시트가 없습니다. 시트와 머리글 행을 지정하지 말거나, 통합 문서 파일 자체를 선택하세요.</translation>
    </message>
    <message>
        <source>The data file {path} does not exist. Choose the spreadsheet again.</source>
        <translation>데이터 파일 {path}이(가) 없습니다. 스프레드시트 파일을 다시 선택하세요.</translation>
    </message>
    <message>
        <source>The header row must be 1 or more (as the sheet shows it).</source>
        <translation>머리글 행은 1 이상이어야 합니다 (시트에 표시되는 행 번호).</translation>
    </message>
    <message>
        <source>{file} is protected with a password, and Composer cannot open protected workbooks. Open it in Excel, choose File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, clear the password and save a copy (or save the sheet as CSV), then choose that copy.</source>
        <translation>{file}은(는) 암호로 보호되어 있어 Composer에서 열 수 없습니다. Excel에서 파일을 열고 파일 ▸ 정보 ▸ 통합 문서 보호 ▸ 암호 설정에서 암호를 지운 뒤 사본으로 저장하고(또는 시트를 CSV로 저장하고), 그 사본을 선택하세요.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({reason}). It may be damaged or not really a {kind} file: open it in your spreadsheet program and save it again, or save it as CSV.</source>
        <translation>{file}을(를) 스프레드시트로 읽을 수 없습니다 ({reason}). 파일이 손상되었거나 실제로는 {kind} 파일이 아닐 수 있습니다. 스프레드시트 프로그램에서 열어 다시 저장하거나 CSV로 저장하세요.</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}”. Choose one of: {sheets}.</source>
        <translation>{file}에는 “{sheet}” 시트가 없습니다. 다음 중에서 선택하세요: {sheets}.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} cannot be read ({reason}). Open the file in your spreadsheet program and save it again.</source>
        <translation>{file}의 “{sheet}” 시트를 읽을 수 없습니다 ({reason}). 스프레드시트 프로그램에서 파일을 열어 다시 저장하세요.</translation>
    </message>
    <message>
        <source>{file} has no worksheet with data.</source>
        <translation>{file}에는 데이터가 있는 워크시트가 없습니다.</translation>
    </message>
    <message>
        <source>Row {row} of the sheet “{sheet}” in {file} is empty, so it cannot hold the column names. Choose the row that has them.</source>
        <translation>{file}의 “{sheet}” 시트 {row}행은 비어 있어 열 이름을 읽을 수 없습니다. 열 이름이 있는 행을 선택하세요.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” in {file} is empty. Choose the sheet that holds the list.</source>
        <translation>{file}의 “{sheet}” 시트가 비어 있습니다. 명단이 있는 시트를 선택하세요.</translation>
    </message>
    <message>
        <source>Row {row} of the sheet “{sheet}” holds data ({example}), not column names, so the sheet has no header row. Insert a row of column names (such as 이름, email) above the list, or choose the header row.</source>
        <translation>“{sheet}” 시트의 {row}행에는 열 이름이 아니라 데이터({example})가 있어 머리글 행이 없는 것으로 보입니다. 명단 위에 열 이름 행(예: 이름, email)을 넣거나 머리글 행을 선택하세요.</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>{letter}열</translation>
    </message>
    <message>
        <source>Columns {first} and {second} of the sheet “{sheet}” are both named “{name}”. Rename one of them in the sheet, so that each placeholder means one column.</source>
        <translation>“{sheet}” 시트의 {first}열과 {second}열의 이름이 모두 “{name}”입니다. 자리 표시자마다 한 열을 가리키도록 시트에서 둘 중 하나의 이름을 바꾸세요.</translation>
    </message>
    <message>
        <source>The column “{column}” holds formulas whose results were never saved in the file (a program wrote it, not a spreadsheet), so those cells are empty in the messages. Open the file in Excel or LibreOffice Calc and save it once: the results are then stored and merged.</source>
        <translation>“{column}” 열에는 계산 결과가 파일에 저장되지 않은 수식이 있습니다(스프레드시트 프로그램이 아닌 다른 프로그램이 만든 파일). 그래서 메시지에서는 이 셀들이 비어 있습니다. 파일을 Excel이나 LibreOffice Calc에서 열어 한 번 저장하면 결과가 저장되어 병합에 들어갑니다.</translation>
    </message>
    <message>
        <source>“{text}” (row {line}, {count} like it)</source>
        <translation>“{text}” ({line}행, 같은 형식 {count}개)</translation>
    </message>
    <message>
        <source>The column “{column}” writes its dates in {count} ways: {examples}. Each message shows the date as it is in the sheet; make them the same in the sheet (a date cell reads as 2024-03-05) if that matters.</source>
        <translation>“{column}” 열의 날짜가 {count}가지 형식으로 적혀 있습니다: {examples}. 각 메시지에는 시트에 적힌 그대로 표시됩니다. 형식이 중요하다면 시트에서 하나로 맞추세요 (날짜 셀은 2024-03-05로 표시됩니다).</translation>
    </message>
</context>
<context>
    <name>MergeEngine</name>
    <message>
        <source>Check the merge before sending it. Press Check, then Send.</source>
        <translation>보내기 전에 병합을 검사하십시오. 검사를 누른 뒤 보내기를 누르십시오.</translation>
    </message>
    <message>
        <source>{count} row has problems. Fix it in the data file, or choose to skip it.</source>
        <translation>{count}행에 문제가 있습니다. 데이터 파일에서 고치거나 건너뛰도록 선택하십시오.</translation>
    </message>
    <message>
        <source>{count} rows have problems. Fix them in the data file, or choose to skip them.</source>
        <translation>{count}행에 문제가 있습니다. 데이터 파일에서 고치거나 건너뛰도록 선택하십시오.</translation>
    </message>
    <message>
        <source>The merge was stopped with {count} row not sent. Run it again to send it; nobody gets a message twice.</source>
        <translation>{count}행을 보내지 않은 채 병합을 중지했습니다. 다시 실행하면 나머지를 보냅니다. 누구도 두 번 받지 않습니다.</translation>
    </message>
    <message>
        <source>The merge was stopped with {count} rows not sent. Run it again to send them; nobody gets a message twice.</source>
        <translation>{count}행을 보내지 않은 채 병합을 중지했습니다. 다시 실행하면 나머지를 보냅니다. 누구도 두 번 받지 않습니다.</translation>
    </message>
    <message>
        <source>Sent the first row as asked. Run the merge again to send the rest.</source>
        <translation>요청한 대로 첫 행을 보냈습니다. 나머지를 보내려면 병합을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Sent the first {count} rows as asked. Run the merge again to send the rest.</source>
        <translation>요청한 대로 처음 {count}행을 보냈습니다. 나머지를 보내려면 병합을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>row {row} changed</source>
        <translation>{row}행이 바뀜</translation>
    </message>
    <message>
        <source>The data file changed after it was checked (row {row}). Check the merge again, then send.</source>
        <translation>검사한 뒤 데이터 파일이 바뀌었습니다({row}행). 병합을 다시 검사한 뒤 보내십시오.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>cannot build the message: {reason}</source>
        <translation>메시지를 만들 수 없음: {reason}</translation>
    </message>
    <message>
        <source>the server allows fewer connections; going on with the others</source>
        <translation>서버가 허용하는 연결 수가 적어 나머지 연결로 계속함</translation>
    </message>
    <message>
        <source>daily cap of {cap} reached</source>
        <extracomment>Messages accepted in the last 24 hours, across merges (set when a run starts).</extracomment>
        <translation>하루 한도 {cap}통에 도달함</translation>
    </message>
    <message>
        <source>This merge reached the daily cap of {cap} messages. It is paused; resume it tomorrow and it continues where it stopped.</source>
        <translation>이 병합이 하루 한도인 {cap}통에 도달해 일시 중지했습니다. 내일 다시 시작하면 멈춘 곳부터 이어서 보냅니다.</translation>
    </message>
    <message>
        <source>Composer cannot connect to {host} ({reason}). Check the network and the sending profile.</source>
        <translation>Composer가 {host}에 연결할 수 없습니다({reason}). 네트워크와 보내기 프로필을 확인하십시오.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>메시지에 받는 사람이 없음</translation>
    </message>
    <message>
        <source>gave up after {count} attempt: {reason}</source>
        <translation>{count}번 시도한 뒤 포기함: {reason}</translation>
    </message>
    <message>
        <source>refused {address}: {reply}</source>
        <translation>거부됨 {address}: {reply}</translation>
    </message>
    <message>
        <source>gave up after {count} attempts: {reason}</source>
        <translation>{count}번 시도한 뒤 포기함: {reason}</translation>
    </message>
    <message>
        <source>The merge stopped on an unexpected error ({error}). Nothing was lost: run it again and it goes on where it stopped.</source>
        <translation>예기치 않은 오류로 병합이 중지되었습니다({error}). 잃어버린 것은 없습니다. 다시 실행하면 멈춘 곳부터 이어서 보냅니다.</translation>
    </message>
</context>
<context>
    <name>MergeExport</name>
    <message>
        <source>{address} asked to unsubscribe ({time})</source>
        <translation>{address}에서 수신 거부를 요청함({time})</translation>
    </message>
    <message>
        <source>hard bounce, {recipient}: {reason} ({time})</source>
        <translation>영구 반송, {recipient}: {reason} ({time})</translation>
    </message>
    <message>
        <source>soft bounce, {recipient}: {reason} ({time})</source>
        <translation>일시 반송, {recipient}: {reason} ({time})</translation>
    </message>
</context>
<context>
    <name>MergeFailures</name>
    <message>
        <source>The server says the daily sending limit is reached ({reply}). The merge is paused; resume it tomorrow and it continues where it stopped.</source>
        <translation>서버가 하루 발송 한도에 도달했다고 알렸습니다({reply}). 병합을 일시 중지했습니다. 내일 다시 시작하면 멈춘 곳부터 이어서 보냅니다.</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>서버가 연결을 끊음</translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation>서버가 응답하지 않음</translation>
    </message>
    <message>
        <source>The row failed this way, and every row probably would; the merge stopped. Fix the cause, then run the merge again.</source>
        <translation>행이 이런 이유로 실패해 다른 행도 실패할 가능성이 높으므로 병합을 멈췄습니다. 원인을 고친 뒤 병합을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>The last {count} rows all failed this way, so every row probably would; the merge stopped. Fix the cause, then run the merge again.</source>
        <translation>마지막 {count}개 행이 모두 같은 이유로 실패해 다른 행도 실패할 가능성이 높으므로 병합을 멈췄습니다. 원인을 고친 뒤 병합을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>the message went out but the server&apos;s confirmation never came ({reason}); it was most likely delivered</source>
        <translation>메시지를 보냈지만 서버의 확인 응답을 받지 못함({reason}). 거의 확실히 전달됨</translation>
    </message>
</context>
<context>
    <name>MergeLedger</name>
    <message>
        <source>in flight when a run stopped: the whole message had gone out, so it was most likely delivered, but the server&apos;s confirmation was not recorded</source>
        <translation>실행이 중지될 때 보내는 중이었음: 메시지를 끝까지 보냈으므로 거의 확실히 전달되었지만, 서버의 확인 응답은 기록되지 않음</translation>
    </message>
    <message>
        <source>confirmed by the user</source>
        <translation>사용자가 확인함</translation>
    </message>
    <message>
        <source>found in the Sent folder</source>
        <translation>보낸 편지함에서 찾음</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>it is not a Composer merge record</source>
        <translation>Composer의 병합 기록이 아닙니다</translation>
    </message>
    <message>
        <source>Nothing was sent. Run “composer merge --repair-ledger” to rebuild the record from the journal of sent messages kept beside it (the damaged file is kept); nobody is sent a message twice.</source>
        <translation>아무것도 보내지 않았습니다. “composer merge --repair-ledger”를 실행하면 옆에 보관된 발송 저널에서 기록부를 다시 만듭니다(손상된 파일은 보관함). 누구도 메시지를 두 번 받지 않습니다.</translation>
    </message>
    <message>
        <source>Nothing was sent. Restore {path} from a backup. Only if no merge of yours is unfinished, move the file away to start a new record.</source>
        <translation>아무것도 보내지 않았습니다. 백업에서 {path}을(를) 복원하십시오. 끝나지 않은 병합이 하나도 없을 때만 이 파일을 다른 곳으로 옮겨 새 기록부를 시작하십시오.</translation>
    </message>
    <message>
        <source>The record of sent mail, {path}, cannot be read: {reason}. Composer does not send from a damaged record, because it could send messages twice.</source>
        <translation>발송 기록부 {path}을(를) 읽을 수 없습니다: {reason}. 손상된 기록부로는 메시지를 두 번 보낼 수 있으므로 Composer는 보내지 않습니다.</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>SQLite 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>파일이 중간에 잘렸습니다</translation>
    </message>
    <message>
        <source>the file is cut short ({size} of {expected} bytes)</source>
        <translation>파일이 중간에 잘렸습니다({expected}바이트 중 {size}바이트)</translation>
    </message>
    <message>
        <source>The disk is full: Composer cannot write its record of sent mail in {folder}, so it stopped sending (a message it cannot record could later be sent twice). Free some space on that disk, then run the merge again: it goes on where it stopped, and nobody gets a message twice.</source>
        <translation>디스크가 가득 찼습니다. Composer가 {folder}에 발송 기록을 쓸 수 없어 보내기를 중지했습니다(기록하지 못한 메시지는 나중에 두 번 보내질 수 있습니다). 그 디스크에 공간을 확보한 뒤 병합을 다시 실행하십시오. 멈춘 곳부터 이어서 보내며, 누구도 메시지를 두 번 받지 않습니다.</translation>
    </message>
    <message>
        <source>Composer may not read or write its record of sent mail, {path} ({reason}). Nothing was sent. Give your user account access to that folder, then try again.</source>
        <translation>Composer에 발송 기록부 {path}을(를) 읽거나 쓸 권한이 없습니다({reason}). 아무것도 보내지 않았습니다. 사용자 계정에 그 폴더의 권한을 준 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Composer cannot use its record of sent mail, {path} ({reason}). Nothing more is sent until it can. Check the disk, then run the merge again.</source>
        <translation>Composer가 발송 기록부 {path}을(를) 사용할 수 없습니다({reason}). 사용할 수 있을 때까지 더 보내지 않습니다. 디스크를 확인한 뒤 병합을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>The record of sent mail, {path}, is held by another program ({reason}). Close other Composer windows or programs that use it, then try again.</source>
        <translation>다른 프로그램이 발송 기록부 {path}을(를) 사용하고 있습니다({reason}). 이 파일을 쓰는 다른 Composer 창이나 프로그램을 닫은 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The record of sent mail, {path}, has no journal to rebuild it from (it was made by an older Composer). Restore it from a backup.</source>
        <translation>발송 기록부 {path}에는 다시 만드는 데 쓸 저널이 없습니다(이전 버전의 Composer가 만든 기록부). 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>The record of sent mail, {path}, can be read: nothing to repair.</source>
        <translation>발송 기록부 {path}을(를) 읽을 수 있습니다. 고칠 것이 없습니다.</translation>
    </message>
    <message>
        <source>rebuilt from the journal</source>
        <translation>저널에서 다시 만듦</translation>
    </message>
    <message>
        <source>rebuilt from the journal: the message had gone out and its confirmation was not recorded; it was most likely delivered</source>
        <translation>저널에서 다시 만듦: 메시지를 보냈지만 확인 응답이 기록되지 않음. 거의 확실히 전달됨</translation>
    </message>
    <message>
        <source>This merge is open in another Composer window or command right now. Nothing was done here, so it is not disturbed. Wait until it finishes (or stop it there), then try again.</source>
        <translation>이 병합은 지금 다른 Composer 창이나 명령에서 열려 있습니다. 그쪽 작업을 방해하지 않도록 여기서는 아무것도 하지 않았습니다. 끝날 때까지 기다리거나 그쪽에서 중지한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This merge is open in another Composer window since {time} (process {pid}).</source>
        <translation>이 병합은 {time}부터 다른 Composer 창에서 열려 있습니다(프로세스 {pid}).</translation>
    </message>
    <message>
        <source>This merge is running in another “composer merge” command since {time} (process {pid}).</source>
        <translation>이 병합은 {time}부터 다른 “composer merge” 명령에서 실행 중입니다(프로세스 {pid}).</translation>
    </message>
    <message>
        <source>Nothing was done here, so it is not disturbed. Wait until it finishes (or stop it there), then try again.</source>
        <translation>그쪽 작업을 방해하지 않도록 여기서는 아무것도 하지 않았습니다. 끝날 때까지 기다리거나 그쪽에서 중지한 뒤 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>MergePdf</name>
    <message>
        <source>{name} is already protected with a password of its own; save it without one so that Composer can protect it with the row&apos;s password</source>
        <translation>{name}은(는) 이미 자체 암호로 보호되어 있습니다. Composer가 행의 암호로 보호할 수 있도록 암호 없이 저장하세요</translation>
    </message>
    <message>
        <source>{name} cannot be protected: it is not a PDF file Composer can read</source>
        <translation>{name}을(를) 보호할 수 없습니다. Composer가 읽을 수 있는 PDF 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>MergePlan</name>
    <message>
        <source>(no subject)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>The template uses {placeholder} but the data file has no column “{name}”. Rename the placeholder or the column.</source>
        <translation>템플릿에 {placeholder}이(가) 있지만 데이터 파일에 “{name}” 열이 없습니다. 자리 표시자나 열의 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>The message has no sender address. Choose a sending profile or fill in From.</source>
        <translation>메시지에 보낸 사람 주소가 없습니다. 보내기 프로필을 선택하거나 보낸 사람을 입력하십시오.</translation>
    </message>
    <message>
        <source>The sender address “{address}” is not a valid address. Correct the From field or the profile.</source>
        <translation>보낸 사람 주소 “{address}”이(가) 올바른 주소가 아닙니다. 보낸 사람 칸이나 프로필을 고치십시오.</translation>
    </message>
    <message>
        <source>The unsubscribe address “{address}” is not one email address. Write an address such as unsubscribe@your-domain.example.</source>
        <translation>수신 거부 주소 “{address}”은(는) 하나의 이메일 주소가 아닙니다. unsubscribe@your-domain.example 같은 주소를 쓰십시오.</translation>
    </message>
    <message>
        <source>The message has no recipient field. Put a placeholder such as {example} in To.</source>
        <translation>메시지에 받는 사람이 없습니다. 받는 사람 칸에 {example} 같은 자리 표시자를 넣으십시오.</translation>
    </message>
    <message>
        <source>Every message would be copied to {address} ({field}), so that address would get one copy per row.</source>
        <translation>모든 메시지가 {address}({field})에도 가므로, 이 주소는 행마다 사본을 한 통씩 받게 됩니다.</translation>
    </message>
    <message>
        <source>line {line} has fewer fields than the header</source>
        <translation>{line}번째 줄의 필드 수가 머리글보다 적음</translation>
    </message>
    <message>
        <source>cannot render: {error}</source>
        <translation>내용을 만들 수 없음: {error}</translation>
    </message>
    <message>
        <source>no recipient address</source>
        <translation>받는 사람 주소 없음</translation>
    </message>
    <message>
        <source>invalid address “{address}” in {field}</source>
        <translation>{field}의 주소 “{address}”이(가) 올바르지 않음</translation>
    </message>
    <message>
        <source>attachment file not found: {path}</source>
        <translation>첨부 파일을 찾을 수 없음: {path}</translation>
    </message>
    <message>
        <source>message is about {size} MB, over the {limit} MB limit</source>
        <translation>메시지가 약 {size}MB로 한도 {limit}MB를 넘음</translation>
    </message>
    <message>
        <source>same recipients as an earlier row (duplicate)</source>
        <translation>앞 행과 받는 사람이 같음 (중복)</translation>
    </message>
    <message>
        <source>{address} is on the suppression list</source>
        <translation>{address}은(는) 수신 거부 목록에 있음</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>row {row} {recipients}: hard bounce ({time}): {reason}</source>
        <translation>{row}행 {recipients}: 영구 반송({time}): {reason}</translation>
    </message>
    <message>
        <source>row {row} {recipients}: soft bounce ({time}): {reason}</source>
        <translation>{row}행 {recipients}: 일시 반송({time}): {reason}</translation>
    </message>
    <message>
        <source>row {row} {recipients}: asked to unsubscribe ({time})</source>
        <translation>{row}행 {recipients}: 수신 거부 요청({time})</translation>
    </message>
    <message>
        <source>row {row} {recipients}: in doubt, most likely delivered (sent whole, confirmation lost)</source>
        <translation>{row}행 {recipients}: 전달 불확실, 거의 확실히 전달됨(끝까지 보냈으나 확인 응답을 받지 못함)</translation>
    </message>
    <message>
        <source>row {row} {recipients}: failed: {reason}</source>
        <translation>{row}행 {recipients}: 실패: {reason}</translation>
    </message>
    <message>
        <source>Merge “{name}” (data {data}), last changed {time}.</source>
        <translation>병합 “{name}”(데이터 {data}), 마지막 변경 {time}.</translation>
    </message>
    <message>
        <source>{total} row: {sent} sent, {failed} failed, {unknown} in doubt, {pending} not sent yet, {skipped} skipped.</source>
        <translation>전체 {total}행: 보냄 {sent}, 실패 {failed}, 전달 불확실 {unknown}, 아직 보내지 않음 {pending}, 건너뜀 {skipped}.</translation>
    </message>
    <message>
        <source>{total} rows: {sent} sent, {failed} failed, {unknown} in doubt, {pending} not sent yet, {skipped} skipped.</source>
        <translation>전체 {total}행: 보냄 {sent}, 실패 {failed}, 전달 불확실 {unknown}, 아직 보내지 않음 {pending}, 건너뜀 {skipped}.</translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation>... 외 {count}개.</translation>
    </message>
</context>
<context>
    <name>MergeResults</name>
    <message>
        <source>sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>in doubt</source>
        <translation>전송 불확실</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>수신 거부</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>문제 있음</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>아직 보내지 않음</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>수신 거부함</translation>
    </message>
    <message>
        <source>The results file {path} must end in .xlsx (an Excel workbook) or .csv. Choose a name such as results.xlsx.</source>
        <translation>결과 파일 {path}의 이름은 .xlsx(Excel 통합 문서) 또는 .csv로 끝나야 합니다. results.xlsx 같은 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>The results file would replace the data file {path}. Composer never changes your file: choose another name for the results.</source>
        <translation>결과 파일이 데이터 파일 {path}을(를) 덮어쓰게 됩니다. Composer는 원본 파일을 바꾸지 않으니 결과 파일에 다른 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>The folder for the results file {path} does not exist. Choose an existing folder.</source>
        <translation>결과 파일 {path}을(를) 저장할 폴더가 없습니다. 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>MergeSendTime</name>
    <message>
        <source>“{text}” is not a send time (YYYY-MM-DD HH:MM)</source>
        <translation>“{text}”은(는) 보낼 시간이 아닙니다(YYYY-MM-DD HH:MM)</translation>
    </message>
</context>
<context>
    <name>MergeTemplate</name>
    <message>
        <source>The template {path} cannot be read ({reason}). Check the path and try again.</source>
        <extracomment>Headers of the template file that merges do not send (names, as written).</extracomment>
        <translation>템플릿 {path}을(를) 읽을 수 없습니다({reason}). 경로를 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is undefined</source>
        <translation>&apos;{key}&apos;이(가) 정의되지 않음</translation>
    </message>
    <message>
        <source>the Subject holds a line break or control character from the data file (“{subject}”); a subject is one line</source>
        <translation>데이터 파일에서 온 줄 바꿈이나 제어 문자가 제목에 있음(“{subject}”). 제목은 한 줄이어야 합니다</translation>
    </message>
    <message>
        <source>the column “{column}” is empty in this row, so its PDF files would go out unprotected; fill in the password</source>
        <translation>이 행의 “{column}” 열이 비어 있어 PDF 파일이 보호되지 않은 채 나가게 됩니다. 암호를 채워 넣으세요</translation>
    </message>
    <message>
        <source>{file}: the message text is in the character set “{charset}”, which Composer does not know. Open it in your mail program and save it again as UTF-8.</source>
        <translation>{file}: 메시지 본문이 Composer가 모르는 문자 집합 “{charset}”으로 되어 있습니다. 메일 프로그램에서 열어 UTF-8로 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be a message. Save the message again from your mail program and try again.</source>
        <translation>{file}은(는) 너무 깊이 중첩되어 메시지로 쓸 수 없습니다. 메일 프로그램에서 메시지를 다시 저장한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a message ({reason}). Save the message again as .eml from Composer or your mail program.</source>
        <translation>{file}을(를) 메시지로 읽을 수 없습니다({reason}). Composer나 메일 프로그램에서 메시지를 .eml로 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} does not look like a saved message. Save the message as .eml from Composer or your mail program and try again.</source>
        <translation>{file}은(는) 저장된 메시지가 아닌 것 같습니다. Composer나 사용하는 메일 프로그램에서 메시지를 .eml로 저장한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The {field} has a placeholder error on line {line}: {error}. Write placeholders as {example}.</source>
        <translation>{field}의 {line}번째 줄에 자리 표시자 오류가 있습니다: {error}. 자리 표시자는 {example}처럼 쓰십시오.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>text body</source>
        <translation>텍스트 본문</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML 본문</translation>
    </message>
    <message>
        <source>To field</source>
        <translation>받는 사람 칸</translation>
    </message>
    <message>
        <source>Cc field</source>
        <translation>참조 칸</translation>
    </message>
    <message>
        <source>Bcc field</source>
        <translation>숨은 참조 칸</translation>
    </message>
    <message>
        <source>Reply-To field</source>
        <translation>회신 주소 칸</translation>
    </message>
    <message>
        <source>The {field} uses {construct} on line {line}, which a merge template cannot use. Remove it and put the text in the message itself.</source>
        <translation>{field}의 {line}번째 줄에 편지 병합 템플릿에서 쓸 수 없는 {construct}이(가) 있습니다. 이를 지우고 내용을 메시지에 직접 넣으십시오.</translation>
    </message>
    <message>
        <source>“{value}” in {field} is more than one address; put one address in each cell</source>
        <translation>{field}의 “{value}”에 주소가 둘 이상 있음. 한 칸에는 주소를 하나만 넣으십시오</translation>
    </message>
    <message>
        <source>no address for “{name}” in {field}</source>
        <translation>{field}의 “{name}”에 주소가 없음</translation>
    </message>
    <message>
        <source>the name “{name}” in {field} holds a line break or control character</source>
        <translation>{field}의 이름 “{name}”에 줄 바꿈이나 제어 문자가 있음</translation>
    </message>
    <message>
        <source>{field}, line {line}: {reason}</source>
        <translation>{field}, {line}번째 줄: {reason}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>the number {number} is too large here</source>
        <translation>숫자 {number}이(가) 여기에 쓰기에는 너무 큼</translation>
    </message>
    <message>
        <source>a value grew too large</source>
        <translation>값이 너무 커짐</translation>
    </message>
    <message>
        <source>a format width is too large</source>
        <translation>서식의 너비가 너무 큼</translation>
    </message>
    <message>
        <source>the loops take more than {count} steps for one row</source>
        <translation>반복문이 한 행에 {count}단계를 넘게 돎</translation>
    </message>
    <message>
        <source>a number grew too large</source>
        <translation>숫자가 너무 커짐</translation>
    </message>
    <message>
        <source>the text grows beyond {count} characters for one row</source>
        <translation>한 행의 텍스트가 {count}자를 넘음</translation>
    </message>
    <message>
        <source>it calls itself without end</source>
        <translation>자기 자신을 끝없이 호출함</translation>
    </message>
    <message>
        <source>A part of the message cannot be read ({reason}). Attach the file again.</source>
        <translation>메시지의 일부를 읽을 수 없습니다({reason}). 파일을 다시 첨부해 주세요.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>Sign in again: Preferences ▸ the profile ▸ Sign in…, or run `composer profiles signin {profile}`.</source>
        <translation>다시 로그인하십시오: 환경 설정 ▸ 프로필 ▸ 로그인…, 또는 `composer profiles signin {profile}`을 실행하십시오.</translation>
    </message>
    <message>
        <source>The profile “{profile}” is not signed in yet.</source>
        <translation>“{profile}” 프로필은 아직 로그인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Sign in: Preferences ▸ the profile ▸ Sign in…, or run `composer profiles signin {profile}`.</source>
        <translation>로그인하십시오: 환경 설정 ▸ 프로필 ▸ 로그인…, 또는 `composer profiles signin {profile}`을 실행하십시오.</translation>
    </message>
    <message>
        <source>The sign-in for {account} has expired or was withdrawn, so Composer cannot send with it; you need to sign in again.</source>
        <translation>{account}의 로그인이 만료되었거나 취소되어 이 계정으로 보낼 수 없습니다. 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Sign-in was not completed.</source>
        <extracomment>Seconds to wait for the browser to come back.</extracomment>
        <translation>로그인이 완료되지 않았습니다.</translation>
    </message>
    <message>
        <source>This sign-in page is not the one Composer opened.</source>
        <translation>이 로그인 페이지는 Composer가 연 페이지가 아닙니다.</translation>
    </message>
    <message>
        <source>You are signed in. You can close this window.</source>
        <translation>로그인되었습니다. 이 창을 닫아도 됩니다.</translation>
    </message>
    <message>
        <source>The browser came back with a sign-in Composer did not ask for (the state did not match), so Composer ignored it.</source>
        <translation>브라우저가 Composer가 요청하지 않은 로그인을 돌려보내서(state 값 불일치) 무시했습니다.</translation>
    </message>
    <message>
        <source>Sign in again, from Composer, in one browser window.</source>
        <translation>Composer에서 다시 로그인을 시작하고, 한 브라우저 창에서 진행하십시오.</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code.</source>
        <translation>브라우저가 로그인 코드 없이 돌아왔습니다.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>The browser did not come back to Composer within {minutes} minutes, so the sign-in was stopped.</source>
        <translation>{minutes}분 안에 브라우저에서 Composer로 돌아오지 않아 로그인을 중단했습니다.</translation>
    </message>
    <message>
        <source>Sign in again and finish in the browser; if no browser opened, open the address Composer showed.</source>
        <translation>다시 로그인하고 브라우저에서 끝까지 진행하십시오. 브라우저가 열리지 않았다면 Composer가 보여 준 주소를 여십시오.</translation>
    </message>
    <message>
        <source>Your organisation has not allowed Composer to send mail for you yet.</source>
        <translation>조직에서 아직 Composer가 사용자 대신 메일을 보내도록 허용하지 않았습니다.</translation>
    </message>
    <message>
        <source>Ask your administrator to grant admin consent to the app (see the README), then sign in again.</source>
        <translation>관리자에게 앱에 대한 관리자 동의를 요청한 뒤(README 참고) 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser.</source>
        <translation>브라우저에서 로그인이 거절되었습니다.</translation>
    </message>
    <message>
        <source>Sign in again and accept the access Composer asks for to send mail.</source>
        <translation>다시 로그인하고, 메일을 보내기 위해 Composer가 요청하는 권한을 허용하십시오.</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in ({error}).</source>
        <translation>로그인 서버가 로그인을 거부했습니다({error}).</translation>
    </message>
    <message>
        <source>Sign in again; the details say what the server wants.</source>
        <translation>다시 로그인하십시오. 서버가 요구하는 내용은 자세한 정보에 있습니다.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s sign-in settings ({file}) cannot be read.</source>
        <extracomment>Points at another organisation file (tests, or an administrator who keeps it elsewhere). Client IDs of Composer&apos;s own registrations: empty until Composer has registered them. Extra query parameters of the authorization request (Google: a refresh token). A private CA to trust for the endpoints (the profile&apos;s), besides the system&apos;s.</extracomment>
        <translation>조직의 로그인 설정 파일({file})을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Tell your administrator; the details say what is wrong.</source>
        <translation>관리자에게 알려 주십시오. 무엇이 잘못되었는지는 자세한 정보에 있습니다.</translation>
    </message>
    <message>
        <source>The {what} {url} is not an https:// address.</source>
        <translation>{what} {url}은(는) https:// 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s https:// address in the profile.</source>
        <translation>프로필에 제공업체의 https:// 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>authorization URL</source>
        <translation>인증 URL</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>토큰 URL</translation>
    </message>
    <message>
        <source>Composer has no client ID for signing in with {provider}.</source>
        <translation>Composer에 {provider} 로그인용 클라이언트 ID가 없습니다.</translation>
    </message>
    <message>
        <source>Ask your administrator for your organisation&apos;s client ID (or the file {file}), and enter it in the profile.</source>
        <translation>관리자에게 조직의 클라이언트 ID(또는 {file} 파일)를 요청하여 프로필에 입력하십시오.</translation>
    </message>
    <message>
        <source>The sign-in server gave no lasting sign-in (no refresh token), so Composer would have to ask again within the hour.</source>
        <translation>로그인 서버가 지속되는 로그인(갱신 토큰)을 주지 않아, 한 시간 안에 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Make sure the profile&apos;s scopes include offline access, then sign in again.</source>
        <translation>프로필의 범위(scope)에 오프라인 액세스가 포함되어 있는지 확인한 뒤 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>You signed in as {chosen}, but this profile sends as {expected}.</source>
        <translation>{chosen}(으)로 로그인했지만, 이 프로필은 {expected}(으)로 보냅니다.</translation>
    </message>
    <message>
        <source>Sign in again and choose {expected} in the browser (use “Use another account” if the browser picks one by itself).</source>
        <translation>다시 로그인하고 브라우저에서 {expected}을(를) 선택하십시오(브라우저가 자동으로 계정을 고르면 “다른 계정 사용”을 누르십시오).</translation>
    </message>
    <message>
        <source>Composer could not reach the sign-in server {host} ({reason}).</source>
        <extracomment>Seconds to wait for the token endpoint. Who signed in, from the ID token&apos;s ``email`` / ``preferred_username`` (&quot;&quot; unknown).</extracomment>
        <translation>로그인 서버 {host}에 연결할 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>Check your internet connection and try again.</source>
        <translation>인터넷 연결을 확인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The sign-in server {host} did not answer with a token (HTTP {status}, {kind}).</source>
        <translation>로그인 서버 {host}이(가) 토큰을 보내지 않았습니다(HTTP {status}, {kind}).</translation>
    </message>
    <message>
        <source>Check the token URL in the profile; a proxy or captive portal may be in the way.</source>
        <translation>프로필의 토큰 URL을 확인하십시오. 프록시나 로그인 페이지가 있는 공용 Wi-Fi가 가로막고 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>The sign-in server {host} does not know this client ID.</source>
        <translation>로그인 서버 {host}이(가) 이 클라이언트 ID를 알지 못합니다.</translation>
    </message>
    <message>
        <source>Check the client ID (and secret) with your administrator.</source>
        <translation>관리자와 함께 클라이언트 ID(와 비밀 값)를 확인하십시오.</translation>
    </message>
    <message>
        <source>The sign-in server {host} refused the request ({error}).</source>
        <translation>로그인 서버 {host}이(가) 요청을 거부했습니다({error}).</translation>
    </message>
    <message>
        <source>Try signing in again; the details say what the server wants.</source>
        <translation>다시 로그인해 보십시오. 서버가 요구하는 내용은 자세한 정보에 있습니다.</translation>
    </message>
    <message>
        <source>The sign-in server {host} answered without an access token.</source>
        <translation>로그인 서버 {host}이(가) 액세스 토큰 없이 응답했습니다.</translation>
    </message>
    <message>
        <source>Check the token URL in the profile.</source>
        <translation>프로필의 토큰 URL을 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>“{text}” is not a time; write it as YYYY-MM-DD HH:MM, e.g. {example}.</source>
        <translation>“{text}”은(는) 시간이 아닙니다. YYYY-MM-DD HH:MM 형식으로 쓰십시오(예: {example}).</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>1시간 후</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>내일 아침</translation>
    </message>
    <message>
        <source>Monday 09:00</source>
        <translation>월요일 09:00</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>보내는 중</translation>
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
        <source>In doubt (most likely delivered)</source>
        <translation>확인 안 됨 (전달되었을 가능성 높음)</translation>
    </message>
    <message>
        <source>It stays in the outbox and is tried again at {time}, or retry now.</source>
        <extracomment>The account to send a message of profile *name* with (raises a ComposerError when there is none, or its password cannot be had without asking).</extracomment>
        <translation>보낼 편지함에 남아 {time}에 다시 시도합니다. 지금 다시 시도할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Edit the message and send it again.</source>
        <translation>메시지를 고친 뒤 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Composer stopped while this message was going out, after the server had it all but before it answered.</source>
        <extracomment>Nothing waits longer than this after a temporary failure, even when the clock went back.</extracomment>
        <translation>서버가 메시지를 모두 받은 뒤 응답하기 전에 Composer가 멈췄습니다.</translation>
    </message>
    <message>
        <source>It was most likely delivered: send it again only if a recipient tells you it did not arrive.</source>
        <translation>전달되었을 가능성이 높습니다. 받는 사람이 받지 못했다고 할 때만 다시 보내십시오.</translation>
    </message>
    <message>
        <source>The message was not queued: the disk is full.</source>
        <translation>메시지를 대기열에 넣지 못했습니다. 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>Free some space, then send again; your message is still in the window.</source>
        <translation>공간을 확보한 뒤 다시 보내십시오. 메시지는 창에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>No message in the outbox has the id “{id}”.</source>
        <translation>보낼 편지함에 ID가 “{id}”인 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>See the ids with: composer outbox list</source>
        <translation>ID는 composer outbox list로 확인하십시오.</translation>
    </message>
    <message>
        <source>The message is being sent right now.</source>
        <translation>메시지를 지금 보내는 중입니다.</translation>
    </message>
    <message>
        <source>The message was already sent.</source>
        <translation>메시지를 이미 보냈습니다.</translation>
    </message>
    <message>
        <source>The message most likely went out already.</source>
        <translation>메시지가 이미 나갔을 가능성이 높습니다.</translation>
    </message>
    <message>
        <source>It can no longer be cancelled.</source>
        <translation>이제 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day; write it as HH:MM, e.g. 09:00.</source>
        <translation>“{text}”은(는) 시각이 아닙니다. HH:MM 형식으로 써 주세요(예: 09:00).</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>내일 {time}에</translation>
    </message>
    <message>
        <source>on {time}</source>
        <translation>{time}에</translation>
    </message>
    <message>
        <source>{sent} today, {left} more from {day} (at most {cap} a day, over {count} day) — the merge resumes by itself.</source>
        <translation>오늘 {sent}통, 나머지 {left}통은 {day}부터(하루 최대 {cap}통, {count}일에 걸쳐) — 병합이 스스로 다시 시작합니다.</translation>
    </message>
    <message>
        <source>{sent} today, {left} more from {day} (at most {cap} a day, over {count} days) — the merge resumes by itself.</source>
        <translation>오늘 {sent}통, 나머지 {left}통은 {day}부터(하루 최대 {cap}통, {count}일에 걸쳐) — 병합이 스스로 다시 시작합니다.</translation>
    </message>
    <message>
        <source>{sent} today, {left} {day} — the merge resumes by itself.</source>
        <translation>오늘 {sent}통, {day} {left}통 — 병합이 스스로 다시 시작합니다.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}.</source>
        <extracomment>At most this many later runs for one merge&apos;s row times (as ``--send-at-column``).</extracomment>
        <translation>{row}행: {problem}.</translation>
    </message>
    <message>
        <source>Correct the send time in the data file, or empty it.</source>
        <translation>데이터 파일에서 보낼 시각을 고치거나 비워 주세요.</translation>
    </message>
    <message>
        <source>The rows name {count} different send times.</source>
        <translation>행에 서로 다른 보낼 시각이 {count}개 있습니다.</translation>
    </message>
    <message>
        <source>Use at most {limit}, e.g. round them to the hour.</source>
        <translation>최대 {limit}개까지만 쓸 수 있습니다. 예를 들어 시 단위로 맞춰 주세요.</translation>
    </message>
    <message>
        <source>This merge&apos;s message shows images inside its text.</source>
        <translation>이 병합 메시지는 본문 안에 이미지를 표시합니다.</translation>
    </message>
    <message>
        <source>A scheduled merge cannot carry them yet: start it now, or attach the images as files instead.</source>
        <translation>예약된 병합은 아직 이런 이미지를 담을 수 없습니다. 지금 시작하거나, 이미지를 파일로 첨부해 주세요.</translation>
    </message>
    <message>
        <source>This merge&apos;s message cannot be kept as it is for later.</source>
        <translation>이 병합 메시지를 나중을 위해 그대로 보관할 수 없습니다.</translation>
    </message>
    <message>
        <source>Start it now, or save the message as a template first.</source>
        <translation>지금 시작하거나, 먼저 메시지를 서식으로 저장해 주세요.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>could not check: the DNS server did not answer ({reason})</source>
        <translation>확인하지 못했습니다: DNS 서버가 응답하지 않았습니다 ({reason})</translation>
    </message>
    <message>
        <source>{domain} authorises {host} to send its mail ({term}; {lookups} of 10 lookups).</source>
        <translation>{domain}은(는) {host}이(가) 메일을 보내도록 허용합니다 ({term}; 조회 10회 중 {lookups}회).</translation>
    </message>
    <message>
        <source>{domain} publishes no SPF record: Gmail, Yahoo, Outlook.com and Naver reject or file as spam bulk mail from a domain without one. Ask whoever runs the domain to publish one that includes {host}.</source>
        <translation>{domain}에는 SPF 레코드가 없습니다. Gmail, Yahoo, Outlook.com, 네이버는 SPF가 없는 도메인의 대량 메일을 거부하거나 스팸으로 분류합니다. 도메인 관리자에게 {host}을(를) 포함하는 SPF 레코드를 등록해 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} needs more than 10 DNS lookups, so receivers treat it as broken (RFC 7208). Merge its include: entries or replace some with ip4: ranges.</source>
        <translation>{domain}의 SPF 레코드는 DNS 조회가 10회를 넘어 받는 쪽에서 오류로 처리합니다 (RFC 7208). include: 항목을 합치거나 일부를 ip4: 범위로 바꾸십시오.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} is broken ({detail}).</source>
        <translation>{domain}의 SPF 레코드에 오류가 있습니다 ({detail}).</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not authorise {host} ({result}): mail sent through it will be rejected or land in spam. Add the server (or its provider&apos;s include:) to the record.</source>
        <translation>{domain}의 SPF 레코드가 {host}을(를) 허용하지 않습니다 ({result}). 이 서버로 보낸 메일은 거부되거나 스팸함으로 갑니다. 레코드에 이 서버(또는 메일 서비스의 include:)를 추가하십시오.</translation>
    </message>
    <message>
        <source>{domain} publishes no DMARC record: since 2024 Gmail and Yahoo require one from bulk senders. Publish at least “v=DMARC1; p=none” at _dmarc.{domain}.</source>
        <translation>{domain}에는 DMARC 레코드가 없습니다. 2024년부터 Gmail과 Yahoo는 대량 발송자에게 DMARC를 요구합니다. _dmarc.{domain}에 최소한 “v=DMARC1; p=none”을 등록하십시오.</translation>
    </message>
    <message>
        <source>{domain} publishes DMARC with policy “{policy}”; SPF alignment is {mode}: the envelope sender must be {domain}{exact} for SPF to count.</source>
        <translation>{domain}의 DMARC 정책은 “{policy}”이고 SPF 정렬은 {mode} 방식입니다. SPF가 인정되려면 봉투 발신자가 {domain}{exact}여야 합니다.</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>엄격</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>완화</translation>
    </message>
    <message>
        <source> exactly</source>
        <translation> 그 자체</translation>
    </message>
    <message>
        <source> or one of its subdomains</source>
        <translation> 또는 그 하위 도메인</translation>
    </message>
    <message>
        <source>{domain} receives mail at {hosts}.</source>
        <translation>{domain}은(는) {hosts}에서 메일을 받습니다.</translation>
    </message>
    <message>
        <source>{domain} has no MX record: replies and bounces to it cannot arrive, and some receivers refuse mail from such a domain.</source>
        <translation>{domain}에는 MX 레코드가 없습니다. 답장과 반송 메일이 도착할 수 없고, 이런 도메인의 메일을 거부하는 곳도 있습니다.</translation>
    </message>
    <message>
        <source>{domain} publishes DKIM keys ({selectors}); whether your server signs with them shows only in a test message read back.</source>
        <translation>{domain}에 DKIM 키가 있습니다 ({selectors}). 서버가 실제로 서명하는지는 테스트 메일을 받아 확인해야만 알 수 있습니다.</translation>
    </message>
    <message>
        <source>No DKIM key found for {domain} under {selectors}. If your provider gave you a selector, type it in the DKIM selector field (or give --dkim-selector); else ask it to sign your mail.</source>
        <translation>{domain}에서 {selectors} 선택기로 DKIM 키를 찾지 못했습니다. 서비스 업체가 알려 준 선택기가 있으면 DKIM 선택기 칸에 입력하십시오(또는 --dkim-selector로 지정). 없으면 업체에 메일 서명을 요청하십시오.</translation>
    </message>
    <message>
        <source>The profile has no From address: set one in Preferences.</source>
        <translation>프로필에 보낸 사람 주소가 없습니다. 환경 설정에서 지정하십시오.</translation>
    </message>
    <message>
        <source>{address} is a {domain} address, but the mail goes through {host}: receivers check {domain}&apos;s DMARC and reject it or file it as spam. Send through {domain}&apos;s own server, or use an address of your own domain.</source>
        <translation>{address}은(는) {domain} 주소인데 메일은 {host}을(를) 거쳐 나갑니다. 받는 쪽은 {domain}의 DMARC를 확인해 메일을 거부하거나 스팸으로 분류합니다. {domain}의 서버로 보내거나 자체 도메인 주소를 사용하십시오.</translation>
    </message>
    <message>
        <source>{count} on {day}</source>
        <translation>{day}에 {count}통</translation>
    </message>
    <message>
        <source>{host} lets an account send about {limit} messages a day; {sent} went out through Composer today. This merge of {total}: {plan}. The merge stops at the limit and resumes by itself the next day, at the hour set for it (09:00 unless you chose another), once the last 24 hours leave room.</source>
        <translation>{host}에서는 계정당 하루 약 {limit}통을 보낼 수 있으며, 오늘 Composer로 {sent}통을 보냈습니다. 이번 병합 {total}통: {plan}. 병합은 한도에서 멈추고, 다음 날 정해진 시각(따로 정하지 않았다면 09:00)에 지난 24시간의 여유가 생기면 스스로 다시 시작합니다.</translation>
    </message>
    <message>
        <source>This merge sends {count} messages to Gmail addresses: from 5,000 a day Gmail treats you as a bulk sender and requires SPF, DKIM and DMARC aligned with your From domain, a spam rate under 0.3%, and one-click unsubscribe (RFC 8058). One-click unsubscribe needs a web address that answers a POST; Composer is a desktop program and has none, so its mailto unsubscribe alone does not meet this rule: use a mailing service for such volumes.</source>
        <translation>이번 병합은 Gmail 주소로 {count}통을 보냅니다. 하루 5,000통부터 Gmail은 대량 발송자로 보고 보낸 사람 도메인과 정렬된 SPF·DKIM·DMARC, 0.3% 미만의 스팸 신고율, 원클릭 수신 거부(RFC 8058)를 요구합니다. 원클릭 수신 거부에는 POST 요청에 응답하는 웹 주소가 필요한데, Composer는 데스크톱 프로그램이라 그런 주소가 없어 mailto 수신 거부만으로는 이 요건을 충족하지 못합니다. 이런 규모라면 메일 발송 서비스를 이용하십시오.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>The data file has no row {number}.</source>
        <translation>데이터 파일에 {number}행이 없습니다.</translation>
    </message>
    <message>
        <source>Row {number} cannot be rendered: {error}</source>
        <translation>{number}행을 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>The message cannot be built: {error}</source>
        <translation>메시지를 만들 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewViewer</name>
    <message>
        <source>(no subject)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>{subject} — to {to}</source>
        <translation>{subject} — 받는 사람 {to}</translation>
    </message>
    <message>
        <source>Preview mailbox</source>
        <translation>미리보기함</translation>
    </message>
    <message>
        <source>File {name}</source>
        <translation>파일 {name}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>From</source>
        <translation>보낸 사람</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>회신 주소</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>{path}, line {line}</source>
        <extracomment>The version of the file layout this Composer writes and reads.</extracomment>
        <translation>{path}, {line}번째 줄</translation>
    </message>
    <message>
        <source>{path} was changed by another program since Composer read it. Reload it to keep those changes, or save again to replace it (a copy of it is kept).</source>
        <translation>Composer가 {path}을(를) 읽은 뒤 다른 프로그램이 파일을 바꿨습니다. 그 변경 내용을 유지하려면 다시 불러오고, 덮어쓰려면 다시 저장하십시오(기존 파일의 사본은 보관합니다).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text ({reason}).</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다({reason}).</translation>
    </message>
    <message>
        <source>This is not valid TOML: {problem}.</source>
        <translation>올바른 TOML이 아닙니다: {problem}.</translation>
    </message>
    <message>
        <source>schema_version must be a whole number.</source>
        <translation>schema_version은 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The file was written by a newer Composer (schema version {version}); this version understands schema version {supported}. Update Composer.</source>
        <translation>더 새로운 Composer가 쓴 파일입니다(스키마 버전 {version}). 이 버전은 스키마 버전 {supported}까지 읽을 수 있습니다. Composer를 업데이트하십시오.</translation>
    </message>
    <message>
        <source>Unknown schema version {version}.</source>
        <translation>알 수 없는 스키마 버전 {version}입니다.</translation>
    </message>
    <message>
        <source>Unknown setting {key!r}.</source>
        <translation>알 수 없는 설정 {key!r}입니다.</translation>
    </message>
    <message>
        <source>profiles must be a list of [[profiles]] tables.</source>
        <translation>profiles는 [[profiles]] 표의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>active must be the name of a profile, in quotes.</source>
        <translation>active는 따옴표로 감싼 프로필 이름이어야 합니다.</translation>
    </message>
    <message>
        <source>active names {name!r}, but there is no such profile.</source>
        <translation>active에 지정한 {name!r} 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Each profile must be a [[profiles]] table.</source>
        <translation>각 프로필은 [[profiles]] 표여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown setting {key!r} in a profile.</source>
        <translation>프로필에 알 수 없는 설정 {key!r}이(가) 있습니다.</translation>
    </message>
    <message>
        <source>Every profile needs a name (name = &quot;...&quot;).</source>
        <translation>모든 프로필에는 이름이 필요합니다(name = &quot;...&quot;).</translation>
    </message>
    <message>
        <source>Profile {name!r} has the unknown backend {backend!r}; use one of {kinds}, or a dotted path of a backend class.</source>
        <translation>{name!r} 프로필의 백엔드 {backend!r}을(를) 알 수 없습니다. {kinds} 중 하나나 백엔드 클래스의 점 표기 경로를 쓰십시오.</translation>
    </message>
    <message>
        <source>options must be a table.</source>
        <translation>options는 표여야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be one of {allowed}, not {value!r}.</source>
        <translation>{key}은(는) {value!r}이(가) 아니라 {allowed} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>scopes must be a list of texts in quotes.</source>
        <translation>scopes는 따옴표로 감싼 텍스트의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be a table ([profiles.{key}]).</source>
        <translation>{key}은(는) 표([profiles.{key}])여야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be text in quotes.</source>
        <translation>{key}은(는) 따옴표로 감싼 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be a whole number.</source>
        <translation>{key}은(는) 정수여야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be a number.</source>
        <translation>{key}은(는) 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be true or false.</source>
        <translation>{key}은(는) true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be {kind}.</source>
        <translation>{key}은(는) {kind} 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Unknown setting {key!r} in [profiles.{table}].</source>
        <translation>[profiles.{table}]에 알 수 없는 설정 {key!r}이(가) 있습니다.</translation>
    </message>
    <message>
        <source>security must be &quot;none&quot;, &quot;starttls&quot; or &quot;ssl&quot;, not {value!r}.</source>
        <translation>security는 {value!r}이(가) 아니라 &quot;none&quot;, &quot;starttls&quot;, &quot;ssl&quot; 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535.</source>
        <translation>port는 1에서 65535 사이여야 합니다.</translation>
    </message>
    <message>
        <source>{key} must be a list of addresses, e.g. [&quot;Alice &lt;alice@example.com&gt;&quot;].</source>
        <translation>{key}은(는) 주소 목록이어야 합니다(예: [&quot;Alice &lt;alice@example.com&gt;&quot;]).</translation>
    </message>
    <message>
        <source>{item!r} in {key} is not an address.</source>
        <translation>{key}의 {item!r}은(는) 주소가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Profile {profile!r} needs the password for {account}.</source>
        <translation>{profile!r} 프로필에 {account}의 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 서버</translation>
    </message>
    <message>
        <source>Print to terminal</source>
        <translation>터미널에 출력</translation>
    </message>
    <message>
        <source>Save as files</source>
        <translation>파일로 저장</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Custom backend</source>
        <translation>사용자 지정 백엔드</translation>
    </message>
    <message>
        <source>Messages are printed to the terminal Composer was started from.</source>
        <translation>Composer를 실행한 터미널에 메시지를 출력합니다.</translation>
    </message>
    <message>
        <source>Messages are saved as files in a folder.</source>
        <translation>메시지를 폴더에 파일로 저장합니다.</translation>
    </message>
    <message>
        <source>Preview mailbox</source>
        <translation>미리보기함</translation>
    </message>
    <message>
        <source>Messages are kept in Composer&apos;s preview mailbox until it quits.</source>
        <translation>Composer를 끝낼 때까지 미리보기함에 메시지를 보관합니다.</translation>
    </message>
    <message>
        <source>Messages are thrown away.</source>
        <translation>메시지를 버립니다.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no encryption</comment>
        <extracomment>The ``composer.mail`` backend for each built-in kind (custom profiles name their own).</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Sign in with the provider (OAuth 2.0)</source>
        <extracomment>A password (or an app password) kept in the keyring, or asked for once a session. OAuth 2.0 (&quot;Sign in with Microsoft / Google&quot;): a refresh token kept in the keyring gives short-lived access tokens, used with SASL XOAUTH2 or OAUTHBEARER.</extracomment>
        <translation>메일 서비스로 로그인 (OAuth 2.0)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Other provider</source>
        <extracomment>Any other provider: its authorization and token URLs and scopes are in the profile.</extracomment>
        <translation>기타 서비스</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>프로필 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose the folder to save messages in.</source>
        <translation>메시지를 저장할 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Python does not know this charset.</source>
        <translation>Python이 모르는 문자 집합입니다.</translation>
    </message>
    <message>
        <source>Not an email address: {addresses}.</source>
        <translation>이메일 주소가 아닙니다: {addresses}.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>서버의 호스트 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>This is not a valid host name or IP address.</source>
        <translation>올바른 호스트 이름이나 IP 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>포트는 1에서 65535 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The timeout must be more than 0 seconds.</source>
        <translation>시간 제한은 0초보다 커야 합니다.</translation>
    </message>
    <message>
        <source>A client key needs its certificate.</source>
        <translation>클라이언트 키에는 해당 인증서가 필요합니다.</translation>
    </message>
    <message>
        <source>The certificate file does not exist.</source>
        <translation>인증서 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The key file does not exist.</source>
        <translation>키 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The CA certificate file does not exist.</source>
        <translation>CA 인증서 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Enter the dotted path of the backend class, e.g. mypackage.mail.Backend.</source>
        <translation>백엔드 클래스의 점 표기 경로를 입력하십시오(예: mypackage.mail.Backend).</translation>
    </message>
    <message>
        <source>Enter the full dotted path: module name, then the class name.</source>
        <translation>모듈 이름 다음에 클래스 이름까지 전체 점 표기 경로를 입력하십시오.</translation>
    </message>
    <message>
        <source>The module {module!r} cannot be imported ({reason}).</source>
        <translation>{module!r} 모듈을 가져올 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>The module {module!r} has no {name!r}.</source>
        <translation>{module!r} 모듈에 {name!r}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no profile called {name!r}.</source>
        <extracomment>How the account signs in to its servers (SMTP and IMAP alike). The key of the account&apos;s provider in :mod:`composer.profiles.providers` (&quot;&quot; unknown): its advice, its known sending limits, whether it files submitted mail in Sent itself.</extracomment>
        <translation>{name!r}(이)라는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (사본)</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>프로필에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>프로필 이름은 공백으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>There is already a profile called {name!r}.</source>
        <translation>{name!r}(이)라는 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Gmail accepts only an app password here: turn on 2-Step Verification, create an app password at https://myaccount.google.com/apppasswords and enter it instead of your normal password.</source>
        <extracomment>Whether a password (even an app password) can work at all.</extracomment>
        <translation>Gmail은 여기에서 앱 비밀번호만 받습니다. 2단계 인증을 켜고 https://myaccount.google.com/apppasswords 에서 앱 비밀번호를 만든 다음, 평소 비밀번호 대신 입력하십시오.</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Microsoft 365 no longer accept a password or an app password from mail programs: they need a Microsoft sign-in. Switch the profile to “Sign in with the provider (OAuth 2.0)” in Preferences, then click Sign in….</source>
        <translation>Outlook.com, Hotmail, Microsoft 365는 이제 메일 프로그램의 비밀번호나 앱 비밀번호를 받지 않고 Microsoft 로그인을 요구합니다. 환경 설정에서 프로필을 “메일 서비스로 로그인 (OAuth 2.0)”으로 바꾼 뒤 로그인…을 누르십시오.</translation>
    </message>
    <message>
        <source>Naver Mail</source>
        <translation>네이버 메일</translation>
    </message>
    <message>
        <source>Turn on SMTP in Naver Mail&apos;s settings (POP3/IMAP settings), then try again; if your Naver account uses 2-step verification, create an application password in Naver&apos;s security settings and enter it instead of your normal password.</source>
        <translation>네이버 메일 환경 설정(POP3/IMAP 설정)에서 SMTP 사용을 켠 다음 다시 시도하십시오. 네이버 계정에 2단계 인증을 쓰고 있다면 네이버 보안 설정에서 애플리케이션 비밀번호를 만들어 평소 비밀번호 대신 입력하십시오.</translation>
    </message>
    <message>
        <source>Daum / Kakao Mail</source>
        <translation>다음 / 카카오 메일</translation>
    </message>
    <message>
        <source>Turn on IMAP/SMTP in the mail settings of Daum or Kakao Mail, then try again; if your account uses 2-step verification, create an app password in the account&apos;s security settings and enter it instead of your normal password.</source>
        <translation>다음 또는 카카오 메일의 환경 설정에서 IMAP/SMTP 사용을 켠 다음 다시 시도하십시오. 계정에 2단계 인증을 쓰고 있다면 계정 보안 설정에서 앱 비밀번호를 만들어 평소 비밀번호 대신 입력하십시오.</translation>
    </message>
    <message>
        <source>Yahoo Mail accepts only an app password here: create one under Account security › Generate app password and enter it instead of your normal password.</source>
        <translation>Yahoo 메일은 여기에서 앱 비밀번호만 받습니다. 계정 보안 › 앱 비밀번호 생성에서 앱 비밀번호를 만들어 평소 비밀번호 대신 입력하십시오.</translation>
    </message>
    <message>
        <source>iCloud Mail accepts only an app-specific password here: create one at https://account.apple.com (Sign-In and Security › App-Specific Passwords) and enter it instead of your Apple Account password.</source>
        <translation>iCloud 메일은 여기에서 앱 전용 암호만 받습니다. https://account.apple.com (로그인 및 보안 › 앱 전용 암호)에서 암호를 만들어 Apple 계정 암호 대신 입력하십시오.</translation>
    </message>
    <message>
        <source>Check the user name (often your full email address) and the password. If your provider uses two-step verification, it may want an app password created in your account&apos;s security settings instead of your normal password.</source>
        <translation>사용자 이름(대개 전체 이메일 주소)과 비밀번호를 확인하십시오. 메일 서비스에서 2단계 인증을 쓰고 있다면 평소 비밀번호 대신 계정 보안 설정에서 만든 앱 비밀번호가 필요할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The test of row {row} was sent to {address}. Composer cannot read it back: the profile has no IMAP server. To check by hand, open the test in your mail program, show its original or source (Gmail: ⋮ ▸ Show original; Outlook: View message source; Naver: 원문 보기) and find the Authentication-Results line: spf=, dkim= and dmarc= should each say pass. Add the account&apos;s IMAP server in Preferences to let Composer do this.</source>
        <extracomment>How long to look for the test in the inbox, in seconds: most servers deliver within seconds, a greylisting one within a few minutes.</extracomment>
        <translation>{row}행의 시험 메일을 {address}에 보냈습니다. 프로필에 IMAP 서버가 없어 Composer가 다시 읽어 올 수 없습니다. 직접 확인하려면 메일 프로그램에서 시험 메일을 열고 원문(소스)을 보십시오(Gmail: ⋮ ▸ 원본 보기, Outlook: 메시지 소스 보기, 네이버: 원문 보기). Authentication-Results 줄에서 spf=, dkim=, dmarc=가 모두 pass여야 합니다. 환경 설정에서 계정의 IMAP 서버를 추가하면 Composer가 대신 확인합니다.</translation>
    </message>
    <message>
        <source>The test of row {row} was sent to {address}, but it was not in the inbox within {seconds} seconds. It may be late, held by the server, or filed as spam: look in the spam folder, then try again.</source>
        <translation>{row}행의 시험 메일을 {address}에 보냈지만 {seconds}초 안에 받은편지함에 들어오지 않았습니다. 늦게 오거나 서버에 보류되었거나 스팸으로 분류되었을 수 있습니다. 스팸함을 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The profile has no address of its own: set one in Preferences.</source>
        <translation>프로필에 자신의 주소가 없습니다. 환경 설정에서 지정하십시오.</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>{addresses} and {count} more</source>
        <extracomment>The failure behind a FAILED or IN_DOUBT result (an outbox tells a temporary one from a permanent one by it); None otherwise.</extracomment>
        <translation>{addresses} 외 {count}명</translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation>보내는 사람 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Type your address in From, or add one to the sending profile.</source>
        <translation>보내는 사람 칸에 주소를 입력하거나, 보내기 프로필에 주소를 추가하세요.</translation>
    </message>
    <message>
        <source>Your message is still here; send it again when you are ready.</source>
        <translation>메시지는 그대로 있습니다. 준비되면 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Sent to {accepted}, but the server refused {refused}.</source>
        <translation>{accepted}에게 보냈지만, 서버가 {refused} 주소를 거부했습니다.</translation>
    </message>
    <message>
        <source>Check the refused addresses for typos, then send to them again.</source>
        <translation>거부된 주소에 오타가 없는지 확인한 뒤 그 주소로 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Sent to {recipients} through “{profile}”.</source>
        <translation>“{profile}” 프로필로 {recipients}에게 보냈습니다.</translation>
    </message>
    <message>
        <source>Not delivered: “{profile}” only previews messages.</source>
        <translation>전달되지 않음: “{profile}” 프로필은 메시지를 미리 보기만 합니다.</translation>
    </message>
    <message>
        <source>Sending was cancelled; the server did not accept the message.</source>
        <translation>보내기를 취소했습니다. 서버는 메시지를 받지 않았습니다.</translation>
    </message>
    <message>
        <source>The message went out, but the server&apos;s confirmation never came ({reason}).</source>
        <translation>메시지를 보냈지만 서버의 확인 응답을 받지 못했습니다({reason}).</translation>
    </message>
    <message>
        <source>It was most likely delivered: do not send it again unless a recipient tells you it did not arrive.</source>
        <translation>거의 확실히 전달되었습니다. 받는 사람이 받지 못했다고 알려 오지 않는 한 다시 보내지 마십시오.</translation>
    </message>
    <message>
        <source>Its copy could not be kept in the Sent folder ({reason}); do not send it again.</source>
        <translation>보낸 편지함에 사본을 보관하지 못했습니다({reason}). 다시 보내지 마세요.</translation>
    </message>
</context>
<context>
    <name>ServerCopy</name>
    <message>
        <source>The copy for the Sent folder on {host} could not be made: {reason}</source>
        <translation>{host}의 보낸편지함에 사본을 넣지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Nothing is lost: Composer keeps the copy and makes it with the next message sent through this account, or at the next start.</source>
        <translation>잃어버린 것은 없습니다. Composer가 사본을 보관하고 있다가 이 계정으로 다음 메시지를 보낼 때나 다음에 시작할 때 넣습니다.</translation>
    </message>
    <message>
        <source>Nothing is lost: Composer keeps {count} copies and makes them with the next message sent through this account, or at the next start.</source>
        <translation>잃어버린 것은 없습니다. Composer가 사본 {count}개를 보관하고 있다가 이 계정으로 다음 메시지를 보낼 때나 다음에 시작할 때 넣습니다.</translation>
    </message>
    <message>
        <source>A copy is in “{folder}” on {host}.</source>
        <translation>{host}의 “{folder}”에 사본을 넣었습니다.</translation>
    </message>
    <message>
        <source>{count} copies are in “{folder}” on {host}.</source>
        <translation>{host}의 “{folder}”에 사본 {count}개를 넣었습니다.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>English (US)</source>
        <translation>영어 (미국)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>영어 (영국)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>영어 (캐나다)</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>영어 (오스트레일리아)</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>“{name}” cannot be the name of a template.</source>
        <translation>“{name}”은(는) 서식 이름으로 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a name with letters or digits.</source>
        <translation>글자나 숫자가 들어간 이름을 정하세요.</translation>
    </message>
</context>
</TS>
