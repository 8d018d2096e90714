<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>USB devices for virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the host&apos;s files under DIR instead of / (a copied tree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host</name>
    <message>
        <source>unknown speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperSpeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperSpeed+ 10 Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperSpeed+ 20 Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::DescriptorParser</name>
    <message>
        <source>The device descriptor is missing or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A descriptor at byte %1 has an invalid length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration descriptor at byte %1 is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interface descriptor at byte %1 is misplaced or too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint descriptor at byte %1 is misplaced or too short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::LibusbProbe</name>
    <message>
        <source>libusb could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libusb could not list devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::SysfsHostBackend</name>
    <message>
        <source>The directory %1 does not exist, so there is no USB tree to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no USB bus: /sys/bus/usb/devices is missing or empty. In a virtual machine, add a USB controller to it; in a container, the host&apos;s USB devices are not visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no USB controllers (no usbN root hubs under sys/bus/usb/devices).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::TopologyFormat</name>
    <message>
        <source>%1 USB controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB controller (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB controller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not authorized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(over-current %1 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bus %1: USB %2 root hub, %3, %n port(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::TopologyReader</name>
    <message>
        <source>%1: descriptors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: hubs nested deeper than %2 levels were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no USB bus (%2 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the link in %2 is broken or leads outside the tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::UdevMonitor</name>
    <message>
        <source>libudev could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The udev event socket is not available, so hotplug is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening for udev events failed, so hotplug is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::host::UsbDevice</name>
    <message>
        <source>%1 device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB device %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DetailsPane</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isochronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a controller, port or device to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCI ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PCI device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root hub %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New devices authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-current events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same socket as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kernel exposes no port node; the port is derived from the hub&apos;s port count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor:product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no string) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus / device number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (configuration %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (may suspend when idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1/%2/%3, driver %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bcdUSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control packet size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-powered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bus-powered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface %1 alt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × %1 per microframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 bulk streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mounted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use as swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DeviceIcons</name>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human interface device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video (webcam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or media player (MTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless (Bluetooth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::HostPane</name>
    <message>
        <source>Filter devices (name, vendor:product, serial, driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;empty ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host USB devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB source is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB controllers were found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::HostUsbModel</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-current events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ over-current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
%3, bus %4 device %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not authorized)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::MainWindow</name>
    <message>
        <source>Plugboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;empty ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plugboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Plugboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugboard %1
USB devices for virtual machines.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n controller(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>following hotplug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not following hotplug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboard::ui::PowerBudgetBar</name>
    <message>
        <source>Power budget unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 mA requested of %2 mA available on %n port(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(bus-powered hub: 100 mA per port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— over budget: devices may fail to configure; use a self-powered hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 mA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plugboardctl</name>
    <message>
        <source>Run &apos;plugboardctl --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the host&apos;s USB controllers, ports and devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one JSON document (DESIGN.md contract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every host file under DIR instead of /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide empty ports in the text tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;devices&apos; takes no arguments, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--root needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plugboardctl COMMAND [OPTIONS]

Commands:
  devices [--json] [--root DIR]   the host&apos;s USB controllers, ports and devices

Run &apos;plugboardctl COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
