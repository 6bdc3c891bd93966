// Sends an upload form with XMLHttpRequest so that a <progress> element can show how much of a
// large file (a PRG boundary export has tens of megabytes) has gone; the server answers with the
// result fragment (HX-Request), which replaces the element named by data-upload-result.
// Without JavaScript the form posts normally and the whole page comes back with the result.
(function () {
    function start(form) {
        var resultId = form.getAttribute('data-upload-result');
        var box = document.getElementById('upload-progress');
        var bar = document.getElementById('upload-bar');
        var status = document.getElementById('upload-status');
        var initialStatus = status ? status.textContent : '';
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            // a file over the limit is refused here rather than after minutes of uploading it
            var input = form.querySelector('input[type=file][data-max-bytes]');
            var chosen = input && input.files && input.files[0];
            if (chosen && chosen.size > Number(input.getAttribute('data-max-bytes'))) {
                box.hidden = false;
                status.textContent = status.getAttribute('data-too-large');
                return;
            }
            var button = form.querySelector('button[type=submit]');
            var request = new XMLHttpRequest();
            request.open('POST', form.action);
            request.setRequestHeader('HX-Request', 'true');
            request.upload.onprogress = function (progress) {
                if (progress.lengthComputable) {
                    bar.value = Math.round(progress.loaded * 100 / progress.total);
                }
            };
            request.onload = function () {
                bar.value = 100;
                box.hidden = true;
                button.disabled = false;
                var current = document.getElementById(resultId);
                if (request.status === 200 && current) {
                    current.outerHTML = request.responseText;
                    var replaced = document.getElementById(resultId);
                    var heading = replaced && replaced.querySelector('h2, [role=alert]');
                    if (heading) {
                        heading.setAttribute('tabindex', '-1');
                        heading.focus();
                    }
                } else {
                    box.hidden = false;
                    status.textContent = status.getAttribute(request.status === 413 ? 'data-too-large' : 'data-failed');
                }
            };
            request.onerror = function () {
                button.disabled = false;
                status.textContent = status.getAttribute('data-failed');
            };
            bar.value = 0;
            status.textContent = initialStatus;
            box.hidden = false;
            button.disabled = true;
            request.send(new FormData(form));
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var forms = document.querySelectorAll('form[data-upload-result]');
        for (var i = 0; i < forms.length; i++) {
            start(forms[i]);
        }
    });
})();
