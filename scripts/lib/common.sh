# Shared by scripts/run, scripts/test and scripts/package: find the checkout, install what is missing, build.
# shellcheck shell=bash

TD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TD_BUILD=${TD_BUILD:-$TD_ROOT/build}

# What building needs (Debian 12 package names).
TD_BUILD_PACKAGES=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-mysql libmariadb-dev libsqlite3-dev libicu-dev libgl-dev qtkeychain-qt6-dev)
# What the tests need on top: a real MariaDB, the seed's stack (Node), an X server for screenshots.
TD_TEST_PACKAGES=(mariadb-server mariadb-client sqlite3 xvfb xauth clang libclang-rt-14-dev
    dbus gnome-keyring at-spi2-core python3-pyatspi)

td_log() { printf '==> %s\n' "$*" >&2; }

# Installs the Debian packages that are not installed yet; apt-get update runs once, before the first install.
td_install() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            td_log "Missing packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}"
            return 1
        fi
    fi
    td_log "Installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Node.js and npm for the interop tests and the benchmarks: the machine's own if it has one, else Debian's.
td_install_node() {
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        return 0
    fi
    td_install nodejs npm
}

td_build() {
    if [ ! -f "$TD_BUILD/build.ninja" ]; then
        cmake -S "$TD_ROOT" -B "$TD_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    cmake --build "$TD_BUILD"
}
