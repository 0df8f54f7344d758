<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActorProfileView</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Displayed reputation</source>
        <translation>Réputation affichée</translation>
    </message>
    <message>
        <source>Where the reputation came from</source>
        <translation>D&apos;où vient la réputation</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Skills, endorsed by others</source>
        <translation>Compétences, recommandées par d&apos;autres</translation>
    </message>
    <message>
        <source>Claim a skill: runway modelling, pattern cutting…</source>
        <translation>Déclarer une compétence : défilé, patronage…</translation>
    </message>
    <message>
        <source>Skill to claim</source>
        <translation>Compétence à déclarer</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Déclarer</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Could not prove the latest figures: {reason}</source>
        <translation>Impossible de prouver les derniers chiffres : {reason}</translation>
    </message>
    <message>
        <source>Following ✔</source>
        <translation>Abonné ✔</translation>
    </message>
    <message>
        <source>{points} points on the chain</source>
        <translation>{points} points sur la chaîne</translation>
    </message>
    <message>
        <source>{badge} — minted at height {height}</source>
        <translation>{badge} — émis à la hauteur {height}</translation>
    </message>
    <message>
        <source>No badges yet: they are minted when a milestone is reached.</source>
        <translation>Pas encore de badge : ils sont émis quand un palier est atteint.</translation>
    </message>
    <message>
        <source>✔ Verified by proof against the chain</source>
        <translation>✔ Vérifié par preuve sur la chaîne</translation>
    </message>
    <message>
        <source>{skill} — not proven yet</source>
        <translation>{skill} — pas encore prouvée</translation>
    </message>
    <message numerus="yes">
        <source>%n endorsement(s)</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} points of trust</source>
        <translation>{points} points de confiance</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Recommander</translation>
    </message>
    <message>
        <source>Endorse {skill}</source>
        <translation>Recommander {skill}</translation>
    </message>
    <message>
        <source>No skills claimed yet.</source>
        <translation>Aucune compétence déclarée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>weight {score}</source>
        <translation>poids {score}</translation>
    </message>
    <message>
        <source>Endorsing…</source>
        <translation>Recommandation…</translation>
    </message>
    <message>
        <source>✔ You endorsed {name}&apos;s {skill}.</source>
        <translation>✔ Vous avez recommandé {name} pour {skill}.</translation>
    </message>
    <message>
        <source>Claiming…</source>
        <translation>Déclaration…</translation>
    </message>
    <message>
        <source>✔ Skill “{skill}” claimed.</source>
        <translation>✔ Compétence « {skill} » déclarée.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>✔ Following.</source>
        <translation>✔ Abonné.</translation>
    </message>
    <message>
        <source>✔ Unfollowed.</source>
        <translation>✔ Désabonné.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source> among {roles} in {region}</source>
        <translation> chez les {roles} à {region}</translation>
    </message>
    <message>
        <source> among {roles}</source>
        <translation> chez les {roles}</translation>
    </message>
    <message>
        <source> in {region}</source>
        <translation> à {region}</translation>
    </message>
    <message>
        <source>There are not enough recent posts{who} yet to tell what is rising.</source>
        <translation>Il n’y a pas encore assez de publications récentes{who} pour dire ce qui monte.</translation>
    </message>
    <message>
        <source>#{tag} is rising{who}: used {ratio} times as often in the last {days} days as before ({sure}).</source>
        <translation>#{tag} monte{who} : utilisé {ratio} fois plus souvent ces {days} derniers jours qu’avant ({sure}).</translation>
    </message>
    <message>
        <source>{colour} is a rising colour{who} ({ratio}, {sure}).</source>
        <translation>{colour} est une couleur qui monte{who} ({ratio}, {sure}).</translation>
    </message>
    <message>
        <source>The {format} format is gaining ground{who} ({ratio}).</source>
        <translation>Le format « {format} » gagne du terrain{who} ({ratio}).</translation>
    </message>
    <message>
        <source>The {style} palette style is gaining ground{who} ({ratio}).</source>
        <translation>Le style de palette « {style} » gagne du terrain{who} ({ratio}).</translation>
    </message>
    <message>
        <source>A cluster is emerging: {tags} appear together, and posts combining them are up {ratio}.</source>
        <translation>Un groupe émerge : {tags} apparaissent ensemble, et les publications qui les combinent progressent de {ratio}.</translation>
    </message>
    <message>
        <source>#{tag} is fading{who} ({ratio}); posts that lean on it may reach fewer people.</source>
        <translation>#{tag} décline{who} ({ratio}) ; les publications qui misent dessus risquent de toucher moins de monde.</translation>
    </message>
    <message>
        <source>This draft should get about {votes} net votes ({interval} range {low}–{high}) and change your reputation by about {reputation} ({reputation_low} to {reputation_high}).</source>
        <translation>Ce brouillon devrait obtenir environ {votes} votes nets (intervalle à {interval} : {low}–{high}) et changer votre réputation d’environ {reputation} (de {reputation_low} à {reputation_high}).</translation>
    </message>
    <message>
        <source>what helps most is {what} ({votes} votes)</source>
        <translation>ce qui aide le plus, c’est {what} ({votes} votes)</translation>
    </message>
    <message>
        <source>what holds it back is {what} ({votes})</source>
        <translation>ce qui le freine, c’est {what} ({votes})</translation>
    </message>
    <message>
        <source>Against a typical post of your role, {parts}.</source>
        <translation>Par rapport à une publication typique de votre rôle, {parts}.</translation>
    </message>
    <message>
        <source>{change}: {reason}.</source>
        <translation>{change} : {reason}.</translation>
    </message>
    <message>
        <source>Your reputation is {reputation}, above {percentile} of {roles}; in four weeks you gained {growth}, more than {growth_percentile} of them (their median gain: {median}).</source>
        <translation>Votre réputation est de {reputation}, au-dessus de {percentile} des {roles} ; en quatre semaines vous avez gagné {growth}, plus que {growth_percentile} d’entre eux (leur gain médian : {median}).</translation>
    </message>
    <message>
        <source>An endorsement for &apos;{skill}&apos; is worth asking for{have}: endorsed {roles} get {lift}× the orders of the others, and {endorsed} of {total} have one.</source>
        <translation>Une recommandation pour « {skill} » vaut la peine d’être demandée{have} : les {roles} recommandés reçoivent {lift}× les commandes des autres, et {endorsed} sur {total} en ont une.</translation>
    </message>
    <message>
        <source>An endorsement for &apos;{skill}&apos; is worth asking for{have}: endorsed {roles} get {lift}× the votes per post of the others, and {endorsed} of {total} have one.</source>
        <translation>Une recommandation pour « {skill} » vaut la peine d’être demandée{have} : les {roles} recommandés reçoivent {lift}× les votes par publication des autres, et {endorsed} sur {total} en ont une.</translation>
    </message>
    <message>
        <source> (you have {count})</source>
        <translation> (vous en avez {count})</translation>
    </message>
    <message>
        <source>Your {kind} of {when} did {times}× your usual ({votes} votes vs {usual}); the model credits {why}.</source>
        <translation>Votre publication ({kind}) du {when} a fait {times}× votre habitude ({votes} votes contre {usual}) ; le modèle l’attribue à {why}.</translation>
    </message>
    <message>
        <source>Your {kind} of {when} did {times}× your usual ({votes} votes vs {usual}).</source>
        <translation>Votre publication ({kind}) du {when} a fait {times}× votre habitude ({votes} votes contre {usual}).</translation>
    </message>
    <message>
        <source>Your best hour to post is around {best} (about {best_votes} votes for your typical post, against {worst_votes} at {worst}).</source>
        <translation>Votre meilleure heure pour publier est vers {best} (environ {best_votes} votes pour une publication typique, contre {worst_votes} à {worst}).</translation>
    </message>
    <message>
        <source>Demand for {category} is rising: orders per week are up {ratio} lately; about {orders} orders are expected next week ({low}–{high}).</source>
        <translation>La demande de {category} augmente : les commandes hebdomadaires ont progressé de {ratio} récemment ; environ {orders} commandes sont attendues la semaine prochaine ({low}–{high}).</translation>
    </message>
    <message>
        <source>Demand for {category} is falling: {ratio}× the orders per week of before.</source>
        <translation>La demande de {category} baisse : {ratio}× les commandes hebdomadaires d’avant.</translation>
    </message>
    <message>
        <source>Similar listings (same category, region and delivery time) sold for {low}–{high} ExC; about {typical} ExC is typical.</source>
        <translation>Des annonces similaires (même catégorie, région et délai de livraison) se sont vendues {low}–{high} ExC ; environ {typical} ExC est typique.</translation>
    </message>
    <message>
        <source>{category} listings sold for {low}–{high} ExC; about {typical} ExC is typical.</source>
        <translation>Les annonces de {category} se sont vendues {low}–{high} ExC ; environ {typical} ExC est typique.</translation>
    </message>
    <message>
        <source>{price} Demand is rising ({ratio}), so the upper end is realistic.</source>
        <translation>{price} La demande augmente ({ratio}), le haut de la fourchette est donc réaliste.</translation>
    </message>
    <message>
        <source>{day} {clock}</source>
        <translation>{day} {clock}</translation>
    </message>
    <message>
        <source>{what} is rising: ×{ratio} in the last {days} days ({sure})</source>
        <translation>{what} monte : ×{ratio} ces {days} derniers jours ({sure})</translation>
    </message>
    <message>
        <source>{what} is fading: ×{ratio} in the last {days} days ({sure})</source>
        <translation>{what} décline : ×{ratio} ces {days} derniers jours ({sure})</translation>
    </message>
    <message>
        <source>expected votes {before} → {after} (+{delta})</source>
        <translation>votes attendus {before} → {after} (+{delta})</translation>
    </message>
    <message>
        <source>lately its posts did {percent} better than usual</source>
        <translation>ces derniers temps ses publications ont fait {percent} de mieux que d’habitude</translation>
    </message>
    <message>
        <source>lately its posts did {percent} worse than usual</source>
        <translation>ces derniers temps ses publications ont fait {percent} de moins que d’habitude</translation>
    </message>
    <message>
        <source>add #{tag}</source>
        <translation>ajoutez #{tag}</translation>
    </message>
    <message>
        <source>drop #{tag}</source>
        <translation>retirez #{tag}</translation>
    </message>
    <message>
        <source>the model expects posts by {roles} to do best around then</source>
        <translation>le modèle prévoit que les publications des {roles} marchent le mieux vers ce moment</translation>
    </message>
    <message>
        <source>post on {when}</source>
        <translation>publiez {when}</translation>
    </message>
    <message>
        <source>{format} posts by {roles} do better than {other} ones</source>
        <translation>les publications au format « {format} » des {roles} marchent mieux que celles au format « {other} »</translation>
    </message>
    <message>
        <source>the {format} format</source>
        <translation>le format « {format} »</translation>
    </message>
    <message>
        <source>make it a {format}</source>
        <translation>passez au format « {format} »</translation>
    </message>
    <message>
        <source>bring {colour} into the palette</source>
        <translation>ajoutez {colour} à la palette</translation>
    </message>
    <message>
        <source>post without a caption</source>
        <translation>publiez sans légende</translation>
    </message>
    <message>
        <source>write a caption of about {length} characters</source>
        <translation>écrivez une légende d’environ {length} caractères</translation>
    </message>
    <message>
        <source>captions of that length do better in the model</source>
        <translation>d’après le modèle, les légendes de cette longueur marchent mieux</translation>
    </message>
    <message>
        <source>{gain}: {evidence}</source>
        <translation>{gain} : {evidence}</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>models</source>
        <translation>mannequins</translation>
    </message>
    <message>
        <source>designers</source>
        <translation>créateurs</translation>
    </message>
    <message>
        <source>photographers</source>
        <translation>photographes</translation>
    </message>
    <message>
        <source>stylists</source>
        <translation>stylistes</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>agences</translation>
    </message>
    <message>
        <source>producers</source>
        <translation>producteurs</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
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
        <translation>événement</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>no media</source>
        <translation>sans média</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <source>its tags</source>
        <translation>ses tags</translation>
    </message>
    <message>
        <source>its timing</source>
        <translation>le moment choisi</translation>
    </message>
    <message>
        <source>its format</source>
        <translation>son format</translation>
    </message>
    <message>
        <source>its colours</source>
        <translation>ses couleurs</translation>
    </message>
    <message>
        <source>its caption</source>
        <translation>sa légende</translation>
    </message>
    <message>
        <source>your standing then</source>
        <translation>votre réputation du moment</translation>
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
        <translation>sûr à plus de 99 %</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>sûr à {percent}</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>New activity. Unlock to see it.</source>
        <extracomment>Live players muted by the lock, to be heard again after unlocking.</extracomment>
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
    <name>ArbiterDialog</name>
    <message>
        <source>Settle disputes as an arbiter</source>
        <translation>Arbitrer des litiges</translation>
    </message>
    <message>
        <source>Arbiters are drawn at random among members with a reputation of at least {minimum} (yours is {score}), weighted by their reputation in the order&apos;s category, and never for a party or someone following or followed by one. A ruling earns {percent}% of the escrow.</source>
        <translation>Les arbitres sont tirés au sort parmi les membres ayant une réputation d&apos;au moins {minimum} (la vôtre est de {score}), pondérés par leur réputation dans la catégorie de la commande, et jamais pour une partie ni pour quelqu&apos;un qui la suit ou est suivi par elle. Une décision rapporte {percent} % du séquestre.</translation>
    </message>
    <message>
        <source>I am available to settle disputes</source>
        <translation>Je suis disponible pour arbitrer des litiges</translation>
    </message>
    <message>
        <source>Every category, or e.g. Dresses, Tailoring</source>
        <translation>Toutes les catégories, ou par ex. Robes, Couture</translation>
    </message>
    <message>
        <source>Categories you settle</source>
        <translation>Catégories que vous arbitrez</translation>
    </message>
    <message>
        <source>Categories on the market now: </source>
        <translation>Catégories actuellement sur le marché : </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>You are not registered as an arbiter.</source>
        <translation>Vous n&apos;êtes pas inscrit comme arbitre.</translation>
    </message>
    <message>
        <source>Choose at most 16 categories.</source>
        <translation>Choisissez au plus 16 catégories.</translation>
    </message>
</context>
<context>
    <name>AssistantCharts</name>
    <message>
        <source>Tags</source>
        <extracomment>Line colours of trend and demand series (distinct on light and dark backgrounds).</extracomment>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Your standing</source>
        <translation>Votre notoriété</translation>
    </message>
    <message>
        <source>weeks from now</source>
        <translation>semaines à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Trend lines: share of posts per week</source>
        <translation>Courbes de tendance : part des publications par semaine</translation>
    </message>
    <message>
        <source>% of posts</source>
        <translation>% des publications</translation>
    </message>
    <message>
        <source>Market demand: orders per week with forecast</source>
        <translation>Demande du marché : commandes par semaine avec prévision</translation>
    </message>
    <message>
        <source>orders per week</source>
        <translation>commandes par semaine</translation>
    </message>
    <message>
        <source>weeks from now (dashed: forecast, shaded: 80% range)</source>
        <translation>semaines à partir d&apos;aujourd&apos;hui (pointillés : prévision, zone ombrée : intervalle à 80 %)</translation>
    </message>
    <message>
        <source>Your reputation against peers of your role</source>
        <translation>Votre réputation face aux pairs de votre rôle</translation>
    </message>
    <message>
        <source>reputation</source>
        <translation>réputation</translation>
    </message>
    <message>
        <source>middle half of peers</source>
        <translation>moitié centrale des pairs</translation>
    </message>
    <message>
        <source>peers&apos; median</source>
        <translation>médiane des pairs</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
</context>
<context>
    <name>AssistantPage</name>
    <message>
        <source>“%1” is not a colour: write it as #RRGGBB</source>
        <translation>« %1 » n&apos;est pas une couleur : écrivez-la sous la forme #RRGGBB</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1 : rien à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <source>Assistant views</source>
        <translation>Vues de l&apos;assistant</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Image de marque</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Learn now</source>
        <translation>Apprendre maintenant</translation>
    </message>
    <message>
        <source>Train the models on everything read so far (in the background)</source>
        <translation>Entraîner les modèles sur tout ce qui a été lu jusqu&apos;ici (en arrière-plan)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel learning</source>
        <translation>Annuler l&apos;apprentissage</translation>
    </message>
    <message>
        <source>It learns on this computer only, from chain data the light client has verified and from your drafts; nothing it learns leaves your encrypted profile.</source>
        <translation>Il apprend uniquement sur cet ordinateur, à partir des données de la chaîne vérifiées par le client léger et de vos brouillons ; rien de ce qu&apos;il apprend ne quitte votre profil chiffré.</translation>
    </message>
    <message>
        <source>Assistant status</source>
        <translation>État de l&apos;assistant</translation>
    </message>
    <message>
        <source>Learning progress</source>
        <translation>Progression de l&apos;apprentissage</translation>
    </message>
    <message>
        <source>Assistant message</source>
        <translation>Message de l&apos;assistant</translation>
    </message>
    <message>
        <source>What the assistant says</source>
        <translation>Ce que dit l&apos;assistant</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Rising colours</source>
        <translation>Couleurs en hausse</translation>
    </message>
    <message>
        <source>Rising tags</source>
        <translation>Tags en hausse</translation>
    </message>
    <message>
        <source>Rising now</source>
        <translation>En hausse maintenant</translation>
    </message>
    <message>
        <source>Among</source>
        <translation>Parmi</translation>
    </message>
    <message>
        <source>Whose posts</source>
        <translation>Publications de qui</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Share of posts per week</source>
        <translation>Part des publications par semaine</translation>
    </message>
    <message>
        <source>Fading colours</source>
        <translation>Couleurs en baisse</translation>
    </message>
    <message>
        <source>Emerging clusters</source>
        <translation>Groupes émergents</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>En hausse</translation>
    </message>
    <message>
        <source>Rising items</source>
        <translation>Éléments en hausse</translation>
    </message>
    <message>
        <source>Fading</source>
        <translation>En baisse</translation>
    </message>
    <message>
        <source>Fading items</source>
        <translation>Éléments en baisse</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>Recent posts</source>
        <translation>Publications récentes</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Votre brouillon</translation>
    </message>
    <message>
        <source>e.g. linen, tailoring, ss26</source>
        <translation>p. ex. lin, tailleur, ss26</translation>
    </message>
    <message>
        <source>Draft tags</source>
        <translation>Tags du brouillon</translation>
    </message>
    <message>
        <source>The caption you plan to write</source>
        <translation>La légende que vous comptez écrire</translation>
    </message>
    <message>
        <source>Draft caption</source>
        <translation>Légende du brouillon</translation>
    </message>
    <message>
        <source>Draft format</source>
        <translation>Format du brouillon</translation>
    </message>
    <message>
        <source>dominant colours, e.g. #c4c8ce #0f7c80</source>
        <translation>couleurs dominantes, p. ex. #c4c8ce #0f7c80</translation>
    </message>
    <message>
        <source>Draft palette</source>
        <translation>Palette du brouillon</translation>
    </message>
    <message>
        <source>Add colour…</source>
        <translation>Ajouter une couleur…</translation>
    </message>
    <message>
        <source>Planned day</source>
        <translation>Jour prévu</translation>
    </message>
    <message>
        <source>Planned hour</source>
        <translation>Heure prévue</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Prévu pour</translation>
    </message>
    <message>
        <source>Check draft</source>
        <translation>Évaluer le brouillon</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>À quoi s&apos;attendre</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Net votes within three days (80% range)</source>
        <translation>Votes nets sous trois jours (intervalle à 80 %)</translation>
    </message>
    <message>
        <source>Expected net votes</source>
        <translation>Votes nets attendus</translation>
    </message>
    <message>
        <source>net votes</source>
        <translation>votes nets</translation>
    </message>
    <message>
        <source>Change of your reputation (80% range)</source>
        <translation>Évolution de votre réputation (intervalle à 80 %)</translation>
    </message>
    <message>
        <source>Expected reputation change</source>
        <translation>Évolution attendue de la réputation</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Why: against a typical post of your role</source>
        <translation>Pourquoi : par rapport à une publication typique de votre rôle</translation>
    </message>
    <message>
        <source>Changes that would help</source>
        <translation>Changements qui aideraient</translation>
    </message>
    <message>
        <source>Draft advice</source>
        <translation>Conseils sur le brouillon</translation>
    </message>
    <message>
        <source>Your reputation against your peers</source>
        <translation>Votre réputation face à vos pairs</translation>
    </message>
    <message>
        <source>Brand summary</source>
        <translation>Résumé de l&apos;image de marque</translation>
    </message>
    <message>
        <source>Skills worth getting endorsed</source>
        <translation>Compétences qu&apos;il vaut la peine de faire recommander</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Endorsed peers</source>
        <translation>Pairs recommandés</translation>
    </message>
    <message>
        <source>Their outcome</source>
        <translation>Leur résultat</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Skills worth endorsing</source>
        <translation>Compétences à faire recommander</translation>
    </message>
    <message>
        <source>An association among your peers, not a promise: endorsed peers did this much better than the others.</source>
        <translation>Une association parmi vos pairs, pas une promesse : les pairs recommandés ont fait d&apos;autant mieux que les autres.</translation>
    </message>
    <message>
        <source>What worked for you</source>
        <translation>Ce qui a marché pour vous</translation>
    </message>
    <message>
        <source>Your best posts</source>
        <translation>Vos meilleures publications</translation>
    </message>
    <message>
        <source>Your best hours</source>
        <translation>Vos meilleures heures</translation>
    </message>
    <message>
        <source>Demand per category</source>
        <translation>Demande par catégorie</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <source>Median price</source>
        <translation>Prix médian</translation>
    </message>
    <message>
        <source>Price for a new listing</source>
        <translation>Prix pour une nouvelle annonce</translation>
    </message>
    <message>
        <source>Listing category</source>
        <translation>Catégorie de l&apos;annonce</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>Biens ou services</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Biens</translation>
    </message>
    <message>
        <source>Listing region</source>
        <translation>Région de l&apos;annonce</translation>
    </message>
    <message>
        <source>e.g. Paris</source>
        <translation>p. ex. Paris</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Suggest a price</source>
        <translation>Suggérer un prix</translation>
    </message>
    <message>
        <source>Price suggestion</source>
        <translation>Prix suggéré</translation>
    </message>
    <message>
        <source>Your brand report compares your reputation with other people of your role. It appears after the first training, once you and your peers have posts or endorsements on the chain.</source>
        <translation>Le rapport sur votre image de marque compare votre réputation à celle d&apos;autres personnes de votre rôle. Il apparaît après le premier entraînement, dès que vous et vos pairs avez des publications ou des recommandations sur la chaîne.</translation>
    </message>
    <message>
        <source>No orders seen yet: demand per category and price suggestions appear once orders are placed on the marketplace and the assistant has learned from them.</source>
        <translation>Aucune commande pour l&apos;instant : la demande par catégorie et les suggestions de prix apparaissent dès que des commandes sont passées sur le marché et que l&apos;assistant en a tiré des leçons.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
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
        <translation>événement</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Not enough verified posts yet to say what is rising: %1 of the %2 from the last %3 that trends need (and %2 from the weeks before). The assistant keeps reading new blocks and learns by itself.</source>
        <translation>Pas encore assez de publications vérifiées pour dire ce qui monte : %1 sur les %2 des derniers %3 dont les tendances ont besoin (et %2 des semaines précédentes). L&apos;assistant continue de lire les nouveaux blocs et apprend seul.</translation>
    </message>
    <message>
        <source>On the demo devnet the weeks are simulated: they pass in minutes.</source>
        <translation>Sur le devnet de démonstration, les semaines sont simulées : elles passent en quelques minutes.</translation>
    </message>
    <message>
        <source>The assistant is getting ready. Its advice appears here as soon as it has read enough verified posts.</source>
        <translation>L&apos;assistant se prépare. Ses conseils apparaissent ici dès qu&apos;il a lu assez de publications vérifiées.</translation>
    </message>
    <message>
        <source>Rising tags and colours appear here.</source>
        <translation>Les tags et couleurs en hausse apparaissent ici.</translation>
    </message>
    <message>
        <source>No trends yet: the assistant needs about 150 posts from the last three weeks and 150 from the nine weeks before. It keeps reading verified blocks by itself.</source>
        <translation>Pas encore de tendances : l&apos;assistant a besoin d&apos;environ 150 publications des trois dernières semaines et de 150 des neuf semaines précédentes. Il continue de lire seul les blocs vérifiés.</translation>
    </message>
    <message>
        <source>Loading the assistant&apos;s models and statistics…</source>
        <translation>Chargement des modèles et statistiques de l&apos;assistant…</translation>
    </message>
    <message>
        <source>Learning now… the outlook for your draft appears when it is done.</source>
        <translation>Apprentissage en cours… les prévisions pour votre brouillon apparaîtront à la fin.</translation>
    </message>
    <message>
        <source>Advice for a draft needs a trained model. The assistant learns by itself once about %1 posts have had three days of votes; you can also press Learn now.</source>
        <translation>Les conseils sur un brouillon nécessitent un modèle entraîné. L&apos;assistant apprend seul dès qu&apos;environ %1 publications ont eu trois jours de votes ; vous pouvez aussi appuyer sur Apprendre maintenant.</translation>
    </message>
    <message>
        <source>Write the tags, caption, format, colours and time you have in mind, then press Check draft: the assistant predicts the votes and reputation it will likely earn and suggests changes.</source>
        <translation>Indiquez les tags, la légende, le format, les couleurs et l&apos;heure envisagés, puis appuyez sur Évaluer le brouillon : l&apos;assistant prédit les votes et la réputation qu&apos;il rapportera probablement et suggère des changements.</translation>
    </message>
    <message>
        <source>Last %1 (%2) against the %3 before (%4).</source>
        <translation>Derniers %1 (%2) par rapport aux %3 précédents (%4).</translation>
    </message>
    <message>
        <source>Not enough posts yet to tell what is rising among %1: %2 in the last %3 and %4 in the %5 before; it needs %6 in each. It keeps reading verified blocks by itself.</source>
        <translation>Pas encore assez de publications pour dire ce qui monte parmi %1 : %2 sur les derniers %3 et %4 sur les %5 précédents ; il en faut %6 pour chaque période. Il continue de lire seul les blocs vérifiés.</translation>
    </message>
    <message>
        <source>%1: %2 recent and %3 earlier posts</source>
        <translation>%1 : %2 publications récentes et %3 antérieures</translation>
    </message>
    <message>
        <source>Nothing significant</source>
        <translation>Rien de significatif</translation>
    </message>
    <message>
        <source>%1: posts combining them ×%2</source>
        <translation>%1 : publications qui les combinent ×%2</translation>
    </message>
    <message>
        <source>No cluster of tags is emerging.</source>
        <translation>Aucun groupe de tags n&apos;émerge.</translation>
    </message>
    <message>
        <source>Rising tags and colours appear here once there are enough recent posts (%1 of %2 so far).</source>
        <translation>Les tags et couleurs en hausse apparaissent ici dès qu&apos;il y a assez de publications récentes (%1 sur %2 pour l&apos;instant).</translation>
    </message>
    <message>
        <source>No tag is rising significantly.</source>
        <translation>Aucun tag n&apos;est en hausse significative.</translation>
    </message>
    <message>
        <source>Nothing to say yet: the assistant keeps reading verified blocks.</source>
        <translation>Rien à dire pour l&apos;instant : l&apos;assistant continue de lire les blocs vérifiés.</translation>
    </message>
    <message>
        <source>Advice on %1</source>
        <translation>Conseils sur %1</translation>
    </message>
    <message>
        <source>Your reputation is %1: above %2% of %3 %4. Over four weeks you gained %5, more than %6% of them (their median gain: %7).</source>
        <translation>Votre réputation est de %1 : au-dessus de %2 % des %3 %4. En quatre semaines, vous avez gagné %5, plus que %6 % d&apos;entre eux (leur gain médian : %7).</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>votes per post</source>
        <translation>votes par publication</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>déclarée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No endorsed skills among your peers yet</source>
        <translation>Aucune compétence recommandée parmi vos pairs pour l&apos;instant</translation>
    </message>
    <message>
        <source>• Your %1 %2: %3 against your usual %4</source>
        <translation>• Votre %1 %2 : %3 contre %4 d&apos;habitude</translation>
    </message>
    <message>
        <source>(the model credits %1)</source>
        <translation>(le modèle l&apos;attribue à %1)</translation>
    </message>
    <message>
        <source>None of your posts has clearly beaten your usual yet.</source>
        <translation>Aucune de vos publications n&apos;a encore nettement dépassé votre habitude.</translation>
    </message>
    <message>
        <source>Best: %1.  Weakest: %2.</source>
        <translation>Meilleures : %1.  Plus faibles : %2.</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Pas encore connu.</translation>
    </message>
    <message>
        <source>rising ↑</source>
        <translation>en hausse ↑</translation>
    </message>
    <message>
        <source>falling ↓</source>
        <translation>en baisse ↓</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Times follow the demo community&apos;s simulated calendar (weeks pass in minutes of blocks).</source>
        <translation>Les heures suivent le calendrier simulé de la communauté de démonstration (les semaines passent en quelques minutes de blocs).</translation>
    </message>
    <message>
        <source>Add a colour to the palette</source>
        <translation>Ajouter une couleur à la palette</translation>
    </message>
    <message>
        <source>Give the draft at least a tag or a caption.</source>
        <translation>Donnez au brouillon au moins un tag ou une légende.</translation>
    </message>
    <message>
        <source>About %1 net votes (likely %2–%3) and %4 reputation (%5 to %6).</source>
        <translation>Environ %1 votes nets (probablement %2–%3) et %4 de réputation (de %5 à %6).</translation>
    </message>
    <message>
        <source>No single change would clearly help: this draft is in good shape.</source>
        <translation>Aucun changement isolé n&apos;aiderait nettement : ce brouillon est en bonne forme.</translation>
    </message>
    <message>
        <source>(+%1 votes)</source>
        <translation>(+%1 votes)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Appliquer : %1</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Choisissez ou saisissez une catégorie.</translation>
    </message>
    <message>
        <source>Nothing comparable to “%1” has been listed or sold yet.</source>
        <translation>Rien de comparable à « %1 » n&apos;a encore été mis en vente ni vendu.</translation>
    </message>
    <message>
        <source>Similar listings</source>
        <translation>Des annonces similaires</translation>
    </message>
    <message>
        <source>Listings in “%1”</source>
        <translation>Les annonces de « %1 »</translation>
    </message>
    <message>
        <source>%1 sold for %2–%3 ExC; about %4 ExC is typical (%5).</source>
        <translation>%1 se sont vendues entre %2 et %3 ExC ; environ %4 ExC est typique (%5).</translation>
    </message>
    <message>
        <source>Demand is rising (×%1), so the upper end is realistic.</source>
        <translation>La demande est en hausse (×%1) : le haut de la fourchette est réaliste.</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>pas encore entraîné</translation>
    </message>
    <message>
        <source>Times follow the demo community&apos;s simulated weeks.</source>
        <translation>Les heures suivent les semaines simulées de la communauté de démonstration.</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>Learning from %1: %2 (%3%).</source>
        <translation>Apprentissage sur %1 : %2 (%3 %).</translation>
    </message>
    <message>
        <source>Opening what the assistant learned before…</source>
        <translation>Ouverture de ce que l&apos;assistant a appris auparavant…</translation>
    </message>
    <message>
        <source>Offline: it keeps its %1 and reads new blocks when the network is back.</source>
        <translation>Hors ligne : il garde ses %1 et lit les nouveaux blocs au retour du réseau.</translation>
    </message>
    <message>
        <source>Reading verified blocks: %1 of %2 · %3 so far · %4.</source>
        <translation>Lecture des blocs vérifiés : %1 sur %2 · %3 pour l&apos;instant · %4.</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Données locales</translation>
    </message>
    <message>
        <source>Read up to verified height %1 of %2 (the rest waits for the demo community&apos;s calendar) · %3 · %4.</source>
        <translation>Lu jusqu&apos;à la hauteur vérifiée %1 sur %2 (le reste attend le calendrier de la communauté de démonstration) · %3 · %4.</translation>
    </message>
    <message>
        <source>Up to date with verified height %1 · %2 · %3.</source>
        <translation>À jour à la hauteur vérifiée %1 · %2 · %3.</translation>
    </message>
</context>
<context>
    <name>AssistantService</name>
    <message>
        <source>Learning was cancelled; what was learned before is kept.</source>
        <extracomment>How far back a new profile reads (blocks). The demo devnet&apos;s whole history fits; on a busy real network this is hours, not the months trends compare (see docs/ASSISTANT.md, &quot;Limits&quot;). Blocks fetched together (concurrently), then proven and ingested in height order. Ingestion work per turn of the loop before it yields to Qt. Retrain by itself once the posts grew by this share since the last training, at most this often. How often the loop looks again without a new header (the demo calendar may have moved on). The stored state&apos;s format; anything else is rebuilt from the chain. &quot;starting&quot;, &quot;loading&quot;, &quot;reading&quot;, &quot;following&quot;, &quot;offline&quot; or &quot;local&quot; (no chain to read). Posts the installed models learned from (0: not trained yet). A sentence about the last training, cancel or problem (&quot;&quot; when there is nothing to say), and its tone: &quot;done&quot;, &quot;warning&quot; or &quot;error&quot;. Where the data comes from when it is not the chain (sample data), shown with the status. Trains in a worker process (the process-wide one unless given); the thread packs its snapshots. Bumped by `forget`: a training started before it must not install its result afterwards.</extracomment>
        <translation>L’apprentissage a été annulé ; ce qui avait été appris avant est conservé.</translation>
    </message>
    <message>
        <source>Learning stopped unexpectedly; it will retry.</source>
        <translation>L’apprentissage s’est arrêté de façon inattendue ; il réessaiera.</translation>
    </message>
    <message>
        <source>Learning failed ({error}); it will retry.</source>
        <translation>L’apprentissage a échoué ({error}) ; il réessaiera.</translation>
    </message>
    <message>
        <source>Learned from {count} posts.</source>
        <translation>Appris à partir de {count} publications.</translation>
    </message>
    <message>
        <source>The stored assistant data could not be read; it is being rebuilt from the chain.</source>
        <translation>Les données enregistrées de l’assistant n’ont pas pu être lues ; elles sont reconstruites à partir de la chaîne.</translation>
    </message>
    <message>
        <source>The saved models are from another version; it learns again.</source>
        <translation>Les modèles enregistrés proviennent d’une autre version ; il apprend à nouveau.</translation>
    </message>
    <message>
        <source>Not enough to learn from yet: only {have} posts have a final outcome; the assistant needs {need}. It tries again as more blocks arrive.</source>
        <translation>Pas encore assez pour apprendre : seules {have} publications ont un résultat définitif ; l’assistant en a besoin de {need}. Il réessaie à mesure que de nouveaux blocs arrivent.</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Attachments to send</source>
        <translation>Pièces jointes à envoyer</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s)…</source>
        <translation>
            <numerusform>Préparation de %n fichier…</numerusform>
            <numerusform>Préparation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>Articles ou services</translation>
    </message>
    <message>
        <source>Goods and services</source>
        <translation>Articles et services</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Minimum price in ExC</source>
        <translation>Prix minimum en ExC</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Maximum price in ExC</source>
        <translation>Prix maximum en ExC</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Minimum seller reputation</source>
        <translation>Réputation minimale du vendeur</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>Note minimale</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>★ {stars} and up</source>
        <translation>★ {stars} et plus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Price (ExC)</source>
        <translation>Prix (ExC)</translation>
    </message>
    <message>
        <source>Seller reputation at least</source>
        <translation>Réputation du vendeur au moins</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Every listing shown was proven against a verified block header.</source>
        <translation>Chaque annonce affichée a été prouvée sur un en-tête de bloc vérifié.</translation>
    </message>
    <message>
        <source>Search listings: silk dress, lookbook shoot, pattern cutting…</source>
        <translation>Rechercher des annonces : robe en soie, shooting lookbook, patronage…</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Rechercher des annonces</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>{total} listings · searched {indexed} proven listings in {ms} ms</source>
        <translation>{total} annonces · {indexed} annonces prouvées parcourues en {ms} ms</translation>
    </message>
    <message>
        <source>No listings proven yet. They appear here as the chain is read — or publish the first one.</source>
        <translation>Aucune annonce prouvée pour l&apos;instant. Elles apparaissent ici au fil de la lecture de la chaîne — ou publiez la première.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words or wider filters.</source>
        <translation>Aucun résultat. Essayez moins de mots ou des filtres plus larges.</translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message>
        <source>This message was deleted</source>
        <extracomment>The width the text document was laid out at (it is cached under it).</extracomment>
        <translation>Ce message a été supprimé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <source>Message deleted</source>
        <extracomment>The most messages loaded at once; scrolling further drops rows at the far end. Start loading older messages when the view is this close (in pixels) to the top. Where the next older page starts (None: the first message is loaded). Where the next newer page starts (None: the newest message is loaded, new ones are appended).</extracomment>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>message supprimé</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Verify contact</source>
        <translation>Vérifier le contact</translation>
    </message>
    <message>
        <source>Group info</source>
        <translation>Infos du groupe</translation>
    </message>
    <message>
        <source>Group members and settings</source>
        <translation>Membres et réglages du groupe</translation>
    </message>
    <message>
        <source>Conversation options</source>
        <translation>Options de la conversation</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Report and block</source>
        <translation>Signaler et bloquer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <source>Attach photos, videos or files</source>
        <translation>Joindre des photos, vidéos ou fichiers</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Aucune conversation</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Chiffré de bout en bout</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>%1&apos;s security keys changed. Verify them again before you share anything sensitive.</source>
        <translation>Les clés de sécurité de %1 ont changé. Vérifiez-les à nouveau avant de partager quoi que ce soit de sensible.</translation>
    </message>
    <message>
        <source>%1 is not in your chats yet. Accept to reply; until then they will not see that you read it.</source>
        <translation>%1 ne fait pas encore partie de vos discussions. Acceptez pour répondre ; d&apos;ici là, cette personne ne verra pas que vous avez lu.</translation>
    </message>
    <message>
        <source>You are no longer a member of this group.</source>
        <translation>Vous n&apos;êtes plus membre de ce groupe.</translation>
    </message>
    <message>
        <source>You blocked this contact. Unblock them to write.</source>
        <translation>Vous avez bloqué ce contact. Débloquez-le pour lui écrire.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Réponse à %1 : %2</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Modification de votre message</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete for everyone</source>
        <translation>Supprimer pour tout le monde</translation>
    </message>
    <message>
        <source>Save %1…</source>
        <translation>Enregistrer %1…</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <source>Portfolio piece</source>
        <translation>Pièce de portfolio</translation>
    </message>
    <message>
        <source>Casting call</source>
        <translation>Appel à casting</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>What did you make? Credit the team, say where it was shot…</source>
        <translation>Qu&apos;avez-vous créé ? Créditez l&apos;équipe, dites où la séance a eu lieu…</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Texte de la publication</translation>
    </message>
    <message>
        <source>Kind of post</source>
        <translation>Type de publication</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Date de l&apos;événement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date (events, castings)</source>
        <translation>Date (événements, castings)</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Photos are stripped of location and camera data, resized and stored on the nodes&apos; blob store.</source>
        <translation>Les photos sont débarrassées des données de lieu et d&apos;appareil, redimensionnées et stockées dans le magasin de blobs des nœuds.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Choisir des photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message numerus="yes">
        <source>A post holds at most %n photos.</source>
        <translation>
            <numerusform>Une publication contient au plus %n photo.</numerusform>
            <numerusform>Une publication contient au plus %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write something or add a photo.</source>
        <translation>Écrivez quelque chose ou ajoutez une photo.</translation>
    </message>
    <message>
        <source>✔ Posted and verified.</source>
        <translation>✔ Publié et vérifié.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message… (*bold*, _italic_, `code`)</source>
        <translation>Écrire un message… (*gras*, _italique_, `code`)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
    <name>ConversationDelegate</name>
    <message>
        <source>Group created</source>
        <translation>Groupe créé</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Aucun message pour l&apos;instant</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Créer un groupe</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Message requests</source>
        <translation>Demandes de message</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non lu</numerusform>
            <numerusform>, %n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaoPage</name>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Rule change</source>
        <translation>Changement de règle</translation>
    </message>
    <message>
        <source>Validator change</source>
        <translation>Changement de validateur</translation>
    </message>
    <message>
        <source>Spending from the fund</source>
        <translation>Dépense du fonds</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>How a ballot&apos;s choice is named in sentences.</extracomment>
        <translation>pour</translation>
    </message>
    <message>
        <source>no</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>abstention</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Set {parameter} from {current} to {value}.</source>
        <translation>Passer {parameter} de {current} à {value}.</translation>
    </message>
    <message>
        <source>Remove the validator {key}</source>
        <translation>Retirer le validateur {key}</translation>
    </message>
    <message>
        <source>Give voting power {power} to the validator {key}</source>
        <translation>Donner un pouvoir de vote de {power} au validateur {key}</translation>
    </message>
    <message>
        <source>Pay {amount} from the community fund to {address}.</source>
        <translation>Payer {amount} depuis le fonds de la communauté à {address}.</translation>
    </message>
    <message>
        <source>A statement of the community; nothing is executed.</source>
        <translation>Une déclaration de la communauté ; rien n&apos;est exécuté.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nouvelle proposition</translation>
    </message>
    <message>
        <source>The community&apos;s rules, validators and fund are decided here: votes weigh by reputation, and a proposal that reaches quorum and passes the threshold is carried out by the chain itself.</source>
        <translation>Les règles, les validateurs et le fonds de la communauté se décident ici : les votes pèsent selon la réputation, et une proposition qui atteint le quorum et dépasse le seuil est exécutée par la chaîne elle-même.</translation>
    </message>
    <message>
        <source>Community fund</source>
        <translation>Fonds de la communauté</translation>
    </message>
    <message>
        <source>Fees and storage payments; spent only by proposals.</source>
        <translation>Frais et paiements de stockage ; dépensé uniquement par des propositions.</translation>
    </message>
    <message>
        <source>Reward pool</source>
        <translation>Réserve de récompenses</translation>
    </message>
    <message>
        <source>Promotions pay in; each epoch pays authors and curators.</source>
        <translation>Les promotions l&apos;alimentent ; chaque époque rémunère auteurs et curateurs.</translation>
    </message>
    <message>
        <source>Your voting weight</source>
        <translation>Votre poids de vote</translation>
    </message>
    <message>
        <source>Your reputation score.</source>
        <translation>Votre score de réputation.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Choose a proposal</source>
        <translation>Choisissez une proposition</translation>
    </message>
    <message>
        <source>{choice} votes</source>
        <translation>Votes : {choice}</translation>
    </message>
    <message>
        <source>Vote yes</source>
        <translation>Voter pour</translation>
    </message>
    <message>
        <source>Vote no</source>
        <translation>Voter contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <comment>a button: cast an abstention</comment>
        <translation>S&apos;abstenir</translation>
    </message>
    <message>
        <source>{percent}% to authors, the rest to curators</source>
        <translation>{percent} % aux auteurs, le reste aux curateurs</translation>
    </message>
    <message>
        <source>Epoch {epoch}: paid {authors} to authors and {curators} to curators ({split}).</source>
        <translation>Époque {epoch} : {authors} versés aux auteurs et {curators} aux curateurs ({split}).</translation>
    </message>
    <message>
        <source>Epoch {epoch}: waiting for posts a whole epoch old to judge ({split}).</source>
        <translation>Époque {epoch} : en attente de publications vieilles d&apos;une époque entière à juger ({split}).</translation>
    </message>
    <message>
        <source>quorum {quorum}% · pass &gt; {threshold}%</source>
        <translation>quorum {quorum} % · adoption &gt; {threshold} %</translation>
    </message>
    <message numerus="yes">
        <source>Voting lasts %n block(s); proposing needs a reputation of {reputation}.</source>
        <translation>
            <numerusform>Le vote dure %n bloc ; proposer exige une réputation de {reputation}.</numerusform>
            <numerusform>Le vote dure %n blocs ; proposer exige une réputation de {reputation}.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes {yes} · no {no}</source>
        <translation>pour {yes} · contre {no}</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n votant</numerusform>
            <numerusform>%n votants</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposals yet. Anyone with reputation can make one.</source>
        <translation>Aucune proposition pour l&apos;instant. Toute personne ayant de la réputation peut en faire une.</translation>
    </message>
    <message>
        <source>{kind} · {status} · by {name} at height {height}</source>
        <translation>{kind} · {status} · par {name} à la hauteur {height}</translation>
    </message>
    <message numerus="yes">
        <source>Quorum: {voted} of {needed} reputation voted · yes {share}% (needs more than {threshold}%) · voting ends at height {end} (about %n block(s)).</source>
        <translation>
            <numerusform>Quorum : {voted} sur {needed} de réputation ont voté · pour {share} % (il faut plus de {threshold} %) · le vote se termine à la hauteur {end} (environ %n bloc).</numerusform>
            <numerusform>Quorum : {voted} sur {needed} de réputation ont voté · pour {share} % (il faut plus de {threshold} %) · le vote se termine à la hauteur {end} (environ %n blocs).</numerusform>
        </translation>
    </message>
    <message>
        <source>carried out by the chain</source>
        <translation>exécutée par la chaîne</translation>
    </message>
    <message>
        <source>Tallied at height {height}: {outcome}</source>
        <translation>Dépouillé à la hauteur {height} : {outcome}</translation>
    </message>
    <message>
        <source>You voted {choice} with a weight of {weight}.</source>
        <translation>Vous avez voté {choice} avec un poids de {weight}.</translation>
    </message>
    <message>
        <source>Voting has ended.</source>
        <translation>Le vote est terminé.</translation>
    </message>
    <message>
        <source>Voting needs a reputation above zero: post, get endorsed, complete orders.</source>
        <translation>Voter exige une réputation supérieure à zéro : publiez, faites-vous recommander, honorez des commandes.</translation>
    </message>
    <message>
        <source>You can vote with a weight of {weight}.</source>
        <translation>Vous pouvez voter avec un poids de {weight}.</translation>
    </message>
    <message>
        <source>✔ Tallies verified by proof at height {height}</source>
        <translation>✔ Décomptes vérifiés par preuve à la hauteur {height}</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Vote en cours…</translation>
    </message>
    <message>
        <source>✔ You voted {choice}; the tally is proven.</source>
        <translation>✔ Vous avez voté {choice} ; le décompte est prouvé.</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Mark delivered</source>
        <translation>Marquer comme livré</translation>
    </message>
    <message>
        <source>Tracking number, handover, link to the photos…</source>
        <translation>Numéro de suivi, remise en main propre, lien vers les photos…</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Note de livraison</translation>
    </message>
    <message>
        <source>No proof attached</source>
        <translation>Aucune preuve jointe</translation>
    </message>
    <message>
        <source>Attach a photo or file…</source>
        <translation>Joindre une photo ou un fichier…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>The proof goes to the blob store and its id onto the chain, where the buyer and, in a dispute, the arbiter can check it.</source>
        <translation>La preuve va dans le magasin de blobs et son identifiant sur la chaîne, où l&apos;acheteur et, en cas de litige, l&apos;arbitre peuvent la vérifier.</translation>
    </message>
    <message>
        <source>Choose the proof</source>
        <translation>Choisir la preuve</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Open a dispute</source>
        <translation>Ouvrir un litige</translation>
    </message>
    <message>
        <source>An arbiter is drawn at once among reputable members of this category — never anyone tied to either of you. The payment stays in escrow until the ruling. Send your evidence afterwards, encrypted, from the case.</source>
        <translation>Un arbitre est tiré au sort aussitôt parmi les membres réputés de cette catégorie — jamais quelqu&apos;un lié à l&apos;un de vous. Le paiement reste sous séquestre jusqu&apos;à la décision. Envoyez ensuite vos preuves, chiffrées, depuis le dossier.</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Qu&apos;est-ce qui n&apos;a pas fonctionné ?</translation>
    </message>
    <message>
        <source>Reason of the dispute</source>
        <translation>Motif du litige</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Ouvrir le litige</translation>
    </message>
    <message>
        <source>Say briefly what went wrong; the arbiter reads it first.</source>
        <translation>Dites brièvement ce qui n&apos;a pas fonctionné ; l&apos;arbitre le lit en premier.</translation>
    </message>
    <message>
        <source>Keep the reason under 2000 bytes; send details as evidence.</source>
        <translation>Gardez le motif sous 2000 octets ; envoyez les détails comme preuves.</translation>
    </message>
</context>
<context>
    <name>DisputeView</name>
    <message>
        <source>← Back to the order</source>
        <extracomment>States in which an order may carry a delivery proof.</extracomment>
        <translation>← Retour à la commande</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Le dossier</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Photos, files and messages go to the arbiter and the other party end-to-end encrypted, through the messenger. Nodes never see them; only the ruling is public.</source>
        <translation>Photos, fichiers et messages parviennent à l&apos;arbitre et à l&apos;autre partie chiffrés de bout en bout, via la messagerie. Les nœuds ne les voient jamais ; seule la décision est publique.</translation>
    </message>
    <message>
        <source>Send evidence…</source>
        <translation>Envoyer des preuves…</translation>
    </message>
    <message>
        <source>Ask for another arbiter</source>
        <translation>Demander un autre arbitre</translation>
    </message>
    <message>
        <source>Your ruling</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>Split the escrow. Your ruling and its reason are public on the chain.</source>
        <translation>Répartissez le séquestre. Votre décision et son motif sont publics sur la chaîne.</translation>
    </message>
    <message>
        <source>Share returned to the buyer, in percent</source>
        <translation>Part rendue à l&apos;acheteur, en pourcentage</translation>
    </message>
    <message>
        <source>Why you decided so (public)</source>
        <translation>Pourquoi vous avez décidé ainsi (public)</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Publish the ruling</source>
        <translation>Publier la décision</translation>
    </message>
    <message>
        <source>Buyer gets back &lt;b&gt;{buyer}&lt;/b&gt; · seller gets &lt;b&gt;{seller}&lt;/b&gt; · arbiter&apos;s fee {fee} ({percent}%)</source>
        <translation>L&apos;acheteur récupère &lt;b&gt;{buyer}&lt;/b&gt; · le vendeur reçoit &lt;b&gt;{seller}&lt;/b&gt; · honoraires de l&apos;arbitre {fee} ({percent} %)</translation>
    </message>
    <message>
        <source>Dispute · {title}</source>
        <translation>Litige · {title}</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt; in escrow for {quantity} × {title}.</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt; sous séquestre pour {quantity} × {title}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt; was in escrow for {quantity} × {title}.</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt; était sous séquestre pour {quantity} × {title}.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <source>Buyer: {buyer}&lt;br&gt;Seller: {seller}&lt;br&gt;Arbiter: {arbiter}</source>
        <translation>Acheteur : {buyer}&lt;br&gt;Vendeur : {seller}&lt;br&gt;Arbitre : {arbiter}</translation>
    </message>
    <message>
        <source>Opened by the buyer: &lt;i&gt;“{reason}”&lt;/i&gt;</source>
        <translation>Ouvert par l&apos;acheteur : &lt;i&gt;« {reason} »&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Opened by the seller: &lt;i&gt;“{reason}”&lt;/i&gt;</source>
        <translation>Ouvert par le vendeur : &lt;i&gt;« {reason} »&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Delivery note: “{note}”</source>
        <translation>Note de livraison : « {note} »</translation>
    </message>
    <message>
        <source>Buyer got back {buyer}, the seller {seller}, the arbiter&apos;s fee was {fee}.</source>
        <translation>L&apos;acheteur a récupéré {buyer}, le vendeur {seller}, les honoraires de l&apos;arbitre étaient de {fee}.</translation>
    </message>
    <message>
        <source>The arbiter has not ruled yet. The escrow stays locked until they do.</source>
        <translation>L&apos;arbitre n&apos;a pas encore statué. Le séquestre reste bloqué d&apos;ici là.</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <source>this author</source>
        <translation>cet auteur</translation>
    </message>
    <message>
        <source>{up} up and {down} down votes, weighing {score} by the voters&apos; reputation</source>
        <translation>{up} votes pour et {down} contre, pesant {score} selon la réputation des votants</translation>
    </message>
    <message>
        <source>Promoted: {amount} was paid to show it in more feeds; the payment went to the community&apos;s reward pool. At most {cap} promoted posts appear per page of {page}.</source>
        <translation>Sponsorisé : {amount} ont été payés pour l&apos;afficher dans plus de fils ; le paiement est allé à la réserve de récompenses de la communauté. Au plus {cap} publications sponsorisées apparaissent par page de {page}.</translation>
    </message>
    <message>
        <source>It is your own post.</source>
        <translation>C&apos;est votre propre publication.</translation>
    </message>
    <message>
        <source>You follow {name}.</source>
        <translation>Vous suivez {name}.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>From people you follow, newest first</source>
        <translation>Des personnes que vous suivez, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Posted {age} (block {height}).</source>
        <translation>Publié {age} (bloc {height}).</translation>
    </message>
    <message>
        <source>Hot right now</source>
        <translation>À la une en ce moment</translation>
    </message>
    <message>
        <source>Trending over the last days</source>
        <translation>Tendance de ces derniers jours</translation>
    </message>
    <message>
        <source>{votes}; posted {age}.</source>
        <translation>{votes} ; publié {age}.</translation>
    </message>
    <message>
        <source>Picked for you</source>
        <translation>Choisi pour vous</translation>
    </message>
    <message>
        <source>{name} has a reputation of {points} points.</source>
        <translation>{name} a une réputation de {points} points.</translation>
    </message>
    <message>
        <source>Matches your interests: {tags}.</source>
        <translation>Correspond à vos centres d&apos;intérêt : {tags}.</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Sponsorisé</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <source>{author}: {text} — {up} up, {down} down</source>
        <extracomment>Every media id ever asked for (tests check that only painted rows ask). A video&apos;s length in ms (None: not a video, or not known yet).</extracomment>
        <translation>{author} : {text} — {up} pour, {down} contre</translation>
    </message>
    <message>
        <source>Promoted. {post}</source>
        <translation>Sponsorisé. {post}</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>For you</source>
        <extracomment>The tabs&apos; names, translated where they are shown.</extracomment>
        <translation>Pour vous</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>À la une</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <source>Feed</source>
        <extracomment>Emitted after the list was (re-)ranked, with the feed&apos;s name.</extracomment>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fils</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progression de l&apos;indexation</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message>
        <source>verified at height {height}</source>
        <translation>vérifié à la hauteur {height}</translation>
    </message>
    <message>
        <source>reading the chain: {done} of {total} blocks</source>
        <translation>lecture de la chaîne : {done} blocs sur {total}</translation>
    </message>
    <message>
        <source>Nobody you follow has posted yet. Follow people from their posts in Hot or For you.</source>
        <translation>Aucune des personnes que vous suivez n&apos;a encore publié. Suivez des créateurs depuis leurs publications dans À la une ou Pour vous.</translation>
    </message>
    <message>
        <source>No posts found yet. New posts appear as soon as a block with them is verified.</source>
        <translation>Aucune publication pour l&apos;instant. Les nouvelles publications apparaissent dès qu&apos;un bloc qui les contient est vérifié.</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach photos, videos or files</source>
        <extracomment>The largest file one message carries (the blob store&apos;s chunks make bigger ones possible; keep sends quick). How many chosen files are still being prepared (0 when all are ready). The preparations under way, with how many of their files are not ready yet.</extracomment>
        <translation>Joindre des photos, vidéos ou fichiers</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</source>
        <translation>Photos et vidéos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
</context>
<context>
    <name>GroupInfoDialog</name>
    <message>
        <source>Group info</source>
        <translation>Infos du groupe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Ajouter des personnes</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Ajouter au groupe</translation>
    </message>
    <message>
        <source>When someone joins or leaves, members switch to new encryption keys: people who left cannot read new messages, and people who join cannot read earlier ones.</source>
        <translation>Quand quelqu&apos;un rejoint ou quitte le groupe, les membres passent à de nouvelles clés de chiffrement : qui est parti ne peut pas lire les nouveaux messages, et qui arrive ne peut pas lire les précédents.</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Quitter le groupe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>This group is not known on this device.</source>
        <translation>Ce groupe n&apos;est pas connu sur cet appareil.</translation>
    </message>
    <message>
        <source>You are no longer a member of this group.</source>
        <translation>Vous n&apos;êtes plus membre de ce groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n members · you manage this group</source>
        <translation>
            <numerusform>%n membre · vous gérez ce groupe</numerusform>
            <numerusform>%n membres · vous gérez ce groupe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members · only admins change members and the name</source>
        <translation>
            <numerusform>%n membre · seuls les administrateurs changent les membres et le nom</numerusform>
            <numerusform>%n membres · seuls les administrateurs changent les membres et le nom</numerusform>
        </translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Queued (offline)</source>
        <translation>En attente (hors ligne)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Rows whose formatted texts are kept (a few screens&apos; worth; older ones are formatted again if shown). Reads a page of history: up to `limit` entries older than the key (None: the newest), newest first.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>A page arrived (possibly empty) or could not be read. Bumped whenever the rows are replaced, so a page that was asked for before is not appended.</extracomment>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
</context>
<context>
    <name>ListingDelegate</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>ListingDetailView</name>
    <message>
        <source>← Back to listings</source>
        <translation>← Retour aux annonces</translation>
    </message>
    <message>
        <source>Listing photo</source>
        <translation>Photo de l&apos;annonce</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Acheter</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>the amount agreed with the seller, in ExC</source>
        <translation>le montant convenu avec le vendeur, en ExC</translation>
    </message>
    <message>
        <source>Agreed amount</source>
        <translation>Montant convenu</translation>
    </message>
    <message>
        <source>size, date, anything the seller should know</source>
        <translation>taille, date, tout ce que le vendeur doit savoir</translation>
    </message>
    <message>
        <source>Note to the seller</source>
        <translation>Note au vendeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>Acheter maintenant</translation>
    </message>
    <message>
        <source>Message seller</source>
        <translation>Écrire au vendeur</translation>
    </message>
    <message>
        <source>Your listing</source>
        <translation>Votre annonce</translation>
    </message>
    <message>
        <source>Edit listing…</source>
        <translation>Modifier l&apos;annonce…</translation>
    </message>
    <message>
        <source>Price and stock…</source>
        <translation>Prix et stock…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Close listing</source>
        <translation>Clore l&apos;annonce</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>{price} each</source>
        <translation>{price} l&apos;unité</translation>
    </message>
    <message numerus="yes">
        <source>%n completed order(s)</source>
        <translation>
            <numerusform>%n commande honorée</numerusform>
            <numerusform>%n commandes honorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>escrow released %n block(s) after delivery unless disputed</source>
        <translation>
            <numerusform>séquestre libéré %n bloc après la livraison sauf litige</numerusform>
            <numerusform>séquestre libéré %n blocs après la livraison sauf litige</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold by &lt;b&gt;{seller}&lt;/b&gt; — {reputation}</source>
        <translation>Vendu par &lt;b&gt;{seller}&lt;/b&gt; — {reputation}</translation>
    </message>
    <message>
        <source>✓ Proven at block {height}</source>
        <translation>✓ Prouvé au bloc {height}</translation>
    </message>
    <message>
        <source>The seller wrote no description.</source>
        <translation>Le vendeur n&apos;a écrit aucune description.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>No reviews yet. Only buyers of completed orders can review.</source>
        <translation>Aucun avis pour l&apos;instant. Seuls les acheteurs de commandes honorées peuvent en laisser.</translation>
    </message>
    <message>
        <source>quality {quality} · as described {described} · delivery {delivery} · communication {communication}</source>
        <translation>qualité {quality} · conforme {described} · livraison {delivery} · communication {communication}</translation>
    </message>
    <message>
        <source>Seller: {reply}</source>
        <translation>Vendeur : {reply}</translation>
    </message>
    <message>
        <source>{amount} will be locked in escrow until you confirm delivery.</source>
        <translation>{amount} seront bloqués sous séquestre jusqu&apos;à ce que vous confirmiez la livraison.</translation>
    </message>
    <message>
        <source>Agree on the price with the seller (Message seller), then enter it here.</source>
        <translation>Convenez du prix avec le vendeur (Écrire au vendeur), puis saisissez-le ici.</translation>
    </message>
    <message>
        <source>Buy at the agreed price</source>
        <translation>Acheter au prix convenu</translation>
    </message>
    <message>
        <source>Buy now · {amount}</source>
        <translation>Acheter maintenant · {amount}</translation>
    </message>
</context>
<context>
    <name>ListingEditor</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.tif *.tiff *.bmp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>Edit listing</source>
        <extracomment>A listing carries at most this many media ids (the protocol&apos;s limit).</extracomment>
        <translation>Modifier l&apos;annonce</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nouvelle annonce</translation>
    </message>
    <message>
        <source>A good (garment, accessory, sample…)</source>
        <extracomment>Published media ids the edit keeps (in their order); empty for a new listing.</extracomment>
        <translation>Un article (vêtement, accessoire, prototype…)</translation>
    </message>
    <message>
        <source>A service (shoot, casting, tailoring…)</source>
        <translation>Un service (shooting, casting, retouches…)</translation>
    </message>
    <message>
        <source>Kind of listing</source>
        <translation>Type d&apos;annonce</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Ivory silk slip dress, size 38</source>
        <translation>Robe nuisette en soie ivoire, taille 38</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Material, cut, condition, what is included…</source>
        <translation>Matière, coupe, état, ce qui est inclus…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>silk, bias cut, ss26</source>
        <translation>soie, coupe en biais, ss26</translation>
    </message>
    <message>
        <source>Price in ExC</source>
        <translation>Prix en ExC</translation>
    </message>
    <message>
        <source>Quote on request (the price is indicative)</source>
        <translation>Devis sur demande (le prix est indicatif)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Stock or bookings</source>
        <translation>Stock ou réservations</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> blocs</translation>
    </message>
    <message>
        <source>Automatic release after delivery</source>
        <translation>Libération automatique après la livraison</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Price (ExC)</source>
        <translation>Prix (ExC)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Stock / bookings</source>
        <translation>Stock / réservations</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Release after</source>
        <translation>Libération après</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Photos to upload</source>
        <translation>Photos à téléverser</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>Retirer la photo sélectionnée</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Publish listing</source>
        <translation>Publier l&apos;annonce</translation>
    </message>
    <message>
        <source>Published photo {n} ({id}…)</source>
        <translation>Photo publiée {n} ({id}…)</translation>
    </message>
    <message>
        <source>If the buyer neither confirms nor disputes, the payment is released to you about {time} after you mark the order delivered.</source>
        <translation>Si l&apos;acheteur ne confirme pas et n&apos;ouvre pas de litige, le paiement vous est versé environ {time} après que vous avez marqué la commande comme livrée.</translation>
    </message>
    <message>
        <source> bookings</source>
        <translation> réservations</translation>
    </message>
    <message>
        <source> in stock</source>
        <translation> en stock</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Choisir des photos</translation>
    </message>
</context>
<context>
    <name>ListingModel</name>
    <message>
        <source>{title}, {price}, {category}, {region}, by {seller}</source>
        <translation>{title}, {price}, {category}, {region}, par {seller}</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>← All live channels</source>
        <extracomment>Emitted when a watched stream shows its first picture (tests and the status bar).</extracomment>
        <translation>← Toutes les chaînes en direct</translation>
    </message>
    <message>
        <source>Pin listings…</source>
        <translation>Épingler des annonces…</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>En direct maintenant</translation>
    </message>
    <message>
        <source>Your channel</source>
        <translation>Votre chaîne</translation>
    </message>
    <message>
        <source>Channel name (e.g. Atelier Lumière)</source>
        <translation>Nom de la chaîne (p. ex. Atelier Lumière)</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nom de la chaîne</translation>
    </message>
    <message>
        <source>What you stream: fittings, runway, studio days…</source>
        <translation>Ce que vous diffusez : essayages, défilés, journées en studio…</translation>
    </message>
    <message>
        <source>Channel description</source>
        <translation>Description de la chaîne</translation>
    </message>
    <message>
        <source>Create channel</source>
        <translation>Créer la chaîne</translation>
    </message>
    <message>
        <source>Open the studio to go live</source>
        <translation>Ouvrir le studio pour passer en direct</translation>
    </message>
    <message>
        <source>Back to the studio</source>
        <translation>Retour au studio</translation>
    </message>
    <message>
        <source>on air now</source>
        <translation>à l&apos;antenne</translation>
    </message>
    <message>
        <source>off air</source>
        <translation>hors antenne</translation>
    </message>
    <message>
        <source>Announced on chain, %1 (proven at block %2).</source>
        <translation>Annoncée sur la chaîne, %1 (prouvé au bloc %2).</translation>
    </message>
    <message>
        <source>Stream fittings, shows and studio days to your followers. A channel is announced on the chain with its own key, kept encrypted in your profile; every part of your stream is signed with it.</source>
        <translation>Diffusez essayages, défilés et journées en studio à vos abonnés. Une chaîne est annoncée sur la chaîne de blocs avec sa propre clé, conservée chiffrée dans votre profil ; chaque partie de votre direct est signée avec elle.</translation>
    </message>
    <message>
        <source>No one is live right now. Channels appear here as soon as the chain says they went live.</source>
        <translation>Personne n&apos;est en direct pour l&apos;instant. Les chaînes apparaissent ici dès que la chaîne de blocs indique qu&apos;elles sont à l&apos;antenne.</translation>
    </message>
    <message numerus="yes">
        <source>%n on air · read from verified blocks, each channel proven.</source>
        <translation>
            <numerusform>%n à l&apos;antenne · lu dans des blocs vérifiés, chaque chaîne prouvée.</numerusform>
            <numerusform>%n à l&apos;antenne · lus dans des blocs vérifiés, chaque chaîne prouvée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · live since block %3 · %n pinned</source>
        <translation>
            <numerusform>%1 · %2 · en direct depuis le bloc %3 · %n épinglée</numerusform>
            <numerusform>%1 · %2 · en direct depuis le bloc %3 · %n épinglées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings pinned.</source>
        <translation>
            <numerusform>%n annonce épinglée.</numerusform>
            <numerusform>%n annonces épinglées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings will be pinned when you go live.</source>
        <translation>
            <numerusform>%n annonce sera épinglée quand vous passerez en direct.</numerusform>
            <numerusform>%n annonces seront épinglées quand vous passerez en direct.</numerusform>
        </translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Back to your studio</source>
        <translation>Retour à votre studio</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>Regarder %1</translation>
    </message>
    <message>
        <source>Give your channel a name.</source>
        <translation>Donnez un nom à votre chaîne.</translation>
    </message>
    <message>
        <source>Announcing your channel on the chain…</source>
        <translation>Annonce de votre chaîne sur la chaîne de blocs…</translation>
    </message>
    <message>
        <source>✓ Your channel is on the chain.</source>
        <translation>✓ Votre chaîne est sur la chaîne de blocs.</translation>
    </message>
    <message>
        <source>On air: announced on the chain.</source>
        <translation>À l&apos;antenne : annoncé sur la chaîne de blocs.</translation>
    </message>
    <message>
        <source>Stream ended.</source>
        <translation>Direct terminé.</translation>
    </message>
    <message>
        <source>Stream ended. Saving the recording as a video post…</source>
        <translation>Direct terminé. Enregistrement de la vidéo en publication…</translation>
    </message>
    <message>
        <source>✓ The recording is posted.</source>
        <translation>✓ L&apos;enregistrement est publié.</translation>
    </message>
    <message>
        <source>End your stream before watching another.</source>
        <translation>Terminez votre direct avant d&apos;en regarder un autre.</translation>
    </message>
    <message>
        <source>End the stream before leaving the studio.</source>
        <translation>Terminez le direct avant de quitter le studio.</translation>
    </message>
</context>
<context>
    <name>LiveShopPanel</name>
    <message>
        <source>Shop the stream</source>
        <extracomment>The Buy button of each listing shown; a refresh replaces them all (and deletes the old ones). Listings being bought now: kept by id, since their button may be replaced while the purchase runs.</extracomment>
        <translation>Acheter pendant le direct</translation>
    </message>
    <message>
        <source>Payments go into escrow on the chain; you confirm when it arrives.</source>
        <translation>Les paiements vont sous séquestre sur la chaîne ; vous confirmez à réception.</translation>
    </message>
    <message>
        <source>The stream is not live.</source>
        <translation>Le direct n&apos;est pas en cours.</translation>
    </message>
    <message>
        <source>Nothing is pinned to this stream right now.</source>
        <translation>Rien n&apos;est épinglé à ce direct pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pinned · proven at block {height}</source>
        <translation>
            <numerusform>%n article épinglé · prouvé au bloc {height}</numerusform>
            <numerusform>%n articles épinglés · prouvés au bloc {height}</numerusform>
        </translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Acheter</translation>
    </message>
    <message>
        <source>Quoted items are ordered from the listing page</source>
        <translation>Les articles sur devis se commandent depuis la page de l&apos;annonce</translation>
    </message>
    <message>
        <source>Locks {amount} in escrow</source>
        <translation>Bloque {amount} sous séquestre</translation>
    </message>
    <message>
        <source>This stream has no shop.</source>
        <translation>Ce direct n&apos;a pas de boutique.</translation>
    </message>
    <message>
        <source>Buying {title}…</source>
        <translation>Achat de {title}…</translation>
    </message>
    <message>
        <source>✓ {amount} in escrow for {title}.</source>
        <translation>✓ {amount} sous séquestre pour {title}.</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>%1 Mbit/s · %2 fps · %3 dropped frames · live %4</source>
        <extracomment>The X11 window to stream (SOURCE_WINDOW), from `list_windows`.</extracomment>
        <translation>%1 Mbit/s · %2 i/s · images perdues : %3 · en direct depuis %4</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>A chat line was added (author name, text). The streamer&apos;s health was refreshed (a LiveHealth).</extracomment>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Stream title</source>
        <translation>Titre du direct</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n spectateur</numerusform>
            <numerusform>%n spectateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewer count</source>
        <translation>Nombre de spectateurs</translation>
    </message>
    <message>
        <source>Your stream&apos;s preview</source>
        <translation>Aperçu de votre direct</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>Source de l&apos;image</translation>
    </message>
    <message>
        <source>A video file, looping</source>
        <translation>Un fichier vidéo, en boucle</translation>
    </message>
    <message>
        <source>The screen</source>
        <translation>L&apos;écran</translation>
    </message>
    <message>
        <source>A window</source>
        <translation>Une fenêtre</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Window to stream</source>
        <translation>Fenêtre à diffuser</translation>
    </message>
    <message>
        <source>Sound source</source>
        <translation>Source du son</translation>
    </message>
    <message>
        <source>The file&apos;s sound</source>
        <translation>Le son du fichier</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Pas de son</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Save as a video post when the stream ends</source>
        <translation>Enregistrer en publication vidéo à la fin du direct</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Passer en direct</translation>
    </message>
    <message>
        <source>Stream health</source>
        <translation>État du direct</translation>
    </message>
    <message>
        <source>Why some sources are unavailable</source>
        <translation>Pourquoi certaines sources sont indisponibles</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Discussion du direct</translation>
    </message>
    <message>
        <source>Say something…</source>
        <translation>Dites quelque chose…</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Message de discussion</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source> (not available here)</source>
        <translation> (indisponible ici)</translation>
    </message>
    <message>
        <source>No window is open that could be streamed; open one, or stream the whole screen.</source>
        <translation>Aucune fenêtre ouverte ne peut être diffusée ; ouvrez-en une ou diffusez tout l’écran.</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <source>End stream</source>
        <translation>Terminer le direct</translation>
    </message>
    <message>
        <source>Live streaming needs the app&apos;s event loop, which is not running.</source>
        <translation>Le direct nécessite la boucle d&apos;événements de l&apos;application, qui ne tourne pas.</translation>
    </message>
    <message>
        <source>Something went wrong with the stream; try again.</source>
        <translation>Un problème est survenu avec le direct ; réessayez.</translation>
    </message>
    <message>
        <source>Choose a video to stream</source>
        <translation>Choisir une vidéo à diffuser</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.ts)</source>
        <translation>Vidéos (*.mp4 *.mov *.m4v *.mkv *.webm *.ts)</translation>
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
    <name>Market</name>
    <message>
        <source>Best match</source>
        <extracomment>Amounts are filtered and sorted in whole milli-ExC (exact amounts can exceed SQLite&apos;s integers). The tag a listing uses to say when a service is available: `avail:2026-03-01..2026-03-31` (28 characters, within a tag&apos;s 32). A client convention: the chain stores it as an ordinary tag. Ordinary tags (the availability tag is read into `available_from`/`available_until`). English; viewmodels.label() gives them in the interface language.</extracomment>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>Prix croissant</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>Prix décroissant</translation>
    </message>
    <message>
        <source>Seller reputation</source>
        <translation>Réputation du vendeur</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Plus récentes</translation>
    </message>
    <message>
        <source>Waiting for the seller</source>
        <extracomment>Seconds per block on the chain (the devnet and the default node settings). The labels below are English; `label(...)` gives them in the interface language.</extracomment>
        <translation>En attente du vendeur</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined — refunded</source>
        <translation>Refusée — remboursée</translation>
    </message>
    <message>
        <source>Cancelled — refunded</source>
        <translation>Annulée — remboursée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>En litige</translation>
    </message>
    <message>
        <source>Ruled</source>
        <translation>Tranchée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Accept order</source>
        <translation>Accepter la commande</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Mark delivered…</source>
        <translation>Marquer comme livré…</translation>
    </message>
    <message>
        <source>Confirm and release payment</source>
        <translation>Confirmer et libérer le paiement</translation>
    </message>
    <message>
        <source>Open a dispute…</source>
        <translation>Ouvrir un litige…</translation>
    </message>
    <message>
        <source>Ask for another arbiter</source>
        <translation>Demander un autre arbitre</translation>
    </message>
    <message>
        <source>Give a ruling…</source>
        <translation>Rendre une décision…</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>Noter…</translation>
    </message>
    <message>
        <source>Answer the review…</source>
        <translation>Répondre à l&apos;avis…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send evidence…</source>
        <translation>Envoyer des preuves…</translation>
    </message>
    <message>
        <source>Quote · from {price}</source>
        <translation>Sur devis · à partir de {price}</translation>
    </message>
    <message>
        <source>Price on request</source>
        <translation>Prix sur demande</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Pas encore de note</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Available {first} – {last}</source>
        <translation>Disponible du {first} au {last}</translation>
    </message>
    <message>
        <source>{seller} · reputation {score}</source>
        <translation>{seller} · réputation {score}</translation>
    </message>
    <message>
        <source>({score} in {category})</source>
        <translation>({score} en {category})</translation>
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
        <translation>{amount} sont bloqués sous séquestre. Acceptez pour commencer, ou refusez pour rembourser l&apos;acheteur.</translation>
    </message>
    <message>
        <source>{amount} is locked in escrow until the seller answers. You can cancel until then for a full refund.</source>
        <translation>{amount} sont bloqués sous séquestre jusqu&apos;à la réponse du vendeur. D&apos;ici là, vous pouvez annuler pour un remboursement intégral.</translation>
    </message>
    <message>
        <source>Deliver, then mark the order delivered (attach a proof if you have one).</source>
        <translation>Livrez, puis marquez la commande comme livrée (joignez une preuve si vous en avez une).</translation>
    </message>
    <message>
        <source>The seller is working on it. You can confirm early, or open a dispute if something is wrong.</source>
        <translation>Le vendeur s&apos;en occupe. Vous pouvez confirmer plus tôt, ou ouvrir un litige en cas de problème.</translation>
    </message>
    <message>
        <source>in about {time} (block {height})</source>
        <translation>dans environ {time} (bloc {height})</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Check the delivery and confirm. Otherwise the payment is released automatically {when}.</source>
        <translation>Vérifiez la livraison et confirmez. Sinon, le paiement est libéré automatiquement {when}.</translation>
    </message>
    <message>
        <source>The payment is released to you when the buyer confirms, or automatically {when}.</source>
        <translation>Le paiement vous est versé quand l&apos;acheteur confirme, ou automatiquement {when}.</translation>
    </message>
    <message>
        <source>You were drawn to settle this dispute. Read both sides&apos; evidence, then give your ruling.</source>
        <translation>Vous avez été tiré au sort pour trancher ce litige. Lisez les preuves des deux parties, puis rendez votre décision.</translation>
    </message>
    <message>
        <source>An arbiter ({arbiter}) is reviewing the case; the escrow stays locked.</source>
        <translation>Un arbitre ({arbiter}) examine le dossier ; le séquestre reste bloqué.</translation>
    </message>
    <message>
        <source>Ruled: {buyer} back to the buyer, {seller} to the seller, {fee} arbiter&apos;s fee.</source>
        <translation>Tranché : {buyer} rendus à l&apos;acheteur, {seller} au vendeur, {fee} d&apos;honoraires d&apos;arbitre.</translation>
    </message>
    <message>
        <source>{amount} was paid to the seller. Rate the order to help others.</source>
        <translation>{amount} ont été versés au vendeur. Notez la commande pour aider les autres.</translation>
    </message>
    <message>
        <source>{amount} was paid to the seller.</source>
        <translation>{amount} ont été versés au vendeur.</translation>
    </message>
    <message>
        <source>{amount} went back to the buyer.</source>
        <translation>{amount} sont revenus à l&apos;acheteur.</translation>
    </message>
    <message>
        <source>Ordered, payment locked in escrow</source>
        <extracomment>&quot;done&quot;, &quot;current&quot; or &quot;upcoming&quot;.</extracomment>
        <translation>Commandé, paiement bloqué sous séquestre</translation>
    </message>
    <message>
        <source>Accepted by the seller</source>
        <translation>Acceptée par le vendeur</translation>
    </message>
    <message>
        <source>Declined by the seller — refunded</source>
        <translation>Refusée par le vendeur — remboursée</translation>
    </message>
    <message>
        <source>Cancelled by the buyer — refunded</source>
        <translation>Annulée par l&apos;acheteur — remboursée</translation>
    </message>
    <message>
        <source>Marked delivered</source>
        <translation>Marquée comme livrée</translation>
    </message>
    <message>
        <source>Payment released to the seller</source>
        <translation>Paiement versé au vendeur</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Litige ouvert</translation>
    </message>
    <message>
        <source>Ruling given, escrow split</source>
        <translation>Décision rendue, séquestre réparti</translation>
    </message>
    <message>
        <source>block {height}</source>
        <translation>bloc {height}</translation>
    </message>
    <message>
        <source>Payment released automatically after the timeout</source>
        <translation>Paiement libéré automatiquement après le délai</translation>
    </message>
    <message>
        <source>Another arbiter drawn</source>
        <translation>Un autre arbitre tiré au sort</translation>
    </message>
    <message>
        <source>Rated {stars}</source>
        <translation>Noté {stars}</translation>
    </message>
    <message>
        <source>Payment released</source>
        <translation>Paiement libéré</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>Payment released (automatically at block {height})</source>
        <translation>Paiement libéré (automatiquement au bloc {height})</translation>
    </message>
    <message>
        <source>Ruling by the arbiter</source>
        <translation>Décision de l&apos;arbitre</translation>
    </message>
    <message>
        <source>your order</source>
        <translation>votre commande</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>An arbiter was drawn for {what}.</source>
        <translation>Un arbitre a été tiré au sort pour {what}.</translation>
    </message>
    <message>
        <source>Dispute ruled</source>
        <translation>Litige tranché</translation>
    </message>
    <message>
        <source>{what} × {quantity}: {amount} is in escrow.</source>
        <translation>{what} × {quantity} : {amount} sous séquestre.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Commande passée</translation>
    </message>
    <message>
        <source>{amount} for {what} is locked in escrow (verified).</source>
        <translation>{amount} pour {what} sont bloqués sous séquestre (vérifié).</translation>
    </message>
    <message>
        <source>Order accepted</source>
        <translation>Commande acceptée</translation>
    </message>
    <message>
        <source>The seller accepted your order of {what}.</source>
        <translation>Le vendeur a accepté votre commande de {what}.</translation>
    </message>
    <message>
        <source>Order declined</source>
        <translation>Commande refusée</translation>
    </message>
    <message>
        <source>{amount} for {what} was refunded to you.</source>
        <translation>{amount} pour {what} vous ont été remboursés.</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <source>The buyer cancelled the order of {what}.</source>
        <translation>L&apos;acheteur a annulé la commande de {what}.</translation>
    </message>
    <message>
        <source>Order delivered</source>
        <translation>Commande livrée</translation>
    </message>
    <message>
        <source>{what} was marked delivered. Confirm it, or the payment is released at block {height}.</source>
        <translation>{what} a été marqué comme livré. Confirmez, sinon le paiement est libéré au bloc {height}.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Paiement reçu</translation>
    </message>
    <message>
        <source>{amount} for {what} was released to you.</source>
        <translation>{amount} pour {what} vous ont été versés.</translation>
    </message>
    <message>
        <source>{amount} for {what} went to the seller.</source>
        <translation>{amount} pour {what} sont allés au vendeur.</translation>
    </message>
    <message>
        <source>You are an arbiter</source>
        <translation>Vous êtes arbitre</translation>
    </message>
    <message>
        <source>You were drawn to settle a dispute on {what}.</source>
        <translation>Vous avez été tiré au sort pour trancher un litige sur {what}.</translation>
    </message>
    <message>
        <source>You got {amount} back.</source>
        <translation>Vous avez récupéré {amount}.</translation>
    </message>
    <message>
        <source>You got {amount} for {what}.</source>
        <translation>Vous avez reçu {amount} pour {what}.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <source>Market</source>
        <extracomment>The dialog open right now (tests fill it in).</extracomment>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Mes commandes</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Mes annonces</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nouvelle annonce</translation>
    </message>
    <message>
        <source>Search your listings</source>
        <translation>Rechercher dans vos annonces</translation>
    </message>
    <message>
        <source>Verified to block {height}</source>
        <translation>Vérifié jusqu&apos;au bloc {height}</translation>
    </message>
    <message numerus="yes">
        <source>%n of your listings</source>
        <translation>
            <numerusform>%n de vos annonces</numerusform>
            <numerusform>%n de vos annonces</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not listed anything yet. “New listing” puts goods or services on sale.</source>
        <translation>Vous n&apos;avez encore rien mis en vente. « Nouvelle annonce » met en vente des articles ou des services.</translation>
    </message>
    <message>
        <source>This listing is not on the chain.</source>
        <translation>Cette annonce n&apos;est pas sur la chaîne.</translation>
    </message>
    <message>
        <source>Proven at block {height}; not checked again now: {reason}</source>
        <translation>Prouvé au bloc {height} ; non revérifié maintenant : {reason}</translation>
    </message>
    <message>
        <source>Locking the payment in escrow… waiting for a verified block.</source>
        <translation>Blocage du paiement sous séquestre… en attente d&apos;un bloc vérifié.</translation>
    </message>
    <message>
        <source>✓ {amount} is in escrow (proven). The seller was told.</source>
        <translation>✓ {amount} sous séquestre (prouvé). Le vendeur a été prévenu.</translation>
    </message>
    <message>
        <source>Publishing the listing…</source>
        <translation>Publication de l&apos;annonce…</translation>
    </message>
    <message>
        <source>Uploading photos ({done}/{total})…</source>
        <translation>Téléversement des photos ({done}/{total})…</translation>
    </message>
    <message>
        <source>✓ Listing published at block {height}</source>
        <translation>✓ Annonce publiée au bloc {height}</translation>
    </message>
    <message>
        <source>Publishing the edit… waiting for a verified block.</source>
        <translation>Publication de la modification… en attente d&apos;un bloc vérifié.</translation>
    </message>
    <message>
        <source>✓ Edit proven at block {height}</source>
        <translation>✓ Modification prouvée au bloc {height}</translation>
    </message>
    <message>
        <source>Updating the listing…</source>
        <translation>Mise à jour de l&apos;annonce…</translation>
    </message>
    <message>
        <source>Chat is not available in this version; contact the seller another way.</source>
        <translation>La messagerie n&apos;est pas disponible dans cette version ; contactez le vendeur autrement.</translation>
    </message>
    <message>
        <source>This order is not on the chain.</source>
        <translation>Cette commande n&apos;est pas sur la chaîne.</translation>
    </message>
    <message>
        <source>Downloading the delivery proof and checking it…</source>
        <translation>Téléchargement de la preuve de livraison et vérification…</translation>
    </message>
    <message>
        <source>Answer the review</source>
        <translation>Répondre à l&apos;avis</translation>
    </message>
    <message>
        <source>Your answer is public, under the buyer&apos;s review.</source>
        <translation>Votre réponse est publique, sous l&apos;avis de l&apos;acheteur.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Send evidence</source>
        <translation>Envoyer des preuves</translation>
    </message>
    <message>
        <source>Sent end-to-end encrypted to the arbiter and the other party; nodes see only its size.</source>
        <translation>Envoyé chiffré de bout en bout à l&apos;arbitre et à l&apos;autre partie ; les nœuds n&apos;en voient que la taille.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Sending… waiting for a verified block.</source>
        <translation>Envoi… en attente d&apos;un bloc vérifié.</translation>
    </message>
    <message>
        <source>Uploading the proof and marking delivered…</source>
        <translation>Téléversement de la preuve et marquage comme livré…</translation>
    </message>
    <message>
        <source>Opening the dispute and drawing an arbiter…</source>
        <translation>Ouverture du litige et tirage d&apos;un arbitre…</translation>
    </message>
    <message>
        <source>Drawing another arbiter…</source>
        <translation>Tirage d&apos;un autre arbitre…</translation>
    </message>
    <message>
        <source>✓ Evidence sent, encrypted.</source>
        <translation>✓ Preuves envoyées, chiffrées.</translation>
    </message>
    <message>
        <source>Publishing the ruling…</source>
        <translation>Publication de la décision…</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Arbitre</translation>
    </message>
    <message>
        <source>You are now available to settle disputes.</source>
        <translation>Vous êtes désormais disponible pour arbitrer des litiges.</translation>
    </message>
    <message>
        <source>You opted out.</source>
        <translation>Vous vous êtes retiré.</translation>
    </message>
</context>
<context>
    <name>MarketService</name>
    <message>
        <source>Give the listing a title.</source>
        <extracomment>How long a step may take to be included and proven before the user is told to look again later.</extracomment>
        <translation>Donnez un titre à l&apos;annonce.</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Choisissez ou saisissez une catégorie.</translation>
    </message>
    <message>
        <source>A fixed-price listing needs a price above zero (or choose “quote on request”).</source>
        <translation>Une annonce à prix fixe demande un prix supérieur à zéro (ou choisissez « sur devis »).</translation>
    </message>
    <message>
        <source>The availability ends before it starts; check the dates.</source>
        <translation>La disponibilité se termine avant de commencer ; vérifiez les dates.</translation>
    </message>
    <message>
        <source>The listing cannot be published as it is: %1.</source>
        <translation>L&apos;annonce ne peut pas être publiée en l&apos;état : %1.</translation>
    </message>
    <message>
        <source>The edit cannot be published as it is: %1.</source>
        <translation>La modification ne peut pas être publiée en l&apos;état : %1.</translation>
    </message>
    <message>
        <source>the title is too long (128 bytes at most)</source>
        <translation>le titre est trop long (128 octets au plus)</translation>
    </message>
    <message>
        <source>the description is too long (4096 bytes at most)</source>
        <translation>la description est trop longue (4096 octets au plus)</translation>
    </message>
    <message>
        <source>use at most 16 tags of at most 32 characters each</source>
        <translation>utilisez au plus 16 tags de 32 caractères au plus chacun</translation>
    </message>
    <message>
        <source>the category name is too long (64 bytes at most)</source>
        <translation>le nom de la catégorie est trop long (64 octets au plus)</translation>
    </message>
    <message>
        <source>the region is too long (64 bytes at most)</source>
        <translation>la région est trop longue (64 octets au plus)</translation>
    </message>
    <message>
        <source>use at most 16 photos or videos</source>
        <translation>utilisez au plus 16 photos ou vidéos</translation>
    </message>
    <message>
        <source>delivery can take at most 3650 days</source>
        <translation>la livraison peut prendre au plus 3650 jours</translation>
    </message>
    <message>
        <source>%1 is queued and goes out when the network is back.</source>
        <translation>%1 : en file d&apos;attente, part dès le retour du réseau.</translation>
    </message>
    <message>
        <source>The network is not started yet; wait a moment and try again.</source>
        <translation>Le réseau n&apos;est pas encore démarré ; patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The network cannot be reached right now; try again when you are back online.</source>
        <translation>Le réseau est injoignable pour le moment ; réessayez une fois de retour en ligne.</translation>
    </message>
    <message>
        <source>A node sent data that failed verification, so it was not shown (%1).</source>
        <translation>Un nœud a envoyé des données qui ont échoué à la vérification ; elles n&apos;ont pas été affichées (%1).</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1 : refusé (%2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>%1 is sent but not confirmed yet. It stays queued; check again in a minute.</source>
        <translation>%1 : envoyé mais pas encore confirmé. Reste en file d&apos;attente ; vérifiez dans une minute.</translation>
    </message>
    <message>
        <source>%1 could not be sent: %2</source>
        <translation>%1 : l&apos;envoi a échoué : %2</translation>
    </message>
    <message>
        <source>%1 was refused by the chain: %2.</source>
        <translation>%1 : refusé par la chaîne (%2).</translation>
    </message>
    <message>
        <source>%1 was not included in time and expired. Try again.</source>
        <translation>%1 : pas inclus à temps, a expiré. Réessayez.</translation>
    </message>
    <message>
        <source>The order is proven absent from the chain; it may have been placed on another network.</source>
        <translation>La commande est prouvée absente de la chaîne ; elle a peut-être été passée sur un autre réseau.</translation>
    </message>
    <message>
        <source>Photos cannot be uploaded: no storage node is configured.</source>
        <translation>Impossible d&apos;envoyer les photos : aucun nœud de stockage n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Publishing the listing</source>
        <translation>Publication de l&apos;annonce</translation>
    </message>
    <message>
        <source>The listing was included but is proven absent; the chain refused its terms.</source>
        <translation>L&apos;annonce a été incluse mais est prouvée absente ; la chaîne a refusé ses conditions.</translation>
    </message>
    <message>
        <source>Pausing the listing</source>
        <translation>Mise en pause de l&apos;annonce</translation>
    </message>
    <message>
        <source>Closing the listing</source>
        <translation>Clôture de l&apos;annonce</translation>
    </message>
    <message>
        <source>Updating the listing</source>
        <translation>Mise à jour de l&apos;annonce</translation>
    </message>
    <message>
        <source>Only the seller can edit this listing.</source>
        <translation>Seul le vendeur peut modifier cette annonce.</translation>
    </message>
    <message>
        <source>This listing is closed; a closed listing cannot be edited.</source>
        <translation>Cette annonce est close ; une annonce close ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Editing the listing</source>
        <translation>Modification de l&apos;annonce</translation>
    </message>
    <message>
        <source>The listing is proven absent from the chain.</source>
        <translation>L&apos;annonce est prouvée absente de la chaîne.</translation>
    </message>
    <message>
        <source>This listing is not on the chain (any more).</source>
        <translation>Cette annonce n&apos;est pas (plus) sur la chaîne.</translation>
    </message>
    <message>
        <source>This is your own listing.</source>
        <translation>C&apos;est votre propre annonce.</translation>
    </message>
    <message>
        <source>This listing is %1; it cannot be ordered now.</source>
        <translation>État de l&apos;annonce : %1 ; elle ne peut pas être commandée maintenant.</translation>
    </message>
    <message>
        <source>Choose a quantity between 1 and %1.</source>
        <translation>Choisissez une quantité entre 1 et %1.</translation>
    </message>
    <message>
        <source>The price changed; look at the listing again before ordering.</source>
        <translation>Le prix a changé ; consultez à nouveau l&apos;annonce avant de commander.</translation>
    </message>
    <message>
        <source>Enter the amount you agreed with the seller for this quote.</source>
        <translation>Saisissez le montant convenu avec le vendeur pour ce devis.</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>La commande</translation>
    </message>
    <message>
        <source>The order was included but its escrow could not be verified; look at it again.</source>
        <translation>La commande a été incluse mais son séquestre n&apos;a pas pu être vérifié ; consultez-la à nouveau.</translation>
    </message>
    <message>
        <source>Cancelling the order</source>
        <translation>Annulation de la commande</translation>
    </message>
    <message>
        <source>The seller attached no proof to this delivery.</source>
        <translation>Le vendeur n&apos;a joint aucune preuve à cette livraison.</translation>
    </message>
    <message>
        <source>The proof cannot be downloaded: no storage node is configured.</source>
        <translation>Impossible de télécharger la preuve : aucun nœud de stockage n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The proof cannot be uploaded: no storage node is configured.</source>
        <translation>Impossible d&apos;envoyer la preuve : aucun nœud de stockage n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Marking delivered</source>
        <translation>Marquage comme livré</translation>
    </message>
    <message>
        <source>Releasing the payment</source>
        <translation>Libération du paiement</translation>
    </message>
    <message>
        <source>Say briefly what went wrong; the arbiter reads it first.</source>
        <translation>Dites brièvement ce qui n&apos;a pas fonctionné ; l&apos;arbitre le lit en premier.</translation>
    </message>
    <message>
        <source>Opening the dispute</source>
        <translation>Ouverture du litige</translation>
    </message>
    <message>
        <source>Write the ruling: it is public, and both sides read why you decided so.</source>
        <translation>Rédigez la décision : elle est publique, et les deux parties lisent pourquoi vous avez tranché ainsi.</translation>
    </message>
    <message>
        <source>Give each of the four ratings one to five stars.</source>
        <translation>Attribuez de une à cinq étoiles à chacune des quatre notes.</translation>
    </message>
    <message>
        <source>The rating</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The rating was included but could not be verified; look at the order again.</source>
        <translation>La note a été incluse mais n&apos;a pas pu être vérifiée ; consultez à nouveau la commande.</translation>
    </message>
    <message>
        <source>Write your answer first.</source>
        <translation>Écrivez d&apos;abord votre réponse.</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>Buying storage for %1 ExC</source>
        <translation>Achat de stockage pour %1 ExC</translation>
    </message>
    <message>
        <source>Chat is not available in this version; contact the other party another way.</source>
        <translation>La messagerie n&apos;est pas disponible dans cette version ; contactez l&apos;autre partie autrement.</translation>
    </message>
    <message>
        <source>Evidence is exchanged through the encrypted chat, which is not available here.</source>
        <translation>Les preuves s&apos;échangent par la messagerie chiffrée, indisponible ici.</translation>
    </message>
</context>
<context>
    <name>MediaCapture</name>
    <message>
        <source>This build of FFmpeg cannot capture an X11 screen (no x11grab).</source>
        <extracomment>Why not, as a sentence (empty when available).</extracomment>
        <translation>Cette version de FFmpeg ne peut pas capturer un écran X11 (pas de x11grab).</translation>
    </message>
    <message>
        <source>This is a Wayland session: the screen can only be captured through the desktop&apos;s screen-sharing portal (xdg-desktop-portal), which Etalonium does not support yet. Stream a file or a camera.</source>
        <translation>Ceci est une session Wayland : l&apos;écran ne peut être capturé que via le portail de partage d&apos;écran du bureau (xdg-desktop-portal), qu&apos;Etalonium ne prend pas encore en charge. Diffusez un fichier ou une caméra.</translation>
    </message>
    <message>
        <source>No display server is running here (no X11 display), so there is no screen to capture; stream a file instead.</source>
        <translation>Aucun serveur d&apos;affichage ne tourne ici (pas d&apos;écran X11) : il n&apos;y a pas d&apos;écran à capturer ; diffusez un fichier.</translation>
    </message>
    <message>
        <source>No camera was found; connect one, or stream the screen or a file.</source>
        <extracomment>Windows smaller than this (either side, in pixels) are tool tips and the like, not worth streaming.</extracomment>
        <translation>Aucune caméra trouvée ; branchez-en une, ou diffusez l&apos;écran ou un fichier.</translation>
    </message>
    <message>
        <source>No microphone was found; the stream can carry a file&apos;s sound instead.</source>
        <translation>Aucun microphone trouvé ; le direct peut utiliser le son d&apos;un fichier à la place.</translation>
    </message>
</context>
<context>
    <name>MediaSections</name>
    <message>
        <source>Something went wrong: %1</source>
        <extracomment>Where the channel&apos;s signing seed is kept in the encrypted profile. Upload jobs of the Create section, in the encrypted profile (the market keeps its own under &quot;media.&quot;). Storage is bought in steps of at least this much, so every upload does not cost an action.</extracomment>
        <translation>Un problème est survenu : %1</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Find people</source>
        <translation>Trouver des personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No one to add yet: people you chat with or save as contacts appear here.</source>
        <translation>Personne à ajouter pour l&apos;instant : les personnes avec qui vous discutez ou que vous enregistrez comme contacts apparaissent ici.</translation>
    </message>
</context>
<context>
    <name>MessengerPage</name>
    <message>
        <source>Choose a conversation</source>
        <translation>Choisissez une conversation</translation>
    </message>
    <message>
        <source>Messages are end-to-end encrypted: the nodes that carry them never see their content.</source>
        <translation>Les messages sont chiffrés de bout en bout : les nœuds qui les transportent n&apos;en voient jamais le contenu.</translation>
    </message>
</context>
<context>
    <name>MessengerService</name>
    <message>
        <source>You</source>
        <extracomment>&quot;Name: first words&quot; of the message this one answers (empty if none or unknown). Where to continue for older messages (None: this page reaches the first message). The contact&apos;s identity changed and the user has not acknowledged it. The matching text with the matches wrapped in <byte value="x2"/> … <byte value="x3"/>.</extracomment>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Vous : {text}</translation>
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
    <name>NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Members (up to %1). Messages are end-to-end encrypted for the members only.</source>
        <translation>Membres (jusqu&apos;à %1). Les messages sont chiffrés de bout en bout pour les seuls membres.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Créer le groupe</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>{amount} as an author</source>
        <extracomment>The newest notices kept; older ones are dropped. The keys of notices already raised, kept far longer than the list (and saved with it), so a reply that fell off the list does not alert again when it is proven again. The oldest keys go first. Stable for one event (so seeing it twice keeps one notice). The height of the proof it came from. The post it is about (hex), or &quot;&quot;. Called after every change (the service saves the document then, off the event loop). The height the list started at: replies older than it are not news. post id → the promotion count last seen (a post first seen sets its baseline). The keys of the notices raised so far, oldest first (a dict as an ordered set; bounded).</extracomment>
        <translation>{amount} en tant qu&apos;auteur</translation>
    </message>
    <message>
        <source>{amount} for curation</source>
        <translation>{amount} pour la curation</translation>
    </message>
    <message>
        <source>Rewards paid for epoch {epoch}</source>
        <translation>Récompenses versées pour l&apos;époque {epoch}</translation>
    </message>
    <message>
        <source>You earned {amount}: {parts}.</source>
        <translation>Vous avez gagné {amount} : {parts}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Nouveau badge</translation>
    </message>
    <message>
        <source>You were awarded {badge}.</source>
        <translation>Vous avez obtenu le badge {badge}.</translation>
    </message>
    <message>
        <source>Your post was promoted</source>
        <translation>Votre publication a été sponsorisée</translation>
    </message>
    <message>
        <source>{name} paid to show your post in more feeds ({amount} so far, until height {height}).</source>
        <translation>{name} a payé pour montrer votre publication dans plus de fils ({amount} à ce jour, jusqu&apos;à la hauteur {height}).</translation>
    </message>
    <message>
        <source>{name} replied to you</source>
        <translation>{name} vous a répondu</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <extracomment>Symbols every desktop font has (colour emoji are missing on many Linux systems).
----------
A notice about a post was activated: its post id.</extracomment>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notifications ({count})</source>
        <translation>Notifications ({count})</translation>
    </message>
    <message>
        <source>Rewards, badges, promotions of your posts and replies to you, each proven against the chain.</source>
        <translation>Récompenses, badges, promotions de vos publications et réponses qui vous sont adressées, chacune prouvée sur la chaîne.</translation>
    </message>
    <message>
        <source>Nothing yet. Rewards, badges and replies to you will show here.</source>
        <translation>Rien pour l&apos;instant. Les récompenses, badges et réponses qui vous sont adressées apparaîtront ici.</translation>
    </message>
    <message>
        <source>✔ proven at height {height} · {age}</source>
        <translation>✔ prouvé à la hauteur {height} · {age}</translation>
    </message>
    <message>
        <source>Open the post</source>
        <translation>Ouvrir la publication</translation>
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
    <name>OrderDetailView</name>
    <message>
        <source>← Back to orders</source>
        <translation>← Retour aux commandes</translation>
    </message>
    <message>
        <source>View listing</source>
        <translation>Voir l&apos;annonce</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>In escrow</source>
        <translation>Sous séquestre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Arbitre</translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation>Note de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>{amount} (settled)</source>
        <translation>{amount} (réglé)</translation>
    </message>
    <message>
        <source>— (drawn if a dispute is opened)</source>
        <translation>— (tiré au sort en cas de litige)</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <source>Marked delivered</source>
        <translation>Marquée comme livrée</translation>
    </message>
    <message>
        <source>with a proof in the blob store ({id}…)</source>
        <translation>avec une preuve dans le magasin de blobs ({id}…)</translation>
    </message>
    <message>
        <source>✓ Proven at block {height}</source>
        <translation>✓ Prouvé au bloc {height}</translation>
    </message>
    <message>
        <source>Open delivery proof</source>
        <translation>Ouvrir la preuve de livraison</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>block {height}</source>
        <translation>bloc {height}</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Arbitre</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Arbitrating</source>
        <translation>Arbitrages</translation>
    </message>
    <message>
        <source>Settle disputes as an arbiter…</source>
        <translation>Arbitrer des litiges…</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>Vos commandes</translation>
    </message>
    <message>
        <source>No orders yet. Orders you place, receive or settle as an arbiter appear here.</source>
        <translation>Aucune commande pour l&apos;instant. Les commandes que vous passez, recevez ou arbitrez apparaissent ici.</translation>
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
    <name>PinDialog</name>
    <message>
        <source>Pin listings to the stream</source>
        <translation>Épingler des annonces au direct</translation>
    </message>
    <message>
        <source>Viewers can buy what you pin without leaving the stream.</source>
        <translation>Les spectateurs peuvent acheter ce que vous épinglez sans quitter le direct.</translation>
    </message>
    <message>
        <source>Your listings</source>
        <translation>Vos annonces</translation>
    </message>
    <message>
        <source>You have no active listings; create one in the Market.</source>
        <translation>Vous n&apos;avez aucune annonce active ; créez-en une dans le Marché.</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Video player</source>
        <translation>Lecteur vidéo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Temps écoulé et total</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>LIVE</source>
        <extracomment>False shows every frame as soon as it is decoded, painted at once (measuring decode + render).</extracomment>
        <translation>EN DIRECT</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>Reposted: {text}</source>
        <translation>Republié : {text}</translation>
    </message>
    <message>
        <source>Reposted a post</source>
        <translation>A republié une publication</translation>
    </message>
    <message>
        <source>{points} rep</source>
        <translation>{points} de réputation</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Sponsorisé</translation>
    </message>
    <message>
        <source>weight {score}</source>
        <translation>poids {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repost(s)</source>
        <translation>
            <numerusform>%n republication</numerusform>
            <numerusform>%n republications</numerusform>
        </translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>✔ proven at {height}</source>
        <translation>✔ prouvé à {height}</translation>
    </message>
    <message>
        <source>Why am I seeing this?</source>
        <translation>Pourquoi je vois ceci ?</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Post</source>
        <extracomment>The player is wider than a picture so that its controls (time, volume, quality) fit on one line. A thread with more replies than this starts collapsed (its count shows what is inside). Deeper replies are shown at this depth (beside the comment they answer), so the text keeps its width. It answers a comment that is not among those proven (not found yet, or of another post).</extracomment>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Post picture</source>
        <translation>Image de la publication</translation>
    </message>
    <message>
        <source>Video</source>
        <extracomment>The video player, made when a video post is opened (the poster shows until then).</extracomment>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Why am I seeing this</source>
        <translation>Pourquoi je vois ceci</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Texte de la publication</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Pour</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Contre</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Republier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation>Promouvoir…</translation>
    </message>
    <message>
        <source>Promotion payment</source>
        <translation>Paiement de la promotion</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> blocs</translation>
    </message>
    <message>
        <source>Promotion length</source>
        <translation>Durée de la promotion</translation>
    </message>
    <message>
        <source>Pay and promote</source>
        <translation>Payer et promouvoir</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>What is wrong with it? (spam, stolen work, harassment…)</source>
        <translation>Quel est le problème ? (spam, travail volé, harcèlement…)</translation>
    </message>
    <message>
        <source>Report reason</source>
        <translation>Motif du signalement</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <extracomment>The comment the next one answers (b&quot;&quot; for a comment on the post itself). The last comment replied to (its thread is kept open).</extracomment>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Écrire un commentaire…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>This post is not known yet.</source>
        <translation>Cette publication n&apos;est pas encore connue.</translation>
    </message>
    <message>
        <source>reputation {score}</source>
        <translation>réputation {score}</translation>
    </message>
    <message>
        <source>Following ✔</source>
        <translation>Abonné ✔</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>une publication</translation>
    </message>
    <message>
        <source>Reposted — {post}</source>
        <translation>Republié — {post}</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n media · posted {age}</source>
        <translation>
            <numerusform>{kind} · %n média · publié {age}</numerusform>
            <numerusform>{kind} · %n médias · publié {age}</numerusform>
        </translation>
    </message>
    <message>
        <source>weight {score} (by the voters&apos; reputation)</source>
        <translation>poids {score} (selon la réputation des votants)</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repost(s)</source>
        <translation>
            <numerusform>%n republication</numerusform>
            <numerusform>%n republications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>Promoted until height {height} ({amount} paid)</source>
        <translation>Sponsorisé jusqu&apos;à la hauteur {height} ({amount} payés)</translation>
    </message>
    <message>
        <source>✔ Verified by proof at height {height}</source>
        <translation>✔ Vérifié par preuve à la hauteur {height}</translation>
    </message>
    <message>
        <source>Saved ✔</source>
        <translation>Enregistré ✔</translation>
    </message>
    <message>
        <source>Why am I seeing this? {reason}</source>
        <translation>Pourquoi je vois ceci ? {reason}</translation>
    </message>
    <message>
        <source>This video cannot be played offline.</source>
        <translation>Cette vidéo ne peut pas être lue hors ligne.</translation>
    </message>
    <message>
        <source>Loading the video…</source>
        <translation>Chargement de la vidéo…</translation>
    </message>
    <message>
        <source>The video could not be loaded: {reason}</source>
        <translation>La vidéo n&apos;a pas pu être chargée : {reason}</translation>
    </message>
    <message>
        <source>This post&apos;s media is a picture, not a video.</source>
        <translation>Le média de cette publication est une image, pas une vidéo.</translation>
    </message>
    <message>
        <source>No node is reachable to stream this video from.</source>
        <translation>Aucun nœud joignable ne peut diffuser cette vidéo.</translation>
    </message>
    <message numerus="yes">
        <source>%n qualities</source>
        <translation>
            <numerusform>%n qualité</numerusform>
            <numerusform>%n qualités</numerusform>
        </translation>
    </message>
    <message>
        <source>streamed, every chunk checked</source>
        <translation>diffusé en continu, chaque fragment vérifié</translation>
    </message>
    <message>
        <source>The video cannot be played.</source>
        <translation>La vidéo ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
    <message>
        <source>Comments ({count})</source>
        <translation>Commentaires ({count})</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aucun commentaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>(a reply to a comment not found)</source>
        <translation>(réponse à un commentaire introuvable)</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(-ies)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Proven comment, block {height}</source>
        <translation>Commentaire prouvé, bloc {height}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>Répondre à {name}</translation>
    </message>
    <message>
        <source>Replying to {name}: “{excerpt}”</source>
        <translation>Réponse à {name} : « {excerpt} »</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Écrire une réponse…</translation>
    </message>
    <message>
        <source>✔ Up-voted; the tally above is proven.</source>
        <translation>✔ Vote pour enregistré ; le décompte ci-dessus est prouvé.</translation>
    </message>
    <message>
        <source>✔ Down-voted; the tally above is proven.</source>
        <translation>✔ Vote contre enregistré ; le décompte ci-dessus est prouvé.</translation>
    </message>
    <message>
        <source>✔ Vote withdrawn; the tally above is proven.</source>
        <translation>✔ Vote retiré ; le décompte ci-dessus est prouvé.</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Vote en cours…</translation>
    </message>
    <message>
        <source>Sending the reply…</source>
        <translation>Envoi de la réponse…</translation>
    </message>
    <message>
        <source>✔ Replied.</source>
        <translation>✔ Réponse envoyée.</translation>
    </message>
    <message>
        <source>Sending the comment…</source>
        <translation>Envoi du commentaire…</translation>
    </message>
    <message>
        <source>✔ Commented.</source>
        <translation>✔ Commentaire publié.</translation>
    </message>
    <message>
        <source>✔ You follow {name}.</source>
        <translation>✔ Vous suivez {name}.</translation>
    </message>
    <message>
        <source>✔ You no longer follow {name}.</source>
        <translation>✔ Vous ne suivez plus {name}.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Reposting…</source>
        <translation>Republication…</translation>
    </message>
    <message>
        <source>✔ Reposted to your followers.</source>
        <translation>✔ Republié pour vos abonnés.</translation>
    </message>
    <message>
        <source>✔ Saved on this computer.</source>
        <translation>✔ Enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Removed from saved.</source>
        <translation>Retiré des enregistrements.</translation>
    </message>
    <message>
        <source>Hidden from your feeds.</source>
        <translation>Masqué de vos fils.</translation>
    </message>
    <message>
        <source>Say what is wrong with it, so others can judge the report.</source>
        <translation>Dites ce qui ne va pas, pour que les autres puissent juger le signalement.</translation>
    </message>
    <message>
        <source>Reporting…</source>
        <translation>Signalement…</translation>
    </message>
    <message>
        <source>✔ Reported; it is hidden from your feeds.</source>
        <translation>✔ Signalé ; masqué de vos fils.</translation>
    </message>
    <message numerus="yes">
        <source>Promoting for %n block(s) costs at least {amount}.</source>
        <translation>
            <numerusform>Promouvoir pendant %n bloc coûte au moins {amount}.</numerusform>
            <numerusform>Promouvoir pendant %n blocs coûte au moins {amount}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paying for the promotion…</source>
        <translation>Paiement de la promotion…</translation>
    </message>
    <message>
        <source>✔ Promoted: {amount} went to the reward pool.</source>
        <translation>✔ Sponsorisé : {amount} versés à la réserve de récompenses.</translation>
    </message>
</context>
<context>
    <name>PostKind</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Lookbook</source>
        <translation>Lookbook</translation>
    </message>
    <message>
        <source>Casting call</source>
        <translation>Appel à casting</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
</context>
<context>
    <name>PriceStockDialog</name>
    <message>
        <source>Price and stock</source>
        <translation>Prix et stock</translation>
    </message>
    <message>
        <source>Price in ExC</source>
        <translation>Prix en ExC</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Price (ExC)</source>
        <translation>Prix (ExC)</translation>
    </message>
    <message>
        <source>Orders already placed keep the price they were placed at.</source>
        <translation>Les commandes déjà passées gardent le prix auquel elles l&apos;ont été.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>A fixed-price listing needs a price above zero.</source>
        <translation>Une annonce à prix fixe exige un prix supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>{name} — profile</source>
        <translation>{name} — profil</translation>
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
    <name>ProofDialog</name>
    <message>
        <source>Delivery proof</source>
        <extracomment>The longest side a photo is shown at.</extracomment>
        <translation>Preuve de livraison</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} Kio</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} Mio</translation>
    </message>
    <message>
        <source>A photo, {width} × {height} pixels, {size}</source>
        <translation>Une photo, {width} × {height} pixels, {size}</translation>
    </message>
    <message>
        <source>This proof is a file the app does not show: save it and open it with another app.</source>
        <translation>Cette preuve est un fichier que l&apos;application n&apos;affiche pas : enregistrez-le et ouvrez-le avec une autre application.</translation>
    </message>
    <message>
        <source>A file ({type}), {size}</source>
        <translation>Un fichier ({type}), {size}</translation>
    </message>
    <message>
        <source>✓ Every part checked against the seller&apos;s signed manifest</source>
        <translation>✓ Chaque partie vérifiée d&apos;après le manifeste signé du vendeur</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the delivery proof</source>
        <translation>Enregistrer la preuve de livraison</translation>
    </message>
    <message>
        <source>The proof could not be saved as {name}: {reason}.</source>
        <translation>La preuve n&apos;a pas pu être enregistrée sous {name} : {reason}.</translation>
    </message>
    <message>
        <source>✓ Saved to {path}</source>
        <translation>✓ Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>New proposal</source>
        <translation>Nouvelle proposition</translation>
    </message>
    <message>
        <source>Kind of proposal</source>
        <translation>Type de proposition</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>the validator&apos;s public key, 64 hex digits</source>
        <translation>la clé publique du validateur, 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Validator key</source>
        <translation>Clé du validateur</translation>
    </message>
    <message>
        <source>Voting power (0 removes it)</source>
        <translation>Pouvoir de vote (0 le retire)</translation>
    </message>
    <message>
        <source>Voting power (0 removes)</source>
        <translation>Pouvoir de vote (0 retire)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>{doc}. Now {current}; allowed {low} … {high}.</source>
        <translation>{doc}. Actuellement {current} ; autorisé de {low} à {high}.</translation>
    </message>
    <message>
        <source>Not yet: {reason}</source>
        <translation>Pas encore : {reason}</translation>
    </message>
    <message>
        <source>Proposing…</source>
        <translation>Envoi de la proposition…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>As described</source>
        <translation>Conforme à la description</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Rate your order</source>
        <translation>Notez votre commande</translation>
    </message>
    <message>
        <source>{title} — your rating is public and counts toward the seller&apos;s reputation.</source>
        <translation>{title} — votre note est publique et compte dans la réputation du vendeur.</translation>
    </message>
    <message>
        <source>A few words for other buyers (optional)</source>
        <translation>Quelques mots pour les autres acheteurs (facultatif)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Publish rating</source>
        <translation>Publier la note</translation>
    </message>
    <message>
        <source>Keep the review under 2000 bytes.</source>
        <translation>Gardez l&apos;avis sous 2000 octets.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive ExC</source>
        <translation>Recevoir des ExC</translation>
    </message>
    <message>
        <source>Share this address. Anyone can send ExC to it; only you can spend it.</source>
        <translation>Partagez cette adresse. Tout le monde peut y envoyer des ExC ; vous seul pouvez les dépenser.</translation>
    </message>
    <message>
        <source>Address QR code</source>
        <translation>Code QR de l&apos;adresse</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Votre adresse</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>Reputation</name>
    <message>
        <source>Votes received, weighted by the voters&apos; reputation</source>
        <extracomment>Where everyone starts, and how many displayed points each tenfold of raw points adds.</extracomment>
        <translation>Votes reçus, pondérés par la réputation des votants</translation>
    </message>
    <message>
        <source>Endorsements of skills, weighted by the endorsers&apos; trust</source>
        <translation>Recommandations de compétences, pondérées par la confiance des recommandeurs</translation>
    </message>
    <message>
        <source>Orders completed as a seller</source>
        <translation>Commandes honorées en tant que vendeur</translation>
    </message>
    <message>
        <source>Buyers&apos; ratings (above or below three stars)</source>
        <translation>Notes des acheteurs (au-dessus ou en dessous de trois étoiles)</translation>
    </message>
    <message>
        <source>Votes that agreed with the community&apos;s later consensus</source>
        <translation>Votes conformes au consensus ultérieur de la communauté</translation>
    </message>
    <message>
        <source>Everyone starts at {base}.</source>
        <extracomment>The displayed points this part accounts for (they sum to the displayed score minus BASE).</extracomment>
        <translation>Tout le monde commence à {base}.</translation>
    </message>
    <message>
        <source>{part}: {raw} raw points → {shown}</source>
        <translation>{part} : {raw} points bruts → {shown}</translation>
    </message>
    <message>
        <source>Shown: {base} + 10·log10(1 + {raw}) = {shown}</source>
        <translation>Affiché : {base} + 10·log10(1 + {raw}) = {shown}</translation>
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
    <name>RequestsView</name>
    <message>
        <source>People you have not chatted with yet. They do not know whether you read their messages.</source>
        <translation>Des personnes avec qui vous n&apos;avez pas encore discuté. Elles ne savent pas si vous avez lu leurs messages.</translation>
    </message>
    <message>
        <source>Message requests</source>
        <translation>Demandes de message</translation>
    </message>
    <message>
        <source>No message requests.</source>
        <translation>Aucune demande de message.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signaler</translation>
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
    <name>SendDialog</name>
    <message>
        <source>The address has a typo: its checksum does not match</source>
        <extracomment>The reasons lightnode (which has no Qt) gives for refusing an address or amount, for translation; a reason missing here is shown as it comes.</extracomment>
        <translation>L&apos;adresse contient une faute de frappe : sa somme de contrôle ne correspond pas</translation>
    </message>
    <message>
        <source>An ExC address starts with &apos;exc1&apos;</source>
        <translation>Une adresse ExC commence par « exc1 »</translation>
    </message>
    <message>
        <source>The address uses the old bech32 checksum, not bech32m</source>
        <translation>L&apos;adresse utilise l&apos;ancienne somme de contrôle bech32, pas bech32m</translation>
    </message>
    <message>
        <source>The address is malformed</source>
        <translation>L&apos;adresse est mal formée</translation>
    </message>
    <message>
        <source>The address is empty</source>
        <translation>L&apos;adresse est vide</translation>
    </message>
    <message>
        <source>Type an amount such as 12.5 (in ExC).</source>
        <translation>Saisissez un montant comme 12.5 (en ExC).</translation>
    </message>
    <message>
        <source>That amount is larger than any balance can be.</source>
        <translation>Ce montant dépasse tout solde possible.</translation>
    </message>
    <message>
        <source>Send ExC</source>
        <translation>Envoyer des ExC</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Adresse du destinataire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Optional, visible on the chain</source>
        <translation>Facultatif, visible sur la chaîne</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Amount (ExC)</source>
        <translation>Montant (ExC)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>{reason}. Nothing will be sent to it.</source>
        <translation>{reason}. Rien ne sera envoyé à cette adresse.</translation>
    </message>
    <message>
        <source>You are sending to yourself.</source>
        <translation>Vous vous envoyez des fonds à vous-même.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Not enough funds: {needed} needed with the fee, {available} available.</source>
        <translation>Fonds insuffisants : {needed} nécessaires avec les frais, {available} disponibles.</translation>
    </message>
    <message>
        <source>Fee {fee} · total {total} · balance after {after}</source>
        <translation>Frais {fee} · total {total} · solde après {after}</translation>
    </message>
    <message>
        <source>Fee {fee} · available {available}</source>
        <translation>Frais {fee} · disponible {available}</translation>
    </message>
    <message>
        <source>Review and confirm</source>
        <translation>Vérifier et confirmer</translation>
    </message>
    <message>
        <source>Transfers cannot be undone. Check the address once more.</source>
        <translation>Les transferts sont irréversibles. Vérifiez l&apos;adresse une dernière fois.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Confirmer et envoyer</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Mémo : {memo}</translation>
    </message>
    <message>
        <source>Send &lt;b&gt;{amount}&lt;/b&gt;&lt;br&gt;to &lt;tt&gt;{address}&lt;/tt&gt;&lt;br&gt;Fee: {fee}&lt;br&gt;Total: &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>Envoyer &lt;b&gt;{amount}&lt;/b&gt;&lt;br&gt;à &lt;tt&gt;{address}&lt;/tt&gt;&lt;br&gt;Frais : {fee}&lt;br&gt;Total : &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Signature et envoi…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>État de l&apos;envoi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>You are offline. The transfer is signed and queued; it goes out when the network is back.</source>
        <translation>Vous êtes hors ligne. Le transfert est signé et mis en attente ; il partira au retour du réseau.</translation>
    </message>
    <message>
        <source>✔ Included at height {height}, verified by proof.</source>
        <translation>✔ Inclus à la hauteur {height}, vérifié par preuve.</translation>
    </message>
    <message>
        <source>The transfer failed: {reason}</source>
        <translation>Le transfert a échoué : {reason}</translation>
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
    <name>Tasks</name>
    <message>
        <source>Something went wrong ({kind}: {reason}).</source>
        <translation>Un problème est survenu ({kind} : {reason}).</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>No files attached</source>
        <translation>Aucun fichier joint</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Choisir des fichiers</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Écrivez d&apos;abord quelque chose.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Order timeline</source>
        <translation>Chronologie de la commande</translation>
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
    <name>UploadPage</name>
    <message>
        <source>Resume upload</source>
        <extracomment>A post was published and proven (its id).</extracomment>
        <translation>Reprendre l&apos;envoi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Post status</source>
        <translation>État de la publication</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>The upload of %1 did not finish last time. Resume it where it stopped?</source>
        <translation>L&apos;envoi de %1 ne s&apos;est pas terminé la dernière fois. Le reprendre là où il s&apos;est arrêté ?</translation>
    </message>
    <message>
        <source>Buying storage for your upload…</source>
        <translation>Achat de stockage pour votre envoi…</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>✓ Posted and verified at block %1.</source>
        <translation>✓ Publié et vérifié au bloc %1.</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Rediffusion : %1</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Estimating time left…</source>
        <translation>Estimation du temps restant…</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Presque terminé</translation>
    </message>
    <message>
        <source>About %1 s left</source>
        <translation>Environ %1 s restantes</translation>
    </message>
    <message>
        <source>About %1 min left</source>
        <translation>Environ %1 min restantes</translation>
    </message>
    <message>
        <source>Preparing: resizing, removing location data and converting for every screen size…</source>
        <translation>Préparation : redimensionnement, suppression des données de localisation et conversion pour chaque taille d&apos;écran…</translation>
    </message>
    <message>
        <source>Uploading %1 MB of %2 MB</source>
        <translation>Envoi de %1 Mo sur %2 Mo</translation>
    </message>
    <message>
        <source>Uploaded. Add a caption and post it.</source>
        <translation>Envoyé. Ajoutez une légende et publiez.</translation>
    </message>
    <message>
        <source>New post</source>
        <extracomment>A post holds at most this many photos and videos. Every finished upload of the post being prepared, in the order chosen.</extracomment>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>Photos are turned upright and stripped of location and camera details before they leave this computer. Videos are converted for every screen size; the original is never changed.</source>
        <translation>Les photos sont redressées et débarrassées de la localisation et des détails de l&apos;appareil avant de quitter cet ordinateur. Les vidéos sont converties pour chaque taille d&apos;écran ; l&apos;original n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Choose photos or videos…</source>
        <translation>Choisir des photos ou vidéos…</translation>
    </message>
    <message>
        <source>Write a caption…</source>
        <translation>Écrivez une légende…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Tags, separated by commas (e.g. runway, linen, SS26)</source>
        <translation>Tags, séparés par des virgules (p. ex. défilé, lin, SS26)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Upload stage</source>
        <translation>Étape de l&apos;envoi</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Uploading is not available until the network is connected.</source>
        <translation>L&apos;envoi n&apos;est pas disponible tant que le réseau n&apos;est pas connecté.</translation>
    </message>
    <message numerus="yes">
        <source>A post holds at most %n photos and videos.</source>
        <translation>
            <numerusform>Une publication contient au plus %n photo ou vidéo.</numerusform>
            <numerusform>Une publication contient au plus %n photos et vidéos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming the upload…</source>
        <translation>Reprise de l&apos;envoi…</translation>
    </message>
    <message>
        <source>Uploading needs the app&apos;s event loop, which is not running.</source>
        <translation>L&apos;envoi nécessite la boucle d&apos;événements de l&apos;application, qui ne tourne pas.</translation>
    </message>
    <message>
        <source>Something went wrong with the upload; try again.</source>
        <translation>Un problème est survenu pendant l&apos;envoi ; réessayez.</translation>
    </message>
    <message>
        <source>Converting the video…</source>
        <translation>Conversion de la vidéo…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was posted.</source>
        <translation>Annulé. Rien n&apos;a été publié.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>The caption or a tag is too long; shorten it and post again.</source>
        <translation>La légende ou un tag est trop long ; raccourcissez-le et publiez à nouveau.</translation>
    </message>
    <message>
        <source>Choose photos or videos</source>
        <translation>Choisir des photos ou vidéos</translation>
    </message>
    <message>
        <source>Photos and videos (%1)</source>
        <translation>Photos et vidéos (%1)</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Verify %1</source>
        <extracomment>Reading a screenshot (file or clipboard) off the GUI thread; None when none is being read.</extracomment>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept on their device…</source>
        <translation>En attente de l&apos;accord de %1 sur son appareil…</translation>
    </message>
    <message>
        <source>%1 wants to verify your chat. Meet in person or call them, then compare what you both see.</source>
        <translation>%1 veut vérifier votre discussion. Rencontrez-vous ou appelez cette personne, puis comparez ce que vous voyez tous les deux.</translation>
    </message>
    <message>
        <source>Start comparing</source>
        <translation>Commencer la comparaison</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Check that %1 sees the same emoji, in the same order. Compare in person or on a call, not in this chat.</source>
        <translation>Vérifiez que %1 voit les mêmes emoji, dans le même ordre. Comparez en personne ou par appel, pas dans cette discussion.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Ils correspondent</translation>
    </message>
    <message>
        <source>They don&apos;t match</source>
        <translation>Ils ne correspondent pas</translation>
    </message>
    <message>
        <source>Waiting for %1 to confirm…</source>
        <translation>En attente de la confirmation de %1…</translation>
    </message>
    <message>
        <source>✔ %1 is verified. Their chat shows a verified badge, and you will be warned if their keys ever change.</source>
        <translation>✔ %1 est vérifié. Sa discussion affiche un badge vérifié, et vous serez averti si ses clés changent un jour.</translation>
    </message>
    <message>
        <source>Safety number (the same on both devices): %1</source>
        <translation>Numéro de sécurité (identique sur les deux appareils) : %1</translation>
    </message>
    <message>
        <source>Use a QR code instead</source>
        <translation>Utiliser plutôt un code QR</translation>
    </message>
    <message>
        <source>Verify with a QR code</source>
        <translation>Vérifier avec un code QR</translation>
    </message>
    <message>
        <source>Compare emoji instead</source>
        <translation>Comparer plutôt les emoji</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your verification QR code</source>
        <translation>Votre code QR de vérification</translation>
    </message>
    <message>
        <source>Your code is not available yet.</source>
        <translation>Votre code n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <source>Your code: let %1 scan it</source>
        <translation>Votre code : faites-le scanner par %1</translation>
    </message>
    <message>
        <source>Scan the code on %1&apos;s screen, or a screenshot of it they sent you another way than this chat. If it matches the keys of your chat, %1 is marked verified.</source>
        <translation>Scannez le code affiché sur l&apos;écran de %1, ou une capture qu&apos;il vous a envoyée par un autre moyen que cette discussion. S&apos;il correspond aux clés de votre discussion, %1 est marqué comme vérifié.</translation>
    </message>
    <message>
        <source>Scan with camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>Recherche d&apos;une caméra…</translation>
    </message>
    <message>
        <source>Open an image…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <source>Paste a screenshot</source>
        <translation>Coller une capture d&apos;écran</translation>
    </message>
    <message>
        <source>No camera was found on this computer: open or paste a screenshot instead.</source>
        <translation>Aucune caméra n&apos;a été trouvée sur cet ordinateur : ouvrez ou collez plutôt une capture d&apos;écran.</translation>
    </message>
    <message>
        <source>Hold %1&apos;s code in front of the camera…</source>
        <translation>Placez le code de %1 devant la caméra…</translation>
    </message>
    <message>
        <source>No code was seen. Try again closer to the camera, in good light.</source>
        <translation>Aucun code n&apos;a été vu. Réessayez plus près de la caméra, avec une bonne lumière.</translation>
    </message>
    <message>
        <source>Choose a screenshot of the code</source>
        <translation>Choisissez une capture d&apos;écran du code</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Reading the code…</source>
        <translation>Lecture du code…</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Impossible de lire le fichier (%1).</translation>
    </message>
    <message>
        <source>The keys do not match</source>
        <translation>Les clés ne correspondent pas</translation>
    </message>
    <message>
        <source>Make sure you scanned %1&apos;s own screen, in person or from a screenshot they sent another way. If the codes still differ, do not share anything sensitive in this chat.</source>
        <translation>Assurez-vous d&apos;avoir scanné l&apos;écran de %1 lui-même, en personne ou depuis une capture envoyée par un autre moyen. Si les codes diffèrent toujours, ne partagez rien de sensible dans cette discussion.</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Scanner à nouveau</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>Or compare these numbers: %1</source>
        <translation>Ou comparez ces nombres : %1</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>There is no sound device, so the video plays without sound.</source>
        <translation>Aucun périphérique audio : la vidéo est lue sans son.</translation>
    </message>
    <message>
        <source>The sound device cannot play 48 kHz stereo, so the video plays without sound.</source>
        <translation>Le périphérique audio ne lit pas la stéréo 48 kHz : la vidéo est lue sans son.</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Sent to the network; waiting for a block that includes it…</source>
        <translation>Envoyé au réseau ; en attente d&apos;un bloc qui l&apos;inclue…</translation>
    </message>
</context>
<context>
    <name>WalletView</name>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Balance verification</source>
        <translation>Vérification du solde</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>Note on your history</source>
        <translation>Remarque sur votre historique</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide this note until something new is found</source>
        <translation>Masquer cette remarque jusqu&apos;à ce que quelque chose de nouveau soit trouvé</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Transaction history</source>
        <translation>Historique des transactions</translation>
    </message>
    <message>
        <source>No transfers yet. Use Receive to share your address.</source>
        <translation>Aucun transfert pour l&apos;instant. Utilisez Recevoir pour partager votre adresse.</translation>
    </message>
    <message>
        <source>Your address: {address}</source>
        <translation>Votre adresse : {address}</translation>
    </message>
    <message>
        <source>Not verified yet — waiting for the network</source>
        <translation>Pas encore vérifié — en attente du réseau</translation>
    </message>
    <message>
        <source>Last verified at height {height} — offline, may be out of date</source>
        <translation>Dernière vérification à la hauteur {height} — hors ligne, peut être périmé</translation>
    </message>
    <message>
        <source>✔ Verified by proof at height {height}</source>
        <translation>✔ Vérifié par preuve à la hauteur {height}</translation>
    </message>
    <message numerus="yes">
        <source>%n signed transfer(s) waiting to be sent; they go out when the network is back.</source>
        <translation>
            <numerusform>%n transfert signé en attente d&apos;envoi ; il partira au retour du réseau.</numerusform>
            <numerusform>%n transferts signés en attente d&apos;envoi ; ils partiront au retour du réseau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A node left out %n transfer(s) to you; they were recovered from another node, verified, and are in the history below.</source>
        <translation>
            <numerusform>Un nœud a omis %n transfert reçu ; il a été récupéré auprès d&apos;un autre nœud, vérifié, et figure dans l&apos;historique ci-dessous.</numerusform>
            <numerusform>Un nœud a omis %n transferts reçus ; ils ont été récupérés auprès d&apos;un autre nœud, vérifiés, et figurent dans l&apos;historique ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A node listed %n transfer(s) that failed verification; they were not added to your history.</source>
        <translation>
            <numerusform>Un nœud a indiqué %n transfert qui n&apos;a pas passé la vérification ; il n&apos;a pas été ajouté à votre historique.</numerusform>
            <numerusform>Un nœud a indiqué %n transferts qui n&apos;ont pas passé la vérification ; ils n&apos;ont pas été ajoutés à votre historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>A node&apos;s list of your transfers could not be verified. The history is complete up to the last verified block, and is checked again with the next block.</source>
        <translation>La liste de vos transferts fournie par un nœud n&apos;a pas pu être vérifiée. L&apos;historique est complet jusqu&apos;au dernier bloc vérifié et sera de nouveau contrôlé au prochain bloc.</translation>
    </message>
    <message>
        <source>Between blocks {first} and {last} your verified balance grew by {extra} more than the verified transfers to you. Rewards, escrow releases and grants raise a balance too; if you expected none, a transfer may be missing from the history.</source>
        <translation>Entre les blocs {first} et {last}, votre solde vérifié a augmenté de {extra} de plus que les transferts vérifiés reçus. Les récompenses, les libérations de séquestre et les subventions augmentent aussi un solde ; si vous n&apos;en attendiez aucune, un transfert manque peut-être à l&apos;historique.</translation>
    </message>
    <message>
        <source>Between blocks {first} and {last} your verified balance grew by {grown}, less than the verified transfers to you ({received}). The balance shown is the verified one.</source>
        <translation>Entre les blocs {first} et {last}, votre solde vérifié a augmenté de {grown}, moins que les transferts vérifiés reçus ({received}). Le solde affiché est le solde vérifié.</translation>
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
    <name>WhyDialog</name>
    <message>
        <source>Why am I seeing this?</source>
        <translation>Pourquoi je vois ceci ?</translation>
    </message>
    <message>
        <source>Ranked on this computer from posts and votes proven against the chain.</source>
        <translation>Classé sur cet ordinateur à partir des publications et des votes prouvés sur la chaîne.</translation>
    </message>
    <message>
        <source>Not interested: hide it</source>
        <translation>Pas intéressé : le masquer</translation>
    </message>
    <message>
        <source>Hide this post</source>
        <translation>Masquer cette publication</translation>
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
    <name>_Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>_FeedCounts</name>
    <message numerus="yes">
        <source>%n day ago</source>
        <extracomment>The reference time of the age terms (as Hive&apos;s hot and trending use one): 2020-09-13 12:26:40 UTC. Hot: every HOT_DECAY_S of age weighs as much as ten times the score (3 hours). Trending: the same on a slower clock (2 days), so lasting appreciation outranks a burst. For you: weights of the personal terms added to the hot score. Posts with at least this many distinct reports rank lower in For you, by REPORT_PENALTY. Items per page; promoted posts are placed at most `promotion_cap` times per page. The sum of the standing votes&apos; reputation weights (PostRecord.score). What was paid to promote it, when its promotion runs at the verified height (else 0). Authors&apos; proven reputation scores (raw points). Interest per tag in [0, 1], from the viewer&apos;s own up-votes, saves and posts.</extracomment>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Ranked lower: %n people reported it.</source>
        <translation>
            <numerusform>Classé plus bas : %n personne l&apos;a signalé.</numerusform>
            <numerusform>Classé plus bas : %n personnes l&apos;ont signalé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MarketCounts</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked within %n day(s)</source>
        <translation>
            <numerusform>Réservable sous %n jour</numerusform>
            <numerusform>Réservable sous %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ships in %n day(s)</source>
        <translation>
            <numerusform>Expédié sous %n jour</numerusform>
            <numerusform>Expédié sous %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) open</source>
        <translation>
            <numerusform>%n réservation ouverte</numerusform>
            <numerusform>%n réservations ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n en stock</numerusform>
            <numerusform>%n en stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n posts</source>
        <extracomment>The formats a draft can take, as (kind, media type), in the order the editor lists them. How long after new data the trends are recomputed (new blocks come every second or so). How many days ahead a draft can be planned in the editor.</extracomment>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n vendue</numerusform>
            <numerusform>%n vendues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>learned from %n posts</source>
        <translation>
            <numerusform>appris sur %n publication</numerusform>
            <numerusform>appris sur %n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endorsed</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>palette style</source>
        <translation>style de palette</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Votre brouillon</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Your brand</source>
        <translation>Votre image de marque</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>models</source>
        <translation>mannequins</translation>
    </message>
    <message>
        <source>designers</source>
        <translation>créateurs</translation>
    </message>
    <message>
        <source>photographers</source>
        <translation>photographes</translation>
    </message>
    <message>
        <source>stylists</source>
        <translation>stylistes</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>agences</translation>
    </message>
    <message>
        <source>producers</source>
        <translation>producteurs</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>over 99% sure</source>
        <translation>plus de 99 %</translation>
    </message>
    <message>
        <source>%1% sure</source>
        <translation>%1 %</translation>
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
