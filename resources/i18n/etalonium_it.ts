<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AppLock</name>
    <message>
        <source>New activity. Unlock to see it.</source>
        <translation>Nuova attività. Sblocca per vederla.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Bloccato dopo %n minuto di inattività.</numerusform>
            <numerusform>Bloccato dopo %n minuti di inattività.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after a time without activity.</source>
        <translation>Bloccato dopo un periodo di inattività.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Bloccato.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm your recovery phrase</source>
        <translation>Conferma la frase di recupero</translation>
    </message>
    <message>
        <source>Pick the right word for each position, from what you wrote down.</source>
        <translation>Scegli la parola giusta per ogni posizione, in base a ciò che hai scritto.</translation>
    </message>
    <message>
        <source>Show the words again</source>
        <translation>Mostra di nuovo le parole</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Word #{number}</source>
        <translation>Parola n. {number}</translation>
    </message>
    <message>
        <source>word {number}: {word}</source>
        <translation>parola {number}: {word}</translation>
    </message>
    <message numerus="yes">
        <source>Word {words} does not match. Check your paper, or show the words again.</source>
        <translation>
            <numerusform>La parola {words} non corrisponde. Controlla il foglio o mostra di nuovo le parole.</numerusform>
            <numerusform>Le parole {words} non corrispondono. Controlla il foglio o mostra di nuovo le parole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Blocca ora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>Tema &amp;chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;scuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Etalonium</source>
        <translation>&amp;Informazioni su Etalonium</translation>
    </message>
    <message>
        <source>Show Etalonium</source>
        <translation>Mostra Etalonium</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Bacheca</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Dirette</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercato</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portafoglio</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>DAO</source>
        <translation>DAO</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>How should people know you?</source>
        <translation>Come vuoi farti conoscere?</translation>
    </message>
    <message>
        <source>Your name and role are public on the network; you can change them later in your profile.</source>
        <translation>Il tuo nome e il tuo ruolo sono pubblici sulla rete; potrai cambiarli in seguito nel profilo.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
    </message>
    <message>
        <source>e.g. Ana Petrova</source>
        <translation>es. Ana Petrova</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Crea il mio profilo</translation>
    </message>
</context>
<context>
    <name>NetworkStatusBar</name>
    <message>
        <source>Network state</source>
        <translation>Stato della rete</translation>
    </message>
    <message>
        <source>Verified height</source>
        <translation>Altezza verificata</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avanzamento della sincronizzazione</translation>
    </message>
    <message>
        <source>⚠ Halted: {reason}</source>
        <translation>⚠ Fermato: {reason}</translation>
    </message>
    <message>
        <source>Offline — showing the last verified data; actions are queued</source>
        <translation>Offline — sono mostrati gli ultimi dati verificati; le azioni sono in coda</translation>
    </message>
    <message>
        <source>Syncing {percent}%</source>
        <translation>Sincronizzazione {percent}%</translation>
    </message>
    <message>
        <source>Verified · {chain}</source>
        <translation>Verificato · {chain}</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>Height {height}</source>
        <translation>Altezza {height}</translation>
    </message>
    <message>
        <source>No verified block</source>
        <translation>Nessun blocco verificato</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n testimone</numerusform>
            <numerusform>%n testimoni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Attack warning</source>
        <translation>Avviso di attacco</translation>
    </message>
    <message>
        <source>Verified chain tip</source>
        <translation>Ultimo blocco verificato della catena</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Catena</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altezza</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Hash del blocco</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>Ora del blocco</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Every header is checked here: more than 2/3 of the validators&apos; power must have signed it, and each witness must agree with the primary. Balances, profiles and orders are shown only when proven against a verified header.</source>
        <translation>Ogni intestazione viene controllata qui: deve essere firmata da più di 2/3 del potere dei validatori e ogni testimone deve concordare con il nodo primario. Saldi, profili e ordini sono mostrati solo se provati rispetto a un’intestazione verificata.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>Primary and witnesses</source>
        <translation>Primario e testimoni</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Fermato</translation>
    </message>
    <message>
        <source>Offline — the last verified data is shown, actions are queued</source>
        <translation>Offline — sono mostrati gli ultimi dati verificati, le azioni sono in coda</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Following the chain, verified</source>
        <translation>Segue la catena, verificata</translation>
    </message>
    <message>
        <source>Primary: {node}</source>
        <translation>Primario: {node}</translation>
    </message>
    <message>
        <source>Witness: {node} — agrees</source>
        <translation>Testimone: {node} — concorda</translation>
    </message>
    <message>
        <source>Dropped: {node}</source>
        <translation>Escluso: {node}</translation>
    </message>
    <message>
        <source>⚠ An attack on the light client was detected and the client halted. Nothing further is trusted until you review it. {details}</source>
        <translation>⚠ È stato rilevato un attacco al client leggero e il client si è fermato. Nulla viene più considerato affidabile finché non lo esamini. {details}</translation>
    </message>
    <message>
        <source>none identified</source>
        <translation>nessuno identificato</translation>
    </message>
    <message>
        <source>Evidence sent to the nodes: two conflicting blocks at height {height} ({hash_a}… and {hash_b}…), common trusted height {common}; validators who signed both: {signers}.</source>
        <translation>Prova inviata ai nodi: due blocchi in conflitto all’altezza {height} ({hash_a}… e {hash_b}…), altezza fidata comune {common}; validatori che hanno firmato entrambi: {signers}.</translation>
    </message>
</context>
<context>
    <name>OnboardingView</name>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Scegli una passphrase</translation>
    </message>
    <message>
        <source>It unlocks this profile on this computer and encrypts everything in it. It cannot be recovered: if you forget it, restore your identity from the recovery phrase.</source>
        <translation>Sblocca questo profilo su questo computer e ne cifra tutto il contenuto. Non può essere recuperata: se la dimentichi, ripristina la tua identità dalla frase di recupero.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Ripeti la passphrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Ripetila</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustezza della passphrase</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>{strength}. {advice}</source>
        <translation>{strength}. {advice}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase sono diverse.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess; make it longer or less common.</source>
        <translation>Questa passphrase è troppo facile da indovinare; rendila più lunga o meno comune.</translation>
    </message>
</context>
<context>
    <name>PhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>La tua frase di recupero</translation>
    </message>
    <message>
        <source>Write these 24 words down on paper, in order, and keep them somewhere safe. They are the only way to restore your identity and your funds if this computer is lost. Never type them into a website.</source>
        <translation>Scrivi queste 24 parole su carta, in ordine, e conservale in un luogo sicuro. Sono l’unico modo per ripristinare la tua identità e i tuoi fondi se perdi questo computer. Non digitarle mai in un sito web.</translation>
    </message>
    <message>
        <source>I have written the 24 words down, in order</source>
        <translation>Ho scritto le 24 parole, in ordine</translation>
    </message>
    <message>
        <source>I have written the words down</source>
        <translation>Ho scritto le parole</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Profilo pubblico</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
    </message>
    <message>
        <source>Edit display name</source>
        <translation>Modifica il nome visualizzato</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Modifica il ruolo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografia</translation>
    </message>
    <message>
        <source>portfolio or social links, separated by spaces</source>
        <translation>link al portfolio o ai social, separati da spazi</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Publish profile</source>
        <translation>Pubblica il profilo</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputazione</translation>
    </message>
    <message>
        <source>Reputation score</source>
        <translation>Punteggio di reputazione</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <source>Your skills</source>
        <translation>Le tue competenze</translation>
    </message>
    <message>
        <source>e.g. runway modelling, pattern cutting</source>
        <translation>es. sfilate in passerella, modellistica</translation>
    </message>
    <message>
        <source>Skill to claim</source>
        <translation>Competenza da dichiarare</translation>
    </message>
    <message>
        <source>Claim skill</source>
        <translation>Dichiara competenza</translation>
    </message>
    <message>
        <source>Endorse someone else&apos;s skill</source>
        <translation>Conferma la competenza di qualcun altro</translation>
    </message>
    <message>
        <source>exc1… address</source>
        <translation>indirizzo exc1…</translation>
    </message>
    <message>
        <source>Address to endorse</source>
        <translation>Indirizzo da confermare</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>competenza</translation>
    </message>
    <message>
        <source>Skill to endorse</source>
        <translation>Competenza da confermare</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>A node sent data that failed verification and was not shown: {reason}</source>
        <translation>Un nodo ha inviato dati che non hanno superato la verifica e non sono stati mostrati: {reason}</translation>
    </message>
    <message>
        <source>Not published on the chain yet: publish it so others can find you.</source>
        <translation>Non ancora pubblicato sulla catena: pubblicalo perché gli altri possano trovarti.</translation>
    </message>
    <message>
        <source>✔ Verified by proof at height {height}</source>
        <translation>✔ Verificato con prova all’altezza {height}</translation>
    </message>
    <message>
        <source>No reputation yet: post work, get endorsed, complete orders.</source>
        <translation>Ancora nessuna reputazione: pubblica lavori, ottieni conferme, completa ordini.</translation>
    </message>
    <message>
        <source>Votes {votes} · endorsements {endorsements} · work {work} · ratings {ratings}</source>
        <translation>Voti {votes} · conferme {endorsements} · lavoro {work} · valutazioni {ratings}</translation>
    </message>
    <message numerus="yes">
        <source>{skill} — %n endorsement(s), score {score} ✔</source>
        <translation>
            <numerusform>{skill} — %n conferma, punteggio {score} ✔</numerusform>
            <numerusform>{skill} — %n conferme, punteggio {score} ✔</numerusform>
        </translation>
    </message>
    <message>
        <source>No skills claimed yet.</source>
        <translation>Nessuna competenza dichiarata finora.</translation>
    </message>
    <message>
        <source>Sent; waiting for a block…</source>
        <translation>Inviato; in attesa di un blocco…</translation>
    </message>
    <message>
        <source>Could not send it: {reason}</source>
        <translation>Invio non riuscito: {reason}</translation>
    </message>
    <message>
        <source>Refused by the chain: {reason}</source>
        <translation>Rifiutato dalla catena: {reason}</translation>
    </message>
    <message>
        <source>Your profile needs a display name.</source>
        <translation>Il profilo ha bisogno di un nome visualizzato.</translation>
    </message>
    <message>
        <source>✔ Published and verified.</source>
        <translation>✔ Pubblicato e verificato.</translation>
    </message>
    <message>
        <source>✔ Skill “{skill}” claimed.</source>
        <translation>✔ Competenza «{skill}» dichiarata.</translation>
    </message>
    <message>
        <source>Name the skill to endorse.</source>
        <translation>Indica la competenza da confermare.</translation>
    </message>
    <message>
        <source>✔ Endorsed “{skill}”.</source>
        <translation>✔ Confermata «{skill}».</translation>
    </message>
</context>
<context>
    <name>ReputationChart</name>
    <message>
        <source>height</source>
        <translation>altezza</translation>
    </message>
    <message>
        <source>Reputation history chart</source>
        <translation>Grafico dell’andamento della reputazione</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore your identity</source>
        <translation>Ripristina la tua identità</translation>
    </message>
    <message>
        <source>Type or paste your 24-word recovery phrase, with spaces between the words.</source>
        <translation>Digita o incolla la frase di recupero di 24 parole, separate da spazi.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Frase di recupero</translation>
    </message>
    <message>
        <source>word1 word2 word3 …</source>
        <translation>parola1 parola2 parola3 …</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>One node API address per line; the first is the primary, others witnesses</source>
        <translation>Un indirizzo API di nodo per riga; il primo è il primario, gli altri testimoni</translation>
    </message>
    <message>
        <source>Trust root</source>
        <translation>Radice di fiducia</translation>
    </message>
    <message>
        <source>Trust root (genesis hash)</source>
        <translation>Radice di fiducia (hash della genesi)</translation>
    </message>
    <message>
        <source>Save nodes (used at next start)</source>
        <translation>Salva i nodi (usati al prossimo avvio)</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Aspetto e lingua</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Blocca dopo inattività</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Passphrase attuale</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nuova passphrase</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambia passphrase</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Export the whole profile (identity, messages, contacts, settings) as one file protected by your passphrase. Keep it apart from this computer.</source>
        <translation>Esporta l’intero profilo (identità, messaggi, contatti, impostazioni) in un unico file protetto dalla tua passphrase. Conservalo lontano da questo computer.</translation>
    </message>
    <message>
        <source>Export backup…</source>
        <translation>Esporta backup…</translation>
    </message>
    <message>
        <source>Now using the embedded local devnet: {nodes}. Enter nodes above to join another network instead.</source>
        <translation>In uso la devnet locale integrata: {nodes}. Inserisci dei nodi qui sopra per unirti a un’altra rete.</translation>
    </message>
    <message>
        <source>Not a node address: {address} (expected host:port or http://host:port)</source>
        <translation>Non è un indirizzo di nodo: {address} (atteso host:porta o http://host:porta)</translation>
    </message>
    <message>
        <source>Saved. The app uses these nodes from its next start.</source>
        <translation>Salvato. L’app userà questi nodi dal prossimo avvio.</translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess. {advice}</source>
        <translation>La nuova passphrase è troppo facile da indovinare. {advice}</translation>
    </message>
    <message>
        <source>Re-encrypting your profile…</source>
        <translation>Nuova cifratura del profilo in corso…</translation>
    </message>
    <message>
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>La passphrase attuale non è corretta; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>✔ Passphrase changed. Use the new one from now on.</source>
        <translation>✔ Passphrase cambiata. D’ora in poi usa quella nuova.</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Esporta backup</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>Type your current passphrase in Security above; the backup uses it.</source>
        <translation>Digita la passphrase attuale in Sicurezza, qui sopra; il backup la usa.</translation>
    </message>
    <message>
        <source>✔ Backup written to {path}</source>
        <translation>✔ Backup scritto in {path}</translation>
    </message>
    <message>
        <source>The language could not be saved ({reason}).</source>
        <translation>Non è stato possibile salvare la lingua ({reason}).</translation>
    </message>
    <message>
        <source>Saved. The new language is used from the next start of Etalonium.</source>
        <translation>Salvato. La nuova lingua sarà usata dal prossimo avvio di Etalonium.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock your profile</source>
        <translation>Sblocca il tuo profilo</translation>
    </message>
    <message>
        <source>Profile “{name}” is locked.</source>
        <translation>Il profilo «{name}» è bloccato.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Digita la passphrase per sbloccare.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Sblocco in corso…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Questa passphrase non è corretta. Riprova.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Etalonium</source>
        <translation>Benvenuto in Etalonium</translation>
    </message>
    <message>
        <source>Your identity on the ExtraChain network is a key that only you hold. Nobody can take your account or your data. Everything personal is kept encrypted on this computer.</source>
        <translation>La tua identità sulla rete ExtraChain è una chiave che possiedi solo tu. Nessuno può prenderti l’account o i dati. Tutto ciò che è personale resta cifrato su questo computer.</translation>
    </message>
    <message>
        <source>Create a new identity</source>
        <translation>Crea una nuova identità</translation>
    </message>
    <message>
        <source>Restore from a recovery phrase</source>
        <translation>Ripristina da una frase di recupero</translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <source>Creating your profile</source>
        <translation>Creazione del profilo</translation>
    </message>
    <message>
        <source>Deriving your keys and encrypting your profile…</source>
        <translation>Derivazione delle chiavi e cifratura del profilo…</translation>
    </message>
</context>
<context>
    <name>onboarding</name>
    <message>
        <source>Model</source>
        <translation>Modello/a</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Stilista</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Fotografo/a</translation>
    </message>
    <message>
        <source>Stylist</source>
        <translation>Stylist</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agenzia</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Produttore</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Molto debole</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Debole</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Discreta</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robusta</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Molto robusta</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vuota</translation>
    </message>
    <message>
        <source>Choose a passphrase: it protects everything in this profile.</source>
        <translation>Scegli una passphrase: protegge tutto ciò che c’è in questo profilo.</translation>
    </message>
    <message>
        <source>Good: this passphrase would take a long time to guess.</source>
        <translation>Bene: ci vorrebbe molto tempo per indovinare questa passphrase.</translation>
    </message>
</context>
<context>
    <name>zxcvbn</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Usa qualche parola, evita le frasi comuni.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Non servono simboli, cifre o maiuscole.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Aggiungi un’altra parola o due. Meglio se poco comuni.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Le file di tasti in linea retta sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Le brevi sequenze sulla tastiera sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Usa una sequenza di tastiera più lunga e con più svolte.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Le ripetizioni come «aaa» sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Le ripetizioni come «abcabcabc» sono solo un po’ più difficili da indovinare di «abc».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evita parole e caratteri ripetuti.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Le sequenze come «abc» o «6543» sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evita le sequenze.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Gli anni recenti sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evita gli anni recenti.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evita gli anni legati a te.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Le date sono spesso facili da indovinare.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evita date e anni legati a te.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>È tra le 10 password più comuni.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>È tra le 100 password più comuni.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>È una password molto comune.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>È simile a una password molto usata.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Una parola da sola è facile da indovinare.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Nomi e cognomi da soli sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Nomi e cognomi comuni sono facili da indovinare.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Le maiuscole non aiutano molto.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tutto maiuscolo è facile da indovinare quasi quanto tutto minuscolo.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Le parole al contrario non sono molto più difficili da indovinare.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Sostituzioni prevedibili come «@» al posto di «a» non aiutano molto.</translation>
    </message>
</context>
</TS>
