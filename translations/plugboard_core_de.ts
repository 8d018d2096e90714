<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>The file %1 is missing or was moved.</source>
        <translation>Die Datei %1 fehlt oder wurde verschoben.</translation>
    </message>
</context>
<context>
    <name>plugboard::assign::Assignments</name>
    <message>
        <source>%1 is not one socket: the USB 2/3 peer of %2 is %3.</source>
        <translation>%1 ist keine einzelne Buchse: Der USB-2/3-Partner von %2 ist %3.</translation>
    </message>
    <message>
        <source>There is no USB device %1 on this host now; name it by vid:pid[:serial] instead.</source>
        <translation>Auf diesem Host gibt es derzeit kein USB-Gerät %1; geben Sie es stattdessen als vid:pid[:serial] an.</translation>
    </message>
    <message>
        <source>The vendor and product of %1 cannot be read; assign its port instead.</source>
        <translation>Hersteller und Produkt von %1 können nicht gelesen werden; weisen Sie stattdessen seinen Port zu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a device (1-1.4, vid:pid[:serial]) nor a port (usb1-port4, 1-1-port2).</source>
        <translation>&apos;%1&apos; ist weder ein Gerät (1-1.4, vid:pid[:serial]) noch ein Port (usb1-port4, 1-1-port2).</translation>
    </message>
    <message>
        <source> (persistent)</source>
        <translation> (dauerhaft)</translation>
    </message>
    <message>
        <source>unknown version (expected 1)</source>
        <translation>unbekannte Version (erwartet: 1)</translation>
    </message>
    <message>
        <source>entry %1 is not a device or port assignment to a guest</source>
        <translation>Eintrag %1 ist keine Geräte- oder Port-Zuweisung an einen Gast</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is not a valid assignments file (%2). It was left as it is; fix or remove it.</source>
        <translation>%1 ist keine gültige Zuweisungsdatei (%2). Sie wurde unverändert gelassen; korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>&quot;assignments&quot; is not a list</source>
        <translation>„assignments“ ist keine Liste</translation>
    </message>
    <message>
        <source>&quot;preferences&quot; is not an object</source>
        <translation>„preferences“ ist kein Objekt</translation>
    </message>
    <message>
        <source>The assignments were not saved: %1</source>
        <translation>Die Zuweisungen wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>plugboard::assign::Engine</name>
    <message>
        <source>Done: %1. %2</source>
        <translation>Erledigt: %1. %2</translation>
    </message>
    <message>
        <source>Failed: %1. %2</source>
        <translation>Fehlgeschlagen: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n assignment(s) from %1.</source>
        <translation>
            <numerusform>%n Zuweisung aus %1 wird aufrechterhalten.</numerusform>
            <numerusform>%n Zuweisungen aus %1 werden aufrechterhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment %1: %2…</source>
        <translation>Zuweisung %1: %2…</translation>
    </message>
    <message>
        <source>%1 (%2) is assigned to %3, and more than one of them is running: choose one in Plugboard&apos;s window, or with &apos;plugboardctl assign %2 GUEST --prefer&apos;.</source>
        <translation>%1 (%2) ist den Gästen %3 zugewiesen, und mehr als einer davon läuft: Wählen Sie einen im Plugboard-Fenster aus oder mit &apos;plugboardctl assign %2 GUEST --prefer&apos;.</translation>
    </message>
    <message>
        <source>attach %1 (%2, %3:%4) to %5</source>
        <translation>%1 (%2, %3:%4) an %5 anhängen</translation>
    </message>
    <message>
        <source>add %1:%2 to the definition of %3 (optional at start)</source>
        <translation>%1:%2 zur Definition von %3 hinzufügen (beim Start optional)</translation>
    </message>
    <message>
        <source>remove the stale entry %1:%2 (bus %3 device %4) from %5</source>
        <translation>veralteten Eintrag %1:%2 (Bus %3, Gerät %4) aus %5 entfernen</translation>
    </message>
    <message>
        <source>Not acting on assignments: %1</source>
        <translation>Zuweisungen werden nicht ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>plugboard::attaching::AttachService</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Plugboard stopped before the request finished.</source>
        <translation>Plugboard wurde beendet, bevor die Anfrage fertig war.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (VMware, %2)</source>
        <translation>%1 (VMware, %2)</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>%1 anhängen</translation>
    </message>
    <message>
        <source>The device %1 is no longer plugged in.</source>
        <translation>Das Gerät %1 ist nicht mehr eingesteckt.</translation>
    </message>
    <message>
        <source>There is no guest %1.</source>
        <translation>Es gibt keinen Gast %1.</translation>
    </message>
    <message>
        <source>%1 is a USB hub; a hub cannot be passed to a guest. Drag the devices behind it instead, or assign one of its ports (right-click the port).</source>
        <translation>%1 ist ein USB-Hub; ein Hub kann nicht an einen Gast durchgereicht werden. Ziehen Sie stattdessen die Geräte dahinter oder weisen Sie einen seiner Ports zu (Rechtsklick auf den Port).</translation>
    </message>
    <message>
        <source>/dev/%1 is in use as swap</source>
        <translation>/dev/%1 wird als Auslagerungsspeicher verwendet</translation>
    </message>
    <message>
        <source>Unmount before attaching?</source>
        <translation>Vor dem Anhängen aushängen?</translation>
    </message>
    <message>
        <source>%1 is mounted on this computer:
%2

Giving it to a guest would yank the filesystem and lose data. Unmount it safely first?</source>
        <translation>%1 ist auf diesem Computer eingehängt:
%2

Die Übergabe an einen Gast würde dem Host das Dateisystem abrupt entziehen und zu Datenverlust führen. Zuerst sicher aushängen?</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>In the demo nothing on this computer is unmounted: here UDisks2 would now unmount %1 safely, and a busy filesystem would stop the attach.</source>
        <translation>In der Demo wird auf diesem Rechner nichts ausgehängt: Hier würde UDisks2 jetzt %1 sicher aushängen, und ein belegtes Dateisystem würde das Anhängen verhindern.</translation>
    </message>
    <message>
        <source>Move it?</source>
        <translation>Verschieben?</translation>
    </message>
    <message>
        <source>%1 is given to %2 now. Take it from there and give it to %3?</source>
        <translation>%1 ist derzeit an %2 durchgereicht. Von dort entfernen und an %3 übergeben?</translation>
    </message>
    <message>
        <source>The guest&apos;s USB controller is too slow</source>
        <translation>Der USB-Controller des Gastes ist zu langsam</translation>
    </message>
    <message>
        <source>Switch %1 to qemu-xhci</source>
        <translation>%1 auf qemu-xhci umstellen</translation>
    </message>
    <message>
        <source>Attach %1 to %2 from its next start</source>
        <translation>%1 ab dem nächsten Start an %2 anhängen</translation>
    </message>
    <message>
        <source>Give away a keyboard or mouse?</source>
        <translation>Eine Tastatur oder Maus abgeben?</translation>
    </message>
    <message>
        <source>%1 is a keyboard or mouse this computer may be using. While the guest has it, it does not work here. Continue?</source>
        <translation>%1 ist eine Tastatur oder Maus, die dieser Computer möglicherweise verwendet. Solange der Gast sie hat, funktioniert sie hier nicht. Fortfahren?</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>„%1“ an %2 anhängen</translation>
    </message>
    <message>
        <source>attach of %1 to %2</source>
        <translation>Anhängen von %1 an %2</translation>
    </message>
    <message>
        <source>VMware&apos;s guests are not known here.</source>
        <translation>Die Gäste von VMware sind hier nicht bekannt.</translation>
    </message>
    <message>
        <source>rule for %1:%2</source>
        <translation>Regel für %1:%2</translation>
    </message>
    <message>
        <source>Detach %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <source>detach of %1 from %2</source>
        <translation>Trennen von %1 von %2</translation>
    </message>
    <message>
        <source>Remove the stale entry %1 from %2</source>
        <translation>Veralteten Eintrag %1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3</source>
        <translation>%1 von %2 nach %3 verschieben</translation>
    </message>
    <message>
        <source>move of %1</source>
        <translation>Verschieben von %1</translation>
    </message>
    <message>
        <source>Make %1 persistent on %2</source>
        <translation>%1 auf %2 dauerhaft machen</translation>
    </message>
    <message>
        <source>Attach network USB from %1 to %2</source>
        <translation>Netzwerk-USB von %1 an %2 anhängen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host:port (for example 192.168.1.5:4000).</source>
        <translation>&apos;%1&apos; hat nicht die Form Host:Port (zum Beispiel 192.168.1.5:4000).</translation>
    </message>
    <message>
        <source>Make %1 optional at the start of %2</source>
        <translation>%1 beim Start von %2 optional machen</translation>
    </message>
    <message>
        <source>Add a SPICE USB redirection channel to %1</source>
        <translation>Einen SPICE-USB-Umleitungskanal zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Attach %1:%2 to %3</source>
        <translation>%1:%2 an %3 anhängen</translation>
    </message>
    <message>
        <source>Remove the rule for %1:%2 from %3</source>
        <translation>Regel für %1:%2 aus %3 entfernen</translation>
    </message>
    <message>
        <source>release of %1:%2</source>
        <translation>%1:%2 freigeben</translation>
    </message>
    <message>
        <source>Enable USB %1 on %2</source>
        <translation>USB %1 auf %2 aktivieren</translation>
    </message>
    <message>
        <source>Allow HID on %1</source>
        <translation>HID für %1 erlauben</translation>
    </message>
    <message>
        <source>Always give %1 to %2</source>
        <translation>%1 immer %2 zuweisen</translation>
    </message>
    <message>
        <source>Assignments are kept only for this computer&apos;s own USB devices.</source>
        <translation>Zuweisungen gibt es nur für die eigenen USB-Geräte dieses Computers.</translation>
    </message>
    <message>
        <source>Assigned; it is attached whenever it is plugged in while the guest runs.</source>
        <translation>Zugewiesen; es wird angehängt, wann immer es eingesteckt wird, während der Gast läuft.</translation>
    </message>
    <message>
        <source>Assigned; the Plugboard agent attaches it whenever it appears.</source>
        <translation>Zugewiesen; der Plugboard-Agent hängt es an, sobald es erscheint.</translation>
    </message>
    <message>
        <source>VMware&apos;s rules name devices by vendor and product: assign a device, not a port.</source>
        <translation>Die Regeln von VMware benennen Geräte nach Hersteller und Produkt: Weisen Sie ein Gerät zu, keinen Port.</translation>
    </message>
    <message>
        <source>From boot too?</source>
        <translation>Auch ab dem Start des Gastes?</translation>
    </message>
    <message>
        <source>Also keep %1 in the guest&apos;s definition, so it is there from the guest&apos;s start? (It never stops the guest from starting when it is unplugged.)</source>
        <translation>%1 auch in der Definition des Gastes behalten, damit es ab dem Start des Gastes vorhanden ist? (Es verhindert nie den Start des Gastes, wenn es nicht eingesteckt ist.)</translation>
    </message>
    <message>
        <source>Stop giving %1 to %2</source>
        <translation>%1 nicht mehr %2 zuweisen</translation>
    </message>
    <message>
        <source>No longer assigned.</source>
        <translation>Nicht mehr zugewiesen.</translation>
    </message>
    <message>
        <source>Unmounted /dev/%1 (through %2).</source>
        <translation>/dev/%1 ausgehängt (über %2).</translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::Bundle</name>
    <message numerus="yes">
        <source>USB part of /sys: %n device(s) and their controllers, ports and attributes (serial numbers unless redacted)</source>
        <translation>
            <numerusform>USB-Teil von /sys: %n Gerät mit seinen Controllern, Ports und Attributen (Seriennummern, sofern nicht unkenntlich gemacht)</numerusform>
            <numerusform>USB-Teil von /sys: %n Geräte mit ihren Controllern, Ports und Attributen (Seriennummern, sofern nicht unkenntlich gemacht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kernel log: %n line(s)</source>
        <translation>
            <numerusform>Kernel-Protokoll: %n Zeile</numerusform>
            <numerusform>Kernel-Protokoll: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n line(s)</source>
        <translation>
            <numerusform>Audit-Protokoll: %n Zeile</numerusform>
            <numerusform>Audit-Protokoll: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>/proc/modules, /proc/self/mountinfo (mount points may name your home directory), /proc/swaps</source>
        <translation>/proc/modules, /proc/self/mountinfo (Einhängepunkte können Ihr Benutzerverzeichnis nennen), /proc/swaps</translation>
    </message>
    <message>
        <source>udev rules that mention USB: %1</source>
        <translation>udev-Regeln, die USB erwähnen: %1</translation>
    </message>
    <message>
        <source>configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message numerus="yes">
        <source>libvirt %1: %n guest definition(s) and QEMU logs</source>
        <translation>
            <numerusform>libvirt %1: %n Gastdefinition und QEMU-Protokolle</numerusform>
            <numerusform>libvirt %1: %n Gastdefinitionen und QEMU-Protokolle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VMware .vmx file(s)</source>
        <translation>
            <numerusform>%n VMware-.vmx-Datei</numerusform>
            <numerusform>%n VMware-.vmx-Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>your user name, uid and groups; process names; USB device node owners and permissions</source>
        <translation>Ihr Benutzername, Ihre UID und Gruppen; Prozessnamen; Eigentümer und Berechtigungen der USB-Geräteknoten</translation>
    </message>
    <message>
        <source>The bundle in %1 is incomplete; remove it.</source>
        <translation>Das Paket in %1 ist unvollständig; entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::BundleArchive</name>
    <message>
        <source>a device node</source>
        <translation>einen Geräteknoten</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>einen Socket</translation>
    </message>
    <message>
        <source>an entry of an unknown kind</source>
        <translation>einen Eintrag unbekannter Art</translation>
    </message>
    <message>
        <source>%1 is not a readable archive: %2</source>
        <translation>%1 ist kein lesbares Archiv: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 holds more than %2 entries; a bundle has far fewer.</source>
        <translation>%1 enthält mehr als %2 Einträge; ein Paket hat weit weniger.</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, a path outside the bundle.</source>
        <translation>%1 enthält „%2“, einen Pfad außerhalb des Pakets.</translation>
    </message>
    <message>
        <source>%1 holds a hard link (&quot;%2&quot;); bundles have none.</source>
        <translation>%1 enthält einen harten Link („%2“); Pakete haben keine.</translation>
    </message>
    <message>
        <source>%1 holds a link &quot;%2&quot; that leads outside the bundle (%3).</source>
        <translation>%1 enthält einen Link „%2“, der aus dem Paket herausführt (%3).</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot; of %3 bytes, more than a bundle&apos;s file can be.</source>
        <translation>%1 enthält „%2“ mit %3 Bytes, mehr als eine Datei eines Pakets haben kann.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MiB; a bundle is far smaller, so it was not unpacked.</source>
        <translation>%1 wird entpackt größer als %2 MiB; ein Paket ist weit kleiner, daher wurde es nicht entpackt.</translation>
    </message>
    <message>
        <source>%1 holds %2 (&quot;%3&quot;); bundles have none, so it was not unpacked.</source>
        <translation>%1 enthält %2 („%3“); Pakete haben keine, daher wurde es nicht entpackt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Packing the bundle into %1 failed: %2</source>
        <translation>Das Paket konnte nicht in %1 gepackt werden: %2</translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::Checks</name>
    <message>
        <source>The guest refuses to start because a USB device in its definition is not plugged in.</source>
        <translation>Der Gast startet nicht, weil ein USB-Gerät aus seiner Definition nicht eingesteckt ist.</translation>
    </message>
    <message>
        <source>Mark the device optional (startupPolicy=&apos;optional&apos;).</source>
        <translation>Markieren Sie das Gerät als optional (startupPolicy=&apos;optional&apos;).</translation>
    </message>
    <message>
        <source>Identical devices are plugged in, so libvirt cannot tell which one is meant.</source>
        <translation>Es sind identische Geräte eingesteckt, daher kann libvirt nicht erkennen, welches gemeint ist.</translation>
    </message>
    <message>
        <source>Pin the device by its bus and device number (&lt;address bus= device=/&gt;).</source>
        <translation>Legen Sie das Gerät über seine Bus- und Gerätenummer fest (&lt;address bus= device=/&gt;).</translation>
    </message>
    <message>
        <source>The guest&apos;s driver resets the device, which can make it vanish.</source>
        <translation>Der Treiber des Gastes setzt das Gerät zurück, wodurch es verschwinden kann.</translation>
    </message>
    <message>
        <source>Set &lt;source guestReset=&apos;off&apos;&gt; on the device.</source>
        <translation>Setzen Sie &lt;source guestReset=&apos;off&apos;&gt; für das Gerät.</translation>
    </message>
    <message>
        <source>AppArmor stopped the guest from opening the device.</source>
        <translation>AppArmor hat den Gast daran gehindert, das Gerät zu öffnen.</translation>
    </message>
    <message>
        <source>Re-attach the device through libvirt so its profile is updated.</source>
        <translation>Hängen Sie das Gerät über libvirt erneut an, damit sein Profil aktualisiert wird.</translation>
    </message>
    <message>
        <source>SELinux stopped the guest from opening the device.</source>
        <translation>SELinux hat den Gast daran gehindert, das Gerät zu öffnen.</translation>
    </message>
    <message>
        <source>Run &apos;setsebool -P virt_use_usb on&apos; (an administrator decision, never automatic).</source>
        <translation>Führen Sie &apos;setsebool -P virt_use_usb on&apos; aus (eine Entscheidung des Administrators, nie automatisch).</translation>
    </message>
    <message>
        <source>the kernel log was not read</source>
        <translation>das Kernel-Protokoll wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the %1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Port %1 reported an over-current condition: the device draws more power than the port supplies, or the port is faulty.</source>
        <translation>Port %1 hat einen Überstrom gemeldet: Das Gerät zieht mehr Strom, als der Port liefert, oder der Port ist defekt.</translation>
    </message>
    <message>
        <source>Plug the device into another port or through a powered hub. If it happens with every device, the port is faulty.</source>
        <translation>Stecken Sie das Gerät in einen anderen Port oder schließen Sie es über einen Hub mit eigener Stromversorgung an. Tritt das bei jedem Gerät auf, ist der Port defekt.</translation>
    </message>
    <message>
        <source>%1: bConfigurationValue is empty (the device is not configured)</source>
        <translation>%1: bConfigurationValue ist leer (das Gerät ist nicht konfiguriert)</translation>
    </message>
    <message>
        <source>%1: the bus-powered hub %2 supplies %3 mA, its devices ask for %4 mA</source>
        <translation>%1: Der busgespeiste Hub %2 liefert %3 mA, seine Geräte fordern %4 mA an</translation>
    </message>
    <message>
        <source>A device did not get enough power from the USB bus, so it stays unconfigured.</source>
        <translation>Ein Gerät hat nicht genug Strom vom USB-Bus erhalten und bleibt daher unkonfiguriert.</translation>
    </message>
    <message>
        <source>Connect it directly to the computer or through a self-powered hub.</source>
        <translation>Schließen Sie es direkt am Computer oder über einen Hub mit eigener Stromversorgung an.</translation>
    </message>
    <message>
        <source>The host could not read a device when it was plugged in (a cable, port or device fault, not a virtual machine problem).</source>
        <translation>Der Host konnte ein Gerät beim Einstecken nicht auslesen (ein Fehler von Kabel, Port oder Gerät, kein Problem der virtuellen Maschine).</translation>
    </message>
    <message>
        <source>Try another cable, another port or a powered hub. Error -71 is a protocol error (cable or hardware), -110 a timeout.</source>
        <translation>Versuchen Sie ein anderes Kabel, einen anderen Port oder einen Hub mit eigener Stromversorgung. Fehler -71 ist ein Protokollfehler (Kabel oder Hardware), -110 eine Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>Port %1 is disabled, so nothing plugged into it is detected.</source>
        <translation>Port %1 ist deaktiviert, daher wird nichts erkannt, was dort eingesteckt wird.</translation>
    </message>
    <message>
        <source>Enable the port (needs administrator rights).</source>
        <translation>Aktivieren Sie den Port (erfordert Administratorrechte).</translation>
    </message>
    <message>
        <source>A USB controller stopped responding; everything on it is gone.</source>
        <translation>Ein USB-Controller reagiert nicht mehr; alles, was daran angeschlossen war, ist weg.</translation>
    </message>
    <message>
        <source>Rebind the controller&apos;s driver (xhci_pci) or restart the computer.</source>
        <translation>Binden Sie den Treiber des Controllers (xhci_pci) neu oder starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>The USB controller ran out of bandwidth (webcams and audio reserve it).</source>
        <translation>Dem USB-Controller ist die Bandbreite ausgegangen (Webcams und Audiogeräte reservieren sie).</translation>
    </message>
    <message>
        <source>Use a port on another USB controller; another port on the same controller does not help.</source>
        <translation>Verwenden Sie einen Port an einem anderen USB-Controller; ein anderer Port am selben Controller hilft nicht.</translation>
    </message>
    <message>
        <source>The device may be suspended by the host when idle, and drop out.</source>
        <translation>Das Gerät kann vom Host im Leerlauf in den Ruhezustand versetzt werden und dabei die Verbindung verlieren.</translation>
    </message>
    <message>
        <source>Keep it powered (until it is replugged).</source>
        <translation>Halten Sie das Gerät mit Strom versorgt (bis es neu eingesteckt wird).</translation>
    </message>
    <message>
        <source>%1 is a USB hub; QEMU cannot pass a hub through.</source>
        <translation>%1 ist ein USB-Hub; QEMU kann keinen Hub durchreichen.</translation>
    </message>
    <message>
        <source>Pass the devices behind the hub instead, or assign its ports.</source>
        <translation>Reichen Sie stattdessen die Geräte hinter dem Hub durch oder weisen Sie seine Ports zu.</translation>
    </message>
    <message>
        <source>/dev/%1 is mounted on %2</source>
        <translation>/dev/%1 ist unter %2 eingehängt</translation>
    </message>
    <message>
        <source>/dev/%1 is in use as swap</source>
        <translation>/dev/%1 wird als Auslagerungsspeicher (Swap) verwendet</translation>
    </message>
    <message>
        <source>%1 is mounted on the host: passing it to a guest would yank the filesystem and lose data.</source>
        <translation>%1 ist auf dem Host eingehängt: Die Übergabe an einen Gast würde dem Host das Dateisystem abrupt entziehen und zu Datenverlust führen.</translation>
    </message>
    <message>
        <source>Unmount it safely first.</source>
        <translation>Hängen Sie es zuerst sicher aus.</translation>
    </message>
    <message>
        <source>%1 is present but not authorized, so no driver can use it.</source>
        <translation>%1 ist vorhanden, aber nicht autorisiert, daher kann kein Treiber es verwenden.</translation>
    </message>
    <message>
        <source>Authorize the device (needs administrator rights).</source>
        <translation>Autorisieren Sie das Gerät (erfordert Administratorrechte).</translation>
    </message>
    <message>
        <source>The device at %1 keeps disconnecting and coming back (a reset or mode switch), which breaks passthrough.</source>
        <translation>Das Gerät an %1 trennt sich ständig und taucht wieder auf (ein Reset oder Moduswechsel), was die Durchreichung unterbricht.</translation>
    </message>
    <message>
        <source>Detach and re-attach it; an assignment re-attaches it by itself.</source>
        <translation>Trennen Sie es und hängen Sie es erneut an; eine Zuweisung hängt es von selbst erneut an.</translation>
    </message>
    <message>
        <source>which processes hold device nodes open was not recorded</source>
        <translation>welche Prozesse Geräteknoten geöffnet halten, wurde nicht erfasst</translation>
    </message>
    <message>
        <source>%1 is held open by process %2</source>
        <translation>%1 wird von Prozess %2 geöffnet gehalten</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>Ein anderes Programm verwendet %1.</translation>
    </message>
    <message>
        <source>Stop that program (another virtual machine, pcscd, ModemManager, fwupd …) and try again.</source>
        <translation>Beenden Sie dieses Programm (eine andere virtuelle Maschine, pcscd, ModemManager, fwupd …) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>QEMU refused a device because the guest&apos;s USB controller is slower than the device.</source>
        <translation>QEMU hat ein Gerät abgelehnt, weil der USB-Controller des Gastes langsamer ist als das Gerät.</translation>
    </message>
    <message>
        <source>Switch the guest&apos;s controller to qemu-xhci (takes effect at next start).</source>
        <translation>Stellen Sie den Controller des Gastes auf qemu-xhci um (wirksam beim nächsten Start).</translation>
    </message>
    <message>
        <source>a SuperSpeed device with %1 cannot run on the guest&apos;s USB 2 controller</source>
        <translation>ein SuperSpeed-Gerät mit %1 kann nicht am USB-2-Controller des Gastes laufen</translation>
    </message>
    <message>
        <source>isochronous endpoints</source>
        <translation>isochronen Endpunkten</translation>
    </message>
    <message>
        <source>bulk streams (UAS)</source>
        <translation>Bulk-Streams (UAS)</translation>
    </message>
    <message>
        <source>large interrupt endpoints</source>
        <translation>großen Interrupt-Endpunkten</translation>
    </message>
    <message>
        <source>a SuperSpeed device on a USB 1.1 controller</source>
        <translation>ein SuperSpeed-Gerät an einem USB-1.1-Controller</translation>
    </message>
    <message>
        <source>a high-speed device on a USB 1.1 controller</source>
        <translation>ein High-Speed-Gerät an einem USB-1.1-Controller</translation>
    </message>
    <message>
        <source>a full/low-speed device on an EHCI controller without UHCI companions</source>
        <translation>ein Full-/Low-Speed-Gerät an einem EHCI-Controller ohne UHCI-Begleitcontroller</translation>
    </message>
    <message>
        <source>a full-speed device with interrupt endpoints over 64 bytes on EHCI</source>
        <translation>ein Full-Speed-Gerät mit Interrupt-Endpunkten über 64 Byte an EHCI</translation>
    </message>
    <message>
        <source>guest controller %1 (index %2)</source>
        <translation>Gast-Controller %1 (Index %2)</translation>
    </message>
    <message>
        <source>default (piix3-uhci)</source>
        <translation>Standard (piix3-uhci)</translation>
    </message>
    <message>
        <source>The guest&apos;s USB controller cannot serve this device: %1.</source>
        <translation>Der USB-Controller des Gastes kann dieses Gerät nicht bedienen: %1.</translation>
    </message>
    <message>
        <source>the guest %1 is not among the facts</source>
        <translation>der Gast %1 ist nicht in den erfassten Fakten enthalten</translation>
    </message>
    <message>
        <source>%1 is not given to %2 at all.</source>
        <translation>%1 ist überhaupt nicht an %2 durchgereicht.</translation>
    </message>
    <message>
        <source>no &lt;hostdev&gt; for %1:%2 and no &lt;redirdev&gt; in %3</source>
        <translation>kein &lt;hostdev&gt; für %1:%2 und kein &lt;redirdev&gt; in %3</translation>
    </message>
    <message>
        <source>Attach it (live and persistent).</source>
        <translation>Hängen Sie es an (live und dauerhaft).</translation>
    </message>
    <message>
        <source>%1 has &lt;hostdev&gt; %2:%3</source>
        <translation>%1 hat &lt;hostdev&gt; %2:%3</translation>
    </message>
    <message>
        <source>The device is already given to another guest.</source>
        <translation>Das Gerät ist bereits an einen anderen Gast durchgereicht.</translation>
    </message>
    <message>
        <source>Detach it from that guest first, or move it.</source>
        <translation>Trennen Sie es zuerst von diesem Gast oder verschieben Sie es.</translation>
    </message>
    <message>
        <source>%1: &lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt;</source>
        <translation>%1: &lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt;</translation>
    </message>
    <message>
        <source>USB is disabled in this guest.</source>
        <translation>USB ist in diesem Gast deaktiviert.</translation>
    </message>
    <message>
        <source>Add a qemu-xhci USB controller to the guest and restart it.</source>
        <translation>Fügen Sie dem Gast einen qemu-xhci-USB-Controller hinzu und starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>%1 uses %2 of %3 USB ports</source>
        <translation>%1 belegt %2 von %3 USB-Ports</translation>
    </message>
    <message>
        <source>The guest has no free USB port.</source>
        <translation>Der Gast hat keinen freien USB-Port.</translation>
    </message>
    <message>
        <source>Set ports=&apos;15&apos; on its qemu-xhci controller or add a USB hub, then restart the guest.</source>
        <translation>Setzen Sie ports=&apos;15&apos; an seinem qemu-xhci-Controller oder fügen Sie einen USB-Hub hinzu und starten Sie dann den Gast neu.</translation>
    </message>
    <message>
        <source>%1 domcapabilities: no USB host device passthrough (&lt;hostdev&gt; subsysType usb)</source>
        <translation>%1 domcapabilities: keine Durchreichung von USB-Host-Geräten (&lt;hostdev&gt; subsysType usb)</translation>
    </message>
    <message>
        <source>%1 domcapabilities: &lt;redirdev supported=&apos;no&apos;&gt;</source>
        <translation>%1 domcapabilities: &lt;redirdev supported=&apos;no&apos;&gt;</translation>
    </message>
    <message>
        <source>This QEMU lacks USB passthrough or redirection.</source>
        <translation>Diesem QEMU fehlt die USB-Durchreichung oder -Umleitung.</translation>
    </message>
    <message>
        <source>Install your distribution&apos;s QEMU USB modules (usb-host, usbredir).</source>
        <translation>Installieren Sie die QEMU-USB-Module Ihrer Distribution (usb-host, usbredir).</translation>
    </message>
    <message>
        <source>device node permissions were not recorded</source>
        <translation>die Berechtigungen der Geräteknoten wurden nicht erfasst</translation>
    </message>
    <message>
        <source>%1: owner %2, mode %3, no ACL for uid %4</source>
        <translation>%1: Eigentümer %2, Modus %3, keine ACL für UID %4</translation>
    </message>
    <message>
        <source>Your own (qemu:///session) guest cannot open the device: its node is not writable by you.</source>
        <translation>Ihr eigener Gast (qemu:///session) kann das Gerät nicht öffnen: Sie haben keine Schreibrechte für seinen Geräteknoten.</translation>
    </message>
    <message>
        <source>Add a udev rule with TAG+=&quot;uaccess&quot; for the device, or use qemu:///system, or SPICE USB redirection.</source>
        <translation>Fügen Sie eine udev-Regel mit TAG+=&quot;uaccess&quot; für das Gerät hinzu oder verwenden Sie qemu:///system oder die SPICE-USB-Umleitung.</translation>
    </message>
    <message>
        <source>usbguard runs but its device list could not be read</source>
        <translation>usbguard läuft, aber seine Geräteliste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>USBGuard blocks the device by policy.</source>
        <translation>USBGuard blockiert das Gerät aufgrund seiner Richtlinie.</translation>
    </message>
    <message>
        <source>Allow it with &apos;usbguard allow-device&apos; (add -p to make it permanent).</source>
        <translation>Erlauben Sie es mit &apos;usbguard allow-device&apos; (mit -p dauerhaft).</translation>
    </message>
    <message>
        <source>A udev rule de-authorizes USB devices.</source>
        <translation>Eine udev-Regel entzieht USB-Geräten die Autorisierung.</translation>
    </message>
    <message>
        <source>Edit or remove that rule, then re-plug the device.</source>
        <translation>Bearbeiten oder entfernen Sie diese Regel und stecken Sie das Gerät dann neu ein.</translation>
    </message>
    <message>
        <source>%1 is exported over the network with usbip, so it is not usable here.</source>
        <translation>%1 wird mit usbip über das Netzwerk exportiert und ist daher hier nicht nutzbar.</translation>
    </message>
    <message>
        <source>Run &apos;usbip unbind --busid %1&apos;.</source>
        <translation>Führen Sie &apos;usbip unbind --busid %1&apos; aus.</translation>
    </message>
    <message>
        <source>A host driver kept part of the device, so it only half works in the guest.</source>
        <translation>Ein Host-Treiber hat einen Teil des Geräts behalten, daher funktioniert es im Gast nur teilweise.</translation>
    </message>
    <message>
        <source>Unbind that interface&apos;s driver — careful: this is a keyboard or mouse the host uses.</source>
        <translation>Lösen Sie die Treiberbindung dieser Schnittstelle — Vorsicht: Dies ist eine Tastatur oder Maus, die der Host verwendet.</translation>
    </message>
    <message>
        <source>Unbind that interface&apos;s driver (needs administrator rights).</source>
        <translation>Lösen Sie die Treiberbindung dieser Schnittstelle (erfordert Administratorrechte).</translation>
    </message>
    <message>
        <source>The system guest lost access to the device after it was re-plugged.</source>
        <translation>Der System-Gast hat nach dem erneuten Einstecken den Zugriff auf das Gerät verloren.</translation>
    </message>
    <message>
        <source>Re-attach the device through libvirt so it sets the node&apos;s owner and namespace again.</source>
        <translation>Hängen Sie das Gerät über libvirt erneut an, damit libvirt Eigentümer und Namensraum des Geräteknotens neu setzt.</translation>
    </message>
    <message>
        <source>Check user, group and dynamic_ownership in /etc/libvirt/qemu.conf.</source>
        <translation>Prüfen Sie user, group und dynamic_ownership in /etc/libvirt/qemu.conf.</translation>
    </message>
    <message>
        <source>%1 has SPICE graphics but no &lt;redirdev bus=&apos;usb&apos; type=&apos;spicevmc&apos;/&gt;</source>
        <translation>%1 hat SPICE-Grafik, aber kein &lt;redirdev bus=&apos;usb&apos; type=&apos;spicevmc&apos;/&gt;</translation>
    </message>
    <message>
        <source>The guest has no free SPICE USB redirection channel.</source>
        <translation>Der Gast hat keinen freien SPICE-USB-Umleitungskanal.</translation>
    </message>
    <message>
        <source>Add one &lt;redirdev bus=&apos;usb&apos; type=&apos;spicevmc&apos;/&gt; per device to redirect at once (each takes a USB port).</source>
        <translation>Fügen Sie für jedes gleichzeitig umzuleitende Gerät ein &lt;redirdev bus=&apos;usb&apos; type=&apos;spicevmc&apos;/&gt; hinzu (jedes belegt einen USB-Port).</translation>
    </message>
    <message>
        <source>the SPICE ACL helper&apos;s permissions were not recorded</source>
        <translation>die Berechtigungen des SPICE-ACL-Hilfsprogramms wurden nicht erfasst</translation>
    </message>
    <message>
        <source>spice-client-glib-usb-acl-helper is not installed</source>
        <translation>spice-client-glib-usb-acl-helper ist nicht installiert</translation>
    </message>
    <message>
        <source>%1 has mode %2 (not setuid)</source>
        <translation>%1 hat den Modus %2 (nicht setuid)</translation>
    </message>
    <message>
        <source>The SPICE client could not get access to the device node.</source>
        <translation>Der SPICE-Client konnte keinen Zugriff auf den Geräteknoten erhalten.</translation>
    </message>
    <message>
        <source>Reinstall the spice-client-glib USB ACL helper (it must be setuid root) and allow polkit&apos;s org.spice-space.lowlevelusbaccess.</source>
        <translation>Installieren Sie das USB-ACL-Hilfsprogramm von spice-client-glib neu (es muss setuid root sein) und erlauben Sie die polkit-Aktion org.spice-space.lowlevelusbaccess.</translation>
    </message>
    <message>
        <source>The guest&apos;s redirection filter refuses this device.</source>
        <translation>Der Umleitungsfilter des Gastes lehnt dieses Gerät ab.</translation>
    </message>
    <message>
        <source>&lt;usbdev class=&apos;%1&apos; vendor=&apos;%2&apos; product=&apos;%3&apos; allow=&apos;no&apos;/&gt; matches %4:%5</source>
        <translation>&lt;usbdev class=&apos;%1&apos; vendor=&apos;%2&apos; product=&apos;%3&apos; allow=&apos;no&apos;/&gt; passt auf %4:%5</translation>
    </message>
    <message>
        <source>Edit the guest&apos;s &lt;redirfilter&gt; to allow it.</source>
        <translation>Bearbeiten Sie den &lt;redirfilter&gt; des Gastes, um es zuzulassen.</translation>
    </message>
    <message>
        <source>Another VMware VM connects this device automatically and may grab it first.</source>
        <translation>Eine andere VMware-VM verbindet dieses Gerät automatisch und könnte es sich zuerst nehmen.</translation>
    </message>
    <message>
        <source>Remove that VM&apos;s automatic connection rule (with that VM off).</source>
        <translation>Entfernen Sie die automatische Verbindungsregel jener VM (während sie ausgeschaltet ist).</translation>
    </message>
    <message>
        <source>usb.present is not &quot;TRUE&quot;</source>
        <translation>usb.present ist nicht &quot;TRUE&quot;</translation>
    </message>
    <message>
        <source>a high-speed device, and ehci.present is not &quot;TRUE&quot;</source>
        <translation>ein High-Speed-Gerät, und ehci.present ist nicht &quot;TRUE&quot;</translation>
    </message>
    <message>
        <source>a SuperSpeed device, and usb_xhci.present is not &quot;TRUE&quot; (virtualHW.version %1)</source>
        <translation>ein SuperSpeed-Gerät, und usb_xhci.present ist nicht &quot;TRUE&quot; (virtualHW.version %1)</translation>
    </message>
    <message>
        <source>The VM lacks the USB controller this device needs.</source>
        <translation>Der VM fehlt der USB-Controller, den dieses Gerät benötigt.</translation>
    </message>
    <message>
        <source>With the VM off, add the controller (USB 3 needs hardware version 8 or later).</source>
        <translation>Fügen Sie den Controller bei ausgeschalteter VM hinzu (USB 3 erfordert Hardwareversion 8 oder neuer).</translation>
    </message>
    <message>
        <source>VMware hides keyboards, mice and other HID devices unless the VM allows them.</source>
        <translation>VMware verbirgt Tastaturen, Mäuse und andere HID-Geräte, sofern die VM sie nicht zulässt.</translation>
    </message>
    <message>
        <source>%1 has a HID interface; usb.generic.allowHID is not &quot;TRUE&quot;</source>
        <translation>%1 hat eine HID-Schnittstelle; usb.generic.allowHID ist nicht &quot;TRUE&quot;</translation>
    </message>
    <message>
        <source>With the VM off, allow HID devices.</source>
        <translation>Erlauben Sie HID-Geräte bei ausgeschalteter VM.</translation>
    </message>
    <message>
        <source>neither services nor processes were recorded</source>
        <translation>weder Dienste noch Prozesse wurden erfasst</translation>
    </message>
    <message>
        <source>VMware&apos;s USB arbitrator is not running, so VMware sees no USB device.</source>
        <translation>Der USB-Arbitrator von VMware läuft nicht, daher sieht VMware keine USB-Geräte.</translation>
    </message>
    <message>
        <source>service vmware-USBArbitrator: %1; no vmware-usbarbitrator process</source>
        <translation>Dienst vmware-USBArbitrator: %1; kein vmware-usbarbitrator-Prozess</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Start the service (needs administrator rights).</source>
        <translation>Starten Sie den Dienst (erfordert Administratorrechte).</translation>
    </message>
    <message>
        <source>libvirt at %1 is not reachable, so its guests are not listed.</source>
        <translation>libvirt unter %1 ist nicht erreichbar, daher werden seine Gäste nicht aufgelistet.</translation>
    </message>
    <message>
        <source>Start libvirtd or virtqemud; if access is denied, join the &apos;libvirt&apos; group.</source>
        <translation>Starten Sie libvirtd oder virtqemud; wird der Zugriff verweigert, treten Sie der Gruppe &apos;libvirt&apos; bei.</translation>
    </message>
    <message>
        <source>/proc/modules was not read</source>
        <translation>/proc/modules wurde nicht gelesen</translation>
    </message>
    <message>
        <source>VMware&apos;s kernel modules are not loaded, so its VMs will not start.</source>
        <translation>Die Kernelmodule von VMware sind nicht geladen, daher starten seine VMs nicht.</translation>
    </message>
    <message>
        <source>not in /proc/modules: %1</source>
        <translation>nicht in /proc/modules: %1</translation>
    </message>
    <message>
        <source>Rebuild and load them (vmware-modconfig --console --install-all).</source>
        <translation>Bauen Sie sie neu und laden Sie sie (vmware-modconfig --console --install-all).</translation>
    </message>
    <message>
        <source>%1 pins %2:%3 at bus %4 device %5; it is now device %6</source>
        <translation>%1 bindet %2:%3 an Bus %4, Gerät %5; es ist jetzt Gerät %6</translation>
    </message>
    <message>
        <source>%1 names %2:%3, which the device was before it came back as %4:%5</source>
        <translation>%1 nennt %2:%3 – so hieß das Gerät, bevor es als %4:%5 zurückkam</translation>
    </message>
    <message>
        <source>%1 connects %2 automatically, which the device was before it came back as %3</source>
        <translation>%1 verbindet %2 automatisch – so hieß das Gerät, bevor es als %3 zurückkam</translation>
    </message>
    <message>
        <source>%1 came back as another device: %2</source>
        <translation>%1 kam als anderes Gerät zurück: %2</translation>
    </message>
    <message>
        <source>The device at %1 left and came back as a new device; the guest still points at the old one.</source>
        <translation>Das Gerät an %1 war kurz weg und kam als neues Gerät zurück; der Gast verweist noch auf das alte.</translation>
    </message>
    <message>
        <source>no rule of %1&apos;s &lt;redirfilter&gt; allows %2:%3</source>
        <translation>keine Regel des &lt;redirfilter&gt; von %1 erlaubt %2:%3</translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::Facts</name>
    <message>
        <source>%1 is not installed</source>
        <translation>%1 ist nicht installiert</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>%1 failed (exit %2)</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
    <message>
        <source>%1 is not a diagnostic bundle: it has no bundle.json.</source>
        <translation>%1 ist kein Diagnosepaket: Es enthält keine bundle.json.</translation>
    </message>
    <message>
        <source>%1/bundle.json is not a Plugboard bundle manifest (%2).</source>
        <translation>%1/bundle.json ist kein Plugboard-Paketmanifest (%2).</translation>
    </message>
    <message>
        <source>wrong format</source>
        <translation>falsches Format</translation>
    </message>
    <message>
        <source>The bundle has format version %1; this Plugboard reads version 1.</source>
        <translation>Das Diagnosepaket hat die Formatversion %1; diese Plugboard-Version liest Version 1.</translation>
    </message>
    <message>
        <source>not in the bundle</source>
        <translation>nicht im Diagnosepaket</translation>
    </message>
    <message>
        <source>the bundle lacks this guest&apos;s definition</source>
        <translation>dem Diagnosepaket fehlt die Definition dieses Gastes</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 does not contain one bundle directory.</source>
        <translation>%1 enthält nicht genau ein Paketverzeichnis.</translation>
    </message>
    <message>
        <source>/var/log/audit/audit.log is not readable</source>
        <translation>/var/log/audit/audit.log ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::FixRunner</name>
    <message>
        <source>This fix needs a device or port to act on.</source>
        <translation>Diese Behebung benötigt ein Gerät oder einen Port, auf das sie angewendet wird.</translation>
    </message>
    <message>
        <source>Choose the guest first: this fix changes its definition.</source>
        <translation>Wählen Sie zuerst den Gast: Diese Behebung ändert seine Definition.</translation>
    </message>
    <message>
        <source>This fix is not automatic: %1</source>
        <translation>Diese Behebung ist nicht automatisch: %1</translation>
    </message>
</context>
<context>
    <name>plugboard::fileio::FileIo</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>einen Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; it was not opened.</source>
        <translation>%1 ist %2, keine Datei; sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; it was not read.</source>
        <translation>%1 ist %2, keine Datei; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, more than the %3 bytes such a file can be.</source>
        <translation>%1 ist %2 Bytes lang, mehr als die %3 Bytes, die eine solche Datei haben kann.</translation>
    </message>
    <message>
        <source>%1 grew past %2 bytes while it was read.</source>
        <translation>%1 ist beim Lesen über %2 Bytes gewachsen.</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 ist ein Link auf eine Datei, die es nicht gibt.</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; it was not replaced.</source>
        <translation>%1 ist %2, keine Datei; sie wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2); replacing it would make it yours, so it was not changed. Ask its owner, or copy it.</source>
        <translation>%1 gehört einem anderen Benutzer (UID %2); beim Ersetzen würde sie Ihnen gehören, daher wurde sie nicht geändert. Fragen Sie den Eigentümer oder kopieren Sie sie.</translation>
    </message>
    <message>
        <source>Cannot write next to %1: %2. Nothing was changed.</source>
        <translation>Neben %1 kann nicht geschrieben werden: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. The previous file is unchanged.</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2. Nothing was changed.</source>
        <translation>Die Berechtigungen von %1 können nicht gesetzt werden: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot keep the owner of %1: %2. Nothing was changed.</source>
        <translation>Der Eigentümer von %1 kann nicht beibehalten werden: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot keep a backup of %1, so it was not changed.</source>
        <translation>Von %1 kann keine Sicherung angelegt werden, daher wurde sie nicht geändert.</translation>
    </message>
    <message>
        <source>Replacing %1 failed: %2. The previous file is unchanged.</source>
        <translation>Ersetzen von %1 fehlgeschlagen: %2. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 was replaced, but its folder could not be synced: %2.</source>
        <translation>%1 wurde ersetzt, aber ihr Ordner konnte nicht synchronisiert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is a link, not a folder; it could lead anywhere.</source>
        <translation>%1 ist ein Link, kein Ordner; er könnte überallhin führen.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 belongs to user %2, not to you (%3); another user could hold or read what Plugboard keeps there. Remove it or set XDG_RUNTIME_DIR to a folder of your own.</source>
        <translation>%1 gehört Benutzer %2, nicht Ihnen (%3); ein anderer Benutzer könnte halten oder lesen, was Plugboard dort ablegt. Entfernen Sie den Ordner oder setzen Sie XDG_RUNTIME_DIR auf einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>%1 can be entered by other users (mode %2); it must be 0700.</source>
        <translation>%1 kann von anderen Benutzern betreten werden (Modus %2); er muss 0700 sein.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1 for writing (%2); the file was not changed.</source>
        <translation>%1 kann nicht zum Schreiben gesperrt werden (%2); die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is being changed by another Plugboard process (the window, the agent or a command); try again in a moment.</source>
        <translation>%1 wird gerade von einem anderen Plugboard-Prozess geändert (Fenster, Agent oder Befehl); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is a link or not a folder; a bundle goes into a new or empty folder of yours.</source>
        <translation>%1 ist ein Link oder kein Ordner; ein Paket kommt in einen neuen oder leeren Ordner von Ihnen.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 belongs to another user; a bundle goes into a new folder or an empty one of yours.</source>
        <translation>%1 gehört einem anderen Benutzer; ein Paket kommt in einen neuen Ordner oder einen leeren von Ihnen.</translation>
    </message>
    <message>
        <source>%1 is not empty; a bundle goes into a new or empty directory.</source>
        <translation>%1 ist nicht leer; ein Paket kommt in ein neues oder leeres Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot restrict %1 to you: %2</source>
        <translation>%1 kann nicht auf Sie beschränkt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1/%2: %3</source>
        <translation>%1/%2 kann nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>Cannot write %1/%2: %3</source>
        <translation>%1/%2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>Schreiben nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>plugboard::host</name>
    <message>
        <source>unknown speed</source>
        <translation>unbekannte Geschwindigkeit</translation>
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Low Speed</source>
        <translation>Low Speed</translation>
    </message>
    <message>
        <source>Full Speed</source>
        <translation>Full Speed</translation>
    </message>
    <message>
        <source>High Speed</source>
        <translation>High Speed</translation>
    </message>
    <message>
        <source>SuperSpeed</source>
        <translation>SuperSpeed</translation>
    </message>
    <message>
        <source>SuperSpeed+ 10 Gbit/s</source>
        <translation>SuperSpeed+ 10 Gbit/s</translation>
    </message>
    <message>
        <source>SuperSpeed+ 20 Gbit/s</source>
        <translation>SuperSpeed+ 20 Gbit/s</translation>
    </message>
</context>
<context>
    <name>plugboard::host::DescriptorParser</name>
    <message>
        <source>The device descriptor is missing or truncated.</source>
        <translation>Der Gerätedeskriptor fehlt oder ist abgeschnitten.</translation>
    </message>
    <message>
        <source>A descriptor at byte %1 has an invalid length.</source>
        <translation>Ein Deskriptor bei Byte %1 hat eine ungültige Länge.</translation>
    </message>
    <message>
        <source>A configuration descriptor at byte %1 is too short.</source>
        <translation>Ein Konfigurationsdeskriptor bei Byte %1 ist zu kurz.</translation>
    </message>
    <message>
        <source>An interface descriptor at byte %1 is misplaced or too short.</source>
        <translation>Ein Schnittstellendeskriptor bei Byte %1 ist falsch platziert oder zu kurz.</translation>
    </message>
    <message>
        <source>An endpoint descriptor at byte %1 is misplaced or too short.</source>
        <translation>Ein Endpunktdeskriptor bei Byte %1 ist falsch platziert oder zu kurz.</translation>
    </message>
</context>
<context>
    <name>plugboard::host::DeviceResolver</name>
    <message>
        <source>There is no USB device %1 on this host (it may have been unplugged).</source>
        <translation>Auf diesem Host gibt es kein USB-Gerät %1 (es wurde möglicherweise abgezogen).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device: give a kernel name such as 1-1.4 or an identity such as 0781:5567[:SERIAL].</source>
        <translation>&apos;%1&apos; ist kein Gerät: Geben Sie einen Kernel-Namen wie 1-1.4 oder eine Kennung wie 0781:5567[:SERIAL] an.</translation>
    </message>
    <message>
        <source>No plugged-in USB device is %1.</source>
        <translation>Kein eingestecktes USB-Gerät entspricht %1.</translation>
    </message>
    <message>
        <source>%1 matches several devices: %2. Name one by its kernel name.</source>
        <translation>%1 passt auf mehrere Geräte: %2. Geben Sie eines über seinen Kernel-Namen an.</translation>
    </message>
</context>
<context>
    <name>plugboard::host::HelperLauncher</name>
    <message>
        <source>Plugboard has no way to start its administrator helper (plugboard-helper), which this needs. Reinstall Plugboard.</source>
        <translation>Plugboard kann seinen Administrator-Helfer (plugboard-helper) nicht starten, der dafür nötig ist. Installieren Sie Plugboard neu.</translation>
    </message>
    <message>
        <source>plugboard-helper is not installed at %1, so nothing that needs administrator rights can be done from here. Reinstall Plugboard, or set the helper&apos;s full path (setting helper/path).</source>
        <translation>plugboard-helper ist nicht unter %1 installiert, daher kann hier nichts getan werden, was Administratorrechte braucht. Installieren Sie Plugboard neu oder setzen Sie den vollständigen Pfad des Helfers (Einstellung helper/path).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path: the helper&apos;s launcher is never looked up on PATH. Give its full path.</source>
        <translation>„%1“ ist kein absoluter Pfad: Der Starter des Helfers wird nie in PATH gesucht. Geben Sie den vollständigen Pfad an.</translation>
    </message>
    <message>
        <source>pkexec is not installed (%1), so plugboard-helper cannot ask for administrator rights. Install polkit&apos;s pkexec, or run this as root.</source>
        <translation>pkexec ist nicht installiert (%1), daher kann plugboard-helper nicht nach Administratorrechten fragen. Installieren Sie pkexec von polkit oder führen Sie dies als root aus.</translation>
    </message>
    <message>
        <source>%1 is missing or not executable, so plugboard-helper cannot be started.</source>
        <translation>%1 fehlt oder ist nicht ausführbar, daher kann plugboard-helper nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Waiting for authorization to run plugboard-helper %1 (pkexec asks for an administrator&apos;s password)…</source>
        <translation>Warte auf die Berechtigung, plugboard-helper %1 auszuführen (pkexec fragt nach einem Administratorpasswort)…</translation>
    </message>
    <message>
        <source>Running plugboard-helper %1…</source>
        <translation>plugboard-helper %1 läuft…</translation>
    </message>
    <message>
        <source>Stopped waiting for plugboard-helper %1: it runs as administrator and could not be stopped, so it may still finish.</source>
        <translation>Warten auf plugboard-helper %1 beendet: Er läuft als Administrator und konnte nicht gestoppt werden, er kann also noch fertig werden.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht gestartet werden: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>plugboard-helper %1: done.</source>
        <translation>plugboard-helper %1: erledigt.</translation>
    </message>
    <message>
        <source>Cancelled: plugboard-helper %1 was stopped before it finished.</source>
        <translation>Abgebrochen: plugboard-helper %1 wurde gestoppt, bevor er fertig war.</translation>
    </message>
    <message>
        <source>plugboard-helper %1 did not finish within %2 s and was stopped.</source>
        <translation>plugboard-helper %1 war nach %2 s nicht fertig und wurde gestoppt.</translation>
    </message>
    <message>
        <source>plugboard-helper %1 stopped unexpectedly (%2).</source>
        <translation>plugboard-helper %1 wurde unerwartet beendet (%2).</translation>
    </message>
    <message>
        <source>The authorization dialog was closed, so nothing was changed. Try again and enter an administrator&apos;s password.</source>
        <translation>Der Berechtigungsdialog wurde geschlossen, daher wurde nichts geändert. Versuchen Sie es noch einmal und geben Sie ein Administratorpasswort ein.</translation>
    </message>
    <message>
        <source>pkexec did not run plugboard-helper (not authorized, or polkit failed), so nothing was changed: %1</source>
        <translation>pkexec hat plugboard-helper nicht ausgeführt (nicht berechtigt oder polkit fehlgeschlagen), daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>plugboard-helper %1 failed: %2</source>
        <translation>plugboard-helper %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>Cancelled before plugboard-helper was started; nothing was changed.</source>
        <translation>Abgebrochen, bevor plugboard-helper gestartet wurde; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>plugboard::host::LibusbProbe</name>
    <message>
        <source>libusb could not start: %1</source>
        <translation>libusb konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>libusb could not list devices: %1</source>
        <translation>libusb konnte die Geräte nicht auflisten: %1</translation>
    </message>
</context>
<context>
    <name>plugboard::host::SysfsHostBackend</name>
    <message>
        <source>The directory %1 does not exist, so there is no USB tree to show.</source>
        <translation>Das Verzeichnis %1 existiert nicht, daher gibt es keinen USB-Baum anzuzeigen.</translation>
    </message>
    <message>
        <source>This machine has no USB bus: /sys/bus/usb/devices is missing or empty. In a virtual machine, add a USB controller to it; in a container, the host&apos;s USB devices are not visible.</source>
        <translation>Dieser Rechner hat keinen USB-Bus: /sys/bus/usb/devices fehlt oder ist leer. Fügen Sie in einer virtuellen Maschine einen USB-Controller hinzu; in einem Container sind die USB-Geräte des Hosts nicht sichtbar.</translation>
    </message>
    <message>
        <source>%1 holds no USB controllers (no usbN root hubs under sys/bus/usb/devices).</source>
        <translation>%1 enthält keine USB-Controller (keine usbN-Root-Hubs unter sys/bus/usb/devices).</translation>
    </message>
</context>
<context>
    <name>plugboard::host::TopologyFormat</name>
    <message>
        <source>%1 USB controller</source>
        <translation>USB-Controller von %1</translation>
    </message>
    <message>
        <source>USB controller (%1)</source>
        <translation>USB-Controller (%1)</translation>
    </message>
    <message>
        <source>USB controller %1</source>
        <translation>USB-Controller %1</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>(not authorized)</source>
        <translation>(nicht autorisiert)</translation>
    </message>
    <message>
        <source>(over-current %1 times)</source>
        <translation>(Überstrom: %1-mal)</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message numerus="yes">
        <source>Bus %1: USB %2 root hub, %3, %n port(s)</source>
        <translation>
            <numerusform>Bus %1: USB-%2-Root-Hub, %3, %n Port</numerusform>
            <numerusform>Bus %1: USB-%2-Root-Hub, %3, %n Ports</numerusform>
        </translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>plugboard::host::TopologyReader</name>
    <message>
        <source>%1: descriptors: %2</source>
        <translation>%1: Deskriptoren: %2</translation>
    </message>
    <message>
        <source>%1: hubs nested deeper than %2 levels were not read.</source>
        <translation>%1: Hubs, die tiefer als %2 Ebenen verschachtelt sind, wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation>Das Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 has no USB bus (%2 is missing).</source>
        <translation>%1 hat keinen USB-Bus (%2 fehlt).</translation>
    </message>
    <message>
        <source>%1: the link in %2 is broken or leads outside the tree.</source>
        <translation>%1: Der Link in %2 ist defekt oder führt aus dem Baum hinaus.</translation>
    </message>
</context>
<context>
    <name>plugboard::host::UdevMonitor</name>
    <message>
        <source>libudev could not be initialised.</source>
        <translation>libudev konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The udev event socket is not available, so hotplug is not followed.</source>
        <translation>Der udev-Ereignis-Socket ist nicht verfügbar, daher wird Hotplug nicht verfolgt.</translation>
    </message>
    <message>
        <source>Listening for udev events failed, so hotplug is not followed.</source>
        <translation>Das Lauschen auf udev-Ereignisse ist fehlgeschlagen, daher wird Hotplug nicht verfolgt.</translation>
    </message>
</context>
<context>
    <name>plugboard::host::Udisks</name>
    <message>
        <source>&apos;%1&apos; is not a block device name.</source>
        <translation>&apos;%1&apos; ist kein Blockgerätename.</translation>
    </message>
    <message>
        <source>UDisks2 is not running, so the disk cannot be unmounted without administrator rights.</source>
        <translation>UDisks2 läuft nicht, daher kann der Datenträger nicht ohne Administratorrechte ausgehängt werden.</translation>
    </message>
    <message>
        <source>/dev/%1 was unmounted.</source>
        <translation>/dev/%1 wurde ausgehängt.</translation>
    </message>
    <message>
        <source>/dev/%1 is busy: a program still has files open on it. Close it (%2) and try again.</source>
        <translation>/dev/%1 ist belegt: Ein Programm hat noch Dateien darauf geöffnet. Schließen Sie es (%2) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>/dev/%1 was not mounted.</source>
        <translation>/dev/%1 war nicht eingehängt.</translation>
    </message>
    <message>
        <source>UDisks2 did not answer within %1 s; /dev/%2 was left as it is.</source>
        <translation>UDisks2 hat nicht innerhalb von %1 s geantwortet; /dev/%2 wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>UDisks2 does not know /dev/%1 as a filesystem.</source>
        <translation>UDisks2 kennt /dev/%1 nicht als Dateisystem.</translation>
    </message>
    <message>
        <source>Unmounting /dev/%1 failed: %2</source>
        <translation>Aushängen von /dev/%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>UDisks2 is not running and plugboard-helper is not installed.</source>
        <translation>UDisks2 läuft nicht, und plugboard-helper ist nicht installiert.</translation>
    </message>
    <message>
        <source>Unmounted /dev/%1.</source>
        <translation>/dev/%1 ausgehängt.</translation>
    </message>
    <message>
        <source>/dev/%1 could not be unmounted: %2</source>
        <translation>/dev/%1 konnte nicht ausgehängt werden: %2</translation>
    </message>
    <message>
        <source>UDisks2 was not allowed to unmount /dev/%1 (%2): someone else mounted it, or the password was not given. Unmount it in a file manager, or ask an administrator.</source>
        <translation>UDisks2 durfte /dev/%1 nicht aushängen (%2): Jemand anderes hat es eingehängt, oder das Passwort wurde nicht eingegeben. Hängen Sie es in einer Dateiverwaltung aus oder fragen Sie einen Administrator.</translation>
    </message>
    <message>
        <source>UDisks2 is not running, and plugboard-helper could not be started: %1</source>
        <translation>UDisks2 läuft nicht, und plugboard-helper konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Nothing to unmount.</source>
        <translation>Nichts auszuhängen.</translation>
    </message>
    <message>
        <source>Still waiting for UDisks2 to unmount /dev/%1: it may be asking for a password, or a program is slow to let go…</source>
        <translation>Warte noch darauf, dass UDisks2 /dev/%1 aushängt: Es fragt vielleicht nach einem Passwort, oder ein Programm gibt es nur langsam frei…</translation>
    </message>
    <message>
        <source>Asking UDisks2 to unmount /dev/%1…</source>
        <translation>Bitte UDisks2, /dev/%1 auszuhängen…</translation>
    </message>
    <message>
        <source>Cancelled after /dev/%1 had been unmounted; nothing else was unmounted.</source>
        <translation>Abgebrochen, nachdem /dev/%1 ausgehängt war; sonst wurde nichts ausgehängt.</translation>
    </message>
    <message>
        <source>Cancelled; nothing more was unmounted.</source>
        <translation>Abgebrochen; nichts weiter wurde ausgehängt.</translation>
    </message>
    <message>
        <source>Cancelled: Plugboard stopped waiting for UDisks2, which may still unmount /dev/%1. Nothing else was unmounted.</source>
        <translation>Abgebrochen: Plugboard wartet nicht mehr auf UDisks2, das /dev/%1 noch aushängen kann. Sonst wurde nichts ausgehängt.</translation>
    </message>
    <message>
        <source>Cancelled before anything was unmounted.</source>
        <translation>Abgebrochen, bevor etwas ausgehängt wurde.</translation>
    </message>
</context>
<context>
    <name>plugboard::host::UsbDevice</name>
    <message>
        <source>%1 device %2</source>
        <translation>Gerät %2 von %1</translation>
    </message>
    <message>
        <source>USB device %1:%2</source>
        <translation>USB-Gerät %1:%2</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::AccessProbe</name>
    <message>
        <source>libvirt is not installed, so there are no KVM guests to give devices to. Install libvirt (and virt-manager to create guests); VMware guests work without it.</source>
        <translation>libvirt ist nicht installiert, daher gibt es keine KVM-Gäste, denen Geräte gegeben werden können. Installieren Sie libvirt (und virt-manager, um Gäste anzulegen); VMware-Gäste funktionieren ohne.</translation>
    </message>
    <message>
        <source>libvirt is installed but its service (%1) is not running, so the guests of this computer cannot be listed.</source>
        <translation>libvirt ist installiert, aber sein Dienst (%1) läuft nicht, daher können die Gäste dieses Computers nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>libvirt runs, but you are not in the &quot;libvirt&quot; group, so it refuses to show you the system&apos;s guests (qemu:///system). Your own guests (qemu:///session) need no group.</source>
        <translation>libvirt läuft, aber Sie sind nicht in der Gruppe „libvirt“, daher zeigt es Ihnen die Gäste des Systems (qemu:///system) nicht. Ihre eigenen Gäste (qemu:///session) brauchen keine Gruppe.</translation>
    </message>
    <message>
        <source>libvirt runs and you may use it; the connection failed for another reason (below).</source>
        <translation>libvirt läuft und Sie dürfen es benutzen; die Verbindung ist aus einem anderen Grund fehlgeschlagen (unten).</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::DomainXml</name>
    <message>
        <source>The definition&apos;s root element is &lt;%1&gt;, not &lt;domain&gt;.</source>
        <translation>Das Wurzelelement der Definition ist &lt;%1&gt;, nicht &lt;domain&gt;.</translation>
    </message>
    <message>
        <source>The domain definition is not valid XML (line %1, column %2: %3).</source>
        <translation>Die Domain-Definition ist kein gültiges XML (Zeile %1, Spalte %2: %3).</translation>
    </message>
    <message>
        <source>The domain definition is empty.</source>
        <translation>Die Domain-Definition ist leer.</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::GuestDirectory</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>There is no guest %1 on %2.</source>
        <translation>Auf %2 gibt es keinen Gast %1.</translation>
    </message>
    <message>
        <source>%1 names several guests: %2. Give one as URI#name.</source>
        <translation>%1 bezeichnet mehrere Gäste: %2. Geben Sie einen als URI#name an.</translation>
    </message>
    <message>
        <source>There is no guest named %1.</source>
        <translation>Es gibt keinen Gast namens %1.</translation>
    </message>
    <message>
        <source>There is no guest named %1 (not reachable: %2).</source>
        <translation>Es gibt keinen Gast namens %1 (nicht erreichbar: %2).</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::GuestFormat</name>
    <message>
        <source>default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>USB disabled (model none)</source>
        <translation>USB deaktiviert (Modell none)</translation>
    </message>
    <message>
        <source>USB 1.1 companion (%1)</source>
        <translation>USB-1.1-Begleitcontroller (%1)</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4 free)</source>
        <translation>%1 (%2, %3, %4 frei)</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n Port</numerusform>
            <numerusform>%n Ports</numerusform>
        </translation>
    </message>
    <message>
        <source>(transient)</source>
        <translation>(flüchtig)</translation>
    </message>
    <message>
        <source>definition unreadable: %1</source>
        <translation>Definition nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no USB controller</source>
        <translation>kein USB-Controller</translation>
    </message>
    <message>
        <source>host device %1:%2</source>
        <translation>Host-Gerät %1:%2</translation>
    </message>
    <message>
        <source>at %1/%2</source>
        <translation>an %1/%2</translation>
    </message>
    <message>
        <source>unplugged from this computer while the guest held it; the guest still lists it. Remove the entry: plugboardctl detach %1:%2 %3 --live</source>
        <translation>von diesem Computer abgezogen, während der Gast es hielt; der Gast führt es noch. Eintrag entfernen: plugboardctl detach %1:%2 %3 --live</translation>
    </message>
    <message>
        <source>redirected (%1) %2</source>
        <translation>umgeleitet (%1) %2</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::LibvirtConnection</name>
    <message>
        <source>No answer from libvirt.</source>
        <translation>Keine Antwort von libvirt.</translation>
    </message>
    <message numerus="yes">
        <source>libvirt at %1 did not answer within %n second(s); the change may still happen. Look at the guest again in a moment.</source>
        <translation>
            <numerusform>libvirt unter %1 hat nicht innerhalb von %n Sekunde geantwortet; die Änderung kann noch geschehen. Sehen Sie gleich noch einmal nach dem Gast.</numerusform>
            <numerusform>libvirt unter %1 hat nicht innerhalb von %n Sekunden geantwortet; die Änderung kann noch geschehen. Sehen Sie gleich noch einmal nach dem Gast.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before libvirt answered.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor libvirt antwortete.</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::LibvirtSession</name>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Guest %1 has no USB device %2:%3 attached.</source>
        <translation>Am Gast %1 ist kein USB-Gerät %2:%3 angehängt.</translation>
    </message>
    <message>
        <source>The device is now optional: the guest starts even when it is not plugged in.</source>
        <translation>Das Gerät ist jetzt optional: Der Gast startet auch, wenn es nicht eingesteckt ist.</translation>
    </message>
    <message>
        <source>The guest&apos;s USB controller is now qemu-xhci (USB 3, 15 ports); it takes effect at the guest&apos;s next start.</source>
        <translation>Der USB-Controller des Gastes ist jetzt qemu-xhci (USB 3, 15 Ports); dies wird beim nächsten Start des Gastes wirksam.</translation>
    </message>
    <message>
        <source>A SPICE USB redirection channel was added; it takes effect at the guest&apos;s next start.</source>
        <translation>Ein SPICE-USB-Umleitungskanal wurde hinzugefügt; dies wird beim nächsten Start des Gastes wirksam.</translation>
    </message>
    <message>
        <source>The device is already given to guest %1. Detach it from that guest first (or move it), then try again.</source>
        <translation>Das Gerät ist bereits an den Gast %1 durchgereicht. Trennen Sie es zuerst von diesem Gast (oder verschieben Sie es) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Several identical devices are plugged in, so libvirt cannot tell which one is meant. Choose the device by its port in the host tree (Plugboard then pins its bus and device number), or unplug the twin.</source>
        <translation>Es sind mehrere identische Geräte eingesteckt, daher kann libvirt nicht erkennen, welches gemeint ist. Wählen Sie das Gerät über seinen Port im Host-Baum (Plugboard legt dann seine Bus- und Gerätenummer fest) oder ziehen Sie den Zwilling ab.</translation>
    </message>
    <message>
        <source>The guest has no free USB port. Add a USB hub to the guest or raise its controller&apos;s port count (qemu-xhci supports up to 15), then restart the guest.</source>
        <translation>Der Gast hat keinen freien USB-Port. Fügen Sie dem Gast einen USB-Hub hinzu oder erhöhen Sie die Portanzahl seines Controllers (qemu-xhci unterstützt bis zu 15) und starten Sie den Gast dann neu.</translation>
    </message>
    <message>
        <source>USB is disabled in this guest (its controller model is &apos;none&apos;). Add a qemu-xhci USB controller to the guest and restart it.</source>
        <translation>USB ist in diesem Gast deaktiviert (sein Controller-Modell ist &apos;none&apos;). Fügen Sie dem Gast einen qemu-xhci-USB-Controller hinzu und starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>The guest&apos;s definition requires a USB device that is not plugged in, so it cannot start. Plug the device in, or mark it optional (startupPolicy=&apos;optional&apos;).</source>
        <translation>Die Definition des Gastes verlangt ein USB-Gerät, das nicht eingesteckt ist, daher kann er nicht starten. Stecken Sie das Gerät ein oder markieren Sie es als optional (startupPolicy=&apos;optional&apos;).</translation>
    </message>
    <message>
        <source>This QEMU cannot pass USB devices through (usb-host or usb-redir is missing). Install your distribution&apos;s QEMU USB modules.</source>
        <translation>Dieses QEMU kann keine USB-Geräte durchreichen (usb-host oder usb-redir fehlt). Installieren Sie die QEMU-USB-Module Ihrer Distribution.</translation>
    </message>
    <message>
        <source>libvirt is not reachable: its daemon is not running or its socket is missing. Start it (systemctl start libvirtd or virtqemud) and try again.</source>
        <translation>libvirt ist nicht erreichbar: Sein Dienst läuft nicht oder sein Socket fehlt. Starten Sie ihn (systemctl start libvirtd oder virtqemud) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>libvirt could not read this machine&apos;s USB devices (/sys/bus/usb/devices does not exist): there is no USB bus here, so nothing can be passed through from this host.</source>
        <translation>libvirt konnte die USB-Geräte dieses Rechners nicht lesen (/sys/bus/usb/devices existiert nicht): Hier gibt es keinen USB-Bus, daher kann von diesem Host nichts durchgereicht werden.</translation>
    </message>
    <message>
        <source>The guest is not running, so nothing can be changed live. Change its persistent definition instead (it takes effect at next start), or start the guest first.</source>
        <translation>Der Gast läuft nicht, daher kann nichts live geändert werden. Ändern Sie stattdessen seine dauerhafte Definition (wirksam beim nächsten Start) oder starten Sie zuerst den Gast.</translation>
    </message>
    <message>
        <source>libvirt refused access (%1). Join the &apos;libvirt&apos; group (then log in again), or use qemu:///session for your own guests.</source>
        <translation>libvirt hat den Zugriff verweigert (%1). Treten Sie der Gruppe &apos;libvirt&apos; bei (und melden Sie sich dann neu an) oder verwenden Sie qemu:///session für Ihre eigenen Gäste.</translation>
    </message>
    <message>
        <source>There is no such guest on this connection (%1).</source>
        <translation>Auf dieser Verbindung gibt es keinen solchen Gast (%1).</translation>
    </message>
    <message>
        <source>libvirt failed without saying why.</source>
        <translation>libvirt ist ohne Angabe von Gründen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>libvirt refused: %1</source>
        <translation>libvirt hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Attached.</source>
        <translation>Angehängt.</translation>
    </message>
    <message>
        <source>Detached.</source>
        <translation>Getrennt.</translation>
    </message>
    <message>
        <source>This connection cannot attach devices to a running guest. Add the device to the guest&apos;s definition instead (it takes effect at the next start).</source>
        <translation>Diese Verbindung kann keine Geräte an einen laufenden Gast anhängen. Fügen Sie das Gerät stattdessen der Definition des Gastes hinzu (wirksam beim nächsten Start).</translation>
    </message>
    <message>
        <source>This connection cannot detach devices from a running guest. Remove the device from the guest&apos;s definition instead (it takes effect at the next start).</source>
        <translation>Diese Verbindung kann keine Geräte von einem laufenden Gast trennen. Entfernen Sie das Gerät stattdessen aus der Definition des Gastes (wirksam beim nächsten Start).</translation>
    </message>
    <message>
        <source>This connection cannot change devices, and the guest&apos;s definition could not be edited either.</source>
        <translation>Diese Verbindung kann keine Geräte ändern, und die Definition des Gastes konnte ebenfalls nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>This connection cannot attach devices directly, so the device was added to the guest&apos;s definition instead: it takes effect at the guest&apos;s next start.</source>
        <translation>Diese Verbindung kann Geräte nicht direkt anhängen, daher wurde das Gerät stattdessen der Definition des Gastes hinzugefügt: Dies wird beim nächsten Start des Gastes wirksam.</translation>
    </message>
    <message>
        <source>This connection cannot detach devices directly, so the device was removed from the guest&apos;s definition instead: it takes effect at the guest&apos;s next start.</source>
        <translation>Diese Verbindung kann Geräte nicht direkt trennen, daher wurde das Gerät stattdessen aus der Definition des Gastes entfernt: Dies wird beim nächsten Start des Gastes wirksam.</translation>
    </message>
    <message>
        <source>The guest&apos;s definition could not be read.</source>
        <translation>Die Definition des Gastes konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing to change in the guest&apos;s definition.</source>
        <translation>In der Definition des Gastes ist nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::LibvirtWorker</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>libvirt closed the connection (the daemon stopped or restarted).</source>
        <translation>libvirt hat die Verbindung geschlossen (der Dienst wurde beendet oder neu gestartet).</translation>
    </message>
    <message>
        <source>libvirt stopped answering (keep-alive timed out).</source>
        <translation>libvirt antwortet nicht mehr (Keep-alive-Zeitüberschreitung).</translation>
    </message>
    <message>
        <source>The connection to libvirt failed.</source>
        <translation>Die Verbindung zu libvirt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection to libvirt was closed.</source>
        <translation>Die Verbindung zu libvirt wurde geschlossen.</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>plugboard::vmware::VmwareFormat</name>
    <message>
        <source>no USB controller</source>
        <translation>kein USB-Controller</translation>
    </message>
    <message>
        <source>%1 controller, %2 ports</source>
        <translation>%1-Controller, %2 Ports</translation>
    </message>
    <message>
        <source>connects automatically: %1</source>
        <translation>verbindet automatisch: %1</translation>
    </message>
</context>
<context>
    <name>plugboard::vmware::VmwareGuest</name>
    <message>
        <source>its lock directory %1 exists</source>
        <translation>ihr Sperrverzeichnis %1 existiert</translation>
    </message>
    <message>
        <source>vmware-vmx (process %1) runs it</source>
        <translation>vmware-vmx (Prozess %1) führt sie aus</translation>
    </message>
    <message>
        <source>The virtual machine is running (%1). VMware rewrites its .vmx when it shuts down, so Plugboard does not change it now: shut the VM down and try again, or use VMware&apos;s VM ▸ Removable Devices menu.</source>
        <translation>Die virtuelle Maschine läuft (%1). VMware schreibt ihre .vmx beim Herunterfahren neu, daher ändert Plugboard sie jetzt nicht: Fahren Sie die VM herunter und versuchen Sie es erneut oder verwenden Sie in VMware das Menü VM ▸ Removable Devices.</translation>
    </message>
    <message>
        <source>The VM already connects %1:%2 automatically.</source>
        <translation>Die VM verbindet %1:%2 bereits automatisch.</translation>
    </message>
    <message>
        <source>The device %1:%2 will be connected to this VM when it starts or when the device is plugged in.</source>
        <translation>Das Gerät %1:%2 wird mit dieser VM verbunden, wenn sie startet oder wenn das Gerät eingesteckt wird.</translation>
    </message>
    <message>
        <source>The VM has no automatic connection rule for %1:%2.</source>
        <translation>Die VM hat keine automatische Verbindungsregel für %1:%2.</translation>
    </message>
    <message>
        <source>The VM no longer connects %1:%2 automatically.</source>
        <translation>Die VM verbindet %1:%2 nicht mehr automatisch.</translation>
    </message>
    <message>
        <source>USB 3 needs virtual hardware version 8 or later; this VM has version %1. Upgrade its compatibility in VMware first (VM ▸ Manage ▸ Change Hardware Compatibility); older VMware versions then cannot open it.</source>
        <translation>USB 3 erfordert virtuelle Hardwareversion 8 oder neuer; diese VM hat Version %1. Aktualisieren Sie zuerst ihre Kompatibilität in VMware (VM ▸ Manage ▸ Change Hardware Compatibility); ältere VMware-Versionen können sie danach nicht mehr öffnen.</translation>
    </message>
    <message>
        <source>The controller is already enabled.</source>
        <translation>Der Controller ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>A USB 3 controller was added to the VM.</source>
        <translation>Der VM wurde ein USB-3-Controller hinzugefügt.</translation>
    </message>
    <message>
        <source>A USB 2 controller was added to the VM.</source>
        <translation>Der VM wurde ein USB-2-Controller hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Keyboards, mice and other HID devices can now be given to this VM.</source>
        <translation>Tastaturen, Mäuse und andere HID-Geräte können jetzt an diese VM übergeben werden.</translation>
    </message>
    <message>
        <source>HID devices are no longer offered to this VM.</source>
        <translation>HID-Geräte werden dieser VM nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>%1 is running. VMware has no public interface for connecting a device to a running VM: use VMware&apos;s VM ▸ Removable Devices menu now, or shut the VM down and let Plugboard add an automatic connection rule so the device connects whenever the VM starts or the device is plugged in.</source>
        <translation>%1 läuft. VMware hat keine öffentliche Schnittstelle, um ein Gerät mit einer laufenden VM zu verbinden: Verwenden Sie jetzt in VMware das Menü VM ▸ Removable Devices oder fahren Sie die VM herunter und lassen Sie Plugboard eine automatische Verbindungsregel hinzufügen, damit das Gerät verbunden wird, sobald die VM startet oder das Gerät eingesteckt wird.</translation>
    </message>
    <message>
        <source>USB arbitrator running</source>
        <translation>USB-Arbitrator läuft</translation>
    </message>
    <message>
        <source>USB arbitrator not running</source>
        <translation>USB-Arbitrator läuft nicht</translation>
    </message>
    <message>
        <source>vmmon and vmnet loaded</source>
        <translation>vmmon und vmnet geladen</translation>
    </message>
    <message>
        <source>vmmon/vmnet not loaded</source>
        <translation>vmmon/vmnet nicht geladen</translation>
    </message>
    <message>
        <source>This virtual machine is encrypted: its USB settings are inside the encrypted part of %1, so Plugboard cannot change them and does not write keys beside it. Change them in VMware (VM ▸ Settings ▸ USB Controller) with the VM&apos;s password.</source>
        <translation>Diese virtuelle Maschine ist verschlüsselt: Ihre USB-Einstellungen liegen im verschlüsselten Teil von %1, daher kann Plugboard sie nicht ändern und schreibt keine Schlüssel daneben. Ändern Sie sie in VMware (VM ▸ Settings ▸ USB Controller) mit dem Passwort der VM.</translation>
    </message>
</context>
<context>
    <name>plugboard::vmware::VmxDocument</name>
    <message>
        <source>it is not of the form key = &quot;value&quot;</source>
        <translation>sie hat nicht die Form key = &quot;value&quot;</translation>
    </message>
    <message>
        <source>its value has no closing quote</source>
        <translation>ihrem Wert fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>there is text after the closing quote</source>
        <translation>nach dem schließenden Anführungszeichen steht noch Text</translation>
    </message>
    <message>
        <source>The file is %1 bytes long; a .vmx file is a few kilobytes, so this is not one.</source>
        <translation>Die Datei ist %1 Byte groß; eine .vmx-Datei hat nur wenige Kilobyte, daher ist dies keine.</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), so it is not a .vmx file.</source>
        <translation>Die Datei enthält Binärdaten (NUL-Bytes), daher ist sie keine .vmx-Datei.</translation>
    </message>
    <message>
        <source>Line %1 is %2 bytes long, far longer than any .vmx setting.</source>
        <translation>Zeile %1 ist %2 Byte lang, weit länger als jede .vmx-Einstellung.</translation>
    </message>
    <message>
        <source>Line %1 cannot be read: %2.</source>
        <translation>Zeile %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot;, which Plugboard cannot read.</source>
        <translation>Die Datei deklariert die Kodierung &quot;%1&quot;, die Plugboard nicht lesen kann.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written in this file&apos;s encoding (%2).</source>
        <translation>&quot;%1&quot; kann in der Kodierung dieser Datei (%2) nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This document has no file to save to.</source>
        <translation>Dieses Dokument hat keine Datei, in die gespeichert werden kann.</translation>
    </message>
    <message>
        <source>%1 was changed by another program after Plugboard read it, so it was not overwritten. Reload it and try again.</source>
        <translation>%1 wurde von einem anderen Programm geändert, nachdem Plugboard die Datei gelesen hat, und wurde daher nicht überschrieben. Laden Sie sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 was changed by another program while Plugboard wrote it, so it was not overwritten. Reload it and try again.</source>
        <translation>%1 wurde von einem anderen Programm geändert, während Plugboard sie schrieb, daher wurde sie nicht überschrieben. Laden Sie sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>VMware has %1 open (its .lck folder holds locks): VMware rewrites it when the VM stops, so Plugboard does not change it now. Shut the VM down and try again.</source>
        <translation>VMware hat %1 geöffnet (sein .lck-Ordner enthält Sperren): VMware schreibt die Datei neu, wenn die VM stoppt, daher ändert Plugboard sie jetzt nicht. Fahren Sie die VM herunter und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1 is an encrypted virtual machine: its USB settings are inside the encrypted part, and keys written beside it would be ignored or leak. Change them in VMware with the VM&apos;s password.</source>
        <translation>%1 ist eine verschlüsselte virtuelle Maschine: Ihre USB-Einstellungen liegen im verschlüsselten Teil, und daneben geschriebene Schlüssel würden ignoriert oder preisgegeben. Ändern Sie sie in VMware mit dem Passwort der VM.</translation>
    </message>
</context>
</TS>
