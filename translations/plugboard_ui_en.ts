<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>plugboard::ui::DiagnosisWizard</name>
    <message numerus="yes">
        <source>No problem found. %n check(s) could not run.</source>
        <translation>
            <numerusform>No problem found. %n check could not run.</numerusform>
            <numerusform>No problem found. %n checks could not run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::ui::FindingCard</name>
    <message numerus="yes">
        <source>Also explains %n other finding(s)</source>
        <translation>
            <numerusform>Also explains %n other finding</numerusform>
            <numerusform>Also explains %n other findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::ui::GuestModel</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n guest</numerusform>
            <numerusform>%n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n port(s))</source>
        <translation>
            <numerusform>%1 (%2, %n port)</numerusform>
            <numerusform>%1 (%2, %n ports)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::ui::MainWindow</name>
    <message numerus="yes">
        <source>Keeping %n assignment(s)</source>
        <translation>
            <numerusform>Keeping %n assignment</numerusform>
            <numerusform>Keeping %n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controller(s)</source>
        <translation>
            <numerusform>%n controller</numerusform>
            <numerusform>%n controllers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PowerBudgetBar</name>
    <message numerus="yes">
        <source>%1 mA requested of %2 mA available on %n port(s)</source>
        <translation>
            <numerusform>%1 mA requested of %2 mA available on %n port</numerusform>
            <numerusform>%1 mA requested of %2 mA available on %n ports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::ui::Tray</name>
    <message numerus="yes">
        <source>Assignments: %n kept by this window</source>
        <translation>
            <numerusform>Assignments: %n kept by this window</numerusform>
            <numerusform>Assignments: %n kept by this window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignments: %n kept by the agent</source>
        <translation>
            <numerusform>Assignments: %n kept by the agent</numerusform>
            <numerusform>Assignments: %n kept by the agent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plugboard: %n USB device(s)</source>
        <translation>
            <numerusform>Plugboard: %n USB device</numerusform>
            <numerusform>Plugboard: %n USB devices</numerusform>
        </translation>
    </message>
</context>
</TS>
