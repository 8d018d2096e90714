<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>USB devices for virtual machines.</source>
        <translation>USB-Geräte für virtuelle Maschinen.</translation>
    </message>
    <message>
        <source>Read the host&apos;s files under DIR instead of / (a copied tree).</source>
        <translation>Die Dateien des Hosts unter DIR statt unter / lesen (ein kopierter Verzeichnisbaum).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>A libvirt URI to show (repeatable; replaces qemu:///system and qemu:///session).</source>
        <translation>Eine anzuzeigende libvirt-URI (mehrfach möglich; ersetzt qemu:///system und qemu:///session).</translation>
    </message>
    <message>
        <source>Show a sample host (a bundle shipped with Plugboard) beside libvirt&apos;s test:///default guests.</source>
        <translation>Einen Beispiel-Host (ein mit Plugboard geliefertes Diagnosepaket) neben den Gästen von libvirts test:///default zeigen.</translation>
    </message>
    <message>
        <source>The language of the window (%1; default: the system&apos;s).</source>
        <translation>Die Sprache des Fensters (%1; Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the language codes in --help</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>plugboard::ui::Demo</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo host is missing from this build.</source>
        <translation>Der Demo-Host fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DetailsPane</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>isochronous</source>
        <translation>isochron</translation>
    </message>
    <message>
        <source>bulk</source>
        <translation>Bulk</translation>
    </message>
    <message>
        <source>interrupt</source>
        <translation>Interrupt</translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation>Strombudget</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a controller, port or device to see its details.</source>
        <translation>Wählen Sie einen Controller, einen Port oder ein Gerät aus, um dessen Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 is no longer present.</source>
        <translation>%1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Kernel name</source>
        <translation>Kernel-Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>PCI ID</source>
        <translation>PCI-ID</translation>
    </message>
    <message>
        <source>not a PCI device</source>
        <translation>kein PCI-Gerät</translation>
    </message>
    <message>
        <source>Bus type</source>
        <translation>Bustyp</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Root hub %1</source>
        <translation>Root-Hub %1</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>USB version</source>
        <translation>USB-Version</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>New devices authorized</source>
        <translation>Neue Geräte autorisiert</translation>
    </message>
    <message>
        <source>internal only</source>
        <translation>nur interne</translation>
    </message>
    <message>
        <source>Port %1 (empty)</source>
        <translation>Port %1 (leer)</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Anschlusstyp</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Over-current events</source>
        <translation>Überstrom-Ereignisse</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Same socket as</source>
        <translation>Selbe Buchse wie</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>nothing plugged in</source>
        <translation>nichts eingesteckt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>This kernel exposes no port node; the port is derived from the hub&apos;s port count.</source>
        <translation>Dieser Kernel stellt keinen Port-Knoten bereit; der Port wird aus der Portanzahl des Hubs abgeleitet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Vendor:product</source>
        <translation>Hersteller:Produkt</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>(no string) %1</source>
        <translation>(keine Angabe) %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Bus / device number</source>
        <translation>Bus-/Gerätenummer</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
    <message>
        <source>yes (configuration %1)</source>
        <translation>ja (Konfiguration %1)</translation>
    </message>
    <message>
        <source>Maximum power</source>
        <translation>Maximaler Strombedarf</translation>
    </message>
    <message>
        <source>%1 mA</source>
        <translation>%1 mA</translation>
    </message>
    <message>
        <source>Removable</source>
        <translation>Entfernbar</translation>
    </message>
    <message>
        <source>Power control</source>
        <translation>Energiesteuerung</translation>
    </message>
    <message>
        <source>auto (may suspend when idle)</source>
        <translation>auto (kann im Leerlauf in den Ruhezustand gehen)</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>class %1/%2/%3, driver %4</source>
        <translation>Klasse %1/%2/%3, Treiber %4</translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>Deskriptoren</translation>
    </message>
    <message>
        <source>bcdUSB</source>
        <translation>bcdUSB</translation>
    </message>
    <message>
        <source>Control packet size</source>
        <translation>Steuerpaketgröße</translation>
    </message>
    <message>
        <source>Configuration %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <source>self-powered</source>
        <translation>eigene Stromversorgung</translation>
    </message>
    <message>
        <source>bus-powered</source>
        <translation>busgespeist</translation>
    </message>
    <message>
        <source>Interface %1 alt %2</source>
        <translation>Schnittstelle %1, Alternative %2</translation>
    </message>
    <message>
        <source>class %1/%2/%3</source>
        <translation>Klasse %1/%2/%3</translation>
    </message>
    <message>
        <source>%1 %2, %3 bytes</source>
        <translation>%1 %2, %3 Byte</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source> × %1 per microframe</source>
        <translation> × %1 pro Mikroframe</translation>
    </message>
    <message>
        <source>, %1 bulk streams</source>
        <translation>, %1 Bulk-Streams</translation>
    </message>
    <message>
        <source>Endpoint 0x%1</source>
        <translation>Endpunkt 0x%1</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>unknown size</source>
        <translation>unbekannte Größe</translation>
    </message>
    <message>
        <source>mounted on %1</source>
        <translation>eingehängt unter %1</translation>
    </message>
    <message>
        <source>in use as swap</source>
        <translation>als Auslagerungsspeicher in Verwendung</translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation>nicht eingehängt</translation>
    </message>
    <message>
        <source>USB 3 half</source>
        <translation>USB-3-Hälfte</translation>
    </message>
    <message>
        <source>USB 2 half</source>
        <translation>USB-2-Hälfte</translation>
    </message>
    <message>
        <source>Port %1 (empty): one socket, USB 2 and USB 3</source>
        <translation>Anschluss %1 (leer): eine Buchse, USB 2 und USB 3</translation>
    </message>
    <message>
        <source>Port %1: one socket, USB 2 and USB 3</source>
        <translation>Anschluss %1: eine Buchse, USB 2 und USB 3</translation>
    </message>
    <message>
        <source>%1 (one USB 3 hub, two kernel hubs)</source>
        <translation>%1 (ein USB-3-Hub, zwei Kernel-Hubs)</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Anschluss: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DeviceIcons</name>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Mass storage</source>
        <translation>Massenspeicher</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Maus</translation>
    </message>
    <message>
        <source>Human interface device</source>
        <translation>Eingabegerät (HID)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Video (webcam)</source>
        <translation>Video (Webcam)</translation>
    </message>
    <message>
        <source>Phone or media player (MTP)</source>
        <translation>Telefon oder Mediaplayer (MTP)</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Smart card</source>
        <translation>Smartcard</translation>
    </message>
    <message>
        <source>Serial adapter</source>
        <translation>Serieller Adapter</translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Wireless (Bluetooth)</source>
        <translation>Drahtlos (Bluetooth)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DiagnosisWizard</name>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Guest controller</source>
        <translation>Gast-Controller</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>The device&apos;s path</source>
        <translation>Der Weg des Geräts</translation>
    </message>
    <message>
        <source>The guest does not list the device at all.</source>
        <translation>Der Gast listet das Gerät überhaupt nicht auf.</translation>
    </message>
    <message>
        <source>The guest lists the device but it does not work.</source>
        <translation>Der Gast listet das Gerät auf, aber es funktioniert nicht.</translation>
    </message>
    <message>
        <source>The device works but slowly.</source>
        <translation>Das Gerät funktioniert, aber langsam.</translation>
    </message>
    <message>
        <source>The device keeps disconnecting.</source>
        <translation>Das Gerät trennt sich immer wieder.</translation>
    </message>
    <message>
        <source>Why does the guest not see my device?</source>
        <translation>Warum sieht der Gast mein Gerät nicht?</translation>
    </message>
    <message>
        <source>Which device, and which guest?</source>
        <translation>Welches Gerät und welcher Gast?</translation>
    </message>
    <message>
        <source>Pick the device, or the empty port where it never appears, and the guest that should see it.</source>
        <translation>Wählen Sie das Gerät oder den leeren Port, an dem es nie erscheint, und den Gast, der es sehen soll.</translation>
    </message>
    <message>
        <source>Device or port:</source>
        <translation>Gerät oder Port:</translation>
    </message>
    <message>
        <source>Device or port</source>
        <translation>Gerät oder Port</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>%1  (empty port: the device never appears)</source>
        <translation>%1  (leerer Port: Das Gerät erscheint nie)</translation>
    </message>
    <message>
        <source>Guest:</source>
        <translation>Gast:</translation>
    </message>
    <message>
        <source>No particular guest</source>
        <translation>Kein bestimmter Gast</translation>
    </message>
    <message>
        <source>What happens?</source>
        <translation>Was passiert?</translation>
    </message>
    <message>
        <source>The guest does not list it</source>
        <translation>Der Gast listet es nicht auf</translation>
    </message>
    <message>
        <source>Listed, but not working</source>
        <translation>Aufgelistet, funktioniert aber nicht</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>Disconnects</source>
        <translation>Trennt sich</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Host, device, hypervisor and security, along the path the device takes.</source>
        <translation>Host, Gerät, Hypervisor und Sicherheit – entlang des Weges, den das Gerät nimmt.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Does the guest see it now?</source>
        <translation>Sieht der Gast es jetzt?</translation>
    </message>
    <message>
        <source>Check inside the guest: on Linux run &quot;lsusb&quot; (or &quot;lsusb -t&quot; to see the speed); on Windows open Device Manager and look under Universal Serial Bus controllers and Other devices.</source>
        <translation>Prüfen Sie im Gast: Unter Linux führen Sie &quot;lsusb&quot; aus (oder &quot;lsusb -t&quot;, um die Geschwindigkeit zu sehen); unter Windows öffnen Sie den Geräte-Manager und sehen unter &quot;USB-Controller&quot; und &quot;Andere Geräte&quot; nach.</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>Prüfungen &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Collecting facts about this machine…</source>
        <translation>Informationen über diesen Rechner werden gesammelt…</translation>
    </message>
    <message>
        <source>Checking the host (controller and port)…</source>
        <translation>Host wird geprüft (Controller und Port)…</translation>
    </message>
    <message>
        <source>Checking the device…</source>
        <translation>Gerät wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the hypervisor and the guest…</source>
        <translation>Hypervisor und Gast werden geprüft…</translation>
    </message>
    <message>
        <source>Checking security policies…</source>
        <translation>Sicherheitsrichtlinien werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>No problem found. %n check(s) could not run.</source>
        <translation>
            <numerusform>Kein Problem gefunden. %n Prüfung konnte nicht ausgeführt werden.</numerusform>
            <numerusform>Kein Problem gefunden. %n Prüfungen konnten nicht ausgeführt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n Befund.</numerusform>
            <numerusform>%n Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found for this device and guest. %1</source>
        <translation>Für dieses Gerät und diesen Gast wurde kein Problem gefunden. %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Not checked (%1)</source>
        <translation>Nicht geprüft (%1)</translation>
    </message>
    <message>
        <source>The fix did not work: %1</source>
        <translation>Die Behebung hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Plugboard diagnosis</source>
        <translation>Plugboard-Diagnose</translation>
    </message>
    <message>
        <source>Device: %1 · Port: %2 · Guest: %3</source>
        <translation>Gerät: %1 · Port: %2 · Gast: %3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Kein Problem gefunden.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json)</source>
        <translation>Webseite (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1

This fix would run: %2 — %3</source>
        <translation>%1

Diese Behebung würde ausführen: %2 — %3</translation>
    </message>
    <message>
        <source>Fix under way</source>
        <translation>Behebung läuft</translation>
    </message>
    <message>
        <source>Cancel the &amp;fix</source>
        <translation>Behebung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Applying the fix: %1…</source>
        <translation>Behebung wird angewendet: %1…</translation>
    </message>
    <message>
        <source>What you see in the guest. The checks look at the whole path either way.</source>
        <translation>Was Sie im Gast sehen. Die Prüfungen sehen sich so oder so den ganzen Weg an.</translation>
    </message>
    <message>
        <source>The most likely cause first, with its fix. Open Evidence to see what proves it.</source>
        <translation>Die wahrscheinlichste Ursache zuerst, mit ihrer Behebung. Öffnen Sie „Belege“, um zu sehen, was sie beweist.</translation>
    </message>
    <message>
        <source>Look inside the guest; run the checks again or save the report for someone who helps.</source>
        <translation>Sehen Sie im Gast nach; führen Sie die Prüfungen erneut aus oder speichern Sie den Bericht für jemanden, der hilft.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::FindingCard</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>the kernel&apos;s or the hypervisor&apos;s own message names it</source>
        <translation>die eigene Meldung des Kernels oder des Hypervisors nennt es</translation>
    </message>
    <message>
        <source>a log line shows it</source>
        <translation>eine Protokollzeile zeigt es</translation>
    </message>
    <message>
        <source>a setting or device state shows it</source>
        <translation>eine Einstellung oder ein Gerätezustand zeigt es</translation>
    </message>
    <message>
        <source>inferred from the other facts</source>
        <translation>aus den anderen Fakten geschlossen</translation>
    </message>
    <message>
        <source>Most likely cause, %1: %2</source>
        <translation>Wahrscheinlichste Ursache, %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Known because %1.</source>
        <translation>Bekannt, weil %1.</translation>
    </message>
    <message>
        <source>Most likely cause</source>
        <translation>Wahrscheinlichste Ursache</translation>
    </message>
    <message>
        <source>%1 · known because %2.</source>
        <translation>%1 · bekannt, weil %2.</translation>
    </message>
    <message numerus="yes">
        <source>Also explains %n other finding(s)</source>
        <translation>
            <numerusform>Erklärt auch %n weiteren Befund</numerusform>
            <numerusform>Erklärt auch %n weitere Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Belege (%1)</translation>
    </message>
    <message>
        <source>%1 (needs an administrator)</source>
        <translation>%1 (braucht einen Administrator)</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Or by hand:</source>
        <translation>Oder von Hand:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::FirstRunGuide</name>
    <message>
        <source>Command that fixes it</source>
        <translation>Befehl, der es behebt</translation>
    </message>
    <message>
        <source>Open the &amp;documentation</source>
        <translation>&amp;Dokumentation öffnen</translation>
    </message>
    <message>
        <source>Plugboard cannot reach libvirt</source>
        <translation>Plugboard erreicht libvirt nicht</translation>
    </message>
    <message>
        <source>&amp;Start %1</source>
        <translation>%1 &amp;starten</translation>
    </message>
    <message>
        <source>Start the libvirt service %1</source>
        <translation>Den libvirt-Dienst %1 starten</translation>
    </message>
    <message>
        <source>%1 started; connecting…</source>
        <translation>%1 gestartet; verbinde…</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::GuestModel</name>
    <message>
        <source>VMware Workstation</source>
        <translation>VMware Workstation</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>USB arbitrator not running</source>
        <translation>USB-Arbitrator läuft nicht</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n port(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Port)</numerusform>
            <numerusform>%1 (%2, %n Ports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connects %1:%2 automatically</source>
        <translation>Verbindet %1:%2 automatisch</translation>
    </message>
    <message>
        <source>Connects host port %1 automatically</source>
        <translation>Verbindet Host-Port %1 automatisch</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>This guest has no USB controller.</source>
        <translation>Dieser Gast hat keinen USB-Controller.</translation>
    </message>
    <message>
        <source>Host device at %1/%2</source>
        <translation>Host-Gerät an %1/%2</translation>
    </message>
    <message>
        <source>Host device %1:%2</source>
        <translation>Host-Gerät %1:%2</translation>
    </message>
    <message>
        <source>attached, persistent</source>
        <translation>angehängt, dauerhaft</translation>
    </message>
    <message>
        <source>attached (until shutdown)</source>
        <translation>angehängt (bis zum Herunterfahren)</translation>
    </message>
    <message>
        <source>at next start</source>
        <translation>beim nächsten Start</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>Network USB from %1</source>
        <translation>Netzwerk-USB von %1</translation>
    </message>
    <message>
        <source>SPICE USB redirection channel</source>
        <translation>SPICE-USB-Umleitungskanal</translation>
    </message>
    <message>
        <source>Redirected USB (%1) %2</source>
        <translation>Umgeleitetes USB (%1) %2</translation>
    </message>
    <message>
        <source>Always: whatever is plugged into %1</source>
        <translation>Immer: alles, was an %1 eingesteckt wird</translation>
    </message>
    <message>
        <source>Always: %1</source>
        <translation>Immer: %1</translation>
    </message>
    <message>
        <source>Always: %1 %2 (%3)</source>
        <translation>Immer: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>assigned, persistent</source>
        <translation>zugewiesen, dauerhaft</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>VMware connects it by itself whenever the VM runs (an automatic connection rule).</source>
        <translation>VMware verbindet es von selbst, wann immer die VM läuft (eine automatische Verbindungsregel).</translation>
    </message>
    <message>
        <source>Attached whenever it is plugged in while the guest runs, and when the guest starts%1.</source>
        <translation>Wird angehängt, wann immer es eingesteckt wird, während der Gast läuft, und beim Start des Gastes%1.</translation>
    </message>
    <message>
        <source>; kept in the definition, optional at start</source>
        <translation>; in der Definition behalten, beim Start optional</translation>
    </message>
    <message>
        <source>Drop it on a guest.</source>
        <translation>Ziehen Sie es auf einen Gast.</translation>
    </message>
    <message>
        <source>Only libvirt guests&apos; devices can be moved; VMware connects its devices by itself.</source>
        <translation>Nur Geräte von libvirt-Gästen können verschoben werden; VMware verbindet seine Geräte selbst.</translation>
    </message>
    <message>
        <source>%1 has no USB controller: enable one first (right-click the VM).</source>
        <translation>%1 hat keinen USB-Controller: Aktivieren Sie zuerst einen (Rechtsklick auf die VM).</translation>
    </message>
    <message>
        <source>The connection %1 is down: %2</source>
        <translation>Die Verbindung %1 ist getrennt: %2</translation>
    </message>
    <message>
        <source>USB is disabled in %1 (&lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt;): add a qemu-xhci controller to it first.</source>
        <translation>USB ist in %1 deaktiviert (&lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt;): Fügen Sie zuerst einen qemu-xhci-Controller hinzu.</translation>
    </message>
    <message>
        <source>%1 runs on %2: a device of this computer cannot be a host device there. Share it over the network instead (usbredirserver here, then &quot;Attach network USB…&quot; on the guest).</source>
        <translation>%1 läuft auf %2: Ein Gerät dieses Computers kann dort kein Host-Gerät sein. Geben Sie es stattdessen über das Netzwerk frei (hier mit usbredirserver, dann &quot;Netzwerk-USB anhängen…&quot; am Gast).</translation>
    </message>
    <message>
        <source>Only host devices given to a libvirt guest can be moved.</source>
        <translation>Nur Host-Geräte, die an einen libvirt-Gast durchgereicht sind, können verschoben werden.</translation>
    </message>
    <message>
        <source>It is already in %1.</source>
        <translation>Es befindet sich bereits in %1.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>im Ruhezustand</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>fährt herunter</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unplugged — still listed</source>
        <translation>abgezogen – noch eingetragen</translation>
    </message>
    <message>
        <source>This device was unplugged from this computer while %1 held it. The guest still lists it and will not get it back by itself. Remove the stale entry (right-click), then plug the device in and attach it again; an assignment does that by itself.</source>
        <translation>Dieses Gerät wurde von diesem Computer abgezogen, während %1 es hielt. Der Gast führt es noch und bekommt es nicht von selbst zurück. Entfernen Sie den veralteten Eintrag (Rechtsklick), stecken Sie das Gerät dann ein und verbinden Sie es erneut; eine Zuweisung erledigt das von selbst.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::GuestPane</name>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Attach network USB</source>
        <translation>Netzwerk-USB anhängen</translation>
    </message>
    <message>
        <source>A usbredirserver the guest&apos;s host can reach (host:port):</source>
        <translation>Ein usbredirserver, den der Host des Gastes erreichen kann (Host:Port):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>An %1 anhängen</translation>
    </message>
    <message>
        <source>Enable a USB &amp;2 controller</source>
        <translation>USB-&amp;2-Controller aktivieren</translation>
    </message>
    <message>
        <source>Enable a USB &amp;3 controller</source>
        <translation>USB-&amp;3-Controller aktivieren</translation>
    </message>
    <message>
        <source>Allow &amp;keyboards and mice (HID)</source>
        <translation>&amp;Tastaturen und Mäuse (HID) erlauben</translation>
    </message>
    <message>
        <source>The VM is running; VMware rewrites its .vmx when it shuts down.</source>
        <translation>Die VM läuft; VMware schreibt ihre .vmx beim Herunterfahren neu.</translation>
    </message>
    <message>
        <source>&amp;Remove this rule</source>
        <translation>Diese Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>No host USB device is plugged in.</source>
        <translation>Es ist kein USB-Gerät am Host eingesteckt.</translation>
    </message>
    <message>
        <source>Attach a USB device</source>
        <translation>USB-Gerät anhängen</translation>
    </message>
    <message>
        <source>Give this host device to %1:</source>
        <translation>Dieses Host-Gerät an %1 übergeben:</translation>
    </message>
    <message>
        <source>Attach &amp;network USB…</source>
        <translation>&amp;Netzwerk-USB anhängen…</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>&amp;Diagnostizieren…</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Make &amp;persistent</source>
        <translation>Dauer&amp;haft machen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>Switch to &amp;qemu-xhci (next start)</source>
        <translation>Auf &amp;qemu-xhci umstellen (nächster Start)</translation>
    </message>
    <message>
        <source>Attach &amp;anyway</source>
        <translation>&amp;Trotzdem anhängen</translation>
    </message>
    <message>
        <source>Stop giving %1 to %2</source>
        <translation>%1 nicht mehr %2 zuweisen</translation>
    </message>
    <message>
        <source>Attach &amp;to</source>
        <translation>Anhängen &amp;an</translation>
    </message>
    <message>
        <source>&amp;Always give this device to</source>
        <translation>Dieses Gerät &amp;immer zuweisen an</translation>
    </message>
    <message>
        <source>Always give this &amp;port to</source>
        <translation>Diesen &amp;Port immer zuweisen an</translation>
    </message>
    <message>
        <source>Whatever is plugged into %1 goes to the guest (USB 2 and USB 3 sides together).</source>
        <translation>Alles, was an %1 eingesteckt wird, geht an den Gast (USB-2- und USB-3-Seite gemeinsam).</translation>
    </message>
    <message>
        <source>&amp;Remove this assignment</source>
        <translation>Diese Zuweisung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Remove the stale entry</source>
        <translation>Veralteten Eintrag &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Cancel: %1</source>
        <translation>&amp;Abbrechen: %1</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::HostPane</name>
    <message>
        <source>Filter devices (name, vendor:product, serial, driver)</source>
        <translation>Geräte filtern (Name, Hersteller:Produkt, Seriennummer, Treiber)</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Show &amp;empty ports</source>
        <translation>&amp;Leere Ports anzeigen</translation>
    </message>
    <message>
        <source>Host USB devices</source>
        <translation>USB-Geräte des Hosts</translation>
    </message>
    <message>
        <source>No USB source is connected.</source>
        <translation>Es ist keine USB-Quelle verbunden.</translation>
    </message>
    <message>
        <source>No USB controllers were found.</source>
        <translation>Es wurden keine USB-Controller gefunden.</translation>
    </message>
    <message>
        <source>&amp;Diagnose this port…</source>
        <translation>Diesen Port &amp;diagnostizieren…</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>&amp;Diagnostizieren…</translation>
    </message>
    <message>
        <source>Open the &amp;documentation</source>
        <translation>&amp;Dokumentation öffnen</translation>
    </message>
    <message>
        <source>Show the d&amp;emo</source>
        <translation>D&amp;emo zeigen</translation>
    </message>
    <message>
        <source>A sample host and libvirt&apos;s test guests, in a window of their own; nothing changes here.</source>
        <translation>Ein Beispielrechner und die Testgäste von libvirt, in einem eigenen Fenster; hier ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::HostUsbModel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Port %1 (%2)</source>
        <translation>Port %1 (%2)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Anschlusstyp: %1</translation>
    </message>
    <message>
        <source>Over-current events: %1</source>
        <translation>Überstrom-Ereignisse: %1</translation>
    </message>
    <message>
        <source>Port %1 (empty)</source>
        <translation>Port %1 (leer)</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>⚠ over-current</source>
        <translation>⚠ Überstrom</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <source>%1 %2
%3, bus %4 device %5</source>
        <translation>%1 %2
%3, Bus %4, Gerät %5</translation>
    </message>
    <message>
        <source>(not authorized)</source>
        <translation>(nicht autorisiert)</translation>
    </message>
    <message>
        <source>Given to %1 whenever it is plugged in (an assignment).</source>
        <translation>Geht an %1, wann immer es eingesteckt wird (eine Zuweisung).</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 holds it now: the host cannot use it until it is released.</source>
        <translation>%1 hält es gerade: Der Host kann es erst nutzen, wenn es freigegeben ist.</translation>
    </message>
    <message>
        <source>always: %1</source>
        <translation>immer: %1</translation>
    </message>
    <message>
        <source>Port %1: one socket, two kernel ports</source>
        <translation>Anschluss %1: eine Buchse, zwei Kernel-Anschlüsse</translation>
    </message>
    <message>
        <source>USB 3 half: %1</source>
        <translation>USB-3-Hälfte: %1</translation>
    </message>
    <message>
        <source>USB 2 half: %1</source>
        <translation>USB-2-Hälfte: %1</translation>
    </message>
    <message>
        <source>USB 2 + USB 3</source>
        <translation>USB 2 + USB 3</translation>
    </message>
    <message>
        <source>USB 3</source>
        <translation>USB 3</translation>
    </message>
    <message>
        <source>One USB 3 hub: the kernel sees two hubs, %1 and %2.</source>
        <translation>Ein USB-3-Hub: Der Kernel sieht zwei Hubs, %1 und %2.</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::MainWindow</name>
    <message>
        <source>Plugboard</source>
        <translation>Plugboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;empty ports</source>
        <translation>&amp;Leere Ports anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Plugboard</source>
        <translation>&amp;Über Plugboard</translation>
    </message>
    <message>
        <source>About Plugboard</source>
        <translation>Über Plugboard</translation>
    </message>
    <message>
        <source>Plugboard %1
USB devices for virtual machines.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Plugboard %1
USB-Geräte für virtuelle Maschinen.
Lizenziert unter der GNU GPL, Version 3 oder neuer.</translation>
    </message>
    <message numerus="yes">
        <source>%n controller(s)</source>
        <translation>
            <numerusform>%n Controller</numerusform>
            <numerusform>%n Controller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>following hotplug</source>
        <translation>Hotplug wird verfolgt</translation>
    </message>
    <message>
        <source>not following hotplug</source>
        <translation>Hotplug wird nicht verfolgt</translation>
    </message>
    <message>
        <source>Add &amp;connection…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;VMware virtual machine…</source>
        <translation>Virtuelle VMware-&amp;Maschine hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Collect diagnostic bundle…</source>
        <translation>Diagnosepaket &amp;erstellen…</translation>
    </message>
    <message>
        <source>Open diagnostic &amp;bundle…</source>
        <translation>Diagnosepaket ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a diagnostic bundle</source>
        <translation>Diagnosepaket öffnen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Fehlersuche…</translation>
    </message>
    <message>
        <source>Collecting facts for the bundle…</source>
        <translation>Informationen für das Diagnosepaket werden gesammelt…</translation>
    </message>
    <message>
        <source>Collect a diagnostic bundle</source>
        <translation>Diagnosepaket erstellen</translation>
    </message>
    <message>
        <source>The bundle will contain:</source>
        <translation>Das Diagnosepaket enthält:</translation>
    </message>
    <message>
        <source>&amp;Redact serial numbers, user and host names</source>
        <translation>Seriennummern, Benutzer- und Hostnamen &amp;unkenntlich machen</translation>
    </message>
    <message>
        <source>Where to put the bundle</source>
        <translation>Speicherort für das Diagnosepaket</translation>
    </message>
    <message>
        <source>Bundle written to %1 and %1.tar.gz</source>
        <translation>Diagnosepaket nach %1 und %1.tar.gz geschrieben</translation>
    </message>
    <message>
        <source>Diagnosis of the bundle %1</source>
        <translation>Diagnose des Diagnosepakets %1</translation>
    </message>
    <message>
        <source>Add a VMware virtual machine</source>
        <translation>Virtuelle VMware-Maschine hinzufügen</translation>
    </message>
    <message>
        <source>VMware virtual machines (*.vmx)</source>
        <translation>Virtuelle VMware-Maschinen (*.vmx)</translation>
    </message>
    <message>
        <source>Add a libvirt connection</source>
        <translation>libvirt-Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Connection URI (for example qemu+ssh://user@host/system or test:///default):</source>
        <translation>Verbindungs-URI (zum Beispiel qemu+ssh://user@host/system oder test:///default):</translation>
    </message>
    <message>
        <source>Why did the attach fail?</source>
        <translation>Warum ist das Anhängen fehlgeschlagen?</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>Dia&amp;gnostizieren…</translation>
    </message>
    <message>
        <source>Diagnose the failed attach</source>
        <translation>Fehlgeschlagenes Anhängen diagnostizieren</translation>
    </message>
    <message>
        <source>The attach failed: %1</source>
        <translation>Das Anhängen ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n assignment(s)</source>
        <translation>
            <numerusform>%n Zuweisung wird aufrechterhalten</numerusform>
            <numerusform>%n Zuweisungen werden aufrechterhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignments kept by the agent</source>
        <translation>Vom Agenten aufrechterhaltene Zuweisungen</translation>
    </message>
    <message>
        <source>Which guest gets it?</source>
        <translation>Welcher Gast bekommt es?</translation>
    </message>
    <message>
        <source>%1 (%2) is assigned to several running guests. Which one should get it, now and next time?</source>
        <translation>%1 (%2) ist mehreren laufenden Gästen zugewiesen. Welcher soll es bekommen, jetzt und künftig?</translation>
    </message>
    <message>
        <source>Start the assignment &amp;agent at login</source>
        <translation>Zuweisungs-&amp;Agent bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Die des Systems</translation>
    </message>
    <message>
        <source>The language changes when Plugboard starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Plugboard.</translation>
    </message>
    <message>
        <source>This is the demo: nothing on this computer changes.</source>
        <translation>Dies ist die Demo: Auf diesem Rechner ändert sich nichts.</translation>
    </message>
    <message>
        <source>This bundle describes another computer: its fixes are for that one.</source>
        <translation>Dieses Diagnosepaket beschreibt einen anderen Rechner: Seine Behebungen gelten für jenen.</translation>
    </message>
    <message>
        <source>Plugboard — demo</source>
        <translation>Plugboard — Demo</translation>
    </message>
    <message>
        <source>Demo: a sample host and libvirt&apos;s test guests; nothing on this computer changes.</source>
        <translation>Demo: ein Beispiel-Host und die Testgäste von libvirt; auf diesem Rechner ändert sich nichts.</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <extracomment>The status bar: &quot;%n controllers&quot;, &quot;%n devices&quot;, &quot;following hotplug&quot; or not.</extracomment>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <source>Assignments not kept: no private runtime folder</source>
        <translation>Zuweisungen nicht gehalten: kein privater Laufzeitordner</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PowerBudgetBar</name>
    <message>
        <source>Power budget unknown</source>
        <translation>Strombudget unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 mA requested of %2 mA available on %n port(s)</source>
        <translation>
            <numerusform>%1 mA angefordert, %2 mA verfügbar an %n Port</numerusform>
            <numerusform>%1 mA angefordert, %2 mA verfügbar an %n Ports</numerusform>
        </translation>
    </message>
    <message>
        <source>(bus-powered hub: 100 mA per port)</source>
        <translation>(busgespeister Hub: 100 mA pro Port)</translation>
    </message>
    <message>
        <source>— over budget: devices may fail to configure; use a self-powered hub.</source>
        <translation>— Budget überschritten: Geräte lassen sich möglicherweise nicht konfigurieren; verwenden Sie einen Hub mit eigener Stromversorgung.</translation>
    </message>
    <message>
        <source>%1 / %2 mA</source>
        <translation>%1 / %2 mA</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::Tray</name>
    <message>
        <source>Plugboard</source>
        <translation>Plugboard</translation>
    </message>
    <message>
        <source>USB device given to a guest</source>
        <translation>USB-Gerät an einen Gast gegeben</translation>
    </message>
    <message>
        <source>USB device not given to a guest</source>
        <translation>USB-Gerät nicht an einen Gast gegeben</translation>
    </message>
    <message>
        <source>Diagnose…</source>
        <translation>Diagnostizieren…</translation>
    </message>
    <message>
        <source>&amp;Hide Plugboard</source>
        <translation>Plugboard &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Show Plugboard</source>
        <translation>Plugboard an&amp;zeigen</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>An %1 anhängen</translation>
    </message>
    <message>
        <source>No guest to give it to</source>
        <translation>Kein Gast, dem es gegeben werden kann</translation>
    </message>
    <message>
        <source>No USB device is plugged in</source>
        <translation>Kein USB-Gerät eingesteckt</translation>
    </message>
    <message>
        <source>Detach %1:%2 from %3</source>
        <translation>%1:%2 von %3 trennen</translation>
    </message>
    <message>
        <source>Assignments: not kept (no live host)</source>
        <translation>Zuweisungen: nicht gepflegt (kein echter Host)</translation>
    </message>
    <message numerus="yes">
        <source>Assignments: %n kept by this window</source>
        <translation>
            <numerusform>Zuweisungen: %n von diesem Fenster gepflegt</numerusform>
            <numerusform>Zuweisungen: %n von diesem Fenster gepflegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignments: %n kept by the agent</source>
        <translation>
            <numerusform>Zuweisungen: %n vom Agenten gepflegt</numerusform>
            <numerusform>Zuweisungen: %n vom Agenten gepflegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the agent at &amp;login</source>
        <translation>Agenten bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Plugboard: %n USB device(s)</source>
        <translation>
            <numerusform>Plugboard: %n USB-Gerät</numerusform>
            <numerusform>Plugboard: %n USB-Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>The agent starts at login (and now).</source>
        <translation>Der Agent startet bei der Anmeldung (und jetzt).</translation>
    </message>
    <message>
        <source>The agent no longer starts at login.</source>
        <translation>Der Agent startet nicht mehr bei der Anmeldung.</translation>
    </message>
    <message>
        <source>systemctl --user could not change %1: %2</source>
        <translation>systemctl --user konnte %1 nicht ändern: %2</translation>
    </message>
    <message>
        <source>systemctl could not be started: %1</source>
        <translation>systemctl konnte nicht gestartet werden: %1</translation>
    </message>
</context>
</TS>
