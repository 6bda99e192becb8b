#!/usr/bin/env bash
# Installs everything Customer Room needs to build, run and test on Debian 12
# (the verified list in shared/TOOLCHAIN.md). Both README commands and CI call it.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  qt6-base-dev libqt6opengl6-dev libxkbcommon-dev libqt6sql6-sqlite
  qt6-charts-dev qt6-multimedia-dev qt6-svg-dev qt6-pdf-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  catch2 libsndfile1-dev libcsv-dev libsqlite3-dev libarchive-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav
  fonts-dejavu-core xvfb xauth sqlite3 poppler-utils espeak-ng sox libsox-fmt-all
  desktop-file-utils appstream
  libgmime-3.0-dev qtkeychain-qt6-dev time
)

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  as_root=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y --no-install-recommends "${packages[@]}"
