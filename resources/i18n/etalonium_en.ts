<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>ProfilePage</name>
    <message numerus="yes">
        <source>{skill} — %n endorsement(s), score {score} ✔</source>
        <translation>
            <numerusform>{skill} — %n endorsement, score {score} ✔</numerusform>
            <numerusform>{skill} — %n endorsements, score {score} ✔</numerusform>
        </translation>
    </message>
</context>
</TS>
