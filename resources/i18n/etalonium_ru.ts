<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppLock</name>
    <message>
        <source>New activity. Unlock to see it.</source>
        <translation>Есть новые события. Разблокируйте, чтобы их увидеть.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Заблокировано после %n минуты бездействия.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after a time without activity.</source>
        <translation>Заблокировано после периода бездействия.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Заблокировано.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm your recovery phrase</source>
        <translation>Подтвердите фразу восстановления</translation>
    </message>
    <message>
        <source>Pick the right word for each position, from what you wrote down.</source>
        <translation>Выберите верное слово для каждой позиции — по тому, что вы записали.</translation>
    </message>
    <message>
        <source>Show the words again</source>
        <translation>Показать слова ещё раз</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Word #{number}</source>
        <translation>Слово № {number}</translation>
    </message>
    <message>
        <source>word {number}: {word}</source>
        <translation>слово {number}: {word}</translation>
    </message>
    <message numerus="yes">
        <source>Word {words} does not match. Check your paper, or show the words again.</source>
        <translation>
            <numerusform>Слово {words} не совпадает. Сверьтесь с записью или покажите слова ещё раз.</numerusform>
            <numerusform>Слова {words} не совпадают. Сверьтесь с записью или покажите слова ещё раз.</numerusform>
            <numerusform>Слова {words} не совпадают. Сверьтесь с записью или покажите слова ещё раз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Светлая тема</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Тёмная тема</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Etalonium</source>
        <translation>&amp;О программе Etalonium</translation>
    </message>
    <message>
        <source>Show Etalonium</source>
        <translation>Показать Etalonium</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Лента</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Эфиры</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Маркет</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Кошелёк</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>DAO</source>
        <translation>DAO</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>How should people know you?</source>
        <translation>Как вас будут знать?</translation>
    </message>
    <message>
        <source>Your name and role are public on the network; you can change them later in your profile.</source>
        <translation>Имя и роль видны всем в сети; позже их можно изменить в профиле.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>e.g. Ana Petrova</source>
        <translation>например, Анна Петрова</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Создать профиль</translation>
    </message>
</context>
<context>
    <name>NetworkStatusBar</name>
    <message>
        <source>Network state</source>
        <translation>Состояние сети</translation>
    </message>
    <message>
        <source>Verified height</source>
        <translation>Проверенная высота</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <source>⚠ Halted: {reason}</source>
        <translation>⚠ Остановлено: {reason}</translation>
    </message>
    <message>
        <source>Offline — showing the last verified data; actions are queued</source>
        <translation>Нет сети — показаны последние проверенные данные; действия ждут в очереди</translation>
    </message>
    <message>
        <source>Syncing {percent}%</source>
        <translation>Синхронизация {percent}%</translation>
    </message>
    <message>
        <source>Verified · {chain}</source>
        <translation>Проверено · {chain}</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Height {height}</source>
        <translation>Высота {height}</translation>
    </message>
    <message>
        <source>No verified block</source>
        <translation>Нет проверенных блоков</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n узел</numerusform>
            <numerusform>%n узла</numerusform>
            <numerusform>%n узлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n свидетель</numerusform>
            <numerusform>%n свидетеля</numerusform>
            <numerusform>%n свидетелей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Attack warning</source>
        <translation>Предупреждение об атаке</translation>
    </message>
    <message>
        <source>Verified chain tip</source>
        <translation>Проверенная вершина цепочки</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Цепочка</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Хеш блока</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>Время блока</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Every header is checked here: more than 2/3 of the validators&apos; power must have signed it, and each witness must agree with the primary. Balances, profiles and orders are shown only when proven against a verified header.</source>
        <translation>Здесь проверяется каждый заголовок: его должны подписать валидаторы с более чем 2/3 общей силы, и каждый свидетель должен согласиться с основным узлом. Балансы, профили и заказы показываются, только если они доказаны относительно проверенного заголовка.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <source>Primary and witnesses</source>
        <translation>Основной узел и свидетели</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Offline — the last verified data is shown, actions are queued</source>
        <translation>Нет сети — показаны последние проверенные данные, действия ждут в очереди</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Following the chain, verified</source>
        <translation>Следит за цепочкой, всё проверено</translation>
    </message>
    <message>
        <source>Primary: {node}</source>
        <translation>Основной: {node}</translation>
    </message>
    <message>
        <source>Witness: {node} — agrees</source>
        <translation>Свидетель: {node} — согласен</translation>
    </message>
    <message>
        <source>Dropped: {node}</source>
        <translation>Отключён: {node}</translation>
    </message>
    <message>
        <source>⚠ An attack on the light client was detected and the client halted. Nothing further is trusted until you review it. {details}</source>
        <translation>⚠ Обнаружена атака на лёгкий клиент, и клиент остановлен. Ничему больше не доверяем, пока вы это не проверите. {details}</translation>
    </message>
    <message>
        <source>none identified</source>
        <translation>не установлены</translation>
    </message>
    <message>
        <source>Evidence sent to the nodes: two conflicting blocks at height {height} ({hash_a}… and {hash_b}…), common trusted height {common}; validators who signed both: {signers}.</source>
        <translation>Доказательство отправлено узлам: два противоречащих блока на высоте {height} ({hash_a}… и {hash_b}…), общая доверенная высота {common}; валидаторы, подписавшие оба: {signers}.</translation>
    </message>
</context>
<context>
    <name>OnboardingView</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Придумайте парольную фразу</translation>
    </message>
    <message>
        <source>It unlocks this profile on this computer and encrypts everything in it. It cannot be recovered: if you forget it, restore your identity from the recovery phrase.</source>
        <translation>Она открывает этот профиль на этом компьютере и шифрует всё его содержимое. Восстановить её нельзя: если забудете, восстановите личность по фразе восстановления.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Повторите</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>{strength}. {advice}</source>
        <translation>{strength}. {advice}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Фразы не совпадают.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess; make it longer or less common.</source>
        <translation>Эту фразу слишком легко угадать; сделайте её длиннее или необычнее.</translation>
    </message>
</context>
<context>
    <name>PhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>Ваша фраза восстановления</translation>
    </message>
    <message>
        <source>Write these 24 words down on paper, in order, and keep them somewhere safe. They are the only way to restore your identity and your funds if this computer is lost. Never type them into a website.</source>
        <translation>Запишите эти 24 слова на бумаге по порядку и храните в надёжном месте. Только по ним можно восстановить вашу личность и средства, если этот компьютер пропадёт. Никогда не вводите их на сайтах.</translation>
    </message>
    <message>
        <source>I have written the 24 words down, in order</source>
        <translation>Я записал(а) 24 слова по порядку</translation>
    </message>
    <message>
        <source>I have written the words down</source>
        <translation>Я записал(а) слова</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>Публичный профиль</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Edit display name</source>
        <translation>Изменить отображаемое имя</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>О себе</translation>
    </message>
    <message>
        <source>portfolio or social links, separated by spaces</source>
        <translation>ссылки на портфолио или соцсети через пробел</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Publish profile</source>
        <translation>Опубликовать профиль</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Репутация</translation>
    </message>
    <message>
        <source>Reputation score</source>
        <translation>Оценка репутации</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Your skills</source>
        <translation>Ваши навыки</translation>
    </message>
    <message>
        <source>e.g. runway modelling, pattern cutting</source>
        <translation>например, подиум, лекала</translation>
    </message>
    <message>
        <source>Skill to claim</source>
        <translation>Навык для заявки</translation>
    </message>
    <message>
        <source>Claim skill</source>
        <translation>Заявить навык</translation>
    </message>
    <message>
        <source>Endorse someone else&apos;s skill</source>
        <translation>Подтвердить навык другого человека</translation>
    </message>
    <message>
        <source>exc1… address</source>
        <translation>адрес exc1…</translation>
    </message>
    <message>
        <source>Address to endorse</source>
        <translation>Адрес для подтверждения</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>навык</translation>
    </message>
    <message>
        <source>Skill to endorse</source>
        <translation>Навык для подтверждения</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>A node sent data that failed verification and was not shown: {reason}</source>
        <translation>Узел прислал данные, не прошедшие проверку; они не показаны: {reason}</translation>
    </message>
    <message>
        <source>Not published on the chain yet: publish it so others can find you.</source>
        <translation>Ещё не опубликован в цепочке: опубликуйте, чтобы вас могли найти.</translation>
    </message>
    <message>
        <source>✔ Verified by proof at height {height}</source>
        <translation>✔ Проверено доказательством на высоте {height}</translation>
    </message>
    <message>
        <source>No reputation yet: post work, get endorsed, complete orders.</source>
        <translation>Репутации пока нет: публикуйте работы, получайте подтверждения, выполняйте заказы.</translation>
    </message>
    <message>
        <source>Votes {votes} · endorsements {endorsements} · work {work} · ratings {ratings}</source>
        <translation>Голоса {votes} · подтверждения {endorsements} · работа {work} · оценки {ratings}</translation>
    </message>
    <message numerus="yes">
        <source>{skill} — %n endorsement(s), score {score} ✔</source>
        <translation>
            <numerusform>{skill} — %n подтверждение, оценка {score} ✔</numerusform>
            <numerusform>{skill} — %n подтверждения, оценка {score} ✔</numerusform>
            <numerusform>{skill} — %n подтверждений, оценка {score} ✔</numerusform>
        </translation>
    </message>
    <message>
        <source>No skills claimed yet.</source>
        <translation>Навыки пока не заявлены.</translation>
    </message>
    <message>
        <source>Sent; waiting for a block…</source>
        <translation>Отправлено; ждём блок…</translation>
    </message>
    <message>
        <source>Could not send it: {reason}</source>
        <translation>Не удалось отправить: {reason}</translation>
    </message>
    <message>
        <source>Refused by the chain: {reason}</source>
        <translation>Отклонено цепочкой: {reason}</translation>
    </message>
    <message>
        <source>Your profile needs a display name.</source>
        <translation>Профилю нужно отображаемое имя.</translation>
    </message>
    <message>
        <source>✔ Published and verified.</source>
        <translation>✔ Опубликовано и проверено.</translation>
    </message>
    <message>
        <source>✔ Skill “{skill}” claimed.</source>
        <translation>✔ Навык «{skill}» заявлен.</translation>
    </message>
    <message>
        <source>Name the skill to endorse.</source>
        <translation>Укажите навык для подтверждения.</translation>
    </message>
    <message>
        <source>✔ Endorsed “{skill}”.</source>
        <translation>✔ Навык «{skill}» подтверждён.</translation>
    </message>
</context>
<context>
    <name>ReputationChart</name>
    <message>
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <source>Reputation history chart</source>
        <translation>График истории репутации</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore your identity</source>
        <translation>Восстановите свою личность</translation>
    </message>
    <message>
        <source>Type or paste your 24-word recovery phrase, with spaces between the words.</source>
        <translation>Введите или вставьте фразу восстановления из 24 слов через пробел.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Фраза восстановления</translation>
    </message>
    <message>
        <source>word1 word2 word3 …</source>
        <translation>слово1 слово2 слово3 …</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <source>One node API address per line; the first is the primary, others witnesses</source>
        <translation>По одному API-адресу узла в строке; первый — основной, остальные — свидетели</translation>
    </message>
    <message>
        <source>Trust root</source>
        <translation>Корень доверия</translation>
    </message>
    <message>
        <source>Trust root (genesis hash)</source>
        <translation>Корень доверия (хеш генезиса)</translation>
    </message>
    <message>
        <source>Save nodes (used at next start)</source>
        <translation>Сохранить узлы (со следующего запуска)</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Оформление и язык</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Блокировать при бездействии</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Export the whole profile (identity, messages, contacts, settings) as one file protected by your passphrase. Keep it apart from this computer.</source>
        <translation>Экспортируйте весь профиль (личность, сообщения, контакты, настройки) в один файл, защищённый вашей парольной фразой. Храните его отдельно от этого компьютера.</translation>
    </message>
    <message>
        <source>Export backup…</source>
        <translation>Экспортировать копию…</translation>
    </message>
    <message>
        <source>Now using the embedded local devnet: {nodes}. Enter nodes above to join another network instead.</source>
        <translation>Сейчас используется встроенная локальная devnet: {nodes}. Укажите узлы выше, чтобы подключиться к другой сети.</translation>
    </message>
    <message>
        <source>Not a node address: {address} (expected host:port or http://host:port)</source>
        <translation>Это не адрес узла: {address} (ожидается хост:порт или http://хост:порт)</translation>
    </message>
    <message>
        <source>Saved. The app uses these nodes from its next start.</source>
        <translation>Сохранено. Приложение будет использовать эти узлы со следующего запуска.</translation>
    </message>
    <message>
        <source>The new passphrase is too easy to guess. {advice}</source>
        <translation>Новую фразу слишком легко угадать. {advice}</translation>
    </message>
    <message>
        <source>Re-encrypting your profile…</source>
        <translation>Профиль перешифровывается…</translation>
    </message>
    <message>
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>Текущая фраза неверна; ничего не изменено.</translation>
    </message>
    <message>
        <source>✔ Passphrase changed. Use the new one from now on.</source>
        <translation>✔ Парольная фраза изменена. Теперь используйте новую.</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Экспорт резервной копии</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Type your current passphrase in Security above; the backup uses it.</source>
        <translation>Введите текущую парольную фразу в разделе «Безопасность» выше: копия защищается ею.</translation>
    </message>
    <message>
        <source>✔ Backup written to {path}</source>
        <translation>✔ Копия записана в {path}</translation>
    </message>
    <message>
        <source>The language could not be saved ({reason}).</source>
        <translation>Не удалось сохранить язык ({reason}).</translation>
    </message>
    <message>
        <source>Saved. The new language is used from the next start of Etalonium.</source>
        <translation>Сохранено. Новый язык включится при следующем запуске Etalonium.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock your profile</source>
        <translation>Разблокируйте профиль</translation>
    </message>
    <message>
        <source>Profile “{name}” is locked.</source>
        <translation>Профиль «{name}» заблокирован.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Введите парольную фразу, чтобы разблокировать.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Парольная фраза неверна. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Etalonium</source>
        <translation>Добро пожаловать в Etalonium</translation>
    </message>
    <message>
        <source>Your identity on the ExtraChain network is a key that only you hold. Nobody can take your account or your data. Everything personal is kept encrypted on this computer.</source>
        <translation>Ваша личность в сети ExtraChain — это ключ, который есть только у вас. Никто не отнимет ваш аккаунт или данные. Всё личное хранится на этом компьютере в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Create a new identity</source>
        <translation>Создать новую личность</translation>
    </message>
    <message>
        <source>Restore from a recovery phrase</source>
        <translation>Восстановить по фразе восстановления</translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <source>Creating your profile</source>
        <translation>Создаём профиль</translation>
    </message>
    <message>
        <source>Deriving your keys and encrypting your profile…</source>
        <translation>Получаем ключи и шифруем профиль…</translation>
    </message>
</context>
<context>
    <name>onboarding</name>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Дизайнер</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Фотограф</translation>
    </message>
    <message>
        <source>Stylist</source>
        <translation>Стилист</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Продюсер</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <source>Choose a passphrase: it protects everything in this profile.</source>
        <translation>Придумайте парольную фразу: она защищает всё в этом профиле.</translation>
    </message>
    <message>
        <source>Good: this passphrase would take a long time to guess.</source>
        <translation>Хорошо: на подбор этой фразы уйдёт очень много времени.</translation>
    </message>
</context>
<context>
    <name>zxcvbn</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Используйте несколько слов, избегайте расхожих фраз.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Символы, цифры и заглавные буквы не обязательны.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Добавьте ещё слово-другое. Редкие слова лучше.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Ряды соседних клавиш легко угадать.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Короткие узоры на клавиатуре легко угадать.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Используйте более длинный узор на клавиатуре с большим числом поворотов.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Повторы вроде «aaa» легко угадать.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Повторы вроде «abcabcabc» угадать лишь немного труднее, чем «abc».</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Избегайте повторяющихся слов и символов.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Последовательности вроде «abc» или «6543» легко угадать.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Избегайте последовательностей.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Недавние годы легко угадать.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Избегайте недавних годов.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Избегайте годов, связанных с вами.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Даты часто легко угадать.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Избегайте дат и годов, связанных с вами.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Это один из 10 самых распространённых паролей.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Это один из 100 самых распространённых паролей.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Это очень распространённый пароль.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Это похоже на часто используемый пароль.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Одно слово легко угадать.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Имена и фамилии сами по себе легко угадать.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Распространённые имена и фамилии легко угадать.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Заглавные буквы мало помогают.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Всё заглавными угадать почти так же легко, как всё строчными.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Слова задом наперёд угадать ненамного труднее.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Предсказуемые замены вроде «@» вместо «a» мало помогают.</translation>
    </message>
</context>
</TS>
