<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>plugboard::assign::Engine</name>
    <message numerus="yes">
        <source>Keeping %n assignment(s) from %1.</source>
        <translation>
            <numerusform>Keeping %n assignment from %1.</numerusform>
            <numerusform>Keeping %n assignments from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::Bundle</name>
    <message numerus="yes">
        <source>USB part of /sys: %n device(s) and their controllers, ports and attributes (serial numbers unless redacted)</source>
        <translation>
            <numerusform>USB part of /sys: %n device and its controller, ports and attributes (serial numbers unless redacted)</numerusform>
            <numerusform>USB part of /sys: %n devices and their controllers, ports and attributes (serial numbers unless redacted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kernel log: %n line(s)</source>
        <translation>
            <numerusform>kernel log: %n line</numerusform>
            <numerusform>kernel log: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n line(s)</source>
        <translation>
            <numerusform>audit log: %n line</numerusform>
            <numerusform>audit log: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>libvirt %1: %n guest definition(s) and QEMU logs</source>
        <translation>
            <numerusform>libvirt %1: %n guest definition and QEMU logs</numerusform>
            <numerusform>libvirt %1: %n guest definitions and QEMU logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VMware .vmx file(s)</source>
        <translation>
            <numerusform>%n VMware .vmx file</numerusform>
            <numerusform>%n VMware .vmx files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::host::TopologyFormat</name>
    <message numerus="yes">
        <source>Bus %1: USB %2 root hub, %3, %n port(s)</source>
        <translation>
            <numerusform>Bus %1: USB %2 root hub, %3, %n port</numerusform>
            <numerusform>Bus %1: USB %2 root hub, %3, %n ports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::GuestFormat</name>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::LibvirtConnection</name>
    <message numerus="yes">
        <source>libvirt at %1 did not answer within %n second(s); the change may still happen. Look at the guest again in a moment.</source>
        <translation>
            <numerusform>libvirt at %1 did not answer within %n second; the change may still happen. Look at the guest again in a moment.</numerusform>
            <numerusform>libvirt at %1 did not answer within %n seconds; the change may still happen. Look at the guest again in a moment.</numerusform>
        </translation>
    </message>
</context>
</TS>
