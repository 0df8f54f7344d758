<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActorProfileView</name>
    <message numerus="yes">
        <source>%n endorsement(s)</source>
        <translation>
            <numerusform>%n endorsement</numerusform>
            <numerusform>%n endorsements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Locked after %n minute without activity.</numerusform>
            <numerusform>Locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message numerus="yes">
        <source>Preparing %n file(s)…</source>
        <translation>
            <numerusform>Preparing %n file…</numerusform>
            <numerusform>Preparing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message numerus="yes">
        <source>A post holds at most %n photos.</source>
        <translation>
            <numerusform>A post holds at most %n photo.</numerusform>
            <numerusform>A post holds at most %n photos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message numerus="yes">
        <source>Word {words} does not match. Check your paper, or show the words again.</source>
        <translation>
            <numerusform>Word {words} does not match. Check your paper, or show the words again.</numerusform>
            <numerusform>Words {words} do not match. Check your paper, or show the words again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n unread</numerusform>
            <numerusform>, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaoPage</name>
    <message numerus="yes">
        <source>Voting lasts %n block(s); proposing needs a reputation of {reputation}.</source>
        <translation>
            <numerusform>Voting lasts %n block; proposing needs a reputation of {reputation}.</numerusform>
            <numerusform>Voting lasts %n blocks; proposing needs a reputation of {reputation}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n voter</numerusform>
            <numerusform>%n voters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quorum: {voted} of {needed} reputation voted · yes {share}% (needs more than {threshold}%) · voting ends at height {end} (about %n block(s)).</source>
        <translation>
            <numerusform>Quorum: {voted} of {needed} reputation voted · yes {share}% (needs more than {threshold}%) · voting ends at height {end} (about %n block).</numerusform>
            <numerusform>Quorum: {voted} of {needed} reputation voted · yes {share}% (needs more than {threshold}%) · voting ends at height {end} (about %n blocks).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupInfoDialog</name>
    <message numerus="yes">
        <source>%n members · you manage this group</source>
        <translation>
            <numerusform>%n member · you manage this group</numerusform>
            <numerusform>%n members · you manage this group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members · only admins change members and the name</source>
        <translation>
            <numerusform>%n member · only admins change members and the name</numerusform>
            <numerusform>%n members · only admins change members and the name</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListingDetailView</name>
    <message numerus="yes">
        <source>%n completed order(s)</source>
        <translation>
            <numerusform>%n completed order</numerusform>
            <numerusform>%n completed orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>escrow released %n block(s) after delivery unless disputed</source>
        <translation>
            <numerusform>escrow released %n block after delivery unless disputed</numerusform>
            <numerusform>escrow released %n blocks after delivery unless disputed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message numerus="yes">
        <source>%n on air · read from verified blocks, each channel proven.</source>
        <translation>
            <numerusform>%n on air · read from verified blocks, each channel proven.</numerusform>
            <numerusform>%n on air · read from verified blocks, each channel proven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · live since block %3 · %n pinned</source>
        <translation>
            <numerusform>%1 · %2 · live since block %3 · %n pinned</numerusform>
            <numerusform>%1 · %2 · live since block %3 · %n pinned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings pinned.</source>
        <translation>
            <numerusform>%n listing pinned.</numerusform>
            <numerusform>%n listings pinned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listings will be pinned when you go live.</source>
        <translation>
            <numerusform>%n listing will be pinned when you go live.</numerusform>
            <numerusform>%n listings will be pinned when you go live.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveShopPanel</name>
    <message numerus="yes">
        <source>%n item(s) pinned · proven at block {height}</source>
        <translation>
            <numerusform>%n item pinned · proven at block {height}</numerusform>
            <numerusform>%n items pinned · proven at block {height}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n watching</numerusform>
            <numerusform>%n watching</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message numerus="yes">
        <source>%n of your listings</source>
        <translation>
            <numerusform>%n of your listings</numerusform>
            <numerusform>%n of your listings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkStatusBar</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n witness</numerusform>
            <numerusform>%n witnesses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDelegate</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repost(s)</source>
        <translation>
            <numerusform>%n repost</numerusform>
            <numerusform>%n reposts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message numerus="yes">
        <source>{kind} · %n media · posted {age}</source>
        <translation>
            <numerusform>{kind} · %n media · posted {age}</numerusform>
            <numerusform>{kind} · %n media · posted {age}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repost(s)</source>
        <translation>
            <numerusform>%n repost</numerusform>
            <numerusform>%n reposts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n qualities</source>
        <translation>
            <numerusform>%n quality</numerusform>
            <numerusform>%n qualities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(-ies)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promoting for %n block(s) costs at least {amount}.</source>
        <translation>
            <numerusform>Promoting for %n block costs at least {amount}.</numerusform>
            <numerusform>Promoting for %n blocks costs at least {amount}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message numerus="yes">
        <source>{skill} — %n endorsement(s), score {score} ✔</source>
        <translation>
            <numerusform>{skill} — %n endorsement, score {score} ✔</numerusform>
            <numerusform>{skill} — %n endorsements, score {score} ✔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message numerus="yes">
        <source>A post holds at most %n photos and videos.</source>
        <translation>
            <numerusform>A post holds at most %n photo or video.</numerusform>
            <numerusform>A post holds at most %n photos and videos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalletView</name>
    <message numerus="yes">
        <source>%n signed transfer(s) waiting to be sent; they go out when the network is back.</source>
        <translation>
            <numerusform>%n signed transfer waiting to be sent; it goes out when the network is back.</numerusform>
            <numerusform>%n signed transfers waiting to be sent; they go out when the network is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A node left out %n transfer(s) to you; they were recovered from another node, verified, and are in the history below.</source>
        <translation>
            <numerusform>A node left out %n transfer to you; it was recovered from another node, verified, and is in the history below.</numerusform>
            <numerusform>A node left out %n transfers to you; they were recovered from another node, verified, and are in the history below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A node listed %n transfer(s) that failed verification; they were not added to your history.</source>
        <translation>
            <numerusform>A node listed %n transfer that failed verification; it was not added to your history.</numerusform>
            <numerusform>A node listed %n transfers that failed verification; they were not added to your history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_FeedCounts</name>
    <message numerus="yes">
        <source>%n day ago</source>
        <extracomment>The reference time of the age terms (as Hive&apos;s hot and trending use one): 2020-09-13 12:26:40 UTC. Hot: every HOT_DECAY_S of age weighs as much as ten times the score (3 hours). Trending: the same on a slower clock (2 days), so lasting appreciation outranks a burst. For you: weights of the personal terms added to the hot score. Posts with at least this many distinct reports rank lower in For you, by REPORT_PENALTY. Items per page; promoted posts are placed at most `promotion_cap` times per page. The sum of the standing votes&apos; reputation weights (PostRecord.score). What was paid to promote it, when its promotion runs at the verified height (else 0). Authors&apos; proven reputation scores (raw points). Interest per tag in [0, 1], from the viewer&apos;s own up-votes, saves and posts.</extracomment>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ranked lower: %n people reported it.</source>
        <translation>
            <numerusform>Ranked lower: %n person reported it.</numerusform>
            <numerusform>Ranked lower: %n people reported it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_MarketCounts</name>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked within %n day(s)</source>
        <translation>
            <numerusform>Booked within %n day</numerusform>
            <numerusform>Booked within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ships in %n day(s)</source>
        <translation>
            <numerusform>Ships in %n day</numerusform>
            <numerusform>Ships in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) open</source>
        <translation>
            <numerusform>%n booking open</numerusform>
            <numerusform>%n bookings open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
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
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
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
            <numerusform>%n sold</numerusform>
            <numerusform>%n sold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>learned from %n posts</source>
        <translation>
            <numerusform>learned from %n post</numerusform>
            <numerusform>learned from %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endorsed</source>
        <translation>
            <numerusform>%n endorsement</numerusform>
            <numerusform>%n endorsements</numerusform>
        </translation>
    </message>
</context>
</TS>
