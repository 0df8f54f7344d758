<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppLock</name>
    <message>
        <source>New activity. Unlock to see it.</source>
        <translation>Nouvelle activité. Déverrouillez pour la voir.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Verrouillé après %n minute d’inactivité.</numerusform>
            <numerusform>Verrouillé après %n minutes d’inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after a time without activity.</source>
        <translation>Verrouillé après une période d’inactivité.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Verrouillé.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm your recovery phrase</source>
        <translation>Confirmez votre phrase de récupération</translation>
    </message>
    <message>
        <source>Pick the right word for each position, from what you wrote down.</source>
        <translation>Choisissez le bon mot pour chaque position, d’après ce que vous avez noté.</translation>
    </message>
    <message>
        <source>Show the words again</source>
        <translation>Afficher à nouveau les mots</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Word #{number}</source>
        <translation>Mot nº {number}</translation>
    </message>
    <message>
        <source>word {number}: {word}</source>
        <translation>mot {number} : {word}</translation>
    </message>
    <message numerus="yes">
        <source>Word {words} does not match. Check your paper, or show the words again.</source>
        <translation>
            <numerusform>Le mot {words} ne correspond pas. Vérifiez votre papier ou affichez à nouveau les mots.</numerusform>
            <numerusform>Les mots {words} ne correspondent pas. Vérifiez votre papier ou affichez à nouveau les mots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>Thème &amp;clair</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Etalonium</source>
        <translation>À &amp;propos d’Etalonium</translation>
    </message>
    <message>
        <source>Show Etalonium</source>
        <translation>Afficher Etalonium</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>DAO</source>
        <translation>DAO</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>How should people know you?</source>
        <translation>Comment voulez-vous être connu ?</translation>
    </message>
    <message>
        <source>Your name and role are public on the network; you can change them later in your profile.</source>
        <translation>Votre nom et votre rôle sont publics sur le réseau ; vous pourrez les modifier plus tard dans votre profil.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>e.g. Ana Petrova</source>
        <translation>p. ex. Ana Petrova</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Créer mon profil</translation>
    </message>
</context>
<context>
    <name>NetworkStatusBar</name>
    <message>
        <source>Network state</source>
        <translation>État du réseau</translation>
    </message>
    <message>
        <source>Verified height</source>
        <translation>Hauteur vérifiée</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>⚠ Halted: {reason}</source>
        <translation>⚠ Arrêté : {reason}</translation>
    </message>
    <message>
        <source>Offline — showing the last verified data; actions are queued</source>
        <translation>Hors ligne — les dernières données vérifiées sont affichées ; les actions sont en attente</translation>
    </message>
    <message>
        <source>Syncing {percent}%</source>
        <translation>Synchronisation {percent} %</translation>
    </message>
    <message>
        <source>Verified · {chain}</source>
        <translation>Vérifié · {chain}</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Height {height}</source>
        <translation>Hauteur {height}</translation>
    </message>
    <message>
        <source>No verified block</source>
        <translation>Aucun bloc vérifié</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n témoin</numerusform>
            <numerusform>%n témoins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Attack warning</source>
        <translation>Alerte d’attaque</translation>
    </message>
    <message>
        <source>Verified chain tip</source>
        <translation>Sommet vérifié de la chaîne</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Empreinte du bloc</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>Heure du bloc</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Every header is checked here: more than 2/3 of the validators&apos; power must have signed it, and each witness must agree with the primary. Balances, profiles and orders are shown only when proven against a verified header.</source>
        <translation>Chaque en-tête est vérifié ici : plus des 2/3 de la puissance des validateurs doivent l’avoir signé, et chaque témoin doit être d’accord avec le nœud principal. Soldes, profils et commandes ne sont affichés que prouvés par rapport à un en-tête vérifié.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Primary and witnesses</source>
        <translation>Principal et témoins</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Offline — the last verified data is shown, actions are queued</source>
        <translation>Hors ligne — les dernières données vérifiées sont affichées, les actions sont en attente</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Following the chain, verified</source>
        <translation>Suit la chaîne, vérifiée</translation>
    </message>
    <message>
        <source>Primary: {node}</source>
        <translation>Principal : {node}</translation>
    </message>
    <message>
        <source>Witness: {node} — agrees</source>
        <translation>Témoin : {node} — d’accord</translation>
    </message>
    <message>
        <source>Dropped: {node}</source>
        <translation>Écarté : {node}</translation>
    </message>
    <message>
        <source>⚠ An attack on the light client was detected and the client halted. Nothing further is trusted until you review it. {details}</source>
        <translation>⚠ Une attaque contre le client léger a été détectée et le client s’est arrêté. Plus rien n’est considéré comme fiable tant que vous ne l’avez pas examinée. {details}</translation>
    </message>
    <message>
        <source>none identified</source>
        <translation>aucun identifié</translation>
    </message>
    <message>
        <source>Evidence sent to the nodes: two conflicting blocks at height {height} ({hash_a}… and {hash_b}…), common trusted height {common}; validators who signed both: {signers}.</source>
        <translation>Preuve envoyée aux nœuds : deux blocs contradictoires à la hauteur {height} ({hash_a}… et {hash_b}…), hauteur de confiance commune {common} ; validateurs ayant signé les deux : {signers}.</translation>
    </message>
</context>
<context>
    <name>OnboardingView</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>It unlocks this profile on this computer and encrypts everything in it. It cannot be recovered: if you forget it, restore your identity from the recovery phrase.</source>
        <translation>Elle déverrouille ce profil sur cet ordinateur et chiffre tout ce qu’il contient. Elle ne peut pas être récupérée : si vous l’oubliez, restaurez votre identité à partir de la phrase de récupération.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Répétez-la</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>{strength}. {advice}</source>
        <translation>{strength}. {advice}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess; make it longer or less common.</source>
        <translation>Cette phrase secrète est trop facile à deviner ; allongez-la ou rendez-la moins courante.</translation>
    </message>
</context>
<context>
    <name>PhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>Votre phrase de récupération</translation>
    </message>
    <message>
        <source>Write these 24 words down on paper, in order, and keep them somewhere safe. They are the only way to restore your identity and your funds if this computer is lost. Never type them into a website.</source>
        <translation>Notez ces 24 mots sur papier, dans l’ordre, et gardez-les en lieu sûr. C’est le seul moyen de restaurer votre identité et vos fonds si cet ordinateur est perdu. Ne les saisissez jamais sur un site web.</translation>
    </message>
    <message>
        <source>I have written the 24 words down, in order</source>
        <translation>J’ai noté les 24 mots, dans l’ordre</translation>
    </message>
    <message>
        <source>I have written the words down</source>
        <translation>J’ai noté les mots</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Profil public</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Edit display name</source>
        <translation>Modifier le nom affiché</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <source>portfolio or social links, separated by spaces</source>
        <translation>liens (portfolio, réseaux), séparés par des espaces</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Publish profile</source>
        <translation>Publier le profil</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Reputation score</source>
        <translation>Score de réputation</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Your skills</source>
        <translation>Vos compétences</translation>
    </message>
    <message>
        <source>e.g. runway modelling, pattern cutting</source>
        <translation>p. ex. défilés, coupe de patrons</translation>
    </message>
    <message>
        <source>Skill to claim</source>
        <translation>Compétence à déclarer</translation>
    </message>
    <message>
        <source>Claim skill</source>
        <translation>Déclarer la compétence</translation>
    </message>
    <message>
        <source>Endorse someone else&apos;s skill</source>
        <translation>Recommander la compétence de quelqu’un d’autre</translation>
    </message>
    <message>
        <source>exc1… address</source>
        <translation>adresse exc1…</translation>
    </message>
    <message>
        <source>Address to endorse</source>
        <translation>Adresse à recommander</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>compétence</translation>
    </message>
    <message>
        <source>Skill to endorse</source>
        <translation>Compétence à recommander</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Recommander</translation>
    </message>
    <message>
        <source>A node sent data that failed verification and was not shown: {reason}</source>
        <translation>Un nœud a envoyé des données qui ont échoué à la vérification et n’ont pas été affichées : {reason}</translation>
    </message>
    <message>
        <source>Not published on the chain yet: publish it so others can find you.</source>
        <translation>Pas encore publié sur la chaîne : publiez-le pour que les autres puissent vous trouver.</translation>
    </message>
    <message>
        <source>✔ Verified by proof at height {height}</source>
        <translation>✔ Vérifié par preuve à la hauteur {height}</translation>
    </message>
    <message>
        <source>No reputation yet: post work, get endorsed, complete orders.</source>
        <translation>Pas encore de réputation : publiez vos travaux, faites-vous recommander, menez des commandes à bien.</translation>
    </message>
    <message>
        <source>Votes {votes} · endorsements {endorsements} · work {work} · ratings {ratings}</source>
        <translation>Votes {votes} · recommandations {endorsements} · travail {work} · évaluations {ratings}</translation>
    </message>
    <message numerus="yes">
        <source>{skill} — %n endorsement(s), score {score} ✔</source>
        <translation>
            <numerusform>{skill} — %n recommandation, score {score} ✔</numerusform>
            <numerusform>{skill} — %n recommandations, score {score} ✔</numerusform>
        </translation>
    </message>
    <message>
        <source>No skills claimed yet.</source>
        <translation>Aucune compétence déclarée pour l’instant.</translation>
    </message>
    <message>
        <source>Sent; waiting for a block…</source>
        <translation>Envoyé ; en attente d’un bloc…</translation>
    </message>
    <message>
        <source>Could not send it: {reason}</source>
        <translation>Envoi impossible : {reason}</translation>
    </message>
    <message>
        <source>Refused by the chain: {reason}</source>
        <translation>Refusé par la chaîne : {reason}</translation>
    </message>
    <message>
        <source>Your profile needs a display name.</source>
        <translation>Votre profil a besoin d’un nom affiché.</translation>
    </message>
    <message>
        <source>✔ Published and verified.</source>
        <translation>✔ Publié et vérifié.</translation>
    </message>
    <message>
        <source>✔ Skill “{skill}” claimed.</source>
        <translation>✔ Compétence « {skill} » déclarée.</translation>
    </message>
    <message>
        <source>Name the skill to endorse.</source>
        <translation>Indiquez la compétence à recommander.</translation>
    </message>
    <message>
        <source>✔ Endorsed “{skill}”.</source>
        <translation>✔ « {skill} » recommandée.</translation>
    </message>
</context>
<context>
    <name>ReputationChart</name>
    <message>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <source>Reputation history chart</source>
        <translation>Graphique de l’historique de la réputation</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore your identity</source>
        <translation>Restaurez votre identité</translation>
    </message>
    <message>
        <source>Type or paste your 24-word recovery phrase, with spaces between the words.</source>
        <translation>Saisissez ou collez votre phrase de récupération de 24 mots, séparés par des espaces.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Phrase de récupération</translation>
    </message>
    <message>
        <source>word1 word2 word3 …</source>
        <translation>mot1 mot2 mot3 …</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>One node API address per line; the first is the primary, others witnesses</source>
        <translation>Une adresse d’API de nœud par ligne ; la première est le nœud principal, les autres des témoins</translation>
    </message>
    <message>
        <source>Trust root</source>
        <translation>Racine de confiance</translation>
    </message>
    <message>
        <source>Trust root (genesis hash)</source>
        <translation>Racine de confiance (empreinte de la genèse)</translation>
    </message>
    <message>
        <source>Save nodes (used at next start)</source>
        <translation>Enregistrer les nœuds (utilisés au prochain démarrage)</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Export the whole profile (identity, messages, contacts, settings) as one file protected by your passphrase. Keep it apart from this computer.</source>
        <translation>Exportez tout le profil (identité, messages, contacts, paramètres) dans un seul fichier protégé par votre phrase secrète. Conservez-le ailleurs que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Export backup…</source>
        <translation>Exporter une sauvegarde…</translation>
    </message>
    <message>
        <source>Now using the embedded local devnet: {nodes}. Enter nodes above to join another network instead.</source>
        <translation>Le devnet local intégré est utilisé : {nodes}. Saisissez des nœuds ci-dessus pour rejoindre un autre réseau.</translation>
    </message>
    <message>
        <source>Not a node address: {address} (expected host:port or http://host:port)</source>
        <translation>Ce n’est pas une adresse de nœud : {address} (attendu hôte:port ou http://hôte:port)</translation>
    </message>
    <message>
        <source>Saved. The app uses these nodes from its next start.</source>
        <translation>Enregistré. L’application utilisera ces nœuds à son prochain démarrage.</translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess. {advice}</source>
        <translation>La nouvelle phrase secrète est trop facile à deviner. {advice}</translation>
    </message>
    <message>
        <source>Re-encrypting your profile…</source>
        <translation>Rechiffrement de votre profil…</translation>
    </message>
    <message>
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>La phrase secrète actuelle est incorrecte ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>✔ Passphrase changed. Use the new one from now on.</source>
        <translation>✔ Phrase secrète modifiée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Exporter une sauvegarde</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Type your current passphrase in Security above; the backup uses it.</source>
        <translation>Saisissez votre phrase secrète actuelle dans Sécurité ci-dessus ; la sauvegarde l’utilise.</translation>
    </message>
    <message>
        <source>✔ Backup written to {path}</source>
        <translation>✔ Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <source>The language could not be saved ({reason}).</source>
        <translation>La langue n’a pas pu être enregistrée ({reason}).</translation>
    </message>
    <message>
        <source>Saved. The new language is used from the next start of Etalonium.</source>
        <translation>Enregistré. La nouvelle langue sera utilisée au prochain démarrage d’Etalonium.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock your profile</source>
        <translation>Déverrouillez votre profil</translation>
    </message>
    <message>
        <source>Profile “{name}” is locked.</source>
        <translation>Le profil « {name} » est verrouillé.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Saisissez votre phrase secrète pour déverrouiller.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Cette phrase secrète est incorrecte. Réessayez.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Etalonium</source>
        <translation>Bienvenue dans Etalonium</translation>
    </message>
    <message>
        <source>Your identity on the ExtraChain network is a key that only you hold. Nobody can take your account or your data. Everything personal is kept encrypted on this computer.</source>
        <translation>Votre identité sur le réseau ExtraChain est une clé que vous seul détenez. Personne ne peut prendre votre compte ni vos données. Tout ce qui est personnel reste chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Create a new identity</source>
        <translation>Créer une nouvelle identité</translation>
    </message>
    <message>
        <source>Restore from a recovery phrase</source>
        <translation>Restaurer depuis une phrase de récupération</translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <source>Creating your profile</source>
        <translation>Création de votre profil</translation>
    </message>
    <message>
        <source>Deriving your keys and encrypting your profile…</source>
        <translation>Dérivation de vos clés et chiffrement de votre profil…</translation>
    </message>
</context>
<context>
    <name>onboarding</name>
    <message>
        <source>Model</source>
        <translation>Mannequin</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Créateur de mode</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <source>Stylist</source>
        <translation>Styliste</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très robuste</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Choose a passphrase: it protects everything in this profile.</source>
        <translation>Choisissez une phrase secrète : elle protège tout ce que contient ce profil.</translation>
    </message>
    <message>
        <source>Good: this passphrase would take a long time to guess.</source>
        <translation>Bien : deviner cette phrase secrète prendrait beaucoup de temps.</translation>
    </message>
</context>
<context>
    <name>zxcvbn</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Pas besoin de symboles, de chiffres ni de majuscules.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches consécutives sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs courts au clavier sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec plus de détours.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme « aaa » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et caractères répétés.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous sont associées.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et années qui vous sont associées.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C’est l’un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C’est l’un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C’est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe couramment utilisé.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les noms et prénoms seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les noms et prénoms courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n’aident pas beaucoup.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots à l’envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme « @ » au lieu de « a » n’aident pas beaucoup.</translation>
    </message>
</context>
</TS>
