<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>The file %1 is missing or was moved.</source>
        <translation>文件 %1 不存在或已被移动。</translation>
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
        <source>&apos;%1&apos; is neither a device (1-1.4, vid:pid[:serial]) nor a port (usb1-port4, 1-1-port2).</source>
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
        <source>&quot;assignments&quot; is not a list</source>
        <translation>&quot;assignments&quot; 不是列表</translation>
    </message>
    <message>
        <source>&quot;preferences&quot; is not an object</source>
        <translation>&quot;preferences&quot; 不是对象</translation>
    </message>
    <message>
        <source>The assignments were not saved: %1</source>
        <translation>分配未保存：%1</translation>
    </message>
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
        <source>%1 (%2) is assigned to %3, and more than one of them is running: choose one in Plugboard&apos;s window, or with &apos;plugboardctl assign %2 GUEST --prefer&apos;.</source>
        <translation>%1（%2）已分配给 %3，且其中不止一台正在运行：请在 Plugboard 窗口中选择一台，或使用 &apos;plugboardctl assign %2 GUEST --prefer&apos;。</translation>
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
        <translation>不执行分配：%1</translation>
    </message>
</context>
<context>
    <name>plugboard::attaching::AttachService</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Plugboard stopped before the request finished.</source>
        <translation>Plugboard 在请求完成前已停止。</translation>
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
        <source>Attach %1</source>
        <translation>附加 %1</translation>
    </message>
    <message>
        <source>The device %1 is no longer plugged in.</source>
        <translation>设备 %1 已被拔出。</translation>
    </message>
    <message>
        <source>There is no guest %1.</source>
        <translation>没有虚拟机 %1。</translation>
    </message>
    <message>
        <source>%1 is a USB hub; a hub cannot be passed to a guest. Drag the devices behind it instead, or assign one of its ports (right-click the port).</source>
        <translation>%1 是 USB 集线器；集线器无法交给虚拟机。请改为拖动其下的设备，或分配它的某个端口（右键单击该端口）。</translation>
    </message>
    <message>
        <source>/dev/%1 is in use as swap</source>
        <translation>/dev/%1 正用作交换空间</translation>
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
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>In the demo nothing on this computer is unmounted: here UDisks2 would now unmount %1 safely, and a busy filesystem would stop the attach.</source>
        <translation>演示模式下不会卸载本机上的任何东西：此时 UDisks2 会安全卸载 %1，若文件系统正忙则会阻止附加。</translation>
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
        <source>The guest&apos;s USB controller is too slow</source>
        <translation>虚拟机的 USB 控制器太慢</translation>
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
        <source>Attach %1 to %2</source>
        <translation>将 %1 附加到 %2</translation>
    </message>
    <message>
        <source>attach of %1 to %2</source>
        <translation>将 %1 附加到 %2</translation>
    </message>
    <message>
        <source>VMware&apos;s guests are not known here.</source>
        <translation>此处不知道 VMware 的客户机。</translation>
    </message>
    <message>
        <source>rule for %1:%2</source>
        <translation>%1:%2 的规则</translation>
    </message>
    <message>
        <source>Detach %1 from %2</source>
        <translation>从 %2 分离 %1</translation>
    </message>
    <message>
        <source>detach of %1 from %2</source>
        <translation>从 %2 分离 %1</translation>
    </message>
    <message>
        <source>Remove the stale entry %1 from %2</source>
        <translation>从 %2 删除过时条目 %1</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3</source>
        <translation>将 %1 从 %2 移到 %3</translation>
    </message>
    <message>
        <source>move of %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Make %1 persistent on %2</source>
        <translation>使 %1 在 %2 上持久保留</translation>
    </message>
    <message>
        <source>Attach network USB from %1 to %2</source>
        <translation>将来自 %1 的网络 USB 附加到 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host:port (for example 192.168.1.5:4000).</source>
        <translation>“%1”不是 host:port 格式（例如 192.168.1.5:4000）。</translation>
    </message>
    <message>
        <source>Make %1 optional at the start of %2</source>
        <translation>使 %1 在 %2 启动时为可选</translation>
    </message>
    <message>
        <source>Add a SPICE USB redirection channel to %1</source>
        <translation>为 %1 添加 SPICE USB 重定向通道</translation>
    </message>
    <message>
        <source>Attach %1:%2 to %3</source>
        <translation>将 %1:%2 附加到 %3</translation>
    </message>
    <message>
        <source>Remove the rule for %1:%2 from %3</source>
        <translation>从 %3 中删除 %1:%2 的规则</translation>
    </message>
    <message>
        <source>release of %1:%2</source>
        <translation>释放 %1:%2</translation>
    </message>
    <message>
        <source>Enable USB %1 on %2</source>
        <translation>在 %2 上启用 USB %1</translation>
    </message>
    <message>
        <source>Allow HID on %1</source>
        <translation>在 %1 上允许 HID</translation>
    </message>
    <message>
        <source>Always give %1 to %2</source>
        <translation>始终将 %1 分配给 %2</translation>
    </message>
    <message>
        <source>Assignments are kept only for this computer&apos;s own USB devices.</source>
        <translation>只有本机自己的 USB 设备才会保持分配。</translation>
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
        <source>VMware&apos;s rules name devices by vendor and product: assign a device, not a port.</source>
        <translation>VMware 的规则按厂商和产品标识设备：请分配设备，而不是端口。</translation>
    </message>
    <message>
        <source>From boot too?</source>
        <translation>启动时也附加吗？</translation>
    </message>
    <message>
        <source>Also keep %1 in the guest&apos;s definition, so it is there from the guest&apos;s start? (It never stops the guest from starting when it is unplugged.)</source>
        <translation>是否同时将 %1 保留在虚拟机的定义中，使其在虚拟机启动时即已就位？（设备未插入时也绝不会妨碍虚拟机启动。）</translation>
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
        <source>Unmounted /dev/%1 (through %2).</source>
        <translation>已卸载 /dev/%1（通过 %2）。</translation>
    </message>
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
        <translation>%1 中的诊断包不完整；请删除它。</translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::BundleArchive</name>
    <message>
        <source>a device node</source>
        <translation>一个设备节点</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>一个命名管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>an entry of an unknown kind</source>
        <translation>一个未知类型的条目</translation>
    </message>
    <message>
        <source>%1 is not a readable archive: %2</source>
        <translation>%1 不是可读取的归档：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 holds more than %2 entries; a bundle has far fewer.</source>
        <translation>%1 包含超过 %2 个条目；诊断包远没有这么多。</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, a path outside the bundle.</source>
        <translation>%1 包含 &quot;%2&quot;，这是诊断包之外的路径。</translation>
    </message>
    <message>
        <source>%1 holds a hard link (&quot;%2&quot;); bundles have none.</source>
        <translation>%1 包含硬链接（&quot;%2&quot;）；诊断包中没有硬链接。</translation>
    </message>
    <message>
        <source>%1 holds a link &quot;%2&quot; that leads outside the bundle (%3).</source>
        <translation>%1 包含指向诊断包之外的链接 &quot;%2&quot;（%3）。</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot; of %3 bytes, more than a bundle&apos;s file can be.</source>
        <translation>%1 包含 %3 字节的 &quot;%2&quot;，超出诊断包中文件的上限。</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MiB; a bundle is far smaller, so it was not unpacked.</source>
        <translation>%1 解包后超过 %2 MiB；诊断包远小于此，因此未解包。</translation>
    </message>
    <message>
        <source>%1 holds %2 (&quot;%3&quot;); bundles have none, so it was not unpacked.</source>
        <translation>%1 包含%2（&quot;%3&quot;）；诊断包中没有这类条目，因此未解包。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Packing the bundle into %1 failed: %2</source>
        <translation>将诊断包打包到 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>plugboard::diagnostics::Checks</name>
    <message>
        <source>The guest refuses to start because a USB device in its definition is not plugged in.</source>
        <translation>虚拟机拒绝启动，因为其定义中的某个 USB 设备未插入。</translation>
    </message>
    <message>
        <source>Mark the device optional (startupPolicy=&apos;optional&apos;).</source>
        <translation>将该设备标记为可选（startupPolicy=&apos;optional&apos;）。</translation>
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
        <source>The guest&apos;s driver resets the device, which can make it vanish.</source>
        <translation>虚拟机的驱动程序会复位该设备，这可能导致设备消失。</translation>
    </message>
    <message>
        <source>Set &lt;source guestReset=&apos;off&apos;&gt; on the device.</source>
        <translation>在该设备上设置 &lt;source guestReset=&apos;off&apos;&gt;。</translation>
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
        <source>Run &apos;setsebool -P virt_use_usb on&apos; (an administrator decision, never automatic).</source>
        <translation>运行 &apos;setsebool -P virt_use_usb on&apos;（这需要管理员来决定，绝不会自动执行）。</translation>
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
        <source>Rebind the controller&apos;s driver (xhci_pci) or restart the computer.</source>
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
        <source>QEMU refused a device because the guest&apos;s USB controller is slower than the device.</source>
        <translation>QEMU 拒绝了某个设备，因为虚拟机的 USB 控制器比该设备慢。</translation>
    </message>
    <message>
        <source>Switch the guest&apos;s controller to qemu-xhci (takes effect at next start).</source>
        <translation>将虚拟机的控制器切换为 qemu-xhci（下次启动时生效）。</translation>
    </message>
    <message>
        <source>a SuperSpeed device with %1 cannot run on the guest&apos;s USB 2 controller</source>
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
        <source>The guest&apos;s USB controller cannot serve this device: %1.</source>
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
        <source>%1: &lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt;</source>
        <translation>%1：&lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt;</translation>
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
        <source>Set ports=&apos;15&apos; on its qemu-xhci controller or add a USB hub, then restart the guest.</source>
        <translation>请在其 qemu-xhci 控制器上设置 ports=&apos;15&apos;，或添加一个 USB 集线器，然后重启虚拟机。</translation>
    </message>
    <message>
        <source>%1 domcapabilities: no USB host device passthrough (&lt;hostdev&gt; subsysType usb)</source>
        <translation>%1 domcapabilities：不支持 USB 主机设备直通（&lt;hostdev&gt; subsysType usb）</translation>
    </message>
    <message>
        <source>%1 domcapabilities: &lt;redirdev supported=&apos;no&apos;&gt;</source>
        <translation>%1 domcapabilities：&lt;redirdev supported=&apos;no&apos;&gt;</translation>
    </message>
    <message>
        <source>This QEMU lacks USB passthrough or redirection.</source>
        <translation>此 QEMU 不支持 USB 直通或重定向。</translation>
    </message>
    <message>
        <source>Install your distribution&apos;s QEMU USB modules (usb-host, usbredir).</source>
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
        <source>Add a udev rule with TAG+=&quot;uaccess&quot; for the device, or use qemu:///system, or SPICE USB redirection.</source>
        <translation>请为该设备添加一条带 TAG+=&quot;uaccess&quot; 的 udev 规则，或改用 qemu:///system，或使用 SPICE USB 重定向。</translation>
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
        <source>Allow it with &apos;usbguard allow-device&apos; (add -p to make it permanent).</source>
        <translation>请用 &apos;usbguard allow-device&apos; 允许该设备（加上 -p 可使其永久生效）。</translation>
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
        <source>Run &apos;usbip unbind --busid %1&apos;.</source>
        <translation>请运行 &apos;usbip unbind --busid %1&apos;。</translation>
    </message>
    <message>
        <source>A host driver kept part of the device, so it only half works in the guest.</source>
        <translation>主机驱动程序占用了设备的一部分，因此它在虚拟机中只能部分工作。</translation>
    </message>
    <message>
        <source>Unbind that interface&apos;s driver — careful: this is a keyboard or mouse the host uses.</source>
        <translation>解除该接口驱动程序的绑定——注意：这是主机正在使用的键盘或鼠标。</translation>
    </message>
    <message>
        <source>Unbind that interface&apos;s driver (needs administrator rights).</source>
        <translation>解除该接口驱动程序的绑定（需要管理员权限）。</translation>
    </message>
    <message>
        <source>The system guest lost access to the device after it was re-plugged.</source>
        <translation>设备重新插拔后，系统虚拟机失去了对它的访问权限。</translation>
    </message>
    <message>
        <source>Re-attach the device through libvirt so it sets the node&apos;s owner and namespace again.</source>
        <translation>通过 libvirt 重新附加该设备，使其重新设置设备节点的所有者和命名空间。</translation>
    </message>
    <message>
        <source>Check user, group and dynamic_ownership in /etc/libvirt/qemu.conf.</source>
        <translation>请检查 /etc/libvirt/qemu.conf 中的 user、group 和 dynamic_ownership。</translation>
    </message>
    <message>
        <source>%1 has SPICE graphics but no &lt;redirdev bus=&apos;usb&apos; type=&apos;spicevmc&apos;/&gt;</source>
        <translation>%1 使用 SPICE 图形，但没有 &lt;redirdev bus=&apos;usb&apos; type=&apos;spicevmc&apos;/&gt;</translation>
    </message>
    <message>
        <source>The guest has no free SPICE USB redirection channel.</source>
        <translation>虚拟机没有空闲的 SPICE USB 重定向通道。</translation>
    </message>
    <message>
        <source>Add one &lt;redirdev bus=&apos;usb&apos; type=&apos;spicevmc&apos;/&gt; per device to redirect at once (each takes a USB port).</source>
        <translation>需要同时重定向几个设备，就添加几个 &lt;redirdev bus=&apos;usb&apos; type=&apos;spicevmc&apos;/&gt;（每个占用一个 USB 端口）。</translation>
    </message>
    <message>
        <source>the SPICE ACL helper&apos;s permissions were not recorded</source>
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
        <source>Reinstall the spice-client-glib USB ACL helper (it must be setuid root) and allow polkit&apos;s org.spice-space.lowlevelusbaccess.</source>
        <translation>请重新安装 spice-client-glib USB ACL 辅助程序（它必须是 setuid root），并在 polkit 中允许 org.spice-space.lowlevelusbaccess。</translation>
    </message>
    <message>
        <source>The guest&apos;s redirection filter refuses this device.</source>
        <translation>虚拟机的重定向过滤器拒绝了此设备。</translation>
    </message>
    <message>
        <source>&lt;usbdev class=&apos;%1&apos; vendor=&apos;%2&apos; product=&apos;%3&apos; allow=&apos;no&apos;/&gt; matches %4:%5</source>
        <translation>&lt;usbdev class=&apos;%1&apos; vendor=&apos;%2&apos; product=&apos;%3&apos; allow=&apos;no&apos;/&gt; 匹配 %4:%5</translation>
    </message>
    <message>
        <source>Edit the guest&apos;s &lt;redirfilter&gt; to allow it.</source>
        <translation>请编辑虚拟机的 &lt;redirfilter&gt; 以允许该设备。</translation>
    </message>
    <message>
        <source>Another VMware VM connects this device automatically and may grab it first.</source>
        <translation>另一台 VMware 虚拟机会自动连接此设备，可能会抢先占用它。</translation>
    </message>
    <message>
        <source>Remove that VM&apos;s automatic connection rule (with that VM off).</source>
        <translation>请删除那台虚拟机的自动连接规则（需在其关机状态下进行）。</translation>
    </message>
    <message>
        <source>usb.present is not &quot;TRUE&quot;</source>
        <translation>usb.present 不是 &quot;TRUE&quot;</translation>
    </message>
    <message>
        <source>a high-speed device, and ehci.present is not &quot;TRUE&quot;</source>
        <translation>高速设备，但 ehci.present 不是 &quot;TRUE&quot;</translation>
    </message>
    <message>
        <source>a SuperSpeed device, and usb_xhci.present is not &quot;TRUE&quot; (virtualHW.version %1)</source>
        <translation>超高速设备，但 usb_xhci.present 不是 &quot;TRUE&quot;（virtualHW.version %1）</translation>
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
        <source>%1 has a HID interface; usb.generic.allowHID is not &quot;TRUE&quot;</source>
        <translation>%1 带有 HID 接口；usb.generic.allowHID 不是 &quot;TRUE&quot;</translation>
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
        <source>VMware&apos;s USB arbitrator is not running, so VMware sees no USB device.</source>
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
        <source>Start libvirtd or virtqemud; if access is denied, join the &apos;libvirt&apos; group.</source>
        <translation>请启动 libvirtd 或 virtqemud；如果访问被拒绝，请加入 &apos;libvirt&apos; 组。</translation>
    </message>
    <message>
        <source>/proc/modules was not read</source>
        <translation>未读取 /proc/modules</translation>
    </message>
    <message>
        <source>VMware&apos;s kernel modules are not loaded, so its VMs will not start.</source>
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
        <source>no rule of %1&apos;s &lt;redirfilter&gt; allows %2:%3</source>
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
        <source>the bundle lacks this guest&apos;s definition</source>
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
        <translation>一个命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>一个设备</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; it was not opened.</source>
        <translation>%1 是%2，不是文件；未打开它。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; it was not read.</source>
        <translation>%1 是%2，不是文件；未读取它。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long, more than the %3 bytes such a file can be.</source>
        <translation>%1 长 %2 字节，超过此类文件的上限 %3 字节。</translation>
    </message>
    <message>
        <source>%1 grew past %2 bytes while it was read.</source>
        <translation>%1 在读取时增长超过了 %2 字节。</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 是指向不存在文件的链接。</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; it was not replaced.</source>
        <translation>%1 是%2，不是文件；未替换它。</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2); replacing it would make it yours, so it was not changed. Ask its owner, or copy it.</source>
        <translation>%1 属于另一个用户（uid %2）；替换它会使其归您所有，因此未更改。请询问其所有者，或复制一份。</translation>
    </message>
    <message>
        <source>Cannot write next to %1: %2. Nothing was changed.</source>
        <translation>无法在 %1 旁写入：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. The previous file is unchanged.</source>
        <translation>写入 %1 失败：%2。原文件保持不变。</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2. Nothing was changed.</source>
        <translation>无法设置 %1 的权限：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot keep the owner of %1: %2. Nothing was changed.</source>
        <translation>无法保留 %1 的所有者：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot keep a backup of %1, so it was not changed.</source>
        <translation>无法保留 %1 的备份，因此未更改它。</translation>
    </message>
    <message>
        <source>Replacing %1 failed: %2. The previous file is unchanged.</source>
        <translation>替换 %1 失败：%2。原文件保持不变。</translation>
    </message>
    <message>
        <source>%1 was replaced, but its folder could not be synced: %2.</source>
        <translation>%1 已替换，但其所在文件夹无法同步：%2。</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a link, not a folder; it could lead anywhere.</source>
        <translation>%1 是链接而不是文件夹；它可能指向任何地方。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>%1 belongs to user %2, not to you (%3); another user could hold or read what Plugboard keeps there. Remove it or set XDG_RUNTIME_DIR to a folder of your own.</source>
        <translation>%1 属于用户 %2，而不是您（%3）；其他用户可能占用或读取 Plugboard 存放在那里的内容。请删除它，或将 XDG_RUNTIME_DIR 设为您自己的文件夹。</translation>
    </message>
    <message>
        <source>%1 can be entered by other users (mode %2); it must be 0700.</source>
        <translation>其他用户可以进入 %1（权限 %2）；它必须是 0700。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot lock %1 for writing (%2); the file was not changed.</source>
        <translation>无法锁定 %1 以写入（%2）；文件未更改。</translation>
    </message>
    <message>
        <source>%1 is being changed by another Plugboard process (the window, the agent or a command); try again in a moment.</source>
        <translation>%1 正被另一个 Plugboard 进程（窗口、代理或命令）修改；请稍后重试。</translation>
    </message>
    <message>
        <source>%1 is a link or not a folder; a bundle goes into a new or empty folder of yours.</source>
        <translation>%1 是链接或不是文件夹；诊断包只能写入您自己的新文件夹或空文件夹。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 belongs to another user; a bundle goes into a new folder or an empty one of yours.</source>
        <translation>%1 属于另一个用户；诊断包只能写入新文件夹或您自己的空文件夹。</translation>
    </message>
    <message>
        <source>%1 is not empty; a bundle goes into a new or empty directory.</source>
        <translation>%1 不为空；诊断包只能写入新目录或空目录。</translation>
    </message>
    <message>
        <source>Cannot restrict %1 to you: %2</source>
        <translation>无法将 %1 限制为仅您可用：%2</translation>
    </message>
    <message>
        <source>Cannot create %1/%2: %3</source>
        <translation>无法创建 %1/%2：%3</translation>
    </message>
    <message>
        <source>Cannot write %1/%2: %3</source>
        <translation>无法写入 %1/%2：%3</translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
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
        <source>&apos;%1&apos; is not a device: give a kernel name such as 1-1.4 or an identity such as 0781:5567[:SERIAL].</source>
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
    <name>plugboard::host::HelperLauncher</name>
    <message>
        <source>Plugboard has no way to start its administrator helper (plugboard-helper), which this needs. Reinstall Plugboard.</source>
        <translation>Plugboard 无法启动所需的管理员助手（plugboard-helper）。请重新安装 Plugboard。</translation>
    </message>
    <message>
        <source>plugboard-helper is not installed at %1, so nothing that needs administrator rights can be done from here. Reinstall Plugboard, or set the helper&apos;s full path (setting helper/path).</source>
        <translation>plugboard-helper 未安装在 %1，因此这里无法执行任何需要管理员权限的操作。请重新安装 Plugboard，或设置助手的完整路径（设置项 helper/path）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path: the helper&apos;s launcher is never looked up on PATH. Give its full path.</source>
        <translation>“%1”不是绝对路径：助手的启动程序从不在 PATH 中查找。请给出完整路径。</translation>
    </message>
    <message>
        <source>pkexec is not installed (%1), so plugboard-helper cannot ask for administrator rights. Install polkit&apos;s pkexec, or run this as root.</source>
        <translation>未安装 pkexec（%1），因此 plugboard-helper 无法请求管理员权限。请安装 polkit 的 pkexec，或以 root 身份运行。</translation>
    </message>
    <message>
        <source>%1 is missing or not executable, so plugboard-helper cannot be started.</source>
        <translation>%1 不存在或不可执行，因此无法启动 plugboard-helper。</translation>
    </message>
    <message>
        <source>Waiting for authorization to run plugboard-helper %1 (pkexec asks for an administrator&apos;s password)…</source>
        <translation>正在等待授权运行 plugboard-helper %1（pkexec 会要求输入管理员密码）…</translation>
    </message>
    <message>
        <source>Running plugboard-helper %1…</source>
        <translation>正在运行 plugboard-helper %1…</translation>
    </message>
    <message>
        <source>Stopped waiting for plugboard-helper %1: it runs as administrator and could not be stopped, so it may still finish.</source>
        <translation>已停止等待 plugboard-helper %1：它以管理员身份运行且无法停止，因此仍可能完成。</translation>
    </message>
    <message>
        <source>%1 could not be started: %2. Nothing was changed.</source>
        <translation>无法启动 %1：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>plugboard-helper %1: done.</source>
        <translation>plugboard-helper %1：完成。</translation>
    </message>
    <message>
        <source>Cancelled: plugboard-helper %1 was stopped before it finished.</source>
        <translation>已取消：plugboard-helper %1 在完成前被停止。</translation>
    </message>
    <message>
        <source>plugboard-helper %1 did not finish within %2 s and was stopped.</source>
        <translation>plugboard-helper %1 未在 %2 秒内完成，已被停止。</translation>
    </message>
    <message>
        <source>plugboard-helper %1 stopped unexpectedly (%2).</source>
        <translation>plugboard-helper %1 意外停止（%2）。</translation>
    </message>
    <message>
        <source>The authorization dialog was closed, so nothing was changed. Try again and enter an administrator&apos;s password.</source>
        <translation>授权对话框已关闭，因此未做任何更改。请重试并输入管理员密码。</translation>
    </message>
    <message>
        <source>pkexec did not run plugboard-helper (not authorized, or polkit failed), so nothing was changed: %1</source>
        <translation>pkexec 未运行 plugboard-helper（未获授权或 polkit 出错），因此未做任何更改：%1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>plugboard-helper %1 failed: %2</source>
        <translation>plugboard-helper %1 失败：%2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>Cancelled before plugboard-helper was started; nothing was changed.</source>
        <translation>在启动 plugboard-helper 之前已取消；未做任何更改。</translation>
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
        <source>This machine has no USB bus: /sys/bus/usb/devices is missing or empty. In a virtual machine, add a USB controller to it; in a container, the host&apos;s USB devices are not visible.</source>
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
        <source>&apos;%1&apos; is not a block device name.</source>
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
    <message>
        <source>UDisks2 was not allowed to unmount /dev/%1 (%2): someone else mounted it, or the password was not given. Unmount it in a file manager, or ask an administrator.</source>
        <translation>UDisks2 不被允许卸载 /dev/%1（%2）：它由其他人挂载，或未提供密码。请在文件管理器中卸载，或询问管理员。</translation>
    </message>
    <message>
        <source>UDisks2 is not running, and plugboard-helper could not be started: %1</source>
        <translation>UDisks2 未运行，且无法启动 plugboard-helper：%1</translation>
    </message>
    <message>
        <source>Nothing to unmount.</source>
        <translation>没有需要卸载的内容。</translation>
    </message>
    <message>
        <source>Still waiting for UDisks2 to unmount /dev/%1: it may be asking for a password, or a program is slow to let go…</source>
        <translation>仍在等待 UDisks2 卸载 /dev/%1：它可能在请求密码，或某个程序迟迟不释放…</translation>
    </message>
    <message>
        <source>Asking UDisks2 to unmount /dev/%1…</source>
        <translation>正在请求 UDisks2 卸载 /dev/%1…</translation>
    </message>
    <message>
        <source>Cancelled after /dev/%1 had been unmounted; nothing else was unmounted.</source>
        <translation>在 /dev/%1 卸载后已取消；未卸载其他内容。</translation>
    </message>
    <message>
        <source>Cancelled; nothing more was unmounted.</source>
        <translation>已取消；未再卸载其他内容。</translation>
    </message>
    <message>
        <source>Cancelled: Plugboard stopped waiting for UDisks2, which may still unmount /dev/%1. Nothing else was unmounted.</source>
        <translation>已取消：Plugboard 不再等待 UDisks2，后者仍可能卸载 /dev/%1。未卸载其他内容。</translation>
    </message>
    <message>
        <source>Cancelled before anything was unmounted.</source>
        <translation>在卸载任何内容之前已取消。</translation>
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
    <name>plugboard::libvirt::AccessProbe</name>
    <message>
        <source>libvirt is not installed, so there are no KVM guests to give devices to. Install libvirt (and virt-manager to create guests); VMware guests work without it.</source>
        <translation>未安装 libvirt，因此没有可分配设备的 KVM 客户机。请安装 libvirt（以及用于创建客户机的 virt-manager）；VMware 客户机无需它。</translation>
    </message>
    <message>
        <source>libvirt is installed but its service (%1) is not running, so the guests of this computer cannot be listed.</source>
        <translation>已安装 libvirt，但其服务（%1）未运行，因此无法列出本机的客户机。</translation>
    </message>
    <message>
        <source>libvirt runs, but you are not in the &quot;libvirt&quot; group, so it refuses to show you the system&apos;s guests (qemu:///system). Your own guests (qemu:///session) need no group.</source>
        <translation>libvirt 正在运行，但您不在“libvirt”组中，因此它拒绝向您显示系统的客户机（qemu:///system）。您自己的客户机（qemu:///session）不需要该组。</translation>
    </message>
    <message>
        <source>libvirt runs and you may use it; the connection failed for another reason (below).</source>
        <translation>libvirt 正在运行且您可以使用它；连接因其他原因失败（见下文）。</translation>
    </message>
</context>
<context>
    <name>plugboard::libvirt::DomainXml</name>
    <message>
        <source>The definition&apos;s root element is &lt;%1&gt;, not &lt;domain&gt;.</source>
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
    <name>plugboard::libvirt::LibvirtConnection</name>
    <message>
        <source>No answer from libvirt.</source>
        <translation>libvirt 没有应答。</translation>
    </message>
    <message numerus="yes">
        <source>libvirt at %1 did not answer within %n second(s); the change may still happen. Look at the guest again in a moment.</source>
        <translation>
            <numerusform>%1 上的 libvirt 未在 %n 秒内应答；更改仍可能发生。请稍后再查看客户机。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before libvirt answered.</source>
        <translation>在 libvirt 应答前，与 %1 的连接已关闭。</translation>
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
        <source>The guest&apos;s USB controller is now qemu-xhci (USB 3, 15 ports); it takes effect at the guest&apos;s next start.</source>
        <translation>虚拟机的 USB 控制器已改为 qemu-xhci（USB 3，15 个端口）；将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>A SPICE USB redirection channel was added; it takes effect at the guest&apos;s next start.</source>
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
        <source>The guest has no free USB port. Add a USB hub to the guest or raise its controller&apos;s port count (qemu-xhci supports up to 15), then restart the guest.</source>
        <translation>虚拟机没有空闲的 USB 端口。请为虚拟机添加 USB 集线器，或增加其控制器的端口数（qemu-xhci 最多支持 15 个），然后重启虚拟机。</translation>
    </message>
    <message>
        <source>USB is disabled in this guest (its controller model is &apos;none&apos;). Add a qemu-xhci USB controller to the guest and restart it.</source>
        <translation>此虚拟机中已禁用 USB（其控制器型号为 &apos;none&apos;）。请为虚拟机添加 qemu-xhci USB 控制器，然后重启虚拟机。</translation>
    </message>
    <message>
        <source>The guest&apos;s definition requires a USB device that is not plugged in, so it cannot start. Plug the device in, or mark it optional (startupPolicy=&apos;optional&apos;).</source>
        <translation>虚拟机的定义需要一个未插入的 USB 设备，因此无法启动。请插入该设备，或将其标记为可选（startupPolicy=&apos;optional&apos;）。</translation>
    </message>
    <message>
        <source>This QEMU cannot pass USB devices through (usb-host or usb-redir is missing). Install your distribution&apos;s QEMU USB modules.</source>
        <translation>此 QEMU 无法直通 USB 设备（缺少 usb-host 或 usb-redir）。请安装您的发行版提供的 QEMU USB 模块。</translation>
    </message>
    <message>
        <source>libvirt is not reachable: its daemon is not running or its socket is missing. Start it (systemctl start libvirtd or virtqemud) and try again.</source>
        <translation>无法连接到 libvirt：其守护进程未运行或套接字不存在。请启动它（systemctl start libvirtd 或 virtqemud）后重试。</translation>
    </message>
    <message>
        <source>libvirt could not read this machine&apos;s USB devices (/sys/bus/usb/devices does not exist): there is no USB bus here, so nothing can be passed through from this host.</source>
        <translation>libvirt 无法读取此计算机的 USB 设备（/sys/bus/usb/devices 不存在）：这里没有 USB 总线，因此无法从此主机直通任何设备。</translation>
    </message>
    <message>
        <source>The guest is not running, so nothing can be changed live. Change its persistent definition instead (it takes effect at next start), or start the guest first.</source>
        <translation>虚拟机未运行，因此无法进行实时更改。请改为修改其持久定义（下次启动时生效），或先启动虚拟机。</translation>
    </message>
    <message>
        <source>libvirt refused access (%1). Join the &apos;libvirt&apos; group (then log in again), or use qemu:///session for your own guests.</source>
        <translation>libvirt 拒绝访问（%1）。请加入 &apos;libvirt&apos; 组（然后重新登录），或对您自己的虚拟机使用 qemu:///session。</translation>
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
        <source>This connection cannot attach devices to a running guest. Add the device to the guest&apos;s definition instead (it takes effect at the next start).</source>
        <translation>此连接无法将设备附加到正在运行的虚拟机。请改为将设备添加到虚拟机的定义中（下次启动时生效）。</translation>
    </message>
    <message>
        <source>This connection cannot detach devices from a running guest. Remove the device from the guest&apos;s definition instead (it takes effect at the next start).</source>
        <translation>此连接无法从正在运行的虚拟机分离设备。请改为从虚拟机的定义中移除该设备（下次启动时生效）。</translation>
    </message>
    <message>
        <source>This connection cannot change devices, and the guest&apos;s definition could not be edited either.</source>
        <translation>此连接无法更改设备，也无法编辑虚拟机的定义。</translation>
    </message>
    <message>
        <source>This connection cannot attach devices directly, so the device was added to the guest&apos;s definition instead: it takes effect at the guest&apos;s next start.</source>
        <translation>此连接无法直接附加设备，因此已改为将设备添加到虚拟机的定义中：将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>This connection cannot detach devices directly, so the device was removed from the guest&apos;s definition instead: it takes effect at the guest&apos;s next start.</source>
        <translation>此连接无法直接分离设备，因此已改为从虚拟机的定义中移除该设备：将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>The guest&apos;s definition could not be read.</source>
        <translation>无法读取虚拟机的定义。</translation>
    </message>
    <message>
        <source>Nothing to change in the guest&apos;s definition.</source>
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
        <source>The virtual machine is running (%1). VMware rewrites its .vmx when it shuts down, so Plugboard does not change it now: shut the VM down and try again, or use VMware&apos;s VM ▸ Removable Devices menu.</source>
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
        <source>%1 is running. VMware has no public interface for connecting a device to a running VM: use VMware&apos;s VM ▸ Removable Devices menu now, or shut the VM down and let Plugboard add an automatic connection rule so the device connects whenever the VM starts or the device is plugged in.</source>
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
        <source>This virtual machine is encrypted: its USB settings are inside the encrypted part of %1, so Plugboard cannot change them and does not write keys beside it. Change them in VMware (VM ▸ Settings ▸ USB Controller) with the VM&apos;s password.</source>
        <translation>此虚拟机已加密：其 USB 设置位于 %1 的加密部分中，因此 Plugboard 无法更改它们，也不会在旁边写入键。请在 VMware 中（VM ▸ Settings ▸ USB Controller）使用虚拟机密码更改。</translation>
    </message>
</context>
<context>
    <name>plugboard::vmware::VmxDocument</name>
    <message>
        <source>it is not of the form key = &quot;value&quot;</source>
        <translation>它不是 key = &quot;value&quot; 的形式</translation>
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
        <source>The file declares the encoding &quot;%1&quot;, which Plugboard cannot read.</source>
        <translation>该文件声明的编码为“%1”，Plugboard 无法读取这种编码。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written in this file&apos;s encoding (%2).</source>
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
        <translation>在 Plugboard 写入 %1 时，另一个程序修改了它，因此未覆盖。请重新加载后重试。</translation>
    </message>
    <message>
        <source>VMware has %1 open (its .lck folder holds locks): VMware rewrites it when the VM stops, so Plugboard does not change it now. Shut the VM down and try again.</source>
        <translation>VMware 已打开 %1（其 .lck 文件夹中有锁）：虚拟机停止时 VMware 会重写该文件，因此 Plugboard 现在不更改它。请关闭虚拟机后重试。</translation>
    </message>
    <message>
        <source>%1 is an encrypted virtual machine: its USB settings are inside the encrypted part, and keys written beside it would be ignored or leak. Change them in VMware with the VM&apos;s password.</source>
        <translation>%1 是加密的虚拟机：其 USB 设置位于加密部分中，在旁边写入的键会被忽略或泄露。请在 VMware 中使用虚拟机密码更改。</translation>
    </message>
</context>
</TS>
