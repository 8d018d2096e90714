// SPDX-License-Identifier: GPL-3.0-or-later
// plugboard-helper: the only code that runs as root, started with pkexec under the polkit action
// io.github.plugboard.Plugboard.helper. Exactly the verbs of docs/architecture.md, one validated argument each;
// targets are resolved under /sys without leaving it; the environment is cleared. No Qt: the less
// code runs as root, the better.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <regex>
#include <string>
#include <vector>

#include <fcntl.h>
#include <limits.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// Test builds (never installed) read a fake tree instead of "/": `--test-root DIR` first.
std::string g_root;

int fail(const std::string &why)
{
    std::fprintf(stderr, "plugboard-helper: %s\n", why.c_str());
    return 1;
}

int usage(const std::string &why)
{
    std::fprintf(stderr,
        "plugboard-helper: %s\nusage: plugboard-helper VERB ARGUMENT (verbs: authorize deauthorize port-enable "
        "port-disable power-on unbind unmount start-service)\n",
        why.c_str());
    return 2;
}

const std::regex kDevice("^(usb[0-9]{1,3}|[0-9]{1,3}-[0-9]{1,3}(\\.[0-9]{1,3}){0,6})$");
const std::regex kInterface("^[0-9]{1,3}-[0-9]{1,3}(\\.[0-9]{1,3}){0,6}:[0-9]{1,3}\\.[0-9]{1,3}$");
const std::regex kPort("^(usb[0-9]{1,3}|[0-9]{1,3}-[0-9]{1,3}(\\.[0-9]{1,3}){0,6})-port[0-9]{1,3}$");
const std::regex kBlock("^sd[a-z]{1,4}[0-9]{0,3}$");

// realpath() of a path under the root, which must stay inside `within` (also under the root).
bool resolveWithin(const std::string &rel, const std::string &within, std::string *out)
{
    const std::string path = g_root + rel;
    char buf[PATH_MAX];
    if (!::realpath(path.c_str(), buf))
        return false;
    const std::string real(buf);
    const std::string prefix = g_root + within;
    if (real.compare(0, prefix.size(), prefix) != 0 || (real.size() > prefix.size() && real[prefix.size()] != '/'))
        return false;
    *out = real;
    return true;
}

// Writes `value` to the attribute `name` of the directory `dir`, never following a symlink.
int writeAttribute(const std::string &dir, const char *name, const std::string &value)
{
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (dfd < 0)
        return fail(dir + ": " + std::strerror(errno));
    const int fd = ::openat(dfd, name, O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW); // as "echo 1 >" does
    ::close(dfd);
    if (fd < 0)
        return fail(dir + "/" + name + ": " + std::strerror(errno));
    const ssize_t n = ::write(fd, value.data(), value.size());
    const int err = errno;
    ::close(fd);
    if (n != ssize_t(value.size()))
        return fail(dir + "/" + name + ": " + std::strerror(err));
    return 0;
}

// The device, interface or port directory of a kernel name, under /sys/devices.
int usbTarget(const std::string &name, std::string *dir)
{
    if (!resolveWithin("/sys/bus/usb/devices/" + name, "/sys/devices", dir))
        return fail("no USB device or interface " + name + " under /sys");
    return 0;
}

int portTarget(const std::string &port, std::string *dir)
{
    // usb1-port4 lives under usb1/1-0:1.0/; 1-1-port4 under 1-1/1-1:1.0/.
    const std::string hub = port.substr(0, port.rfind("-port"));
    std::string hubDir;
    if (int rc = usbTarget(hub, &hubDir))
        return rc;
    const std::string iface = hub.rfind("usb", 0) == 0 ? hub.substr(3) + "-0:1.0" : hub + ":1.0";
    const std::string rel = hubDir.substr(g_root.size()) + "/" + iface + "/" + port;
    if (!resolveWithin(rel, "/sys/devices", dir))
        return fail("no port " + port + " under /sys");
    return 0;
}

// Whether a device path passes through a USB root hub ("/usb2/"), i.e. the disk is a USB device's.
bool underUsbRootHub(const std::string &dir)
{
    for (size_t p = dir.find("/usb"); p != std::string::npos; p = dir.find("/usb", p + 1)) {
        size_t q = p + 4;
        const size_t digits = q;
        while (q < dir.size() && dir[q] >= '0' && dir[q] <= '9')
            ++q;
        if (q > digits && q < dir.size() && dir[q] == '/')
            return true;
    }
    return false;
}

int unmountBlock(const std::string &name)
{
    std::string dir;
    if (!resolveWithin("/sys/class/block/" + name, "/sys/devices", &dir))
        return fail("no block device " + name);
    if (!underUsbRootHub(dir))
        return fail(name + " is not on a USB device; refusing");
    char devText[32] = {};
    const int fd = ::open((dir + "/dev").c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 || ::read(fd, devText, sizeof devText - 1) <= 0) {
        if (fd >= 0)
            ::close(fd);
        return fail(name + ": its device number cannot be read");
    }
    ::close(fd);
    std::string dev(devText);
    while (!dev.empty() && (dev.back() == '\n' || dev.back() == ' '))
        dev.pop_back();
    // Mount points of this major:minor, deepest first (field 3 of mountinfo is major:minor).
    FILE *mi = std::fopen((g_root + "/proc/self/mountinfo").c_str(), "re");
    if (!mi)
        return fail("cannot read the mount table");
    std::vector<std::string> points;
    char line[4096];
    while (std::fgets(line, sizeof line, mi)) {
        char majmin[64], point[4096];
        if (std::sscanf(line, "%*s %*s %63s %*s %4095s", majmin, point) == 2 && dev == majmin) {
            std::string p;
            for (size_t i = 0; point[i]; ++i) { // \040 escapes
                if (point[i] == '\\' && point[i + 1] && point[i + 2] && point[i + 3]) {
                    p += char((point[i + 1] - '0') * 64 + (point[i + 2] - '0') * 8 + (point[i + 3] - '0'));
                    i += 3;
                } else {
                    p += point[i];
                }
            }
            points.push_back(p);
        }
    }
    std::fclose(mi);
    if (points.empty())
        return fail(name + " is not mounted");
    for (auto it = points.rbegin(); it != points.rend(); ++it) {
        if (::umount2(it->c_str(), UMOUNT_NOFOLLOW) != 0) // never MNT_FORCE: a busy filesystem is named, not forced
            return fail(*it + ": " + std::strerror(errno) + (errno == EBUSY ? " (a program still uses it)" : ""));
    }
    return 0;
}

int startService(const std::string &name)
{
#ifdef PLUGBOARD_HELPER_FUZZ
    return fail("not while fuzzing: " + name); // never start real services from a fuzzer
#endif
    const pid_t pid = ::fork();
    if (pid < 0)
        return fail(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        const char *argv[] = {"/usr/bin/systemctl", "start", name.c_str(), nullptr};
        const char *envp[] = {"PATH=/usr/sbin:/usr/bin:/sbin:/bin", nullptr};
        ::execve(argv[0], const_cast<char *const *>(argv), const_cast<char *const *>(envp));
        _exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return fail("systemctl start " + name + " failed");
    return 0;
}
} // namespace

#ifdef PLUGBOARD_HELPER_FUZZ
int helperMain(int argc, char **argv) // the fuzz target calls it in-process
#else
int main(int argc, char **argv)
#endif
{
    // Nothing from the caller's environment is trusted or passed on.
    ::clearenv();
    ::setenv("PATH", "/usr/sbin:/usr/bin:/sbin:/bin", 1);
    ::umask(022);
    int first = 1;
#ifdef PLUGBOARD_HELPER_TEST_ROOT
    if (argc > 2 && std::strcmp(argv[1], "--test-root") == 0) {
        char buf[PATH_MAX];
        if (!::realpath(argv[2], buf))
            return usage("the test root does not exist");
        g_root = buf;
        first = 3;
    }
#endif
    if (argc - first != 2)
        return usage("exactly one verb and one argument");
    const std::string verb = argv[first];
    const std::string arg = argv[first + 1];
    if (arg.size() > 64)
        return usage("the argument is too long");
    const bool device = std::regex_match(arg, kDevice);
    const bool iface = std::regex_match(arg, kInterface);
    std::string dir;
    if (verb == "authorize" || verb == "deauthorize") {
        if (!device && !iface)
            return usage("'" + verb + "' takes a device (1-1.4, usb1) or an interface (1-1.4:1.0)");
        if (int rc = usbTarget(arg, &dir))
            return rc;
        return writeAttribute(dir, "authorized", verb == "authorize" ? "1" : "0");
    }
    if (verb == "port-enable" || verb == "port-disable") {
        if (!std::regex_match(arg, kPort))
            return usage("'" + verb + "' takes a port (usb1-port4, 1-1-port2)");
        if (int rc = portTarget(arg, &dir))
            return rc;
        return writeAttribute(dir, "disable", verb == "port-enable" ? "0" : "1");
    }
    if (verb == "power-on") {
        if (!device)
            return usage("'power-on' takes a device (1-1.4)");
        if (int rc = usbTarget(arg, &dir))
            return rc;
        return writeAttribute(dir + "/power", "control", "on");
    }
    if (verb == "unbind") {
        if (!iface)
            return usage("'unbind' takes an interface (1-1.4:1.0)");
        if (int rc = usbTarget(arg, &dir))
            return rc;
        std::string driver;
        if (!resolveWithin(dir.substr(g_root.size()) + "/driver", "/sys/bus/usb/drivers", &driver))
            return fail(arg + " has no driver bound");
        return writeAttribute(driver, "unbind", arg);
    }
    if (verb == "unmount") {
        if (!std::regex_match(arg, kBlock))
            return usage("'unmount' takes a block device (sdb, sdb1)");
        return unmountBlock(arg);
    }
    if (verb == "start-service") {
        if (arg != "vmware-USBArbitrator" && arg != "libvirtd" && arg != "virtqemud")
            return usage("'start-service' takes vmware-USBArbitrator, libvirtd or virtqemud");
        return startService(arg);
    }
    return usage("unknown verb '" + verb + "'");
}
