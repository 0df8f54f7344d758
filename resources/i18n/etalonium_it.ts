<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ActorProfileView</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Segui</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputazione</translation>
    </message>
    <message>
        <source>Displayed reputation</source>
        <translation>Reputazione mostrata</translation>
    </message>
    <message>
        <source>Where the reputation came from</source>
        <translation>Da dove viene la reputazione</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Skills, endorsed by others</source>
        <translation>Competenze, confermate da altri</translation>
    </message>
    <message>
        <source>Claim a skill: runway modelling, pattern cutting…</source>
        <translation>Dichiara una competenza: sfilate in passerella, modellistica…</translation>
    </message>
    <message>
        <source>Skill to claim</source>
        <translation>Competenza da dichiarare</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Dichiara</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Could not prove the latest figures: {reason}</source>
        <translation>Impossibile provare i dati più recenti: {reason}</translation>
    </message>
    <message>
        <source>Following ✔</source>
        <translation>Segui già ✔</translation>
    </message>
    <message>
        <source>{points} points on the chain</source>
        <translation>{points} punti sulla catena</translation>
    </message>
    <message>
        <source>{badge} — minted at height {height}</source>
        <translation>{badge} — coniato all&apos;altezza {height}</translation>
    </message>
    <message>
        <source>No badges yet: they are minted when a milestone is reached.</source>
        <translation>Ancora nessun badge: vengono coniati al raggiungimento di un traguardo.</translation>
    </message>
    <message>
        <source>✔ Verified by proof against the chain</source>
        <translation>✔ Verificato tramite prova sulla catena</translation>
    </message>
    <message>
        <source>{skill} — not proven yet</source>
        <translation>{skill} — non ancora provata</translation>
    </message>
    <message numerus="yes">
        <source>%n endorsement(s)</source>
        <translation>
            <numerusform>%n conferma</numerusform>
            <numerusform>%n conferme</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} points of trust</source>
        <translation>{points} punti di fiducia</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Endorse {skill}</source>
        <translation>Conferma {skill}</translation>
    </message>
    <message>
        <source>No skills claimed yet.</source>
        <translation>Ancora nessuna competenza dichiarata.</translation>
    </message>
    <message>
        <source>weight {score}</source>
        <translation>peso {score}</translation>
    </message>
    <message>
        <source>Endorsing…</source>
        <translation>Conferma in corso…</translation>
    </message>
    <message>
        <source>✔ You endorsed {name}&apos;s {skill}.</source>
        <translation>✔ Hai confermato la competenza {skill} di {name}.</translation>
    </message>
    <message>
        <source>Claiming…</source>
        <translation>Dichiarazione in corso…</translation>
    </message>
    <message>
        <source>✔ Skill “{skill}” claimed.</source>
        <translation>✔ Competenza “{skill}” dichiarata.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>✔ Following.</source>
        <translation>✔ Ora lo segui.</translation>
    </message>
    <message>
        <source>✔ Unfollowed.</source>
        <translation>✔ Non lo segui più.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source> among {roles} in {region}</source>
        <translation> tra {roles} a {region}</translation>
    </message>
    <message>
        <source> among {roles}</source>
        <translation> tra {roles}</translation>
    </message>
    <message>
        <source> in {region}</source>
        <translation> a {region}</translation>
    </message>
    <message>
        <source>There are not enough recent posts{who} yet to tell what is rising.</source>
        <translation>Non ci sono ancora abbastanza post recenti{who} per dire che cosa è in crescita.</translation>
    </message>
    <message>
        <source>#{tag} is rising{who}: used {ratio} times as often in the last {days} days as before ({sure}).</source>
        <translation>#{tag} è in crescita{who}: usato {ratio} volte più spesso negli ultimi {days} giorni rispetto a prima ({sure}).</translation>
    </message>
    <message>
        <source>{colour} is a rising colour{who} ({ratio}, {sure}).</source>
        <translation>{colour} è un colore in crescita{who} ({ratio}, {sure}).</translation>
    </message>
    <message>
        <source>The {format} format is gaining ground{who} ({ratio}).</source>
        <translation>Il formato «{format}» sta guadagnando terreno{who} ({ratio}).</translation>
    </message>
    <message>
        <source>The {style} palette style is gaining ground{who} ({ratio}).</source>
        <translation>Lo stile di palette «{style}» sta guadagnando terreno{who} ({ratio}).</translation>
    </message>
    <message>
        <source>A cluster is emerging: {tags} appear together, and posts combining them are up {ratio}.</source>
        <translation>Sta emergendo un gruppo: {tags} compaiono insieme, e i post che li combinano sono aumentati di {ratio}.</translation>
    </message>
    <message>
        <source>#{tag} is fading{who} ({ratio}); posts that lean on it may reach fewer people.</source>
        <translation>#{tag} è in calo{who} ({ratio}); i post che puntano su questo tag potrebbero raggiungere meno persone.</translation>
    </message>
    <message>
        <source>This draft should get about {votes} net votes ({interval} range {low}–{high}) and change your reputation by about {reputation} ({reputation_low} to {reputation_high}).</source>
        <translation>Questa bozza dovrebbe ottenere circa {votes} voti netti (intervallo al {interval}: {low}–{high}) e cambiare la tua reputazione di circa {reputation} (da {reputation_low} a {reputation_high}).</translation>
    </message>
    <message>
        <source>what helps most is {what} ({votes} votes)</source>
        <translation>ciò che aiuta di più è {what} ({votes} voti)</translation>
    </message>
    <message>
        <source>what holds it back is {what} ({votes})</source>
        <translation>ciò che la frena è {what} ({votes})</translation>
    </message>
    <message>
        <source>Against a typical post of your role, {parts}.</source>
        <translation>Rispetto a un post tipico del tuo ruolo, {parts}.</translation>
    </message>
    <message>
        <source>{change}: {reason}.</source>
        <translation>{change}: {reason}.</translation>
    </message>
    <message>
        <source>Your reputation is {reputation}, above {percentile} of {roles}; in four weeks you gained {growth}, more than {growth_percentile} of them (their median gain: {median}).</source>
        <translation>La tua reputazione è {reputation}, sopra il {percentile} del gruppo «{roles}»; in quattro settimane hai guadagnato {growth}, più del {growth_percentile} di loro (il loro guadagno mediano: {median}).</translation>
    </message>
    <message>
        <source>An endorsement for &apos;{skill}&apos; is worth asking for{have}: endorsed {roles} get {lift}× the orders of the others, and {endorsed} of {total} have one.</source>
        <translation>Vale la pena chiedere una conferma per «{skill}»{have}: tra {roles}, chi ne ha una riceve {lift}× gli ordini degli altri, e {endorsed} su {total} ne hanno una.</translation>
    </message>
    <message>
        <source>An endorsement for &apos;{skill}&apos; is worth asking for{have}: endorsed {roles} get {lift}× the votes per post of the others, and {endorsed} of {total} have one.</source>
        <translation>Vale la pena chiedere una conferma per «{skill}»{have}: tra {roles}, chi ne ha una riceve {lift}× i voti per post degli altri, e {endorsed} su {total} ne hanno una.</translation>
    </message>
    <message>
        <source> (you have {count})</source>
        <translation> (ne hai {count})</translation>
    </message>
    <message>
        <source>Your {kind} of {when} did {times}× your usual ({votes} votes vs {usual}); the model credits {why}.</source>
        <translation>Il tuo post ({kind}) del {when} ha fatto {times}× il solito ({votes} voti contro {usual}); il modello lo attribuisce a {why}.</translation>
    </message>
    <message>
        <source>Your {kind} of {when} did {times}× your usual ({votes} votes vs {usual}).</source>
        <translation>Il tuo post ({kind}) del {when} ha fatto {times}× il solito ({votes} voti contro {usual}).</translation>
    </message>
    <message>
        <source>Your best hour to post is around {best} (about {best_votes} votes for your typical post, against {worst_votes} at {worst}).</source>
        <translation>La tua ora migliore per pubblicare è verso le {best} (circa {best_votes} voti per un tuo post tipico, contro {worst_votes} alle {worst}).</translation>
    </message>
    <message>
        <source>Demand for {category} is rising: orders per week are up {ratio} lately; about {orders} orders are expected next week ({low}–{high}).</source>
        <translation>La domanda di {category} è in crescita: gli ordini settimanali sono aumentati di {ratio} di recente; per la prossima settimana se ne attendono circa {orders} ({low}–{high}).</translation>
    </message>
    <message>
        <source>Demand for {category} is falling: {ratio}× the orders per week of before.</source>
        <translation>La domanda di {category} è in calo: {ratio}× gli ordini settimanali di prima.</translation>
    </message>
    <message>
        <source>Similar listings (same category, region and delivery time) sold for {low}–{high} ExC; about {typical} ExC is typical.</source>
        <translation>Annunci simili (stessa categoria, regione e tempi di consegna) sono stati venduti a {low}–{high} ExC; circa {typical} ExC è il prezzo tipico.</translation>
    </message>
    <message>
        <source>{category} listings sold for {low}–{high} ExC; about {typical} ExC is typical.</source>
        <translation>Gli annunci di {category} sono stati venduti a {low}–{high} ExC; circa {typical} ExC è il prezzo tipico.</translation>
    </message>
    <message>
        <source>{price} Demand is rising ({ratio}), so the upper end is realistic.</source>
        <translation>{price} La domanda è in crescita ({ratio}), quindi la fascia alta è realistica.</translation>
    </message>
    <message>
        <source>{day} {clock}</source>
        <translation>{day} {clock}</translation>
    </message>
    <message>
        <source>{what} is rising: ×{ratio} in the last {days} days ({sure})</source>
        <translation>{what} è in crescita: ×{ratio} negli ultimi {days} giorni ({sure})</translation>
    </message>
    <message>
        <source>{what} is fading: ×{ratio} in the last {days} days ({sure})</source>
        <translation>{what} è in calo: ×{ratio} negli ultimi {days} giorni ({sure})</translation>
    </message>
    <message>
        <source>expected votes {before} → {after} (+{delta})</source>
        <translation>voti attesi {before} → {after} (+{delta})</translation>
    </message>
    <message>
        <source>lately its posts did {percent} better than usual</source>
        <translation>di recente i suoi post sono andati il {percent} meglio del solito</translation>
    </message>
    <message>
        <source>lately its posts did {percent} worse than usual</source>
        <translation>di recente i suoi post sono andati il {percent} peggio del solito</translation>
    </message>
    <message>
        <source>add #{tag}</source>
        <translation>aggiungi #{tag}</translation>
    </message>
    <message>
        <source>drop #{tag}</source>
        <translation>togli #{tag}</translation>
    </message>
    <message>
        <source>the model expects posts by {roles} to do best around then</source>
        <translation>il modello prevede che i post di {roles} rendano di più in quel momento</translation>
    </message>
    <message>
        <source>post on {when}</source>
        <translation>pubblica {when}</translation>
    </message>
    <message>
        <source>{format} posts by {roles} do better than {other} ones</source>
        <translation>i post in formato «{format}» di {roles} rendono più di quelli «{other}»</translation>
    </message>
    <message>
        <source>the {format} format</source>
        <translation>il formato «{format}»</translation>
    </message>
    <message>
        <source>make it a {format}</source>
        <translation>trasformalo in formato «{format}»</translation>
    </message>
    <message>
        <source>bring {colour} into the palette</source>
        <translation>aggiungi {colour} alla palette</translation>
    </message>
    <message>
        <source>post without a caption</source>
        <translation>pubblica senza didascalia</translation>
    </message>
    <message>
        <source>write a caption of about {length} characters</source>
        <translation>scrivi una didascalia di circa {length} caratteri</translation>
    </message>
    <message>
        <source>captions of that length do better in the model</source>
        <translation>secondo il modello le didascalie di quella lunghezza rendono di più</translation>
    </message>
    <message>
        <source>{gain}: {evidence}</source>
        <translation>{gain}: {evidence}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domenica</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>gen</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mag</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>giu</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>lug</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>ott</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>models</source>
        <translation>modelli</translation>
    </message>
    <message>
        <source>designers</source>
        <translation>designer</translation>
    </message>
    <message>
        <source>photographers</source>
        <translation>fotografi</translation>
    </message>
    <message>
        <source>stylists</source>
        <translation>stilisti</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>agenzie</translation>
    </message>
    <message>
        <source>producers</source>
        <translation>produttori</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>lookbook</source>
        <translation>lookbook</translation>
    </message>
    <message>
        <source>casting</source>
        <translation>casting</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>no media</source>
        <translation>senza media</translation>
    </message>
    <message>
        <source>image</source>
        <translation>immagine</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>misto</translation>
    </message>
    <message>
        <source>its tags</source>
        <translation>i suoi tag</translation>
    </message>
    <message>
        <source>its timing</source>
        <translation>il momento scelto</translation>
    </message>
    <message>
        <source>its format</source>
        <translation>il suo formato</translation>
    </message>
    <message>
        <source>its colours</source>
        <translation>i suoi colori</translation>
    </message>
    <message>
        <source>its caption</source>
        <translation>la sua didascalia</translation>
    </message>
    <message>
        <source>your standing then</source>
        <translation>la tua reputazione di quel momento</translation>
    </message>
    <message>
        <source>{kind} · {media}</source>
        <translation>{kind} · {media}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>over 99% sure</source>
        <translation>certezza oltre il 99%</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>certezza {percent}</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>New activity. Unlock to see it.</source>
        <extracomment>Live players muted by the lock, to be heard again after unlocking.</extracomment>
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
    <name>ArbiterDialog</name>
    <message>
        <source>Settle disputes as an arbiter</source>
        <translation>Risolvi controversie come arbitro</translation>
    </message>
    <message>
        <source>Arbiters are drawn at random among members with a reputation of at least {minimum} (yours is {score}), weighted by their reputation in the order&apos;s category, and never for a party or someone following or followed by one. A ruling earns {percent}% of the escrow.</source>
        <translation>Gli arbitri vengono estratti a caso tra i membri con una reputazione di almeno {minimum} (la tua è {score}), pesati secondo la reputazione nella categoria dell&apos;ordine, e mai per una delle parti o per chi la segue o ne è seguito. Una decisione frutta il {percent}% del deposito in garanzia.</translation>
    </message>
    <message>
        <source>I am available to settle disputes</source>
        <translation>Sono disponibile a risolvere controversie</translation>
    </message>
    <message>
        <source>Every category, or e.g. Dresses, Tailoring</source>
        <translation>Tutte le categorie, oppure ad es. Abiti, Sartoria</translation>
    </message>
    <message>
        <source>Categories you settle</source>
        <translation>Categorie in cui arbitri</translation>
    </message>
    <message>
        <source>Categories on the market now: </source>
        <translation>Categorie ora sul mercato: </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>You are not registered as an arbiter.</source>
        <translation>Non sei registrato come arbitro.</translation>
    </message>
    <message>
        <source>Choose at most 16 categories.</source>
        <translation>Scegli al massimo 16 categorie.</translation>
    </message>
</context>
<context>
    <name>AssistantCharts</name>
    <message>
        <source>Tags</source>
        <extracomment>Line colours of trend and demand series (distinct on light and dark backgrounds).</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tempistica</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Didascalia</translation>
    </message>
    <message>
        <source>Your standing</source>
        <translation>La tua posizione</translation>
    </message>
    <message>
        <source>weeks from now</source>
        <translation>settimane da oggi</translation>
    </message>
    <message>
        <source>Trend lines: share of posts per week</source>
        <translation>Linee di tendenza: quota di post a settimana</translation>
    </message>
    <message>
        <source>% of posts</source>
        <translation>% dei post</translation>
    </message>
    <message>
        <source>Market demand: orders per week with forecast</source>
        <translation>Domanda di mercato: ordini a settimana con previsione</translation>
    </message>
    <message>
        <source>orders per week</source>
        <translation>ordini a settimana</translation>
    </message>
    <message>
        <source>weeks from now (dashed: forecast, shaded: 80% range)</source>
        <translation>settimane da oggi (tratteggio: previsione, ombreggiatura: intervallo all&apos;80%)</translation>
    </message>
    <message>
        <source>Your reputation against peers of your role</source>
        <translation>La tua reputazione rispetto ai colleghi del tuo ruolo</translation>
    </message>
    <message>
        <source>reputation</source>
        <translation>reputazione</translation>
    </message>
    <message>
        <source>middle half of peers</source>
        <translation>metà centrale dei colleghi</translation>
    </message>
    <message>
        <source>peers&apos; median</source>
        <translation>mediana dei colleghi</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tu</translation>
    </message>
</context>
<context>
    <name>AssistantPage</name>
    <message>
        <source>“%1” is not a colour: write it as #RRGGBB</source>
        <translation>«%1» non è un colore: scrivilo come #RRGGBB</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: ancora niente da mostrare</translation>
    </message>
    <message>
        <source>Assistant views</source>
        <translation>Viste dell&apos;assistente</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendenze</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercato</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Learn now</source>
        <translation>Impara ora</translation>
    </message>
    <message>
        <source>Train the models on everything read so far (in the background)</source>
        <translation>Addestra i modelli su tutto ciò che è stato letto finora (in background)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel learning</source>
        <translation>Annulla l&apos;apprendimento</translation>
    </message>
    <message>
        <source>It learns on this computer only, from chain data the light client has verified and from your drafts; nothing it learns leaves your encrypted profile.</source>
        <translation>Impara solo su questo computer, dai dati della catena verificati dal client leggero e dalle tue bozze; nulla di ciò che impara lascia il tuo profilo cifrato.</translation>
    </message>
    <message>
        <source>Assistant status</source>
        <translation>Stato dell&apos;assistente</translation>
    </message>
    <message>
        <source>Learning progress</source>
        <translation>Avanzamento dell&apos;apprendimento</translation>
    </message>
    <message>
        <source>Assistant message</source>
        <translation>Messaggio dell&apos;assistente</translation>
    </message>
    <message>
        <source>What the assistant says</source>
        <translation>Cosa dice l&apos;assistente</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consigli</translation>
    </message>
    <message>
        <source>Rising colours</source>
        <translation>Colori in ascesa</translation>
    </message>
    <message>
        <source>Rising tags</source>
        <translation>Tag in ascesa</translation>
    </message>
    <message>
        <source>Rising now</source>
        <translation>In ascesa ora</translation>
    </message>
    <message>
        <source>Among</source>
        <translation>Tra</translation>
    </message>
    <message>
        <source>Whose posts</source>
        <translation>Post di chi</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>Share of posts per week</source>
        <translation>Quota di post a settimana</translation>
    </message>
    <message>
        <source>Fading colours</source>
        <translation>Colori in calo</translation>
    </message>
    <message>
        <source>Emerging clusters</source>
        <translation>Gruppi emergenti</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>In ascesa</translation>
    </message>
    <message>
        <source>Rising items</source>
        <translation>Elementi in ascesa</translation>
    </message>
    <message>
        <source>Fading</source>
        <translation>In calo</translation>
    </message>
    <message>
        <source>Fading items</source>
        <translation>Elementi in calo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Certezza</translation>
    </message>
    <message>
        <source>Recent posts</source>
        <translation>Post recenti</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>La tua bozza</translation>
    </message>
    <message>
        <source>e.g. linen, tailoring, ss26</source>
        <translation>es. lino, sartoria, ss26</translation>
    </message>
    <message>
        <source>Draft tags</source>
        <translation>Tag della bozza</translation>
    </message>
    <message>
        <source>The caption you plan to write</source>
        <translation>La didascalia che pensi di scrivere</translation>
    </message>
    <message>
        <source>Draft caption</source>
        <translation>Didascalia della bozza</translation>
    </message>
    <message>
        <source>Draft format</source>
        <translation>Formato della bozza</translation>
    </message>
    <message>
        <source>dominant colours, e.g. #c4c8ce #0f7c80</source>
        <translation>colori dominanti, es. #c4c8ce #0f7c80</translation>
    </message>
    <message>
        <source>Draft palette</source>
        <translation>Palette della bozza</translation>
    </message>
    <message>
        <source>Add colour…</source>
        <translation>Aggiungi colore…</translation>
    </message>
    <message>
        <source>Planned day</source>
        <translation>Giorno previsto</translation>
    </message>
    <message>
        <source>Planned hour</source>
        <translation>Ora prevista</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Didascalia</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Previsto per</translation>
    </message>
    <message>
        <source>Check draft</source>
        <translation>Valuta bozza</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Cosa aspettarsi</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Risultato atteso</translation>
    </message>
    <message>
        <source>Net votes within three days (80% range)</source>
        <translation>Voti netti entro tre giorni (intervallo all&apos;80%)</translation>
    </message>
    <message>
        <source>Expected net votes</source>
        <translation>Voti netti attesi</translation>
    </message>
    <message>
        <source>net votes</source>
        <translation>voti netti</translation>
    </message>
    <message>
        <source>Change of your reputation (80% range)</source>
        <translation>Variazione della tua reputazione (intervallo all&apos;80%)</translation>
    </message>
    <message>
        <source>Expected reputation change</source>
        <translation>Variazione attesa della reputazione</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punti</translation>
    </message>
    <message>
        <source>Why: against a typical post of your role</source>
        <translation>Perché: rispetto a un post tipico del tuo ruolo</translation>
    </message>
    <message>
        <source>Changes that would help</source>
        <translation>Modifiche che aiuterebbero</translation>
    </message>
    <message>
        <source>Draft advice</source>
        <translation>Consigli sulla bozza</translation>
    </message>
    <message>
        <source>Your reputation against your peers</source>
        <translation>La tua reputazione rispetto ai colleghi</translation>
    </message>
    <message>
        <source>Brand summary</source>
        <translation>Riepilogo del brand</translation>
    </message>
    <message>
        <source>Skills worth getting endorsed</source>
        <translation>Competenze che conviene farsi confermare</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <source>Endorsed peers</source>
        <translation>Colleghi confermati</translation>
    </message>
    <message>
        <source>Their outcome</source>
        <translation>Il loro risultato</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Skills worth endorsing</source>
        <translation>Competenze da confermare</translation>
    </message>
    <message>
        <source>An association among your peers, not a promise: endorsed peers did this much better than the others.</source>
        <translation>Una correlazione tra i tuoi colleghi, non una promessa: i colleghi confermati hanno fatto tanto meglio degli altri.</translation>
    </message>
    <message>
        <source>What worked for you</source>
        <translation>Cosa ha funzionato per te</translation>
    </message>
    <message>
        <source>Your best posts</source>
        <translation>I tuoi post migliori</translation>
    </message>
    <message>
        <source>Your best hours</source>
        <translation>Le tue ore migliori</translation>
    </message>
    <message>
        <source>Demand per category</source>
        <translation>Domanda per categoria</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendenza</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Prossima settimana</translation>
    </message>
    <message>
        <source>Median price</source>
        <translation>Prezzo mediano</translation>
    </message>
    <message>
        <source>Price for a new listing</source>
        <translation>Prezzo per un nuovo annuncio</translation>
    </message>
    <message>
        <source>Listing category</source>
        <translation>Categoria dell&apos;annuncio</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>Beni o servizi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Beni</translation>
    </message>
    <message>
        <source>Listing region</source>
        <translation>Regione dell&apos;annuncio</translation>
    </message>
    <message>
        <source>e.g. Paris</source>
        <translation>es. Parigi</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Tempi di consegna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Suggest a price</source>
        <translation>Suggerisci un prezzo</translation>
    </message>
    <message>
        <source>Price suggestion</source>
        <translation>Prezzo suggerito</translation>
    </message>
    <message>
        <source>Your brand report compares your reputation with other people of your role. It appears after the first training, once you and your peers have posts or endorsements on the chain.</source>
        <translation>Il rapporto sul tuo brand confronta la tua reputazione con quella di altre persone del tuo ruolo. Compare dopo il primo addestramento, quando tu e i tuoi colleghi avete post o conferme sulla catena.</translation>
    </message>
    <message>
        <source>No orders seen yet: demand per category and price suggestions appear once orders are placed on the marketplace and the assistant has learned from them.</source>
        <translation>Nessun ordine visto finora: la domanda per categoria e i prezzi suggeriti compaiono quando sul mercato vengono effettuati ordini e l&apos;assistente ha imparato da essi.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>lookbook</source>
        <translation>lookbook</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>casting</source>
        <translation>casting</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>Not enough verified posts yet to say what is rising: %1 of the %2 from the last %3 that trends need (and %2 from the weeks before). The assistant keeps reading new blocks and learns by itself.</source>
        <translation>Non ci sono ancora abbastanza post verificati per dire cosa è in ascesa: %1 dei %2 degli ultimi %3 che servono alle tendenze (più %2 delle settimane precedenti). L&apos;assistente continua a leggere nuovi blocchi e impara da solo.</translation>
    </message>
    <message>
        <source>On the demo devnet the weeks are simulated: they pass in minutes.</source>
        <translation>Sulla devnet dimostrativa le settimane sono simulate: passano in pochi minuti.</translation>
    </message>
    <message>
        <source>The assistant is getting ready. Its advice appears here as soon as it has read enough verified posts.</source>
        <translation>L&apos;assistente si sta preparando. I suoi consigli compaiono qui appena avrà letto abbastanza post verificati.</translation>
    </message>
    <message>
        <source>Rising tags and colours appear here.</source>
        <translation>Qui compaiono i tag e i colori in ascesa.</translation>
    </message>
    <message>
        <source>No trends yet: the assistant needs about 150 posts from the last three weeks and 150 from the nine weeks before. It keeps reading verified blocks by itself.</source>
        <translation>Ancora nessuna tendenza: all&apos;assistente servono circa 150 post delle ultime tre settimane e 150 delle nove settimane precedenti. Continua a leggere da solo i blocchi verificati.</translation>
    </message>
    <message>
        <source>Loading the assistant&apos;s models and statistics…</source>
        <translation>Caricamento dei modelli e delle statistiche dell&apos;assistente…</translation>
    </message>
    <message>
        <source>Learning now… the outlook for your draft appears when it is done.</source>
        <translation>Apprendimento in corso… le previsioni per la tua bozza compaiono al termine.</translation>
    </message>
    <message>
        <source>Advice for a draft needs a trained model. The assistant learns by itself once about %1 posts have had three days of votes; you can also press Learn now.</source>
        <translation>I consigli su una bozza richiedono un modello addestrato. L&apos;assistente impara da solo quando circa %1 post hanno avuto tre giorni di voti; puoi anche premere Impara ora.</translation>
    </message>
    <message>
        <source>Write the tags, caption, format, colours and time you have in mind, then press Check draft: the assistant predicts the votes and reputation it will likely earn and suggests changes.</source>
        <translation>Scrivi tag, didascalia, formato, colori e orario che hai in mente, poi premi Valuta bozza: l&apos;assistente prevede i voti e la reputazione che probabilmente otterrà e suggerisce modifiche.</translation>
    </message>
    <message>
        <source>Last %1 (%2) against the %3 before (%4).</source>
        <translation>Ultimi %1 (%2) rispetto ai %3 precedenti (%4).</translation>
    </message>
    <message>
        <source>Not enough posts yet to tell what is rising among %1: %2 in the last %3 and %4 in the %5 before; it needs %6 in each. It keeps reading verified blocks by itself.</source>
        <translation>Non ci sono ancora abbastanza post per capire cosa è in ascesa tra %1: %2 negli ultimi %3 e %4 nei %5 precedenti; ne servono %6 per ciascun periodo. Continua a leggere da solo i blocchi verificati.</translation>
    </message>
    <message>
        <source>%1: %2 recent and %3 earlier posts</source>
        <translation>%1: %2 post recenti e %3 precedenti</translation>
    </message>
    <message>
        <source>Nothing significant</source>
        <translation>Niente di significativo</translation>
    </message>
    <message>
        <source>%1: posts combining them ×%2</source>
        <translation>%1: post che li combinano ×%2</translation>
    </message>
    <message>
        <source>No cluster of tags is emerging.</source>
        <translation>Non sta emergendo alcun gruppo di tag.</translation>
    </message>
    <message>
        <source>Rising tags and colours appear here once there are enough recent posts (%1 of %2 so far).</source>
        <translation>I tag e i colori in ascesa compaiono qui quando ci sono abbastanza post recenti (%1 su %2 finora).</translation>
    </message>
    <message>
        <source>No tag is rising significantly.</source>
        <translation>Nessun tag è in ascesa in modo significativo.</translation>
    </message>
    <message>
        <source>Nothing to say yet: the assistant keeps reading verified blocks.</source>
        <translation>Ancora niente da dire: l&apos;assistente continua a leggere i blocchi verificati.</translation>
    </message>
    <message>
        <source>Advice on %1</source>
        <translation>Consigli su %1</translation>
    </message>
    <message>
        <source>Your reputation is %1: above %2% of %3 %4. Over four weeks you gained %5, more than %6% of them (their median gain: %7).</source>
        <translation>La tua reputazione è %1: sopra il %2% di %3 %4. In quattro settimane hai guadagnato %5, più del %6% di loro (il loro guadagno mediano: %7).</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>ordini</translation>
    </message>
    <message>
        <source>votes per post</source>
        <translation>voti per post</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>dichiarata</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>No endorsed skills among your peers yet</source>
        <translation>Ancora nessuna competenza confermata tra i tuoi colleghi</translation>
    </message>
    <message>
        <source>• Your %1 %2: %3 against your usual %4</source>
        <translation>• Post (%1) %2: %3 rispetto ai soliti %4</translation>
    </message>
    <message>
        <source>(the model credits %1)</source>
        <translation>(il modello lo attribuisce a %1)</translation>
    </message>
    <message>
        <source>None of your posts has clearly beaten your usual yet.</source>
        <translation>Nessuno dei tuoi post ha ancora superato chiaramente il tuo solito.</translation>
    </message>
    <message>
        <source>Best: %1.  Weakest: %2.</source>
        <translation>Migliori: %1.  Più deboli: %2.</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Non ancora noto.</translation>
    </message>
    <message>
        <source>rising ↑</source>
        <translation>in ascesa ↑</translation>
    </message>
    <message>
        <source>falling ↓</source>
        <translation>in calo ↓</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabile</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <source>Times follow the demo community&apos;s simulated calendar (weeks pass in minutes of blocks).</source>
        <translation>Gli orari seguono il calendario simulato della comunità dimostrativa (le settimane passano in pochi minuti di blocchi).</translation>
    </message>
    <message>
        <source>Add a colour to the palette</source>
        <translation>Aggiungi un colore alla palette</translation>
    </message>
    <message>
        <source>Give the draft at least a tag or a caption.</source>
        <translation>Dai alla bozza almeno un tag o una didascalia.</translation>
    </message>
    <message>
        <source>About %1 net votes (likely %2–%3) and %4 reputation (%5 to %6).</source>
        <translation>Circa %1 voti netti (probabilmente %2–%3) e %4 di reputazione (da %5 a %6).</translation>
    </message>
    <message>
        <source>No single change would clearly help: this draft is in good shape.</source>
        <translation>Nessuna singola modifica aiuterebbe chiaramente: questa bozza è in buona forma.</translation>
    </message>
    <message>
        <source>(+%1 votes)</source>
        <translation>(+%1 voti)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Applica: %1</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Scegli o scrivi una categoria.</translation>
    </message>
    <message>
        <source>Nothing comparable to “%1” has been listed or sold yet.</source>
        <translation>Niente di paragonabile a «%1» è stato ancora messo in vendita o venduto.</translation>
    </message>
    <message>
        <source>Similar listings</source>
        <translation>Annunci simili</translation>
    </message>
    <message>
        <source>Listings in “%1”</source>
        <translation>Gli annunci in «%1»</translation>
    </message>
    <message>
        <source>%1 sold for %2–%3 ExC; about %4 ExC is typical (%5).</source>
        <translation>%1: venduti a %2–%3 ExC; circa %4 ExC è tipico (%5).</translation>
    </message>
    <message>
        <source>Demand is rising (×%1), so the upper end is realistic.</source>
        <translation>La domanda è in crescita (×%1), quindi la fascia alta è realistica.</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>non ancora addestrato</translation>
    </message>
    <message>
        <source>Times follow the demo community&apos;s simulated weeks.</source>
        <translation>Gli orari seguono le settimane simulate della comunità dimostrativa.</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arresto</translation>
    </message>
    <message>
        <source>Learning from %1: %2 (%3%).</source>
        <translation>Apprendimento da %1: %2 (%3%).</translation>
    </message>
    <message>
        <source>Opening what the assistant learned before…</source>
        <translation>Apertura di ciò che l&apos;assistente ha imparato in precedenza…</translation>
    </message>
    <message>
        <source>Offline: it keeps its %1 and reads new blocks when the network is back.</source>
        <translation>Offline: conserva i suoi %1 e legge i nuovi blocchi quando torna la rete.</translation>
    </message>
    <message>
        <source>Reading verified blocks: %1 of %2 · %3 so far · %4.</source>
        <translation>Lettura dei blocchi verificati: %1 su %2 · %3 finora · %4.</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Dati locali</translation>
    </message>
    <message>
        <source>Read up to verified height %1 of %2 (the rest waits for the demo community&apos;s calendar) · %3 · %4.</source>
        <translation>Letto fino all&apos;altezza verificata %1 di %2 (il resto attende il calendario della comunità dimostrativa) · %3 · %4.</translation>
    </message>
    <message>
        <source>Up to date with verified height %1 · %2 · %3.</source>
        <translation>Aggiornato all&apos;altezza verificata %1 · %2 · %3.</translation>
    </message>
</context>
<context>
    <name>AssistantService</name>
    <message>
        <source>Learning was cancelled; what was learned before is kept.</source>
        <extracomment>How far back a new profile reads (blocks). The demo devnet&apos;s whole history fits; on a busy real network this is hours, not the months trends compare (see docs/ASSISTANT.md, &quot;Limits&quot;). Blocks fetched together (concurrently), then proven and ingested in height order. Ingestion work per turn of the loop before it yields to Qt. Retrain by itself once the posts grew by this share since the last training, at most this often. How often the loop looks again without a new header (the demo calendar may have moved on). The stored state&apos;s format; anything else is rebuilt from the chain. &quot;starting&quot;, &quot;loading&quot;, &quot;reading&quot;, &quot;following&quot;, &quot;offline&quot; or &quot;local&quot; (no chain to read). Posts the installed models learned from (0: not trained yet). A sentence about the last training, cancel or problem (&quot;&quot; when there is nothing to say), and its tone: &quot;done&quot;, &quot;warning&quot; or &quot;error&quot;. Where the data comes from when it is not the chain (sample data), shown with the status. Trains in a worker process (the process-wide one unless given); the thread packs its snapshots. Bumped by `forget`: a training started before it must not install its result afterwards.</extracomment>
        <translation>L’apprendimento è stato annullato; ciò che era stato imparato prima resta.</translation>
    </message>
    <message>
        <source>Learning stopped unexpectedly; it will retry.</source>
        <translation>L’apprendimento si è interrotto all’improvviso; riproverà.</translation>
    </message>
    <message>
        <source>Learning failed ({error}); it will retry.</source>
        <translation>L’apprendimento non è riuscito ({error}); riproverà.</translation>
    </message>
    <message>
        <source>Learned from {count} posts.</source>
        <translation>Ha imparato da {count} post.</translation>
    </message>
    <message>
        <source>The stored assistant data could not be read; it is being rebuilt from the chain.</source>
        <translation>Non è stato possibile leggere i dati salvati dell’assistente; vengono ricostruiti dalla catena.</translation>
    </message>
    <message>
        <source>The saved models are from another version; it learns again.</source>
        <translation>I modelli salvati sono di un’altra versione; impara di nuovo.</translation>
    </message>
    <message>
        <source>Not enough to learn from yet: only {have} posts have a final outcome; the assistant needs {need}. It tries again as more blocks arrive.</source>
        <translation>Non c’è ancora abbastanza da cui imparare: solo {have} post hanno un esito definitivo; all’assistente ne servono {need}. Riprova man mano che arrivano nuovi blocchi.</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Attachments to send</source>
        <translation>Allegati da inviare</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s)…</source>
        <translation>
            <numerusform>Preparazione di %n file…</numerusform>
            <numerusform>Preparazione di %n file…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>Prodotti o servizi</translation>
    </message>
    <message>
        <source>Goods and services</source>
        <translation>Prodotti e servizi</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Minimum price in ExC</source>
        <translation>Prezzo minimo in ExC</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Maximum price in ExC</source>
        <translation>Prezzo massimo in ExC</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>Minimum seller reputation</source>
        <translation>Reputazione minima del venditore</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>Valutazione minima</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Qualsiasi valutazione</translation>
    </message>
    <message>
        <source>★ {stars} and up</source>
        <translation>★ {stars} e oltre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Price (ExC)</source>
        <translation>Prezzo (ExC)</translation>
    </message>
    <message>
        <source>Seller reputation at least</source>
        <translation>Reputazione del venditore almeno</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Azzera i filtri</translation>
    </message>
    <message>
        <source>Every listing shown was proven against a verified block header.</source>
        <translation>Ogni annuncio mostrato è stato provato su un&apos;intestazione di blocco verificata.</translation>
    </message>
    <message>
        <source>Search listings: silk dress, lookbook shoot, pattern cutting…</source>
        <translation>Cerca annunci: abito di seta, shooting lookbook, modellistica…</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Cerca annunci</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordina per</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Annunci</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <source>{total} listings · searched {indexed} proven listings in {ms} ms</source>
        <translation>{total} annunci · cercati {indexed} annunci provati in {ms} ms</translation>
    </message>
    <message>
        <source>No listings proven yet. They appear here as the chain is read — or publish the first one.</source>
        <translation>Ancora nessun annuncio provato. Compaiono qui man mano che la catena viene letta — oppure pubblica il primo.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words or wider filters.</source>
        <translation>Nessun risultato. Prova con meno parole o filtri più ampi.</translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message>
        <source>This message was deleted</source>
        <extracomment>The width the text document was laid out at (it is cached under it).</extracomment>
        <translation>Questo messaggio è stato eliminato</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificato</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <source>Message deleted</source>
        <extracomment>The most messages loaded at once; scrolling further drops rows at the far end. Start loading older messages when the view is this close (in pixels) to the top. Where the next older page starts (None: the first message is loaded). Where the next newer page starts (None: the newest message is loaded, new ones are appended).</extracomment>
        <translation>Messaggio eliminato</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>messaggio eliminato</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>allegato</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Verify</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Verify contact</source>
        <translation>Verifica il contatto</translation>
    </message>
    <message>
        <source>Group info</source>
        <translation>Info gruppo</translation>
    </message>
    <message>
        <source>Group members and settings</source>
        <translation>Membri e impostazioni del gruppo</translation>
    </message>
    <message>
        <source>Conversation options</source>
        <translation>Opzioni della conversazione</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Report and block</source>
        <translation>Segnala e blocca</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Segnala</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Annulla risposta</translation>
    </message>
    <message>
        <source>Attach photos, videos or files</source>
        <translation>Allega foto, video o file</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Invia messaggio</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Nessuna conversazione</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membri</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Non ancora verificato</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Cifratura end-to-end</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>%1&apos;s security keys changed. Verify them again before you share anything sensitive.</source>
        <translation>Le chiavi di sicurezza di %1 sono cambiate. Verificale di nuovo prima di condividere qualcosa di riservato.</translation>
    </message>
    <message>
        <source>%1 is not in your chats yet. Accept to reply; until then they will not see that you read it.</source>
        <translation>%1 non è ancora tra le tue chat. Accetta per rispondere; fino ad allora non saprà che hai letto.</translation>
    </message>
    <message>
        <source>You are no longer a member of this group.</source>
        <translation>Non fai più parte di questo gruppo.</translation>
    </message>
    <message>
        <source>You blocked this contact. Unblock them to write.</source>
        <translation>Hai bloccato questo contatto. Sbloccalo per scrivergli.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>In risposta a %1: %2</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Modifica del tuo messaggio</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copia testo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Delete for everyone</source>
        <translation>Elimina per tutti</translation>
    </message>
    <message>
        <source>Save %1…</source>
        <translation>Salva %1…</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <source>Portfolio piece</source>
        <translation>Lavoro del portfolio</translation>
    </message>
    <message>
        <source>Casting call</source>
        <translation>Casting</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nuovo post</translation>
    </message>
    <message>
        <source>What did you make? Credit the team, say where it was shot…</source>
        <translation>Cosa hai creato? Cita il team, di&apos; dove è stato scattato…</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Testo del post</translation>
    </message>
    <message>
        <source>Kind of post</source>
        <translation>Tipo di post</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Data dell&apos;evento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date (events, castings)</source>
        <translation>Data (eventi, casting)</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Aggiungi foto…</translation>
    </message>
    <message>
        <source>Photos are stripped of location and camera data, resized and stored on the nodes&apos; blob store.</source>
        <translation>Dalle foto vengono rimossi i dati di posizione e della fotocamera; sono ridimensionate e salvate nell&apos;archivio blob dei nodi.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Scegli le foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message numerus="yes">
        <source>A post holds at most %n photos.</source>
        <translation>
            <numerusform>Un post può contenere al massimo %n foto.</numerusform>
            <numerusform>Un post può contenere al massimo %n foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write something or add a photo.</source>
        <translation>Scrivi qualcosa o aggiungi una foto.</translation>
    </message>
    <message>
        <source>✔ Posted and verified.</source>
        <translation>✔ Pubblicato e verificato.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message… (*bold*, _italic_, `code`)</source>
        <translation>Scrivi un messaggio… (*grassetto*, _corsivo_, `codice`)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
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
    <name>ConversationDelegate</name>
    <message>
        <source>Group created</source>
        <translation>Gruppo creato</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Ancora nessun messaggio</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccato</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Search messages</source>
        <translation>Cerca nei messaggi</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuovo gruppo</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Crea un gruppo</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Message requests</source>
        <translation>Richieste di messaggi</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non letto</numerusform>
            <numerusform>, %n non letti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaoPage</name>
    <message>
        <source>Statement</source>
        <translation>Dichiarazione</translation>
    </message>
    <message>
        <source>Rule change</source>
        <translation>Modifica delle regole</translation>
    </message>
    <message>
        <source>Validator change</source>
        <translation>Modifica dei validatori</translation>
    </message>
    <message>
        <source>Spending from the fund</source>
        <translation>Spesa dal fondo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>How a ballot&apos;s choice is named in sentences.</extracomment>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>astensione</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Astensione</translation>
    </message>
    <message>
        <source>Set {parameter} from {current} to {value}.</source>
        <translation>Imposta {parameter} da {current} a {value}.</translation>
    </message>
    <message>
        <source>Remove the validator {key}</source>
        <translation>Rimuovi il validatore {key}</translation>
    </message>
    <message>
        <source>Give voting power {power} to the validator {key}</source>
        <translation>Assegna un potere di voto di {power} al validatore {key}</translation>
    </message>
    <message>
        <source>Pay {amount} from the community fund to {address}.</source>
        <translation>Paga {amount} dal fondo della comunità a {address}.</translation>
    </message>
    <message>
        <source>A statement of the community; nothing is executed.</source>
        <translation>Una dichiarazione della comunità; non viene eseguito nulla.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunità</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nuova proposta</translation>
    </message>
    <message>
        <source>The community&apos;s rules, validators and fund are decided here: votes weigh by reputation, and a proposal that reaches quorum and passes the threshold is carried out by the chain itself.</source>
        <translation>Qui si decidono le regole, i validatori e il fondo della comunità: i voti pesano in base alla reputazione, e una proposta che raggiunge il quorum e supera la soglia viene eseguita dalla catena stessa.</translation>
    </message>
    <message>
        <source>Community fund</source>
        <translation>Fondo della comunità</translation>
    </message>
    <message>
        <source>Fees and storage payments; spent only by proposals.</source>
        <translation>Commissioni e pagamenti di archiviazione; si spende solo tramite proposte.</translation>
    </message>
    <message>
        <source>Reward pool</source>
        <translation>Fondo ricompense</translation>
    </message>
    <message>
        <source>Promotions pay in; each epoch pays authors and curators.</source>
        <translation>Le promozioni lo alimentano; ogni epoca paga autori e curatori.</translation>
    </message>
    <message>
        <source>Your voting weight</source>
        <translation>Il tuo peso di voto</translation>
    </message>
    <message>
        <source>Your reputation score.</source>
        <translation>Il tuo punteggio di reputazione.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposte</translation>
    </message>
    <message>
        <source>Choose a proposal</source>
        <translation>Scegli una proposta</translation>
    </message>
    <message>
        <source>{choice} votes</source>
        <translation>Voti: {choice}</translation>
    </message>
    <message>
        <source>Vote yes</source>
        <translation>Vota sì</translation>
    </message>
    <message>
        <source>Vote no</source>
        <translation>Vota no</translation>
    </message>
    <message>
        <source>Abstain</source>
        <comment>a button: cast an abstention</comment>
        <translation>Astieniti</translation>
    </message>
    <message>
        <source>{percent}% to authors, the rest to curators</source>
        <translation>{percent}% agli autori, il resto ai curatori</translation>
    </message>
    <message>
        <source>Epoch {epoch}: paid {authors} to authors and {curators} to curators ({split}).</source>
        <translation>Epoca {epoch}: pagati {authors} agli autori e {curators} ai curatori ({split}).</translation>
    </message>
    <message>
        <source>Epoch {epoch}: waiting for posts a whole epoch old to judge ({split}).</source>
        <translation>Epoca {epoch}: in attesa di post vecchi di un&apos;intera epoca da valutare ({split}).</translation>
    </message>
    <message>
        <source>quorum {quorum}% · pass &gt; {threshold}%</source>
        <translation>quorum {quorum}% · approvazione &gt; {threshold}%</translation>
    </message>
    <message numerus="yes">
        <source>Voting lasts %n block(s); proposing needs a reputation of {reputation}.</source>
        <translation>
            <numerusform>La votazione dura %n blocco; per proporre serve una reputazione di {reputation}.</numerusform>
            <numerusform>La votazione dura %n blocchi; per proporre serve una reputazione di {reputation}.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes {yes} · no {no}</source>
        <translation>sì {yes} · no {no}</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n votante</numerusform>
            <numerusform>%n votanti</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposals yet. Anyone with reputation can make one.</source>
        <translation>Ancora nessuna proposta. Chiunque abbia reputazione può farne una.</translation>
    </message>
    <message>
        <source>{kind} · {status} · by {name} at height {height}</source>
        <translation>{kind} · {status} · di {name} all&apos;altezza {height}</translation>
    </message>
    <message numerus="yes">
        <source>Quorum: {voted} of {needed} reputation voted · yes {share}% (needs more than {threshold}%) · voting ends at height {end} (about %n block(s)).</source>
        <translation>
            <numerusform>Quorum: {voted} di {needed} di reputazione ha votato · sì {share}% (serve più del {threshold}%) · la votazione termina all&apos;altezza {end} (circa %n blocco).</numerusform>
            <numerusform>Quorum: {voted} di {needed} di reputazione ha votato · sì {share}% (serve più del {threshold}%) · la votazione termina all&apos;altezza {end} (circa %n blocchi).</numerusform>
        </translation>
    </message>
    <message>
        <source>carried out by the chain</source>
        <translation>eseguita dalla catena</translation>
    </message>
    <message>
        <source>Tallied at height {height}: {outcome}</source>
        <translation>Scrutinio all&apos;altezza {height}: {outcome}</translation>
    </message>
    <message>
        <source>You voted {choice} with a weight of {weight}.</source>
        <translation>Hai votato {choice} con un peso di {weight}.</translation>
    </message>
    <message>
        <source>Voting has ended.</source>
        <translation>La votazione è terminata.</translation>
    </message>
    <message>
        <source>Voting needs a reputation above zero: post, get endorsed, complete orders.</source>
        <translation>Per votare serve una reputazione maggiore di zero: pubblica, ottieni conferme, completa ordini.</translation>
    </message>
    <message>
        <source>You can vote with a weight of {weight}.</source>
        <translation>Puoi votare con un peso di {weight}.</translation>
    </message>
    <message>
        <source>✔ Tallies verified by proof at height {height}</source>
        <translation>✔ Conteggi verificati tramite prova all&apos;altezza {height}</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Votazione…</translation>
    </message>
    <message>
        <source>✔ You voted {choice}; the tally is proven.</source>
        <translation>✔ Hai votato {choice}; il conteggio è provato.</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Mark delivered</source>
        <translation>Segna come consegnato</translation>
    </message>
    <message>
        <source>Tracking number, handover, link to the photos…</source>
        <translation>Numero di tracciamento, consegna a mano, link alle foto…</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Nota di consegna</translation>
    </message>
    <message>
        <source>No proof attached</source>
        <translation>Nessuna prova allegata</translation>
    </message>
    <message>
        <source>Attach a photo or file…</source>
        <translation>Allega una foto o un file…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>The proof goes to the blob store and its id onto the chain, where the buyer and, in a dispute, the arbiter can check it.</source>
        <translation>La prova va nell&apos;archivio blob e il suo id sulla catena, dove l&apos;acquirente e, in caso di controversia, l&apos;arbitro possono verificarla.</translation>
    </message>
    <message>
        <source>Choose the proof</source>
        <translation>Scegli la prova</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Open a dispute</source>
        <translation>Apri una controversia</translation>
    </message>
    <message>
        <source>An arbiter is drawn at once among reputable members of this category — never anyone tied to either of you. The payment stays in escrow until the ruling. Send your evidence afterwards, encrypted, from the case.</source>
        <translation>Viene subito estratto un arbitro tra i membri affidabili di questa categoria — mai qualcuno legato a uno di voi. Il pagamento resta in garanzia fino alla decisione. Invia poi le tue prove, cifrate, dalla pratica.</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Che cosa è andato storto?</translation>
    </message>
    <message>
        <source>Reason of the dispute</source>
        <translation>Motivo della controversia</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Apri controversia</translation>
    </message>
    <message>
        <source>Say briefly what went wrong; the arbiter reads it first.</source>
        <translation>Spiega in breve che cosa è andato storto; l&apos;arbitro lo legge per primo.</translation>
    </message>
    <message>
        <source>Keep the reason under 2000 bytes; send details as evidence.</source>
        <translation>Tieni il motivo sotto i 2000 byte; invia i dettagli come prove.</translation>
    </message>
</context>
<context>
    <name>DisputeView</name>
    <message>
        <source>← Back to the order</source>
        <extracomment>States in which an order may carry a delivery proof.</extracomment>
        <translation>← Torna all&apos;ordine</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>La pratica</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prove</translation>
    </message>
    <message>
        <source>Photos, files and messages go to the arbiter and the other party end-to-end encrypted, through the messenger. Nodes never see them; only the ruling is public.</source>
        <translation>Foto, file e messaggi arrivano all&apos;arbitro e all&apos;altra parte cifrati end-to-end, tramite la chat. I nodi non li vedono mai; solo la decisione è pubblica.</translation>
    </message>
    <message>
        <source>Send evidence…</source>
        <translation>Invia prove…</translation>
    </message>
    <message>
        <source>Ask for another arbiter</source>
        <translation>Chiedi un altro arbitro</translation>
    </message>
    <message>
        <source>Your ruling</source>
        <translation>La tua decisione</translation>
    </message>
    <message>
        <source>Split the escrow. Your ruling and its reason are public on the chain.</source>
        <translation>Ripartisci la somma in garanzia. La tua decisione e la sua motivazione sono pubbliche sulla catena.</translation>
    </message>
    <message>
        <source>Share returned to the buyer, in percent</source>
        <translation>Quota restituita all&apos;acquirente, in percentuale</translation>
    </message>
    <message>
        <source>Why you decided so (public)</source>
        <translation>Perché hai deciso così (pubblico)</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Publish the ruling</source>
        <translation>Pubblica la decisione</translation>
    </message>
    <message>
        <source>Buyer gets back &lt;b&gt;{buyer}&lt;/b&gt; · seller gets &lt;b&gt;{seller}&lt;/b&gt; · arbiter&apos;s fee {fee} ({percent}%)</source>
        <translation>All&apos;acquirente tornano &lt;b&gt;{buyer}&lt;/b&gt; · al venditore vanno &lt;b&gt;{seller}&lt;/b&gt; · compenso dell&apos;arbitro {fee} ({percent}%)</translation>
    </message>
    <message>
        <source>Dispute · {title}</source>
        <translation>Controversia · {title}</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt; in escrow for {quantity} × {title}.</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt; in garanzia per {quantity} × {title}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt; was in escrow for {quantity} × {title}.</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt; era in garanzia per {quantity} × {title}.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (tu)</translation>
    </message>
    <message>
        <source>Buyer: {buyer}&lt;br&gt;Seller: {seller}&lt;br&gt;Arbiter: {arbiter}</source>
        <translation>Acquirente: {buyer}&lt;br&gt;Venditore: {seller}&lt;br&gt;Arbitro: {arbiter}</translation>
    </message>
    <message>
        <source>Opened by the buyer: &lt;i&gt;“{reason}”&lt;/i&gt;</source>
        <translation>Aperta dall&apos;acquirente: &lt;i&gt;“{reason}”&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Opened by the seller: &lt;i&gt;“{reason}”&lt;/i&gt;</source>
        <translation>Aperta dal venditore: &lt;i&gt;“{reason}”&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Delivery note: “{note}”</source>
        <translation>Nota di consegna: “{note}”</translation>
    </message>
    <message>
        <source>Buyer got back {buyer}, the seller {seller}, the arbiter&apos;s fee was {fee}.</source>
        <translation>All&apos;acquirente sono tornati {buyer}, al venditore {seller}, il compenso dell&apos;arbitro è stato di {fee}.</translation>
    </message>
    <message>
        <source>The arbiter has not ruled yet. The escrow stays locked until they do.</source>
        <translation>L&apos;arbitro non ha ancora deciso. La somma resta bloccata in garanzia fino ad allora.</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <source>this author</source>
        <translation>questo autore</translation>
    </message>
    <message>
        <source>{up} up and {down} down votes, weighing {score} by the voters&apos; reputation</source>
        <translation>{up} voti a favore e {down} contro, con un peso di {score} secondo la reputazione di chi vota</translation>
    </message>
    <message>
        <source>Promoted: {amount} was paid to show it in more feeds; the payment went to the community&apos;s reward pool. At most {cap} promoted posts appear per page of {page}.</source>
        <translation>Promosso: sono stati pagati {amount} per mostrarlo in più bacheche; il pagamento è andato al fondo ricompense della comunità. Compaiono al massimo {cap} post promossi per pagina di {page}.</translation>
    </message>
    <message>
        <source>It is your own post.</source>
        <translation>È un tuo post.</translation>
    </message>
    <message>
        <source>You follow {name}.</source>
        <translation>Segui {name}.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Prima i più recenti</translation>
    </message>
    <message>
        <source>From people you follow, newest first</source>
        <translation>Dalle persone che segui, prima i più recenti</translation>
    </message>
    <message>
        <source>Posted {age} (block {height}).</source>
        <translation>Pubblicato {age} (blocco {height}).</translation>
    </message>
    <message>
        <source>Hot right now</source>
        <translation>Di tendenza ora</translation>
    </message>
    <message>
        <source>Trending over the last days</source>
        <translation>In crescita negli ultimi giorni</translation>
    </message>
    <message>
        <source>{votes}; posted {age}.</source>
        <translation>{votes}; pubblicato {age}.</translation>
    </message>
    <message>
        <source>Picked for you</source>
        <translation>Scelto per te</translation>
    </message>
    <message>
        <source>{name} has a reputation of {points} points.</source>
        <translation>{name} ha una reputazione di {points} punti.</translation>
    </message>
    <message>
        <source>Matches your interests: {tags}.</source>
        <translation>Corrisponde ai tuoi interessi: {tags}.</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Promosso</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <source>{author}: {text} — {up} up, {down} down</source>
        <extracomment>Every media id ever asked for (tests check that only painted rows ask). A video&apos;s length in ms (None: not a video, or not known yet).</extracomment>
        <translation>{author}: {text} — {up} voti a favore, {down} contro</translation>
    </message>
    <message>
        <source>Promoted. {post}</source>
        <translation>Promosso. {post}</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>For you</source>
        <extracomment>The tabs&apos; names, translated where they are shown.</extracomment>
        <translation>Per te</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Seguiti</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Di tendenza ora</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>In crescita</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <source>Feed</source>
        <extracomment>Emitted after the list was (re-)ranked, with the feed&apos;s name.</extracomment>
        <translation>Bacheca</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nuovo post</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Bacheche</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Avanzamento dell&apos;indicizzazione</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n post</numerusform>
        </translation>
    </message>
    <message>
        <source>verified at height {height}</source>
        <translation>verificato all&apos;altezza {height}</translation>
    </message>
    <message>
        <source>reading the chain: {done} of {total} blocks</source>
        <translation>lettura della catena: {done} di {total} blocchi</translation>
    </message>
    <message>
        <source>Nobody you follow has posted yet. Follow people from their posts in Hot or For you.</source>
        <translation>Nessuna delle persone che segui ha ancora pubblicato. Segui qualcuno dai suoi post in Di tendenza ora o Per te.</translation>
    </message>
    <message>
        <source>No posts found yet. New posts appear as soon as a block with them is verified.</source>
        <translation>Ancora nessun post. I nuovi post compaiono appena viene verificato un blocco che li contiene.</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach photos, videos or files</source>
        <extracomment>The largest file one message carries (the blob store&apos;s chunks make bigger ones possible; keep sends quick). How many chosen files are still being prepared (0 when all are ready). The preparations under way, with how many of their files are not ready yet.</extracomment>
        <translation>Allega foto, video o file</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</source>
        <translation>Foto e video (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Impossibile leggere {name}: {reason}.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salva allegato</translation>
    </message>
</context>
<context>
    <name>GroupInfoDialog</name>
    <message>
        <source>Group info</source>
        <translation>Info gruppo</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome del gruppo</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Rimuovi dal gruppo</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Aggiungi persone</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Aggiungi al gruppo</translation>
    </message>
    <message>
        <source>When someone joins or leaves, members switch to new encryption keys: people who left cannot read new messages, and people who join cannot read earlier ones.</source>
        <translation>Quando qualcuno entra o esce, i membri passano a nuove chiavi di cifratura: chi è uscito non può leggere i nuovi messaggi e chi entra non può leggere quelli precedenti.</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Esci dal gruppo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>This group is not known on this device.</source>
        <translation>Questo gruppo non è noto su questo dispositivo.</translation>
    </message>
    <message>
        <source>You are no longer a member of this group.</source>
        <translation>Non fai più parte di questo gruppo.</translation>
    </message>
    <message numerus="yes">
        <source>%n members · you manage this group</source>
        <translation>
            <numerusform>%n membro · gestisci tu questo gruppo</numerusform>
            <numerusform>%n membri · gestisci tu questo gruppo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members · only admins change members and the name</source>
        <translation>
            <numerusform>%n membro · solo gli amministratori cambiano membri e nome</numerusform>
            <numerusform>%n membri · solo gli amministratori cambiano membri e nome</numerusform>
        </translation>
    </message>
    <message>
        <source>admin</source>
        <translation>amministratore</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Queued (offline)</source>
        <translation>In coda (offline)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Rows whose formatted texts are kept (a few screens&apos; worth; older ones are formatted again if shown). Reads a page of history: up to `limit` entries older than the key (None: the newest), newest first.</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Controparte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>A page arrived (possibly empty) or could not be read. Bumped whenever the rows are replaced, so a page that was asked for before is not appended.</extracomment>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
</context>
<context>
    <name>ListingDelegate</name>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Prodotto</translation>
    </message>
</context>
<context>
    <name>ListingDetailView</name>
    <message>
        <source>← Back to listings</source>
        <translation>← Torna agli annunci</translation>
    </message>
    <message>
        <source>Listing photo</source>
        <translation>Foto dell&apos;annuncio</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Acquista</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>the amount agreed with the seller, in ExC</source>
        <translation>l&apos;importo concordato con il venditore, in ExC</translation>
    </message>
    <message>
        <source>Agreed amount</source>
        <translation>Importo concordato</translation>
    </message>
    <message>
        <source>size, date, anything the seller should know</source>
        <translation>taglia, data, tutto ciò che il venditore deve sapere</translation>
    </message>
    <message>
        <source>Note to the seller</source>
        <translation>Nota per il venditore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>Acquista ora</translation>
    </message>
    <message>
        <source>Message seller</source>
        <translation>Scrivi al venditore</translation>
    </message>
    <message>
        <source>Your listing</source>
        <translation>Il tuo annuncio</translation>
    </message>
    <message>
        <source>Edit listing…</source>
        <translation>Modifica annuncio…</translation>
    </message>
    <message>
        <source>Price and stock…</source>
        <translation>Prezzo e disponibilità…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Sospendi</translation>
    </message>
    <message>
        <source>Close listing</source>
        <translation>Chiudi annuncio</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Recensioni</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>{price} each</source>
        <translation>{price} l&apos;uno</translation>
    </message>
    <message numerus="yes">
        <source>%n completed order(s)</source>
        <translation>
            <numerusform>%n ordine completato</numerusform>
            <numerusform>%n ordini completati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>escrow released %n block(s) after delivery unless disputed</source>
        <translation>
            <numerusform>garanzia sbloccata %n blocco dopo la consegna, salvo controversie</numerusform>
            <numerusform>garanzia sbloccata %n blocchi dopo la consegna, salvo controversie</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold by &lt;b&gt;{seller}&lt;/b&gt; — {reputation}</source>
        <translation>Venduto da &lt;b&gt;{seller}&lt;/b&gt; — {reputation}</translation>
    </message>
    <message>
        <source>✓ Proven at block {height}</source>
        <translation>✓ Provato al blocco {height}</translation>
    </message>
    <message>
        <source>The seller wrote no description.</source>
        <translation>Il venditore non ha scritto una descrizione.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>No reviews yet. Only buyers of completed orders can review.</source>
        <translation>Ancora nessuna recensione. Solo chi ha completato un ordine può recensire.</translation>
    </message>
    <message>
        <source>quality {quality} · as described {described} · delivery {delivery} · communication {communication}</source>
        <translation>qualità {quality} · conforme alla descrizione {described} · consegna {delivery} · comunicazione {communication}</translation>
    </message>
    <message>
        <source>Seller: {reply}</source>
        <translation>Venditore: {reply}</translation>
    </message>
    <message>
        <source>{amount} will be locked in escrow until you confirm delivery.</source>
        <translation>{amount} saranno bloccati in garanzia finché non confermi la consegna.</translation>
    </message>
    <message>
        <source>Agree on the price with the seller (Message seller), then enter it here.</source>
        <translation>Concorda il prezzo con il venditore (Scrivi al venditore), poi inseriscilo qui.</translation>
    </message>
    <message>
        <source>Buy at the agreed price</source>
        <translation>Acquista al prezzo concordato</translation>
    </message>
    <message>
        <source>Buy now · {amount}</source>
        <translation>Acquista ora · {amount}</translation>
    </message>
</context>
<context>
    <name>ListingEditor</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.tif *.tiff *.bmp)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.webp *.heic *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>Edit listing</source>
        <extracomment>A listing carries at most this many media ids (the protocol&apos;s limit).</extracomment>
        <translation>Modifica annuncio</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nuovo annuncio</translation>
    </message>
    <message>
        <source>A good (garment, accessory, sample…)</source>
        <extracomment>Published media ids the edit keeps (in their order); empty for a new listing.</extracomment>
        <translation>Un prodotto (capo, accessorio, campionario…)</translation>
    </message>
    <message>
        <source>A service (shoot, casting, tailoring…)</source>
        <translation>Un servizio (shooting, casting, sartoria…)</translation>
    </message>
    <message>
        <source>Kind of listing</source>
        <translation>Tipo di annuncio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Ivory silk slip dress, size 38</source>
        <translation>Abito sottoveste in seta avorio, taglia 38</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Material, cut, condition, what is included…</source>
        <translation>Materiale, taglio, condizioni, cosa è incluso…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>silk, bias cut, ss26</source>
        <translation>seta, taglio sbieco, ss26</translation>
    </message>
    <message>
        <source>Price in ExC</source>
        <translation>Prezzo in ExC</translation>
    </message>
    <message>
        <source>Quote on request (the price is indicative)</source>
        <translation>Preventivo su richiesta (il prezzo è indicativo)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Tempi di consegna</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Stock or bookings</source>
        <translation>Disponibilità o prenotazioni</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponibile dal</translation>
    </message>
    <message>
        <source>until</source>
        <translation>al</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> blocchi</translation>
    </message>
    <message>
        <source>Automatic release after delivery</source>
        <translation>Sblocco automatico dopo la consegna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Price (ExC)</source>
        <translation>Prezzo (ExC)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Stock / bookings</source>
        <translation>Disponibilità / prenotazioni</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Release after</source>
        <translation>Sblocco dopo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photos to upload</source>
        <translation>Foto da caricare</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Aggiungi foto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>Rimuovi la foto selezionata</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
    <message>
        <source>Publish listing</source>
        <translation>Pubblica l&apos;annuncio</translation>
    </message>
    <message>
        <source>Published photo {n} ({id}…)</source>
        <translation>Foto pubblicata {n} ({id}…)</translation>
    </message>
    <message>
        <source>If the buyer neither confirms nor disputes, the payment is released to you about {time} after you mark the order delivered.</source>
        <translation>Se l&apos;acquirente non conferma né apre una controversia, il pagamento ti viene sbloccato circa {time} dopo che hai segnato l&apos;ordine come consegnato.</translation>
    </message>
    <message>
        <source> bookings</source>
        <translation> prenotazioni</translation>
    </message>
    <message>
        <source> in stock</source>
        <translation> disponibili</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Scegli le foto</translation>
    </message>
</context>
<context>
    <name>ListingModel</name>
    <message>
        <source>{title}, {price}, {category}, {region}, by {seller}</source>
        <translation>{title}, {price}, {category}, {region}, di {seller}</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>← All live channels</source>
        <extracomment>Emitted when a watched stream shows its first picture (tests and the status bar).</extracomment>
        <translation>← Tutte le dirette</translation>
    </message>
    <message>
        <source>Pin listings…</source>
        <translation>Fissa annunci…</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>In diretta ora</translation>
    </message>
    <message>
        <source>Your channel</source>
        <translation>Il tuo canale</translation>
    </message>
    <message>
        <source>Channel name (e.g. Atelier Lumière)</source>
        <translation>Nome del canale (es. Atelier Lumière)</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nome del canale</translation>
    </message>
    <message>
        <source>What you stream: fittings, runway, studio days…</source>
        <translation>Cosa trasmetti: prove abito, sfilate, giornate in studio…</translation>
    </message>
    <message>
        <source>Channel description</source>
        <translation>Descrizione del canale</translation>
    </message>
    <message>
        <source>Create channel</source>
        <translation>Crea canale</translation>
    </message>
    <message>
        <source>Open the studio to go live</source>
        <translation>Apri lo studio per andare in diretta</translation>
    </message>
    <message>
        <source>Back to the studio</source>
        <translation>Torna allo studio</translation>
    </message>
    <message>
        <source>on air now</source>
        <translation>in onda ora</translation>
    </message>
    <message>
        <source>off air</source>
        <translation>non in onda</translation>
    </message>
    <message>
        <source>Announced on chain, %1 (proven at block %2).</source>
        <translation>Annunciato sulla catena, %1 (provato al blocco %2).</translation>
    </message>
    <message>
        <source>Stream fittings, shows and studio days to your followers. A channel is announced on the chain with its own key, kept encrypted in your profile; every part of your stream is signed with it.</source>
        <translation>Trasmetti prove abito, sfilate e giornate in studio a chi ti segue. Un canale viene annunciato sulla catena con una chiave propria, conservata cifrata nel tuo profilo; ogni parte della diretta è firmata con essa.</translation>
    </message>
    <message>
        <source>No one is live right now. Channels appear here as soon as the chain says they went live.</source>
        <translation>Nessuno è in diretta in questo momento. I canali compaiono qui appena la catena dice che sono in onda.</translation>
    </message>
    <message numerus="yes">
        <source>%n on air · read from verified blocks, each channel proven.</source>
        <translation>
            <numerusform>%n in onda · letto da blocchi verificati, ogni canale provato.</numerusform>
            <numerusform>%n in onda · letti da blocchi verificati, ogni canale provato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · live since block %3 · %n pinned</source>
        <translation>
            <numerusform>%1 · %2 · in diretta dal blocco %3 · %n fissato</numerusform>
            <numerusform>%1 · %2 · in diretta dal blocco %3 · %n fissati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings pinned.</source>
        <translation>
            <numerusform>%n annuncio fissato.</numerusform>
            <numerusform>%n annunci fissati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings will be pinned when you go live.</source>
        <translation>
            <numerusform>%n annuncio sarà fissato quando andrai in diretta.</numerusform>
            <numerusform>%n annunci saranno fissati quando andrai in diretta.</numerusform>
        </translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tu</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Back to your studio</source>
        <translation>Torna al tuo studio</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Guarda</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>Guarda %1</translation>
    </message>
    <message>
        <source>Give your channel a name.</source>
        <translation>Dai un nome al tuo canale.</translation>
    </message>
    <message>
        <source>Announcing your channel on the chain…</source>
        <translation>Annuncio del canale sulla catena…</translation>
    </message>
    <message>
        <source>✓ Your channel is on the chain.</source>
        <translation>✓ Il tuo canale è sulla catena.</translation>
    </message>
    <message>
        <source>On air: announced on the chain.</source>
        <translation>In onda: annunciato sulla catena.</translation>
    </message>
    <message>
        <source>Stream ended.</source>
        <translation>Diretta terminata.</translation>
    </message>
    <message>
        <source>Stream ended. Saving the recording as a video post…</source>
        <translation>Diretta terminata. Salvataggio della registrazione come post video…</translation>
    </message>
    <message>
        <source>✓ The recording is posted.</source>
        <translation>✓ La registrazione è pubblicata.</translation>
    </message>
    <message>
        <source>End your stream before watching another.</source>
        <translation>Termina la tua diretta prima di guardarne un&apos;altra.</translation>
    </message>
    <message>
        <source>End the stream before leaving the studio.</source>
        <translation>Termina la diretta prima di lasciare lo studio.</translation>
    </message>
</context>
<context>
    <name>LiveShopPanel</name>
    <message>
        <source>Shop the stream</source>
        <extracomment>The Buy button of each listing shown; a refresh replaces them all (and deletes the old ones). Listings being bought now: kept by id, since their button may be replaced while the purchase runs.</extracomment>
        <translation>Acquista dalla diretta</translation>
    </message>
    <message>
        <source>Payments go into escrow on the chain; you confirm when it arrives.</source>
        <translation>I pagamenti vanno in garanzia sulla catena; confermi quando arriva.</translation>
    </message>
    <message>
        <source>The stream is not live.</source>
        <translation>La diretta non è in onda.</translation>
    </message>
    <message>
        <source>Nothing is pinned to this stream right now.</source>
        <translation>Al momento non c&apos;è nulla in evidenza in questa diretta.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pinned · proven at block {height}</source>
        <translation>
            <numerusform>%n articolo in evidenza · provato al blocco {height}</numerusform>
            <numerusform>%n articoli in evidenza · provati al blocco {height}</numerusform>
        </translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Acquista</translation>
    </message>
    <message>
        <source>Quoted items are ordered from the listing page</source>
        <translation>Gli articoli su preventivo si ordinano dalla pagina dell&apos;annuncio</translation>
    </message>
    <message>
        <source>Locks {amount} in escrow</source>
        <translation>Blocca {amount} in garanzia</translation>
    </message>
    <message>
        <source>This stream has no shop.</source>
        <translation>Questa diretta non ha un negozio.</translation>
    </message>
    <message>
        <source>Buying {title}…</source>
        <translation>Acquisto di {title}…</translation>
    </message>
    <message>
        <source>✓ {amount} in escrow for {title}.</source>
        <translation>✓ {amount} in garanzia per {title}.</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>%1 Mbit/s · %2 fps · %3 dropped frames · live %4</source>
        <extracomment>The X11 window to stream (SOURCE_WINDOW), from `list_windows`.</extracomment>
        <translation>%1 Mbit/s · %2 fps · fotogrammi persi: %3 · in diretta da %4</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>A chat line was added (author name, text). The streamer&apos;s health was refreshed (a LiveHealth).</extracomment>
        <translation>Diretta</translation>
    </message>
    <message>
        <source>Stream title</source>
        <translation>Titolo della diretta</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n spettatore</numerusform>
            <numerusform>%n spettatori</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewer count</source>
        <translation>Numero di spettatori</translation>
    </message>
    <message>
        <source>Your stream&apos;s preview</source>
        <translation>Anteprima della tua diretta</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>Sorgente video</translation>
    </message>
    <message>
        <source>A video file, looping</source>
        <translation>Un file video, in loop</translation>
    </message>
    <message>
        <source>The screen</source>
        <translation>Lo schermo</translation>
    </message>
    <message>
        <source>A window</source>
        <translation>Una finestra</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <source>Window to stream</source>
        <translation>Finestra da trasmettere</translation>
    </message>
    <message>
        <source>Sound source</source>
        <translation>Sorgente audio</translation>
    </message>
    <message>
        <source>The file&apos;s sound</source>
        <translation>L&apos;audio del file</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfono</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Nessun audio</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>Save as a video post when the stream ends</source>
        <translation>Salva come post video al termine della diretta</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Vai in diretta</translation>
    </message>
    <message>
        <source>Stream health</source>
        <translation>Stato della diretta</translation>
    </message>
    <message>
        <source>Why some sources are unavailable</source>
        <translation>Perché alcune sorgenti non sono disponibili</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Chat della diretta</translation>
    </message>
    <message>
        <source>Say something…</source>
        <translation>Scrivi qualcosa…</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Messaggio in chat</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source> (not available here)</source>
        <translation> (non disponibile qui)</translation>
    </message>
    <message>
        <source>No window is open that could be streamed; open one, or stream the whole screen.</source>
        <translation>Non c&apos;è nessuna finestra aperta da trasmettere; aprine una o trasmetti tutto lo schermo.</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>End stream</source>
        <translation>Termina diretta</translation>
    </message>
    <message>
        <source>Live streaming needs the app&apos;s event loop, which is not running.</source>
        <translation>La diretta richiede il ciclo di eventi dell&apos;app, che non è in esecuzione.</translation>
    </message>
    <message>
        <source>Something went wrong with the stream; try again.</source>
        <translation>Qualcosa è andato storto con la diretta; riprova.</translation>
    </message>
    <message>
        <source>Choose a video to stream</source>
        <translation>Scegli un video da trasmettere</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.ts)</source>
        <translation>Video (*.mp4 *.mov *.m4v *.mkv *.webm *.ts)</translation>
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
    <name>Market</name>
    <message>
        <source>Best match</source>
        <extracomment>Amounts are filtered and sorted in whole milli-ExC (exact amounts can exceed SQLite&apos;s integers). The tag a listing uses to say when a service is available: `avail:2026-03-01..2026-03-31` (28 characters, within a tag&apos;s 32). A client convention: the chain stores it as an ordinary tag. Ordinary tags (the availability tag is read into `available_from`/`available_until`). English; viewmodels.label() gives them in the interface language.</extracomment>
        <translation>Più pertinenti</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>Prezzo: dal più basso</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>Prezzo: dal più alto</translation>
    </message>
    <message>
        <source>Seller reputation</source>
        <translation>Reputazione del venditore</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Più recenti</translation>
    </message>
    <message>
        <source>Waiting for the seller</source>
        <extracomment>Seconds per block on the chain (the devnet and the default node settings). The labels below are English; `label(...)` gives them in the interface language.</extracomment>
        <translation>In attesa del venditore</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Declined — refunded</source>
        <translation>Rifiutato — rimborsato</translation>
    </message>
    <message>
        <source>Cancelled — refunded</source>
        <translation>Annullato — rimborsato</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>In controversia</translation>
    </message>
    <message>
        <source>Ruled</source>
        <translation>Deciso</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Accept order</source>
        <translation>Accetta l&apos;ordine</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annulla l&apos;ordine</translation>
    </message>
    <message>
        <source>Mark delivered…</source>
        <translation>Segna come consegnato…</translation>
    </message>
    <message>
        <source>Confirm and release payment</source>
        <translation>Conferma e sblocca il pagamento</translation>
    </message>
    <message>
        <source>Open a dispute…</source>
        <translation>Apri una controversia…</translation>
    </message>
    <message>
        <source>Ask for another arbiter</source>
        <translation>Chiedi un altro arbitro</translation>
    </message>
    <message>
        <source>Give a ruling…</source>
        <translation>Emetti una decisione…</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>Valuta…</translation>
    </message>
    <message>
        <source>Answer the review…</source>
        <translation>Rispondi alla recensione…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Send evidence…</source>
        <translation>Invia prove…</translation>
    </message>
    <message>
        <source>Quote · from {price}</source>
        <translation>Preventivo · da {price}</translation>
    </message>
    <message>
        <source>Price on request</source>
        <translation>Prezzo su richiesta</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Ancora nessuna valutazione</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Esaurito</translation>
    </message>
    <message>
        <source>Available {first} – {last}</source>
        <translation>Disponibile {first} – {last}</translation>
    </message>
    <message>
        <source>{seller} · reputation {score}</source>
        <translation>{seller} · reputazione {score}</translation>
    </message>
    <message>
        <source>({score} in {category})</source>
        <translation>({score} in {category})</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} s</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} min</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count} h</translation>
    </message>
    <message>
        <source>{amount} is locked in escrow. Accept to start, or decline to refund the buyer.</source>
        <translation>{amount} sono bloccati in garanzia. Accetta per iniziare, o rifiuta per rimborsare l&apos;acquirente.</translation>
    </message>
    <message>
        <source>{amount} is locked in escrow until the seller answers. You can cancel until then for a full refund.</source>
        <translation>{amount} sono bloccati in garanzia finché il venditore non risponde. Fino ad allora puoi annullare con rimborso completo.</translation>
    </message>
    <message>
        <source>Deliver, then mark the order delivered (attach a proof if you have one).</source>
        <translation>Consegna, poi segna l&apos;ordine come consegnato (allega una prova se ne hai una).</translation>
    </message>
    <message>
        <source>The seller is working on it. You can confirm early, or open a dispute if something is wrong.</source>
        <translation>Il venditore ci sta lavorando. Puoi confermare in anticipo, o aprire una controversia se qualcosa non va.</translation>
    </message>
    <message>
        <source>in about {time} (block {height})</source>
        <translation>tra circa {time} (blocco {height})</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>Check the delivery and confirm. Otherwise the payment is released automatically {when}.</source>
        <translation>Controlla la consegna e conferma. Altrimenti il pagamento viene sbloccato automaticamente {when}.</translation>
    </message>
    <message>
        <source>The payment is released to you when the buyer confirms, or automatically {when}.</source>
        <translation>Il pagamento ti viene sbloccato quando l&apos;acquirente conferma, o automaticamente {when}.</translation>
    </message>
    <message>
        <source>You were drawn to settle this dispute. Read both sides&apos; evidence, then give your ruling.</source>
        <translation>Sei stato estratto per risolvere questa controversia. Leggi le prove di entrambe le parti, poi emetti la tua decisione.</translation>
    </message>
    <message>
        <source>An arbiter ({arbiter}) is reviewing the case; the escrow stays locked.</source>
        <translation>Un arbitro ({arbiter}) sta esaminando la pratica; la somma resta in garanzia.</translation>
    </message>
    <message>
        <source>Ruled: {buyer} back to the buyer, {seller} to the seller, {fee} arbiter&apos;s fee.</source>
        <translation>Deciso: {buyer} all&apos;acquirente, {seller} al venditore, {fee} di compenso all&apos;arbitro.</translation>
    </message>
    <message>
        <source>{amount} was paid to the seller. Rate the order to help others.</source>
        <translation>{amount} sono stati pagati al venditore. Valuta l&apos;ordine per aiutare gli altri.</translation>
    </message>
    <message>
        <source>{amount} was paid to the seller.</source>
        <translation>{amount} sono stati pagati al venditore.</translation>
    </message>
    <message>
        <source>{amount} went back to the buyer.</source>
        <translation>{amount} sono tornati all&apos;acquirente.</translation>
    </message>
    <message>
        <source>Ordered, payment locked in escrow</source>
        <extracomment>&quot;done&quot;, &quot;current&quot; or &quot;upcoming&quot;.</extracomment>
        <translation>Ordinato, pagamento bloccato in garanzia</translation>
    </message>
    <message>
        <source>Accepted by the seller</source>
        <translation>Accettato dal venditore</translation>
    </message>
    <message>
        <source>Declined by the seller — refunded</source>
        <translation>Rifiutato dal venditore — rimborsato</translation>
    </message>
    <message>
        <source>Cancelled by the buyer — refunded</source>
        <translation>Annullato dall&apos;acquirente — rimborsato</translation>
    </message>
    <message>
        <source>Marked delivered</source>
        <translation>Segnato come consegnato</translation>
    </message>
    <message>
        <source>Payment released to the seller</source>
        <translation>Pagamento sbloccato al venditore</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Controversia aperta</translation>
    </message>
    <message>
        <source>Ruling given, escrow split</source>
        <translation>Decisione emessa, garanzia ripartita</translation>
    </message>
    <message>
        <source>block {height}</source>
        <translation>blocco {height}</translation>
    </message>
    <message>
        <source>Payment released automatically after the timeout</source>
        <translation>Pagamento sbloccato automaticamente alla scadenza</translation>
    </message>
    <message>
        <source>Another arbiter drawn</source>
        <translation>Estratto un altro arbitro</translation>
    </message>
    <message>
        <source>Rated {stars}</source>
        <translation>Valutato {stars}</translation>
    </message>
    <message>
        <source>Payment released</source>
        <translation>Pagamento sbloccato</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Valutato</translation>
    </message>
    <message>
        <source>Payment released (automatically at block {height})</source>
        <translation>Pagamento sbloccato (automaticamente al blocco {height})</translation>
    </message>
    <message>
        <source>Ruling by the arbiter</source>
        <translation>Decisione dell&apos;arbitro</translation>
    </message>
    <message>
        <source>your order</source>
        <translation>il tuo ordine</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nuovo ordine</translation>
    </message>
    <message>
        <source>An arbiter was drawn for {what}.</source>
        <translation>È stato estratto un arbitro per {what}.</translation>
    </message>
    <message>
        <source>Dispute ruled</source>
        <translation>Controversia decisa</translation>
    </message>
    <message>
        <source>{what} × {quantity}: {amount} is in escrow.</source>
        <translation>{what} × {quantity}: {amount} in garanzia.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Ordine effettuato</translation>
    </message>
    <message>
        <source>{amount} for {what} is locked in escrow (verified).</source>
        <translation>{amount} per {what} sono bloccati in garanzia (verificato).</translation>
    </message>
    <message>
        <source>Order accepted</source>
        <translation>Ordine accettato</translation>
    </message>
    <message>
        <source>The seller accepted your order of {what}.</source>
        <translation>Il venditore ha accettato il tuo ordine di {what}.</translation>
    </message>
    <message>
        <source>Order declined</source>
        <translation>Ordine rifiutato</translation>
    </message>
    <message>
        <source>{amount} for {what} was refunded to you.</source>
        <translation>{amount} per {what} ti sono stati rimborsati.</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Ordine annullato</translation>
    </message>
    <message>
        <source>The buyer cancelled the order of {what}.</source>
        <translation>L&apos;acquirente ha annullato l&apos;ordine di {what}.</translation>
    </message>
    <message>
        <source>Order delivered</source>
        <translation>Ordine consegnato</translation>
    </message>
    <message>
        <source>{what} was marked delivered. Confirm it, or the payment is released at block {height}.</source>
        <translation>{what} è stato segnato come consegnato. Conferma, altrimenti il pagamento viene sbloccato al blocco {height}.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Pagamento ricevuto</translation>
    </message>
    <message>
        <source>{amount} for {what} was released to you.</source>
        <translation>{amount} per {what} ti sono stati sbloccati.</translation>
    </message>
    <message>
        <source>{amount} for {what} went to the seller.</source>
        <translation>{amount} per {what} sono andati al venditore.</translation>
    </message>
    <message>
        <source>You are an arbiter</source>
        <translation>Sei un arbitro</translation>
    </message>
    <message>
        <source>You were drawn to settle a dispute on {what}.</source>
        <translation>Sei stato estratto per risolvere una controversia su {what}.</translation>
    </message>
    <message>
        <source>You got {amount} back.</source>
        <translation>Ti sono tornati {amount}.</translation>
    </message>
    <message>
        <source>You got {amount} for {what}.</source>
        <translation>Hai ricevuto {amount} per {what}.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Indietro</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <source>Market</source>
        <extracomment>The dialog open right now (tests fill it in).</extracomment>
        <translation>Mercato</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Sfoglia</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>I miei ordini</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>I miei annunci</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nuovo annuncio</translation>
    </message>
    <message>
        <source>Search your listings</source>
        <translation>Cerca tra i tuoi annunci</translation>
    </message>
    <message>
        <source>Verified to block {height}</source>
        <translation>Verificato fino al blocco {height}</translation>
    </message>
    <message numerus="yes">
        <source>%n of your listings</source>
        <translation>
            <numerusform>%n dei tuoi annunci</numerusform>
            <numerusform>%n dei tuoi annunci</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not listed anything yet. “New listing” puts goods or services on sale.</source>
        <translation>Non hai ancora messo in vendita nulla. “Nuovo annuncio” mette in vendita prodotti o servizi.</translation>
    </message>
    <message>
        <source>This listing is not on the chain.</source>
        <translation>Questo annuncio non è sulla catena.</translation>
    </message>
    <message>
        <source>Proven at block {height}; not checked again now: {reason}</source>
        <translation>Provato al blocco {height}; non ricontrollato ora: {reason}</translation>
    </message>
    <message>
        <source>Locking the payment in escrow… waiting for a verified block.</source>
        <translation>Blocco del pagamento in garanzia… in attesa di un blocco verificato.</translation>
    </message>
    <message>
        <source>✓ {amount} is in escrow (proven). The seller was told.</source>
        <translation>✓ {amount} in garanzia (provato). Il venditore è stato avvisato.</translation>
    </message>
    <message>
        <source>Publishing the listing…</source>
        <translation>Pubblicazione dell&apos;annuncio…</translation>
    </message>
    <message>
        <source>Uploading photos ({done}/{total})…</source>
        <translation>Caricamento delle foto ({done}/{total})…</translation>
    </message>
    <message>
        <source>✓ Listing published at block {height}</source>
        <translation>✓ Annuncio pubblicato al blocco {height}</translation>
    </message>
    <message>
        <source>Publishing the edit… waiting for a verified block.</source>
        <translation>Pubblicazione della modifica… in attesa di un blocco verificato.</translation>
    </message>
    <message>
        <source>✓ Edit proven at block {height}</source>
        <translation>✓ Modifica provata al blocco {height}</translation>
    </message>
    <message>
        <source>Updating the listing…</source>
        <translation>Aggiornamento dell&apos;annuncio…</translation>
    </message>
    <message>
        <source>Chat is not available in this version; contact the seller another way.</source>
        <translation>La chat non è disponibile in questa versione; contatta il venditore in un altro modo.</translation>
    </message>
    <message>
        <source>This order is not on the chain.</source>
        <translation>Questo ordine non è sulla catena.</translation>
    </message>
    <message>
        <source>Downloading the delivery proof and checking it…</source>
        <translation>Download della prova di consegna e verifica…</translation>
    </message>
    <message>
        <source>Answer the review</source>
        <translation>Rispondi alla recensione</translation>
    </message>
    <message>
        <source>Your answer is public, under the buyer&apos;s review.</source>
        <translation>La tua risposta è pubblica, sotto la recensione dell&apos;acquirente.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Send evidence</source>
        <translation>Invia prove</translation>
    </message>
    <message>
        <source>Sent end-to-end encrypted to the arbiter and the other party; nodes see only its size.</source>
        <translation>Inviato con cifratura end-to-end all&apos;arbitro e all&apos;altra parte; i nodi ne vedono solo la dimensione.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Sending… waiting for a verified block.</source>
        <translation>Invio… in attesa di un blocco verificato.</translation>
    </message>
    <message>
        <source>Uploading the proof and marking delivered…</source>
        <translation>Caricamento della prova e segnalazione della consegna…</translation>
    </message>
    <message>
        <source>Opening the dispute and drawing an arbiter…</source>
        <translation>Apertura della controversia ed estrazione di un arbitro…</translation>
    </message>
    <message>
        <source>Drawing another arbiter…</source>
        <translation>Estrazione di un altro arbitro…</translation>
    </message>
    <message>
        <source>✓ Evidence sent, encrypted.</source>
        <translation>✓ Prove inviate, cifrate.</translation>
    </message>
    <message>
        <source>Publishing the ruling…</source>
        <translation>Pubblicazione della decisione…</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Arbitro</translation>
    </message>
    <message>
        <source>You are now available to settle disputes.</source>
        <translation>Ora sei disponibile a risolvere controversie.</translation>
    </message>
    <message>
        <source>You opted out.</source>
        <translation>Hai rinunciato.</translation>
    </message>
</context>
<context>
    <name>MarketService</name>
    <message>
        <source>Give the listing a title.</source>
        <extracomment>How long a step may take to be included and proven before the user is told to look again later.</extracomment>
        <translation>Dai un titolo all&apos;annuncio.</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Scegli o scrivi una categoria.</translation>
    </message>
    <message>
        <source>A fixed-price listing needs a price above zero (or choose “quote on request”).</source>
        <translation>Un annuncio a prezzo fisso richiede un prezzo superiore a zero (oppure scegli «preventivo su richiesta»).</translation>
    </message>
    <message>
        <source>The availability ends before it starts; check the dates.</source>
        <translation>La disponibilità finisce prima di iniziare; controlla le date.</translation>
    </message>
    <message>
        <source>The listing cannot be published as it is: %1.</source>
        <translation>L&apos;annuncio non può essere pubblicato così com&apos;è: %1.</translation>
    </message>
    <message>
        <source>The edit cannot be published as it is: %1.</source>
        <translation>La modifica non può essere pubblicata così com&apos;è: %1.</translation>
    </message>
    <message>
        <source>the title is too long (128 bytes at most)</source>
        <translation>il titolo è troppo lungo (al massimo 128 byte)</translation>
    </message>
    <message>
        <source>the description is too long (4096 bytes at most)</source>
        <translation>la descrizione è troppo lunga (al massimo 4096 byte)</translation>
    </message>
    <message>
        <source>use at most 16 tags of at most 32 characters each</source>
        <translation>usa al massimo 16 tag di al massimo 32 caratteri ciascuno</translation>
    </message>
    <message>
        <source>the category name is too long (64 bytes at most)</source>
        <translation>il nome della categoria è troppo lungo (al massimo 64 byte)</translation>
    </message>
    <message>
        <source>the region is too long (64 bytes at most)</source>
        <translation>la regione è troppo lunga (al massimo 64 byte)</translation>
    </message>
    <message>
        <source>use at most 16 photos or videos</source>
        <translation>usa al massimo 16 foto o video</translation>
    </message>
    <message>
        <source>delivery can take at most 3650 days</source>
        <translation>la consegna può richiedere al massimo 3650 giorni</translation>
    </message>
    <message>
        <source>%1 is queued and goes out when the network is back.</source>
        <translation>%1: in coda, partirà quando la rete tornerà disponibile.</translation>
    </message>
    <message>
        <source>The network is not started yet; wait a moment and try again.</source>
        <translation>La rete non è ancora avviata; attendi un momento e riprova.</translation>
    </message>
    <message>
        <source>The network cannot be reached right now; try again when you are back online.</source>
        <translation>La rete non è raggiungibile in questo momento; riprova quando sarai di nuovo online.</translation>
    </message>
    <message>
        <source>A node sent data that failed verification, so it was not shown (%1).</source>
        <translation>Un nodo ha inviato dati che non hanno superato la verifica, quindi non sono stati mostrati (%1).</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1: rifiutato (%2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>%1 is sent but not confirmed yet. It stays queued; check again in a minute.</source>
        <translation>%1: inviato ma non ancora confermato. Resta in coda; ricontrolla tra un minuto.</translation>
    </message>
    <message>
        <source>%1 could not be sent: %2</source>
        <translation>%1: invio non riuscito: %2</translation>
    </message>
    <message>
        <source>%1 was refused by the chain: %2.</source>
        <translation>%1: rifiutato dalla catena (%2).</translation>
    </message>
    <message>
        <source>%1 was not included in time and expired. Try again.</source>
        <translation>%1: non incluso in tempo, è scaduto. Riprova.</translation>
    </message>
    <message>
        <source>The order is proven absent from the chain; it may have been placed on another network.</source>
        <translation>L&apos;ordine risulta provatamente assente dalla catena; potrebbe essere stato effettuato su un&apos;altra rete.</translation>
    </message>
    <message>
        <source>Photos cannot be uploaded: no storage node is configured.</source>
        <translation>Impossibile caricare le foto: nessun nodo di archiviazione configurato.</translation>
    </message>
    <message>
        <source>Publishing the listing</source>
        <translation>Pubblicazione dell&apos;annuncio</translation>
    </message>
    <message>
        <source>The listing was included but is proven absent; the chain refused its terms.</source>
        <translation>L&apos;annuncio è stato incluso ma risulta provatamente assente; la catena ne ha rifiutato le condizioni.</translation>
    </message>
    <message>
        <source>Pausing the listing</source>
        <translation>Sospensione dell&apos;annuncio</translation>
    </message>
    <message>
        <source>Closing the listing</source>
        <translation>Chiusura dell&apos;annuncio</translation>
    </message>
    <message>
        <source>Updating the listing</source>
        <translation>Aggiornamento dell&apos;annuncio</translation>
    </message>
    <message>
        <source>Only the seller can edit this listing.</source>
        <translation>Solo il venditore può modificare questo annuncio.</translation>
    </message>
    <message>
        <source>This listing is closed; a closed listing cannot be edited.</source>
        <translation>Questo annuncio è chiuso; un annuncio chiuso non si può modificare.</translation>
    </message>
    <message>
        <source>Editing the listing</source>
        <translation>Modifica dell&apos;annuncio</translation>
    </message>
    <message>
        <source>The listing is proven absent from the chain.</source>
        <translation>L&apos;annuncio risulta provatamente assente dalla catena.</translation>
    </message>
    <message>
        <source>This listing is not on the chain (any more).</source>
        <translation>Questo annuncio non è (più) sulla catena.</translation>
    </message>
    <message>
        <source>This is your own listing.</source>
        <translation>Questo è un tuo annuncio.</translation>
    </message>
    <message>
        <source>This listing is %1; it cannot be ordered now.</source>
        <translation>Stato dell&apos;annuncio: %1; ora non si può ordinare.</translation>
    </message>
    <message>
        <source>Choose a quantity between 1 and %1.</source>
        <translation>Scegli una quantità tra 1 e %1.</translation>
    </message>
    <message>
        <source>The price changed; look at the listing again before ordering.</source>
        <translation>Il prezzo è cambiato; riguarda l&apos;annuncio prima di ordinare.</translation>
    </message>
    <message>
        <source>Enter the amount you agreed with the seller for this quote.</source>
        <translation>Inserisci l&apos;importo concordato con il venditore per questo preventivo.</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>L&apos;ordine</translation>
    </message>
    <message>
        <source>The order was included but its escrow could not be verified; look at it again.</source>
        <translation>L&apos;ordine è stato incluso ma la sua garanzia non è stata verificata; riguardalo.</translation>
    </message>
    <message>
        <source>Cancelling the order</source>
        <translation>Annullamento dell&apos;ordine</translation>
    </message>
    <message>
        <source>The seller attached no proof to this delivery.</source>
        <translation>Il venditore non ha allegato alcuna prova a questa consegna.</translation>
    </message>
    <message>
        <source>The proof cannot be downloaded: no storage node is configured.</source>
        <translation>Impossibile scaricare la prova: nessun nodo di archiviazione configurato.</translation>
    </message>
    <message>
        <source>The proof cannot be uploaded: no storage node is configured.</source>
        <translation>Impossibile caricare la prova: nessun nodo di archiviazione configurato.</translation>
    </message>
    <message>
        <source>Marking delivered</source>
        <translation>Segnalazione della consegna</translation>
    </message>
    <message>
        <source>Releasing the payment</source>
        <translation>Sblocco del pagamento</translation>
    </message>
    <message>
        <source>Say briefly what went wrong; the arbiter reads it first.</source>
        <translation>Spiega in breve che cosa è andato storto; l&apos;arbitro lo legge per primo.</translation>
    </message>
    <message>
        <source>Opening the dispute</source>
        <translation>Apertura della controversia</translation>
    </message>
    <message>
        <source>Write the ruling: it is public, and both sides read why you decided so.</source>
        <translation>Scrivi la decisione: è pubblica, ed entrambe le parti leggono perché hai deciso così.</translation>
    </message>
    <message>
        <source>Give each of the four ratings one to five stars.</source>
        <translation>Dai a ciascuna delle quattro valutazioni da una a cinque stelle.</translation>
    </message>
    <message>
        <source>The rating</source>
        <translation>La valutazione</translation>
    </message>
    <message>
        <source>The rating was included but could not be verified; look at the order again.</source>
        <translation>La valutazione è stata inclusa ma non è stata verificata; riguarda l&apos;ordine.</translation>
    </message>
    <message>
        <source>Write your answer first.</source>
        <translation>Scrivi prima la tua risposta.</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La risposta</translation>
    </message>
    <message>
        <source>Buying storage for %1 ExC</source>
        <translation>Acquisto di spazio per %1 ExC</translation>
    </message>
    <message>
        <source>Chat is not available in this version; contact the other party another way.</source>
        <translation>La chat non è disponibile in questa versione; contatta l&apos;altra parte in un altro modo.</translation>
    </message>
    <message>
        <source>Evidence is exchanged through the encrypted chat, which is not available here.</source>
        <translation>Le prove si scambiano tramite la chat cifrata, che qui non è disponibile.</translation>
    </message>
</context>
<context>
    <name>MediaCapture</name>
    <message>
        <source>This build of FFmpeg cannot capture an X11 screen (no x11grab).</source>
        <extracomment>Why not, as a sentence (empty when available).</extracomment>
        <translation>Questa build di FFmpeg non può catturare uno schermo X11 (manca x11grab).</translation>
    </message>
    <message>
        <source>This is a Wayland session: the screen can only be captured through the desktop&apos;s screen-sharing portal (xdg-desktop-portal), which Etalonium does not support yet. Stream a file or a camera.</source>
        <translation>Questa è una sessione Wayland: lo schermo si può catturare solo tramite il portale di condivisione dello schermo del desktop (xdg-desktop-portal), che Etalonium non supporta ancora. Trasmetti un file o una fotocamera.</translation>
    </message>
    <message>
        <source>No display server is running here (no X11 display), so there is no screen to capture; stream a file instead.</source>
        <translation>Qui non è in esecuzione alcun server grafico (nessun display X11), quindi non c&apos;è uno schermo da catturare; trasmetti un file.</translation>
    </message>
    <message>
        <source>No camera was found; connect one, or stream the screen or a file.</source>
        <extracomment>Windows smaller than this (either side, in pixels) are tool tips and the like, not worth streaming.</extracomment>
        <translation>Nessuna fotocamera trovata; collegane una, oppure trasmetti lo schermo o un file.</translation>
    </message>
    <message>
        <source>No microphone was found; the stream can carry a file&apos;s sound instead.</source>
        <translation>Nessun microfono trovato; la diretta può usare l&apos;audio di un file.</translation>
    </message>
</context>
<context>
    <name>MediaSections</name>
    <message>
        <source>Something went wrong: %1</source>
        <extracomment>Where the channel&apos;s signing seed is kept in the encrypted profile. Upload jobs of the Create section, in the encrypted profile (the market keeps its own under &quot;media.&quot;). Storage is bought in steps of at least this much, so every upload does not cost an action.</extracomment>
        <translation>Qualcosa è andato storto: %1</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Find people</source>
        <translation>Trova persone</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>No one to add yet: people you chat with or save as contacts appear here.</source>
        <translation>Ancora nessuno da aggiungere: qui compaiono le persone con cui chatti o che salvi nei contatti.</translation>
    </message>
</context>
<context>
    <name>MessengerPage</name>
    <message>
        <source>Choose a conversation</source>
        <translation>Scegli una conversazione</translation>
    </message>
    <message>
        <source>Messages are end-to-end encrypted: the nodes that carry them never see their content.</source>
        <translation>I messaggi sono cifrati end-to-end: i nodi che li trasportano non ne vedono mai il contenuto.</translation>
    </message>
</context>
<context>
    <name>MessengerService</name>
    <message>
        <source>You</source>
        <extracomment>&quot;Name: first words&quot; of the message this one answers (empty if none or unknown). Where to continue for older messages (None: this page reaches the first message). The contact&apos;s identity changed and the user has not acknowledged it. The matching text with the matches wrapped in <byte value="x2"/> … <byte value="x3"/>.</extracomment>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Messaggio eliminato</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Tu: {text}</translation>
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
    <name>NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Nuovo gruppo</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nome del gruppo</translation>
    </message>
    <message>
        <source>Members (up to %1). Messages are end-to-end encrypted for the members only.</source>
        <translation>Membri (fino a %1). I messaggi sono cifrati end-to-end solo per i membri.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Crea gruppo</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>{amount} as an author</source>
        <extracomment>The newest notices kept; older ones are dropped. The keys of notices already raised, kept far longer than the list (and saved with it), so a reply that fell off the list does not alert again when it is proven again. The oldest keys go first. Stable for one event (so seeing it twice keeps one notice). The height of the proof it came from. The post it is about (hex), or &quot;&quot;. Called after every change (the service saves the document then, off the event loop). The height the list started at: replies older than it are not news. post id → the promotion count last seen (a post first seen sets its baseline). The keys of the notices raised so far, oldest first (a dict as an ordered set; bounded).</extracomment>
        <translation>{amount} come autore</translation>
    </message>
    <message>
        <source>{amount} for curation</source>
        <translation>{amount} per la cura dei contenuti</translation>
    </message>
    <message>
        <source>Rewards paid for epoch {epoch}</source>
        <translation>Ricompense pagate per l&apos;epoca {epoch}</translation>
    </message>
    <message>
        <source>You earned {amount}: {parts}.</source>
        <translation>Hai guadagnato {amount}: {parts}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Nuovo badge</translation>
    </message>
    <message>
        <source>You were awarded {badge}.</source>
        <translation>Hai ottenuto il badge {badge}.</translation>
    </message>
    <message>
        <source>Your post was promoted</source>
        <translation>Il tuo post è stato promosso</translation>
    </message>
    <message>
        <source>{name} paid to show your post in more feeds ({amount} so far, until height {height}).</source>
        <translation>{name} ha pagato per mostrare il tuo post in più bacheche ({amount} finora, fino all&apos;altezza {height}).</translation>
    </message>
    <message>
        <source>{name} replied to you</source>
        <translation>{name} ti ha risposto</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <extracomment>Symbols every desktop font has (colour emoji are missing on many Linux systems).
----------
A notice about a post was activated: its post id.</extracomment>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Notifications ({count})</source>
        <translation>Notifiche ({count})</translation>
    </message>
    <message>
        <source>Rewards, badges, promotions of your posts and replies to you, each proven against the chain.</source>
        <translation>Ricompense, badge, promozioni dei tuoi post e risposte per te, ognuno provato sulla catena.</translation>
    </message>
    <message>
        <source>Nothing yet. Rewards, badges and replies to you will show here.</source>
        <translation>Ancora niente. Qui compariranno ricompense, badge e risposte per te.</translation>
    </message>
    <message>
        <source>✔ proven at height {height} · {age}</source>
        <translation>✔ provato all&apos;altezza {height} · {age}</translation>
    </message>
    <message>
        <source>Open the post</source>
        <translation>Apri il post</translation>
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
    <name>OrderDetailView</name>
    <message>
        <source>← Back to orders</source>
        <translation>← Torna agli ordini</translation>
    </message>
    <message>
        <source>View listing</source>
        <translation>Vedi annuncio</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>In escrow</source>
        <translation>In garanzia</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Arbitro</translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation>Nota dell&apos;acquirente</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>{amount} (settled)</source>
        <translation>{amount} (regolato)</translation>
    </message>
    <message>
        <source>— (drawn if a dispute is opened)</source>
        <translation>— (estratto se si apre una controversia)</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (tu)</translation>
    </message>
    <message>
        <source>Marked delivered</source>
        <translation>Segnato come consegnato</translation>
    </message>
    <message>
        <source>with a proof in the blob store ({id}…)</source>
        <translation>con una prova nell&apos;archivio blob ({id}…)</translation>
    </message>
    <message>
        <source>✓ Proven at block {height}</source>
        <translation>✓ Provato al blocco {height}</translation>
    </message>
    <message>
        <source>Open delivery proof</source>
        <translation>Apri la prova di consegna</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Apri la pratica</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Placed</source>
        <translation>Effettuato</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Il tuo ruolo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>block {height}</source>
        <translation>blocco {height}</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Venditore</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Arbitro</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Acquisti</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <source>Arbitrating</source>
        <translation>Arbitrati</translation>
    </message>
    <message>
        <source>Settle disputes as an arbiter…</source>
        <translation>Risolvi controversie come arbitro…</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>I tuoi ordini</translation>
    </message>
    <message>
        <source>No orders yet. Orders you place, receive or settle as an arbiter appear here.</source>
        <translation>Ancora nessun ordine. Qui compaiono gli ordini che effettui, ricevi o risolvi come arbitro.</translation>
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
    <name>PinDialog</name>
    <message>
        <source>Pin listings to the stream</source>
        <translation>Fissa annunci alla diretta</translation>
    </message>
    <message>
        <source>Viewers can buy what you pin without leaving the stream.</source>
        <translation>Gli spettatori possono comprare ciò che fissi senza lasciare la diretta.</translation>
    </message>
    <message>
        <source>Your listings</source>
        <translation>I tuoi annunci</translation>
    </message>
    <message>
        <source>You have no active listings; create one in the Market.</source>
        <translation>Non hai annunci attivi; creane uno nel Mercato.</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Video player</source>
        <translation>Lettore video</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Tempo trascorso e totale</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenzia</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualità</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>LIVE</source>
        <extracomment>False shows every frame as soon as it is decoded, painted at once (measuring decode + render).</extracomment>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Diretta</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>Reposted: {text}</source>
        <translation>Ricondiviso: {text}</translation>
    </message>
    <message>
        <source>Reposted a post</source>
        <translation>Ha ricondiviso un post</translation>
    </message>
    <message>
        <source>{points} rep</source>
        <translation>{points} rep.</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Promosso</translation>
    </message>
    <message>
        <source>weight {score}</source>
        <translation>peso {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commento</numerusform>
            <numerusform>%n commenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repost(s)</source>
        <translation>
            <numerusform>%n ricondivisione</numerusform>
            <numerusform>%n ricondivisioni</numerusform>
        </translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salvato</translation>
    </message>
    <message>
        <source>✔ proven at {height}</source>
        <translation>✔ provato a {height}</translation>
    </message>
    <message>
        <source>Why am I seeing this?</source>
        <translation>Perché vedo questo post?</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Post</source>
        <extracomment>The player is wider than a picture so that its controls (time, volume, quality) fit on one line. A thread with more replies than this starts collapsed (its count shows what is inside). Deeper replies are shown at this depth (beside the comment they answer), so the text keeps its width. It answers a comment that is not among those proven (not found yet, or of another post).</extracomment>
        <translation>Post</translation>
    </message>
    <message>
        <source>Post picture</source>
        <translation>Immagine del post</translation>
    </message>
    <message>
        <source>Video</source>
        <extracomment>The video player, made when a video post is opened (the poster shows until then).</extracomment>
        <translation>Video</translation>
    </message>
    <message>
        <source>Why am I seeing this</source>
        <translation>Perché vedo questo post</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Segui</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Testo del post</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voti</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Su</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Giù</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Ricondividi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Segnala…</translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation>Promuovi…</translation>
    </message>
    <message>
        <source>Promotion payment</source>
        <translation>Pagamento della promozione</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> blocchi</translation>
    </message>
    <message>
        <source>Promotion length</source>
        <translation>Durata della promozione</translation>
    </message>
    <message>
        <source>Pay and promote</source>
        <translation>Paga e promuovi</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>for</source>
        <translation>per</translation>
    </message>
    <message>
        <source>What is wrong with it? (spam, stolen work, harassment…)</source>
        <translation>Che cosa non va? (spam, lavoro rubato, molestie…)</translation>
    </message>
    <message>
        <source>Report reason</source>
        <translation>Motivo della segnalazione</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Invia segnalazione</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <extracomment>The comment the next one answers (b&quot;&quot; for a comment on the post itself). The last comment replied to (its thread is kept open).</extracomment>
        <translation>Annulla risposta</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Scrivi un commento…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenta</translation>
    </message>
    <message>
        <source>This post is not known yet.</source>
        <translation>Questo post non è ancora noto.</translation>
    </message>
    <message>
        <source>reputation {score}</source>
        <translation>reputazione {score}</translation>
    </message>
    <message>
        <source>Following ✔</source>
        <translation>Segui già ✔</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>un post</translation>
    </message>
    <message>
        <source>Reposted — {post}</source>
        <translation>Ricondiviso — {post}</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(nessun testo)</translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n media · posted {age}</source>
        <translation>
            <numerusform>{kind} · %n file multimediale · pubblicato {age}</numerusform>
            <numerusform>{kind} · %n file multimediali · pubblicato {age}</numerusform>
        </translation>
    </message>
    <message>
        <source>weight {score} (by the voters&apos; reputation)</source>
        <translation>peso {score} (secondo la reputazione di chi vota)</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commento</numerusform>
            <numerusform>%n commenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repost(s)</source>
        <translation>
            <numerusform>%n ricondivisione</numerusform>
            <numerusform>%n ricondivisioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n segnalazione</numerusform>
            <numerusform>%n segnalazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Promoted until height {height} ({amount} paid)</source>
        <translation>Promosso fino all&apos;altezza {height} ({amount} pagati)</translation>
    </message>
    <message>
        <source>✔ Verified by proof at height {height}</source>
        <translation>✔ Verificato tramite prova all&apos;altezza {height}</translation>
    </message>
    <message>
        <source>Saved ✔</source>
        <translation>Salvato ✔</translation>
    </message>
    <message>
        <source>Why am I seeing this? {reason}</source>
        <translation>Perché vedo questo post? {reason}</translation>
    </message>
    <message>
        <source>This video cannot be played offline.</source>
        <translation>Questo video non si può riprodurre offline.</translation>
    </message>
    <message>
        <source>Loading the video…</source>
        <translation>Caricamento del video…</translation>
    </message>
    <message>
        <source>The video could not be loaded: {reason}</source>
        <translation>Impossibile caricare il video: {reason}</translation>
    </message>
    <message>
        <source>This post&apos;s media is a picture, not a video.</source>
        <translation>Il contenuto di questo post è un&apos;immagine, non un video.</translation>
    </message>
    <message>
        <source>No node is reachable to stream this video from.</source>
        <translation>Nessun nodo raggiungibile da cui trasmettere questo video.</translation>
    </message>
    <message numerus="yes">
        <source>%n qualities</source>
        <translation>
            <numerusform>%n qualità</numerusform>
            <numerusform>%n qualità</numerusform>
        </translation>
    </message>
    <message>
        <source>streamed, every chunk checked</source>
        <translation>in streaming, ogni blocco verificato</translation>
    </message>
    <message>
        <source>The video cannot be played.</source>
        <translation>Il video non si può riprodurre.</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Caricamento dell&apos;immagine…</translation>
    </message>
    <message>
        <source>Comments ({count})</source>
        <translation>Commenti ({count})</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Ancora nessun commento.</translation>
    </message>
    <message>
        <source>(a reply to a comment not found)</source>
        <translation>(risposta a un commento non trovato)</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(-ies)</source>
        <translation>
            <numerusform>%n risposta</numerusform>
            <numerusform>%n risposte</numerusform>
        </translation>
    </message>
    <message>
        <source>Proven comment, block {height}</source>
        <translation>Commento provato, blocco {height}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>Rispondi a {name}</translation>
    </message>
    <message>
        <source>Replying to {name}: “{excerpt}”</source>
        <translation>In risposta a {name}: “{excerpt}”</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Scrivi una risposta…</translation>
    </message>
    <message>
        <source>✔ Up-voted; the tally above is proven.</source>
        <translation>✔ Voto a favore; il conteggio qui sopra è provato.</translation>
    </message>
    <message>
        <source>✔ Down-voted; the tally above is proven.</source>
        <translation>✔ Voto contrario; il conteggio qui sopra è provato.</translation>
    </message>
    <message>
        <source>✔ Vote withdrawn; the tally above is proven.</source>
        <translation>✔ Voto ritirato; il conteggio qui sopra è provato.</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Votazione…</translation>
    </message>
    <message>
        <source>Sending the reply…</source>
        <translation>Invio della risposta…</translation>
    </message>
    <message>
        <source>✔ Replied.</source>
        <translation>✔ Risposta inviata.</translation>
    </message>
    <message>
        <source>Sending the comment…</source>
        <translation>Invio del commento…</translation>
    </message>
    <message>
        <source>✔ Commented.</source>
        <translation>✔ Commento pubblicato.</translation>
    </message>
    <message>
        <source>✔ You follow {name}.</source>
        <translation>✔ Ora segui {name}.</translation>
    </message>
    <message>
        <source>✔ You no longer follow {name}.</source>
        <translation>✔ Non segui più {name}.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>Reposting…</source>
        <translation>Ricondivisione…</translation>
    </message>
    <message>
        <source>✔ Reposted to your followers.</source>
        <translation>✔ Ricondiviso con chi ti segue.</translation>
    </message>
    <message>
        <source>✔ Saved on this computer.</source>
        <translation>✔ Salvato su questo computer.</translation>
    </message>
    <message>
        <source>Removed from saved.</source>
        <translation>Rimosso dai salvati.</translation>
    </message>
    <message>
        <source>Hidden from your feeds.</source>
        <translation>Nascosto dalle tue bacheche.</translation>
    </message>
    <message>
        <source>Say what is wrong with it, so others can judge the report.</source>
        <translation>Spiega che cosa non va, così gli altri possono valutare la segnalazione.</translation>
    </message>
    <message>
        <source>Reporting…</source>
        <translation>Segnalazione…</translation>
    </message>
    <message>
        <source>✔ Reported; it is hidden from your feeds.</source>
        <translation>✔ Segnalato; è nascosto dalle tue bacheche.</translation>
    </message>
    <message numerus="yes">
        <source>Promoting for %n block(s) costs at least {amount}.</source>
        <translation>
            <numerusform>Promuovere per %n blocco costa almeno {amount}.</numerusform>
            <numerusform>Promuovere per %n blocchi costa almeno {amount}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paying for the promotion…</source>
        <translation>Pagamento della promozione…</translation>
    </message>
    <message>
        <source>✔ Promoted: {amount} went to the reward pool.</source>
        <translation>✔ Promosso: {amount} sono andati al fondo ricompense.</translation>
    </message>
</context>
<context>
    <name>PostKind</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <source>Casting call</source>
        <translation>Casting</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>PriceStockDialog</name>
    <message>
        <source>Price and stock</source>
        <translation>Prezzo e disponibilità</translation>
    </message>
    <message>
        <source>Price in ExC</source>
        <translation>Prezzo in ExC</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Price (ExC)</source>
        <translation>Prezzo (ExC)</translation>
    </message>
    <message>
        <source>Orders already placed keep the price they were placed at.</source>
        <translation>Gli ordini già effettuati mantengono il prezzo con cui sono stati fatti.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>A fixed-price listing needs a price above zero.</source>
        <translation>Un annuncio a prezzo fisso richiede un prezzo maggiore di zero.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>{name} — profile</source>
        <translation>{name} — profilo</translation>
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
    <name>ProofDialog</name>
    <message>
        <source>Delivery proof</source>
        <extracomment>The longest side a photo is shown at.</extracomment>
        <translation>Prova di consegna</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} KiB</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>A photo, {width} × {height} pixels, {size}</source>
        <translation>Una foto, {width} × {height} pixel, {size}</translation>
    </message>
    <message>
        <source>This proof is a file the app does not show: save it and open it with another app.</source>
        <translation>Questa prova è un file che l&apos;app non mostra: salvalo e aprilo con un&apos;altra app.</translation>
    </message>
    <message>
        <source>A file ({type}), {size}</source>
        <translation>Un file ({type}), {size}</translation>
    </message>
    <message>
        <source>✓ Every part checked against the seller&apos;s signed manifest</source>
        <translation>✓ Ogni parte verificata sul manifesto firmato dal venditore</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Save the delivery proof</source>
        <translation>Salva la prova di consegna</translation>
    </message>
    <message>
        <source>The proof could not be saved as {name}: {reason}.</source>
        <translation>Impossibile salvare la prova come {name}: {reason}.</translation>
    </message>
    <message>
        <source>✓ Saved to {path}</source>
        <translation>✓ Salvato in {path}</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>New proposal</source>
        <translation>Nuova proposta</translation>
    </message>
    <message>
        <source>Kind of proposal</source>
        <translation>Tipo di proposta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametro</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuovo valore</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>the validator&apos;s public key, 64 hex digits</source>
        <translation>la chiave pubblica del validatore, 64 cifre esadecimali</translation>
    </message>
    <message>
        <source>Validator key</source>
        <translation>Chiave del validatore</translation>
    </message>
    <message>
        <source>Voting power (0 removes it)</source>
        <translation>Potere di voto (0 lo rimuove)</translation>
    </message>
    <message>
        <source>Voting power (0 removes)</source>
        <translation>Potere di voto (0 rimuove)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponi</translation>
    </message>
    <message>
        <source>{doc}. Now {current}; allowed {low} … {high}.</source>
        <translation>{doc}. Ora {current}; consentito {low} … {high}.</translation>
    </message>
    <message>
        <source>Not yet: {reason}</source>
        <translation>Non ancora: {reason}</translation>
    </message>
    <message>
        <source>Proposing…</source>
        <translation>Invio della proposta…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Quality</source>
        <translation>Qualità</translation>
    </message>
    <message>
        <source>As described</source>
        <translation>Conforme alla descrizione</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicazione</translation>
    </message>
    <message>
        <source>Rate your order</source>
        <translation>Valuta il tuo ordine</translation>
    </message>
    <message>
        <source>{title} — your rating is public and counts toward the seller&apos;s reputation.</source>
        <translation>{title} — la tua valutazione è pubblica e conta per la reputazione del venditore.</translation>
    </message>
    <message>
        <source>A few words for other buyers (optional)</source>
        <translation>Due parole per gli altri acquirenti (facoltativo)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controlla</translation>
    </message>
    <message>
        <source>Publish rating</source>
        <translation>Pubblica la valutazione</translation>
    </message>
    <message>
        <source>Keep the review under 2000 bytes.</source>
        <translation>Tieni la recensione sotto i 2000 byte.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive ExC</source>
        <translation>Ricevi ExC</translation>
    </message>
    <message>
        <source>Share this address. Anyone can send ExC to it; only you can spend it.</source>
        <translation>Condividi questo indirizzo. Chiunque può inviarvi ExC; solo tu puoi spenderli.</translation>
    </message>
    <message>
        <source>Address QR code</source>
        <translation>Codice QR dell&apos;indirizzo</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Il tuo indirizzo</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copia indirizzo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>Reputation</name>
    <message>
        <source>Votes received, weighted by the voters&apos; reputation</source>
        <extracomment>Where everyone starts, and how many displayed points each tenfold of raw points adds.</extracomment>
        <translation>Voti ricevuti, pesati secondo la reputazione di chi vota</translation>
    </message>
    <message>
        <source>Endorsements of skills, weighted by the endorsers&apos; trust</source>
        <translation>Conferme delle competenze, pesate secondo la fiducia di chi conferma</translation>
    </message>
    <message>
        <source>Orders completed as a seller</source>
        <translation>Ordini completati come venditore</translation>
    </message>
    <message>
        <source>Buyers&apos; ratings (above or below three stars)</source>
        <translation>Valutazioni degli acquirenti (sopra o sotto le tre stelle)</translation>
    </message>
    <message>
        <source>Votes that agreed with the community&apos;s later consensus</source>
        <translation>Voti concordi con il successivo consenso della comunità</translation>
    </message>
    <message>
        <source>Everyone starts at {base}.</source>
        <extracomment>The displayed points this part accounts for (they sum to the displayed score minus BASE).</extracomment>
        <translation>Tutti partono da {base}.</translation>
    </message>
    <message>
        <source>{part}: {raw} raw points → {shown}</source>
        <translation>{part}: {raw} punti grezzi → {shown}</translation>
    </message>
    <message>
        <source>Shown: {base} + 10·log10(1 + {raw}) = {shown}</source>
        <translation>Mostrato: {base} + 10·log10(1 + {raw}) = {shown}</translation>
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
    <name>RequestsView</name>
    <message>
        <source>People you have not chatted with yet. They do not know whether you read their messages.</source>
        <translation>Persone con cui non hai ancora chattato. Non sanno se hai letto i loro messaggi.</translation>
    </message>
    <message>
        <source>Message requests</source>
        <translation>Richieste di messaggi</translation>
    </message>
    <message>
        <source>No message requests.</source>
        <translation>Nessuna richiesta di messaggi.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Segnala</translation>
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
    <name>SendDialog</name>
    <message>
        <source>The address has a typo: its checksum does not match</source>
        <extracomment>The reasons lightnode (which has no Qt) gives for refusing an address or amount, for translation; a reason missing here is shown as it comes.</extracomment>
        <translation>L&apos;indirizzo contiene un errore di battitura: il checksum non corrisponde</translation>
    </message>
    <message>
        <source>An ExC address starts with &apos;exc1&apos;</source>
        <translation>Un indirizzo ExC inizia con &apos;exc1&apos;</translation>
    </message>
    <message>
        <source>The address uses the old bech32 checksum, not bech32m</source>
        <translation>L&apos;indirizzo usa il vecchio checksum bech32, non bech32m</translation>
    </message>
    <message>
        <source>The address is malformed</source>
        <translation>L&apos;indirizzo non è valido</translation>
    </message>
    <message>
        <source>The address is empty</source>
        <translation>L&apos;indirizzo è vuoto</translation>
    </message>
    <message>
        <source>Type an amount such as 12.5 (in ExC).</source>
        <translation>Inserisci un importo come 12.5 (in ExC).</translation>
    </message>
    <message>
        <source>That amount is larger than any balance can be.</source>
        <translation>Questo importo supera qualsiasi saldo possibile.</translation>
    </message>
    <message>
        <source>Send ExC</source>
        <translation>Invia ExC</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Indirizzo del destinatario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Optional, visible on the chain</source>
        <translation>Facoltativa, visibile sulla catena</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Causale</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Amount (ExC)</source>
        <translation>Importo (ExC)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controlla</translation>
    </message>
    <message>
        <source>{reason}. Nothing will be sent to it.</source>
        <translation>{reason}. Non verrà inviato nulla a questo indirizzo.</translation>
    </message>
    <message>
        <source>You are sending to yourself.</source>
        <translation>Stai inviando a te stesso.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <source>Not enough funds: {needed} needed with the fee, {available} available.</source>
        <translation>Fondi insufficienti: servono {needed} commissione inclusa, disponibili {available}.</translation>
    </message>
    <message>
        <source>Fee {fee} · total {total} · balance after {after}</source>
        <translation>Commissione {fee} · totale {total} · saldo dopo {after}</translation>
    </message>
    <message>
        <source>Fee {fee} · available {available}</source>
        <translation>Commissione {fee} · disponibili {available}</translation>
    </message>
    <message>
        <source>Review and confirm</source>
        <translation>Controlla e conferma</translation>
    </message>
    <message>
        <source>Transfers cannot be undone. Check the address once more.</source>
        <translation>I trasferimenti non si possono annullare. Controlla ancora una volta l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Conferma e invia</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Causale: {memo}</translation>
    </message>
    <message>
        <source>Send &lt;b&gt;{amount}&lt;/b&gt;&lt;br&gt;to &lt;tt&gt;{address}&lt;/tt&gt;&lt;br&gt;Fee: {fee}&lt;br&gt;Total: &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>Invia &lt;b&gt;{amount}&lt;/b&gt;&lt;br&gt;a &lt;tt&gt;{address}&lt;/tt&gt;&lt;br&gt;Commissione: {fee}&lt;br&gt;Totale: &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Firma e invio…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Stato dell&apos;invio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>You are offline. The transfer is signed and queued; it goes out when the network is back.</source>
        <translation>Sei offline. Il trasferimento è firmato e in coda; partirà quando la rete tornerà disponibile.</translation>
    </message>
    <message>
        <source>✔ Included at height {height}, verified by proof.</source>
        <translation>✔ Incluso all&apos;altezza {height}, verificato tramite prova.</translation>
    </message>
    <message>
        <source>The transfer failed: {reason}</source>
        <translation>Il trasferimento non è riuscito: {reason}</translation>
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
    <name>Tasks</name>
    <message>
        <source>Something went wrong ({kind}: {reason}).</source>
        <translation>Qualcosa è andato storto ({kind}: {reason}).</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>No files attached</source>
        <translation>Nessun file allegato</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Allega file…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Scegli i file</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Scrivi prima qualcosa.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Order timeline</source>
        <translation>Cronologia dell&apos;ordine</translation>
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
    <name>UploadPage</name>
    <message>
        <source>Resume upload</source>
        <extracomment>A post was published and proven (its id).</extracomment>
        <translation>Riprendi caricamento</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Post status</source>
        <translation>Stato della pubblicazione</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un file</translation>
    </message>
    <message>
        <source>The upload of %1 did not finish last time. Resume it where it stopped?</source>
        <translation>Il caricamento di %1 non si è concluso l&apos;ultima volta. Riprenderlo da dove si era fermato?</translation>
    </message>
    <message>
        <source>Buying storage for your upload…</source>
        <translation>Acquisto di spazio per il caricamento…</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Pubblicazione…</translation>
    </message>
    <message>
        <source>✓ Posted and verified at block %1.</source>
        <translation>✓ Pubblicato e verificato al blocco %1.</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Replica: %1</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Estimating time left…</source>
        <translation>Stima del tempo rimanente…</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Quasi finito</translation>
    </message>
    <message>
        <source>About %1 s left</source>
        <translation>Circa %1 s rimanenti</translation>
    </message>
    <message>
        <source>About %1 min left</source>
        <translation>Circa %1 min rimanenti</translation>
    </message>
    <message>
        <source>Preparing: resizing, removing location data and converting for every screen size…</source>
        <translation>Preparazione: ridimensionamento, rimozione dei dati di posizione e conversione per ogni dimensione di schermo…</translation>
    </message>
    <message>
        <source>Uploading %1 MB of %2 MB</source>
        <translation>Caricamento di %1 MB su %2 MB</translation>
    </message>
    <message>
        <source>Uploaded. Add a caption and post it.</source>
        <translation>Caricato. Aggiungi una didascalia e pubblica.</translation>
    </message>
    <message>
        <source>New post</source>
        <extracomment>A post holds at most this many photos and videos. Every finished upload of the post being prepared, in the order chosen.</extracomment>
        <translation>Nuovo post</translation>
    </message>
    <message>
        <source>Photos are turned upright and stripped of location and camera details before they leave this computer. Videos are converted for every screen size; the original is never changed.</source>
        <translation>Le foto vengono raddrizzate e private dei dati di posizione e della fotocamera prima di lasciare questo computer. I video vengono convertiti per ogni dimensione di schermo; l&apos;originale non viene mai modificato.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Nessun file scelto</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Choose photos or videos…</source>
        <translation>Scegli foto o video…</translation>
    </message>
    <message>
        <source>Write a caption…</source>
        <translation>Scrivi una didascalia…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Didascalia</translation>
    </message>
    <message>
        <source>Tags, separated by commas (e.g. runway, linen, SS26)</source>
        <translation>Tag, separati da virgole (es. runway, lino, SS26)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Upload stage</source>
        <translation>Fase del caricamento</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Avanzamento del caricamento</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Uploading is not available until the network is connected.</source>
        <translation>Il caricamento non è disponibile finché la rete non è connessa.</translation>
    </message>
    <message numerus="yes">
        <source>A post holds at most %n photos and videos.</source>
        <translation>
            <numerusform>Un post contiene al massimo %n foto o video.</numerusform>
            <numerusform>Un post contiene al massimo %n foto e video.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming the upload…</source>
        <translation>Ripresa del caricamento…</translation>
    </message>
    <message>
        <source>Uploading needs the app&apos;s event loop, which is not running.</source>
        <translation>Il caricamento richiede il ciclo di eventi dell&apos;app, che non è in esecuzione.</translation>
    </message>
    <message>
        <source>Something went wrong with the upload; try again.</source>
        <translation>Qualcosa è andato storto con il caricamento; riprova.</translation>
    </message>
    <message>
        <source>Converting the video…</source>
        <translation>Conversione del video…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was posted.</source>
        <translation>Annullato. Non è stato pubblicato nulla.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>The caption or a tag is too long; shorten it and post again.</source>
        <translation>La didascalia o un tag è troppo lungo; accorcialo e pubblica di nuovo.</translation>
    </message>
    <message>
        <source>Choose photos or videos</source>
        <translation>Scegli foto o video</translation>
    </message>
    <message>
        <source>Photos and videos (%1)</source>
        <translation>Foto e video (%1)</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Verify %1</source>
        <extracomment>Reading a screenshot (file or clipboard) off the GUI thread; None when none is being read.</extracomment>
        <translation>Verifica %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept on their device…</source>
        <translation>In attesa che %1 accetti sul suo dispositivo…</translation>
    </message>
    <message>
        <source>%1 wants to verify your chat. Meet in person or call them, then compare what you both see.</source>
        <translation>%1 vuole verificare la vostra chat. Incontratevi di persona o chiamalo, poi confrontate ciò che vedete entrambi.</translation>
    </message>
    <message>
        <source>Start comparing</source>
        <translation>Inizia il confronto</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Check that %1 sees the same emoji, in the same order. Compare in person or on a call, not in this chat.</source>
        <translation>Controlla che %1 veda le stesse emoji, nello stesso ordine. Confrontatele di persona o in una chiamata, non in questa chat.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Corrispondono</translation>
    </message>
    <message>
        <source>They don&apos;t match</source>
        <translation>Non corrispondono</translation>
    </message>
    <message>
        <source>Waiting for %1 to confirm…</source>
        <translation>In attesa della conferma di %1…</translation>
    </message>
    <message>
        <source>✔ %1 is verified. Their chat shows a verified badge, and you will be warned if their keys ever change.</source>
        <translation>✔ %1 è verificato. La sua chat mostra un badge di verifica e sarai avvisato se le sue chiavi dovessero cambiare.</translation>
    </message>
    <message>
        <source>Safety number (the same on both devices): %1</source>
        <translation>Numero di sicurezza (uguale su entrambi i dispositivi): %1</translation>
    </message>
    <message>
        <source>Use a QR code instead</source>
        <translation>Usa invece un codice QR</translation>
    </message>
    <message>
        <source>Verify with a QR code</source>
        <translation>Verifica con un codice QR</translation>
    </message>
    <message>
        <source>Compare emoji instead</source>
        <translation>Confronta invece le emoji</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Your verification QR code</source>
        <translation>Il tuo codice QR di verifica</translation>
    </message>
    <message>
        <source>Your code is not available yet.</source>
        <translation>Il tuo codice non è ancora disponibile.</translation>
    </message>
    <message>
        <source>Your code: let %1 scan it</source>
        <translation>Il tuo codice: fallo scansionare a %1</translation>
    </message>
    <message>
        <source>Scan the code on %1&apos;s screen, or a screenshot of it they sent you another way than this chat. If it matches the keys of your chat, %1 is marked verified.</source>
        <translation>Scansiona il codice sullo schermo di %1, o uno screenshot che ti ha inviato per una via diversa da questa chat. Se corrisponde alle chiavi della vostra chat, %1 viene segnato come verificato.</translation>
    </message>
    <message>
        <source>Scan with camera</source>
        <translation>Scansiona con la fotocamera</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>Ricerca di una fotocamera…</translation>
    </message>
    <message>
        <source>Open an image…</source>
        <translation>Apri un&apos;immagine…</translation>
    </message>
    <message>
        <source>Paste a screenshot</source>
        <translation>Incolla uno screenshot</translation>
    </message>
    <message>
        <source>No camera was found on this computer: open or paste a screenshot instead.</source>
        <translation>Nessuna fotocamera trovata su questo computer: apri o incolla invece uno screenshot.</translation>
    </message>
    <message>
        <source>Hold %1&apos;s code in front of the camera…</source>
        <translation>Tieni il codice di %1 davanti alla fotocamera…</translation>
    </message>
    <message>
        <source>No code was seen. Try again closer to the camera, in good light.</source>
        <translation>Nessun codice rilevato. Riprova più vicino alla fotocamera, con una buona luce.</translation>
    </message>
    <message>
        <source>Choose a screenshot of the code</source>
        <translation>Scegli uno screenshot del codice</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Reading the code…</source>
        <translation>Lettura del codice…</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Impossibile leggere il file (%1).</translation>
    </message>
    <message>
        <source>The keys do not match</source>
        <translation>Le chiavi non corrispondono</translation>
    </message>
    <message>
        <source>Make sure you scanned %1&apos;s own screen, in person or from a screenshot they sent another way. If the codes still differ, do not share anything sensitive in this chat.</source>
        <translation>Assicurati di aver scansionato lo schermo di %1, di persona o da uno screenshot inviato per un&apos;altra via. Se i codici continuano a differire, non condividere nulla di riservato in questa chat.</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Scansiona di nuovo</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>La verifica è stata annullata.</translation>
    </message>
    <message>
        <source>Or compare these numbers: %1</source>
        <translation>Oppure confronta questi numeri: %1</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>There is no sound device, so the video plays without sound.</source>
        <translation>Non c&apos;è un dispositivo audio, quindi il video viene riprodotto senza suono.</translation>
    </message>
    <message>
        <source>The sound device cannot play 48 kHz stereo, so the video plays without sound.</source>
        <translation>Il dispositivo audio non riproduce lo stereo a 48 kHz, quindi il video viene riprodotto senza suono.</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Sent to the network; waiting for a block that includes it…</source>
        <translation>Inviato alla rete; in attesa di un blocco che lo includa…</translation>
    </message>
</context>
<context>
    <name>WalletView</name>
    <message>
        <source>Wallet</source>
        <translation>Portafoglio</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance verification</source>
        <translation>Verifica del saldo</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Ricevi</translation>
    </message>
    <message>
        <source>Note on your history</source>
        <translation>Nota sulla cronologia</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Hide this note until something new is found</source>
        <translation>Nascondi questa nota finché non emerge qualcosa di nuovo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Transaction history</source>
        <translation>Cronologia delle transazioni</translation>
    </message>
    <message>
        <source>No transfers yet. Use Receive to share your address.</source>
        <translation>Ancora nessun trasferimento. Usa Ricevi per condividere il tuo indirizzo.</translation>
    </message>
    <message>
        <source>Your address: {address}</source>
        <translation>Il tuo indirizzo: {address}</translation>
    </message>
    <message>
        <source>Not verified yet — waiting for the network</source>
        <translation>Non ancora verificato — in attesa della rete</translation>
    </message>
    <message>
        <source>Last verified at height {height} — offline, may be out of date</source>
        <translation>Ultima verifica all&apos;altezza {height} — offline, potrebbe non essere aggiornato</translation>
    </message>
    <message>
        <source>✔ Verified by proof at height {height}</source>
        <translation>✔ Verificato tramite prova all&apos;altezza {height}</translation>
    </message>
    <message numerus="yes">
        <source>%n signed transfer(s) waiting to be sent; they go out when the network is back.</source>
        <translation>
            <numerusform>%n trasferimento firmato in attesa di invio; partirà quando la rete tornerà disponibile.</numerusform>
            <numerusform>%n trasferimenti firmati in attesa di invio; partiranno quando la rete tornerà disponibile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A node left out %n transfer(s) to you; they were recovered from another node, verified, and are in the history below.</source>
        <translation>
            <numerusform>Un nodo ha omesso %n trasferimento a tuo favore; è stato recuperato da un altro nodo, verificato, ed è nella cronologia qui sotto.</numerusform>
            <numerusform>Un nodo ha omesso %n trasferimenti a tuo favore; sono stati recuperati da un altro nodo, verificati, e sono nella cronologia qui sotto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A node listed %n transfer(s) that failed verification; they were not added to your history.</source>
        <translation>
            <numerusform>Un nodo ha elencato %n trasferimento che non ha superato la verifica; non è stato aggiunto alla cronologia.</numerusform>
            <numerusform>Un nodo ha elencato %n trasferimenti che non hanno superato la verifica; non sono stati aggiunti alla cronologia.</numerusform>
        </translation>
    </message>
    <message>
        <source>A node&apos;s list of your transfers could not be verified. The history is complete up to the last verified block, and is checked again with the next block.</source>
        <translation>Non è stato possibile verificare l&apos;elenco dei tuoi trasferimenti fornito da un nodo. La cronologia è completa fino all&apos;ultimo blocco verificato e viene controllata di nuovo con il prossimo blocco.</translation>
    </message>
    <message>
        <source>Between blocks {first} and {last} your verified balance grew by {extra} more than the verified transfers to you. Rewards, escrow releases and grants raise a balance too; if you expected none, a transfer may be missing from the history.</source>
        <translation>Tra i blocchi {first} e {last} il tuo saldo verificato è cresciuto di {extra} in più rispetto ai trasferimenti verificati ricevuti. Anche ricompense, sblocchi del deposito in garanzia e sovvenzioni aumentano il saldo; se non ne aspettavi, un trasferimento potrebbe mancare dalla cronologia.</translation>
    </message>
    <message>
        <source>Between blocks {first} and {last} your verified balance grew by {grown}, less than the verified transfers to you ({received}). The balance shown is the verified one.</source>
        <translation>Tra i blocchi {first} e {last} il tuo saldo verificato è cresciuto di {grown}, meno dei trasferimenti verificati ricevuti ({received}). Il saldo mostrato è quello verificato.</translation>
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
    <name>WhyDialog</name>
    <message>
        <source>Why am I seeing this?</source>
        <translation>Perché vedo questo post?</translation>
    </message>
    <message>
        <source>Ranked on this computer from posts and votes proven against the chain.</source>
        <translation>Classificato su questo computer da post e voti provati sulla catena.</translation>
    </message>
    <message>
        <source>Not interested: hide it</source>
        <translation>Non mi interessa: nascondilo</translation>
    </message>
    <message>
        <source>Hide this post</source>
        <translation>Nascondi questo post</translation>
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
    <name>_Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>_FeedCounts</name>
    <message numerus="yes">
        <source>%n day ago</source>
        <extracomment>The reference time of the age terms (as Hive&apos;s hot and trending use one): 2020-09-13 12:26:40 UTC. Hot: every HOT_DECAY_S of age weighs as much as ten times the score (3 hours). Trending: the same on a slower clock (2 days), so lasting appreciation outranks a burst. For you: weights of the personal terms added to the hot score. Posts with at least this many distinct reports rank lower in For you, by REPORT_PENALTY. Items per page; promoted posts are placed at most `promotion_cap` times per page. The sum of the standing votes&apos; reputation weights (PostRecord.score). What was paid to promote it, when its promotion runs at the verified height (else 0). Authors&apos; proven reputation scores (raw points). Interest per tag in [0, 1], from the viewer&apos;s own up-votes, saves and posts.</extracomment>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <source>Ranked lower: %n people reported it.</source>
        <translation>
            <numerusform>Classificato più in basso: %n persona l&apos;ha segnalato.</numerusform>
            <numerusform>Classificato più in basso: %n persone l&apos;hanno segnalato.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MarketCounts</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valutazione</numerusform>
            <numerusform>%n valutazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked within %n day(s)</source>
        <translation>
            <numerusform>Prenotabile entro %n giorno</numerusform>
            <numerusform>Prenotabile entro %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ships in %n day(s)</source>
        <translation>
            <numerusform>Spedito in %n giorno</numerusform>
            <numerusform>Spedito in %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) open</source>
        <translation>
            <numerusform>%n prenotazione disponibile</numerusform>
            <numerusform>%n prenotazioni disponibili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n disponibile</numerusform>
            <numerusform>%n disponibili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n posts</source>
        <extracomment>The formats a draft can take, as (kind, media type), in the order the editor lists them. How long after new data the trends are recomputed (new blocks come every second or so). How many days ahead a draft can be planned in the editor.</extracomment>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n voti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n venduto</numerusform>
            <numerusform>%n venduti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>learned from %n posts</source>
        <translation>
            <numerusform>ha imparato da %n post</numerusform>
            <numerusform>ha imparato da %n post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endorsed</source>
        <translation>
            <numerusform>%n conferma</numerusform>
            <numerusform>%n conferme</numerusform>
        </translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colore</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>palette style</source>
        <translation>stile di palette</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>La tua bozza</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendenze</translation>
    </message>
    <message>
        <source>Your brand</source>
        <translation>Il tuo brand</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tempistica</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercato</translation>
    </message>
    <message>
        <source>models</source>
        <translation>modelli</translation>
    </message>
    <message>
        <source>designers</source>
        <translation>designer</translation>
    </message>
    <message>
        <source>photographers</source>
        <translation>fotografi</translation>
    </message>
    <message>
        <source>stylists</source>
        <translation>stylist</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>agenzie</translation>
    </message>
    <message>
        <source>producers</source>
        <translation>produttori</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <source>over 99% sure</source>
        <translation>oltre il 99%</translation>
    </message>
    <message>
        <source>%1% sure</source>
        <translation>%1%</translation>
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
