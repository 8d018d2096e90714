<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>plugboardctl</name>
    <message>
        <source>Run &apos;plugboardctl --help&apos; for usage.</source>
        <translation>运行 &apos;plugboardctl --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Show the host&apos;s USB controllers, ports and devices.</source>
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
        <source>&apos;devices&apos; takes no arguments, got &apos;%1&apos;.</source>
        <translation>&apos;devices&apos; 不接受参数，但收到了 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--root needs a directory.</source>
        <translation>--root 需要一个目录。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令 &apos;%1&apos;。</translation>
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
        <source>&apos;guests&apos; takes no arguments, got &apos;%1&apos;.</source>
        <translation>&apos;guests&apos; 不接受参数，但收到了 &apos;%1&apos;。</translation>
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
        <source>&apos;%1&apos; needs DEVICE and GUEST.</source>
        <translation>&apos;%1&apos; 需要 DEVICE 和 GUEST 参数。</translation>
    </message>
    <message>
        <source>Give at most one of --live, --config and --both.</source>
        <translation>--live、--config 和 --both 最多只能指定一个。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device: give a kernel name such as 1-1.4 or vid:pid[:serial].</source>
        <translation>&apos;%1&apos; 不是设备：请提供内核名称（如 1-1.4）或 vid:pid[:serial]。</translation>
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
        <source>&apos;diagnose&apos; takes no arguments, got &apos;%1&apos;.</source>
        <translation>&apos;diagnose&apos; 不接受参数，但收到了 &apos;%1&apos;。</translation>
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
        <source>&apos;collect&apos; needs exactly one DIR.</source>
        <translation>&apos;collect&apos; 需要恰好一个 DIR。</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>诊断包已写入 %1</translation>
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

运行 &apos;plugboardctl COMMAND --help&apos; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>%1 is mounted (%2): giving it to a guest would yank the filesystem and lose data. Unmount it first, or add --unmount.</source>
        <translation>%1 已挂载（%2）：将其交给虚拟机会强行拔走文件系统并丢失数据。请先卸载，或加上 --unmount。</translation>
    </message>
    <message>
        <source>Unmount the device&apos;s filesystems safely first (UDisks2, else the helper).</source>
        <translation>先安全卸载设备的文件系统（UDisks2，否则使用辅助程序）。</translation>
    </message>
    <message>
        <source>%1 — to find out why: plugboardctl diagnose --device %2 --guest %3</source>
        <translation>%1 — 查明原因：plugboardctl diagnose --device %2 --guest %3</translation>
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
    <message>
        <source>There is no guest %1.</source>
        <translation>没有客户机 %1。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 is given to %2 now. Detach it there first (plugboardctl detach %3 %2), then try again.</source>
        <translation>%1 目前已分配给 %2。请先从那里分离它（plugboardctl detach %3 %2），然后重试。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
</TS>
