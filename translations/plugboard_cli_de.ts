<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>plugboardctl</name>
    <message>
        <source>Run &apos;plugboardctl --help&apos; for usage.</source>
        <translation>Hinweise zur Verwendung: &apos;plugboardctl --help&apos;.</translation>
    </message>
    <message>
        <source>Show the host&apos;s USB controllers, ports and devices.</source>
        <translation>Die USB-Controller, Ports und Geräte des Hosts anzeigen.</translation>
    </message>
    <message>
        <source>Read every host file under DIR instead of /.</source>
        <translation>Jede Host-Datei unter DIR statt unter / lesen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Hide empty ports in the text tree.</source>
        <translation>Leere Ports im Textbaum ausblenden.</translation>
    </message>
    <message>
        <source>&apos;devices&apos; takes no arguments, got &apos;%1&apos;.</source>
        <translation>&apos;devices&apos; akzeptiert keine Argumente, erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--root needs a directory.</source>
        <translation>--root benötigt ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>List KVM (libvirt) guests with their USB controllers and devices.</source>
        <translation>KVM-Gäste (libvirt) mit ihren USB-Controllern und Geräten auflisten.</translation>
    </message>
    <message>
        <source>Write one JSON document.</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>A libvirt URI (repeatable; replaces the defaults).</source>
        <translation>Eine libvirt-URI (mehrfach möglich; ersetzt die Standardwerte).</translation>
    </message>
    <message>
        <source>A VMware .vmx file (repeatable).</source>
        <translation>Eine VMware-.vmx-Datei (mehrfach möglich).</translation>
    </message>
    <message>
        <source>&apos;guests&apos; takes no arguments, got &apos;%1&apos;.</source>
        <translation>&apos;guests&apos; akzeptiert keine Argumente, erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>VMware has no interface for live USB connection; an automatic connection rule applies when the VM starts.</source>
        <translation>VMware hat keine Schnittstelle zum Verbinden von USB-Geräten im laufenden Betrieb; eine automatische Verbindungsregel greift beim Start der VM.</translation>
    </message>
    <message>
        <source>Give a host USB device to a guest.</source>
        <translation>Ein USB-Gerät des Hosts an einen Gast übergeben.</translation>
    </message>
    <message>
        <source>Take a USB device back from a guest.</source>
        <translation>Ein USB-Gerät von einem Gast zurücknehmen.</translation>
    </message>
    <message>
        <source>Kernel name (1-1.4) or vid:pid[:serial].</source>
        <translation>Kernel-Name (1-1.4) oder vid:pid[:serial].</translation>
    </message>
    <message>
        <source>URI#name, a bare guest name, or a .vmx file.</source>
        <translation>URI#name, ein bloßer Gastname oder eine .vmx-Datei.</translation>
    </message>
    <message>
        <source>Only the running guest.</source>
        <translation>Nur der laufende Gast.</translation>
    </message>
    <message>
        <source>Only the persistent definition.</source>
        <translation>Nur die dauerhafte Definition.</translation>
    </message>
    <message>
        <source>The running guest and its definition.</source>
        <translation>Der laufende Gast und seine Definition.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs DEVICE and GUEST.</source>
        <translation>&apos;%1&apos; benötigt DEVICE und GUEST.</translation>
    </message>
    <message>
        <source>Give at most one of --live, --config and --both.</source>
        <translation>Geben Sie höchstens eine der Optionen --live, --config und --both an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device: give a kernel name such as 1-1.4 or vid:pid[:serial].</source>
        <translation>&apos;%1&apos; ist kein Gerät: Geben Sie einen Kernel-Namen wie 1-1.4 oder vid:pid[:serial] an.</translation>
    </message>
    <message>
        <source>The device in question (kernel name).</source>
        <translation>Das betreffende Gerät (Kernel-Name).</translation>
    </message>
    <message>
        <source>The port where a device never appears.</source>
        <translation>Der Port, an dem ein Gerät nie erscheint.</translation>
    </message>
    <message>
        <source>The guest (URI#name, name or .vmx).</source>
        <translation>Der Gast (URI#name, Name oder .vmx).</translation>
    </message>
    <message>
        <source>Find out why a guest does not see a USB device.</source>
        <translation>Herausfinden, warum ein Gast ein USB-Gerät nicht sieht.</translation>
    </message>
    <message>
        <source>Diagnose a bundle collected elsewhere.</source>
        <translation>Ein anderswo erstelltes Diagnosepaket diagnostizieren.</translation>
    </message>
    <message>
        <source>&apos;diagnose&apos; takes no arguments, got &apos;%1&apos;.</source>
        <translation>&apos;diagnose&apos; akzeptiert keine Argumente, erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Kein Problem gefunden.</translation>
    </message>
    <message>
        <source>not checked: %1 (%2)</source>
        <translation>nicht geprüft: %1 (%2)</translation>
    </message>
    <message>
        <source>Write a diagnostic bundle to DIR for a bug report.</source>
        <translation>Ein Diagnosepaket für einen Fehlerbericht nach DIR schreiben.</translation>
    </message>
    <message>
        <source>A new or empty directory.</source>
        <translation>Ein neues oder leeres Verzeichnis.</translation>
    </message>
    <message>
        <source>Also pack it as DIR.tar.gz.</source>
        <translation>Zusätzlich als DIR.tar.gz packen.</translation>
    </message>
    <message>
        <source>Replace serial numbers, user and host names.</source>
        <translation>Seriennummern, Benutzer- und Hostnamen ersetzen.</translation>
    </message>
    <message>
        <source>&apos;collect&apos; needs exactly one DIR.</source>
        <translation>&apos;collect&apos; benötigt genau ein DIR.</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>Diagnosepaket nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Usage: plugboardctl COMMAND [OPTIONS]

Commands:
  devices [--json] [--root DIR]
      the host&apos;s USB controllers, ports and devices
  guests [--json] [--connect URI]... [--vmx FILE]...
      KVM (libvirt) and VMware guests with their USB controllers and devices
  attach DEVICE GUEST [--live|--config|--both] [--connect URI]...
  detach DEVICE GUEST [--live|--config|--both] [--connect URI]...
      give a host device to a guest, or take it back
  diagnose [--device D] [--port P] [--guest G] [--bundle DIR] [--json] [--connect URI]...
      find out why a guest does not see a device
  collect DIR [--archive] [--redact] [--device D] [--guest G] [--connect URI]...
      write a diagnostic bundle for a bug report
  assign DEVICE|PORT GUEST [--persistent] [--prefer]
  unassign DEVICE|PORT [GUEST]
  assignments [--json]
      always give a device, or whatever is plugged into a port, to a guest
  agent
      keep the assignments (run by the systemd user unit plugboard-agent.service)

Run &apos;plugboardctl COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Verwendung: plugboardctl COMMAND [OPTIONS]

Befehle:
  devices [--json] [--root DIR]
      die USB-Controller, Ports und Geräte des Hosts
  guests [--json] [--connect URI]... [--vmx FILE]...
      KVM-Gäste (libvirt) und VMware-Gäste mit ihren USB-Controllern und Geräten
  attach DEVICE GUEST [--live|--config|--both] [--connect URI]...
  detach DEVICE GUEST [--live|--config|--both] [--connect URI]...
      ein Host-Gerät an einen Gast übergeben oder es zurücknehmen
  diagnose [--device D] [--port P] [--guest G] [--bundle DIR] [--json] [--connect URI]...
      herausfinden, warum ein Gast ein Gerät nicht sieht
  collect DIR [--archive] [--redact] [--device D] [--guest G] [--connect URI]...
      ein Diagnosepaket für einen Fehlerbericht schreiben
  assign DEVICE|PORT GUEST [--persistent] [--prefer]
  unassign DEVICE|PORT [GUEST]
  assignments [--json]
      ein Gerät oder alles, was an einem Port eingesteckt wird, immer einem Gast zuweisen
  agent
      die Zuweisungen aufrechterhalten (gestartet von der systemd-Benutzer-Unit plugboard-agent.service)

Weitere Optionen eines Befehls: &apos;plugboardctl COMMAND --help&apos;.
</translation>
    </message>
    <message>
        <source>%1 is mounted (%2): giving it to a guest would yank the filesystem and lose data. Unmount it first, or add --unmount.</source>
        <translation>%1 ist eingehängt (%2): Es an einen Gast zu geben, würde das Dateisystem herausreißen und Daten verlieren. Hängen Sie es zuerst aus, oder geben Sie --unmount an.</translation>
    </message>
    <message>
        <source>Unmount the device&apos;s filesystems safely first (UDisks2, else the helper).</source>
        <translation>Die Dateisysteme des Geräts zuerst sicher aushängen (UDisks2, sonst der Helfer).</translation>
    </message>
    <message>
        <source>%1 — to find out why: plugboardctl diagnose --device %2 --guest %3</source>
        <translation>%1 – Ursache herausfinden: plugboardctl diagnose --device %2 --guest %3</translation>
    </message>
    <message>
        <source>Write one JSON document (the contract in docs/cli.md).</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben (Vertrag laut docs/cli.md).</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>explained by %1: </source>
        <translation>erklärt durch %1: </translation>
    </message>
    <message>
        <source>There is no guest %1.</source>
        <translation>Es gibt keinen Gast %1.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 is given to %2 now. Detach it there first (plugboardctl detach %3 %2), then try again.</source>
        <translation>%1 ist gerade %2 zugewiesen. Trennen Sie es dort zuerst (plugboardctl detach %3 %2) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
</TS>
