<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActorProfileView</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Подписаться</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Репутация</translation>
    </message>
    <message>
        <source>Displayed reputation</source>
        <translation>Показанная репутация</translation>
    </message>
    <message>
        <source>Where the reputation came from</source>
        <translation>Откуда взялась репутация</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Значки</translation>
    </message>
    <message>
        <source>Skills, endorsed by others</source>
        <translation>Навыки, подтверждённые другими</translation>
    </message>
    <message>
        <source>Claim a skill: runway modelling, pattern cutting…</source>
        <translation>Заявите навык: показы на подиуме, конструирование лекал…</translation>
    </message>
    <message>
        <source>Skill to claim</source>
        <translation>Заявляемый навык</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Заявить</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Портфолио</translation>
    </message>
    <message>
        <source>Could not prove the latest figures: {reason}</source>
        <translation>Не удалось подтвердить последние данные: {reason}</translation>
    </message>
    <message>
        <source>Following ✔</source>
        <translation>Вы подписаны ✔</translation>
    </message>
    <message>
        <source>{points} points on the chain</source>
        <translation>баллы в цепочке: {points}</translation>
    </message>
    <message>
        <source>{badge} — minted at height {height}</source>
        <translation>{badge} — выпущен на высоте {height}</translation>
    </message>
    <message>
        <source>No badges yet: they are minted when a milestone is reached.</source>
        <translation>Значков пока нет: они выпускаются при достижении рубежа.</translation>
    </message>
    <message>
        <source>✔ Verified by proof against the chain</source>
        <translation>✔ Подтверждено доказательством по цепочке</translation>
    </message>
    <message>
        <source>{skill} — not proven yet</source>
        <translation>{skill} — ещё не подтверждено</translation>
    </message>
    <message numerus="yes">
        <source>%n endorsement(s)</source>
        <translation>
            <numerusform>%n подтверждение</numerusform>
            <numerusform>%n подтверждения</numerusform>
            <numerusform>%n подтверждений</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} points of trust</source>
        <translation>баллы доверия: {points}</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Endorse {skill}</source>
        <translation>Подтвердить навык «{skill}»</translation>
    </message>
    <message>
        <source>No skills claimed yet.</source>
        <translation>Навыки пока не заявлены.</translation>
    </message>
    <message>
        <source>weight {score}</source>
        <translation>вес {score}</translation>
    </message>
    <message>
        <source>Endorsing…</source>
        <translation>Подтверждение…</translation>
    </message>
    <message>
        <source>✔ You endorsed {name}&apos;s {skill}.</source>
        <translation>✔ Вы подтвердили навык «{skill}» у {name}.</translation>
    </message>
    <message>
        <source>Claiming…</source>
        <translation>Заявка…</translation>
    </message>
    <message>
        <source>✔ Skill “{skill}” claimed.</source>
        <translation>✔ Навык «{skill}» заявлен.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>✔ Following.</source>
        <translation>✔ Вы подписались.</translation>
    </message>
    <message>
        <source>✔ Unfollowed.</source>
        <translation>✔ Вы отписались.</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source> among {roles} in {region}</source>
        <translation> среди: {roles}, {region}</translation>
    </message>
    <message>
        <source> among {roles}</source>
        <translation> среди: {roles}</translation>
    </message>
    <message>
        <source> in {region}</source>
        <translation> в регионе {region}</translation>
    </message>
    <message>
        <source>There are not enough recent posts{who} yet to tell what is rising.</source>
        <translation>Пока слишком мало недавних публикаций{who}, чтобы сказать, что набирает популярность.</translation>
    </message>
    <message>
        <source>#{tag} is rising{who}: used {ratio} times as often in the last {days} days as before ({sure}).</source>
        <translation>#{tag} набирает популярность{who}: за последние {days} дн. встречается в {ratio} раза чаще, чем раньше ({sure}).</translation>
    </message>
    <message>
        <source>{colour} is a rising colour{who} ({ratio}, {sure}).</source>
        <translation>{colour} — цвет, набирающий популярность{who} ({ratio}, {sure}).</translation>
    </message>
    <message>
        <source>The {format} format is gaining ground{who} ({ratio}).</source>
        <translation>Формат «{format}» набирает популярность{who} ({ratio}).</translation>
    </message>
    <message>
        <source>The {style} palette style is gaining ground{who} ({ratio}).</source>
        <translation>Стиль палитры «{style}» набирает популярность{who} ({ratio}).</translation>
    </message>
    <message>
        <source>A cluster is emerging: {tags} appear together, and posts combining them are up {ratio}.</source>
        <translation>Складывается связка: {tags} появляются вместе, а публикаций с их сочетанием стало больше ({ratio}).</translation>
    </message>
    <message>
        <source>#{tag} is fading{who} ({ratio}); posts that lean on it may reach fewer people.</source>
        <translation>#{tag} теряет популярность{who} ({ratio}); публикации с упором на него могут охватить меньше людей.</translation>
    </message>
    <message>
        <source>This draft should get about {votes} net votes ({interval} range {low}–{high}) and change your reputation by about {reputation} ({reputation_low} to {reputation_high}).</source>
        <translation>Этот черновик должен получить около {votes} голосов в сумме (интервал {interval}: {low}–{high}) и изменить вашу репутацию примерно на {reputation} (от {reputation_low} до {reputation_high}).</translation>
    </message>
    <message>
        <source>what helps most is {what} ({votes} votes)</source>
        <translation>больше всего помогает {what} ({votes} голосов)</translation>
    </message>
    <message>
        <source>what holds it back is {what} ({votes})</source>
        <translation>сдерживает {what} ({votes})</translation>
    </message>
    <message>
        <source>Against a typical post of your role, {parts}.</source>
        <translation>По сравнению с типичной публикацией вашей роли: {parts}.</translation>
    </message>
    <message>
        <source>{change}: {reason}.</source>
        <translation>{change}: {reason}.</translation>
    </message>
    <message>
        <source>Your reputation is {reputation}, above {percentile} of {roles}; in four weeks you gained {growth}, more than {growth_percentile} of them (their median gain: {median}).</source>
        <translation>Ваша репутация — {reputation}, выше, чем у {percentile} (группа: {roles}); за четыре недели вы получили {growth}, больше, чем {growth_percentile} из них (их медианный рост: {median}).</translation>
    </message>
    <message>
        <source>An endorsement for &apos;{skill}&apos; is worth asking for{have}: endorsed {roles} get {lift}× the orders of the others, and {endorsed} of {total} have one.</source>
        <translation>Стоит попросить подтверждение навыка «{skill}»{have}: {roles} с подтверждением получают в {lift} раза больше заказов, чем остальные; оно есть у {endorsed} из {total}.</translation>
    </message>
    <message>
        <source>An endorsement for &apos;{skill}&apos; is worth asking for{have}: endorsed {roles} get {lift}× the votes per post of the others, and {endorsed} of {total} have one.</source>
        <translation>Стоит попросить подтверждение навыка «{skill}»{have}: {roles} с подтверждением получают в {lift} раза больше голосов на публикацию, чем остальные; оно есть у {endorsed} из {total}.</translation>
    </message>
    <message>
        <source> (you have {count})</source>
        <translation> (у вас: {count})</translation>
    </message>
    <message>
        <source>Your {kind} of {when} did {times}× your usual ({votes} votes vs {usual}); the model credits {why}.</source>
        <translation>Ваша публикация ({kind}) от {when} набрала в {times} раза больше обычного ({votes} голосов против {usual}); модель связывает это с: {why}.</translation>
    </message>
    <message>
        <source>Your {kind} of {when} did {times}× your usual ({votes} votes vs {usual}).</source>
        <translation>Ваша публикация ({kind}) от {when} набрала в {times} раза больше обычного ({votes} голосов против {usual}).</translation>
    </message>
    <message>
        <source>Your best hour to post is around {best} (about {best_votes} votes for your typical post, against {worst_votes} at {worst}).</source>
        <translation>Лучшее время для публикации — около {best} (примерно {best_votes} голосов за типичную публикацию против {worst_votes} в {worst}).</translation>
    </message>
    <message>
        <source>Demand for {category} is rising: orders per week are up {ratio} lately; about {orders} orders are expected next week ({low}–{high}).</source>
        <translation>Спрос на «{category}» растёт: заказов в неделю в последнее время больше ({ratio}); на следующей неделе ожидается около {orders} ({low}–{high}).</translation>
    </message>
    <message>
        <source>Demand for {category} is falling: {ratio}× the orders per week of before.</source>
        <translation>Спрос на «{category}» падает: {ratio}× от прежнего числа заказов в неделю.</translation>
    </message>
    <message>
        <source>Similar listings (same category, region and delivery time) sold for {low}–{high} ExC; about {typical} ExC is typical.</source>
        <translation>Похожие объявления (та же категория, регион и срок доставки) продавались за {low}–{high} ExC; типичная цена — около {typical} ExC.</translation>
    </message>
    <message>
        <source>{category} listings sold for {low}–{high} ExC; about {typical} ExC is typical.</source>
        <translation>Объявления в категории «{category}» продавались за {low}–{high} ExC; типичная цена — около {typical} ExC.</translation>
    </message>
    <message>
        <source>{price} Demand is rising ({ratio}), so the upper end is realistic.</source>
        <translation>{price} Спрос растёт ({ratio}), так что верхняя граница реалистична.</translation>
    </message>
    <message>
        <source>{day} {clock}</source>
        <translation>{day} {clock}</translation>
    </message>
    <message>
        <source>{what} is rising: ×{ratio} in the last {days} days ({sure})</source>
        <translation>{what} набирает популярность: ×{ratio} за последние {days} дн. ({sure})</translation>
    </message>
    <message>
        <source>{what} is fading: ×{ratio} in the last {days} days ({sure})</source>
        <translation>{what} теряет популярность: ×{ratio} за последние {days} дн. ({sure})</translation>
    </message>
    <message>
        <source>expected votes {before} → {after} (+{delta})</source>
        <translation>ожидаемые голоса {before} → {after} (+{delta})</translation>
    </message>
    <message>
        <source>lately its posts did {percent} better than usual</source>
        <translation>в последнее время публикации с ним были на {percent} успешнее обычного</translation>
    </message>
    <message>
        <source>lately its posts did {percent} worse than usual</source>
        <translation>в последнее время публикации с ним были на {percent} хуже обычного</translation>
    </message>
    <message>
        <source>add #{tag}</source>
        <translation>добавьте #{tag}</translation>
    </message>
    <message>
        <source>drop #{tag}</source>
        <translation>уберите #{tag}</translation>
    </message>
    <message>
        <source>the model expects posts by {roles} to do best around then</source>
        <translation>модель ожидает, что публикации (группа: {roles}) лучше всего заходят в это время</translation>
    </message>
    <message>
        <source>post on {when}</source>
        <translation>опубликуйте: {when}</translation>
    </message>
    <message>
        <source>{format} posts by {roles} do better than {other} ones</source>
        <translation>публикации в формате «{format}» (группа: {roles}) успешнее, чем в формате «{other}»</translation>
    </message>
    <message>
        <source>the {format} format</source>
        <translation>формат «{format}»</translation>
    </message>
    <message>
        <source>make it a {format}</source>
        <translation>сделайте в формате «{format}»</translation>
    </message>
    <message>
        <source>bring {colour} into the palette</source>
        <translation>добавьте {colour} в палитру</translation>
    </message>
    <message>
        <source>post without a caption</source>
        <translation>опубликуйте без подписи</translation>
    </message>
    <message>
        <source>write a caption of about {length} characters</source>
        <translation>напишите подпись примерно из {length} символов</translation>
    </message>
    <message>
        <source>captions of that length do better in the model</source>
        <translation>по модели подписи такой длины работают лучше</translation>
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
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>воскресенье</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>янв.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>февр.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>мар.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>апр.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>июн.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>июл.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>авг.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>сент.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>окт.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>нояб.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>дек.</translation>
    </message>
    <message>
        <source>models</source>
        <translation>модели</translation>
    </message>
    <message>
        <source>designers</source>
        <translation>дизайнеры</translation>
    </message>
    <message>
        <source>photographers</source>
        <translation>фотографы</translation>
    </message>
    <message>
        <source>stylists</source>
        <translation>стилисты</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>агентства</translation>
    </message>
    <message>
        <source>producers</source>
        <translation>продюсеры</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>lookbook</source>
        <translation>лукбук</translation>
    </message>
    <message>
        <source>casting</source>
        <translation>кастинг</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>портфолио</translation>
    </message>
    <message>
        <source>no media</source>
        <translation>без медиа</translation>
    </message>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>смешанный</translation>
    </message>
    <message>
        <source>its tags</source>
        <translation>его теги</translation>
    </message>
    <message>
        <source>its timing</source>
        <translation>время публикации</translation>
    </message>
    <message>
        <source>its format</source>
        <translation>его формат</translation>
    </message>
    <message>
        <source>its colours</source>
        <translation>его цвета</translation>
    </message>
    <message>
        <source>its caption</source>
        <translation>его подпись</translation>
    </message>
    <message>
        <source>your standing then</source>
        <translation>ваша тогдашняя репутация</translation>
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
        <translation>уверенность выше 99%</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>уверенность {percent}</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>New activity. Unlock to see it.</source>
        <extracomment>Live players muted by the lock, to be heard again after unlocking.</extracomment>
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
    <name>ArbiterDialog</name>
    <message>
        <source>Settle disputes as an arbiter</source>
        <translation>Разрешать споры в роли арбитра</translation>
    </message>
    <message>
        <source>Arbiters are drawn at random among members with a reputation of at least {minimum} (yours is {score}), weighted by their reputation in the order&apos;s category, and never for a party or someone following or followed by one. A ruling earns {percent}% of the escrow.</source>
        <translation>Арбитры выбираются случайно среди участников с репутацией не ниже {minimum} (у вас {score}) с учётом их репутации в категории заказа — и никогда для стороны спора или тех, кто на неё подписан или на кого подписана она. Решение приносит {percent}% суммы депонирования.</translation>
    </message>
    <message>
        <source>I am available to settle disputes</source>
        <translation>Я готов разрешать споры</translation>
    </message>
    <message>
        <source>Every category, or e.g. Dresses, Tailoring</source>
        <translation>Все категории или, например, Платья, Пошив</translation>
    </message>
    <message>
        <source>Categories you settle</source>
        <translation>Категории, в которых вы арбитр</translation>
    </message>
    <message>
        <source>Categories on the market now: </source>
        <translation>Категории на рынке сейчас: </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>You are not registered as an arbiter.</source>
        <translation>Вы не зарегистрированы как арбитр.</translation>
    </message>
    <message>
        <source>Choose at most 16 categories.</source>
        <translation>Выберите не более 16 категорий.</translation>
    </message>
</context>
<context>
    <name>AssistantCharts</name>
    <message>
        <source>Tags</source>
        <extracomment>Line colours of trend and demand series (distinct on light and dark backgrounds).</extracomment>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Your standing</source>
        <translation>Ваш статус</translation>
    </message>
    <message>
        <source>weeks from now</source>
        <translation>недели от сегодня</translation>
    </message>
    <message>
        <source>Trend lines: share of posts per week</source>
        <translation>Линии трендов: доля публикаций в неделю</translation>
    </message>
    <message>
        <source>% of posts</source>
        <translation>% публикаций</translation>
    </message>
    <message>
        <source>Market demand: orders per week with forecast</source>
        <translation>Рыночный спрос: заказы в неделю с прогнозом</translation>
    </message>
    <message>
        <source>orders per week</source>
        <translation>заказов в неделю</translation>
    </message>
    <message>
        <source>weeks from now (dashed: forecast, shaded: 80% range)</source>
        <translation>недели от сегодня (пунктир: прогноз, заливка: интервал 80%)</translation>
    </message>
    <message>
        <source>Your reputation against peers of your role</source>
        <translation>Ваша репутация по сравнению с коллегами вашей роли</translation>
    </message>
    <message>
        <source>reputation</source>
        <translation>репутация</translation>
    </message>
    <message>
        <source>middle half of peers</source>
        <translation>средняя половина коллег</translation>
    </message>
    <message>
        <source>peers&apos; median</source>
        <translation>медиана коллег</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
</context>
<context>
    <name>AssistantPage</name>
    <message>
        <source>“%1” is not a colour: write it as #RRGGBB</source>
        <translation>«%1» — не цвет: запишите его как #RRGGBB</translation>
    </message>
    <message>
        <source>%1: nothing to show yet</source>
        <translation>%1: пока нечего показать</translation>
    </message>
    <message>
        <source>Assistant views</source>
        <translation>Разделы ассистента</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Тренды</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Бренд</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>Learn now</source>
        <translation>Обучить сейчас</translation>
    </message>
    <message>
        <source>Train the models on everything read so far (in the background)</source>
        <translation>Обучить модели на всём прочитанном (в фоне)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel learning</source>
        <translation>Отменить обучение</translation>
    </message>
    <message>
        <source>It learns on this computer only, from chain data the light client has verified and from your drafts; nothing it learns leaves your encrypted profile.</source>
        <translation>Он учится только на этом компьютере — на данных цепочки, проверенных лёгким клиентом, и на ваших черновиках; ничто из изученного не покидает ваш зашифрованный профиль.</translation>
    </message>
    <message>
        <source>Assistant status</source>
        <translation>Состояние ассистента</translation>
    </message>
    <message>
        <source>Learning progress</source>
        <translation>Ход обучения</translation>
    </message>
    <message>
        <source>Assistant message</source>
        <translation>Сообщение ассистента</translation>
    </message>
    <message>
        <source>What the assistant says</source>
        <translation>Что говорит ассистент</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Советы</translation>
    </message>
    <message>
        <source>Rising colours</source>
        <translation>Набирающие цвета</translation>
    </message>
    <message>
        <source>Rising tags</source>
        <translation>Набирающие теги</translation>
    </message>
    <message>
        <source>Rising now</source>
        <translation>Набирает сейчас</translation>
    </message>
    <message>
        <source>Among</source>
        <translation>Среди</translation>
    </message>
    <message>
        <source>Whose posts</source>
        <translation>Чьи публикации</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>всех</translation>
    </message>
    <message>
        <source>Share of posts per week</source>
        <translation>Доля публикаций в неделю</translation>
    </message>
    <message>
        <source>Fading colours</source>
        <translation>Угасающие цвета</translation>
    </message>
    <message>
        <source>Emerging clusters</source>
        <translation>Новые сочетания</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>Набирает</translation>
    </message>
    <message>
        <source>Rising items</source>
        <translation>Набирающие элементы</translation>
    </message>
    <message>
        <source>Fading</source>
        <translation>Угасает</translation>
    </message>
    <message>
        <source>Fading items</source>
        <translation>Угасающие элементы</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Recent posts</source>
        <translation>Недавние публикации</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Ваш черновик</translation>
    </message>
    <message>
        <source>e.g. linen, tailoring, ss26</source>
        <translation>например, лён, пошив, ss26</translation>
    </message>
    <message>
        <source>Draft tags</source>
        <translation>Теги черновика</translation>
    </message>
    <message>
        <source>The caption you plan to write</source>
        <translation>Подпись, которую вы планируете написать</translation>
    </message>
    <message>
        <source>Draft caption</source>
        <translation>Подпись черновика</translation>
    </message>
    <message>
        <source>Draft format</source>
        <translation>Формат черновика</translation>
    </message>
    <message>
        <source>dominant colours, e.g. #c4c8ce #0f7c80</source>
        <translation>основные цвета, например #c4c8ce #0f7c80</translation>
    </message>
    <message>
        <source>Draft palette</source>
        <translation>Палитра черновика</translation>
    </message>
    <message>
        <source>Add colour…</source>
        <translation>Добавить цвет…</translation>
    </message>
    <message>
        <source>Planned day</source>
        <translation>Запланированный день</translation>
    </message>
    <message>
        <source>Planned hour</source>
        <translation>Запланированный час</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Палитра</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Запланировано на</translation>
    </message>
    <message>
        <source>Check draft</source>
        <translation>Проверить черновик</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Чего ожидать</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Net votes within three days (80% range)</source>
        <translation>Чистые голоса за три дня (интервал 80%)</translation>
    </message>
    <message>
        <source>Expected net votes</source>
        <translation>Ожидаемые чистые голоса</translation>
    </message>
    <message>
        <source>net votes</source>
        <translation>чистых голосов</translation>
    </message>
    <message>
        <source>Change of your reputation (80% range)</source>
        <translation>Изменение вашей репутации (интервал 80%)</translation>
    </message>
    <message>
        <source>Expected reputation change</source>
        <translation>Ожидаемое изменение репутации</translation>
    </message>
    <message>
        <source>points</source>
        <translation>баллов</translation>
    </message>
    <message>
        <source>Why: against a typical post of your role</source>
        <translation>Почему: по сравнению с типичной публикацией вашей роли</translation>
    </message>
    <message>
        <source>Changes that would help</source>
        <translation>Что поможет</translation>
    </message>
    <message>
        <source>Draft advice</source>
        <translation>Советы по черновику</translation>
    </message>
    <message>
        <source>Your reputation against your peers</source>
        <translation>Ваша репутация по сравнению с коллегами</translation>
    </message>
    <message>
        <source>Brand summary</source>
        <translation>Сводка по бренду</translation>
    </message>
    <message>
        <source>Skills worth getting endorsed</source>
        <translation>Навыки, которые стоит подтвердить</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Навык</translation>
    </message>
    <message>
        <source>Endorsed peers</source>
        <translation>Коллеги с подтверждением</translation>
    </message>
    <message>
        <source>Their outcome</source>
        <translation>Их результат</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Skills worth endorsing</source>
        <translation>Навыки для подтверждения</translation>
    </message>
    <message>
        <source>An association among your peers, not a promise: endorsed peers did this much better than the others.</source>
        <translation>Связь среди ваших коллег, а не обещание: коллеги с подтверждением справились настолько лучше остальных.</translation>
    </message>
    <message>
        <source>What worked for you</source>
        <translation>Что сработало у вас</translation>
    </message>
    <message>
        <source>Your best posts</source>
        <translation>Ваши лучшие публикации</translation>
    </message>
    <message>
        <source>Your best hours</source>
        <translation>Ваши лучшие часы</translation>
    </message>
    <message>
        <source>Demand per category</source>
        <translation>Спрос по категориям</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <source>Median price</source>
        <translation>Медианная цена</translation>
    </message>
    <message>
        <source>Price for a new listing</source>
        <translation>Цена для нового объявления</translation>
    </message>
    <message>
        <source>Listing category</source>
        <translation>Категория объявления</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>Товары или услуги</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Listing region</source>
        <translation>Регион объявления</translation>
    </message>
    <message>
        <source>e.g. Paris</source>
        <translation>например, Париж</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Срок доставки</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Suggest a price</source>
        <translation>Предложить цену</translation>
    </message>
    <message>
        <source>Price suggestion</source>
        <translation>Рекомендуемая цена</translation>
    </message>
    <message>
        <source>Your brand report compares your reputation with other people of your role. It appears after the first training, once you and your peers have posts or endorsements on the chain.</source>
        <translation>Отчёт о бренде сравнивает вашу репутацию с другими людьми вашей роли. Он появится после первого обучения, когда у вас и ваших коллег будут публикации или подтверждения в цепочке.</translation>
    </message>
    <message>
        <source>No orders seen yet: demand per category and price suggestions appear once orders are placed on the marketplace and the assistant has learned from them.</source>
        <translation>Заказов пока нет: спрос по категориям и рекомендации цен появятся, когда на рынке будут размещены заказы и ассистент на них обучится.</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <source>lookbook</source>
        <translation>лукбук</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>портфолио</translation>
    </message>
    <message>
        <source>casting</source>
        <translation>кастинг</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>Not enough verified posts yet to say what is rising: %1 of the %2 from the last %3 that trends need (and %2 from the weeks before). The assistant keeps reading new blocks and learns by itself.</source>
        <translation>Пока недостаточно проверенных публикаций, чтобы понять, что набирает популярность: %1 из %2 за период «%3», нужных для трендов (и %2 за предыдущие недели). Ассистент продолжает читать новые блоки и учится сам.</translation>
    </message>
    <message>
        <source>On the demo devnet the weeks are simulated: they pass in minutes.</source>
        <translation>В демо-сети недели моделируются: они проходят за минуты.</translation>
    </message>
    <message>
        <source>The assistant is getting ready. Its advice appears here as soon as it has read enough verified posts.</source>
        <translation>Ассистент готовится. Его советы появятся здесь, как только он прочтёт достаточно проверенных публикаций.</translation>
    </message>
    <message>
        <source>Rising tags and colours appear here.</source>
        <translation>Здесь появятся набирающие теги и цвета.</translation>
    </message>
    <message>
        <source>No trends yet: the assistant needs about 150 posts from the last three weeks and 150 from the nine weeks before. It keeps reading verified blocks by itself.</source>
        <translation>Трендов пока нет: ассистенту нужно около 150 публикаций за последние три недели и 150 за девять недель до них. Он продолжает сам читать проверенные блоки.</translation>
    </message>
    <message>
        <source>Loading the assistant&apos;s models and statistics…</source>
        <translation>Загружаем модели и статистику ассистента…</translation>
    </message>
    <message>
        <source>Learning now… the outlook for your draft appears when it is done.</source>
        <translation>Идёт обучение… прогноз для черновика появится, когда оно закончится.</translation>
    </message>
    <message>
        <source>Advice for a draft needs a trained model. The assistant learns by itself once about %1 posts have had three days of votes; you can also press Learn now.</source>
        <translation>Для советов по черновику нужна обученная модель. Ассистент учится сам, когда около %1 публикаций наберут голоса за три дня; можно также нажать «Обучить сейчас».</translation>
    </message>
    <message>
        <source>Write the tags, caption, format, colours and time you have in mind, then press Check draft: the assistant predicts the votes and reputation it will likely earn and suggests changes.</source>
        <translation>Укажите задуманные теги, подпись, формат, цвета и время, затем нажмите «Проверить черновик»: ассистент предскажет вероятные голоса и репутацию и предложит изменения.</translation>
    </message>
    <message>
        <source>Last %1 (%2) against the %3 before (%4).</source>
        <translation>Последние %1 (%2) против предыдущих %3 (%4).</translation>
    </message>
    <message>
        <source>Not enough posts yet to tell what is rising among %1: %2 in the last %3 and %4 in the %5 before; it needs %6 in each. It keeps reading verified blocks by itself.</source>
        <translation>Пока недостаточно публикаций, чтобы понять, что набирает популярность среди: %1. За последние %3 — %2, за предыдущие %5 — %4; нужно по %6 в каждом периоде. Ассистент продолжает сам читать проверенные блоки.</translation>
    </message>
    <message>
        <source>%1: %2 recent and %3 earlier posts</source>
        <translation>%1: недавних публикаций — %2, прежних — %3</translation>
    </message>
    <message>
        <source>Nothing significant</source>
        <translation>Ничего значимого</translation>
    </message>
    <message>
        <source>%1: posts combining them ×%2</source>
        <translation>%1: публикации с этим сочетанием ×%2</translation>
    </message>
    <message>
        <source>No cluster of tags is emerging.</source>
        <translation>Новых сочетаний тегов не появляется.</translation>
    </message>
    <message>
        <source>Rising tags and colours appear here once there are enough recent posts (%1 of %2 so far).</source>
        <translation>Набирающие теги и цвета появятся здесь, когда наберётся достаточно недавних публикаций (пока %1 из %2).</translation>
    </message>
    <message>
        <source>No tag is rising significantly.</source>
        <translation>Ни один тег заметно не набирает популярность.</translation>
    </message>
    <message>
        <source>Nothing to say yet: the assistant keeps reading verified blocks.</source>
        <translation>Пока сказать нечего: ассистент продолжает читать проверенные блоки.</translation>
    </message>
    <message>
        <source>Advice on %1</source>
        <translation>Советы: %1</translation>
    </message>
    <message>
        <source>Your reputation is %1: above %2% of %3 %4. Over four weeks you gained %5, more than %6% of them (their median gain: %7).</source>
        <translation>Ваша репутация — %1: выше, чем у %2% из %3 %4. За четыре недели вы получили %5 — больше, чем %6% из них (их медианный прирост: %7).</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>заказов</translation>
    </message>
    <message>
        <source>votes per post</source>
        <translation>голосов на публикацию</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>заявлен</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>No endorsed skills among your peers yet</source>
        <translation>У ваших коллег пока нет подтверждённых навыков</translation>
    </message>
    <message>
        <source>• Your %1 %2: %3 against your usual %4</source>
        <translation>• Публикация (%1) %2: %3 при обычных %4</translation>
    </message>
    <message>
        <source>(the model credits %1)</source>
        <translation>(модель объясняет это так: %1)</translation>
    </message>
    <message>
        <source>None of your posts has clearly beaten your usual yet.</source>
        <translation>Ни одна ваша публикация пока явно не превзошла обычный уровень.</translation>
    </message>
    <message>
        <source>Best: %1.  Weakest: %2.</source>
        <translation>Лучшие: %1.  Слабейшие: %2.</translation>
    </message>
    <message>
        <source>Not known yet.</source>
        <translation>Пока неизвестно.</translation>
    </message>
    <message>
        <source>rising ↑</source>
        <translation>растёт ↑</translation>
    </message>
    <message>
        <source>falling ↓</source>
        <translation>падает ↓</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>стабильно</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Times follow the demo community&apos;s simulated calendar (weeks pass in minutes of blocks).</source>
        <translation>Время идёт по моделируемому календарю демо-сообщества (недели проходят за минуты блоков).</translation>
    </message>
    <message>
        <source>Add a colour to the palette</source>
        <translation>Добавить цвет в палитру</translation>
    </message>
    <message>
        <source>Give the draft at least a tag or a caption.</source>
        <translation>Добавьте к черновику хотя бы тег или подпись.</translation>
    </message>
    <message>
        <source>About %1 net votes (likely %2–%3) and %4 reputation (%5 to %6).</source>
        <translation>Около %1 чистых голосов (вероятно, %2–%3) и %4 к репутации (от %5 до %6).</translation>
    </message>
    <message>
        <source>No single change would clearly help: this draft is in good shape.</source>
        <translation>Ни одно отдельное изменение явно не поможет: черновик в хорошей форме.</translation>
    </message>
    <message>
        <source>(+%1 votes)</source>
        <translation>(голоса: +%1)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Применить: %1</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Выберите или введите категорию.</translation>
    </message>
    <message>
        <source>Nothing comparable to “%1” has been listed or sold yet.</source>
        <translation>Ничего похожего на «%1» ещё не выставлялось и не продавалось.</translation>
    </message>
    <message>
        <source>Similar listings</source>
        <translation>Похожие объявления</translation>
    </message>
    <message>
        <source>Listings in “%1”</source>
        <translation>Объявления в категории «%1»</translation>
    </message>
    <message>
        <source>%1 sold for %2–%3 ExC; about %4 ExC is typical (%5).</source>
        <translation>%1: продано за %2–%3 ExC; типичная цена — около %4 ExC (%5).</translation>
    </message>
    <message>
        <source>Demand is rising (×%1), so the upper end is realistic.</source>
        <translation>Спрос растёт (×%1), поэтому верхняя граница реалистична.</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>ещё не обучен</translation>
    </message>
    <message>
        <source>Times follow the demo community&apos;s simulated weeks.</source>
        <translation>Время идёт по моделируемым неделям демо-сообщества.</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>остановка</translation>
    </message>
    <message>
        <source>Learning from %1: %2 (%3%).</source>
        <translation>Обучение на выборке (%1): %2 (%3%).</translation>
    </message>
    <message>
        <source>Opening what the assistant learned before…</source>
        <translation>Открываем то, чему ассистент научился раньше…</translation>
    </message>
    <message>
        <source>Offline: it keeps its %1 and reads new blocks when the network is back.</source>
        <translation>Нет сети: ассистент сохраняет свои данные (%1) и прочтёт новые блоки, когда сеть вернётся.</translation>
    </message>
    <message>
        <source>Reading verified blocks: %1 of %2 · %3 so far · %4.</source>
        <translation>Чтение проверенных блоков: %1 из %2 · пока %3 · %4.</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Локальные данные</translation>
    </message>
    <message>
        <source>Read up to verified height %1 of %2 (the rest waits for the demo community&apos;s calendar) · %3 · %4.</source>
        <translation>Прочитано до проверенной высоты %1 из %2 (остальное ждёт календаря демо-сообщества) · %3 · %4.</translation>
    </message>
    <message>
        <source>Up to date with verified height %1 · %2 · %3.</source>
        <translation>Актуально на проверенной высоте %1 · %2 · %3.</translation>
    </message>
</context>
<context>
    <name>AssistantService</name>
    <message>
        <source>Learning was cancelled; what was learned before is kept.</source>
        <extracomment>How far back a new profile reads (blocks). The demo devnet&apos;s whole history fits; on a busy real network this is hours, not the months trends compare (see docs/ASSISTANT.md, &quot;Limits&quot;). Blocks fetched together (concurrently), then proven and ingested in height order. Ingestion work per turn of the loop before it yields to Qt. Retrain by itself once the posts grew by this share since the last training, at most this often. How often the loop looks again without a new header (the demo calendar may have moved on). The stored state&apos;s format; anything else is rebuilt from the chain. &quot;starting&quot;, &quot;loading&quot;, &quot;reading&quot;, &quot;following&quot;, &quot;offline&quot; or &quot;local&quot; (no chain to read). Posts the installed models learned from (0: not trained yet). A sentence about the last training, cancel or problem (&quot;&quot; when there is nothing to say), and its tone: &quot;done&quot;, &quot;warning&quot; or &quot;error&quot;. Where the data comes from when it is not the chain (sample data), shown with the status. Trains in a worker process (the process-wide one unless given); the thread packs its snapshots. Bumped by `forget`: a training started before it must not install its result afterwards.</extracomment>
        <translation>Обучение отменено; всё, что было изучено раньше, сохранено.</translation>
    </message>
    <message>
        <source>Learning stopped unexpectedly; it will retry.</source>
        <translation>Обучение неожиданно прервалось; попытка будет повторена.</translation>
    </message>
    <message>
        <source>Learning failed ({error}); it will retry.</source>
        <translation>Обучение не удалось ({error}); попытка будет повторена.</translation>
    </message>
    <message>
        <source>Learned from {count} posts.</source>
        <translation>Обучение завершено; публикаций: {count}.</translation>
    </message>
    <message>
        <source>The stored assistant data could not be read; it is being rebuilt from the chain.</source>
        <translation>Не удалось прочитать сохранённые данные ассистента; они восстанавливаются из цепочки.</translation>
    </message>
    <message>
        <source>The saved models are from another version; it learns again.</source>
        <translation>Сохранённые модели от другой версии; обучение начнётся заново.</translation>
    </message>
    <message>
        <source>Not enough to learn from yet: only {have} posts have a final outcome; the assistant needs {need}. It tries again as more blocks arrive.</source>
        <translation>Пока недостаточно данных для обучения: окончательный результат есть лишь у {have} публикаций, а ассистенту нужно {need}. Новая попытка будет по мере поступления блоков.</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Attachments to send</source>
        <translation>Вложения для отправки</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s)…</source>
        <translation>
            <numerusform>Подготовка %n файла…</numerusform>
            <numerusform>Подготовка %n файлов…</numerusform>
            <numerusform>Подготовка %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>Товары или услуги</translation>
    </message>
    <message>
        <source>Goods and services</source>
        <translation>Товары и услуги</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>min</source>
        <translation>от</translation>
    </message>
    <message>
        <source>Minimum price in ExC</source>
        <translation>Минимальная цена в ExC</translation>
    </message>
    <message>
        <source>max</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Maximum price in ExC</source>
        <translation>Максимальная цена в ExC</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любая</translation>
    </message>
    <message>
        <source>Minimum seller reputation</source>
        <translation>Минимальная репутация продавца</translation>
    </message>
    <message>
        <source>Minimum rating</source>
        <translation>Минимальная оценка</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Любая оценка</translation>
    </message>
    <message>
        <source>★ {stars} and up</source>
        <translation>★ {stars} и выше</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Price (ExC)</source>
        <translation>Цена (ExC)</translation>
    </message>
    <message>
        <source>Seller reputation at least</source>
        <translation>Репутация продавца не ниже</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Every listing shown was proven against a verified block header.</source>
        <translation>Каждое показанное объявление подтверждено по проверенному заголовку блока.</translation>
    </message>
    <message>
        <source>Search listings: silk dress, lookbook shoot, pattern cutting…</source>
        <translation>Поиск объявлений: шёлковое платье, съёмка лукбука, конструирование лекал…</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Поиск объявлений</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>{total} listings · searched {indexed} proven listings in {ms} ms</source>
        <translation>Объявлений: {total} · просмотрено {indexed} подтверждённых за {ms} мс</translation>
    </message>
    <message>
        <source>No listings proven yet. They appear here as the chain is read — or publish the first one.</source>
        <translation>Подтверждённых объявлений пока нет. Они появятся здесь по мере чтения цепочки — или опубликуйте первое.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words or wider filters.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов или более широкие фильтры.</translation>
    </message>
</context>
<context>
    <name>ChatDelegate</name>
    <message>
        <source>This message was deleted</source>
        <extracomment>The width the text document was laid out at (it is cached under it).</extracomment>
        <translation>Это сообщение удалено</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <source>Message deleted</source>
        <extracomment>The most messages loaded at once; scrolling further drops rows at the far end. Start loading older messages when the view is this close (in pixels) to the top. Where the next older page starts (None: the first message is loaded). Where the next newer page starts (None: the newest message is loaded, new ones are appended).</extracomment>
        <translation>Сообщение удалено</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>сообщение удалено</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Verify contact</source>
        <translation>Проверить контакт</translation>
    </message>
    <message>
        <source>Group info</source>
        <translation>О группе</translation>
    </message>
    <message>
        <source>Group members and settings</source>
        <translation>Участники и настройки группы</translation>
    </message>
    <message>
        <source>Conversation options</source>
        <translation>Параметры беседы</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Report and block</source>
        <translation>Пожаловаться и заблокировать</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Пожаловаться</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Отменить ответ</translation>
    </message>
    <message>
        <source>Attach photos, videos or files</source>
        <translation>Прикрепить фото, видео или файлы</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Нет беседы</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Ещё не проверен</translation>
    </message>
    <message>
        <source>End-to-end encrypted</source>
        <translation>Сквозное шифрование</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>%1&apos;s security keys changed. Verify them again before you share anything sensitive.</source>
        <translation>Ключи безопасности %1 изменились. Проверьте их снова, прежде чем делиться чем-то важным.</translation>
    </message>
    <message>
        <source>%1 is not in your chats yet. Accept to reply; until then they will not see that you read it.</source>
        <translation>%1 ещё нет в ваших чатах. Примите запрос, чтобы ответить; до тех пор собеседник не увидит, что вы прочитали.</translation>
    </message>
    <message>
        <source>You are no longer a member of this group.</source>
        <translation>Вы больше не участник этой группы.</translation>
    </message>
    <message>
        <source>You blocked this contact. Unblock them to write.</source>
        <translation>Вы заблокировали этот контакт. Разблокируйте его, чтобы написать.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Ответ для %1: %2</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>Редактирование сообщения</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete for everyone</source>
        <translation>Удалить у всех</translation>
    </message>
    <message>
        <source>Save %1…</source>
        <translation>Сохранить %1…</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Lookbook</source>
        <translation>Лукбук</translation>
    </message>
    <message>
        <source>Portfolio piece</source>
        <translation>Работа из портфолио</translation>
    </message>
    <message>
        <source>Casting call</source>
        <translation>Кастинг</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Новая публикация</translation>
    </message>
    <message>
        <source>What did you make? Credit the team, say where it was shot…</source>
        <translation>Что вы создали? Отметьте команду, укажите, где проходила съёмка…</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Текст публикации</translation>
    </message>
    <message>
        <source>Kind of post</source>
        <translation>Тип публикации</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date (events, castings)</source>
        <translation>Дата (события, кастинги)</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Photos are stripped of location and camera data, resized and stored on the nodes&apos; blob store.</source>
        <translation>Из фото удаляются данные о месте и камере; они уменьшаются и сохраняются в хранилище блобов узлов.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Выберите фото</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message numerus="yes">
        <source>A post holds at most %n photos.</source>
        <translation>
            <numerusform>В публикации может быть не больше %n фото.</numerusform>
            <numerusform>В публикации может быть не больше %n фото.</numerusform>
            <numerusform>В публикации может быть не больше %n фото.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write something or add a photo.</source>
        <translation>Напишите что-нибудь или добавьте фото.</translation>
    </message>
    <message>
        <source>✔ Posted and verified.</source>
        <translation>✔ Опубликовано и подтверждено.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Write a message… (*bold*, _italic_, `code`)</source>
        <translation>Напишите сообщение… (*жирный*, _курсив_, `код`)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
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
    <name>ConversationDelegate</name>
    <message>
        <source>Group created</source>
        <translation>Группа создана</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Сообщений пока нет</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Search messages</source>
        <translation>Поиск по сообщениям</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Создать группу</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Message requests</source>
        <translation>Запросы на переписку</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n непрочитанное</numerusform>
            <numerusform>, %n непрочитанных</numerusform>
            <numerusform>, %n непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaoPage</name>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Rule change</source>
        <translation>Изменение правил</translation>
    </message>
    <message>
        <source>Validator change</source>
        <translation>Изменение валидаторов</translation>
    </message>
    <message>
        <source>Spending from the fund</source>
        <translation>Расход из фонда</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>How a ballot&apos;s choice is named in sentences.</extracomment>
        <translation>за</translation>
    </message>
    <message>
        <source>no</source>
        <translation>против</translation>
    </message>
    <message>
        <source>abstain</source>
        <translation>воздержался</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>За</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <source>Set {parameter} from {current} to {value}.</source>
        <translation>Изменить {parameter} с {current} на {value}.</translation>
    </message>
    <message>
        <source>Remove the validator {key}</source>
        <translation>Удалить валидатора {key}</translation>
    </message>
    <message>
        <source>Give voting power {power} to the validator {key}</source>
        <translation>Дать валидатору {key} вес голоса {power}</translation>
    </message>
    <message>
        <source>Pay {amount} from the community fund to {address}.</source>
        <translation>Выплатить {amount} из фонда сообщества на {address}.</translation>
    </message>
    <message>
        <source>A statement of the community; nothing is executed.</source>
        <translation>Заявление сообщества; ничего не исполняется.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Сообщество</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Новое предложение</translation>
    </message>
    <message>
        <source>The community&apos;s rules, validators and fund are decided here: votes weigh by reputation, and a proposal that reaches quorum and passes the threshold is carried out by the chain itself.</source>
        <translation>Здесь решаются правила, валидаторы и фонд сообщества: вес голоса зависит от репутации, а предложение, набравшее кворум и прошедшее порог, исполняет сама цепочка.</translation>
    </message>
    <message>
        <source>Community fund</source>
        <translation>Фонд сообщества</translation>
    </message>
    <message>
        <source>Fees and storage payments; spent only by proposals.</source>
        <translation>Комиссии и оплата хранения; расходуется только по предложениям.</translation>
    </message>
    <message>
        <source>Reward pool</source>
        <translation>Фонд наград</translation>
    </message>
    <message>
        <source>Promotions pay in; each epoch pays authors and curators.</source>
        <translation>Пополняется продвижением; каждая эпоха платит авторам и кураторам.</translation>
    </message>
    <message>
        <source>Your voting weight</source>
        <translation>Ваш вес голоса</translation>
    </message>
    <message>
        <source>Your reputation score.</source>
        <translation>Ваш балл репутации.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Choose a proposal</source>
        <translation>Выберите предложение</translation>
    </message>
    <message>
        <source>{choice} votes</source>
        <translation>Голоса: {choice}</translation>
    </message>
    <message>
        <source>Vote yes</source>
        <translation>Голосовать за</translation>
    </message>
    <message>
        <source>Vote no</source>
        <translation>Голосовать против</translation>
    </message>
    <message>
        <source>Abstain</source>
        <comment>a button: cast an abstention</comment>
        <translation>Воздержаться</translation>
    </message>
    <message>
        <source>{percent}% to authors, the rest to curators</source>
        <translation>{percent}% авторам, остальное кураторам</translation>
    </message>
    <message>
        <source>Epoch {epoch}: paid {authors} to authors and {curators} to curators ({split}).</source>
        <translation>Эпоха {epoch}: выплачено {authors} авторам и {curators} кураторам ({split}).</translation>
    </message>
    <message>
        <source>Epoch {epoch}: waiting for posts a whole epoch old to judge ({split}).</source>
        <translation>Эпоха {epoch}: ждём публикаций возрастом в целую эпоху для оценки ({split}).</translation>
    </message>
    <message>
        <source>quorum {quorum}% · pass &gt; {threshold}%</source>
        <translation>кворум {quorum}% · принятие &gt; {threshold}%</translation>
    </message>
    <message numerus="yes">
        <source>Voting lasts %n block(s); proposing needs a reputation of {reputation}.</source>
        <translation>
            <numerusform>Голосование длится %n блок; для предложения нужна репутация {reputation}.</numerusform>
            <numerusform>Голосование длится %n блока; для предложения нужна репутация {reputation}.</numerusform>
            <numerusform>Голосование длится %n блоков; для предложения нужна репутация {reputation}.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes {yes} · no {no}</source>
        <translation>за {yes} · против {no}</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n голосующий</numerusform>
            <numerusform>%n голосующих</numerusform>
            <numerusform>%n голосующих</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposals yet. Anyone with reputation can make one.</source>
        <translation>Предложений пока нет. Любой, у кого есть репутация, может его внести.</translation>
    </message>
    <message>
        <source>{kind} · {status} · by {name} at height {height}</source>
        <translation>{kind} · {status} · от {name} на высоте {height}</translation>
    </message>
    <message numerus="yes">
        <source>Quorum: {voted} of {needed} reputation voted · yes {share}% (needs more than {threshold}%) · voting ends at height {end} (about %n block(s)).</source>
        <translation>
            <numerusform>Кворум: проголосовало {voted} из {needed} репутации · за {share}% (нужно больше {threshold}%) · голосование закончится на высоте {end} (примерно через %n блок).</numerusform>
            <numerusform>Кворум: проголосовало {voted} из {needed} репутации · за {share}% (нужно больше {threshold}%) · голосование закончится на высоте {end} (примерно через %n блока).</numerusform>
            <numerusform>Кворум: проголосовало {voted} из {needed} репутации · за {share}% (нужно больше {threshold}%) · голосование закончится на высоте {end} (примерно через %n блоков).</numerusform>
        </translation>
    </message>
    <message>
        <source>carried out by the chain</source>
        <translation>исполнено цепочкой</translation>
    </message>
    <message>
        <source>Tallied at height {height}: {outcome}</source>
        <translation>Подсчитано на высоте {height}: {outcome}</translation>
    </message>
    <message>
        <source>You voted {choice} with a weight of {weight}.</source>
        <translation>Вы проголосовали «{choice}» с весом {weight}.</translation>
    </message>
    <message>
        <source>Voting has ended.</source>
        <translation>Голосование завершено.</translation>
    </message>
    <message>
        <source>Voting needs a reputation above zero: post, get endorsed, complete orders.</source>
        <translation>Для голосования нужна репутация выше нуля: публикуйте, получайте подтверждения, выполняйте заказы.</translation>
    </message>
    <message>
        <source>You can vote with a weight of {weight}.</source>
        <translation>Вы можете голосовать с весом {weight}.</translation>
    </message>
    <message>
        <source>✔ Tallies verified by proof at height {height}</source>
        <translation>✔ Подсчёт подтверждён доказательством на высоте {height}</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Голосование…</translation>
    </message>
    <message>
        <source>✔ You voted {choice}; the tally is proven.</source>
        <translation>✔ Вы проголосовали «{choice}»; подсчёт подтверждён.</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>Mark delivered</source>
        <translation>Отметить доставку</translation>
    </message>
    <message>
        <source>Tracking number, handover, link to the photos…</source>
        <translation>Трек-номер, передача из рук в руки, ссылка на фото…</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Примечание к доставке</translation>
    </message>
    <message>
        <source>No proof attached</source>
        <translation>Доказательство не приложено</translation>
    </message>
    <message>
        <source>Attach a photo or file…</source>
        <translation>Приложить фото или файл…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <source>The proof goes to the blob store and its id onto the chain, where the buyer and, in a dispute, the arbiter can check it.</source>
        <translation>Доказательство попадает в хранилище блобов, а его идентификатор — в цепочку, где покупатель и, при споре, арбитр могут его проверить.</translation>
    </message>
    <message>
        <source>Choose the proof</source>
        <translation>Выберите доказательство</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Open a dispute</source>
        <translation>Открыть спор</translation>
    </message>
    <message>
        <source>An arbiter is drawn at once among reputable members of this category — never anyone tied to either of you. The payment stays in escrow until the ruling. Send your evidence afterwards, encrypted, from the case.</source>
        <translation>Арбитр сразу выбирается среди авторитетных участников этой категории — никогда не из связанных с кем-то из вас. Оплата остаётся на депонировании до решения. Доказательства отправьте потом, в зашифрованном виде, из дела.</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Что пошло не так?</translation>
    </message>
    <message>
        <source>Reason of the dispute</source>
        <translation>Причина спора</translation>
    </message>
    <message>
        <source>Open dispute</source>
        <translation>Открыть спор</translation>
    </message>
    <message>
        <source>Say briefly what went wrong; the arbiter reads it first.</source>
        <translation>Кратко опишите, что пошло не так; арбитр прочтёт это первым.</translation>
    </message>
    <message>
        <source>Keep the reason under 2000 bytes; send details as evidence.</source>
        <translation>Уложите причину в 2000 байт; подробности отправьте как доказательства.</translation>
    </message>
</context>
<context>
    <name>DisputeView</name>
    <message>
        <source>← Back to the order</source>
        <extracomment>States in which an order may carry a delivery proof.</extracomment>
        <translation>← К заказу</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Photos, files and messages go to the arbiter and the other party end-to-end encrypted, through the messenger. Nodes never see them; only the ruling is public.</source>
        <translation>Фото, файлы и сообщения уходят арбитру и другой стороне через мессенджер со сквозным шифрованием. Узлы их не видят; публично только решение.</translation>
    </message>
    <message>
        <source>Send evidence…</source>
        <translation>Отправить доказательства…</translation>
    </message>
    <message>
        <source>Ask for another arbiter</source>
        <translation>Запросить другого арбитра</translation>
    </message>
    <message>
        <source>Your ruling</source>
        <translation>Ваше решение</translation>
    </message>
    <message>
        <source>Split the escrow. Your ruling and its reason are public on the chain.</source>
        <translation>Разделите депонированную сумму. Решение и его обоснование публичны в цепочке.</translation>
    </message>
    <message>
        <source>Share returned to the buyer, in percent</source>
        <translation>Доля, возвращаемая покупателю, в процентах</translation>
    </message>
    <message>
        <source>Why you decided so (public)</source>
        <translation>Почему вы так решили (публично)</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Publish the ruling</source>
        <translation>Опубликовать решение</translation>
    </message>
    <message>
        <source>Buyer gets back &lt;b&gt;{buyer}&lt;/b&gt; · seller gets &lt;b&gt;{seller}&lt;/b&gt; · arbiter&apos;s fee {fee} ({percent}%)</source>
        <translation>Покупателю вернётся &lt;b&gt;{buyer}&lt;/b&gt; · продавцу — &lt;b&gt;{seller}&lt;/b&gt; · вознаграждение арбитра {fee} ({percent}%)</translation>
    </message>
    <message>
        <source>Dispute · {title}</source>
        <translation>Спор · {title}</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt; in escrow for {quantity} × {title}.</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt; на депонировании за {quantity} × {title}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt; was in escrow for {quantity} × {title}.</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt; было на депонировании за {quantity} × {title}.</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (вы)</translation>
    </message>
    <message>
        <source>Buyer: {buyer}&lt;br&gt;Seller: {seller}&lt;br&gt;Arbiter: {arbiter}</source>
        <translation>Покупатель: {buyer}&lt;br&gt;Продавец: {seller}&lt;br&gt;Арбитр: {arbiter}</translation>
    </message>
    <message>
        <source>Opened by the buyer: &lt;i&gt;“{reason}”&lt;/i&gt;</source>
        <translation>Открыт покупателем: &lt;i&gt;«{reason}»&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Opened by the seller: &lt;i&gt;“{reason}”&lt;/i&gt;</source>
        <translation>Открыт продавцом: &lt;i&gt;«{reason}»&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Delivery note: “{note}”</source>
        <translation>Примечание к доставке: «{note}»</translation>
    </message>
    <message>
        <source>Buyer got back {buyer}, the seller {seller}, the arbiter&apos;s fee was {fee}.</source>
        <translation>Покупателю вернулось {buyer}, продавцу — {seller}, вознаграждение арбитра составило {fee}.</translation>
    </message>
    <message>
        <source>The arbiter has not ruled yet. The escrow stays locked until they do.</source>
        <translation>Арбитр ещё не вынес решения. До тех пор сумма остаётся на депонировании.</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <source>this author</source>
        <translation>этот автор</translation>
    </message>
    <message>
        <source>{up} up and {down} down votes, weighing {score} by the voters&apos; reputation</source>
        <translation>{up} голосов «за» и {down} «против», вес {score} с учётом репутации голосующих</translation>
    </message>
    <message>
        <source>Promoted: {amount} was paid to show it in more feeds; the payment went to the community&apos;s reward pool. At most {cap} promoted posts appear per page of {page}.</source>
        <translation>Реклама: за показ в большем числе лент заплачено {amount}; оплата ушла в фонд наград сообщества. На странице из {page} публикаций не больше {cap} рекламных.</translation>
    </message>
    <message>
        <source>It is your own post.</source>
        <translation>Это ваша публикация.</translation>
    </message>
    <message>
        <source>You follow {name}.</source>
        <translation>Вы подписаны на {name}.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>From people you follow, newest first</source>
        <translation>От тех, на кого вы подписаны, сначала новые</translation>
    </message>
    <message>
        <source>Posted {age} (block {height}).</source>
        <translation>Опубликовано {age} (блок {height}).</translation>
    </message>
    <message>
        <source>Hot right now</source>
        <translation>Горячее сейчас</translation>
    </message>
    <message>
        <source>Trending over the last days</source>
        <translation>В тренде последних дней</translation>
    </message>
    <message>
        <source>{votes}; posted {age}.</source>
        <translation>{votes}; опубликовано {age}.</translation>
    </message>
    <message>
        <source>Picked for you</source>
        <translation>Подобрано для вас</translation>
    </message>
    <message>
        <source>{name} has a reputation of {points} points.</source>
        <translation>Репутация автора {name}: {points}.</translation>
    </message>
    <message>
        <source>Matches your interests: {tags}.</source>
        <translation>Совпадает с вашими интересами: {tags}.</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Реклама</translation>
    </message>
</context>
<context>
    <name>FeedModel</name>
    <message>
        <source>{author}: {text} — {up} up, {down} down</source>
        <extracomment>Every media id ever asked for (tests check that only painted rows ask). A video&apos;s length in ms (None: not a video, or not known yet).</extracomment>
        <translation>{author}: {text} — за {up}, против {down}</translation>
    </message>
    <message>
        <source>Promoted. {post}</source>
        <translation>Реклама. {post}</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>For you</source>
        <extracomment>The tabs&apos; names, translated where they are shown.</extracomment>
        <translation>Для вас</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Подписки</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Горячее</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>В тренде</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Feed</source>
        <extracomment>Emitted after the list was (re-)ranked, with the feed&apos;s name.</extracomment>
        <translation>Лента</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Новая публикация</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Ленты</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Ход индексации</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n публикация</numerusform>
            <numerusform>%n публикации</numerusform>
            <numerusform>%n публикаций</numerusform>
        </translation>
    </message>
    <message>
        <source>verified at height {height}</source>
        <translation>проверено на высоте {height}</translation>
    </message>
    <message>
        <source>reading the chain: {done} of {total} blocks</source>
        <translation>чтение цепочки: {done} из {total} блоков</translation>
    </message>
    <message>
        <source>Nobody you follow has posted yet. Follow people from their posts in Hot or For you.</source>
        <translation>Те, на кого вы подписаны, ещё ничего не публиковали. Подписывайтесь на авторов из их публикаций в «Горячем» или «Для вас».</translation>
    </message>
    <message>
        <source>No posts found yet. New posts appear as soon as a block with them is verified.</source>
        <translation>Публикаций пока нет. Новые появятся, как только будет проверен блок с ними.</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach photos, videos or files</source>
        <extracomment>The largest file one message carries (the blob store&apos;s chunks make bigger ones possible; keep sends quick). How many chosen files are still being prepared (0 when all are ready). The preparations under way, with how many of their files are not ready yet.</extracomment>
        <translation>Прикрепить фото, видео или файлы</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</source>
        <translation>Фото и видео (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать {name}: {reason}.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
</context>
<context>
    <name>GroupInfoDialog</name>
    <message>
        <source>Group info</source>
        <translation>О группе</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Удалить из группы</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Добавить людей</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Добавить в группу</translation>
    </message>
    <message>
        <source>When someone joins or leaves, members switch to new encryption keys: people who left cannot read new messages, and people who join cannot read earlier ones.</source>
        <translation>Когда кто-то вступает или выходит, участники переходят на новые ключи шифрования: вышедшие не прочитают новые сообщения, а вступившие — прежние.</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>Покинуть группу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>This group is not known on this device.</source>
        <translation>Эта группа неизвестна на этом устройстве.</translation>
    </message>
    <message>
        <source>You are no longer a member of this group.</source>
        <translation>Вы больше не участник этой группы.</translation>
    </message>
    <message numerus="yes">
        <source>%n members · you manage this group</source>
        <translation>
            <numerusform>%n участник · вы управляете группой</numerusform>
            <numerusform>%n участника · вы управляете группой</numerusform>
            <numerusform>%n участников · вы управляете группой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members · only admins change members and the name</source>
        <translation>
            <numerusform>%n участник · состав и название меняют только администраторы</numerusform>
            <numerusform>%n участника · состав и название меняют только администраторы</numerusform>
            <numerusform>%n участников · состав и название меняют только администраторы</numerusform>
        </translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Queued (offline)</source>
        <translation>В очереди (офлайн)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не выполнен</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Rows whose formatted texts are kept (a few screens&apos; worth; older ones are formatted again if shown). Reads a page of history: up to `limit` entries older than the key (None: the newest), newest first.</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>A page arrived (possibly empty) or could not be read. Bumped whenever the rows are replaced, so a page that was asked for before is not appended.</extracomment>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
</context>
<context>
    <name>ListingDelegate</name>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
</context>
<context>
    <name>ListingDetailView</name>
    <message>
        <source>← Back to listings</source>
        <translation>← К объявлениям</translation>
    </message>
    <message>
        <source>Listing photo</source>
        <translation>Фото объявления</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Купить</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>the amount agreed with the seller, in ExC</source>
        <translation>сумма, согласованная с продавцом, в ExC</translation>
    </message>
    <message>
        <source>Agreed amount</source>
        <translation>Согласованная сумма</translation>
    </message>
    <message>
        <source>size, date, anything the seller should know</source>
        <translation>размер, дата — всё, что нужно знать продавцу</translation>
    </message>
    <message>
        <source>Note to the seller</source>
        <translation>Примечание для продавца</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>Купить сейчас</translation>
    </message>
    <message>
        <source>Message seller</source>
        <translation>Написать продавцу</translation>
    </message>
    <message>
        <source>Your listing</source>
        <translation>Ваше объявление</translation>
    </message>
    <message>
        <source>Edit listing…</source>
        <translation>Изменить объявление…</translation>
    </message>
    <message>
        <source>Price and stock…</source>
        <translation>Цена и наличие…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Приостановить</translation>
    </message>
    <message>
        <source>Close listing</source>
        <translation>Закрыть объявление</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>{price} each</source>
        <translation>{price} за штуку</translation>
    </message>
    <message numerus="yes">
        <source>%n completed order(s)</source>
        <translation>
            <numerusform>%n выполненный заказ</numerusform>
            <numerusform>%n выполненных заказа</numerusform>
            <numerusform>%n выполненных заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>escrow released %n block(s) after delivery unless disputed</source>
        <translation>
            <numerusform>депонирование снимается через %n блок после доставки, если нет спора</numerusform>
            <numerusform>депонирование снимается через %n блока после доставки, если нет спора</numerusform>
            <numerusform>депонирование снимается через %n блоков после доставки, если нет спора</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold by &lt;b&gt;{seller}&lt;/b&gt; — {reputation}</source>
        <translation>Продавец &lt;b&gt;{seller}&lt;/b&gt; — {reputation}</translation>
    </message>
    <message>
        <source>✓ Proven at block {height}</source>
        <translation>✓ Подтверждено в блоке {height}</translation>
    </message>
    <message>
        <source>The seller wrote no description.</source>
        <translation>Продавец не добавил описания.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>No reviews yet. Only buyers of completed orders can review.</source>
        <translation>Отзывов пока нет. Оставить отзыв могут только покупатели выполненных заказов.</translation>
    </message>
    <message>
        <source>quality {quality} · as described {described} · delivery {delivery} · communication {communication}</source>
        <translation>качество {quality} · соответствие описанию {described} · доставка {delivery} · общение {communication}</translation>
    </message>
    <message>
        <source>Seller: {reply}</source>
        <translation>Продавец: {reply}</translation>
    </message>
    <message>
        <source>{amount} will be locked in escrow until you confirm delivery.</source>
        <translation>{amount} будет заблокировано на депонировании, пока вы не подтвердите доставку.</translation>
    </message>
    <message>
        <source>Agree on the price with the seller (Message seller), then enter it here.</source>
        <translation>Согласуйте цену с продавцом («Написать продавцу»), затем введите её здесь.</translation>
    </message>
    <message>
        <source>Buy at the agreed price</source>
        <translation>Купить по согласованной цене</translation>
    </message>
    <message>
        <source>Buy now · {amount}</source>
        <translation>Купить сейчас · {amount}</translation>
    </message>
</context>
<context>
    <name>ListingEditor</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.tif *.tiff *.bmp)</source>
        <translation>Фото (*.jpg *.jpeg *.png *.webp *.heic *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>Edit listing</source>
        <extracomment>A listing carries at most this many media ids (the protocol&apos;s limit).</extracomment>
        <translation>Изменить объявление</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Новое объявление</translation>
    </message>
    <message>
        <source>A good (garment, accessory, sample…)</source>
        <extracomment>Published media ids the edit keeps (in their order); empty for a new listing.</extracomment>
        <translation>Товар (одежда, аксессуар, образец…)</translation>
    </message>
    <message>
        <source>A service (shoot, casting, tailoring…)</source>
        <translation>Услуга (съёмка, кастинг, пошив…)</translation>
    </message>
    <message>
        <source>Kind of listing</source>
        <translation>Тип объявления</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Ivory silk slip dress, size 38</source>
        <translation>Платье-комбинация из шёлка цвета слоновой кости, размер 38</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Material, cut, condition, what is included…</source>
        <translation>Материал, крой, состояние, что входит…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>silk, bias cut, ss26</source>
        <translation>шёлк, крой по косой, ss26</translation>
    </message>
    <message>
        <source>Price in ExC</source>
        <translation>Цена в ExC</translation>
    </message>
    <message>
        <source>Quote on request (the price is indicative)</source>
        <translation>Цена по запросу (указанная — ориентировочная)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Срок доставки</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Stock or bookings</source>
        <translation>Наличие или записи</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Доступно с</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> блоков</translation>
    </message>
    <message>
        <source>Automatic release after delivery</source>
        <translation>Автоматическая выплата после доставки</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Price (ExC)</source>
        <translation>Цена (ExC)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Stock / bookings</source>
        <translation>Наличие / записи</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Release after</source>
        <translation>Выплата через</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Photos to upload</source>
        <translation>Фото для загрузки</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>Удалить выбранное фото</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Publish listing</source>
        <translation>Опубликовать объявление</translation>
    </message>
    <message>
        <source>Published photo {n} ({id}…)</source>
        <translation>Опубликованное фото {n} ({id}…)</translation>
    </message>
    <message>
        <source>If the buyer neither confirms nor disputes, the payment is released to you about {time} after you mark the order delivered.</source>
        <translation>Если покупатель не подтвердит и не откроет спор, оплата поступит вам примерно через {time} после отметки о доставке.</translation>
    </message>
    <message>
        <source> bookings</source>
        <translation> записей</translation>
    </message>
    <message>
        <source> in stock</source>
        <translation> в наличии</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Выберите фото</translation>
    </message>
</context>
<context>
    <name>ListingModel</name>
    <message>
        <source>{title}, {price}, {category}, {region}, by {seller}</source>
        <translation>{title}, {price}, {category}, {region}, продавец {seller}</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>← All live channels</source>
        <extracomment>Emitted when a watched stream shows its first picture (tests and the status bar).</extracomment>
        <translation>← Все прямые эфиры</translation>
    </message>
    <message>
        <source>Pin listings…</source>
        <translation>Закрепить объявления…</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Сейчас в эфире</translation>
    </message>
    <message>
        <source>Your channel</source>
        <translation>Ваш канал</translation>
    </message>
    <message>
        <source>Channel name (e.g. Atelier Lumière)</source>
        <translation>Название канала (например, Atelier Lumière)</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Название канала</translation>
    </message>
    <message>
        <source>What you stream: fittings, runway, studio days…</source>
        <translation>Что вы транслируете: примерки, показы, дни в студии…</translation>
    </message>
    <message>
        <source>Channel description</source>
        <translation>Описание канала</translation>
    </message>
    <message>
        <source>Create channel</source>
        <translation>Создать канал</translation>
    </message>
    <message>
        <source>Open the studio to go live</source>
        <translation>Открыть студию, чтобы выйти в эфир</translation>
    </message>
    <message>
        <source>Back to the studio</source>
        <translation>Вернуться в студию</translation>
    </message>
    <message>
        <source>on air now</source>
        <translation>сейчас в эфире</translation>
    </message>
    <message>
        <source>off air</source>
        <translation>не в эфире</translation>
    </message>
    <message>
        <source>Announced on chain, %1 (proven at block %2).</source>
        <translation>Объявлен в цепочке, %1 (подтверждено в блоке %2).</translation>
    </message>
    <message>
        <source>Stream fittings, shows and studio days to your followers. A channel is announced on the chain with its own key, kept encrypted in your profile; every part of your stream is signed with it.</source>
        <translation>Транслируйте примерки, показы и дни в студии для подписчиков. Канал объявляется в цепочке с собственным ключом, который хранится зашифрованным в вашем профиле; каждая часть эфира подписывается им.</translation>
    </message>
    <message>
        <source>No one is live right now. Channels appear here as soon as the chain says they went live.</source>
        <translation>Сейчас никто не в эфире. Каналы появятся здесь, как только цепочка сообщит, что они вышли в эфир.</translation>
    </message>
    <message numerus="yes">
        <source>%n on air · read from verified blocks, each channel proven.</source>
        <translation>
            <numerusform>В эфире: %n · по проверенным блокам, каждый канал подтверждён.</numerusform>
            <numerusform>В эфире: %n · по проверенным блокам, каждый канал подтверждён.</numerusform>
            <numerusform>В эфире: %n · по проверенным блокам, каждый канал подтверждён.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · live since block %3 · %n pinned</source>
        <translation>
            <numerusform>%1 · %2 · в эфире с блока %3 · закреплено: %n</numerusform>
            <numerusform>%1 · %2 · в эфире с блока %3 · закреплено: %n</numerusform>
            <numerusform>%1 · %2 · в эфире с блока %3 · закреплено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings pinned.</source>
        <translation>
            <numerusform>Закреплено %n объявление.</numerusform>
            <numerusform>Закреплено %n объявления.</numerusform>
            <numerusform>Закреплено %n объявлений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings will be pinned when you go live.</source>
        <translation>
            <numerusform>%n объявление будет закреплено, когда вы выйдете в эфир.</numerusform>
            <numerusform>%n объявления будут закреплены, когда вы выйдете в эфир.</numerusform>
            <numerusform>%n объявлений будут закреплены, когда вы выйдете в эфир.</numerusform>
        </translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ЭФИР</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Студия</translation>
    </message>
    <message>
        <source>Back to your studio</source>
        <translation>Вернуться в свою студию</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Смотреть</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>Смотреть %1</translation>
    </message>
    <message>
        <source>Give your channel a name.</source>
        <translation>Дайте каналу название.</translation>
    </message>
    <message>
        <source>Announcing your channel on the chain…</source>
        <translation>Объявляем ваш канал в цепочке…</translation>
    </message>
    <message>
        <source>✓ Your channel is on the chain.</source>
        <translation>✓ Ваш канал в цепочке.</translation>
    </message>
    <message>
        <source>On air: announced on the chain.</source>
        <translation>В эфире: объявлено в цепочке.</translation>
    </message>
    <message>
        <source>Stream ended.</source>
        <translation>Эфир завершён.</translation>
    </message>
    <message>
        <source>Stream ended. Saving the recording as a video post…</source>
        <translation>Эфир завершён. Сохраняем запись как видеопубликацию…</translation>
    </message>
    <message>
        <source>✓ The recording is posted.</source>
        <translation>✓ Запись опубликована.</translation>
    </message>
    <message>
        <source>End your stream before watching another.</source>
        <translation>Завершите свой эфир, прежде чем смотреть другой.</translation>
    </message>
    <message>
        <source>End the stream before leaving the studio.</source>
        <translation>Завершите эфир, прежде чем выйти из студии.</translation>
    </message>
</context>
<context>
    <name>LiveShopPanel</name>
    <message>
        <source>Shop the stream</source>
        <extracomment>The Buy button of each listing shown; a refresh replaces them all (and deletes the old ones). Listings being bought now: kept by id, since their button may be replaced while the purchase runs.</extracomment>
        <translation>Покупки в эфире</translation>
    </message>
    <message>
        <source>Payments go into escrow on the chain; you confirm when it arrives.</source>
        <translation>Оплата депонируется в цепочке; вы подтверждаете получение.</translation>
    </message>
    <message>
        <source>The stream is not live.</source>
        <translation>Эфир не идёт.</translation>
    </message>
    <message>
        <source>Nothing is pinned to this stream right now.</source>
        <translation>Сейчас к эфиру ничего не прикреплено.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pinned · proven at block {height}</source>
        <translation>
            <numerusform>%n товар прикреплён · подтверждено в блоке {height}</numerusform>
            <numerusform>%n товара прикреплено · подтверждено в блоке {height}</numerusform>
            <numerusform>%n товаров прикреплено · подтверждено в блоке {height}</numerusform>
        </translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Купить</translation>
    </message>
    <message>
        <source>Quoted items are ordered from the listing page</source>
        <translation>Товары с ценой по запросу заказываются со страницы объявления</translation>
    </message>
    <message>
        <source>Locks {amount} in escrow</source>
        <translation>Депонирует {amount}</translation>
    </message>
    <message>
        <source>This stream has no shop.</source>
        <translation>У этого эфира нет магазина.</translation>
    </message>
    <message>
        <source>Buying {title}…</source>
        <translation>Покупка: {title}…</translation>
    </message>
    <message>
        <source>✓ {amount} in escrow for {title}.</source>
        <translation>✓ {amount} на депонировании за {title}.</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>%1 Mbit/s · %2 fps · %3 dropped frames · live %4</source>
        <extracomment>The X11 window to stream (SOURCE_WINDOW), from `list_windows`.</extracomment>
        <translation>%1 Мбит/с · %2 кадр/с · потеряно кадров: %3 · в эфире %4</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>A chat line was added (author name, text). The streamer&apos;s health was refreshed (a LiveHealth).</extracomment>
        <translation>Эфир</translation>
    </message>
    <message>
        <source>Stream title</source>
        <translation>Название эфира</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n зритель</numerusform>
            <numerusform>%n зрителя</numerusform>
            <numerusform>%n зрителей</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewer count</source>
        <translation>Число зрителей</translation>
    </message>
    <message>
        <source>Your stream&apos;s preview</source>
        <translation>Предпросмотр вашего эфира</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>Источник изображения</translation>
    </message>
    <message>
        <source>A video file, looping</source>
        <translation>Видеофайл по кругу</translation>
    </message>
    <message>
        <source>The screen</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>A window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Window to stream</source>
        <translation>Окно для трансляции</translation>
    </message>
    <message>
        <source>Sound source</source>
        <translation>Источник звука</translation>
    </message>
    <message>
        <source>The file&apos;s sound</source>
        <translation>Звук из файла</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Save as a video post when the stream ends</source>
        <translation>Сохранить как видеопубликацию после эфира</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Выйти в эфир</translation>
    </message>
    <message>
        <source>Stream health</source>
        <translation>Состояние эфира</translation>
    </message>
    <message>
        <source>Why some sources are unavailable</source>
        <translation>Почему некоторые источники недоступны</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Чат эфира</translation>
    </message>
    <message>
        <source>Say something…</source>
        <translation>Напишите что-нибудь…</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Сообщение в чате</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source> (not available here)</source>
        <translation> (здесь недоступно)</translation>
    </message>
    <message>
        <source>No window is open that could be streamed; open one, or stream the whole screen.</source>
        <translation>Нет открытого окна для трансляции; откройте окно или транслируйте весь экран.</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ЭФИР</translation>
    </message>
    <message>
        <source>End stream</source>
        <translation>Завершить эфир</translation>
    </message>
    <message>
        <source>Live streaming needs the app&apos;s event loop, which is not running.</source>
        <translation>Для эфира нужен цикл событий приложения, а он не запущен.</translation>
    </message>
    <message>
        <source>Something went wrong with the stream; try again.</source>
        <translation>С эфиром что-то пошло не так; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Choose a video to stream</source>
        <translation>Выберите видео для трансляции</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.ts)</source>
        <translation>Видео (*.mp4 *.mov *.m4v *.mkv *.webm *.ts)</translation>
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
    <name>Market</name>
    <message>
        <source>Best match</source>
        <extracomment>Amounts are filtered and sorted in whole milli-ExC (exact amounts can exceed SQLite&apos;s integers). The tag a listing uses to say when a service is available: `avail:2026-03-01..2026-03-31` (28 characters, within a tag&apos;s 32). A client convention: the chain stores it as an ordinary tag. Ordinary tags (the availability tag is read into `available_from`/`available_until`). English; viewmodels.label() gives them in the interface language.</extracomment>
        <translation>Лучшее совпадение</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>Цена: по возрастанию</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>Цена: по убыванию</translation>
    </message>
    <message>
        <source>Seller reputation</source>
        <translation>Репутация продавца</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Waiting for the seller</source>
        <extracomment>Seconds per block on the chain (the devnet and the default node settings). The labels below are English; `label(...)` gives them in the interface language.</extracomment>
        <translation>Ждёт продавца</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Declined — refunded</source>
        <translation>Отклонён — возвращено</translation>
    </message>
    <message>
        <source>Cancelled — refunded</source>
        <translation>Отменён — возвращено</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <source>Ruled</source>
        <translation>Решён арбитром</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Accept order</source>
        <translation>Принять заказ</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <source>Mark delivered…</source>
        <translation>Отметить доставку…</translation>
    </message>
    <message>
        <source>Confirm and release payment</source>
        <translation>Подтвердить и выплатить</translation>
    </message>
    <message>
        <source>Open a dispute…</source>
        <translation>Открыть спор…</translation>
    </message>
    <message>
        <source>Ask for another arbiter</source>
        <translation>Запросить другого арбитра</translation>
    </message>
    <message>
        <source>Give a ruling…</source>
        <translation>Вынести решение…</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>Оценить…</translation>
    </message>
    <message>
        <source>Answer the review…</source>
        <translation>Ответить на отзыв…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Send evidence…</source>
        <translation>Отправить доказательства…</translation>
    </message>
    <message>
        <source>Quote · from {price}</source>
        <translation>По запросу · от {price}</translation>
    </message>
    <message>
        <source>Price on request</source>
        <translation>Цена по запросу</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Оценок пока нет</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Нет в наличии</translation>
    </message>
    <message>
        <source>Available {first} – {last}</source>
        <translation>Доступно {first} – {last}</translation>
    </message>
    <message>
        <source>{seller} · reputation {score}</source>
        <translation>{seller} · репутация {score}</translation>
    </message>
    <message>
        <source>({score} in {category})</source>
        <translation>({score} в категории {category})</translation>
    </message>
    <message>
        <source>{count} s</source>
        <translation>{count} с</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} мин</translation>
    </message>
    <message>
        <source>{count} h</source>
        <translation>{count} ч</translation>
    </message>
    <message>
        <source>{amount} is locked in escrow. Accept to start, or decline to refund the buyer.</source>
        <translation>{amount} заблокировано на депонировании. Примите заказ, чтобы начать, или отклоните, чтобы вернуть деньги покупателю.</translation>
    </message>
    <message>
        <source>{amount} is locked in escrow until the seller answers. You can cancel until then for a full refund.</source>
        <translation>{amount} заблокировано на депонировании до ответа продавца. До тех пор можно отменить заказ с полным возвратом.</translation>
    </message>
    <message>
        <source>Deliver, then mark the order delivered (attach a proof if you have one).</source>
        <translation>Выполните доставку, затем отметьте заказ доставленным (приложите доказательство, если оно есть).</translation>
    </message>
    <message>
        <source>The seller is working on it. You can confirm early, or open a dispute if something is wrong.</source>
        <translation>Продавец выполняет заказ. Можно подтвердить досрочно или открыть спор, если что-то не так.</translation>
    </message>
    <message>
        <source>in about {time} (block {height})</source>
        <translation>примерно через {time} (блок {height})</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>Check the delivery and confirm. Otherwise the payment is released automatically {when}.</source>
        <translation>Проверьте доставку и подтвердите. Иначе оплата будет выплачена автоматически {when}.</translation>
    </message>
    <message>
        <source>The payment is released to you when the buyer confirms, or automatically {when}.</source>
        <translation>Оплата поступит вам, когда покупатель подтвердит, или автоматически {when}.</translation>
    </message>
    <message>
        <source>You were drawn to settle this dispute. Read both sides&apos; evidence, then give your ruling.</source>
        <translation>Вы выбраны для разрешения этого спора. Изучите доказательства обеих сторон и вынесите решение.</translation>
    </message>
    <message>
        <source>An arbiter ({arbiter}) is reviewing the case; the escrow stays locked.</source>
        <translation>Арбитр ({arbiter}) рассматривает дело; сумма остаётся на депонировании.</translation>
    </message>
    <message>
        <source>Ruled: {buyer} back to the buyer, {seller} to the seller, {fee} arbiter&apos;s fee.</source>
        <translation>Решение: {buyer} возвращено покупателю, {seller} — продавцу, {fee} — вознаграждение арбитра.</translation>
    </message>
    <message>
        <source>{amount} was paid to the seller. Rate the order to help others.</source>
        <translation>{amount} выплачено продавцу. Оцените заказ, чтобы помочь другим.</translation>
    </message>
    <message>
        <source>{amount} was paid to the seller.</source>
        <translation>{amount} выплачено продавцу.</translation>
    </message>
    <message>
        <source>{amount} went back to the buyer.</source>
        <translation>{amount} возвращено покупателю.</translation>
    </message>
    <message>
        <source>Ordered, payment locked in escrow</source>
        <extracomment>&quot;done&quot;, &quot;current&quot; or &quot;upcoming&quot;.</extracomment>
        <translation>Заказано, оплата депонирована</translation>
    </message>
    <message>
        <source>Accepted by the seller</source>
        <translation>Принят продавцом</translation>
    </message>
    <message>
        <source>Declined by the seller — refunded</source>
        <translation>Отклонён продавцом — возвращено</translation>
    </message>
    <message>
        <source>Cancelled by the buyer — refunded</source>
        <translation>Отменён покупателем — возвращено</translation>
    </message>
    <message>
        <source>Marked delivered</source>
        <translation>Отмечен как доставленный</translation>
    </message>
    <message>
        <source>Payment released to the seller</source>
        <translation>Оплата выплачена продавцу</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Открыт спор</translation>
    </message>
    <message>
        <source>Ruling given, escrow split</source>
        <translation>Решение вынесено, сумма разделена</translation>
    </message>
    <message>
        <source>block {height}</source>
        <translation>блок {height}</translation>
    </message>
    <message>
        <source>Payment released automatically after the timeout</source>
        <translation>Оплата выплачена автоматически по истечении срока</translation>
    </message>
    <message>
        <source>Another arbiter drawn</source>
        <translation>Выбран другой арбитр</translation>
    </message>
    <message>
        <source>Rated {stars}</source>
        <translation>Оценено {stars}</translation>
    </message>
    <message>
        <source>Payment released</source>
        <translation>Оплата выплачена</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Payment released (automatically at block {height})</source>
        <translation>Выплата (автоматически в блоке {height})</translation>
    </message>
    <message>
        <source>Ruling by the arbiter</source>
        <translation>Решение арбитра</translation>
    </message>
    <message>
        <source>your order</source>
        <translation>ваш заказ</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <source>An arbiter was drawn for {what}.</source>
        <translation>Для «{what}» выбран арбитр.</translation>
    </message>
    <message>
        <source>Dispute ruled</source>
        <translation>Спор решён</translation>
    </message>
    <message>
        <source>{what} × {quantity}: {amount} is in escrow.</source>
        <translation>{what} × {quantity}: {amount} на депонировании.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Заказ оформлен</translation>
    </message>
    <message>
        <source>{amount} for {what} is locked in escrow (verified).</source>
        <translation>{amount} за «{what}» депонировано (проверено).</translation>
    </message>
    <message>
        <source>Order accepted</source>
        <translation>Заказ принят</translation>
    </message>
    <message>
        <source>The seller accepted your order of {what}.</source>
        <translation>Продавец принял ваш заказ: {what}.</translation>
    </message>
    <message>
        <source>Order declined</source>
        <translation>Заказ отклонён</translation>
    </message>
    <message>
        <source>{amount} for {what} was refunded to you.</source>
        <translation>{amount} за «{what}» возвращено вам.</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Заказ отменён</translation>
    </message>
    <message>
        <source>The buyer cancelled the order of {what}.</source>
        <translation>Покупатель отменил заказ: {what}.</translation>
    </message>
    <message>
        <source>Order delivered</source>
        <translation>Заказ доставлен</translation>
    </message>
    <message>
        <source>{what} was marked delivered. Confirm it, or the payment is released at block {height}.</source>
        <translation>«{what}» отмечен как доставленный. Подтвердите, иначе оплата уйдёт в блоке {height}.</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Оплата получена</translation>
    </message>
    <message>
        <source>{amount} for {what} was released to you.</source>
        <translation>{amount} за «{what}» выплачено вам.</translation>
    </message>
    <message>
        <source>{amount} for {what} went to the seller.</source>
        <translation>{amount} за «{what}» ушло продавцу.</translation>
    </message>
    <message>
        <source>You are an arbiter</source>
        <translation>Вы арбитр</translation>
    </message>
    <message>
        <source>You were drawn to settle a dispute on {what}.</source>
        <translation>Вы выбраны для разрешения спора по «{what}».</translation>
    </message>
    <message>
        <source>You got {amount} back.</source>
        <translation>Вам вернулось {amount}.</translation>
    </message>
    <message>
        <source>You got {amount} for {what}.</source>
        <translation>Вы получили {amount} за «{what}».</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <source>Market</source>
        <extracomment>The dialog open right now (tests fill it in).</extracomment>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Мои заказы</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Мои объявления</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Новое объявление</translation>
    </message>
    <message>
        <source>Search your listings</source>
        <translation>Поиск по вашим объявлениям</translation>
    </message>
    <message>
        <source>Verified to block {height}</source>
        <translation>Проверено до блока {height}</translation>
    </message>
    <message numerus="yes">
        <source>%n of your listings</source>
        <translation>
            <numerusform>%n ваше объявление</numerusform>
            <numerusform>%n ваших объявления</numerusform>
            <numerusform>%n ваших объявлений</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not listed anything yet. “New listing” puts goods or services on sale.</source>
        <translation>Вы ещё ничего не выставили. «Новое объявление» выставляет товары или услуги на продажу.</translation>
    </message>
    <message>
        <source>This listing is not on the chain.</source>
        <translation>Этого объявления нет в цепочке.</translation>
    </message>
    <message>
        <source>Proven at block {height}; not checked again now: {reason}</source>
        <translation>Подтверждено в блоке {height}; сейчас не перепроверено: {reason}</translation>
    </message>
    <message>
        <source>Locking the payment in escrow… waiting for a verified block.</source>
        <translation>Депонирование оплаты… ждём проверенный блок.</translation>
    </message>
    <message>
        <source>✓ {amount} is in escrow (proven). The seller was told.</source>
        <translation>✓ {amount} на депонировании (подтверждено). Продавец уведомлён.</translation>
    </message>
    <message>
        <source>Publishing the listing…</source>
        <translation>Публикация объявления…</translation>
    </message>
    <message>
        <source>Uploading photos ({done}/{total})…</source>
        <translation>Загрузка фото ({done}/{total})…</translation>
    </message>
    <message>
        <source>✓ Listing published at block {height}</source>
        <translation>✓ Объявление опубликовано в блоке {height}</translation>
    </message>
    <message>
        <source>Publishing the edit… waiting for a verified block.</source>
        <translation>Публикация изменений… ждём проверенный блок.</translation>
    </message>
    <message>
        <source>✓ Edit proven at block {height}</source>
        <translation>✓ Изменение подтверждено в блоке {height}</translation>
    </message>
    <message>
        <source>Updating the listing…</source>
        <translation>Обновление объявления…</translation>
    </message>
    <message>
        <source>Chat is not available in this version; contact the seller another way.</source>
        <translation>Чат недоступен в этой версии; свяжитесь с продавцом другим способом.</translation>
    </message>
    <message>
        <source>This order is not on the chain.</source>
        <translation>Этого заказа нет в цепочке.</translation>
    </message>
    <message>
        <source>Downloading the delivery proof and checking it…</source>
        <translation>Загрузка и проверка доказательства доставки…</translation>
    </message>
    <message>
        <source>Answer the review</source>
        <translation>Ответ на отзыв</translation>
    </message>
    <message>
        <source>Your answer is public, under the buyer&apos;s review.</source>
        <translation>Ваш ответ публичен и показывается под отзывом покупателя.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Send evidence</source>
        <translation>Отправить доказательства</translation>
    </message>
    <message>
        <source>Sent end-to-end encrypted to the arbiter and the other party; nodes see only its size.</source>
        <translation>Отправляется со сквозным шифрованием арбитру и другой стороне; узлы видят только размер.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Sending… waiting for a verified block.</source>
        <translation>Отправка… ждём проверенный блок.</translation>
    </message>
    <message>
        <source>Uploading the proof and marking delivered…</source>
        <translation>Загрузка доказательства и отметка о доставке…</translation>
    </message>
    <message>
        <source>Opening the dispute and drawing an arbiter…</source>
        <translation>Открытие спора и выбор арбитра…</translation>
    </message>
    <message>
        <source>Drawing another arbiter…</source>
        <translation>Выбор другого арбитра…</translation>
    </message>
    <message>
        <source>✓ Evidence sent, encrypted.</source>
        <translation>✓ Доказательства отправлены в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Publishing the ruling…</source>
        <translation>Публикация решения…</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Арбитр</translation>
    </message>
    <message>
        <source>You are now available to settle disputes.</source>
        <translation>Теперь вы можете разрешать споры.</translation>
    </message>
    <message>
        <source>You opted out.</source>
        <translation>Вы отказались от участия.</translation>
    </message>
</context>
<context>
    <name>MarketService</name>
    <message>
        <source>Give the listing a title.</source>
        <extracomment>How long a step may take to be included and proven before the user is told to look again later.</extracomment>
        <translation>Дайте объявлению заголовок.</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Выберите или введите категорию.</translation>
    </message>
    <message>
        <source>A fixed-price listing needs a price above zero (or choose “quote on request”).</source>
        <translation>Для объявления с фиксированной ценой нужна цена больше нуля (или выберите «цена по запросу»).</translation>
    </message>
    <message>
        <source>The availability ends before it starts; check the dates.</source>
        <translation>Период доступности заканчивается раньше, чем начинается; проверьте даты.</translation>
    </message>
    <message>
        <source>The listing cannot be published as it is: %1.</source>
        <translation>Объявление нельзя опубликовать в таком виде: %1.</translation>
    </message>
    <message>
        <source>The edit cannot be published as it is: %1.</source>
        <translation>Изменение нельзя опубликовать в таком виде: %1.</translation>
    </message>
    <message>
        <source>the title is too long (128 bytes at most)</source>
        <translation>заголовок слишком длинный (не более 128 байт)</translation>
    </message>
    <message>
        <source>the description is too long (4096 bytes at most)</source>
        <translation>описание слишком длинное (не более 4096 байт)</translation>
    </message>
    <message>
        <source>use at most 16 tags of at most 32 characters each</source>
        <translation>используйте не более 16 тегов длиной не более 32 символов</translation>
    </message>
    <message>
        <source>the category name is too long (64 bytes at most)</source>
        <translation>название категории слишком длинное (не более 64 байт)</translation>
    </message>
    <message>
        <source>the region is too long (64 bytes at most)</source>
        <translation>название региона слишком длинное (не более 64 байт)</translation>
    </message>
    <message>
        <source>use at most 16 photos or videos</source>
        <translation>используйте не более 16 фото или видео</translation>
    </message>
    <message>
        <source>delivery can take at most 3650 days</source>
        <translation>доставка может занимать не более 3650 дней</translation>
    </message>
    <message>
        <source>%1 is queued and goes out when the network is back.</source>
        <translation>%1: в очереди, отправится, когда появится сеть.</translation>
    </message>
    <message>
        <source>The network is not started yet; wait a moment and try again.</source>
        <translation>Сеть ещё не запущена; подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <source>The network cannot be reached right now; try again when you are back online.</source>
        <translation>Сеть сейчас недоступна; попробуйте снова, когда вернётесь в сеть.</translation>
    </message>
    <message>
        <source>A node sent data that failed verification, so it was not shown (%1).</source>
        <translation>Узел прислал данные, не прошедшие проверку, поэтому они не показаны (%1).</translation>
    </message>
    <message>
        <source>%1 was refused: %2.</source>
        <translation>%1: отклонено (%2).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>%1 is sent but not confirmed yet. It stays queued; check again in a minute.</source>
        <translation>%1: отправлено, но ещё не подтверждено. Остаётся в очереди; проверьте через минуту.</translation>
    </message>
    <message>
        <source>%1 could not be sent: %2</source>
        <translation>%1: не удалось отправить: %2</translation>
    </message>
    <message>
        <source>%1 was refused by the chain: %2.</source>
        <translation>%1: отклонено цепочкой (%2).</translation>
    </message>
    <message>
        <source>%1 was not included in time and expired. Try again.</source>
        <translation>%1: не включено вовремя и истекло. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The order is proven absent from the chain; it may have been placed on another network.</source>
        <translation>Доказано, что заказа нет в цепочке; возможно, он размещён в другой сети.</translation>
    </message>
    <message>
        <source>Photos cannot be uploaded: no storage node is configured.</source>
        <translation>Нельзя загрузить фото: не настроен узел хранения.</translation>
    </message>
    <message>
        <source>Publishing the listing</source>
        <translation>Публикация объявления</translation>
    </message>
    <message>
        <source>The listing was included but is proven absent; the chain refused its terms.</source>
        <translation>Объявление включено, но доказано его отсутствие; цепочка отклонила его условия.</translation>
    </message>
    <message>
        <source>Pausing the listing</source>
        <translation>Приостановка объявления</translation>
    </message>
    <message>
        <source>Closing the listing</source>
        <translation>Закрытие объявления</translation>
    </message>
    <message>
        <source>Updating the listing</source>
        <translation>Обновление объявления</translation>
    </message>
    <message>
        <source>Only the seller can edit this listing.</source>
        <translation>Изменить это объявление может только продавец.</translation>
    </message>
    <message>
        <source>This listing is closed; a closed listing cannot be edited.</source>
        <translation>Это объявление закрыто; закрытое объявление нельзя изменить.</translation>
    </message>
    <message>
        <source>Editing the listing</source>
        <translation>Изменение объявления</translation>
    </message>
    <message>
        <source>The listing is proven absent from the chain.</source>
        <translation>Доказано, что объявления нет в цепочке.</translation>
    </message>
    <message>
        <source>This listing is not on the chain (any more).</source>
        <translation>Этого объявления нет (больше нет) в цепочке.</translation>
    </message>
    <message>
        <source>This is your own listing.</source>
        <translation>Это ваше собственное объявление.</translation>
    </message>
    <message>
        <source>This listing is %1; it cannot be ordered now.</source>
        <translation>Состояние объявления: %1; сейчас его нельзя заказать.</translation>
    </message>
    <message>
        <source>Choose a quantity between 1 and %1.</source>
        <translation>Выберите количество от 1 до %1.</translation>
    </message>
    <message>
        <source>The price changed; look at the listing again before ordering.</source>
        <translation>Цена изменилась; посмотрите объявление ещё раз перед заказом.</translation>
    </message>
    <message>
        <source>Enter the amount you agreed with the seller for this quote.</source>
        <translation>Введите сумму, согласованную с продавцом для этого запроса.</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>The order was included but its escrow could not be verified; look at it again.</source>
        <translation>Заказ включён, но его депонирование не удалось проверить; посмотрите его ещё раз.</translation>
    </message>
    <message>
        <source>Cancelling the order</source>
        <translation>Отмена заказа</translation>
    </message>
    <message>
        <source>The seller attached no proof to this delivery.</source>
        <translation>Продавец не приложил к этой доставке подтверждения.</translation>
    </message>
    <message>
        <source>The proof cannot be downloaded: no storage node is configured.</source>
        <translation>Нельзя скачать подтверждение: не настроен узел хранения.</translation>
    </message>
    <message>
        <source>The proof cannot be uploaded: no storage node is configured.</source>
        <translation>Нельзя загрузить подтверждение: не настроен узел хранения.</translation>
    </message>
    <message>
        <source>Marking delivered</source>
        <translation>Отметка о доставке</translation>
    </message>
    <message>
        <source>Releasing the payment</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <source>Say briefly what went wrong; the arbiter reads it first.</source>
        <translation>Кратко опишите, что пошло не так; арбитр прочтёт это первым.</translation>
    </message>
    <message>
        <source>Opening the dispute</source>
        <translation>Открытие спора</translation>
    </message>
    <message>
        <source>Write the ruling: it is public, and both sides read why you decided so.</source>
        <translation>Напишите решение: оно публично, и обе стороны прочтут, почему вы так решили.</translation>
    </message>
    <message>
        <source>Give each of the four ratings one to five stars.</source>
        <translation>Поставьте каждой из четырёх оценок от одной до пяти звёзд.</translation>
    </message>
    <message>
        <source>The rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>The rating was included but could not be verified; look at the order again.</source>
        <translation>Оценка включена, но её не удалось проверить; посмотрите заказ ещё раз.</translation>
    </message>
    <message>
        <source>Write your answer first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Buying storage for %1 ExC</source>
        <translation>Покупка хранилища за %1 ExC</translation>
    </message>
    <message>
        <source>Chat is not available in this version; contact the other party another way.</source>
        <translation>Чат недоступен в этой версии; свяжитесь с другой стороной иначе.</translation>
    </message>
    <message>
        <source>Evidence is exchanged through the encrypted chat, which is not available here.</source>
        <translation>Доказательства передаются через зашифрованный чат, который здесь недоступен.</translation>
    </message>
</context>
<context>
    <name>MediaCapture</name>
    <message>
        <source>This build of FFmpeg cannot capture an X11 screen (no x11grab).</source>
        <extracomment>Why not, as a sentence (empty when available).</extracomment>
        <translation>Эта сборка FFmpeg не умеет захватывать экран X11 (нет x11grab).</translation>
    </message>
    <message>
        <source>This is a Wayland session: the screen can only be captured through the desktop&apos;s screen-sharing portal (xdg-desktop-portal), which Etalonium does not support yet. Stream a file or a camera.</source>
        <translation>Это сеанс Wayland: экран можно захватить только через портал демонстрации экрана (xdg-desktop-portal), который Etalonium пока не поддерживает. Транслируйте файл или камеру.</translation>
    </message>
    <message>
        <source>No display server is running here (no X11 display), so there is no screen to capture; stream a file instead.</source>
        <translation>Здесь не запущен графический сервер (нет дисплея X11), поэтому захватывать нечего; транслируйте файл.</translation>
    </message>
    <message>
        <source>No camera was found; connect one, or stream the screen or a file.</source>
        <extracomment>Windows smaller than this (either side, in pixels) are tool tips and the like, not worth streaming.</extracomment>
        <translation>Камера не найдена; подключите её или транслируйте экран либо файл.</translation>
    </message>
    <message>
        <source>No microphone was found; the stream can carry a file&apos;s sound instead.</source>
        <translation>Микрофон не найден; вместо него эфир может использовать звук из файла.</translation>
    </message>
</context>
<context>
    <name>MediaSections</name>
    <message>
        <source>Something went wrong: %1</source>
        <extracomment>Where the channel&apos;s signing seed is kept in the encrypted profile. Upload jobs of the Create section, in the encrypted profile (the market keeps its own under &quot;media.&quot;). Storage is bought in steps of at least this much, so every upload does not cost an action.</extracomment>
        <translation>Что-то пошло не так: %1</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Find people</source>
        <translation>Найти людей</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>No one to add yet: people you chat with or save as contacts appear here.</source>
        <translation>Пока некого добавить: здесь появятся люди, с которыми вы переписываетесь или которых сохранили в контакты.</translation>
    </message>
</context>
<context>
    <name>MessengerPage</name>
    <message>
        <source>Choose a conversation</source>
        <translation>Выберите беседу</translation>
    </message>
    <message>
        <source>Messages are end-to-end encrypted: the nodes that carry them never see their content.</source>
        <translation>Сообщения защищены сквозным шифрованием: узлы, которые их передают, никогда не видят содержимого.</translation>
    </message>
</context>
<context>
    <name>MessengerService</name>
    <message>
        <source>You</source>
        <extracomment>&quot;Name: first words&quot; of the message this one answers (empty if none or unknown). Where to continue for older messages (None: this page reaches the first message). The contact&apos;s identity changed and the user has not acknowledged it. The matching text with the matches wrapped in <byte value="x2"/> … <byte value="x3"/>.</extracomment>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Сообщение удалено</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>Вы: {text}</translation>
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
    <name>NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Members (up to %1). Messages are end-to-end encrypted for the members only.</source>
        <translation>Участники (до %1). Сообщения зашифрованы сквозным шифрованием только для участников.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Создать группу</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>{amount} as an author</source>
        <extracomment>The newest notices kept; older ones are dropped. The keys of notices already raised, kept far longer than the list (and saved with it), so a reply that fell off the list does not alert again when it is proven again. The oldest keys go first. Stable for one event (so seeing it twice keeps one notice). The height of the proof it came from. The post it is about (hex), or &quot;&quot;. Called after every change (the service saves the document then, off the event loop). The height the list started at: replies older than it are not news. post id → the promotion count last seen (a post first seen sets its baseline). The keys of the notices raised so far, oldest first (a dict as an ordered set; bounded).</extracomment>
        <translation>{amount} как автор</translation>
    </message>
    <message>
        <source>{amount} for curation</source>
        <translation>{amount} за кураторство</translation>
    </message>
    <message>
        <source>Rewards paid for epoch {epoch}</source>
        <translation>Награды за эпоху {epoch} выплачены</translation>
    </message>
    <message>
        <source>You earned {amount}: {parts}.</source>
        <translation>Вы заработали {amount}: {parts}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Новый значок</translation>
    </message>
    <message>
        <source>You were awarded {badge}.</source>
        <translation>Вам присвоен значок {badge}.</translation>
    </message>
    <message>
        <source>Your post was promoted</source>
        <translation>Вашу публикацию продвигают</translation>
    </message>
    <message>
        <source>{name} paid to show your post in more feeds ({amount} so far, until height {height}).</source>
        <translation>{name} оплатил показ вашей публикации в большем числе лент ({amount} на сегодня, до высоты {height}).</translation>
    </message>
    <message>
        <source>{name} replied to you</source>
        <translation>{name} ответил(а) вам</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <extracomment>Symbols every desktop font has (colour emoji are missing on many Linux systems).
----------
A notice about a post was activated: its post id.</extracomment>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Notifications ({count})</source>
        <translation>Уведомления ({count})</translation>
    </message>
    <message>
        <source>Rewards, badges, promotions of your posts and replies to you, each proven against the chain.</source>
        <translation>Награды, значки, продвижение ваших публикаций и ответы вам — всё подтверждено по цепочке.</translation>
    </message>
    <message>
        <source>Nothing yet. Rewards, badges and replies to you will show here.</source>
        <translation>Пока ничего. Здесь появятся награды, значки и ответы вам.</translation>
    </message>
    <message>
        <source>✔ proven at height {height} · {age}</source>
        <translation>✔ подтверждено на высоте {height} · {age}</translation>
    </message>
    <message>
        <source>Open the post</source>
        <translation>Открыть публикацию</translation>
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
    <name>OrderDetailView</name>
    <message>
        <source>← Back to orders</source>
        <translation>← К заказам</translation>
    </message>
    <message>
        <source>View listing</source>
        <translation>Открыть объявление</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>In escrow</source>
        <translation>На депонировании</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Арбитр</translation>
    </message>
    <message>
        <source>Buyer&apos;s note</source>
        <translation>Примечание покупателя</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>{amount} (settled)</source>
        <translation>{amount} (рассчитано)</translation>
    </message>
    <message>
        <source>— (drawn if a dispute is opened)</source>
        <translation>— (выбирается при открытии спора)</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (вы)</translation>
    </message>
    <message>
        <source>Marked delivered</source>
        <translation>Отмечен как доставленный</translation>
    </message>
    <message>
        <source>with a proof in the blob store ({id}…)</source>
        <translation>с доказательством в хранилище блобов ({id}…)</translation>
    </message>
    <message>
        <source>✓ Proven at block {height}</source>
        <translation>✓ Подтверждено в блоке {height}</translation>
    </message>
    <message>
        <source>Open delivery proof</source>
        <translation>Открыть доказательство доставки</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Открыть дело</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Ваша роль</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>block {height}</source>
        <translation>блок {height}</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Арбитр</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Arbitrating</source>
        <translation>Арбитраж</translation>
    </message>
    <message>
        <source>Settle disputes as an arbiter…</source>
        <translation>Разрешать споры в роли арбитра…</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>Ваши заказы</translation>
    </message>
    <message>
        <source>No orders yet. Orders you place, receive or settle as an arbiter appear here.</source>
        <translation>Заказов пока нет. Здесь появятся заказы, которые вы оформите, получите или будете разбирать как арбитр.</translation>
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
    <name>PinDialog</name>
    <message>
        <source>Pin listings to the stream</source>
        <translation>Закрепить объявления в эфире</translation>
    </message>
    <message>
        <source>Viewers can buy what you pin without leaving the stream.</source>
        <translation>Зрители могут купить закреплённое, не покидая эфир.</translation>
    </message>
    <message>
        <source>Your listings</source>
        <translation>Ваши объявления</translation>
    </message>
    <message>
        <source>You have no active listings; create one in the Market.</source>
        <translation>У вас нет активных объявлений; создайте объявление на Рынке.</translation>
    </message>
</context>
<context>
    <name>PlayerWidget</name>
    <message>
        <source>Video player</source>
        <translation>Видеоплеер</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Прошедшее и общее время</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Выключить звук</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>LIVE</source>
        <extracomment>False shows every frame as soon as it is decoded, painted at once (measuring decode + render).</extracomment>
        <translation>ЭФИР</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Эфир</translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message>
        <source>Reposted: {text}</source>
        <translation>Репост: {text}</translation>
    </message>
    <message>
        <source>Reposted a post</source>
        <translation>Сделан репост публикации</translation>
    </message>
    <message>
        <source>{points} rep</source>
        <translation>{points} реп.</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>weight {score}</source>
        <translation>вес {score}</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n комментарий</numerusform>
            <numerusform>%n комментария</numerusform>
            <numerusform>%n комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repost(s)</source>
        <translation>
            <numerusform>%n репост</numerusform>
            <numerusform>%n репоста</numerusform>
            <numerusform>%n репостов</numerusform>
        </translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>✔ proven at {height}</source>
        <translation>✔ подтверждено на {height}</translation>
    </message>
    <message>
        <source>Why am I seeing this?</source>
        <translation>Почему я это вижу?</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Post</source>
        <extracomment>The player is wider than a picture so that its controls (time, volume, quality) fit on one line. A thread with more replies than this starts collapsed (its count shows what is inside). Deeper replies are shown at this depth (beside the comment they answer), so the text keeps its width. It answers a comment that is not among those proven (not found yet, or of another post).</extracomment>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Post picture</source>
        <translation>Изображение публикации</translation>
    </message>
    <message>
        <source>Video</source>
        <extracomment>The video player, made when a video post is opened (the poster shows until then).</extracomment>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Why am I seeing this</source>
        <translation>Почему я это вижу</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Подписаться</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Текст публикации</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ За</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Против</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Репост</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Пожаловаться…</translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation>Продвигать…</translation>
    </message>
    <message>
        <source>Promotion payment</source>
        <translation>Оплата продвижения</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> блоков</translation>
    </message>
    <message>
        <source>Promotion length</source>
        <translation>Длительность продвижения</translation>
    </message>
    <message>
        <source>Pay and promote</source>
        <translation>Оплатить и продвигать</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплатить</translation>
    </message>
    <message>
        <source>for</source>
        <translation>за</translation>
    </message>
    <message>
        <source>What is wrong with it? (spam, stolen work, harassment…)</source>
        <translation>Что не так? (спам, украденная работа, травля…)</translation>
    </message>
    <message>
        <source>Report reason</source>
        <translation>Причина жалобы</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Отправить жалобу</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <extracomment>The comment the next one answers (b&quot;&quot; for a comment on the post itself). The last comment replied to (its thread is kept open).</extracomment>
        <translation>Отменить ответ</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Напишите комментарий…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментировать</translation>
    </message>
    <message>
        <source>This post is not known yet.</source>
        <translation>Эта публикация пока неизвестна.</translation>
    </message>
    <message>
        <source>reputation {score}</source>
        <translation>репутация {score}</translation>
    </message>
    <message>
        <source>Following ✔</source>
        <translation>Вы подписаны ✔</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>публикация</translation>
    </message>
    <message>
        <source>Reposted — {post}</source>
        <translation>Репост — {post}</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(без текста)</translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n media · posted {age}</source>
        <translation>
            <numerusform>{kind} · %n медиафайл · опубликовано {age}</numerusform>
            <numerusform>{kind} · %n медиафайла · опубликовано {age}</numerusform>
            <numerusform>{kind} · %n медиафайлов · опубликовано {age}</numerusform>
        </translation>
    </message>
    <message>
        <source>weight {score} (by the voters&apos; reputation)</source>
        <translation>вес {score} (по репутации голосующих)</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n комментарий</numerusform>
            <numerusform>%n комментария</numerusform>
            <numerusform>%n комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repost(s)</source>
        <translation>
            <numerusform>%n репост</numerusform>
            <numerusform>%n репоста</numerusform>
            <numerusform>%n репостов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n жалоба</numerusform>
            <numerusform>%n жалобы</numerusform>
            <numerusform>%n жалоб</numerusform>
        </translation>
    </message>
    <message>
        <source>Promoted until height {height} ({amount} paid)</source>
        <translation>Продвигается до высоты {height} (оплачено {amount})</translation>
    </message>
    <message>
        <source>✔ Verified by proof at height {height}</source>
        <translation>✔ Подтверждено доказательством на высоте {height}</translation>
    </message>
    <message>
        <source>Saved ✔</source>
        <translation>Сохранено ✔</translation>
    </message>
    <message>
        <source>Why am I seeing this? {reason}</source>
        <translation>Почему я это вижу? {reason}</translation>
    </message>
    <message>
        <source>This video cannot be played offline.</source>
        <translation>Это видео нельзя воспроизвести без сети.</translation>
    </message>
    <message>
        <source>Loading the video…</source>
        <translation>Загрузка видео…</translation>
    </message>
    <message>
        <source>The video could not be loaded: {reason}</source>
        <translation>Не удалось загрузить видео: {reason}</translation>
    </message>
    <message>
        <source>This post&apos;s media is a picture, not a video.</source>
        <translation>В этой публикации изображение, а не видео.</translation>
    </message>
    <message>
        <source>No node is reachable to stream this video from.</source>
        <translation>Нет доступного узла для потоковой передачи этого видео.</translation>
    </message>
    <message numerus="yes">
        <source>%n qualities</source>
        <translation>
            <numerusform>%n качество</numerusform>
            <numerusform>%n качества</numerusform>
            <numerusform>%n качеств</numerusform>
        </translation>
    </message>
    <message>
        <source>streamed, every chunk checked</source>
        <translation>потоковое видео, каждый фрагмент проверен</translation>
    </message>
    <message>
        <source>The video cannot be played.</source>
        <translation>Видео не воспроизводится.</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Загрузка изображения…</translation>
    </message>
    <message>
        <source>Comments ({count})</source>
        <translation>Комментарии ({count})</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Комментариев пока нет.</translation>
    </message>
    <message>
        <source>(a reply to a comment not found)</source>
        <translation>(ответ на ненайденный комментарий)</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(-ies)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>Proven comment, block {height}</source>
        <translation>Подтверждённый комментарий, блок {height}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Reply to {name}</source>
        <translation>Ответить {name}</translation>
    </message>
    <message>
        <source>Replying to {name}: “{excerpt}”</source>
        <translation>Ответ для {name}: «{excerpt}»</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Напишите ответ…</translation>
    </message>
    <message>
        <source>✔ Up-voted; the tally above is proven.</source>
        <translation>✔ Голос «за» учтён; подсчёт выше подтверждён.</translation>
    </message>
    <message>
        <source>✔ Down-voted; the tally above is proven.</source>
        <translation>✔ Голос «против» учтён; подсчёт выше подтверждён.</translation>
    </message>
    <message>
        <source>✔ Vote withdrawn; the tally above is proven.</source>
        <translation>✔ Голос отозван; подсчёт выше подтверждён.</translation>
    </message>
    <message>
        <source>Voting…</source>
        <translation>Голосование…</translation>
    </message>
    <message>
        <source>Sending the reply…</source>
        <translation>Отправка ответа…</translation>
    </message>
    <message>
        <source>✔ Replied.</source>
        <translation>✔ Ответ отправлен.</translation>
    </message>
    <message>
        <source>Sending the comment…</source>
        <translation>Отправка комментария…</translation>
    </message>
    <message>
        <source>✔ Commented.</source>
        <translation>✔ Комментарий опубликован.</translation>
    </message>
    <message>
        <source>✔ You follow {name}.</source>
        <translation>✔ Вы подписаны на {name}.</translation>
    </message>
    <message>
        <source>✔ You no longer follow {name}.</source>
        <translation>✔ Вы отписались от {name}.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Reposting…</source>
        <translation>Репост…</translation>
    </message>
    <message>
        <source>✔ Reposted to your followers.</source>
        <translation>✔ Репост отправлен подписчикам.</translation>
    </message>
    <message>
        <source>✔ Saved on this computer.</source>
        <translation>✔ Сохранено на этом компьютере.</translation>
    </message>
    <message>
        <source>Removed from saved.</source>
        <translation>Удалено из сохранённого.</translation>
    </message>
    <message>
        <source>Hidden from your feeds.</source>
        <translation>Скрыто из ваших лент.</translation>
    </message>
    <message>
        <source>Say what is wrong with it, so others can judge the report.</source>
        <translation>Укажите, что не так, чтобы другие могли оценить жалобу.</translation>
    </message>
    <message>
        <source>Reporting…</source>
        <translation>Отправка жалобы…</translation>
    </message>
    <message>
        <source>✔ Reported; it is hidden from your feeds.</source>
        <translation>✔ Жалоба отправлена; публикация скрыта из ваших лент.</translation>
    </message>
    <message numerus="yes">
        <source>Promoting for %n block(s) costs at least {amount}.</source>
        <translation>
            <numerusform>Продвижение на %n блок стоит не меньше {amount}.</numerusform>
            <numerusform>Продвижение на %n блока стоит не меньше {amount}.</numerusform>
            <numerusform>Продвижение на %n блоков стоит не меньше {amount}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paying for the promotion…</source>
        <translation>Оплата продвижения…</translation>
    </message>
    <message>
        <source>✔ Promoted: {amount} went to the reward pool.</source>
        <translation>✔ Продвижение оплачено: {amount} ушло в фонд наград.</translation>
    </message>
</context>
<context>
    <name>PostKind</name>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Lookbook</source>
        <translation>Лукбук</translation>
    </message>
    <message>
        <source>Casting call</source>
        <translation>Кастинг</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Портфолио</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Публикация</translation>
    </message>
</context>
<context>
    <name>PriceStockDialog</name>
    <message>
        <source>Price and stock</source>
        <translation>Цена и наличие</translation>
    </message>
    <message>
        <source>Price in ExC</source>
        <translation>Цена в ExC</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Наличие</translation>
    </message>
    <message>
        <source>Price (ExC)</source>
        <translation>Цена (ExC)</translation>
    </message>
    <message>
        <source>Orders already placed keep the price they were placed at.</source>
        <translation>Уже оформленные заказы сохраняют цену, по которой были сделаны.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>A fixed-price listing needs a price above zero.</source>
        <translation>Для объявления с фиксированной ценой нужна цена больше нуля.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>{name} — profile</source>
        <translation>{name} — профиль</translation>
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
    <name>ProofDialog</name>
    <message>
        <source>Delivery proof</source>
        <extracomment>The longest side a photo is shown at.</extracomment>
        <translation>Доказательство доставки</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} КиБ</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} МиБ</translation>
    </message>
    <message>
        <source>A photo, {width} × {height} pixels, {size}</source>
        <translation>Фото, {width} × {height} пикселей, {size}</translation>
    </message>
    <message>
        <source>This proof is a file the app does not show: save it and open it with another app.</source>
        <translation>Это доказательство — файл, который приложение не показывает: сохраните его и откройте в другой программе.</translation>
    </message>
    <message>
        <source>A file ({type}), {size}</source>
        <translation>Файл ({type}), {size}</translation>
    </message>
    <message>
        <source>✓ Every part checked against the seller&apos;s signed manifest</source>
        <translation>✓ Каждая часть сверена с подписанным манифестом продавца</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save the delivery proof</source>
        <translation>Сохранить доказательство доставки</translation>
    </message>
    <message>
        <source>The proof could not be saved as {name}: {reason}.</source>
        <translation>Не удалось сохранить доказательство как {name}: {reason}.</translation>
    </message>
    <message>
        <source>✓ Saved to {path}</source>
        <translation>✓ Сохранено в {path}</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>New proposal</source>
        <translation>Новое предложение</translation>
    </message>
    <message>
        <source>Kind of proposal</source>
        <translation>Тип предложения</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>the validator&apos;s public key, 64 hex digits</source>
        <translation>открытый ключ валидатора, 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>Validator key</source>
        <translation>Ключ валидатора</translation>
    </message>
    <message>
        <source>Voting power (0 removes it)</source>
        <translation>Вес голоса (0 — удалить)</translation>
    </message>
    <message>
        <source>Voting power (0 removes)</source>
        <translation>Вес голоса (0 — удалить)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <source>{doc}. Now {current}; allowed {low} … {high}.</source>
        <translation>{doc}. Сейчас {current}; допустимо {low} … {high}.</translation>
    </message>
    <message>
        <source>Not yet: {reason}</source>
        <translation>Пока нельзя: {reason}</translation>
    </message>
    <message>
        <source>Proposing…</source>
        <translation>Отправка предложения…</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>As described</source>
        <translation>Соответствие описанию</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Общение</translation>
    </message>
    <message>
        <source>Rate your order</source>
        <translation>Оцените заказ</translation>
    </message>
    <message>
        <source>{title} — your rating is public and counts toward the seller&apos;s reputation.</source>
        <translation>{title} — ваша оценка публична и влияет на репутацию продавца.</translation>
    </message>
    <message>
        <source>A few words for other buyers (optional)</source>
        <translation>Пара слов для других покупателей (необязательно)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Publish rating</source>
        <translation>Опубликовать оценку</translation>
    </message>
    <message>
        <source>Keep the review under 2000 bytes.</source>
        <translation>Уложите отзыв в 2000 байт.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive ExC</source>
        <translation>Получить ExC</translation>
    </message>
    <message>
        <source>Share this address. Anyone can send ExC to it; only you can spend it.</source>
        <translation>Поделитесь этим адресом. Отправить на него ExC может любой, тратить — только вы.</translation>
    </message>
    <message>
        <source>Address QR code</source>
        <translation>QR-код адреса</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Ваш адрес</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Копировать адрес</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>Reputation</name>
    <message>
        <source>Votes received, weighted by the voters&apos; reputation</source>
        <extracomment>Where everyone starts, and how many displayed points each tenfold of raw points adds.</extracomment>
        <translation>Полученные голоса с учётом репутации голосующих</translation>
    </message>
    <message>
        <source>Endorsements of skills, weighted by the endorsers&apos; trust</source>
        <translation>Подтверждения навыков с учётом доверия к подтвердившим</translation>
    </message>
    <message>
        <source>Orders completed as a seller</source>
        <translation>Выполненные заказы в роли продавца</translation>
    </message>
    <message>
        <source>Buyers&apos; ratings (above or below three stars)</source>
        <translation>Оценки покупателей (выше или ниже трёх звёзд)</translation>
    </message>
    <message>
        <source>Votes that agreed with the community&apos;s later consensus</source>
        <translation>Голоса, совпавшие с последующим мнением сообщества</translation>
    </message>
    <message>
        <source>Everyone starts at {base}.</source>
        <extracomment>The displayed points this part accounts for (they sum to the displayed score minus BASE).</extracomment>
        <translation>Все начинают с {base}.</translation>
    </message>
    <message>
        <source>{part}: {raw} raw points → {shown}</source>
        <translation>{part}: {raw} исходных баллов → {shown}</translation>
    </message>
    <message>
        <source>Shown: {base} + 10·log10(1 + {raw}) = {shown}</source>
        <translation>Показано: {base} + 10·log10(1 + {raw}) = {shown}</translation>
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
    <name>RequestsView</name>
    <message>
        <source>People you have not chatted with yet. They do not know whether you read their messages.</source>
        <translation>Люди, с которыми вы ещё не переписывались. Они не знают, прочитали ли вы их сообщения.</translation>
    </message>
    <message>
        <source>Message requests</source>
        <translation>Запросы на переписку</translation>
    </message>
    <message>
        <source>No message requests.</source>
        <translation>Запросов на переписку нет.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Пожаловаться</translation>
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
    <name>SendDialog</name>
    <message>
        <source>The address has a typo: its checksum does not match</source>
        <extracomment>The reasons lightnode (which has no Qt) gives for refusing an address or amount, for translation; a reason missing here is shown as it comes.</extracomment>
        <translation>В адресе опечатка: контрольная сумма не совпадает</translation>
    </message>
    <message>
        <source>An ExC address starts with &apos;exc1&apos;</source>
        <translation>Адрес ExC начинается с «exc1»</translation>
    </message>
    <message>
        <source>The address uses the old bech32 checksum, not bech32m</source>
        <translation>В адресе старая контрольная сумма bech32, а не bech32m</translation>
    </message>
    <message>
        <source>The address is malformed</source>
        <translation>Адрес имеет неверный формат</translation>
    </message>
    <message>
        <source>The address is empty</source>
        <translation>Адрес пуст</translation>
    </message>
    <message>
        <source>Type an amount such as 12.5 (in ExC).</source>
        <translation>Введите сумму, например 12.5 (в ExC).</translation>
    </message>
    <message>
        <source>That amount is larger than any balance can be.</source>
        <translation>Эта сумма больше любого возможного баланса.</translation>
    </message>
    <message>
        <source>Send ExC</source>
        <translation>Отправить ExC</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Адрес получателя</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Optional, visible on the chain</source>
        <translation>Необязательно, видно в цепочке</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Amount (ExC)</source>
        <translation>Сумма (ExC)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>{reason}. Nothing will be sent to it.</source>
        <translation>{reason}. На этот адрес ничего не будет отправлено.</translation>
    </message>
    <message>
        <source>You are sending to yourself.</source>
        <translation>Вы отправляете самому себе.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Not enough funds: {needed} needed with the fee, {available} available.</source>
        <translation>Недостаточно средств: с комиссией нужно {needed}, доступно {available}.</translation>
    </message>
    <message>
        <source>Fee {fee} · total {total} · balance after {after}</source>
        <translation>Комиссия {fee} · итого {total} · останется {after}</translation>
    </message>
    <message>
        <source>Fee {fee} · available {available}</source>
        <translation>Комиссия {fee} · доступно {available}</translation>
    </message>
    <message>
        <source>Review and confirm</source>
        <translation>Проверьте и подтвердите</translation>
    </message>
    <message>
        <source>Transfers cannot be undone. Check the address once more.</source>
        <translation>Перевод нельзя отменить. Проверьте адрес ещё раз.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>Подтвердить и отправить</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Примечание: {memo}</translation>
    </message>
    <message>
        <source>Send &lt;b&gt;{amount}&lt;/b&gt;&lt;br&gt;to &lt;tt&gt;{address}&lt;/tt&gt;&lt;br&gt;Fee: {fee}&lt;br&gt;Total: &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>Отправить &lt;b&gt;{amount}&lt;/b&gt;&lt;br&gt;на &lt;tt&gt;{address}&lt;/tt&gt;&lt;br&gt;Комиссия: {fee}&lt;br&gt;Итого: &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Подпись и отправка…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Состояние отправки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>You are offline. The transfer is signed and queued; it goes out when the network is back.</source>
        <translation>Вы не в сети. Перевод подписан и поставлен в очередь; он уйдёт, когда сеть вернётся.</translation>
    </message>
    <message>
        <source>✔ Included at height {height}, verified by proof.</source>
        <translation>✔ Включён на высоте {height}, подтверждён доказательством.</translation>
    </message>
    <message>
        <source>The transfer failed: {reason}</source>
        <translation>Перевод не выполнен: {reason}</translation>
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
    <name>Tasks</name>
    <message>
        <source>Something went wrong ({kind}: {reason}).</source>
        <translation>Что-то пошло не так ({kind}: {reason}).</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>No files attached</source>
        <translation>Файлы не приложены</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Приложить файлы…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Выберите файлы</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Сначала напишите что-нибудь.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Order timeline</source>
        <translation>Хронология заказа</translation>
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
    <name>UploadPage</name>
    <message>
        <source>Resume upload</source>
        <extracomment>A post was published and proven (its id).</extracomment>
        <translation>Продолжить загрузку</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Post status</source>
        <translation>Статус публикации</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The upload of %1 did not finish last time. Resume it where it stopped?</source>
        <translation>Загрузка «%1» в прошлый раз не завершилась. Продолжить с места остановки?</translation>
    </message>
    <message>
        <source>Buying storage for your upload…</source>
        <translation>Покупаем хранилище для загрузки…</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Публикуем…</translation>
    </message>
    <message>
        <source>✓ Posted and verified at block %1.</source>
        <translation>✓ Опубликовано и подтверждено в блоке %1.</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Запись эфира: %1</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Estimating time left…</source>
        <translation>Оцениваем оставшееся время…</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Почти готово</translation>
    </message>
    <message>
        <source>About %1 s left</source>
        <translation>Осталось около %1 с</translation>
    </message>
    <message>
        <source>About %1 min left</source>
        <translation>Осталось около %1 мин</translation>
    </message>
    <message>
        <source>Preparing: resizing, removing location data and converting for every screen size…</source>
        <translation>Подготовка: меняем размер, удаляем данные о местоположении и конвертируем для всех размеров экрана…</translation>
    </message>
    <message>
        <source>Uploading %1 MB of %2 MB</source>
        <translation>Загружено %1 МБ из %2 МБ</translation>
    </message>
    <message>
        <source>Uploaded. Add a caption and post it.</source>
        <translation>Загружено. Добавьте подпись и опубликуйте.</translation>
    </message>
    <message>
        <source>New post</source>
        <extracomment>A post holds at most this many photos and videos. Every finished upload of the post being prepared, in the order chosen.</extracomment>
        <translation>Новая публикация</translation>
    </message>
    <message>
        <source>Photos are turned upright and stripped of location and camera details before they leave this computer. Videos are converted for every screen size; the original is never changed.</source>
        <translation>Фотографии выравниваются, из них удаляются данные о местоположении и камере, прежде чем они покинут этот компьютер. Видео конвертируется для всех размеров экрана; оригинал не изменяется.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Choose photos or videos…</source>
        <translation>Выбрать фото или видео…</translation>
    </message>
    <message>
        <source>Write a caption…</source>
        <translation>Напишите подпись…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Tags, separated by commas (e.g. runway, linen, SS26)</source>
        <translation>Теги через запятую (например, подиум, лён, SS26)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Upload stage</source>
        <translation>Этап загрузки</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <source>Uploading is not available until the network is connected.</source>
        <translation>Загрузка недоступна, пока нет подключения к сети.</translation>
    </message>
    <message numerus="yes">
        <source>A post holds at most %n photos and videos.</source>
        <translation>
            <numerusform>Публикация вмещает не более %n фото или видео.</numerusform>
            <numerusform>Публикация вмещает не более %n фото и видео.</numerusform>
            <numerusform>Публикация вмещает не более %n фото и видео.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming the upload…</source>
        <translation>Продолжаем загрузку…</translation>
    </message>
    <message>
        <source>Uploading needs the app&apos;s event loop, which is not running.</source>
        <translation>Для загрузки нужен цикл событий приложения, а он не запущен.</translation>
    </message>
    <message>
        <source>Something went wrong with the upload; try again.</source>
        <translation>С загрузкой что-то пошло не так; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Converting the video…</source>
        <translation>Конвертируем видео…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was posted.</source>
        <translation>Отменено. Ничего не опубликовано.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отменяем…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>The caption or a tag is too long; shorten it and post again.</source>
        <translation>Подпись или тег слишком длинные; сократите и опубликуйте снова.</translation>
    </message>
    <message>
        <source>Choose photos or videos</source>
        <translation>Выберите фото или видео</translation>
    </message>
    <message>
        <source>Photos and videos (%1)</source>
        <translation>Фото и видео (%1)</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Verify %1</source>
        <extracomment>Reading a screenshot (file or clipboard) off the GUI thread; None when none is being read.</extracomment>
        <translation>Проверка: %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept on their device…</source>
        <translation>Ждём, пока %1 примет запрос на своём устройстве…</translation>
    </message>
    <message>
        <source>%1 wants to verify your chat. Meet in person or call them, then compare what you both see.</source>
        <translation>%1 хочет проверить ваш чат. Встретьтесь лично или созвонитесь, затем сравните то, что видите оба.</translation>
    </message>
    <message>
        <source>Start comparing</source>
        <translation>Начать сравнение</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Check that %1 sees the same emoji, in the same order. Compare in person or on a call, not in this chat.</source>
        <translation>Убедитесь, что %1 видит те же эмодзи в том же порядке. Сравнивайте лично или по звонку, а не в этом чате.</translation>
    </message>
    <message>
        <source>They match</source>
        <translation>Совпадают</translation>
    </message>
    <message>
        <source>They don&apos;t match</source>
        <translation>Не совпадают</translation>
    </message>
    <message>
        <source>Waiting for %1 to confirm…</source>
        <translation>Ждём подтверждения от %1…</translation>
    </message>
    <message>
        <source>✔ %1 is verified. Their chat shows a verified badge, and you will be warned if their keys ever change.</source>
        <translation>✔ %1 проверен. В чате появится значок проверки, и вы получите предупреждение, если ключи изменятся.</translation>
    </message>
    <message>
        <source>Safety number (the same on both devices): %1</source>
        <translation>Код безопасности (одинаков на обоих устройствах): %1</translation>
    </message>
    <message>
        <source>Use a QR code instead</source>
        <translation>Использовать QR-код</translation>
    </message>
    <message>
        <source>Verify with a QR code</source>
        <translation>Проверить по QR-коду</translation>
    </message>
    <message>
        <source>Compare emoji instead</source>
        <translation>Сравнить эмодзи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Your verification QR code</source>
        <translation>Ваш QR-код для проверки</translation>
    </message>
    <message>
        <source>Your code is not available yet.</source>
        <translation>Ваш код пока недоступен.</translation>
    </message>
    <message>
        <source>Your code: let %1 scan it</source>
        <translation>Ваш код: пусть %1 его отсканирует</translation>
    </message>
    <message>
        <source>Scan the code on %1&apos;s screen, or a screenshot of it they sent you another way than this chat. If it matches the keys of your chat, %1 is marked verified.</source>
        <translation>Отсканируйте код с экрана %1 или его снимок, присланный не через этот чат. Если он совпадёт с ключами вашего чата, %1 будет отмечен как проверенный.</translation>
    </message>
    <message>
        <source>Scan with camera</source>
        <translation>Сканировать камерой</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>Поиск камеры…</translation>
    </message>
    <message>
        <source>Open an image…</source>
        <translation>Открыть изображение…</translation>
    </message>
    <message>
        <source>Paste a screenshot</source>
        <translation>Вставить снимок экрана</translation>
    </message>
    <message>
        <source>No camera was found on this computer: open or paste a screenshot instead.</source>
        <translation>На этом компьютере нет камеры: откройте или вставьте снимок экрана.</translation>
    </message>
    <message>
        <source>Hold %1&apos;s code in front of the camera…</source>
        <translation>Поднесите код %1 к камере…</translation>
    </message>
    <message>
        <source>No code was seen. Try again closer to the camera, in good light.</source>
        <translation>Код не обнаружен. Попробуйте ещё раз ближе к камере и при хорошем свете.</translation>
    </message>
    <message>
        <source>Choose a screenshot of the code</source>
        <translation>Выберите снимок экрана с кодом</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Reading the code…</source>
        <translation>Чтение кода…</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Не удаётся прочитать файл (%1).</translation>
    </message>
    <message>
        <source>The keys do not match</source>
        <translation>Ключи не совпадают</translation>
    </message>
    <message>
        <source>Make sure you scanned %1&apos;s own screen, in person or from a screenshot they sent another way. If the codes still differ, do not share anything sensitive in this chat.</source>
        <translation>Убедитесь, что вы сканировали экран самого %1 — лично или со снимка, присланного другим путём. Если коды всё равно различаются, не делитесь в этом чате ничем важным.</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Сканировать снова</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Or compare these numbers: %1</source>
        <translation>Или сравните эти числа: %1</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>There is no sound device, so the video plays without sound.</source>
        <translation>Звуковое устройство не найдено, поэтому видео воспроизводится без звука.</translation>
    </message>
    <message>
        <source>The sound device cannot play 48 kHz stereo, so the video plays without sound.</source>
        <translation>Звуковое устройство не поддерживает стерео 48 кГц, поэтому видео воспроизводится без звука.</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <source>Sent to the network; waiting for a block that includes it…</source>
        <translation>Отправлено в сеть; ждём блок, который его включит…</translation>
    </message>
</context>
<context>
    <name>WalletView</name>
    <message>
        <source>Wallet</source>
        <translation>Кошелёк</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Balance verification</source>
        <translation>Проверка баланса</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Получить</translation>
    </message>
    <message>
        <source>Note on your history</source>
        <translation>Замечание об истории</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide this note until something new is found</source>
        <translation>Скрыть замечание, пока не найдётся что-то новое</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Transaction history</source>
        <translation>История операций</translation>
    </message>
    <message>
        <source>No transfers yet. Use Receive to share your address.</source>
        <translation>Переводов пока нет. Нажмите «Получить», чтобы поделиться адресом.</translation>
    </message>
    <message>
        <source>Your address: {address}</source>
        <translation>Ваш адрес: {address}</translation>
    </message>
    <message>
        <source>Not verified yet — waiting for the network</source>
        <translation>Ещё не проверен — ждём сеть</translation>
    </message>
    <message>
        <source>Last verified at height {height} — offline, may be out of date</source>
        <translation>Последняя проверка на высоте {height} — нет сети, данные могут устареть</translation>
    </message>
    <message>
        <source>✔ Verified by proof at height {height}</source>
        <translation>✔ Подтверждено доказательством на высоте {height}</translation>
    </message>
    <message numerus="yes">
        <source>%n signed transfer(s) waiting to be sent; they go out when the network is back.</source>
        <translation>
            <numerusform>%n подписанный перевод ждёт отправки; он уйдёт, когда сеть вернётся.</numerusform>
            <numerusform>%n подписанных перевода ждут отправки; они уйдут, когда сеть вернётся.</numerusform>
            <numerusform>%n подписанных переводов ждут отправки; они уйдут, когда сеть вернётся.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A node left out %n transfer(s) to you; they were recovered from another node, verified, and are in the history below.</source>
        <translation>
            <numerusform>Узел пропустил %n входящий перевод; он получен от другого узла, проверен и есть в истории ниже.</numerusform>
            <numerusform>Узел пропустил %n входящих перевода; они получены от другого узла, проверены и есть в истории ниже.</numerusform>
            <numerusform>Узел пропустил %n входящих переводов; они получены от другого узла, проверены и есть в истории ниже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A node listed %n transfer(s) that failed verification; they were not added to your history.</source>
        <translation>
            <numerusform>Узел указал %n перевод, не прошедший проверку; он не добавлен в историю.</numerusform>
            <numerusform>Узел указал %n перевода, не прошедших проверку; они не добавлены в историю.</numerusform>
            <numerusform>Узел указал %n переводов, не прошедших проверку; они не добавлены в историю.</numerusform>
        </translation>
    </message>
    <message>
        <source>A node&apos;s list of your transfers could not be verified. The history is complete up to the last verified block, and is checked again with the next block.</source>
        <translation>Список ваших переводов от узла не удалось проверить. История полна до последнего проверенного блока и будет проверена снова со следующим блоком.</translation>
    </message>
    <message>
        <source>Between blocks {first} and {last} your verified balance grew by {extra} more than the verified transfers to you. Rewards, escrow releases and grants raise a balance too; if you expected none, a transfer may be missing from the history.</source>
        <translation>Между блоками {first} и {last} ваш проверенный баланс вырос на {extra} больше, чем сумма проверенных входящих переводов. Баланс растёт и от наград, освобождения эскроу и грантов; если вы их не ждали, в истории, возможно, не хватает перевода.</translation>
    </message>
    <message>
        <source>Between blocks {first} and {last} your verified balance grew by {grown}, less than the verified transfers to you ({received}). The balance shown is the verified one.</source>
        <translation>Между блоками {first} и {last} ваш проверенный баланс вырос на {grown} — меньше суммы проверенных входящих переводов ({received}). Показан проверенный баланс.</translation>
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
    <name>WhyDialog</name>
    <message>
        <source>Why am I seeing this?</source>
        <translation>Почему я это вижу?</translation>
    </message>
    <message>
        <source>Ranked on this computer from posts and votes proven against the chain.</source>
        <translation>Ранжировано на этом компьютере по публикациям и голосам, подтверждённым по цепочке.</translation>
    </message>
    <message>
        <source>Not interested: hide it</source>
        <translation>Не интересно: скрыть</translation>
    </message>
    <message>
        <source>Hide this post</source>
        <translation>Скрыть эту публикацию</translation>
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
    <name>_Dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>_FeedCounts</name>
    <message numerus="yes">
        <source>%n day ago</source>
        <extracomment>The reference time of the age terms (as Hive&apos;s hot and trending use one): 2020-09-13 12:26:40 UTC. Hot: every HOT_DECAY_S of age weighs as much as ten times the score (3 hours). Trending: the same on a slower clock (2 days), so lasting appreciation outranks a burst. For you: weights of the personal terms added to the hot score. Posts with at least this many distinct reports rank lower in For you, by REPORT_PENALTY. Items per page; promoted posts are placed at most `promotion_cap` times per page. The sum of the standing votes&apos; reputation weights (PostRecord.score). What was paid to promote it, when its promotion runs at the verified height (else 0). Authors&apos; proven reputation scores (raw points). Interest per tag in [0, 1], from the viewer&apos;s own up-votes, saves and posts.</extracomment>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>Ranked lower: %n people reported it.</source>
        <translation>
            <numerusform>Понижено: на публикацию пожаловался %n человек.</numerusform>
            <numerusform>Понижено: на публикацию пожаловались %n человека.</numerusform>
            <numerusform>Понижено: на публикацию пожаловались %n человек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MarketCounts</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n оценка</numerusform>
            <numerusform>%n оценки</numerusform>
            <numerusform>%n оценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked within %n day(s)</source>
        <translation>
            <numerusform>Запись в течение %n дня</numerusform>
            <numerusform>Запись в течение %n дней</numerusform>
            <numerusform>Запись в течение %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ships in %n day(s)</source>
        <translation>
            <numerusform>Отправка за %n день</numerusform>
            <numerusform>Отправка за %n дня</numerusform>
            <numerusform>Отправка за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) open</source>
        <translation>
            <numerusform>%n запись открыта</numerusform>
            <numerusform>%n записи открыты</numerusform>
            <numerusform>%n записей открыто</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n в наличии</numerusform>
            <numerusform>%n в наличии</numerusform>
            <numerusform>%n в наличии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n posts</source>
        <extracomment>The formats a draft can take, as (kind, media type), in the order the editor lists them. How long after new data the trends are recomputed (new blocks come every second or so). How many days ahead a draft can be planned in the editor.</extracomment>
        <translation>
            <numerusform>%n публикация</numerusform>
            <numerusform>%n публикации</numerusform>
            <numerusform>%n публикаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n голос</numerusform>
            <numerusform>%n голоса</numerusform>
            <numerusform>%n голосов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>продано: %n</numerusform>
            <numerusform>продано: %n</numerusform>
            <numerusform>продано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>learned from %n posts</source>
        <translation>
            <numerusform>обучен на %n публикации</numerusform>
            <numerusform>обучен на %n публикациях</numerusform>
            <numerusform>обучен на %n публикациях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endorsed</source>
        <translation>
            <numerusform>%n подтверждение</numerusform>
            <numerusform>%n подтверждения</numerusform>
            <numerusform>%n подтверждений</numerusform>
        </translation>
    </message>
    <message>
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>palette style</source>
        <translation>стиль палитры</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Ваш черновик</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Тренды</translation>
    </message>
    <message>
        <source>Your brand</source>
        <translation>Ваш бренд</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Рынок</translation>
    </message>
    <message>
        <source>models</source>
        <translation>моделей</translation>
    </message>
    <message>
        <source>designers</source>
        <translation>дизайнеров</translation>
    </message>
    <message>
        <source>photographers</source>
        <translation>фотографов</translation>
    </message>
    <message>
        <source>stylists</source>
        <translation>стилистов</translation>
    </message>
    <message>
        <source>agencies</source>
        <translation>агентств</translation>
    </message>
    <message>
        <source>producers</source>
        <translation>продюсеров</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>клиентов</translation>
    </message>
    <message>
        <source>over 99% sure</source>
        <translation>более 99%</translation>
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
