<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>The file %1 is missing or was moved.</source>
        <translation>文件 %1 不存在或已被移动。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>USB devices for virtual machines.</source>
        <translation>面向虚拟机的 USB 设备管理。</translation>
    </message>
    <message>
        <source>Read the host's files under DIR instead of / (a copied tree).</source>
        <translation>从 DIR 而不是 / 读取主机文件（复制出来的目录树）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>A libvirt URI to show (repeatable; replaces qemu:///system and qemu:///session).</source>
        <translation>要显示的 libvirt URI（可重复指定；将取代 qemu:///system 和 qemu:///session）。</translation>
    </message>
    <message>
        <source>Show a sample host (a bundle shipped with Plugboard) beside libvirt's test:///default guests.</source>
        <translation>显示示例主机（Plugboard 自带的诊断包），旁边是 libvirt 的 test:///default 虚拟机。</translation>
    </message>
    <message>
        <source>The language of the window (de, zh_CN, en; default: the system's).</source>
        <translation>窗口语言（de、zh_CN、en；默认：跟随系统）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
</context>
<context>
    <name>plugboard::assign::Assignments</name>
    <message>
        <source>%1 is not one socket: the USB 2/3 peer of %2 is %3.</source>
        <translation>%1 不是同一个插口：%2 的 USB 2/3 对应端口是 %3。</translation>
    </message>
    <message>
        <source>There is no USB device %1 on this host now; name it by vid:pid[:serial] instead.</source>
        <translation>此主机上当前没有 USB 设备 %1；请改用 vid:pid[:serial] 指定。</translation>
    </message>
    <message>
        <source>The vendor and product of %1 cannot be read; assign its port instead.</source>
        <translation>无法读取 %1 的厂商和产品信息；请改为分配其端口。</translation>
    </message>
    <message>
        <source>'%1' is neither a device (1-1.4, vid:pid[:serial]) nor a port (usb1-port4, 1-1-port2).</source>
        <translation>“%1”既不是设备（1-1.4、vid:pid[:serial]），也不是端口（usb1-port4、1-1-port2）。</translation>
    </message>
    <message>
        <source> (persistent)</source>
        <translation>（持久）</translation>
    </message>
    <message>
        <source>unknown version (expected 1)</source>
        <translation>未知版本（应为 1）</translation>
    </message>
    <message>
        <source>entry %1 is not a device or port assignment to a guest</source>
        <translation>条目 %1 不是对虚拟机的设备或端口分配</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 is not a valid assignments file (%2). It was left as it is; fix or remove it.</source>
        <translation>%1 不是有效的分配文件（%2）。该文件保持原样未改动；请修正或删除它。</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>"assignments" is not a list</source>
        <translation>"assignments" 不是列表</translation></message>
    <message>
        <source>"preferences" is not an object</source>
        <translation>"preferences" 不是对象</translation></message>
    <message>
        <source>The assignments were not saved: %1</source>
        <translation>分配未保存：%1</translation></message>
</context>
<context>
    <name>plugboard::assign::Engine</name>
    <message>
        <source>Done: %1. %2</source>
        <translation>已完成：%1。%2</translation>
    </message>
    <message>
        <source>Failed: %1. %2</source>
        <translation>失败：%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n assignment(s) from %1.</source>
        <translation>
            <numerusform>正在维持来自 %1 的 %n 项分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment %1: %2…</source>
        <translation>分配 %1：%2…</translation>
    </message>
    <message>
        <source>%1 (%2) is assigned to %3, and more than one of them is running: choose one in Plugboard's window, or with 'plugboardctl assign %2 GUEST --prefer'.</source>
        <translation>%1（%2）已分配给 %3，且其中不止一台正在运行：请在 Plugboard 窗口中选择一台，或使用 'plugboardctl assign %2 GUEST --prefer'。</translation>
    </message>
    <message>
        <source>attach %1 (%2, %3:%4) to %5</source>
        <translation>将 %1（%2，%3:%4）附加到 %5</translation>
    </message>
    <message>
        <source>add %1:%2 to the definition of %3 (optional at start)</source>
        <translation>将 %1:%2 添加到 %3 的定义中（启动时可选）</translation>
    </message>
    <message>
        <source>remove the stale entry %1:%2 (bus %3 device %4) from %5</source>
        <translation>从 %5 中删除过时的条目 %1:%2（总线 %3 设备 %4）</translation>
    </message>
    <message>
        <source>Not acting on assignments: %1</source>
        <translation>不执行分配：%1</translation></message>
</context>
<context>
    <name>plugboard::diagnostics::Bundle</name>
    <message numerus="yes">
        <source>USB part of /sys: %n device(s) and their controllers, ports and attributes (serial numbers unless redacted)</source>
        <translation>
            <numerusform>/sys 中与 USB 相关的部分：%n 个设备及其控制器、端口和属性（包括序列号，除非已脱敏）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kernel log: %n line(s)</source>
        <translation>
            <numerusform>内核日志：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n line(s)</source>
        <translation>
            <numerusform>审计日志：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>/proc/modules, /proc/self/mountinfo (mount points may name your home directory), /proc/swaps</source>
        <translation>/proc/modules、/proc/self/mountinfo（挂载点中可能包含您的主目录名）、/proc/swaps</translation>
    </message>
    <message>
        <source>udev rules that mention USB: %1</source>
        <translation>涉及 USB 的 udev 规则：%1</translation>
    </message>
    <message>
        <source>configuration: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message numerus="yes">
        <source>libvirt %1: %n guest definition(s) and QEMU logs</source>
        <translation>
            <numerusform>libvirt %1：%n 个虚拟机定义及 QEMU 日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VMware .vmx file(s)</source>
        <translation>
            <numerusform>%n 个 VMware .vmx 文件</numerusform>
        </translation>
    </message>
    <message>
        <source>your user name, uid and groups; process names; USB device node owners and permissions</source>
        <translation>您的用户名、uid 和所属组；进程名；USB 设备节点的所有者和权限</translation>
    </message>
    <message>
        <source>The bundle in %1 is incomplete; remove it.</source>
        <translation>%1 中的诊断包不完整；请删除它。</translation></message>
</context>
<context>
    <name>plugboard::diagnostics::BundleArchive</name>
    <message>
        <source>a device node</source>
        <translation>一个设备节点</translation></message>
    <message>
        <source>a named pipe</source>
        <translation>一个命名管道</translation></message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation></message>
    <message>
        <source>an entry of an unknown kind</source>
        <translation>一个未知类型的条目</translation></message>
    <message>
        <source>%1 is not a readable archive: %2</source>
        <translation>%1 不是可读取的归档：%2</translation></message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation></message>
    <message>
        <source>%1 holds more than %2 entries; a bundle has far fewer.</source>
        <translation>%1 包含超过 %2 个条目；诊断包远没有这么多。</translation></message>
    <message>
        <source>%1 holds "%2", a path outside the bundle.</source>
        <translation>%1 包含 "%2"，这是诊断包之外的路径。</translation></message>
    <message>
        <source>%1 holds a hard link ("%2"); bundles have none.</source>
        <translation>%1 包含硬链接（"%2"）；诊断包中没有硬链接。</translation></message>
    <message>
        <source>%1 holds a link "%2" that leads outside the bundle (%3).</source>
        <translation>%1 包含指向诊断包之外的链接 "%2"（%3）。</translation></message>
    <message>
        <source>%1 holds "%2" of %3 bytes, more than a bundle's file can be.</source>
        <translation>%1 包含 %3 字节的 "%2"，超出诊断包中文件的上限。</translation></message>
    <message>
        <source>%1 unpacks to more than %2 MiB; a bundle is far smaller, so it was not unpacked.</source>
        <translation>%1 解包后超过 %2 MiB；诊断包远小于此，因此未解包。</translation></message>
    <message>
        <source>%1 holds %2 ("%3"); bundles have none, so it was not unpacked.</source>
        <translation>%1 包含%2（"%3"）；诊断包中没有这类条目，因此未解包。</translation></message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation></message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation></message>
    <message>
        <source>Packing the bundle into %1 failed: %2</source>
        <translation>将诊断包打包到 %1 失败：%2</translation></message>
</context>
<context>
    <name>plugboard::diagnostics::Checks</name>
    <message>
        <source>The guest refuses to start because a USB device in its definition is not plugged in.</source>
        <translation>虚拟机拒绝启动，因为其定义中的某个 USB 设备未插入。</translation>
    </message>
    <message>
        <source>Mark the device optional (startupPolicy='optional').</source>
        <translation>将该设备标记为可选（startupPolicy='optional'）。</translation>
    </message>
    <message>
        <source>Identical devices are plugged in, so libvirt cannot tell which one is meant.</source>
        <translation>插入了多个相同的设备，因此 libvirt 无法分辨指的是哪一个。</translation>
    </message>
    <message>
        <source>Pin the device by its bus and device number (&lt;address bus= device=/&gt;).</source>
        <translation>按总线号和设备号固定该设备（&lt;address bus= device=/&gt;）。</translation>
    </message>
    <message>
        <source>The guest's driver resets the device, which can make it vanish.</source>
        <translation>虚拟机的驱动程序会复位该设备，这可能导致设备消失。</translation>
    </message>
    <message>
        <source>Set &lt;source guestReset='off'&gt; on the device.</source>
        <translation>在该设备上设置 &lt;source guestReset='off'&gt;。</translation>
    </message>
    <message>
        <source>AppArmor stopped the guest from opening the device.</source>
        <translation>AppArmor 阻止了虚拟机打开该设备。</translation>
    </message>
    <message>
        <source>Re-attach the device through libvirt so its profile is updated.</source>
        <translation>通过 libvirt 重新附加该设备，以便更新其配置文件。</translation>
    </message>
    <message>
        <source>SELinux stopped the guest from opening the device.</source>
        <translation>SELinux 阻止了虚拟机打开该设备。</translation>
    </message>
    <message>
        <source>Run 'setsebool -P virt_use_usb on' (an administrator decision, never automatic).</source>
        <translation>运行 'setsebool -P virt_use_usb on'（这需要管理员来决定，绝不会自动执行）。</translation>
    </message>
    <message>
        <source>the kernel log was not read</source>
        <translation>未读取内核日志</translation>
    </message>
    <message>
        <source>the %1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Port %1 reported an over-current condition: the device draws more power than the port supplies, or the port is faulty.</source>
        <translation>端口 %1 报告了过流：设备所需的供电超出端口的供电能力，或端口本身有故障。</translation>
    </message>
    <message>
        <source>Plug the device into another port or through a powered hub. If it happens with every device, the port is faulty.</source>
        <translation>请将设备插入另一个端口，或通过带电源的集线器连接。如果任何设备都会出现这种情况，则说明该端口有故障。</translation>
    </message>
    <message>
        <source>%1: bConfigurationValue is empty (the device is not configured)</source>
        <translation>%1：bConfigurationValue 为空（设备未配置）</translation>
    </message>
    <message>
        <source>%1: the bus-powered hub %2 supplies %3 mA, its devices ask for %4 mA</source>
        <translation>%1：总线供电的集线器 %2 提供 %3 mA，其下设备需要 %4 mA</translation>
    </message>
    <message>
        <source>A device did not get enough power from the USB bus, so it stays unconfigured.</source>
        <translation>某个设备未能从 USB 总线获得足够的供电，因此一直处于未配置状态。</translation>
    </message>
    <message>
        <source>Connect it directly to the computer or through a self-powered hub.</source>
        <translation>请将其直接连接到计算机，或通过自供电集线器连接。</translation>
    </message>
    <message>
        <source>The host could not read a device when it was plugged in (a cable, port or device fault, not a virtual machine problem).</source>
        <translation>插入设备时主机无法读取该设备（这是线缆、端口或设备故障，而不是虚拟机的问题）。</translation>
    </message>
    <message>
        <source>Try another cable, another port or a powered hub. Error -71 is a protocol error (cable or hardware), -110 a timeout.</source>
        <translation>请换一根线缆、换一个端口，或使用带电源的集线器。错误 -71 表示协议错误（线缆或硬件问题），-110 表示超时。</translation>
    </message>
    <message>
        <source>Port %1 is disabled, so nothing plugged into it is detected.</source>
        <translation>端口 %1 已禁用，因此插入其中的任何设备都不会被检测到。</translation>
    </message>
    <message>
        <source>Enable the port (needs administrator rights).</source>
        <translation>启用该端口（需要管理员权限）。</translation>
    </message>
    <message>
        <source>A USB controller stopped responding; everything on it is gone.</source>
        <translation>某个 USB 控制器停止了响应，其上的所有设备都已消失。</translation>
    </message>
    <message>
        <source>Rebind the controller's driver (xhci_pci) or restart the computer.</source>
        <translation>请重新绑定该控制器的驱动程序（xhci_pci），或重启计算机。</translation>
    </message>
    <message>
        <source>The USB controller ran out of bandwidth (webcams and audio reserve it).</source>
        <translation>USB 控制器的带宽已耗尽（摄像头和音频设备会预留带宽）。</translation>
    </message>
    <message>
        <source>Use a port on another USB controller; another port on the same controller does not help.</source>
        <translation>请使用另一个 USB 控制器上的端口；换用同一控制器上的其他端口无济于事。</translation>
    </message>
    <message>
        <source>The device may be suspended by the host when idle, and drop out.</source>
        <translation>设备空闲时可能被主机挂起，从而掉线。</translation>
    </message>
    <message>
        <source>Keep it powered (until it is replugged).</source>
        <translation>保持其供电（直到重新插拔为止）。</translation>
    </message>
    <message>
        <source>%1 is a USB hub; QEMU cannot pass a hub through.</source>
        <translation>%1 是 USB 集线器；QEMU 无法直通集线器。</translation>
    </message>
    <message>
        <source>Pass the devices behind the hub instead, or assign its ports.</source>
        <translation>请改为直通集线器下的设备，或分配它的端口。</translation>
    </message>
    <message>
        <source>/dev/%1 is mounted on %2</source>
        <translation>/dev/%1 挂载于 %2</translation>
    </message>
    <message>
        <source>/dev/%1 is in use as swap</source>
        <translation>/dev/%1 正用作交换空间</translation>
    </message>
    <message>
        <source>%1 is mounted on the host: passing it to a guest would yank the filesystem and lose data.</source>
        <translation>%1 已在主机上挂载：将其交给虚拟机会强行移除文件系统并丢失数据。</translation>
    </message>
    <message>
        <source>Unmount it safely first.</source>
        <translation>请先安全卸载。</translation>
    </message>
    <message>
        <source>%1 is present but not authorized, so no driver can use it.</source>
        <translation>%1 已存在但未获授权，因此任何驱动程序都无法使用它。</translation>
    </message>
    <message>
        <source>Authorize the device (needs administrator rights).</source>
        <translation>授权该设备（需要管理员权限）。</translation>
    </message>
    <message>
        <source>The device at %1 keeps disconnecting and coming back (a reset or mode switch), which breaks passthrough.</source>
        <translation>位于 %1 的设备反复断开又重新出现（复位或模式切换），导致直通中断。</translation>
    </message>
    <message>
        <source>Detach and re-attach it; an assignment re-attaches it by itself.</source>
        <translation>请将其分离后重新附加；如果设置了分配，则会自动重新附加。</translation>
    </message>
    <message>
        <source>which processes hold device nodes open was not recorded</source>
        <translation>未记录哪些进程打开了设备节点</translation>
    </message>
    <message>
        <source>%1 is held open by process %2</source>
        <translation>%1 正被进程 %2 打开</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>另一个程序正在使用 %1。</translation>
    </message>
    <message>
        <source>Stop that program (another virtual machine, pcscd, ModemManager, fwupd …) and try again.</source>
        <translation>请停止该程序（另一台虚拟机、pcscd、ModemManager、fwupd …）后重试。</translation>
    </message>
    <message>
        <source>QEMU refused a device because the guest's USB controller is slower than the device.</source>
        <translation>QEMU 拒绝了某个设备，因为虚拟机的 USB 控制器比该设备慢。</translation>
    </message>
    <message>
        <source>Switch the guest's controller to qemu-xhci (takes effect at next start).</source>
        <translation>将虚拟机的控制器切换为 qemu-xhci（下次启动时生效）。</translation>
    </message>
    <message>
        <source>a SuperSpeed device with %1 cannot run on the guest's USB 2 controller</source>
        <translation>带有%1的超高速设备无法在虚拟机的 USB 2 控制器上运行</translation>
    </message>
    <message>
        <source>isochronous endpoints</source>
        <translation>同步端点</translation>
    </message>
    <message>
        <source>bulk streams (UAS)</source>
        <translation>批量流（UAS）</translation>
    </message>
    <message>
        <source>large interrupt endpoints</source>
        <translation>大型中断端点</translation>
    </message>
    <message>
        <source>a SuperSpeed device on a USB 1.1 controller</source>
        <translation>USB 1.1 控制器上的超高速设备</translation>
    </message>
    <message>
        <source>a high-speed device on a USB 1.1 controller</source>
        <translation>USB 1.1 控制器上的高速设备</translation>
    </message>
    <message>
        <source>a full/low-speed device on an EHCI controller without UHCI companions</source>
        <translation>没有 UHCI 配套控制器的 EHCI 控制器上的全速/低速设备</translation>
    </message>
    <message>
        <source>a full-speed device with interrupt endpoints over 64 bytes on EHCI</source>
        <translation>EHCI 上带有超过 64 字节中断端点的全速设备</translation>
    </message>
    <message>
        <source>guest controller %1 (index %2)</source>
        <translation>虚拟机控制器 %1（索引 %2）</translation>
    </message>
    <message>
        <source>default (piix3-uhci)</source>
        <translation>默认（piix3-uhci）</translation>
    </message>
    <message>
        <source>The guest's USB controller cannot serve this device: %1.</source>
        <translation>虚拟机的 USB 控制器无法支持此设备：%1。</translation>
    </message>
    <message>
        <source>the guest %1 is not among the facts</source>
        <translation>收集到的信息中没有虚拟机 %1</translation>
    </message>
    <message>
        <source>%1 is not given to %2 at all.</source>
        <translation>%1 根本没有交给 %2。</translation>
    </message>
    <message>
        <source>no &lt;hostdev&gt; for %1:%2 and no &lt;redirdev&gt; in %3</source>
        <translation>%3 中既没有 %1:%2 的 &lt;hostdev&gt;，也没有 &lt;redirdev&gt;</translation>
    </message>
    <message>
        <source>Attach it (live and persistent).</source>
        <translation>附加该设备（实时且持久）。</translation>
    </message>
    <message>
        <source>%1 has &lt;hostdev&gt; %2:%3</source>
        <translation>%1 含有 &lt;hostdev&gt; %2:%3</translation>
    </message>
    <message>
        <source>The device is already given to another guest.</source>
        <translation>该设备已交给另一台虚拟机。</translation>
    </message>
    <message>
        <source>Detach it from that guest first, or move it.</source>
        <translation>请先将其从那台虚拟机分离，或将其移过来。</translation>
    </message>
    <message>
        <source>%1: &lt;controller type='usb' model='none'/&gt;</source>
        <translation>%1：&lt;controller type='usb' model='none'/&gt;</translation>
    </message>
    <message>
        <source>USB is disabled in this guest.</source>
        <translation>此虚拟机中已禁用 USB。</translation>
    </message>
    <message>
        <source>Add a qemu-xhci USB controller to the guest and restart it.</source>
        <translation>请为虚拟机添加一个 qemu-xhci USB 控制器，然后重启虚拟机。</translation>
    </message>
    <message>
        <source>%1 uses %2 of %3 USB ports</source>
        <translation>%1 已使用 %3 个 USB 端口中的 %2 个</translation>
    </message>
    <message>
        <source>The guest has no free USB port.</source>
        <translation>虚拟机没有空闲的 USB 端口。</translation>
    </message>
    <message>
        <source>Set ports='15' on its qemu-xhci controller or add a USB hub, then restart the guest.</source>
        <translation>请在其 qemu-xhci 控制器上设置 ports='15'，或添加一个 USB 集线器，然后重启虚拟机。</translation>
    </message>
    <message>
        <source>%1 domcapabilities: no USB host device passthrough (&lt;hostdev&gt; subsysType usb)</source>
        <translation>%1 domcapabilities：不支持 USB 主机设备直通（&lt;hostdev&gt; subsysType usb）</translation>
    </message>
    <message>
        <source>%1 domcapabilities: &lt;redirdev supported='no'&gt;</source>
        <translation>%1 domcapabilities：&lt;redirdev supported='no'&gt;</translation>
    </message>
    <message>
        <source>This QEMU lacks USB passthrough or redirection.</source>
        <translation>此 QEMU 不支持 USB 直通或重定向。</translation>
    </message>
    <message>
        <source>Install your distribution's QEMU USB modules (usb-host, usbredir).</source>
        <translation>请安装您的发行版提供的 QEMU USB 模块（usb-host、usbredir）。</translation>
    </message>
    <message>
        <source>device node permissions were not recorded</source>
        <translation>未记录设备节点的权限</translation>
    </message>
    <message>
        <source>%1: owner %2, mode %3, no ACL for uid %4</source>
        <translation>%1：所有者 %2，权限模式 %3，没有针对 uid %4 的 ACL</translation>
    </message>
    <message>
        <source>Your own (qemu:///session) guest cannot open the device: its node is not writable by you.</source>
        <translation>您自己的（qemu:///session）虚拟机无法打开该设备：您对其设备节点没有写权限。</translation>
    </message>
    <message>
        <source>Add a udev rule with TAG+="uaccess" for the device, or use qemu:///system, or SPICE USB redirection.</source>
        <translation>请为该设备添加一条带 TAG+="uaccess" 的 udev 规则，或改用 qemu:///system，或使用 SPICE USB 重定向。</translation>
    </message>
    <message>
        <source>usbguard runs but its device list could not be read</source>
        <translation>usbguard 正在运行，但无法读取其设备列表</translation>
    </message>
    <message>
        <source>USBGuard blocks the device by policy.</source>
        <translation>USBGuard 根据策略阻止了该设备。</translation>
    </message>
    <message>
        <source>Allow it with 'usbguard allow-device' (add -p to make it permanent).</source>
        <translation>请用 'usbguard allow-device' 允许该设备（加上 -p 可使其永久生效）。</translation>
    </message>
    <message>
        <source>A udev rule de-authorizes USB devices.</source>
        <translation>某条 udev 规则取消了 USB 设备的授权。</translation>
    </message>
    <message>
        <source>Edit or remove that rule, then re-plug the device.</source>
        <translation>请编辑或删除该规则，然后重新插拔设备。</translation>
    </message>
    <message>
        <source>%1 is exported over the network with usbip, so it is not usable here.</source>
        <translation>%1 已通过 usbip 导出到网络，因此无法在本机使用。</translation>
    </message>
    <message>
        <source>Run 'usbip unbind --busid %1'.</source>
        <translation>请运行 'usbip unbind --busid %1'。</translation>
    </message>
    <message>
        <source>A host driver kept part of the device, so it only half works in the guest.</source>
        <translation>主机驱动程序占用了设备的一部分，因此它在虚拟机中只能部分工作。</translation>
    </message>
    <message>
        <source>Unbind that interface's driver — careful: this is a keyboard or mouse the host uses.</source>
        <translation>解除该接口驱动程序的绑定——注意：这是主机正在使用的键盘或鼠标。</translation>
    </message>
    <message>
        <source>Unbind that interface's driver (needs administrator rights).</source>
        <translation>解除该接口驱动程序的绑定（需要管理员权限）。</translation>
    </message>
    <message>
        <source>The system guest lost access to the device after it was re-plugged.</source>
        <translation>设备重新插拔后，系统虚拟机失去了对它的访问权限。</translation>
    </message>
    <message>
        <source>Re-attach the device through libvirt so it sets the node's owner and namespace again.</source>
        <translation>通过 libvirt 重新附加该设备，使其重新设置设备节点的所有者和命名空间。</translation>
    </message>
    <message>
        <source>Check user, group and dynamic_ownership in /etc/libvirt/qemu.conf.</source>
        <translation>请检查 /etc/libvirt/qemu.conf 中的 user、group 和 dynamic_ownership。</translation>
    </message>
    <message>
        <source>%1 has SPICE graphics but no &lt;redirdev bus='usb' type='spicevmc'/&gt;</source>
        <translation>%1 使用 SPICE 图形，但没有 &lt;redirdev bus='usb' type='spicevmc'/&gt;</translation>
    </message>
    <message>
        <source>The guest has no free SPICE USB redirection channel.</source>
        <translation>虚拟机没有空闲的 SPICE USB 重定向通道。</translation>
    </message>
    <message>
        <source>Add one &lt;redirdev bus='usb' type='spicevmc'/&gt; per device to redirect at once (each takes a USB port).</source>
        <translation>需要同时重定向几个设备，就添加几个 &lt;redirdev bus='usb' type='spicevmc'/&gt;（每个占用一个 USB 端口）。</translation>
    </message>
    <message>
        <source>the SPICE ACL helper's permissions were not recorded</source>
        <translation>未记录 SPICE ACL 辅助程序的权限</translation>
    </message>
    <message>
        <source>spice-client-glib-usb-acl-helper is not installed</source>
        <translation>未安装 spice-client-glib-usb-acl-helper</translation>
    </message>
    <message>
        <source>%1 has mode %2 (not setuid)</source>
        <translation>%1 的权限模式为 %2（未设置 setuid）</translation>
    </message>
    <message>
        <source>The SPICE client could not get access to the device node.</source>
        <translation>SPICE 客户端无法获得设备节点的访问权限。</translation>
    </message>
    <message>
        <source>Reinstall the spice-client-glib USB ACL helper (it must be setuid root) and allow polkit's org.spice-space.lowlevelusbaccess.</source>
        <translation>请重新安装 spice-client-glib USB ACL 辅助程序（它必须是 setuid root），并在 polkit 中允许 org.spice-space.lowlevelusbaccess。</translation>
    </message>
    <message>
        <source>The guest's redirection filter refuses this device.</source>
        <translation>虚拟机的重定向过滤器拒绝了此设备。</translation>
    </message>
    <message>
        <source>&lt;usbdev class='%1' vendor='%2' product='%3' allow='no'/&gt; matches %4:%5</source>
        <translation>&lt;usbdev class='%1' vendor='%2' product='%3' allow='no'/&gt; 匹配 %4:%5</translation>
    </message>
    <message>
        <source>Edit the guest's &lt;redirfilter&gt; to allow it.</source>
        <translation>请编辑虚拟机的 &lt;redirfilter&gt; 以允许该设备。</translation>
    </message>
    <message>
        <source>Another VMware VM connects this device automatically and may grab it first.</source>
        <translation>另一台 VMware 虚拟机会自动连接此设备，可能会抢先占用它。</translation>
    </message>
    <message>
        <source>Remove that VM's automatic connection rule (with that VM off).</source>
        <translation>请删除那台虚拟机的自动连接规则（需在其关机状态下进行）。</translation>
    </message>
    <message>
        <source>usb.present is not "TRUE"</source>
        <translation>usb.present 不是 "TRUE"</translation>
    </message>
    <message>
        <source>a high-speed device, and ehci.present is not "TRUE"</source>
        <translation>高速设备，但 ehci.present 不是 "TRUE"</translation>
    </message>
    <message>
        <source>a SuperSpeed device, and usb_xhci.present is not "TRUE" (virtualHW.version %1)</source>
        <translation>超高速设备，但 usb_xhci.present 不是 "TRUE"（virtualHW.version %1）</translation>
    </message>
    <message>
        <source>The VM lacks the USB controller this device needs.</source>
        <translation>虚拟机缺少此设备所需的 USB 控制器。</translation>
    </message>
    <message>
        <source>With the VM off, add the controller (USB 3 needs hardware version 8 or later).</source>
        <translation>请在虚拟机关机状态下添加该控制器（USB 3 需要硬件版本 8 或更高版本）。</translation>
    </message>
    <message>
        <source>VMware hides keyboards, mice and other HID devices unless the VM allows them.</source>
        <translation>除非虚拟机允许，否则 VMware 会隐藏键盘、鼠标及其他 HID 设备。</translation>
    </message>
    <message>
        <source>%1 has a HID interface; usb.generic.allowHID is not "TRUE"</source>
        <translation>%1 带有 HID 接口；usb.generic.allowHID 不是 "TRUE"</translation>
    </message>
    <message>
        <source>With the VM off, allow HID devices.</source>
        <translation>请在虚拟机关机状态下允许 HID 设备。</translation>
    </message>
    <message>
        <source>neither services nor processes were recorded</source>
        <translation>既未记录服务，也未记录进程</translation>
    </message>
    <message>
        <source>VMware's USB arbitrator is not running, so VMware sees no USB device.</source>
        <translation>VMware 的 USB 仲裁服务未运行，因此 VMware 看不到任何 USB 设备。</translation>
    </message>
    <message>
        <source>service vmware-USBArbitrator: %1; no vmware-usbarbitrator process</source>
        <translation>服务 vmware-USBArbitrator：%1；没有 vmware-usbarbitrator 进程</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Start the service (needs administrator rights).</source>
        <translation>启动该服务（需要管理员权限）。</translation>
    </message>
    <message>
        <source>libvirt at %1 is not reachable, so its guests are not listed.</source>
        <translation>无法连接到位于 %1 的 libvirt，因此未列出其虚拟机。</translation>
    </message>
    <message>
        <source>Start libvirtd or virtqemud; if access is denied, join the 'libvirt' group.</source>
        <translation>请启动 libvirtd 或 virtqemud；如果访问被拒绝，请加入 'libvirt' 组。</translation>
    </message>
    <message>
        <source>/proc/modules was not read</source>
        <translation>未读取 /proc/modules</translation>
    </message>
    <message>
        <source>VMware's kernel modules are not loaded, so its VMs will not start.</source>
        <translation>VMware 的内核模块未加载，因此其虚拟机无法启动。</translation>
    </message>
    <message>
        <source>not in /proc/modules: %1</source>
        <translation>不在 /proc/modules 中：%1</translation>
    </message>
    <message>
        <source>Rebuild and load them (vmware-modconfig --console --install-all).</source>
        <translation>重新编译并加载这些模块（vmware-modconfig --console --install-all）。</translation>
    </message>
    <message>
        <source>%1 pins %2:%3 at bus %4 device %5; it is now device %6</source>
        <translation>%1 将 %2:%3 固定在总线 %4 设备 %5；它现在是设备 %6</translation>
    </message>
    <message>
        <source>%1 names %2:%3, which the device was before it came back as %4:%5</source>
        <translation>%1 指定的是 %2:%3，即该设备以 %4:%5 重新出现之前的身份</translation>
    </message>
    <message>
        <source>%1 connects %2 automatically, which the device was before it came back as %3</source>
        <translation>%1 会自动连接 %2，即该设备以 %3 重新出现之前的身份</translation>
    </message>
    <message>
        <source>%1 came back as another device: %2</source>
        <translation>%1 以另一个设备的身份重新出现：%2</translation>
    </message>
    <message>
        <source>The device at %1 left and came back as a new device; the guest still points at the old one.</source>
        <translation>%1 处的设备断开后以新设备的身份重新出现；虚拟机仍指向旧设备。</translation>
    </message>
    <message>
        <source>no rule of %1's &lt;redirfilter&gt; allows %2:%3</source>
        <translation>%1 的 &lt;redirfilter&gt; 中没有任何规则允许 %2:%3</translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::Facts</name>
    <message>
        <source>%1 is not installed</source>
        <translation>未安装 %1</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 在 %2 秒内未响应</translation>
    </message>
    <message>
        <source>%1 failed (exit %2)</source>
        <translation>%1 失败（退出码 %2）</translation>
    </message>
    <message>
        <source>%1 is not a diagnostic bundle: it has no bundle.json.</source>
        <translation>%1 不是诊断包：其中没有 bundle.json。</translation>
    </message>
    <message>
        <source>%1/bundle.json is not a Plugboard bundle manifest (%2).</source>
        <translation>%1/bundle.json 不是 Plugboard 诊断包清单（%2）。</translation>
    </message>
    <message>
        <source>wrong format</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>The bundle has format version %1; this Plugboard reads version 1.</source>
        <translation>该诊断包的格式版本为 %1；此版本的 Plugboard 只能读取版本 1。</translation>
    </message>
    <message>
        <source>not in the bundle</source>
        <translation>不在诊断包中</translation>
    </message>
    <message>
        <source>the bundle lacks this guest's definition</source>
        <translation>诊断包中缺少此虚拟机的定义</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 does not contain one bundle directory.</source>
        <translation>%1 中并非恰好包含一个诊断包目录。</translation>
    </message>
    <message>
        <source>/var/log/audit/audit.log is not readable</source>
        <translation>/var/log/audit/audit.log 不可读</translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::FixRunner</name>
    <message>
        <source>This fix needs a device or port to act on.</source>
        <translation>此修复需要指定要操作的设备或端口。</translation>
    </message>
    <message>
        <source>Choose the guest first: this fix changes its definition.</source>
        <translation>请先选择虚拟机：此修复会更改其定义。</translation>
    </message>
    <message>
        <source>This fix is not automatic: %1</source>
        <translation>此修复无法自动执行：%1</translation>
    </message>
</context>
<context>
    <name>plugboard::fileio::FileIo</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>一个命名管道（FIFO）</translation></message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation></message>
    <message>
        <source>a device</source>
        <translation>一个设备</translation></message>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation></message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation></message>
    <message>
        <source>%1 is %2, not a file; it was not opened.</source>
        <translation>%1 是%2，不是文件；未打开它。</translation></message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation></message>
    <message>
        <source>%1 is %2, not a file; it was not read.</source>
        <translation>%1 是%2，不是文件；未读取它。</translation></message>
    <message>
        <source>%1 is %2 bytes long, more than the %3 bytes such a file can be.</source>
        <translation>%1 长 %2 字节，超过此类文件的上限 %3 字节。</translation></message>
    <message>
        <source>%1 grew past %2 bytes while it was read.</source>
        <translation>%1 在读取时增长超过了 %2 字节。</translation></message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 是指向不存在文件的链接。</translation></message>
    <message>
        <source>%1 is %2, not a file; it was not replaced.</source>
        <translation>%1 是%2，不是文件；未替换它。</translation></message>
    <message>
        <source>%1 belongs to another user (uid %2); replacing it would make it yours, so it was not changed. Ask its owner, or copy it.</source>
        <translation>%1 属于另一个用户（uid %2）；替换它会使其归您所有，因此未更改。请询问其所有者，或复制一份。</translation></message>
    <message>
        <source>Cannot write next to %1: %2. Nothing was changed.</source>
        <translation>无法在 %1 旁写入：%2。未做任何更改。</translation></message>
    <message>
        <source>Writing %1 failed: %2. The previous file is unchanged.</source>
        <translation>写入 %1 失败：%2。原文件保持不变。</translation></message>
    <message>
        <source>Cannot set the permissions of %1: %2. Nothing was changed.</source>
        <translation>无法设置 %1 的权限：%2。未做任何更改。</translation></message>
    <message>
        <source>Cannot keep the owner of %1: %2. Nothing was changed.</source>
        <translation>无法保留 %1 的所有者：%2。未做任何更改。</translation></message>
    <message>
        <source>Cannot keep a backup of %1, so it was not changed.</source>
        <translation>无法保留 %1 的备份，因此未更改它。</translation></message>
    <message>
        <source>Replacing %1 failed: %2. The previous file is unchanged.</source>
        <translation>替换 %1 失败：%2。原文件保持不变。</translation></message>
    <message>
        <source>%1 was replaced, but its folder could not be synced: %2.</source>
        <translation>%1 已替换，但其所在文件夹无法同步：%2。</translation></message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation></message>
    <message>
        <source>%1 is a link, not a folder; it could lead anywhere.</source>
        <translation>%1 是链接而不是文件夹；它可能指向任何地方。</translation></message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation></message>
    <message>
        <source>%1 belongs to user %2, not to you (%3); another user could hold or read what Plugboard keeps there. Remove it or set XDG_RUNTIME_DIR to a folder of your own.</source>
        <translation>%1 属于用户 %2，而不是您（%3）；其他用户可能占用或读取 Plugboard 存放在那里的内容。请删除它，或将 XDG_RUNTIME_DIR 设为您自己的文件夹。</translation></message>
    <message>
        <source>%1 can be entered by other users (mode %2); it must be 0700.</source>
        <translation>其他用户可以进入 %1（权限 %2）；它必须是 0700。</translation></message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation></message>
    <message>
        <source>Cannot lock %1 for writing (%2); the file was not changed.</source>
        <translation>无法锁定 %1 以写入（%2）；文件未更改。</translation></message>
    <message>
        <source>%1 is being changed by another Plugboard process (the window, the agent or a command); try again in a moment.</source>
        <translation>%1 正被另一个 Plugboard 进程（窗口、代理或命令）修改；请稍后重试。</translation></message>
    <message>
        <source>%1 is a link or not a folder; a bundle goes into a new or empty folder of yours.</source>
        <translation>%1 是链接或不是文件夹；诊断包只能写入您自己的新文件夹或空文件夹。</translation></message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation></message>
    <message>
        <source>%1 belongs to another user; a bundle goes into a new folder or an empty one of yours.</source>
        <translation>%1 属于另一个用户；诊断包只能写入新文件夹或您自己的空文件夹。</translation></message>
    <message>
        <source>%1 is not empty; a bundle goes into a new or empty directory.</source>
        <translation>%1 不为空；诊断包只能写入新目录或空目录。</translation></message>
    <message>
        <source>Cannot restrict %1 to you: %2</source>
        <translation>无法将 %1 限制为仅您可用：%2</translation></message>
    <message>
        <source>Cannot create %1/%2: %3</source>
        <translation>无法创建 %1/%2：%3</translation></message>
    <message>
        <source>Cannot write %1/%2: %3</source>
        <translation>无法写入 %1/%2：%3</translation></message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation></message>
</context>
<context>
    <name>plugboard::host</name>
    <message>
        <source>unknown speed</source>
        <translation>未知速度</translation>
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
        <translation>未知</translation>
    </message>
    <message>
        <source>Low Speed</source>
        <translation>低速</translation>
    </message>
    <message>
        <source>Full Speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>High Speed</source>
        <translation>高速</translation>
    </message>
    <message>
        <source>SuperSpeed</source>
        <translation>超高速</translation>
    </message>
    <message>
        <source>SuperSpeed+ 10 Gbit/s</source>
        <translation>超高速+ 10 Gbit/s</translation>
    </message>
    <message>
        <source>SuperSpeed+ 20 Gbit/s</source>
        <translation>超高速+ 20 Gbit/s</translation>
    </message>
</context>
<context>
    <name>plugboard::host::DescriptorParser</name>
    <message>
        <source>The device descriptor is missing or truncated.</source>
        <translation>设备描述符缺失或被截断。</translation>
    </message>
    <message>
        <source>A descriptor at byte %1 has an invalid length.</source>
        <translation>位于字节 %1 处的描述符长度无效。</translation>
    </message>
    <message>
        <source>A configuration descriptor at byte %1 is too short.</source>
        <translation>位于字节 %1 处的配置描述符太短。</translation>
    </message>
    <message>
        <source>An interface descriptor at byte %1 is misplaced or too short.</source>
        <translation>位于字节 %1 处的接口描述符位置错误或太短。</translation>
    </message>
    <message>
        <source>An endpoint descriptor at byte %1 is misplaced or too short.</source>
        <translation>位于字节 %1 处的端点描述符位置错误或太短。</translation>
    </message>
</context>
<context>
    <name>plugboard::host::DeviceResolver</name>
    <message>
        <source>There is no USB device %1 on this host (it may have been unplugged).</source>
        <translation>此主机上没有 USB 设备 %1（可能已被拔出）。</translation>
    </message>
    <message>
        <source>'%1' is not a device: give a kernel name such as 1-1.4 or an identity such as 0781:5567[:SERIAL].</source>
        <translation>“%1”不是设备：请提供内核名称（如 1-1.4）或标识（如 0781:5567[:SERIAL]）。</translation>
    </message>
    <message>
        <source>No plugged-in USB device is %1.</source>
        <translation>已插入的 USB 设备中没有 %1。</translation>
    </message>
    <message>
        <source>%1 matches several devices: %2. Name one by its kernel name.</source>
        <translation>%1 匹配多个设备：%2。请用内核名称指定其中一个。</translation>
    </message>
</context>
<context>
    <name>plugboard::host::LibusbProbe</name>
    <message>
        <source>libusb could not start: %1</source>
        <translation>libusb 无法启动：%1</translation>
    </message>
    <message>
        <source>libusb could not list devices: %1</source>
        <translation>libusb 无法列出设备：%1</translation>
    </message>
</context>
<context>
    <name>plugboard::host::SysfsHostBackend</name>
    <message>
        <source>The directory %1 does not exist, so there is no USB tree to show.</source>
        <translation>目录 %1 不存在，因此没有可显示的 USB 树。</translation>
    </message>
    <message>
        <source>This machine has no USB bus: /sys/bus/usb/devices is missing or empty. In a virtual machine, add a USB controller to it; in a container, the host's USB devices are not visible.</source>
        <translation>此计算机没有 USB 总线：/sys/bus/usb/devices 不存在或为空。如果这是虚拟机，请为其添加 USB 控制器；如果这是容器，则无法看到主机的 USB 设备。</translation>
    </message>
    <message>
        <source>%1 holds no USB controllers (no usbN root hubs under sys/bus/usb/devices).</source>
        <translation>%1 中没有 USB 控制器（sys/bus/usb/devices 下没有 usbN 根集线器）。</translation>
    </message>
</context>
<context>
    <name>plugboard::host::TopologyFormat</name>
    <message>
        <source>%1 USB controller</source>
        <translation>%1 USB 控制器</translation>
    </message>
    <message>
        <source>USB controller (%1)</source>
        <translation>USB 控制器（%1）</translation>
    </message>
    <message>
        <source>USB controller %1</source>
        <translation>USB 控制器 %1</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>(not authorized)</source>
        <translation>（未授权）</translation>
    </message>
    <message>
        <source>(over-current %1 times)</source>
        <translation>（过流 %1 次）</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>（已禁用）</translation>
    </message>
    <message numerus="yes">
        <source>Bus %1: USB %2 root hub, %3, %n port(s)</source>
        <translation>
            <numerusform>总线 %1：USB %2 根集线器，%3，%n 个端口</numerusform>
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
        <translation>%1：描述符：%2</translation>
    </message>
    <message>
        <source>%1: hubs nested deeper than %2 levels were not read.</source>
        <translation>%1：嵌套超过 %2 层的集线器未被读取。</translation>
    </message>
    <message>
        <source>The directory %1 does not exist.</source>
        <translation>目录 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 has no USB bus (%2 is missing).</source>
        <translation>%1 没有 USB 总线（缺少 %2）。</translation>
    </message>
    <message>
        <source>%1: the link in %2 is broken or leads outside the tree.</source>
        <translation>%1：%2 中的链接已损坏或指向目录树之外。</translation>
    </message>
</context>
<context>
    <name>plugboard::host::UdevMonitor</name>
    <message>
        <source>libudev could not be initialised.</source>
        <translation>无法初始化 libudev。</translation>
    </message>
    <message>
        <source>The udev event socket is not available, so hotplug is not followed.</source>
        <translation>udev 事件套接字不可用，因此无法跟踪热插拔。</translation>
    </message>
    <message>
        <source>Listening for udev events failed, so hotplug is not followed.</source>
        <translation>监听 udev 事件失败，因此无法跟踪热插拔。</translation>
    </message>
</context>
<context>
    <name>plugboard::host::Udisks</name>
    <message>
        <source>'%1' is not a block device name.</source>
        <translation>“%1”不是块设备名称。</translation>
    </message>
    <message>
        <source>UDisks2 is not running, so the disk cannot be unmounted without administrator rights.</source>
        <translation>UDisks2 未运行，因此没有管理员权限就无法卸载该磁盘。</translation>
    </message>
    <message>
        <source>/dev/%1 was unmounted.</source>
        <translation>/dev/%1 已卸载。</translation>
    </message>
    <message>
        <source>/dev/%1 is busy: a program still has files open on it. Close it (%2) and try again.</source>
        <translation>/dev/%1 正忙：仍有程序打开了其上的文件。请关闭该程序（%2）后重试。</translation>
    </message>
    <message>
        <source>/dev/%1 was not mounted.</source>
        <translation>/dev/%1 未挂载。</translation>
    </message>
    <message>
        <source>UDisks2 did not answer within %1 s; /dev/%2 was left as it is.</source>
        <translation>UDisks2 在 %1 秒内未响应；/dev/%2 保持原样。</translation>
    </message>
    <message>
        <source>UDisks2 does not know /dev/%1 as a filesystem.</source>
        <translation>UDisks2 不认为 /dev/%1 是文件系统。</translation>
    </message>
    <message>
        <source>Unmounting /dev/%1 failed: %2</source>
        <translation>卸载 /dev/%1 失败：%2</translation>
    </message>
    <message>
        <source>UDisks2 is not running and plugboard-helper is not installed.</source>
        <translation>UDisks2 未运行，且未安装 plugboard-helper。</translation>
    </message>
    <message>
        <source>Unmounted /dev/%1.</source>
        <translation>已卸载 /dev/%1。</translation>
    </message>
    <message>
        <source>/dev/%1 could not be unmounted: %2</source>
        <translation>无法卸载 /dev/%1：%2</translation>
    </message>
</context>
<context>
    <name>plugboard::host::UsbDevice</name>
    <message>
        <source>%1 device %2</source>
        <translation>%1 设备 %2</translation>
    </message>
    <message>
        <source>USB device %1:%2</source>
        <translation>USB 设备 %1:%2</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::DomainXml</name>
    <message>
        <source>The definition's root element is &lt;%1&gt;, not &lt;domain&gt;.</source>
        <translation>定义的根元素是 &lt;%1&gt;，而不是 &lt;domain&gt;。</translation>
    </message>
    <message>
        <source>The domain definition is not valid XML (line %1, column %2: %3).</source>
        <translation>域定义不是有效的 XML（第 %1 行，第 %2 列：%3）。</translation>
    </message>
    <message>
        <source>The domain definition is empty.</source>
        <translation>域定义为空。</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::GuestDirectory</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>There is no guest %1 on %2.</source>
        <translation>%2 上没有虚拟机 %1。</translation>
    </message>
    <message>
        <source>%1 names several guests: %2. Give one as URI#name.</source>
        <translation>%1 对应多台虚拟机：%2。请以 URI#name 的形式指定其中一台。</translation>
    </message>
    <message>
        <source>There is no guest named %1.</source>
        <translation>没有名为 %1 的虚拟机。</translation>
    </message>
    <message>
        <source>There is no guest named %1 (not reachable: %2).</source>
        <translation>没有名为 %1 的虚拟机（无法连接：%2）。</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::GuestFormat</name>
    <message>
        <source>default model</source>
        <translation>默认型号</translation>
    </message>
    <message>
        <source>USB disabled (model none)</source>
        <translation>USB 已禁用（型号 none）</translation>
    </message>
    <message>
        <source>USB 1.1 companion (%1)</source>
        <translation>USB 1.1 配套控制器（%1）</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4 free)</source>
        <translation>%1（%2，%3，%4 个空闲）</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n 个端口</numerusform>
        </translation>
    </message>
    <message>
        <source>(transient)</source>
        <translation>（临时）</translation>
    </message>
    <message>
        <source>definition unreadable: %1</source>
        <translation>定义不可读：%1</translation>
    </message>
    <message>
        <source>no USB controller</source>
        <translation>没有 USB 控制器</translation>
    </message>
    <message>
        <source>host device %1:%2</source>
        <translation>主机设备 %1:%2</translation>
    </message>
    <message>
        <source>at %1/%2</source>
        <translation>位于 %1/%2</translation>
    </message>
    <message>
        <source>unplugged from this computer while the guest held it; the guest still lists it. Remove the entry: plugboardctl detach %1:%2 %3 --live</source>
        <translation>在客户机占用期间已从本机拔出；客户机仍列出该设备。移除该条目：plugboardctl detach %1:%2 %3 --live</translation>
    </message>
    <message>
        <source>redirected (%1) %2</source>
        <translation>重定向（%1）%2</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::LibvirtSession</name>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Guest %1 has no USB device %2:%3 attached.</source>
        <translation>虚拟机 %1 上没有附加 USB 设备 %2:%3。</translation>
    </message>
    <message>
        <source>The device is now optional: the guest starts even when it is not plugged in.</source>
        <translation>该设备现在是可选的：即使未插入，虚拟机也能启动。</translation>
    </message>
    <message>
        <source>The guest's USB controller is now qemu-xhci (USB 3, 15 ports); it takes effect at the guest's next start.</source>
        <translation>虚拟机的 USB 控制器已改为 qemu-xhci（USB 3，15 个端口）；将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>A SPICE USB redirection channel was added; it takes effect at the guest's next start.</source>
        <translation>已添加一个 SPICE USB 重定向通道；将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>The device is already given to guest %1. Detach it from that guest first (or move it), then try again.</source>
        <translation>该设备已交给虚拟机 %1。请先将其从该虚拟机分离（或将其移过来），然后重试。</translation>
    </message>
    <message>
        <source>Several identical devices are plugged in, so libvirt cannot tell which one is meant. Choose the device by its port in the host tree (Plugboard then pins its bus and device number), or unplug the twin.</source>
        <translation>插入了多个相同的设备，因此 libvirt 无法分辨指的是哪一个。请在主机树中通过端口选择该设备（Plugboard 随后会固定其总线号和设备号），或拔下另一个相同的设备。</translation>
    </message>
    <message>
        <source>The guest has no free USB port. Add a USB hub to the guest or raise its controller's port count (qemu-xhci supports up to 15), then restart the guest.</source>
        <translation>虚拟机没有空闲的 USB 端口。请为虚拟机添加 USB 集线器，或增加其控制器的端口数（qemu-xhci 最多支持 15 个），然后重启虚拟机。</translation>
    </message>
    <message>
        <source>USB is disabled in this guest (its controller model is 'none'). Add a qemu-xhci USB controller to the guest and restart it.</source>
        <translation>此虚拟机中已禁用 USB（其控制器型号为 'none'）。请为虚拟机添加 qemu-xhci USB 控制器，然后重启虚拟机。</translation>
    </message>
    <message>
        <source>The guest's definition requires a USB device that is not plugged in, so it cannot start. Plug the device in, or mark it optional (startupPolicy='optional').</source>
        <translation>虚拟机的定义需要一个未插入的 USB 设备，因此无法启动。请插入该设备，或将其标记为可选（startupPolicy='optional'）。</translation>
    </message>
    <message>
        <source>This QEMU cannot pass USB devices through (usb-host or usb-redir is missing). Install your distribution's QEMU USB modules.</source>
        <translation>此 QEMU 无法直通 USB 设备（缺少 usb-host 或 usb-redir）。请安装您的发行版提供的 QEMU USB 模块。</translation>
    </message>
    <message>
        <source>libvirt is not reachable: its daemon is not running or its socket is missing. Start it (systemctl start libvirtd or virtqemud) and try again.</source>
        <translation>无法连接到 libvirt：其守护进程未运行或套接字不存在。请启动它（systemctl start libvirtd 或 virtqemud）后重试。</translation>
    </message>
    <message>
        <source>libvirt could not read this machine's USB devices (/sys/bus/usb/devices does not exist): there is no USB bus here, so nothing can be passed through from this host.</source>
        <translation>libvirt 无法读取此计算机的 USB 设备（/sys/bus/usb/devices 不存在）：这里没有 USB 总线，因此无法从此主机直通任何设备。</translation>
    </message>
    <message>
        <source>The guest is not running, so nothing can be changed live. Change its persistent definition instead (it takes effect at next start), or start the guest first.</source>
        <translation>虚拟机未运行，因此无法进行实时更改。请改为修改其持久定义（下次启动时生效），或先启动虚拟机。</translation>
    </message>
    <message>
        <source>libvirt refused access (%1). Join the 'libvirt' group (then log in again), or use qemu:///session for your own guests.</source>
        <translation>libvirt 拒绝访问（%1）。请加入 'libvirt' 组（然后重新登录），或对您自己的虚拟机使用 qemu:///session。</translation>
    </message>
    <message>
        <source>There is no such guest on this connection (%1).</source>
        <translation>此连接上没有该虚拟机（%1）。</translation>
    </message>
    <message>
        <source>libvirt failed without saying why.</source>
        <translation>libvirt 操作失败，但未说明原因。</translation>
    </message>
    <message>
        <source>libvirt refused: %1</source>
        <translation>libvirt 拒绝：%1</translation>
    </message>
    <message>
        <source>Attached.</source>
        <translation>已附加。</translation>
    </message>
    <message>
        <source>Detached.</source>
        <translation>已分离。</translation>
    </message>
    <message>
        <source>This connection cannot attach devices to a running guest. Add the device to the guest's definition instead (it takes effect at the next start).</source>
        <translation>此连接无法将设备附加到正在运行的虚拟机。请改为将设备添加到虚拟机的定义中（下次启动时生效）。</translation>
    </message>
    <message>
        <source>This connection cannot detach devices from a running guest. Remove the device from the guest's definition instead (it takes effect at the next start).</source>
        <translation>此连接无法从正在运行的虚拟机分离设备。请改为从虚拟机的定义中移除该设备（下次启动时生效）。</translation>
    </message>
    <message>
        <source>This connection cannot change devices, and the guest's definition could not be edited either.</source>
        <translation>此连接无法更改设备，也无法编辑虚拟机的定义。</translation>
    </message>
    <message>
        <source>This connection cannot attach devices directly, so the device was added to the guest's definition instead: it takes effect at the guest's next start.</source>
        <translation>此连接无法直接附加设备，因此已改为将设备添加到虚拟机的定义中：将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>This connection cannot detach devices directly, so the device was removed from the guest's definition instead: it takes effect at the guest's next start.</source>
        <translation>此连接无法直接分离设备，因此已改为从虚拟机的定义中移除该设备：将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>The guest's definition could not be read.</source>
        <translation>无法读取虚拟机的定义。</translation>
    </message>
    <message>
        <source>Nothing to change in the guest's definition.</source>
        <translation>虚拟机的定义无需更改。</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::LibvirtWorker</name>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 将在 %2 秒后重试。</translation>
    </message>
    <message>
        <source>libvirt closed the connection (the daemon stopped or restarted).</source>
        <translation>libvirt 关闭了连接（守护进程已停止或重启）。</translation>
    </message>
    <message>
        <source>libvirt stopped answering (keep-alive timed out).</source>
        <translation>libvirt 停止了响应（keep-alive 超时）。</translation>
    </message>
    <message>
        <source>The connection to libvirt failed.</source>
        <translation>连接 libvirt 失败。</translation>
    </message>
    <message>
        <source>The connection to libvirt was closed.</source>
        <translation>与 libvirt 的连接已关闭。</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::Demo</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The demo host is missing from this build.</source>
        <translation>此版本中缺少演示主机。</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DetailsPane</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>isochronous</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>bulk</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>interrupt</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation>供电预算</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Select a controller, port or device to see its details.</source>
        <translation>选择控制器、端口或设备以查看其详细信息。</translation>
    </message>
    <message>
        <source>%1 is no longer present.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>Kernel name</source>
        <translation>内核名称</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>PCI ID</source>
        <translation>PCI ID</translation>
    </message>
    <message>
        <source>not a PCI device</source>
        <translation>不是 PCI 设备</translation>
    </message>
    <message>
        <source>Bus type</source>
        <translation>总线类型</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Root hub %1</source>
        <translation>根集线器 %1</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>总线</translation>
    </message>
    <message>
        <source>USB version</source>
        <translation>USB 版本</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>New devices authorized</source>
        <translation>新设备默认授权</translation>
    </message>
    <message>
        <source>internal only</source>
        <translation>仅内部设备</translation>
    </message>
    <message>
        <source>Port %1 (empty)</source>
        <translation>端口 %1（空）</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>集线器</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Over-current events</source>
        <translation>过流事件</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Same socket as</source>
        <translation>同一插口的对应端口</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>nothing plugged in</source>
        <translation>未插入任何设备</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This kernel exposes no port node; the port is derived from the hub's port count.</source>
        <translation>此内核未提供端口节点；该端口是根据集线器的端口数推算出来的。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Vendor:product</source>
        <translation>厂商:产品</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>(no string) %1</source>
        <translation>（无字符串）%1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Bus / device number</source>
        <translation>总线号 / 设备号</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>已配置</translation>
    </message>
    <message>
        <source>yes (configuration %1)</source>
        <translation>是（配置 %1）</translation>
    </message>
    <message>
        <source>Maximum power</source>
        <translation>最大功耗</translation>
    </message>
    <message>
        <source>%1 mA</source>
        <translation>%1 mA</translation>
    </message>
    <message>
        <source>Removable</source>
        <translation>可移除</translation>
    </message>
    <message>
        <source>Power control</source>
        <translation>电源控制</translation>
    </message>
    <message>
        <source>auto (may suspend when idle)</source>
        <translation>auto（空闲时可能挂起）</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>class %1/%2/%3, driver %4</source>
        <translation>类别 %1/%2/%3，驱动程序 %4</translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>描述符</translation>
    </message>
    <message>
        <source>bcdUSB</source>
        <translation>bcdUSB</translation>
    </message>
    <message>
        <source>Control packet size</source>
        <translation>控制包大小</translation>
    </message>
    <message>
        <source>Configuration %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>self-powered</source>
        <translation>自供电</translation>
    </message>
    <message>
        <source>bus-powered</source>
        <translation>总线供电</translation>
    </message>
    <message>
        <source>Interface %1 alt %2</source>
        <translation>接口 %1 备用设置 %2</translation>
    </message>
    <message>
        <source>class %1/%2/%3</source>
        <translation>类别 %1/%2/%3</translation>
    </message>
    <message>
        <source>%1 %2, %3 bytes</source>
        <translation>%1 %2，%3 字节</translation>
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
        <translation> × 每微帧 %1 次</translation>
    </message>
    <message>
        <source>, %1 bulk streams</source>
        <translation>，%1 个批量流</translation>
    </message>
    <message>
        <source>Endpoint 0x%1</source>
        <translation>端点 0x%1</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储设备</translation>
    </message>
    <message>
        <source>unknown size</source>
        <translation>未知大小</translation>
    </message>
    <message>
        <source>mounted on %1</source>
        <translation>挂载于 %1</translation>
    </message>
    <message>
        <source>in use as swap</source>
        <translation>用作交换空间</translation>
    </message>
    <message>
        <source>not mounted</source>
        <translation>未挂载</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DeviceIcons</name>
    <message>
        <source>Hub</source>
        <translation>集线器</translation>
    </message>
    <message>
        <source>Mass storage</source>
        <translation>大容量存储设备</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>Human interface device</source>
        <translation>人机接口设备</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Video (webcam)</source>
        <translation>视频（摄像头）</translation>
    </message>
    <message>
        <source>Phone or media player (MTP)</source>
        <translation>手机或媒体播放器（MTP）</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Smart card</source>
        <translation>智能卡</translation>
    </message>
    <message>
        <source>Serial adapter</source>
        <translation>串口适配器</translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation>网络适配器</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Wireless (Bluetooth)</source>
        <translation>无线（蓝牙）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::DiagnosisWizard</name>
    <message>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虚拟机监控程序</translation>
    </message>
    <message>
        <source>Guest controller</source>
        <translation>虚拟机控制器</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>The device's path</source>
        <translation>设备经过的路径</translation>
    </message>
    <message>
        <source>The guest does not list the device at all.</source>
        <translation>虚拟机中根本看不到该设备。</translation>
    </message>
    <message>
        <source>The guest lists the device but it does not work.</source>
        <translation>虚拟机中能看到该设备，但它无法工作。</translation>
    </message>
    <message>
        <source>The device works but slowly.</source>
        <translation>设备能工作，但速度很慢。</translation>
    </message>
    <message>
        <source>The device keeps disconnecting.</source>
        <translation>设备不断断开连接。</translation>
    </message>
    <message>
        <source>Why does the guest not see my device?</source>
        <translation>为什么虚拟机看不到我的设备？</translation>
    </message>
    <message>
        <source>Which device, and which guest?</source>
        <translation>哪个设备，哪台虚拟机？</translation>
    </message>
    <message>
        <source>Pick the device, or the empty port where it never appears, and the guest that should see it.</source>
        <translation>请选择设备（如果设备从未出现，则选择它所插入的空端口），以及应该能看到它的虚拟机。</translation>
    </message>
    <message>
        <source>Device or port:</source>
        <translation>设备或端口：</translation>
    </message>
    <message>
        <source>Device or port</source>
        <translation>设备或端口</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>所有设备</translation>
    </message>
    <message>
        <source>%1  (empty port: the device never appears)</source>
        <translation>%1  （空端口：设备从未出现）</translation>
    </message>
    <message>
        <source>Guest:</source>
        <translation>虚拟机：</translation>
    </message>
    <message>
        <source>No particular guest</source>
        <translation>不指定虚拟机</translation>
    </message>
    <message>
        <source>What happens?</source>
        <translation>出现了什么情况？</translation>
    </message>
    <message>
        <source>The guest does not list it</source>
        <translation>虚拟机中看不到它</translation>
    </message>
    <message>
        <source>Listed, but not working</source>
        <translation>能看到，但无法工作</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>速度慢</translation>
    </message>
    <message>
        <source>Disconnects</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <source>Host, device, hypervisor and security, along the path the device takes.</source>
        <translation>沿设备经过的路径，依次检查主机、设备、虚拟机监控程序和安全策略。</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>The most likely cause first. Open a finding to see its evidence.</source>
        <translation>最可能的原因排在最前。展开某个发现的问题即可查看其证据。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Does the guest see it now?</source>
        <translation>虚拟机现在能看到它了吗？</translation>
    </message>
    <message>
        <source>Check inside the guest: on Linux run "lsusb" (or "lsusb -t" to see the speed); on Windows open Device Manager and look under Universal Serial Bus controllers and Other devices.</source>
        <translation>请在虚拟机内部检查：在 Linux 上运行 "lsusb"（或运行 "lsusb -t" 查看速度）；在 Windows 上打开“设备管理器”，查看“通用串行总线控制器”和“其他设备”下的条目。</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>重新运行检查(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Collecting facts about this machine…</source>
        <translation>正在收集此计算机的信息…</translation>
    </message>
    <message>
        <source>Checking the host (controller and port)…</source>
        <translation>正在检查主机（控制器和端口）…</translation>
    </message>
    <message>
        <source>Checking the device…</source>
        <translation>正在检查设备…</translation>
    </message>
    <message>
        <source>Checking the hypervisor and the guest…</source>
        <translation>正在检查虚拟机监控程序和虚拟机…</translation>
    </message>
    <message>
        <source>Checking security policies…</source>
        <translation>正在检查安全策略…</translation>
    </message>
    <message numerus="yes">
        <source>No problem found. %n check(s) could not run.</source>
        <translation>
            <numerusform>未发现问题。有 %n 项检查未能运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found for this device and guest. %1</source>
        <translation>未发现此设备和虚拟机存在问题。%1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>needs an administrator</source>
        <translation>需要管理员</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>需手动处理</translation>
    </message>
    <message>
        <source>Not checked (%1)</source>
        <translation>未检查（%1）</translation>
    </message>
    <message>
        <source>The fix did not work: %1</source>
        <translation>修复未成功：%1</translation>
    </message>
    <message>
        <source>authorization was refused</source>
        <translation>授权被拒绝</translation>
    </message>
    <message>
        <source>pkexec could not be started (%1). Install polkit, or run the helper as root.</source>
        <translation>无法启动 pkexec（%1）。请安装 polkit，或以 root 身份运行辅助程序。</translation>
    </message>
    <message>
        <source>Plugboard diagnosis</source>
        <translation>Plugboard 诊断</translation>
    </message>
    <message>
        <source>Device: %1 · Port: %2 · Guest: %3</source>
        <translation>设备：%1 · 端口：%2 · 虚拟机：%3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json)</source>
        <translation>网页 (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1

This fix would run: %2 — %3</source>
        <translation>%1

此修复将执行：%2 — %3</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
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
            <numerusform>%n 台虚拟机</numerusform>
        </translation>
    </message>
    <message>
        <source>USB arbitrator not running</source>
        <translation>USB 仲裁服务未运行</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n port(s))</source>
        <translation>
            <numerusform>%1（%2，%n 个端口）</numerusform>
        </translation>
    </message>
    <message>
        <source>Connects %1:%2 automatically</source>
        <translation>自动连接 %1:%2</translation>
    </message>
    <message>
        <source>Connects host port %1 automatically</source>
        <translation>自动连接主机端口 %1</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>This guest has no USB controller.</source>
        <translation>此虚拟机没有 USB 控制器。</translation>
    </message>
    <message>
        <source>Host device at %1/%2</source>
        <translation>位于 %1/%2 的主机设备</translation>
    </message>
    <message>
        <source>Host device %1:%2</source>
        <translation>主机设备 %1:%2</translation>
    </message>
    <message>
        <source>attached, persistent</source>
        <translation>已附加，持久</translation>
    </message>
    <message>
        <source>attached (until shutdown)</source>
        <translation>已附加（直到关机）</translation>
    </message>
    <message>
        <source>at next start</source>
        <translation>下次启动时</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Network USB from %1</source>
        <translation>来自 %1 的网络 USB</translation>
    </message>
    <message>
        <source>SPICE USB redirection channel</source>
        <translation>SPICE USB 重定向通道</translation>
    </message>
    <message>
        <source>Redirected USB (%1) %2</source>
        <translation>重定向的 USB（%1）%2</translation>
    </message>
    <message>
        <source>Always: whatever is plugged into %1</source>
        <translation>始终：插入 %1 的任何设备</translation>
    </message>
    <message>
        <source>Always: %1</source>
        <translation>始终：%1</translation>
    </message>
    <message>
        <source>Always: %1 %2 (%3)</source>
        <translation>始终：%1 %2（%3）</translation>
    </message>
    <message>
        <source>assigned, persistent</source>
        <translation>已分配，持久</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>VMware connects it by itself whenever the VM runs (an automatic connection rule).</source>
        <translation>只要虚拟机在运行，VMware 就会自动连接它（自动连接规则）。</translation>
    </message>
    <message>
        <source>Attached whenever it is plugged in while the guest runs, and when the guest starts%1.</source>
        <translation>虚拟机运行期间只要插入就会附加，虚拟机启动时也会附加%1。</translation>
    </message>
    <message>
        <source>; kept in the definition, optional at start</source>
        <translation>；保留在定义中，启动时可选</translation>
    </message>
    <message>
        <source>Drop it on a guest.</source>
        <translation>将其拖放到虚拟机上。</translation>
    </message>
    <message>
        <source>Only libvirt guests' devices can be moved; VMware connects its devices by itself.</source>
        <translation>只有 libvirt 虚拟机的设备可以移动；VMware 会自行连接其设备。</translation>
    </message>
    <message>
        <source>%1 has no USB controller: enable one first (right-click the VM).</source>
        <translation>%1 没有 USB 控制器：请先启用一个（右键单击该虚拟机）。</translation>
    </message>
    <message>
        <source>The connection %1 is down: %2</source>
        <translation>连接 %1 已断开：%2</translation>
    </message>
    <message>
        <source>USB is disabled in %1 (&lt;controller type='usb' model='none'/&gt;): add a qemu-xhci controller to it first.</source>
        <translation>%1 中已禁用 USB（&lt;controller type='usb' model='none'/&gt;）：请先为其添加 qemu-xhci 控制器。</translation>
    </message>
    <message>
        <source>%1 runs on %2: a device of this computer cannot be a host device there. Share it over the network instead (usbredirserver here, then "Attach network USB…" on the guest).</source>
        <translation>%1 运行在 %2 上：本计算机的设备无法成为那里的主机设备。请改为通过网络共享（在本机运行 usbredirserver，然后在该虚拟机上使用“附加网络 USB…”）。</translation>
    </message>
    <message>
        <source>Only host devices given to a libvirt guest can be moved.</source>
        <translation>只有交给 libvirt 虚拟机的主机设备才能移动。</translation>
    </message>
    <message>
        <source>It is already in %1.</source>
        <translation>它已经在 %1 中。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已阻塞</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unplugged — still listed</source>
        <translation>已拔出 — 仍在列表中</translation>
    </message>
    <message>
        <source>This device was unplugged from this computer while %1 held it. The guest still lists it and will not get it back by itself. Remove the stale entry (right-click), then plug the device in and attach it again; an assignment does that by itself.</source>
        <translation>此设备在 %1 占用期间已从本机拔出。客户机仍列出它，且不会自动重新获得它。请移除过时的条目（右键单击），然后插入设备并重新连接；设置分配后会自动完成。</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::GuestPane</name>
    <message>
        <source>Guests</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Attach %1 to %2</source>
        <translation>将 %1 附加到 %2</translation>
    </message>
    <message>
        <source>The device %1 is no longer plugged in.</source>
        <translation>设备 %1 已被拔出。</translation>
    </message>
    <message>
        <source>Detach %1:%2 from %3</source>
        <translation>从 %3 分离 %1:%2</translation>
    </message>
    <message>
        <source>Attach network USB</source>
        <translation>附加网络 USB</translation>
    </message>
    <message>
        <source>A usbredirserver the guest's host can reach (host:port):</source>
        <translation>虚拟机所在主机可以访问的 usbredirserver（host:port）：</translation>
    </message>
    <message>
        <source>Attach network USB to %1</source>
        <translation>将网络 USB 附加到 %1</translation>
    </message>
    <message>
        <source>'%1' is not host:port (for example 192.168.1.5:4000).</source>
        <translation>“%1”不是 host:port 格式（例如 192.168.1.5:4000）。</translation>
    </message>
    <message>
        <source>Attach network USB from %1 to %2</source>
        <translation>将来自 %1 的网络 USB 附加到 %2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>附加(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>附加到 %1</translation>
    </message>
    <message>
        <source>Enable a USB &amp;2 controller</source>
        <translation>启用 USB 2 控制器(&amp;2)</translation>
    </message>
    <message>
        <source>Enable USB 2 on %1</source>
        <translation>在 %1 上启用 USB 2</translation>
    </message>
    <message>
        <source>Enable a USB &amp;3 controller</source>
        <translation>启用 USB 3 控制器(&amp;3)</translation>
    </message>
    <message>
        <source>Enable USB 3 on %1</source>
        <translation>在 %1 上启用 USB 3</translation>
    </message>
    <message>
        <source>Allow &amp;keyboards and mice (HID)</source>
        <translation>允许键盘和鼠标（HID）(&amp;K)</translation>
    </message>
    <message>
        <source>Allow HID on %1</source>
        <translation>在 %1 上允许 HID</translation>
    </message>
    <message>
        <source>The VM is running; VMware rewrites its .vmx when it shuts down.</source>
        <translation>虚拟机正在运行；VMware 会在其关机时重写 .vmx 文件。</translation>
    </message>
    <message>
        <source>&amp;Remove this rule</source>
        <translation>删除此规则(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the rule for %1:%2 from %3</source>
        <translation>从 %3 中删除 %1:%2 的规则</translation>
    </message>
    <message>
        <source>No host USB device is plugged in.</source>
        <translation>主机上没有插入任何 USB 设备。</translation>
    </message>
    <message>
        <source>Attach a USB device</source>
        <translation>附加 USB 设备</translation>
    </message>
    <message>
        <source>Give this host device to %1:</source>
        <translation>将此主机设备交给 %1：</translation>
    </message>
    <message>
        <source>Attach &amp;network USB…</source>
        <translation>附加网络 USB(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>诊断(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>分离(&amp;D)</translation>
    </message>
    <message>
        <source>Make &amp;persistent</source>
        <translation>设为持久(&amp;P)</translation>
    </message>
    <message>
        <source>Make %1:%2 persistent on %3</source>
        <translation>在 %3 上将 %1:%2 设为持久</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>附加 %1</translation>
    </message>
    <message>
        <source>Unmount before attaching?</source>
        <translation>附加前先卸载？</translation>
    </message>
    <message>
        <source>%1 is mounted on this computer:
%2

Giving it to a guest would yank the filesystem and lose data. Unmount it safely first?</source>
        <translation>%1 已在本计算机上挂载：
%2

将其交给虚拟机会强行移除文件系统并丢失数据。要先安全卸载吗？</translation>
    </message>
    <message>
        <source>Unmount /dev/%1</source>
        <translation>卸载 /dev/%1</translation>
    </message>
    <message>
        <source>Release %1:%2</source>
        <translation>释放 %1:%2</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 (VMware, %2)</source>
        <translation>%1（VMware，%2）</translation>
    </message>
    <message>
        <source>/dev/%1 is in use as swap</source>
        <translation>/dev/%1 正用作交换空间</translation>
    </message>
    <message>
        <source>%1 is a USB hub; a hub cannot be passed to a guest. Drag the devices behind it instead, or assign one of its ports (right-click the port).</source>
        <translation>%1 是 USB 集线器；集线器无法交给虚拟机。请改为拖动其下的设备，或分配它的某个端口（右键单击该端口）。</translation>
    </message>
    <message>
        <source>Move it?</source>
        <translation>要移动吗？</translation>
    </message>
    <message>
        <source>%1 is given to %2 now. Take it from there and give it to %3?</source>
        <translation>%1 目前已交给 %2。要从那里取回并交给 %3 吗？</translation>
    </message>
    <message>
        <source>The guest's USB controller is too slow</source>
        <translation>虚拟机的 USB 控制器太慢</translation>
    </message>
    <message>
        <source>Switch to &amp;qemu-xhci (next start)</source>
        <translation>切换为 qemu-xhci（下次启动时生效）(&amp;Q)</translation>
    </message>
    <message>
        <source>Attach &amp;anyway</source>
        <translation>仍然附加(&amp;A)</translation>
    </message>
    <message>
        <source>Switch %1 to qemu-xhci</source>
        <translation>将 %1 切换为 qemu-xhci</translation>
    </message>
    <message>
        <source>Attach %1 to %2 from its next start</source>
        <translation>从下次启动起将 %1 附加到 %2</translation>
    </message>
    <message>
        <source>Give away a keyboard or mouse?</source>
        <translation>要交出键盘或鼠标吗？</translation>
    </message>
    <message>
        <source>%1 is a keyboard or mouse this computer may be using. While the guest has it, it does not work here. Continue?</source>
        <translation>%1 是本计算机可能正在使用的键盘或鼠标。在虚拟机占用期间，它在本机上将无法使用。是否继续？</translation>
    </message>
    <message>
        <source>There is no guest %1.</source>
        <translation>没有虚拟机 %1。</translation>
    </message>
    <message>
        <source>release of %1:%2</source>
        <translation>释放 %1:%2</translation>
    </message>
    <message>
        <source>Attach %1:%2</source>
        <translation>附加 %1:%2</translation>
    </message>
    <message>
        <source>detach of %1:%2 from %3</source>
        <translation>从 %3 分离 %1:%2</translation>
    </message>
    <message>
        <source>Attach %1:%2 to %3</source>
        <translation>将 %1:%2 附加到 %3</translation>
    </message>
    <message>
        <source>Move %1:%2</source>
        <translation>移动 %1:%2</translation>
    </message>
    <message>
        <source>Move %1:%2 from %3 to %4</source>
        <translation>将 %1:%2 从 %3 移动到 %4</translation>
    </message>
    <message>
        <source>Release %1:%2 from %3</source>
        <translation>从 %3 释放 %1:%2</translation>
    </message>
    <message>
        <source>move of %1:%2</source>
        <translation>移动 %1:%2</translation>
    </message>
    <message>
        <source>Always give %1 to %2</source>
        <translation>始终将 %1 分配给 %2</translation>
    </message>
    <message>
        <source>VMware's rules name devices by vendor and product: assign a device, not a port.</source>
        <translation>VMware 的规则按厂商和产品标识设备：请分配设备，而不是端口。</translation>
    </message>
    <message>
        <source>Assigned; it is attached whenever it is plugged in while the guest runs.</source>
        <translation>已分配；虚拟机运行期间只要插入就会附加。</translation>
    </message>
    <message>
        <source>Assigned; the Plugboard agent attaches it whenever it appears.</source>
        <translation>已分配；只要设备出现，Plugboard 代理就会附加它。</translation>
    </message>
    <message>
        <source>Stop giving %1 to %2</source>
        <translation>不再将 %1 分配给 %2</translation>
    </message>
    <message>
        <source>No longer assigned.</source>
        <translation>已取消分配。</translation>
    </message>
    <message>
        <source>Attach &amp;to</source>
        <translation>附加到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Always give this device to</source>
        <translation>始终将此设备分配给(&amp;A)</translation>
    </message>
    <message>
        <source>From boot too?</source>
        <translation>启动时也附加吗？</translation>
    </message>
    <message>
        <source>Also keep %1 in the guest's definition, so it is there from the guest's start? (It never stops the guest from starting when it is unplugged.)</source>
        <translation>是否同时将 %1 保留在虚拟机的定义中，使其在虚拟机启动时即已就位？（设备未插入时也绝不会妨碍虚拟机启动。）</translation>
    </message>
    <message>
        <source>Always give this &amp;port to</source>
        <translation>始终将此端口分配给(&amp;P)</translation>
    </message>
    <message>
        <source>Whatever is plugged into %1 goes to the guest (USB 2 and USB 3 sides together).</source>
        <translation>插入 %1 的任何设备都会交给该虚拟机（USB 2 和 USB 3 两侧一并处理）。</translation>
    </message>
    <message>
        <source>rule for %1:%2</source>
        <translation>%1:%2 的规则</translation>
    </message>
    <message>
        <source>Remove the rule for %1:%2</source>
        <translation>删除 %1:%2 的规则</translation>
    </message>
    <message>
        <source>&amp;Remove this assignment</source>
        <translation>删除此分配(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>移动到(&amp;M)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>In the demo nothing on this computer is unmounted: here UDisks2 would now unmount %1 safely, and a busy filesystem would stop the attach.</source>
        <translation>演示模式下不会卸载本机上的任何东西：此时 UDisks2 会安全卸载 %1，若文件系统正忙则会阻止附加。</translation>
    </message>
    <message>
        <source>attach of %1 to %2</source>
        <translation>将 %1 附加到 %2</translation>
    </message>
    <message>
        <source>Remove the stale entry %1:%2 from %3</source>
        <translation>从 %3 移除过时的条目 %1:%2</translation>
    </message>
    <message>
        <source>&amp;Remove the stale entry</source>
        <translation>移除过时的条目(&amp;R)</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::HostPane</name>
    <message>
        <source>Filter devices (name, vendor:product, serial, driver)</source>
        <translation>筛选设备（名称、厂商:产品、序列号、驱动程序）</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>筛选设备</translation>
    </message>
    <message>
        <source>Show &amp;empty ports</source>
        <translation>显示空端口(&amp;E)</translation>
    </message>
    <message>
        <source>Host USB devices</source>
        <translation>主机 USB 设备</translation>
    </message>
    <message>
        <source>No USB source is connected.</source>
        <translation>未连接任何 USB 来源。</translation>
    </message>
    <message>
        <source>No USB controllers were found.</source>
        <translation>未找到 USB 控制器。</translation>
    </message>
    <message>
        <source>&amp;Diagnose this port…</source>
        <translation>诊断此端口(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>诊断(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::HostUsbModel</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Port %1 (%2)</source>
        <translation>端口 %1（%2）</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接类型：%1</translation>
    </message>
    <message>
        <source>Over-current events: %1</source>
        <translation>过流事件：%1</translation>
    </message>
    <message>
        <source>Port %1 (empty)</source>
        <translation>端口 %1（空）</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>⚠ over-current</source>
        <translation>⚠ 过流</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>（已禁用）</translation>
    </message>
    <message>
        <source>%1 %2
%3, bus %4 device %5</source>
        <translation>%1 %2
%3，总线 %4 设备 %5</translation>
    </message>
    <message>
        <source>(not authorized)</source>
        <translation>（未授权）</translation>
    </message>
    <message>
        <source>Given to %1 whenever it is plugged in (an assignment).</source>
        <translation>只要插入就交给 %1（分配）。</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客户机</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>在 %1 中</translation>
    </message>
    <message>
        <source>%1 holds it now: the host cannot use it until it is released.</source>
        <translation>%1 正在占用它：释放之前主机无法使用。</translation>
    </message>
    <message>
        <source>always: %1</source>
        <translation>始终：%1</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;empty ports</source>
        <translation>显示空端口(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Plugboard</source>
        <translation>关于 Plugboard(&amp;A)</translation>
    </message>
    <message>
        <source>About Plugboard</source>
        <translation>关于 Plugboard</translation>
    </message>
    <message>
        <source>Plugboard %1
USB devices for virtual machines.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Plugboard %1
面向虚拟机的 USB 设备管理。
依据 GNU GPL 第 3 版或更高版本授权。</translation>
    </message>
    <message numerus="yes">
        <source>%n controller(s)</source>
        <translation>
            <numerusform>%n 个控制器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>following hotplug</source>
        <translation>正在跟踪热插拔</translation>
    </message>
    <message>
        <source>not following hotplug</source>
        <translation>未跟踪热插拔</translation>
    </message>
    <message>
        <source>Add &amp;connection…</source>
        <translation>添加连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Add &amp;VMware virtual machine…</source>
        <translation>添加 VMware 虚拟机(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Collect diagnostic bundle…</source>
        <translation>收集诊断包(&amp;C)…</translation>
    </message>
    <message>
        <source>Open diagnostic &amp;bundle…</source>
        <translation>打开诊断包(&amp;B)…</translation>
    </message>
    <message>
        <source>Open a diagnostic bundle</source>
        <translation>打开诊断包</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Troubleshoot…</source>
        <translation>故障排除(&amp;T)…</translation>
    </message>
    <message>
        <source>Collecting facts for the bundle…</source>
        <translation>正在为诊断包收集信息…</translation>
    </message>
    <message>
        <source>Collect a diagnostic bundle</source>
        <translation>收集诊断包</translation>
    </message>
    <message>
        <source>The bundle will contain:</source>
        <translation>诊断包将包含：</translation>
    </message>
    <message>
        <source>&amp;Redact serial numbers, user and host names</source>
        <translation>隐去序列号、用户名和主机名(&amp;R)</translation>
    </message>
    <message>
        <source>Where to put the bundle</source>
        <translation>诊断包的存放位置</translation>
    </message>
    <message>
        <source>Bundle written to %1 and %1.tar.gz</source>
        <translation>诊断包已写入 %1 和 %1.tar.gz</translation>
    </message>
    <message>
        <source>Diagnosis of the bundle %1</source>
        <translation>诊断包 %1 的诊断结果</translation>
    </message>
    <message>
        <source>Add a VMware virtual machine</source>
        <translation>添加 VMware 虚拟机</translation>
    </message>
    <message>
        <source>VMware virtual machines (*.vmx)</source>
        <translation>VMware 虚拟机 (*.vmx)</translation>
    </message>
    <message>
        <source>Add a libvirt connection</source>
        <translation>添加 libvirt 连接</translation>
    </message>
    <message>
        <source>Connection URI (for example qemu+ssh://user@host/system or test:///default):</source>
        <translation>连接 URI（例如 qemu+ssh://user@host/system 或 test:///default）：</translation>
    </message>
    <message>
        <source>Why did the attach fail?</source>
        <translation>附加为什么失败？</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Diagnose…</source>
        <translation>诊断(&amp;D)…</translation>
    </message>
    <message>
        <source>Diagnose the failed attach</source>
        <translation>诊断失败的附加操作</translation>
    </message>
    <message>
        <source>The attach failed: %1</source>
        <translation>附加失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n assignment(s)</source>
        <translation>
            <numerusform>正在维持 %n 项分配</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignments kept by the agent</source>
        <translation>由代理维持的分配</translation>
    </message>
    <message>
        <source>Which guest gets it?</source>
        <translation>交给哪台虚拟机？</translation>
    </message>
    <message>
        <source>%1 (%2) is assigned to several running guests. Which one should get it, now and next time?</source>
        <translation>%1（%2）已分配给多台正在运行的虚拟机。现在和以后应交给哪一台？</translation>
    </message>
    <message>
        <source>Start the assignment &amp;agent at login</source>
        <translation>登录时启动分配代理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The system's</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes when Plugboard starts again.</source>
        <translation>语言将在 Plugboard 下次启动时更改。</translation>
    </message>
    <message>
        <source>This is the demo: nothing on this computer changes.</source>
        <translation>这是演示：本机上的任何东西都不会改变。</translation>
    </message>
    <message>
        <source>This bundle describes another computer: its fixes are for that one.</source>
        <translation>此诊断包描述的是另一台计算机：其中的修复适用于那台计算机。</translation>
    </message>
    <message>
        <source>Plugboard — demo</source>
        <translation>Plugboard — 演示</translation>
    </message>
    <message>
        <source>Demo: a sample host and libvirt's test guests; nothing on this computer changes.</source>
        <translation>演示：示例主机和 libvirt 的测试虚拟机；本机上的任何东西都不会改变。</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <extracomment>The status bar: "%n controllers", "%n devices", "following hotplug" or not.</extracomment>
        <translation>%1，%2 — %3</translation>
    </message>
    <message>
        <source>Assignments not kept: no private runtime folder</source>
        <translation>未保持分配：没有私有运行时文件夹</translation></message>
</context>
<context>
    <name>plugboard::ui::PowerBudgetBar</name>
    <message>
        <source>Power budget unknown</source>
        <translation>供电预算未知</translation>
    </message>
    <message numerus="yes">
        <source>%1 mA requested of %2 mA available on %n port(s)</source>
        <translation>
            <numerusform>%n 个端口共可提供 %2 mA，已请求 %1 mA</numerusform>
        </translation>
    </message>
    <message>
        <source>(bus-powered hub: 100 mA per port)</source>
        <translation>（总线供电集线器：每个端口 100 mA）</translation>
    </message>
    <message>
        <source>— over budget: devices may fail to configure; use a self-powered hub.</source>
        <translation>— 超出预算：设备可能无法完成配置；请使用自供电集线器。</translation>
    </message>
    <message>
        <source>%1 / %2 mA</source>
        <translation>%1 / %2 mA</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
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
        <translation>USB 设备已交给虚拟机</translation>
    </message>
    <message>
        <source>USB device not given to a guest</source>
        <translation>USB 设备未能交给虚拟机</translation>
    </message>
    <message>
        <source>Diagnose…</source>
        <translation>诊断…</translation>
    </message>
    <message>
        <source>&amp;Hide Plugboard</source>
        <translation>隐藏 Plugboard(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show Plugboard</source>
        <translation>显示 Plugboard(&amp;S)</translation>
    </message>
    <message>
        <source>Attach to %1</source>
        <translation>附加到 %1</translation>
    </message>
    <message>
        <source>No guest to give it to</source>
        <translation>没有可交给的虚拟机</translation>
    </message>
    <message>
        <source>No USB device is plugged in</source>
        <translation>未插入 USB 设备</translation>
    </message>
    <message>
        <source>Detach %1:%2 from %3</source>
        <translation>从 %3 分离 %1:%2</translation>
    </message>
    <message>
        <source>Assignments: not kept (no live host)</source>
        <translation>分配：未维持（没有实时主机）</translation>
    </message>
    <message numerus="yes">
        <source>Assignments: %n kept by this window</source>
        <translation>
            <numerusform>分配：%n 项由此窗口维持</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignments: %n kept by the agent</source>
        <translation>
            <numerusform>分配：%n 项由代理维持</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the agent at &amp;login</source>
        <translation>登录时启动代理(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>Plugboard: %n USB device(s)</source>
        <translation>
            <numerusform>Plugboard：%n 个 USB 设备</numerusform>
        </translation>
    </message>
    <message>
        <source>The agent starts at login (and now).</source>
        <translation>代理将在登录时启动（现在也已启动）。</translation>
    </message>
    <message>
        <source>The agent no longer starts at login.</source>
        <translation>代理不再在登录时启动。</translation>
    </message>
    <message>
        <source>systemctl --user could not change %1: %2</source>
        <translation>systemctl --user 无法更改 %1：%2</translation>
    </message>
    <message>
        <source>systemctl could not be started: %1</source>
        <translation>无法启动 systemctl：%1</translation>
    </message>
</context>
<context>
    <name>plugboard::vmware::VmwareFormat</name>
    <message>
        <source>no USB controller</source>
        <translation>没有 USB 控制器</translation>
    </message>
    <message>
        <source>%1 controller, %2 ports</source>
        <translation>%1 控制器，%2 个端口</translation>
    </message>
    <message>
        <source>connects automatically: %1</source>
        <translation>自动连接：%1</translation>
    </message>
</context>
<context>
    <name>plugboard::vmware::VmwareGuest</name>
    <message>
        <source>its lock directory %1 exists</source>
        <translation>存在其锁定目录 %1</translation>
    </message>
    <message>
        <source>vmware-vmx (process %1) runs it</source>
        <translation>vmware-vmx（进程 %1）正在运行它</translation>
    </message>
    <message>
        <source>The virtual machine is running (%1). VMware rewrites its .vmx when it shuts down, so Plugboard does not change it now: shut the VM down and try again, or use VMware's VM ▸ Removable Devices menu.</source>
        <translation>虚拟机正在运行（%1）。VMware 会在其关机时重写 .vmx 文件，因此 Plugboard 现在不会更改它：请关闭虚拟机后重试，或使用 VMware 的“虚拟机 ▸ 可移动设备”菜单。</translation>
    </message>
    <message>
        <source>The VM already connects %1:%2 automatically.</source>
        <translation>该虚拟机已会自动连接 %1:%2。</translation>
    </message>
    <message>
        <source>The device %1:%2 will be connected to this VM when it starts or when the device is plugged in.</source>
        <translation>设备 %1:%2 将在此虚拟机启动时或设备插入时连接到此虚拟机。</translation>
    </message>
    <message>
        <source>The VM has no automatic connection rule for %1:%2.</source>
        <translation>该虚拟机没有 %1:%2 的自动连接规则。</translation>
    </message>
    <message>
        <source>The VM no longer connects %1:%2 automatically.</source>
        <translation>该虚拟机不再自动连接 %1:%2。</translation>
    </message>
    <message>
        <source>USB 3 needs virtual hardware version 8 or later; this VM has version %1. Upgrade its compatibility in VMware first (VM ▸ Manage ▸ Change Hardware Compatibility); older VMware versions then cannot open it.</source>
        <translation>USB 3 需要虚拟硬件版本 8 或更高版本；此虚拟机的版本为 %1。请先在 VMware 中升级其兼容性（虚拟机 ▸ 管理 ▸ 更改硬件兼容性）；升级后，旧版 VMware 将无法打开它。</translation>
    </message>
    <message>
        <source>The controller is already enabled.</source>
        <translation>该控制器已启用。</translation>
    </message>
    <message>
        <source>A USB 3 controller was added to the VM.</source>
        <translation>已为虚拟机添加 USB 3 控制器。</translation>
    </message>
    <message>
        <source>A USB 2 controller was added to the VM.</source>
        <translation>已为虚拟机添加 USB 2 控制器。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>无需更改。</translation>
    </message>
    <message>
        <source>Keyboards, mice and other HID devices can now be given to this VM.</source>
        <translation>现在可以将键盘、鼠标和其他 HID 设备交给此虚拟机。</translation>
    </message>
    <message>
        <source>HID devices are no longer offered to this VM.</source>
        <translation>不再向此虚拟机提供 HID 设备。</translation>
    </message>
    <message>
        <source>%1 is running. VMware has no public interface for connecting a device to a running VM: use VMware's VM ▸ Removable Devices menu now, or shut the VM down and let Plugboard add an automatic connection rule so the device connects whenever the VM starts or the device is plugged in.</source>
        <translation>%1 正在运行。VMware 没有可将设备连接到运行中虚拟机的公开接口：请现在使用 VMware 的“虚拟机 ▸ 可移动设备”菜单，或关闭虚拟机，让 Plugboard 添加一条自动连接规则，这样每当虚拟机启动或设备插入时，设备都会自动连接。</translation>
    </message>
    <message>
        <source>USB arbitrator running</source>
        <translation>USB 仲裁服务正在运行</translation>
    </message>
    <message>
        <source>USB arbitrator not running</source>
        <translation>USB 仲裁服务未运行</translation>
    </message>
    <message>
        <source>vmmon and vmnet loaded</source>
        <translation>vmmon 和 vmnet 已加载</translation>
    </message>
    <message>
        <source>vmmon/vmnet not loaded</source>
        <translation>vmmon/vmnet 未加载</translation>
    </message>
    <message>
        <source>This virtual machine is encrypted: its USB settings are inside the encrypted part of %1, so Plugboard cannot change them and does not write keys beside it. Change them in VMware (VM ▸ Settings ▸ USB Controller) with the VM's password.</source>
        <translation>此虚拟机已加密：其 USB 设置位于 %1 的加密部分中，因此 Plugboard 无法更改它们，也不会在旁边写入键。请在 VMware 中（VM ▸ Settings ▸ USB Controller）使用虚拟机密码更改。</translation></message>
</context>
<context>
    <name>plugboard::vmware::VmxDocument</name>
    <message>
        <source>it is not of the form key = "value"</source>
        <translation>它不是 key = "value" 的形式</translation>
    </message>
    <message>
        <source>its value has no closing quote</source>
        <translation>其值缺少右引号</translation>
    </message>
    <message>
        <source>there is text after the closing quote</source>
        <translation>右引号后还有文本</translation>
    </message>
    <message>
        <source>The file is %1 bytes long; a .vmx file is a few kilobytes, so this is not one.</source>
        <translation>该文件长 %1 字节；.vmx 文件通常只有几 KB，因此它不是 .vmx 文件。</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), so it is not a .vmx file.</source>
        <translation>该文件包含二进制数据（NUL 字节），因此不是 .vmx 文件。</translation>
    </message>
    <message>
        <source>Line %1 is %2 bytes long, far longer than any .vmx setting.</source>
        <translation>第 %1 行长 %2 字节，远超任何 .vmx 设置的长度。</translation>
    </message>
    <message>
        <source>Line %1 cannot be read: %2.</source>
        <translation>无法读取第 %1 行：%2。</translation>
    </message>
    <message>
        <source>The file declares the encoding "%1", which Plugboard cannot read.</source>
        <translation>该文件声明的编码为“%1”，Plugboard 无法读取这种编码。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>"%1" cannot be written in this file's encoding (%2).</source>
        <translation>无法以此文件的编码（%2）写入“%1”。</translation>
    </message>
    <message>
        <source>This document has no file to save to.</source>
        <translation>此文档没有可保存到的文件。</translation>
    </message>
    <message>
        <source>%1 was changed by another program after Plugboard read it, so it was not overwritten. Reload it and try again.</source>
        <translation>%1 在 Plugboard 读取后已被其他程序更改，因此未将其覆盖。请重新加载后再试。</translation>
    </message>
    <message>
        <source>%1 was changed by another program while Plugboard wrote it, so it was not overwritten. Reload it and try again.</source>
        <translation>在 Plugboard 写入 %1 时，另一个程序修改了它，因此未覆盖。请重新加载后重试。</translation></message>
    <message>
        <source>VMware has %1 open (its .lck folder holds locks): VMware rewrites it when the VM stops, so Plugboard does not change it now. Shut the VM down and try again.</source>
        <translation>VMware 已打开 %1（其 .lck 文件夹中有锁）：虚拟机停止时 VMware 会重写该文件，因此 Plugboard 现在不更改它。请关闭虚拟机后重试。</translation></message>
    <message>
        <source>%1 is an encrypted virtual machine: its USB settings are inside the encrypted part, and keys written beside it would be ignored or leak. Change them in VMware with the VM's password.</source>
        <translation>%1 是加密的虚拟机：其 USB 设置位于加密部分中，在旁边写入的键会被忽略或泄露。请在 VMware 中使用虚拟机密码更改。</translation></message>
</context>
<context>
    <name>plugboardctl</name>
    <message>
        <source>Run 'plugboardctl --help' for usage.</source>
        <translation>运行 'plugboardctl --help' 查看用法。</translation>
    </message>
    <message>
        <source>Show the host's USB controllers, ports and devices.</source>
        <translation>显示主机的 USB 控制器、端口和设备。</translation>
    </message>
    <message>
        <source>Read every host file under DIR instead of /.</source>
        <translation>从 DIR 而不是 / 读取所有主机文件。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Hide empty ports in the text tree.</source>
        <translation>在文本树中隐藏空端口。</translation>
    </message>
    <message>
        <source>'devices' takes no arguments, got '%1'.</source>
        <translation>'devices' 不接受参数，但收到了 '%1'。</translation>
    </message>
    <message>
        <source>--root needs a directory.</source>
        <translation>--root 需要一个目录。</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>未知命令 '%1'。</translation>
    </message>
    <message>
        <source>List KVM (libvirt) guests with their USB controllers and devices.</source>
        <translation>列出 KVM（libvirt）虚拟机及其 USB 控制器和设备。</translation>
    </message>
    <message>
        <source>Write one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <source>A libvirt URI (repeatable; replaces the defaults).</source>
        <translation>libvirt URI（可重复指定；将取代默认值）。</translation>
    </message>
    <message>
        <source>A VMware .vmx file (repeatable).</source>
        <translation>VMware .vmx 文件（可重复指定）。</translation>
    </message>
    <message>
        <source>'guests' takes no arguments, got '%1'.</source>
        <translation>'guests' 不接受参数，但收到了 '%1'。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>VMware has no interface for live USB connection; an automatic connection rule applies when the VM starts.</source>
        <translation>VMware 没有实时连接 USB 设备的接口；自动连接规则将在虚拟机启动时生效。</translation>
    </message>
    <message>
        <source>Give a host USB device to a guest.</source>
        <translation>将主机 USB 设备交给虚拟机。</translation>
    </message>
    <message>
        <source>Take a USB device back from a guest.</source>
        <translation>从虚拟机收回 USB 设备。</translation>
    </message>
    <message>
        <source>Kernel name (1-1.4) or vid:pid[:serial].</source>
        <translation>内核名称（1-1.4）或 vid:pid[:serial]。</translation>
    </message>
    <message>
        <source>URI#name, a bare guest name, or a .vmx file.</source>
        <translation>URI#name、单独的虚拟机名称，或 .vmx 文件。</translation>
    </message>
    <message>
        <source>Only the running guest.</source>
        <translation>仅正在运行的虚拟机。</translation>
    </message>
    <message>
        <source>Only the persistent definition.</source>
        <translation>仅持久定义。</translation>
    </message>
    <message>
        <source>The running guest and its definition.</source>
        <translation>正在运行的虚拟机及其定义。</translation>
    </message>
    <message>
        <source>'%1' needs DEVICE and GUEST.</source>
        <translation>'%1' 需要 DEVICE 和 GUEST 参数。</translation>
    </message>
    <message>
        <source>Give at most one of --live, --config and --both.</source>
        <translation>--live、--config 和 --both 最多只能指定一个。</translation>
    </message>
    <message>
        <source>'%1' is not a device: give a kernel name such as 1-1.4 or vid:pid[:serial].</source>
        <translation>'%1' 不是设备：请提供内核名称（如 1-1.4）或 vid:pid[:serial]。</translation>
    </message>
    <message>
        <source>The device in question (kernel name).</source>
        <translation>要检查的设备（内核名称）。</translation>
    </message>
    <message>
        <source>The port where a device never appears.</source>
        <translation>设备从未出现的端口。</translation>
    </message>
    <message>
        <source>The guest (URI#name, name or .vmx).</source>
        <translation>虚拟机（URI#name、名称或 .vmx）。</translation>
    </message>
    <message>
        <source>Find out why a guest does not see a USB device.</source>
        <translation>找出虚拟机看不到 USB 设备的原因。</translation>
    </message>
    <message>
        <source>Diagnose a bundle collected elsewhere.</source>
        <translation>诊断在其他地方收集的诊断包。</translation>
    </message>
    <message>
        <source>'diagnose' takes no arguments, got '%1'.</source>
        <translation>'diagnose' 不接受参数，但收到了 '%1'。</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>not checked: %1 (%2)</source>
        <translation>未检查：%1（%2）</translation>
    </message>
    <message>
        <source>Write a diagnostic bundle to DIR for a bug report.</source>
        <translation>将诊断包写入 DIR，用于提交错误报告。</translation>
    </message>
    <message>
        <source>A new or empty directory.</source>
        <translation>新目录或空目录。</translation>
    </message>
    <message>
        <source>Also pack it as DIR.tar.gz.</source>
        <translation>同时打包为 DIR.tar.gz。</translation>
    </message>
    <message>
        <source>Replace serial numbers, user and host names.</source>
        <translation>替换序列号、用户名和主机名。</translation>
    </message>
    <message>
        <source>'collect' needs exactly one DIR.</source>
        <translation>'collect' 需要恰好一个 DIR。</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>诊断包已写入 %1</translation>
    </message>
    <message>
        <source>Usage: plugboardctl COMMAND [OPTIONS]

Commands:
  devices [--json] [--root DIR]
      the host's USB controllers, ports and devices
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

Run 'plugboardctl COMMAND --help' for a command's options.
</source>
        <translation>用法：plugboardctl COMMAND [OPTIONS]

命令：
  devices [--json] [--root DIR]
      主机的 USB 控制器、端口和设备
  guests [--json] [--connect URI]... [--vmx FILE]...
      KVM（libvirt）和 VMware 虚拟机及其 USB 控制器和设备
  attach DEVICE GUEST [--live|--config|--both] [--connect URI]...
  detach DEVICE GUEST [--live|--config|--both] [--connect URI]...
      将主机设备交给虚拟机，或将其收回
  diagnose [--device D] [--port P] [--guest G] [--bundle DIR] [--json] [--connect URI]...
      找出虚拟机看不到设备的原因
  collect DIR [--archive] [--redact] [--device D] [--guest G] [--connect URI]...
      写入诊断包，用于提交错误报告
  assign DEVICE|PORT GUEST [--persistent] [--prefer]
  unassign DEVICE|PORT [GUEST]
  assignments [--json]
      始终将某个设备或插入某个端口的任何设备交给虚拟机
  agent
      维持各项分配（由 systemd 用户单元 plugboard-agent.service 运行）

运行 'plugboardctl COMMAND --help' 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>%1 is mounted (%2): giving it to a guest would yank the filesystem and lose data. Unmount it first, or add --unmount.</source>
        <translation>%1 已挂载（%2）：将其交给虚拟机会强行拔走文件系统并丢失数据。请先卸载，或加上 --unmount。</translation>
    </message>
    <message>
        <source>Unmount the device's filesystems safely first (UDisks2, else the helper).</source>
        <translation>先安全卸载设备的文件系统（UDisks2，否则使用辅助程序）。</translation>
    </message>
    <message>
        <source>%1 — to find out why: plugboardctl diagnose --device %2 --guest %3</source>
        <translation>%1 — 查明原因：plugboardctl diagnose --device %2 --guest %3</translation>
    </message>
    <message>
        <source>Unmounted /dev/%1 (through %2).</source>
        <translation>已卸载 /dev/%1（通过 %2）。</translation>
    </message>
    <message>
        <source>Write one JSON document (the contract in docs/cli.md).</source>
        <translation>输出一个 JSON 文档（遵循 docs/cli.md 中的约定）。</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>explained by %1: </source>
        <translation>由 %1 解释：</translation>
    </message>
</context>
</TS>