<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>USB devices for virtual machines.</source>
        <translation>面向虚拟机的 USB 设备管理。</translation>
    </message>
    <message>
        <source>Read the host&apos;s files under DIR instead of / (a copied tree).</source>
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
        <source>Show a sample host (a bundle shipped with Plugboard) beside libvirt&apos;s test:///default guests.</source>
        <translation>显示示例主机（Plugboard 自带的诊断包），旁边是 libvirt 的 test:///default 虚拟机。</translation>
    </message>
    <message>
        <source>The language of the window (%1; default: the system&apos;s).</source>
        <translation>窗口语言（%1；默认：跟随系统）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the language codes in --help</comment>
        <translation>、</translation>
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
        <source>This kernel exposes no port node; the port is derived from the hub&apos;s port count.</source>
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
    <message>
        <source>USB 3 half</source>
        <translation>USB 3 部分</translation>
    </message>
    <message>
        <source>USB 2 half</source>
        <translation>USB 2 部分</translation>
    </message>
    <message>
        <source>Port %1 (empty): one socket, USB 2 and USB 3</source>
        <translation>端口 %1（空）：一个插口，USB 2 和 USB 3</translation>
    </message>
    <message>
        <source>Port %1: one socket, USB 2 and USB 3</source>
        <translation>端口 %1：一个插口，USB 2 和 USB 3</translation>
    </message>
    <message>
        <source>%1 (one USB 3 hub, two kernel hubs)</source>
        <translation>%1（一个 USB 3 集线器，内核中的两个集线器）</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>端口：%1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
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
        <source>The device&apos;s path</source>
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
        <source>Check inside the guest: on Linux run &quot;lsusb&quot; (or &quot;lsusb -t&quot; to see the speed); on Windows open Device Manager and look under Universal Serial Bus controllers and Other devices.</source>
        <translation>请在虚拟机内部检查：在 Linux 上运行 &quot;lsusb&quot;（或运行 &quot;lsusb -t&quot; 查看速度）；在 Windows 上打开“设备管理器”，查看“通用串行总线控制器”和“其他设备”下的条目。</translation>
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
        <source>Not checked (%1)</source>
        <translation>未检查（%1）</translation>
    </message>
    <message>
        <source>The fix did not work: %1</source>
        <translation>修复未成功：%1</translation>
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
        <source>Fix under way</source>
        <translation>正在修复</translation>
    </message>
    <message>
        <source>Cancel the &amp;fix</source>
        <translation>取消修复(&amp;F)</translation>
    </message>
    <message>
        <source>Applying the fix: %1…</source>
        <translation>正在应用修复：%1…</translation>
    </message>
    <message>
        <source>What you see in the guest. The checks look at the whole path either way.</source>
        <translation>您在客户机中看到的情况。无论如何，检查都会查看整条路径。</translation>
    </message>
    <message>
        <source>The most likely cause first, with its fix. Open Evidence to see what proves it.</source>
        <translation>最可能的原因排在最前，并附修复方法。打开“证据”查看证明依据。</translation>
    </message>
    <message>
        <source>Look inside the guest; run the checks again or save the report for someone who helps.</source>
        <translation>请在客户机内查看；再次运行检查，或保存报告给帮助您的人。</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::FindingCard</name>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>the kernel&apos;s or the hypervisor&apos;s own message names it</source>
        <translation>内核或虚拟机管理程序自己的消息指明了它</translation>
    </message>
    <message>
        <source>a log line shows it</source>
        <translation>一条日志记录显示了它</translation>
    </message>
    <message>
        <source>a setting or device state shows it</source>
        <translation>某项设置或设备状态显示了它</translation>
    </message>
    <message>
        <source>inferred from the other facts</source>
        <translation>由其他事实推断</translation>
    </message>
    <message>
        <source>Most likely cause, %1: %2</source>
        <translation>最可能的原因，%1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Known because %1.</source>
        <translation>依据：%1。</translation>
    </message>
    <message>
        <source>Most likely cause</source>
        <translation>最可能的原因</translation>
    </message>
    <message>
        <source>%1 · known because %2.</source>
        <translation>%1 · 依据：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Also explains %n other finding(s)</source>
        <translation>
            <numerusform>还解释了另外 %n 项发现</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>证据（%1）</translation>
    </message>
    <message>
        <source>%1 (needs an administrator)</source>
        <translation>%1（需要管理员）</translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Or by hand:</source>
        <translation>或手动：</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>需要做的：</translation>
    </message>
</context>
<context>
    <name>plugboard::ui::FirstRunGuide</name>
    <message>
        <source>Command that fixes it</source>
        <translation>修复它的命令</translation>
    </message>
    <message>
        <source>Open the &amp;documentation</source>
        <translation>打开文档(&amp;D)</translation>
    </message>
    <message>
        <source>Plugboard cannot reach libvirt</source>
        <translation>Plugboard 无法连接 libvirt</translation>
    </message>
    <message>
        <source>&amp;Start %1</source>
        <translation>启动 %1(&amp;S)</translation>
    </message>
    <message>
        <source>Start the libvirt service %1</source>
        <translation>启动 libvirt 服务 %1</translation>
    </message>
    <message>
        <source>%1 started; connecting…</source>
        <translation>%1 已启动；正在连接…</translation>
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
        <source>Only libvirt guests&apos; devices can be moved; VMware connects its devices by itself.</source>
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
        <source>USB is disabled in %1 (&lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt;): add a qemu-xhci controller to it first.</source>
        <translation>%1 中已禁用 USB（&lt;controller type=&apos;usb&apos; model=&apos;none&apos;/&gt;）：请先为其添加 qemu-xhci 控制器。</translation>
    </message>
    <message>
        <source>%1 runs on %2: a device of this computer cannot be a host device there. Share it over the network instead (usbredirserver here, then &quot;Attach network USB…&quot; on the guest).</source>
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
        <source>Attach network USB</source>
        <translation>附加网络 USB</translation>
    </message>
    <message>
        <source>A usbredirserver the guest&apos;s host can reach (host:port):</source>
        <translation>虚拟机所在主机可以访问的 usbredirserver（host:port）：</translation>
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
        <source>Enable a USB &amp;3 controller</source>
        <translation>启用 USB 3 控制器(&amp;3)</translation>
    </message>
    <message>
        <source>Allow &amp;keyboards and mice (HID)</source>
        <translation>允许键盘和鼠标（HID）(&amp;K)</translation>
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
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
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
        <source>Stop giving %1 to %2</source>
        <translation>不再将 %1 分配给 %2</translation>
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
        <source>Always give this &amp;port to</source>
        <translation>始终将此端口分配给(&amp;P)</translation>
    </message>
    <message>
        <source>Whatever is plugged into %1 goes to the guest (USB 2 and USB 3 sides together).</source>
        <translation>插入 %1 的任何设备都会交给该虚拟机（USB 2 和 USB 3 两侧一并处理）。</translation>
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
        <source>&amp;Remove the stale entry</source>
        <translation>移除过时的条目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel: %1</source>
        <translation>取消(&amp;C)：%1</translation>
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
    <message>
        <source>Open the &amp;documentation</source>
        <translation>打开文档(&amp;D)</translation>
    </message>
    <message>
        <source>Show the d&amp;emo</source>
        <translation>显示演示(&amp;E)</translation>
    </message>
    <message>
        <source>A sample host and libvirt&apos;s test guests, in a window of their own; nothing changes here.</source>
        <translation>示例主机和 libvirt 的测试客户机，在单独的窗口中；此处不会有任何更改。</translation>
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
    <message>
        <source>Port %1: one socket, two kernel ports</source>
        <translation>端口 %1：一个插口，两个内核端口</translation>
    </message>
    <message>
        <source>USB 3 half: %1</source>
        <translation>USB 3 部分：%1</translation>
    </message>
    <message>
        <source>USB 2 half: %1</source>
        <translation>USB 2 部分：%1</translation>
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
        <translation>一个 USB 3 集线器：内核看到两个集线器，%1 和 %2。</translation>
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
        <source>The system&apos;s</source>
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
        <source>Demo: a sample host and libvirt&apos;s test guests; nothing on this computer changes.</source>
        <translation>演示：示例主机和 libvirt 的测试虚拟机；本机上的任何东西都不会改变。</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <extracomment>The status bar: &quot;%n controllers&quot;, &quot;%n devices&quot;, &quot;following hotplug&quot; or not.</extracomment>
        <translation>%1，%2 — %3</translation>
    </message>
    <message>
        <source>Assignments not kept: no private runtime folder</source>
        <translation>未保持分配：没有私有运行时文件夹</translation>
    </message>
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
</TS>
