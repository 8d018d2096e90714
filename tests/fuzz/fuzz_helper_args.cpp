// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the privileged helper's argument handling, fed arbitrary argument vectors
// (NUL-separated) against a small fake tree. It must exit with 0/1/2 and never crash, and it must
// never write outside the fake tree (it only writes attributes under ROOT/sys).
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

int helperMain(int argc, char **argv);

namespace {
std::string g_root;

void put(const std::string &rel, const char *text)
{
    const std::string path = g_root + "/" + rel;
    std::string dir = path.substr(0, path.rfind('/'));
    std::string mk = "mkdir -p '" + dir + "'";
    if (std::system(mk.c_str()) != 0)
        std::abort();
    FILE *f = std::fopen(path.c_str(), "w");
    if (!f)
        std::abort();
    std::fputs(text, f);
    std::fclose(f);
}

void makeTree()
{
    char tmpl[] = "/tmp/plugboard-fuzz-XXXXXX";
    g_root = ::mkdtemp(tmpl);
    put("sys/devices/pci0000:00/0000:00:14.0/usb1/authorized", "1\n");
    put("sys/devices/pci0000:00/0000:00:14.0/usb1/1-0:1.0/usb1-port1/disable", "0\n");
    put("sys/devices/pci0000:00/0000:00:14.0/usb1/1-1/authorized", "1\n");
    put("sys/devices/pci0000:00/0000:00:14.0/usb1/1-1/power/control", "auto\n");
    put("sys/devices/pci0000:00/0000:00:14.0/usb1/1-1/1-1:1.0/authorized", "1\n");
    put("proc/self/mountinfo", "");
    const std::string links = "mkdir -p '" + g_root + "/sys/bus/usb/devices' && cd '" + g_root
        + "/sys/bus/usb/devices' && ln -s ../../../devices/pci0000:00/0000:00:14.0/usb1 usb1"
          " && ln -s ../../../devices/pci0000:00/0000:00:14.0/usb1/1-1 1-1"
          " && ln -s ../../../devices/pci0000:00/0000:00:14.0/usb1/1-1/1-1:1.0 1-1:1.0"
          " && ln -s ../../../../etc 1-9";
    if (std::system(links.c_str()) != 0)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (g_root.empty())
        makeTree();
    std::vector<std::string> args {"plugboard-helper", "--test-root", g_root};
    std::string cur;
    for (size_t i = 0; i < size && args.size() < 8; ++i) {
        if (data[i] == 0) {
            args.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(char(data[i]));
        }
    }
    args.push_back(cur);
    std::vector<char *> argv;
    for (std::string &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const int rc = helperMain(int(args.size()), argv.data());
    if (rc < 0 || rc > 2)
        std::abort();
    return 0;
}
