#!/usr/bin/python3
# What a screen reader finds in the running window, read over AT-SPI (the Linux accessibility bus): every visible
# control has a name, and the main ones are there by role and name. Run by atspi-names.sh.
import sys
import time

import pyatspi

EXPECTED = {('tree', 'Tutorials'), ('table', 'Comments'), ('text', 'Search tutorials'), ('text', 'Title'),
            ('text', 'Description'), ('push button', 'Save'), ('push button', 'Add comment'),
            ('text', 'New comment name'), ('text', 'New comment text')}
CONTROLS = {'push button', 'text', 'table', 'tree', 'tree table', 'check box', 'combo box', 'spin button',
            'toggle button', 'list'}


def find_application():
    for _ in range(300):
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == 'tutorialdesk':
                return app
        time.sleep(0.1)
    return None


def main():
    app = find_application()
    if app is None:
        print('atspi: tutorialdesk is not on the accessibility bus')
        return 1
    seen, nameless = set(), []

    def walk(node, depth):
        try:
            role, name, showing = node.getRoleName(), node.name, node.getState().contains(pyatspi.STATE_SHOWING)
        except Exception:
            return
        if role in CONTROLS and showing:
            seen.add((role, name))
            if not name:
                nameless.append(role)
        if depth < 40:
            for child in node:
                if child is not None:
                    walk(child, depth + 1)

    def walk_all():
        for window in app:
            walk(window, 0)

    def field(name):
        for window in app:
            stack = [window]
            while stack:
                node = stack.pop()
                try:
                    if node.getRoleName() == 'text' and node.name == name:
                        return node
                    stack.extend(child for child in node if child is not None)
                except Exception:
                    pass
        return None

    walk_all()
    missing = EXPECTED - seen
    print(f'atspi: {len(seen)} named controls showing; without a name: {nameless}; expected but missing: '
          f'{sorted(missing)}')
    # Controls that show only in some states: a search field's clear button once something is typed, the title's
    # warning once it is emptied. Typed as a screen reader user's editable text would be, then walked again.
    for name, text in (('Search tutorials', 'Tut'), ('Title', '')):
        node = field(name)
        if node is None:
            print(f'atspi: no text field {name!r}')
            return 1
        node.queryEditableText().setTextContents(text)
    time.sleep(1.0)
    before = len(nameless)
    walk_all()
    print(f'atspi: with a search typed and the title emptied, without a name: {nameless[before:]}')
    return 0 if not nameless and not missing else 1


sys.exit(main())
