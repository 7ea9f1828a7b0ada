#!/usr/bin/env bash
# Packages SalesTrack with jpackage (JDK 17+) as a native installer with its own Java runtime.
#   installers/build.sh app-image     any OS: a folder with the launcher (target/installer/SalesTrack)
#   installers/build.sh deb           Debian/Ubuntu (needs fakeroot and dpkg-deb)
#   installers/build.sh msi           Windows (needs the WiX Toolset 3 on PATH; run from Git Bash)
#   installers/build.sh dmg           macOS (icon made from the PNG with sips + iconutil)
# The bundled samples/ go inside the app, so "open the sample workspace" works after installing.
set -euo pipefail
type="${1:-app-image}"
cd "$(dirname "$0")/.."
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
[ -f target/salestrack.jar ] || mvn -B -q package -DskipTests
input=target/jpackage-input
rm -rf "$input" target/installer
mkdir -p "$input" target/installer
cp target/salestrack.jar "$input/"
cp -r samples "$input/samples"

icon_args=()
case "$type" in
  app-image|deb) icon_args=(--icon installers/icons/salestrack.png) ;;
  msi) icon_args=(--icon installers/icons/salestrack.ico) ;;
  dmg)
    set_dir=target/salestrack.iconset; mkdir -p "$set_dir"
    for s in 16 32 64 128 256; do sips -z $s $s installers/icons/salestrack.png --out "$set_dir/icon_${s}x${s}.png" >/dev/null; done
    iconutil -c icns "$set_dir" -o target/salestrack.icns
    icon_args=(--icon target/salestrack.icns) ;;
  *) echo "unknown type '$type' (app-image, deb, msi, dmg)" >&2; exit 2 ;;
esac

os_args=()
case "$type" in
  deb) os_args=(--linux-shortcut --linux-menu-group Office --linux-app-category office --linux-deb-maintainer "salestrack@localhost") ;;
  msi) os_args=(--win-menu --win-shortcut --win-dir-chooser --win-per-user-install) ;;
  dmg) os_args=(--mac-package-name SalesTrack) ;;
esac

# the Tier4 thresholds (10x the defaults) keep the optimising compiler off the launch: it took ~1 s of the 4 s of CPU
# before the first figures on 2 cores (bench/query/RESULTS.md, issue 23); loops over millions of lines still reach it
jpackage --type "$type" --dest target/installer --input "$input" \
  --name SalesTrack --app-version "$version" --vendor "SalesTrack" \
  --description "Offline sales-tracking workbench" \
  --main-jar salestrack.jar --main-class org.salestrack.app.Main \
  --java-options "-Xmx2g" --java-options "-Dfile.encoding=UTF-8" \
  --java-options "-XX:Tier4InvocationThreshold=50000" --java-options "-XX:Tier4MinInvocationThreshold=20000" \
  --java-options "-XX:Tier4CompileThreshold=150000" --java-options "-XX:Tier4BackEdgeThreshold=400000" \
  "${icon_args[@]}" "${os_args[@]}"
ls -la target/installer
