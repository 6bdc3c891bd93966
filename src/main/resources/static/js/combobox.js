// The organisation picker (templates/fragments/combobox.html): the WAI-ARIA APG combobox with a
// listbox popup. Typing asks the server for suggestions; arrow keys move through them (the focus
// stays in the text box, aria-activedescendant names the option), Enter or a click chooses one and
// puts its id in the hidden field, Escape closes the list and then clears the box. The number of
// suggestions is announced. Without this script the form sends the typed name instead.
(function () {
    'use strict';

    var SHORTEST = 2;
    var DELAY = 250;

    function setUp(box) {
        var input = box.querySelector('[role="combobox"]');
        var value = box.querySelector('[data-combobox-value]');
        var list = document.getElementById(input.getAttribute('aria-controls'));
        var count = box.querySelector('[role="status"]');
        var source = box.getAttribute('data-source');
        var timer = null;
        var asked = 0;
        var active = -1;

        function options() {
            return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
        }

        function open() {
            if (options().length > 0) {
                list.hidden = false;
                input.setAttribute('aria-expanded', 'true');
            }
        }

        function close() {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            mark(-1);
        }

        function mark(index) {
            var all = options();
            all.forEach(function (option, i) {
                var on = i === index;
                option.setAttribute('aria-selected', on ? 'true' : 'false');
                option.classList.toggle('active', on);
            });
            active = index;
            if (index >= 0 && all[index]) {
                input.setAttribute('aria-activedescendant', all[index].id);
                all[index].scrollIntoView({block: 'nearest'});
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function choose(option) {
            input.value = option.getAttribute('data-label');
            value.value = option.getAttribute('data-value');
            close();
        }

        function announce(found) {
            var message = found === 0 ? box.getAttribute('data-none-message')
                : box.getAttribute('data-count-message').replace('{0}', String(found));
            count.textContent = message;
        }

        function search() {
            var text = input.value.trim();
            if (text.length < SHORTEST) {
                list.innerHTML = '';
                close();
                count.textContent = '';
                return;
            }
            var ticket = ++asked;
            fetch(source + (source.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(text),
                {headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
                .then(function (response) {
                    return response.ok ? response.text() : '';
                })
                .then(function (html) {
                    if (ticket !== asked) {
                        return; // an answer to an older text
                    }
                    list.innerHTML = html;
                    options().forEach(function (option, i) {
                        option.id = list.id + '-' + i;
                    });
                    mark(-1);
                    announce(options().length);
                    if (options().length > 0) {
                        open();
                    } else {
                        close();
                    }
                });
        }

        input.addEventListener('input', function () {
            // the id belonged to the name now being changed
            value.value = '';
            clearTimeout(timer);
            timer = setTimeout(search, DELAY);
        });

        input.addEventListener('keydown', function (event) {
            var all = options();
            switch (event.key) {
                case 'ArrowDown':
                    event.preventDefault();
                    if (list.hidden) {
                        open();
                        if (!event.altKey && all.length > 0) {
                            mark(0);
                        }
                    } else if (all.length > 0) {
                        mark(active + 1 >= all.length ? 0 : active + 1);
                    }
                    break;
                case 'ArrowUp':
                    event.preventDefault();
                    if (list.hidden) {
                        open();
                    }
                    if (all.length > 0) {
                        mark(active <= 0 ? all.length - 1 : active - 1);
                    }
                    break;
                case 'Enter':
                    if (!list.hidden && active >= 0) {
                        event.preventDefault(); // chooses; the next Enter sends the form
                        choose(all[active]);
                    }
                    break;
                case 'Escape':
                    if (!list.hidden) {
                        event.preventDefault();
                        close();
                    } else if (input.value !== '') {
                        event.preventDefault();
                        input.value = '';
                        value.value = '';
                    }
                    break;
                case 'Tab':
                    close();
                    break;
                default:
                    break;
            }
        });

        // mousedown, not click: the text box keeps the focus, so the list is still there to click
        list.addEventListener('mousedown', function (event) {
            event.preventDefault();
        });
        list.addEventListener('click', function (event) {
            var option = event.target.closest('[role="option"]');
            if (option) {
                choose(option);
                input.focus();
            }
        });
        input.addEventListener('blur', function () {
            close();
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-combobox]'), setUp);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
