// Warns before a signed-in session ends and lets the user extend it (WCAG 2.2.1 Timing
// adjustable). The page carries how long the server keeps an idle session and when the session
// ends in any case (a fixed time after signing in); the countdown restarts with every request.
// Tabs of one browser share the session, so each tells the others of its requests through
// localStorage: a tab left open does not warn while the user works in another one.
(function () {
    'use strict';
    var dialog = document.getElementById('session-timeout');
    if (!dialog || typeof dialog.showModal !== 'function') {
        return;
    }
    var idleMs = Number(dialog.dataset.idleSeconds) * 1000;
    var endsAt = Number(dialog.dataset.endsAt);
    var warnMs = Number(dialog.dataset.warnSeconds) * 1000;
    var keepAliveUrl = dialog.dataset.keepAliveUrl;
    var storageKey = 'koordynator.session.lastRequest';
    var lastRequest = Date.now();
    var timer = null;
    var state = null;
    var endAcknowledged = false;
    var over = false;

    function requested(moment) {
        lastRequest = Math.max(lastRequest, moment);
        try {
            localStorage.setItem(storageKey, String(lastRequest));
        } catch (unavailable) {
            // storage switched off: this tab still counts its own requests
        }
    }

    function show(next) {
        if (state === next && dialog.open) {
            return;
        }
        state = next;
        dialog.querySelectorAll('[data-session-state]').forEach(function (part) {
            part.hidden = part.getAttribute('data-session-state') !== next;
        });
        dialog.setAttribute('aria-labelledby', 'session-' + next + '-title');
        dialog.setAttribute('aria-describedby', 'session-' + next + '-text');
        if (dialog.open) {
            dialog.querySelector('[data-session-state="' + next + '"] .btn').focus();
        } else {
            dialog.showModal();
        }
    }

    function hide() {
        state = null;
        if (dialog.open) {
            dialog.close();
        }
    }

    function expired() {
        over = true;
        clearTimeout(timer);
        show('expired');
    }

    function schedule() {
        clearTimeout(timer);
        if (over) {
            return;
        }
        var now = Date.now();
        var idleEnd = lastRequest + idleMs;
        var end = Math.min(idleEnd, endsAt);
        if (now >= end) {
            expired();
            return;
        }
        if (now >= end - warnMs) {
            if (endsAt <= idleEnd) {
                // extending cannot help here: say so once, then let the user finish
                if (!endAcknowledged) {
                    show('absolute');
                }
            } else {
                show('idle');
            }
            timer = setTimeout(schedule, end - now);
        } else {
            if (state === 'idle') {
                hide();
            }
            timer = setTimeout(schedule, end - warnMs - now);
        }
    }

    function extend() {
        var headers = {};
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            headers[header.content] = token.content;
        }
        fetch(keepAliveUrl, {method: 'POST', headers: headers, credentials: 'same-origin'})
            .then(function (response) {
                // an ended session answers with the sign-in page or a refusal
                if (response.ok && !response.redirected) {
                    requested(Date.now());
                    hide();
                    schedule();
                } else {
                    expired();
                }
            })
            .catch(function () {
                // no connection: the warning stays, so the user can try again
            });
    }

    dialog.addEventListener('click', function (event) {
        var button = event.target.closest('[data-session-action]');
        if (!button) {
            return;
        }
        if (button.getAttribute('data-session-action') === 'extend') {
            extend();
        } else {
            endAcknowledged = endAcknowledged || state === 'absolute';
            hide();
        }
    });

    // Escape: whoever presses it is at the keyboard, which is what extending asks
    dialog.addEventListener('cancel', function (event) {
        if (state === 'idle') {
            event.preventDefault();
            extend();
        } else {
            endAcknowledged = endAcknowledged || state === 'absolute';
            state = null;
        }
    });

    document.addEventListener('htmx:afterRequest', function () {
        requested(Date.now());
        schedule();
    });

    window.addEventListener('storage', function (event) {
        if (event.key === storageKey && event.newValue) {
            lastRequest = Math.max(lastRequest, Number(event.newValue));
            schedule();
        }
    });

    // timers of a hidden tab run late; look again when the user comes back
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') {
            schedule();
        }
    });

    requested(lastRequest);
    schedule();
    // the countdown runs from here on (a browser test waits for it before moving its clock)
    dialog.dataset.armed = 'true';
}());
