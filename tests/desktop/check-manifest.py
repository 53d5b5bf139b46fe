# SPDX-License-Identifier: GPL-3.0-or-later
"""Check a Flatpak manifest of Charter without building it (no network here).

usage: check-manifest.py MANIFEST APP-ID DEVELOPMENT(true|false)

Prints TAP lines; exits non-zero when a check fails.
"""
import json
import os
import sys

manifest_path, app_id, development = sys.argv[1], sys.argv[2], sys.argv[3] == 'true'
results = []


def check(name, condition, detail=''):
    results.append((name, bool(condition), detail))


try:
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)
    check('valid JSON', True)
except (OSError, ValueError) as e:
    check('valid JSON', False, str(e))
    manifest = {}

name = os.path.basename(manifest_path)
check('file named after the app id', name == app_id + '.json', name)
check('app id', manifest.get('id') == app_id, manifest.get('id'))
check('command is charter', manifest.get('command') == 'charter', manifest.get('command'))
check('runtime org.gnome.Platform', manifest.get('runtime') == 'org.gnome.Platform', manifest.get('runtime'))
check('sdk org.gnome.Sdk', manifest.get('sdk') == 'org.gnome.Sdk', manifest.get('sdk'))
version = str(manifest.get('runtime-version', ''))
check('runtime version is a GNOME release (47 or newer)', version.isdigit() and int(version) >= 47, version)

finish = manifest.get('finish-args', [])
minimal = {'--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'}
check('finish-args are exactly IPC, Wayland, X11 fallback and DRI', set(finish) == minimal and len(finish) == len(minimal),
      ' '.join(finish))
check('no host filesystem access (files go through portals)',
      not any(a.startswith(('--filesystem', '--socket=x11', '--device=all', '--share=network', '--talk-name'))
              for a in finish), ' '.join(finish))

# Flatpak exports no thumbnailers to the host (flatpak/flatpak#4923), so
# the sandbox would only carry them as dead weight.
cleanup = manifest.get('cleanup', [])
check('the thumbnailer is cleaned up (Flatpak does not export thumbnailers)',
      '/bin/charter-thumbnailer' in cleanup and '/share/thumbnailers' in cleanup, ' '.join(cleanup))

modules = manifest.get('modules', [])
charter = modules[-1] if modules and isinstance(modules[-1], dict) else {}
check('last module builds charter with meson', charter.get('name') == 'charter' and charter.get('buildsystem') == 'meson',
      json.dumps(charter)[:200])
sources = charter.get('sources', [])
root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(manifest_path)),
                                     sources[0].get('path', '') if sources else ''))
check('source is the local project directory',
      len(sources) == 1 and sources[0].get('type') == 'dir' and os.path.isfile(os.path.join(root, 'meson.build')),
      json.dumps(sources))
opts = charter.get('config-opts', [])
check('development option matches the app id', ('-Ddevelopment=true' in opts) == development, ' '.join(opts))

for i, (test, passed, detail) in enumerate(results, 1):
    print('%s %d - %s: %s' % ('ok' if passed else 'not ok', i, name, test))
    if not passed and detail:
        print('# ' + str(detail))
print('1..%d' % len(results))
sys.exit(0 if all(p for _, p, _ in results) else 1)
