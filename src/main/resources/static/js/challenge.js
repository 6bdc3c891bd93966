// The proof-of-work widget of anonymous forms (ALTCHA, served from /vendor/altcha): its SHA
// worker is a file of ours, not an inline blob, so the strict Content-Security-Policy holds, and
// its Polish texts are ours. Loaded as a module after the widget's own module.
const altcha = globalThis.$altcha;
// module scripts have no document.currentScript: the worker's address is on the script element
const worker = document.querySelector('script[data-altcha-worker]').dataset.altchaWorker;
for (const algorithm of ['SHA-256', 'SHA-384', 'SHA-512']) {
    altcha.algorithms.set(algorithm, () => new Worker(worker));
}
altcha.i18n.set('pl', {
    ariaLinkLabel: 'ALTCHA (strona projektu)',
    cancel: 'Anuluj',
    enterCode: 'Wpisz kod',
    enterCodeAria: 'Wpisz kod, który słyszysz. Naciśnij spację, aby odtworzyć nagranie.',
    enterCodeFromImage: 'Aby kontynuować, wpisz kod z obrazka poniżej.',
    error: 'Weryfikacja nie powiodła się. Spróbuj ponownie za chwilę.',
    expired: 'Weryfikacja wygasła. Zaznacz pole ponownie.',
    footer: '',
    getAudioChallenge: 'Odtwórz kod dźwiękowy',
    label: 'Nie jestem robotem',
    loading: 'Wczytywanie…',
    reload: 'Odśwież',
    verify: 'Zweryfikuj',
    verificationRequired: 'Zaznacz pole „Nie jestem robotem”.',
    verified: 'Zweryfikowano',
    verifying: 'Weryfikacja…',
    waitAlert: 'Trwa weryfikacja – proszę czekać.'
});
