#!/usr/bin/env bash
# Builds MicDoctor's double-click packages from a dist build (the shipped profile) (docs/packaging.md says what each one is
# and where its files land). Installs nothing: it says what it needs and stops.
#
#   scripts/package.sh                  Linux: deb + appimage        macOS: app + dmg
#   scripts/package.sh deb              only the named formats (deb, appimage, app, dmg)
#
# Packages land in the dist directory: ${CARGO_TARGET_DIR:-target}/dist/.
#
# The .deb, .app and .dmg come from `cargo packager` (config: [package.metadata.packager] in Cargo.toml).
# The AppImage is assembled here, offline: cargo-packager's own AppImage step downloads linuxdeploy and
# AppRun from GitHub at packaging time, which a machine with only the package registries cannot reach.
# Set APPIMAGE_VIA_PACKAGER=1 to use cargo-packager's step instead where GitHub is reachable.
# The AppImage runtime (the ELF stub in front of the squashfs) is taken from APPIMAGE_RUNTIME if set
# (e.g. the official static runtime from AppImage/type2-runtime), else from the `appimage` crate on
# crates.io (AppImageKit's type-2 runtime, MIT), fetched with cargo.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "scripts/package.sh: $*" >&2; exit 1; }

case "$(uname -s)" in
    Linux) default_formats=(deb appimage) ;;
    Darwin) default_formats=(app dmg) ;;
    *) die "packages are built on Linux (deb, appimage) or macOS (app, dmg), not on $(uname -s)" ;;
esac
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=("${default_formats[@]}")
for f in "${formats[@]}"; do
    case "$f" in
        deb | appimage | app | dmg) ;;
        -h | --help) sed -n '2,16s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) die "unknown format '$f' (use deb, appimage, app or dmg)" ;;
    esac
done
want() { local f; for f in "${formats[@]}"; do [ "$f" = "$1" ] && return 0; done; return 1; }

# What it needs, all at once.
missing=()
cargo packager --version > /dev/null 2>&1 \
    || missing+=("cargo-packager      (cargo install cargo-packager --locked)")
if want appimage && [ "${APPIMAGE_VIA_PACKAGER:-0}" != 1 ]; then
    command -v mksquashfs > /dev/null || missing+=("mksquashfs          (apt-get install squashfs-tools)")
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "scripts/package.sh needs:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    exit 1
fi

target_dir=$(cargo metadata --format-version 1 --no-deps \
    | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
[ -n "$target_dir" ] || die "could not read the target directory from cargo metadata"
out="$target_dir/dist"
version=$(sed -n 's/^version = "\([^"]*\)"$/\1/p' Cargo.toml | head -n 1)

# cargo-packager runs the dist build itself (before-packaging-command), once for all its formats.
packager_formats=()
for f in "${formats[@]}"; do
    if [ "$f" = appimage ] && [ "${APPIMAGE_VIA_PACKAGER:-0}" != 1 ]; then continue; fi
    packager_formats+=("$f")
done
if [ ${#packager_formats[@]} -gt 0 ]; then
    list=$(IFS=,; echo "${packager_formats[*]}")
    echo "==> cargo packager --profile dist --formats $list"
    cargo packager --profile dist --formats "$list"
fi

if want appimage && [ "${APPIMAGE_VIA_PACKAGER:-0}" != 1 ]; then
    arch=$(uname -m)
    [ "$arch" = x86_64 ] || [ -n "${APPIMAGE_RUNTIME:-}" ] \
        || die "on $arch set APPIMAGE_RUNTIME to a type-2 AppImage runtime for $arch"
    if [ ${#packager_formats[@]} -eq 0 ]; then
        echo "==> cargo build --profile dist --locked"
        cargo build --profile dist --locked
    fi
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT

    runtime="${APPIMAGE_RUNTIME:-}"
    if [ -z "$runtime" ]; then
        echo "==> fetching the AppImage runtime (crate appimage 0.4.0) with cargo"
        mkdir -p "$work/fetch/src"
        printf '[package]\nname = "fetch-runtime"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\nappimage = "=0.4.0"\n' \
            > "$work/fetch/Cargo.toml"
        : > "$work/fetch/src/lib.rs"
        crate_dir=$(cargo metadata --format-version 1 --manifest-path "$work/fetch/Cargo.toml" \
            | grep -o '"manifest_path":"[^"]*/appimage-0\.4\.0/Cargo\.toml"' \
            | sed 's/^"manifest_path":"//; s/\/Cargo\.toml"$//')
        runtime="$crate_dir/assets/runtime-x86_64"
        [ -f "$runtime" ] || die "no AppImage runtime found in the appimage crate ($runtime)"
    fi
    [ -f "$runtime" ] || die "APPIMAGE_RUNTIME=$runtime is not a file"

    echo "==> assembling the AppDir"
    appdir="$work/MicDoctor.AppDir"
    install -Dm755 "$out/micdoctor" "$appdir/usr/bin/micdoctor"
    install -Dm644 assets/linux/micdoctor.desktop "$appdir/usr/share/applications/micdoctor.desktop"
    for png in assets/icons/*x*.png; do
        size=$(basename "$png" .png)
        install -Dm644 "$png" "$appdir/usr/share/icons/hicolor/$size/apps/micdoctor.png"
    done
    install -Dm644 assets/icons/micdoctor.svg "$appdir/usr/share/icons/hicolor/scalable/apps/micdoctor.svg"
    # The AppDir's root: what the runtime starts (AppRun), and the entry and icon that AppImage
    # integrators (appimaged, AppImageLauncher, Gear Lever) read.
    ln -s usr/bin/micdoctor "$appdir/AppRun"
    cp assets/linux/micdoctor.desktop "$appdir/micdoctor.desktop"
    ln -s usr/share/icons/hicolor/256x256/apps/micdoctor.png "$appdir/micdoctor.png"
    ln -s micdoctor.png "$appdir/.DirIcon"

    echo "==> mksquashfs + runtime"
    mksquashfs "$appdir" "$work/app.squashfs" -root-owned -noappend -comp gzip -quiet > /dev/null
    appimage="$out/micdoctor_${version}_${arch}.AppImage"
    cat "$runtime" "$work/app.squashfs" > "$appimage"
    chmod 755 "$appimage"
    echo "    $appimage"
fi

echo "==> packages in $out:"
for f in "$out"/micdoctor_*.deb "$out"/micdoctor_*.AppImage "$out"/MicDoctor.app "$out"/MicDoctor_*.dmg; do
    [ -e "$f" ] && echo "    $(du -sh "$f" | cut -f1)  $f"
done
exit 0
