# Shared by scripts/run, scripts/test and scripts/package: find the checkout, install what is missing, build.
# shellcheck shell=bash

TD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TD_BUILD=${TD_BUILD:-$TD_ROOT/build}

# What building needs (Debian 12 package names).
TD_BUILD_PACKAGES=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-mysql libmariadb-dev libsqlite3-dev libicu-dev libgl-dev qtkeychain-qt6-dev
    qt6-charts-dev qt6-svg-dev libqt6opengl6-dev)
# View > Activity: Qt Charts and Qt SVG. Debian 12 calls the SVG headers qt6-svg-dev (there is no libqt6svg6-dev), and
# Qt6Charts' CMake files need Qt6OpenGL's, which are in libqt6opengl6-dev, a package qt6-charts-dev does not pull in.
# What the tests need on top: a real MariaDB, the Sequelize tutorials application's stack (Node), an X server for screenshots, and python3 and
# make for node-gyp, which builds node-sqlite3 (the Sequelize application's sqlite driver) from source.
TD_TEST_PACKAGES=(mariadb-server mariadb-client sqlite3 xvfb xauth clang libclang-rt-14-dev
    dbus gnome-keyring at-spi2-core python3-pyatspi python3 make)

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

# The headers of the running node, for node-gyp: exports npm_config_nodedir, so that an addon (node-sqlite3) builds
# from source without downloading headers from nodejs.org. Debian's own nodejs has them in libnode-dev; Node.js from
# NodeSource or an official tarball ships them beside the binary.
td_node_headers() {
    local node prefix owner
    if [ -n "${npm_config_nodedir:-}" ] && [ -f "$npm_config_nodedir/include/node/node_api.h" ]; then
        export npm_config_nodedir
        return 0
    fi
    node=$(node -p 'process.execPath') || return 1
    prefix=$(cd "$(dirname "$node")/.." && pwd)
    if [ ! -f "$prefix/include/node/node_api.h" ] && owner=$(dpkg -S "$node" 2>/dev/null) &&
        [ "${owner%%:*}" = nodejs ] && dpkg-query -W -f='${Version}' nodejs | grep -q dfsg; then
        td_install libnode-dev || return 1
    fi
    if [ ! -f "$prefix/include/node/node_api.h" ] || [ ! -f "$prefix/include/node/common.gypi" ]; then
        td_log "No headers for $node ($(node --version)) in $prefix/include/node: node-gyp cannot build node-sqlite3" \
            "offline. Install the package that provides them (Debian's nodejs: libnode-dev), or set npm_config_nodedir" \
            "to a folder holding include/node/node_api.h and include/node/common.gypi of this version."
        return 1
    fi
    export npm_config_nodedir=$prefix
}

# npm ci in FOLDER, again only when its lock file or node changed since the last one that succeeded: npm ci starts
# from scratch, and node-sqlite3's build from source takes minutes. Remove FOLDER/node_modules to force it.
td_npm_ci() {
    local dir=$1 stamp want
    stamp=$dir/node_modules/.tutorialdesk-npm-ci
    want="$(sha256sum <"$dir/package-lock.json" | cut -d' ' -f1) node $(node --version) nodedir ${npm_config_nodedir:-}"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        td_log "The Node.js packages of $dir are installed ($dir/node_modules matches its lock file)"
        return 0
    fi
    td_log "Installing the Node.js packages of $dir (npm ci; node-sqlite3 builds from source, a few minutes)"
    # Built from source: its prebuilt binaries are on GitHub, which a machine may not reach.
    npm_config_build_from_source=sqlite3 npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >/dev/null
    printf '%s\n' "$want" >"$stamp"
}

td_build() {
    if [ ! -f "$TD_BUILD/build.ninja" ]; then
        cmake -S "$TD_ROOT" -B "$TD_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    cmake --build "$TD_BUILD"
}
