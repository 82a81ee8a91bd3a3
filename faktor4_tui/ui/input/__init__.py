"""The input path: where faktor4 steps in between the terminal and Textual, and why.

The life of a keystroke (or a paste) in faktor4:

1. **Terminal → parser** (``paste_guard``). The driver's input thread parses bytes into
   Key and Paste events. Textual's parser ends a bracketed paste at the first ESC inside
   it and replays the rest as keys, so pasted coloured output would run as commands; the
   ``PasteGuardParser`` holds a paste until its end marker and cleans it. Textual's parser
   also reads ESC followed at once by a key as Alt+key (the typist's Escape lost, "™" typed);
   the ``key_framing`` in front of it reads Escape, then the key. Textual offers no
   hook for the parser class, so ``KeyRoutingApp.get_driver_class`` swaps it in the
   driver's module (a private seam, pinned to textual 8.2.x, tested).
2. **App queue → router** (``router``). Every Key and Paste arrives at ``App.on_event``
   in the app's queue. While a screen is still opening (its first widget has no focus
   yet) keys are held in arrival order and replayed when the screen says it is ready
   (``hold_keys`` / ``release_keys``), so "a" followed at once by text lands in the
   editor that "a" opens, not in the list behind it.
3. **Router → line input** (``line_input``). When a ``LineInput`` has focus, printable
   keys, editing keys and Enter are handed to it directly, in the app's task, in order;
   Textual would otherwise queue them per widget and resolve bindings afterwards, so a
   burst could put text after Enter into the line just saved. Priority bindings
   (ctrl+q, F1 …) still win. The lists' add/edit field is a ``wrap_input.WrapInput``: the
   same LineInput, drawn over as many rows as its text needs instead of scrolling sideways.
4. **Everything else** goes the public way: Textual's bindings (priority bindings act as
   their key arrives; ``check_action`` keeps letter keys out of inputs).
"""
