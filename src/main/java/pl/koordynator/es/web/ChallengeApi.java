package pl.koordynator.es.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.shared.ProofOfWork;

/**
 * A fresh proof-of-work challenge for an anonymous form: the widget on the page fetches it, and a
 * script that writes without an account solves it and sends the solution in the field
 * {@code altcha}.
 */
@RestController
class ChallengeApi {

    private final ProofOfWork proofOfWork;

    ChallengeApi(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    @GetMapping("/api/v1/challenge")
    ResponseEntity<ProofOfWork.Challenge> challenge() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(proofOfWork.challenge());
    }
}
